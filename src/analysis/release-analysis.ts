/**
 * The live analysis of one release, built from deploy's inputs: its file (with the
 * Prometheus server), the credentials, and what carry-out needs — a judge of each track
 * and how long judging may take.
 */
import { ConfigurationError } from '../core/errors.js';
import type { ReleaseRecord } from '../ledger/ledger.js';
import { loadAnalysis, runAnalysis } from './analysis.js';
import { PrometheusClient } from './prometheus.js';

/**
 * Judges a track of the release over the time since `since` (its analysis, recorded with
 * the release); comparisons are with the stable track beside it, or with the stable track
 * over as long a time before `switchedAt`.
 */
export type JudgeTrack = (
  signal?: AbortSignal,
  since?: Date,
  switchedAt?: Date,
) => Promise<NonNullable<ReleaseRecord['analysis']>>;

export interface ReleaseAnalysis {
  /** The whole environment on the new image, before the release is recorded. */
  stable: JudgeTrack;
  /** The canary track, between canary steps (kubernetes). */
  canary: JudgeTrack;
  /** The longest judging may take: it extends the record's deadline. */
  budgetMs: number;
}

/**
 * The live analysis a deploy runs: of the `canary` track between canary steps, and of the
 * `stable` track once the whole environment runs the new image, before it records success.
 */
export async function releaseAnalysis(
  inputs: {
    analysis: string;
    'prometheus-token': string;
    'prometheus-username': string;
    'prometheus-password': string;
  },
  image: string,
  environment: string,
): Promise<ReleaseAnalysis> {
  const spec = await loadAnalysis(inputs.analysis);
  if (!spec.prometheus)
    throw new ConfigurationError(
      'analysis',
      `needs prometheus: <url> (the server to query for ${environment})`,
    );
  const prometheus = new PrometheusClient({
    url: spec.prometheus,
    token: inputs['prometheus-token'] || undefined,
    username: inputs['prometheus-username'] || undefined,
    password: inputs['prometheus-password'] || undefined,
  });
  // Its waits, and each query's requests with their retries (at most a minute each).
  const budgetMs = spec.interval * spec.count + spec.count * spec.queries.length * 60_000;
  const orNull = (values: Record<string, number | undefined>) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? null]));
  const run =
    (track: 'stable' | 'canary'): JudgeTrack =>
    async (signal, since, switchedAt) => {
      const baseline = { track: 'stable', at: track === 'stable' ? switchedAt : undefined };
      const result = await runAnalysis(
        spec,
        prometheus,
        { track, image, since, baseline: track === 'stable' && !switchedAt ? undefined : baseline },
        { signal },
      );
      return {
        verdict: result.verdict,
        reason: result.reason,
        queries: spec.queries.map(({ name, max, min, ...rest }) => ({
          name,
          max,
          min,
          'max-regression': rest['max-regression'],
        })),
        measurements: result.measurements.map((m) => ({
          at: m.at,
          outcome: m.outcome,
          values: orNull(m.values),
          ...(m.baselines ? { baselines: orNull(m.baselines), comparisons: m.comparisons } : {}),
          ...(m.why ? { why: m.why } : {}),
        })),
      };
    };
  return { stable: run('stable'), canary: run('canary'), budgetMs };
}
