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
  newReleaseId,
  originalOf,
  previousRelease,
  type ReleaseRecord,
} from '../ledger/ledger.js';
import type { Provider } from '../providers/provider.js';
import { carryOut } from './carry-out.js';
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
  const { ledger, environment, log } = settings;
  const history = await ledger.history(environment, 100);
  const live = history.find((r) => r.status === 'success');
  if (!live)
    throw new Error(
      `nothing is live in ${environment} (${ledger.description}): nothing to roll back`,
    );
  const target = chooseTarget(history, live, settings.to);
  const original = originalOf(history, target);
  if (digestOf(original.image) === digestOf(live.image))
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
    previousImage: live.image,
    previous: live,
    target: original,
    plan,
  };
  if (settings.dryRun)
    return {
      ...base,
      status: 'dry-run',
      image: original.image,
      history,
      timings: { totalMs: performance.now() - started, providerMs: 0 },
    };
  const carried = await carryOut({
    ledger,
    provider,
    liveBefore: live,
    previousImage: live.image,
    kind: 'rollback',
    timeoutMs: settings.timeoutMs,
    url: settings.url ?? original.url,
    logUrl: settings.logUrl,
    log,
    release: {
      schema: 'modelgate.release/v1',
      id: newReleaseId(environment),
      environment,
      image: original.image,
      model: original.model,
      gate: original.gate,
      source: {
        ...original.source,
        ...settings.source,
        sha: original.source?.sha ?? settings.source?.sha,
      },
      provider: { name: provider.name, config: provider.config },
      status: 'in_progress',
      rollback_of: live.id,
      restores: original.id,
      ...(settings.reason ? { reason: settings.reason } : {}),
      created_at: new Date().toISOString(),
    },
  });
  if (carried.outcome === 'success') {
    const note = `rolled back by ${carried.release.id}${settings.reason ? `: ${settings.reason}` : ''}`;
    await ledger.update(live, 'rolled-back', { description: note, logUrl: settings.logUrl });
  }
  return {
    ...base,
    status: carried.outcome === 'success' ? 'success' : 'failure',
    image: carried.outcome === 'success' ? original.image : live.image,
    release: carried.release,
    ...(carried.outcome === 'success'
      ? { providerDetail: carried.result.detail }
      : { failure: `the rollback to ${original.id} failed: ${carried.error}` }),
    history: await ledger.history(environment, 50),
    timings: { totalMs: performance.now() - started, providerMs: carried.providerMs },
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
