/**
 * The live analysis of one release, built from deploy's inputs: its file (with the
 * Prometheus server), the credentials, and what carry-out needs — a judge of each track
 * and how long judging may take.
 */
import { ConfigurationError } from '../core/errors.js';
import type { ReleaseRecord } from '../ledger/ledger.js';
import { loadAnalysis, runAnalysis } from './analysis.js';
import { PrometheusClient } from './prometheus.js';

/** Judges a track of the release: its analysis, recorded with the release. */
export type JudgeTrack = (signal?: AbortSignal) => Promise<NonNullable<ReleaseRecord['analysis']>>;

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
  const run = (track: 'stable' | 'canary') => async (signal?: AbortSignal) => {
    const result = await runAnalysis(spec, prometheus, { track, image }, { signal });
    return {
      verdict: result.verdict,
      reason: result.reason,
      queries: spec.queries.map(({ name, max, min }) => ({ name, max, min })),
      measurements: result.measurements.map((m) => ({
        at: m.at,
        outcome: m.outcome,
        values: Object.fromEntries(
          Object.entries(m.values).map(([name, value]) => [name, value ?? null]),
        ),
      })),
    };
  };
  return { stable: run('stable'), canary: run('canary'), budgetMs };
}
