/**
 * Confidence bounds for candidate − baseline, from a paired bootstrap over the examples
 * both sides predicted, overall and within slices. One-sided bounds at the gates file's
 * `confidence`: the lower bound is what non-inferiority of a higher-is-better metric is
 * judged on, the upper bound for a lower-is-better one.
 */
import { isKnownMetric, METRICS } from '../metrics/catalogue.js';
import { selectRows } from '../metrics/dataset.js';
import { MetricEvaluator } from '../metrics/evaluator.js';
import { createRandom, pairedBootstrap, quantile } from './bootstrap.js';
import { pairRows, type Pairing } from './pairing.js';
import type { Side } from './sides.js';

export interface Interval {
  /** One-sided bounds of candidate − baseline at `confidence`. */
  lower?: number;
  upper?: number;
  confidence: number;
}

export interface BootstrapInfo {
  resamples: number;
  seed: number;
  confidence: number;
  pairs: number;
  candidateOnly: number;
  baselineOnly: number;
}

export interface Intervals {
  /** Keyed `metric@scope` (scope '' for all examples). */
  byKey: Map<string, Interval>;
  info?: BootstrapInfo;
  /** Why no interval could be computed, when none could. */
  unavailable?: string;
}

export const intervalKey = (metric: string, scope: string | undefined) =>
  `${metric}@${scope ?? ''}`;

/** Bootstraps every requested (metric, scope) pair with one resampling stream. */
export function computeIntervals(
  requests: { metric: string; scope?: string }[],
  candidate: Side,
  baseline: Side | undefined,
  settings: { resamples: number; seed: number; confidence: number; idColumn: string },
  onProgress?: (done: number, total: number) => void,
): Intervals {
  const byKey = new Map<string, Interval>();
  if (requests.length === 0) return { byKey };
  if (!baseline) return { byKey, unavailable: 'there is no baseline' };
  if (!candidate.predictions || !baseline.predictions)
    return {
      byKey,
      unavailable: `the ${!candidate.predictions ? 'candidate' : 'baseline'} is metrics, not predictions`,
    };
  const pairing = pairRows(candidate.predictions, baseline.predictions, settings.idColumn);
  if (typeof pairing === 'string') return { byKey, unavailable: pairing };
  if (pairing.candidateRows.length === 0)
    return { byKey, unavailable: `no '${settings.idColumn}' is in both predictions files` };

  const task = candidate.predictions.dataset.task;
  const byScope = new Map<string, Set<string>>();
  for (const { metric, scope } of requests) {
    if (!isKnownMetric(metric) || !METRICS[metric].tasks.includes(task)) continue;
    const key = scope ?? '';
    if (!byScope.has(key)) byScope.set(key, new Set());
    byScope.get(key)!.add(metric);
  }
  const random = createRandom(settings.seed);
  const total = byScope.size * settings.resamples;
  let done = 0;
  for (const [scope, metrics] of byScope) {
    const rows = scopeRows(pairing, candidate, scope);
    if (rows.candidate.length === 0) continue;
    const bootstrap = pairedBootstrap(
      new MetricEvaluator(selectRows(candidate.predictions.dataset, rows.candidate)),
      new MetricEvaluator(selectRows(baseline.predictions.dataset, rows.baseline)),
      [...metrics],
      { resamples: settings.resamples, random, onProgress: (r) => onProgress?.(done + r, total) },
    );
    done += settings.resamples;
    for (const [metric, deltas] of bootstrap.deltas)
      byKey.set(intervalKey(metric, scope || undefined), {
        lower: quantile(deltas, 1 - settings.confidence),
        upper: quantile(deltas, settings.confidence),
        confidence: settings.confidence,
      });
  }
  return {
    byKey,
    info: {
      resamples: settings.resamples,
      seed: settings.seed,
      confidence: settings.confidence,
      pairs: pairing.candidateRows.length,
      candidateOnly: pairing.candidateOnly,
      baselineOnly: pairing.baselineOnly,
    },
  };
}

/** The paired rows in a scope ('' = all; 'column=value' = the candidate's slice). */
function scopeRows(pairing: Pairing, candidate: Side, scope: string) {
  if (scope === '') return { candidate: pairing.candidateRows, baseline: pairing.baselineRows };
  const split = scope.indexOf('=');
  const slice = candidate.predictions!.table.slices.get(scope.slice(0, split));
  const code = slice?.dictionary.indexOf(scope.slice(split + 1)) ?? -1;
  const keep: number[] = [];
  pairing.candidateRows.forEach((row, i) => {
    if (slice && slice.codes[row] === code) keep.push(i);
  });
  return {
    candidate: Uint32Array.from(keep, (i) => pairing.candidateRows[i]),
    baseline: Uint32Array.from(keep, (i) => pairing.baselineRows[i]),
  };
}
