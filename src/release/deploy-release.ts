/**
 * deploy's domain: promote an image to an environment through a provider, record the
 * release, and when the rollout fails restore what was live (through the same provider)
 * so the environment is never left with nothing working.
 */
import type { Logger } from '../core/logger.js';
import { newReleaseId, originalOf, type Ledger, type ReleaseRecord } from '../ledger/ledger.js';
import type { Provider } from '../providers/provider.js';
import type { ReleaseAnalysis } from '../analysis/release-analysis.js';
import { carryOut, restoreRecord } from './carry-out.js';
import type { Evidence } from './evidence.js';

export interface ReleaseSettings {
  environment: string;
  /** Which model's releases (SPEC §9): the ledger keeps each name's apart. */
  name: string;
  ledger: Ledger;
  provider: Provider;
  timeoutMs: number;
  dryRun: boolean;
  /** Shown on the deployment as its environment URL. */
  url?: string;
  /** The workflow run, linked from the ledger. */
  logUrl?: string;
  log: Logger;
  /** Aborted when the run is cancelled: the rollout stops and what was live is put back. */
  signal?: AbortSignal;
}

export interface DeploySettings extends ReleaseSettings {
  /** The image by digest. */
  image: string;
  evidence: Evidence;
  autoRollback: boolean;
  /** A live analysis once the rollout is healthy, and between canary steps. */
  analysis?: ReleaseAnalysis;
}

export type OutcomeStatus = 'success' | 'failure' | 'rolled-back' | 'unrecorded' | 'dry-run';

export interface ReleaseOutcome {
  kind: 'deploy' | 'rollback';
  status: OutcomeStatus;
  environment: string;
  /** What is live now (what would be, in a dry run). */
  image: string;
  previousImage?: string;
  /** The release this run recorded (none in a dry run). */
  release?: ReleaseRecord;
  /** The release an automatic rollback recorded. */
  restore?: ReleaseRecord;
  /** What the ledger said was live before. */
  previous?: ReleaseRecord;
  /** The release a rollback brought back. */
  target?: ReleaseRecord;
  /** What changes (dry run) or changed. */
  plan: string[];
  failure?: string;
  /** Said beside the verdict: a dead run's release this one took over. */
  notes?: string[];
  providerDetail?: string;
  history: ReleaseRecord[];
  timings: { totalMs: number; providerMs: number };
}

/** Deploys `settings.image`; resolves to the outcome (failures included), throws only on bad state. */
export async function deployRelease(settings: DeploySettings): Promise<ReleaseOutcome> {
  const started = performance.now();
  const { ledger, provider, environment, name, log } = settings;
  const before = await ledger.history(environment, 50, name);
  const live = before.find((r) => r.status === 'success');
  const previousImage = live?.image ?? (await provider.current());
  // The provider's line first: the summary names the rollout by it.
  const plan = [
    `${provider.name}: ${provider.plan(settings.image)}`,
    ...(settings.evidence.gate?.ungated
      ? []
      : ['store the gate report and the predictions beside the image first (an OCI artifact)']),
    `record the release in ${ledger.description}`,
  ];
  const base = {
    kind: 'deploy' as const,
    environment,
    previousImage,
    previous: live,
    plan,
    notes: [] as string[],
  };
  if (settings.dryRun)
    return {
      ...base,
      status: 'dry-run',
      image: settings.image,
      history: before,
      timings: { totalMs: performance.now() - started, providerMs: 0 },
    };
  const release: ReleaseRecord = {
    schema: 'modelgate.release/v1',
    id: newReleaseId(environment),
    environment,
    name,
    image: settings.image,
    ...settings.evidence,
    provider: { name: provider.name, config: provider.config },
    status: 'in_progress',
    rollback_of: null,
    created_at: new Date().toISOString(),
  };
  const common = {
    ledger,
    provider,
    liveBefore: live,
    notes: base.notes,
    timeoutMs: settings.timeoutMs,
    url: settings.url,
    logUrl: settings.logUrl,
    log,
  };
  const carried = await carryOut({
    ...common,
    release,
    previousImage,
    kind: 'deploy',
    signal: settings.signal,
    analysis: settings.analysis,
  });
  const cancelled = carried.outcome === 'failure' && carried.cancelled === true;
  let providerMs = carried.providerMs;
  const finish = async (
    outcome: Omit<ReleaseOutcome, keyof typeof base | 'history' | 'timings'>,
  ) => ({
    ...base,
    ...outcome,
    // A ledger that cannot be read any more still lets the outcome be told.
    history: await ledger.history(environment, 50, name).catch(() => []),
    timings: { totalMs: performance.now() - started, providerMs },
  });
  if (carried.outcome === 'unrecorded')
    return finish({
      status: 'unrecorded',
      image: (await provider.current().catch(() => undefined)) ?? settings.image,
      release: carried.release,
      providerDetail: carried.result.detail,
      failure: `${environment} runs ${settings.image} and it is healthy, but the ledger could not record it (${carried.error}): ${ledger.description} still says ${carried.release.id} is in progress (until ${carried.release.deadline ?? 'its deadline'}); make the ledger writable, then deploy the same image again after that to record it`,
    });
  if (carried.outcome === 'success')
    return finish({
      status: 'success',
      image: settings.image,
      release: carried.release,
      providerDetail: carried.result.detail,
    });
  // A cancelled run always puts back what was live (SPEC §6), auto-rollback or not.
  if (
    carried.outcome === 'conflict' ||
    (!settings.autoRollback && !cancelled) ||
    !live ||
    !carried.changed
  ) {
    const running = await provider.current().catch(() => undefined);
    return finish({
      status: 'failure',
      // What the runtime reports, when it can; else what was live if nothing changed.
      image:
        running ?? (carried.outcome === 'failure' && carried.changed ? '' : (previousImage ?? '')),
      release: carried.release,
      failure:
        carried.outcome === 'conflict'
          ? `${carried.error}${running ? `; ${environment} runs ${running} now` : ''}`
          : carried.outcome === 'failure' && settings.autoRollback && !live && carried.changed
            ? `the rollout failed (${carried.error}); nothing was live in ${environment} before, so there is nothing to roll back to`
            : `the rollout failed: ${carried.error}`,
    });
  }
  log.warning(
    cancelled
      ? `the run was cancelled during the rollout of ${release.id}; restoring ${live.id}`
      : `rollout of ${release.id} failed (${carried.error}); restoring ${live.id}`,
  );
  const restored = await carryOut({
    ...common,
    release: restoreRecord({
      target: originalOf(before, live),
      undone: release,
      provider,
      source: { run_url: release.source?.run_url, actor: release.source?.actor },
      reason: `automatic rollback: ${carried.error}`,
    }),
    previousImage: settings.image,
    kind: 'rollback',
  });
  providerMs += restored.providerMs;
  if (restored.outcome !== 'success')
    return finish({
      status: 'failure',
      image: '',
      release: carried.release,
      restore: restored.release,
      failure: `the rollout failed (${carried.error}) and restoring ${live.image} failed too (${restored.error}): check ${environment} now`,
    });
  if (cancelled)
    return finish({
      status: 'failure',
      image: live.image,
      release: carried.release,
      restore: restored.release,
      failure: `the run was cancelled; ${live.id} (${live.image}) was put back`,
    });
  return finish({
    status: 'rolled-back',
    image: live.image,
    release: carried.release,
    restore: restored.release,
    failure: `the rollout failed (${carried.error}); rolled back to ${live.id} (${live.image})`,
  });
}
