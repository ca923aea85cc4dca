/**
 * One release carried out: recorded as in progress, rolled out through its provider,
 * checked for a rival that moved the environment meanwhile, then recorded as what it
 * is. `success` is written only after the provider confirmed health and nobody else
 * took the environment; every other ending is written as `failure` with its cause.
 */
import type { ReleaseAnalysis } from '../analysis/release-analysis.js';
import { formatDuration } from '../core/duration.js';
import type { Logger } from '../core/logger.js';
import {
  digestOf,
  newReleaseId,
  releaseName,
  type Ledger,
  type ReleaseRecord,
} from '../ledger/ledger.js';
import {
  CancelledError,
  RolloutError,
  type Provider,
  type RolloutResult,
} from '../providers/provider.js';

export interface CarryOutOptions {
  ledger: Ledger;
  provider: Provider;
  release: ReleaseRecord;
  /** What the ledger said was live when this started. */
  liveBefore?: ReleaseRecord;
  previousImage?: string;
  kind: 'deploy' | 'rollback';
  timeoutMs: number;
  url?: string;
  logUrl?: string;
  log: Logger;
  /** Aborted when the run is cancelled. */
  signal?: AbortSignal;
  /** What the summary should say beside the verdict (a dead run's release taken over). */
  notes?: string[];
  /**
   * A live analysis: of the canary between canary steps, and of the release once the
   * provider says it is healthy; anything but `pass` ends it as a failed rollout, so the
   * automatic rollback puts back what was live.
   */
  analysis?: ReleaseAnalysis;
}

export type Carried =
  | { outcome: 'success'; release: ReleaseRecord; result: RolloutResult; providerMs: number }
  | {
      outcome: 'failure';
      release: ReleaseRecord;
      error: string;
      changed: boolean;
      providerMs: number;
      /** The run was cancelled (SIGINT/SIGTERM) during the rollout. */
      cancelled?: boolean;
    }
  | { outcome: 'conflict'; release: ReleaseRecord; error: string; providerMs: number }
  /** Healthy in the runtime, but the ledger could not record it. */
  | {
      outcome: 'unrecorded';
      release: ReleaseRecord;
      result: RolloutResult;
      error: string;
      providerMs: number;
    };

/** Records, rolls out, checks and records again; never throws for a failed rollout. */
export async function carryOut(options: CarryOutOptions): Promise<Carried> {
  const { ledger, provider, log } = options;
  const links = { logUrl: options.logUrl };
  // The rollout, then at most as long again for the automatic rollback, then a minute (and
  // the analysis' own time, when there is one).
  const deadline = new Date(
    Date.parse(options.release.created_at) +
      2 * options.timeoutMs +
      60_000 +
      (options.analysis?.budgetMs ?? 0),
  ).toISOString();
  let release = await ledger.create({ ...options.release, deadline }, links);
  log.info(`recorded ${release.id} (in progress) in ${ledger.description}`);
  const error = await refusal(ledger, release, options, log);
  if (error) {
    await ledger.update(release, 'failure', { ...links, description: error });
    return {
      outcome: 'conflict',
      release: { ...release, status: 'failure' },
      error,
      providerMs: 0,
    };
  }
  const started = performance.now();
  const failed = async (message: string, changed: boolean, cancelled: boolean) => {
    await ledger.update(release, 'failure', { ...links, description: message });
    return {
      outcome: 'failure' as const,
      release: { ...release, status: 'failure' as const, detail: message },
      error: message,
      changed,
      providerMs: performance.now() - started,
      ...(cancelled ? { cancelled } : {}),
    };
  };
  // Cancelled before the rollout began: nothing was touched.
  if (options.signal?.aborted) return failed('cancelled', false, true);
  let result: RolloutResult;
  // Comparisons after the switch look at the stable track before it.
  const switchedAt = new Date();
  try {
    result = await provider.rollout(release.image, {
      releaseId: release.id,
      environment: release.environment,
      previousImage: options.previousImage,
      kind: options.kind,
      modelDigest: release.model?.digest,
      gateVerdict: release.gate?.verdict,
      reason: release.reason,
      runUrl: options.logUrl,
      timeoutMs: options.timeoutMs,
      log,
      signal: options.signal,
      analyseCanary: options.analysis?.canary,
    });
  } catch (error) {
    const cancelled = error instanceof CancelledError || options.signal?.aborted === true;
    // A provider's RolloutError says whether it touched the runtime; anything else may have.
    const changed = error instanceof RolloutError ? error.changed : true;
    return failed(cancelled ? 'cancelled' : (error as Error).message, changed, cancelled);
  }
  const providerMs = performance.now() - started;
  // Cancelled while the provider finished: the run gives up what it just put live.
  if (options.signal?.aborted) return failed('cancelled', true, true);
  if (options.analysis) {
    log.info(`${provider.name}: healthy; analysing ${release.environment} before recording it`);
    let analysis: NonNullable<ReleaseRecord['analysis']>;
    try {
      analysis = await options.analysis.stable(options.signal, new Date(), switchedAt);
    } catch (error) {
      // The runtime moved and nothing could judge it: put back what was live.
      return failed(`the analysis could not run: ${(error as Error).message}`, true, false);
    }
    release = { ...release, analysis };
    if (options.signal?.aborted) return failed('cancelled', true, true);
    if (analysis.verdict !== 'pass')
      return failed(`analysis ${analysis.verdict}: ${analysis.reason}`, true, false);
    log.info(`analysis pass: ${analysis.reason}`);
  }
  log.info(`${provider.name}: ${result.detail} (${formatDuration(providerMs)})`);
  const environmentUrl = options.url ?? result.url;
  try {
    const moved = await movedMeanwhile(options, release);
    if (moved) {
      await ledger.update(release, 'failure', { ...links, description: moved });
      return {
        outcome: 'conflict',
        release: { ...release, status: 'failure' },
        error: moved,
        providerMs,
      };
    }
    await ledger.update(release, 'success', {
      ...links,
      environmentUrl,
      // The analysis first: a deployment status keeps 140 characters.
      description: release.analysis
        ? `analysis ${release.analysis.verdict} (${release.analysis.reason}); ${result.detail}`
        : result.detail,
    });
  } catch (error) {
    // The runtime moved and is healthy; only the ledger failed (to be read or written).
    // Said as such, never undone by a rollback that would trust the same broken ledger.
    return {
      outcome: 'unrecorded',
      release,
      result,
      error: (error as Error).message,
      providerMs,
    };
  }
  return {
    outcome: 'success',
    release: { ...release, status: 'success', ...(environmentUrl ? { url: environmentUrl } : {}) },
    result,
    providerMs,
  };
}

