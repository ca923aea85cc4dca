/**
 * rollback's domain: restore an earlier release of an environment. The target is the
 * release before the live one (`previous`, walking one step further back per call,
 * never in a loop), a release id or an image digest. The rollback is itself a release:
 * recorded with its reason, the evidence of the release it restores, and `rollback_of`
 * the release it undid, which the ledger then shows as rolled back.
 */
import { ConfigurationError } from '../core/errors.js';
import {
  digestOf,
  findRelease,
  originalOf,
  previousRelease,
  type ReleaseRecord,
} from '../ledger/ledger.js';
import type { Provider } from '../providers/provider.js';
import { carryOut, restoreRecord } from './carry-out.js';
import type { ReleaseOutcome, ReleaseSettings } from './deploy-release.js';
import type { Evidence } from './evidence.js';

export interface RollbackSettings extends Omit<ReleaseSettings, 'provider'> {
  /** `previous`, a release id, or an image digest. */
  to: string;
  reason?: string;
  force: boolean;
  /** Who and where this rollback runs (run URL, actor). */
  source: Evidence['source'];
  /** The provider that restores `target` (its recorded settings, overridden by inputs). */
  providerFor(target: ReleaseRecord): Provider;
}

/** Rolls back; a state that allows no rollback throws before anything changes. */
export async function rollbackRelease(settings: RollbackSettings): Promise<ReleaseOutcome> {
  const started = performance.now();
  const { ledger, environment, name, log } = settings;
  const history = await ledger.history(environment, 100, name);
  const live = history.find((r) => r.status === 'success');
  if (!live)
    throw new Error(
      `nothing of ${name} is live in ${environment} (${ledger.description}): nothing to roll back`,
    );
  // Start from what the runtime runs: a cancelled or crashed deploy may have moved it past
  // what the ledger says is live. Then `previous` means putting the live release back.
  const running = await settings.providerFor(live).current();
  const inBetween =
    running !== undefined &&
    digestOf(running) !== undefined &&
    digestOf(running) !== digestOf(live.image);
  if (inBetween)
    log.warning(
      `${environment} runs ${running}, not the live release ${live.id} (${live.image}): the ledger and the runtime disagree`,
    );
  const target =
    inBetween && settings.to === 'previous' ? live : chooseTarget(history, live, settings.to);
  // What put the runtime in between, when the ledger knows it (an interrupted release).
  const stray = inBetween
    ? history.find((r) => digestOf(r.image) === digestOf(running))
    : undefined;
  const original = originalOf(history, target);
  if (!inBetween && digestOf(original.image) === digestOf(live.image))
    throw new ConfigurationError(
      'to',
      `${original.image} is already live in ${environment}`,
      settings.to,
    );
  if (!settings.force) {
    const verdict = original.gate?.verdict;
    if (verdict && verdict !== 'pass')
      throw new ConfigurationError(
        'force',
        `release ${original.id} recorded gate verdict '${verdict}'; set force: true to roll back to it anyway`,
        'false',
      );
    if (original.status === 'failure' || original.status === 'in_progress')
      throw new ConfigurationError(
        'force',
        `release ${original.id} never became healthy (${original.status}); set force: true to roll back to it anyway`,
        'false',
      );
  }
  const provider = settings.providerFor(original);
  const plan = [
    `${provider.name}: ${provider.plan(original.image)}`,
    `record a rollback of ${live.id} to ${original.id} in ${ledger.description}`,
  ];
  const base = {
    kind: 'rollback' as const,
    environment,
    previousImage: inBetween ? running : live.image,
    previous: live,
    target: original,
    plan,
    notes: [] as string[],
  };
  if (settings.dryRun)
    return {
      ...base,
      status: 'dry-run',
      image: original.image,
      history,
      timings: { totalMs: performance.now() - started, providerMs: 0 },
    };
  const common = {
    ledger,
    provider,
    liveBefore: live,
    notes: base.notes,
    timeoutMs: settings.timeoutMs,
    logUrl: settings.logUrl,
    log,
  };
  const carried = await carryOut({
    ...common,
    signal: settings.signal,
    previousImage: inBetween ? running : live.image,
    kind: 'rollback',
    url: settings.url ?? original.url,
    release: restoreRecord({
      target: original,
      undone: inBetween ? (stray ?? live) : live,
      provider,
      source: settings.source,
      reason:
        settings.reason ??
        (inBetween
          ? `repair: ${environment} ran ${running}, which the ledger does not record as live`
          : undefined),
    }),
  });
  if (carried.outcome === 'success') {
    const note = `rolled back by ${carried.release.id}${settings.reason ? `: ${settings.reason}` : ''}`;
    // Repairing an in-between runtime puts the live release back: it is not undone.
    if (!inBetween)
      await ledger.update(live, 'rolled-back', { description: note, logUrl: settings.logUrl });
    else if (stray?.status === 'in_progress')
      await ledger.update(stray, 'failure', {
        description: `interrupted; ${environment} repaired by ${carried.release.id}`,
        logUrl: settings.logUrl,
      });
  }
  let failure: string | undefined;
  let providerMs = carried.providerMs;
  let image = original.image;
  if (carried.outcome === 'unrecorded')
    return {
      ...base,
      status: 'unrecorded',
      image: original.image,
      release: carried.release,
      providerDetail: carried.result.detail,
      failure: `${environment} runs ${original.image} again and it is healthy, but the ledger could not record it (${carried.error}); ${carried.release.id} stays in progress until ${carried.release.deadline ?? 'its deadline'}; make the ledger writable, then run the rollback again after that to record it`,
      history: await ledger.history(environment, 50, name).catch(() => []),
      timings: { totalMs: performance.now() - started, providerMs },
    };
  if (carried.outcome !== 'success') {
    failure = `the rollback to ${original.id} failed: ${carried.error}`;
    image = live.image;
    if (carried.outcome === 'failure' && carried.changed) {
      // The failed rollout may have touched the runtime: put back what was live.
      log.warning(`${failure}; restoring ${live.id}`);
      const restored = await carryOut({
        ...common,
        release: restoreRecord({
          target: originalOf(history, live),
          undone: carried.release,
          provider,
          source: settings.source,
          reason: `automatic rollback: ${carried.error}`,
        }),
        previousImage: original.image,
        kind: 'rollback',
      });
      providerMs += restored.providerMs;
      failure +=
        restored.outcome === 'success'
          ? `; ${live.image} was restored`
          : `; restoring ${live.image} failed too (${restored.error}): check ${environment} now`;
      if (restored.outcome !== 'success') image = '';
    }
  }
  return {
    ...base,
    status: failure ? 'failure' : 'success',
    image,
    release: carried.release,
    ...(carried.outcome === 'success' ? { providerDetail: carried.result.detail } : { failure }),
    history: await ledger.history(environment, 50, name).catch(() => []),
    timings: { totalMs: performance.now() - started, providerMs },
  };
}

function chooseTarget(history: ReleaseRecord[], live: ReleaseRecord, to: string): ReleaseRecord {
  if (to === 'previous') {
    const previous = previousRelease(history, live);
    if (!previous)
      throw new Error(
        `no release of ${live.environment} before ${live.restores ?? live.id} to roll back to; nothing changed`,
      );
    return previous;
  }
  const found = findRelease(history, to);
  if (!found)
    throw new ConfigurationError(
      'to',
      `no release of ${live.environment} has this id or image digest`,
      to,
    );
  return found;
}