/**
 * Why this run may not roll out, if it may not: an older release still in progress (before
 * its deadline), or a release that went live after this run read the ledger. Dead runs'
 * records past their deadline are closed on the way.
 */
async function refusal(
  ledger: Ledger,
  ours: ReleaseRecord,
  options: CarryOutOptions,
  log: Logger,
): Promise<string | undefined> {
  const history = await ledger.history(ours.environment, 50, releaseName(ours));
  const position = history.findIndex((r) => r.id === ours.id);
  const now = Date.now();
  // Only records older than ours count: of racing runs, the first recorded goes ahead.
  for (const r of history.slice(position + 1)) {
    if (r.status === 'success') {
      // Compare-and-swap: the release live when this run read the ledger must still be.
      if (r.id !== options.liveBefore?.id)
        return (
          `release ${r.id} (${r.image}) went live on ${ours.environment} after this run read ` +
          `the ledger (it read ${options.liveBefore?.id ?? 'no live release'}); nothing was changed: ` +
          'run again to deploy over it, one run per environment at a time (concurrency: group)'
        );
      return undefined;
    }
    if (r.status !== 'in_progress') continue;
    const deadline = r.deadline
      ? Date.parse(r.deadline)
      : Date.parse(r.created_at) + options.timeoutMs;
    if (deadline > now)
      return (
        `release ${r.id} started on ${ours.environment} first and is still in progress ` +
        `(its run has until ${r.deadline ?? 'its timeout'}; after that the next run takes over); ` +
        'run one deploy per environment at a time (concurrency: group)'
      );
    const note = `release ${r.id} has been in progress since ${r.created_at}, past its deadline ${new Date(deadline).toISOString()}: its run died; taking ${ours.environment} over`;
    log.warning(note);
    options.notes?.push(note);
    await ledger.update(r, 'failure', {
      description: `abandoned: its run did not finish by its deadline; taken over by ${ours.id}`,
    });
  }
  return undefined;
}

/** Why the environment is no longer ours after the rollout, if someone else moved it. */
async function movedMeanwhile(
  options: CarryOutOptions,
  ours: ReleaseRecord,
): Promise<string | undefined> {
  const history = await options.ledger.history(ours.environment, 20, releaseName(ours));
  const live = history.find((r) => r.status === 'success' && r.id !== ours.id);
  if (live && live.id !== options.liveBefore?.id)
    return `release ${live.id} (${live.image}) went live on ${ours.environment} while this rollout ran`;
  const current = await options.provider.current();
  if (current && digestOf(current) !== digestOf(ours.image))
    return `${options.provider.name} now has ${current} live on ${ours.environment}, not this release: someone else moved it`;
  return undefined;
}

/**
 * The record of a release that brings `target` back (a rollback, by hand or automatic):
 * the target's image and evidence, the provider it goes through, who ran it, why, and
 * `rollback_of` the release it undoes.
 */
export function restoreRecord(options: {
  target: ReleaseRecord;
  undone: ReleaseRecord;
  provider: Provider;
  source?: ReleaseRecord['source'];
  reason?: string;
}): ReleaseRecord {
  const { target, undone, provider, source, reason } = options;
  return {
    schema: 'modelgate.release/v1',
    id: newReleaseId(target.environment),
    environment: target.environment,
    name: releaseName(target),
    image: target.image,
    model: target.model,
    gate: target.gate,
    // What it brings back is the target's model, so the next gate pairs with its predictions.
    ...(target.evidence ? { evidence: target.evidence } : {}),
    // The commit is the restored model's; the run and actor are this one's.
    source: { ...target.source, ...source, sha: target.source?.sha ?? source?.sha },
    provider: { name: provider.name, config: provider.config },
    status: 'in_progress',
    rollback_of: undone.id,
    restores: target.restores ?? target.id,
    ...(reason ? { reason } : {}),
    created_at: new Date().toISOString(),
  };
}
