/**
 * One-sided confidence bounds for candidate − baseline, on the rows both sides predicted,
 * with the test that fits each metric (SPEC §5):
 * - Tango's score test for accuracy (and the micro averages, which equal it) and for
 *   binary recall, restricted to the rows recall counts (the positives);
 * - DeLong's test for binary ROC AUC;
 * - a paired bootstrap for the rest: confusion-matrix metrics resample the joint table of
 *   (label, candidate prediction, baseline prediction) cells (a multinomial draw per
 *   resample, exact and independent of the number of rows), other metrics resample rows.
 * Where a test would not be valid (too few rows, too few of a class, too few
 * disagreements for a bootstrap) the bound is withheld and `unavailable` says why.
 *
 * Over 300 lines because the three tests share the paired rows, the minimum-information
 * rules and the interval shape; the statistics themselves are in src/stats/.
 */
import { isKnownMetric, METRICS, type Task } from '../metrics/catalogue.js';
import { confusionMetrics } from '../metrics/classification.js';
import { selectRows, type ClassificationData, type Dataset } from '../metrics/dataset.js';
import { MetricEvaluator } from '../metrics/evaluator.js';
import { MetricValues } from '../metrics/metric-values.js';
import { multinomial } from '../stats/binomial.js';
import { delong } from '../stats/delong.js';
import { normalQuantile } from '../stats/normal.js';
import { pairedStandardError, tangoLowerBound, type PairedCounts } from '../stats/tango.js';
import { upperBound } from '../stats/two-proportions.js';
import { createRandom, pairedBootstrap, quantile } from './bootstrap.js';
import { pairRows, type Pairing } from './pairing.js';
import type { Side } from './sides.js';

export type TestMethod = 'tango' | 'delong' | 'bootstrap' | 'farrington-manning';

export interface Interval {
  /** One-sided bounds of candidate − baseline at `confidence`. */
  lower?: number;
  upper?: number;
  confidence: number;
  method: TestMethod;
  /** Standard error of the difference. */
  se?: number;
  /** Rows the test used. */
  n: number;
  /** The metric on the paired rows of the scope, each side. */
  candidate?: number;
  baseline?: number;
  /** Why no valid bound could be computed. */
  unavailable?: string;
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
  /** Why no interval could be computed at all, when none could. */
  unavailable?: string;
}

export const intervalKey = (metric: string, scope: string | undefined) =>
  `${metric}@${scope ?? ''}`;

/** Rows a Tango test needs; below this the normal approximation is not trusted. */
export const MIN_TANGO_ROWS = 20;
/** Examples of each class DeLong's test needs. */
export const MIN_CLASS_EXAMPLES = 50;
/** Rows where the models disagree that a bootstrap needs. */
export const MIN_DISCORDANT = 20;
/** Above this many joint cells (classes³) confusion metrics resample rows instead. */
const MAX_TABLE_CELLS = 4096;

const TANGO = new Set(['accuracy', 'precision_micro', 'recall_micro', 'f1_micro']);

/** The test that fits a metric on a task. */
export function methodOf(metric: string, task: Task): TestMethod {
  if (task !== 'regression' && TANGO.has(metric)) return 'tango';
  if (task === 'binary' && metric === 'recall') return 'tango';
  if (task === 'binary' && metric === 'roc_auc') return 'delong';
  return 'bootstrap';
}

interface Settings {
  resamples: number;
  seed: number;
  confidence: number;
  idColumn: string;
}

/** Events a share needs on each side before Farrington–Manning's normal approximation holds. */
export const MIN_EVENTS = 20;

/**
 * Two shares of bad events measured live (unpaired: different requests): the
 * Farrington–Manning bounds of candidate − baseline.
 */
function countsInterval(
  metric: string,
  scope: string | undefined,
  candidate: Side,
  baseline: Side,
  confidence: number,
): Interval {
  const c = candidate.counts?.[metric];
  const b = baseline.counts?.[metric];
  const base = { confidence, method: 'farrington-manning' as const };
  if (scope || !c || !b)
    return {
      ...base,
      n: 0,
      unavailable: `${metric}${scope ? ` (${scope})` : ''} has no event counts on the ${!c ? 'candidate' : 'baseline'} (a share of events, query and total, measured on both sides)`,
    };
  const n = c.total + b.total;
  const shares = { candidate: c.events / c.total, baseline: b.events / b.total };
  if (c.total < MIN_EVENTS || b.total < MIN_EVENTS)
    return {
      ...base,
      n,
      ...shares,
      unavailable: `${c.total} candidate and ${b.total} baseline events; the test needs ${MIN_EVENTS} on each side`,
    };
  const samples = { x1: c.events, n1: c.total, x2: b.events, n2: b.total };
  const swapped = { x1: b.events, n1: b.total, x2: c.events, n2: c.total };
  const se = Math.sqrt(
    (shares.candidate * (1 - shares.candidate)) / c.total +
      (shares.baseline * (1 - shares.baseline)) / b.total,
  );
  return {
    ...base,
    n,
    ...shares,
    upper: upperBound(samples, 'difference', confidence),
    lower: -upperBound(swapped, 'difference', confidence),
    se,
  };
}

/** Computes every requested (metric, scope) bound. */
export function computeIntervals(
  requests: { metric: string; scope?: string }[],
  candidate: Side,
  baseline: Side | undefined,
  settings: Settings,
  onProgress?: (done: number, total: number) => void,
): Intervals {
  const byKey = new Map<string, Interval>();
  if (requests.length === 0) return { byKey };
  if (!baseline) return { byKey, unavailable: 'there is no baseline' };
  if (candidate.counts || baseline.counts) {
    for (const { metric, scope } of requests)
      byKey.set(
        intervalKey(metric, scope),
        countsInterval(metric, scope, candidate, baseline, settings.confidence),
      );
    return { byKey };
  }
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
  const z = normalQuantile(settings.confidence);
  let resampledScopes = 0;
  // Every row paired with its own, in order: the sides' datasets and values serve as they are.
  const identity =
    pairing.candidateOnly === 0 &&
    pairing.baselineOnly === 0 &&
    pairing.candidateRows === pairing.baselineRows;
  for (const [scope, metrics] of byScope) {
    const whole = identity && scope === '';
    const rows = whole ? undefined : scopeRows(pairing, candidate, scope);
    const c = rows
      ? selectRows(candidate.predictions.dataset, rows.candidate)
      : candidate.predictions.dataset;
    const b = rows
      ? selectRows(baseline.predictions.dataset, rows.baseline)
      : baseline.predictions.dataset;
    const cEval = whole ? candidate.predictions.evaluator : new MetricEvaluator(c);
    const bEval = whole ? baseline.predictions.evaluator : new MetricEvaluator(b);
    const cValues = whole ? candidate.overall : cEval.compute(metrics);
    const bValues = whole ? baseline.overall : bEval.compute(metrics);
    const set = (
      metric: string,
      interval: Omit<Interval, 'confidence' | 'candidate' | 'baseline'>,
    ) =>
      byKey.set(intervalKey(metric, scope || undefined), {
        confidence: settings.confidence,
        candidate: cValues.values[metric],
        baseline: bValues.values[metric],
        ...interval,
      });
    const bootstrapped: string[] = [];
    for (const metric of metrics) {
      const method = methodOf(metric, task);
      if (method === 'tango') set(metric, tango(c, b, metric, settings.confidence));
      else if (method === 'delong') set(metric, delongBound(c, b, z));
      else bootstrapped.push(metric);
    }
    if (bootstrapped.length === 0) continue;
    const discordant = disagreements(c, b, bootstrapped);
    if (discordant < MIN_DISCORDANT) {
      for (const metric of bootstrapped)
        set(metric, {
          method: 'bootstrap',
          n: c.yTrue.length,
          unavailable: `only ${discordant} rows where the models disagree (a bootstrap needs ${MIN_DISCORDANT})`,
        });
      continue;
    }
    const offset = resampledScopes++ * settings.resamples;
    const progress = (r: number) => onProgress?.(offset + r, byScope.size * settings.resamples);
    const deltas =
      tableBootstrap(c, b, bootstrapped, settings.resamples, random, progress) ??
      pairedBootstrap(cEval, bEval, bootstrapped, {
        resamples: settings.resamples,
        random,
        onProgress: progress,
      }).deltas;
    for (const [metric, values] of deltas)
      set(metric, {
        method: 'bootstrap',
        n: c.yTrue.length,
        lower: quantile(values, 1 - settings.confidence),
        upper: quantile(values, settings.confidence),
        se: standardDeviation(values),
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

/** Tango's bound on the rows the metric counts (all rows; the positives for recall). */
function tango(
  c: Dataset,
  b: Dataset,
  metric: string,
  confidence: number,
): Omit<Interval, 'confidence'> {
  const { yTrue } = c;
  const positive = (c as ClassificationData).positive;
  const counts: PairedCounts = { n: 0, b: 0, c: 0 };
  for (let i = 0; i < yTrue.length; i++) {
    if (metric === 'recall' && yTrue[i] !== positive) continue;
    counts.n++;
    const candidateRight = c.yPred[i] === yTrue[i];
    const baselineRight = b.yPred[i] === yTrue[i];
    if (candidateRight && !baselineRight) counts.b++;
    else if (!candidateRight && baselineRight) counts.c++;
  }
  const what = metric === 'recall' ? 'positive examples' : 'rows';
  if (counts.n < MIN_TANGO_ROWS)
    return {
      method: 'tango',
      n: counts.n,
      unavailable: `only ${counts.n} ${what} (the score test needs ${MIN_TANGO_ROWS})`,
    };
  return {
    method: 'tango',
    n: counts.n,
    lower: tangoLowerBound(counts, confidence),
    se: pairedStandardError(counts),
  };
}

/** DeLong's bound of the AUC difference. */
function delongBound(c: Dataset, b: Dataset, z: number): Omit<Interval, 'confidence'> {
  const cd = c as ClassificationData;
  const bd = b as ClassificationData;
  const n = c.yTrue.length;
  if (!cd.score || !bd.score)
    return { method: 'delong', n, unavailable: 'a side has no score column' };
  const result = delong((i) => cd.yTrue[i] === cd.positive, cd.score, bd.score);
  const positives = result?.positives ?? 0;
  const negatives = result?.negatives ?? 0;
  if (!result || positives < MIN_CLASS_EXAMPLES || negatives < MIN_CLASS_EXAMPLES)
    return {
      method: 'delong',
      n,
      unavailable: `${positives} positive and ${negatives} negative examples (DeLong's test needs ${MIN_CLASS_EXAMPLES} of each)`,
    };
  const se = Math.sqrt(Math.max(0, result.variance));
  const diff = result.aucA - result.aucB;
  return { method: 'delong', n, lower: diff - z * se, upper: diff + z * se, se };
}

/** Rows where the two models disagree on what the metrics read (predictions or scores). */
function disagreements(c: Dataset, b: Dataset, metrics: string[]): number {
  const scores = metrics.some((m) => METRICS[m]?.scores);
  let count = 0;
  for (let i = 0; i < c.yTrue.length; i++) {
    let differ = c.yPred[i] !== b.yPred[i];
    if (!differ && scores && c.task !== 'regression' && b.task !== 'regression') {
      if (c.score && b.score) differ = c.score[i] !== b.score[i];
      else if (c.classScores && b.classScores)
        for (const [k, values] of c.classScores)
          if (values[i] !== b.classScores.get(k)?.[i]) {
            differ = true;
            break;
          }
    }
    if (differ) count++;
  }
  return count;
}

const CONFUSION_ONLY = new Set([
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'mcc',
  'cohen_kappa',
  ...['precision', 'recall', 'f1'].flatMap((m) => [`${m}_macro`, `${m}_micro`, `${m}_weighted`]),
]);

/**
 * The bootstrap of confusion-matrix metrics by resampling the joint table: the counts of
 * (label, candidate prediction, baseline prediction) are all a row resample changes, and
 * they are Multinomial(n, cell shares), so each resample is one multinomial draw.
 * Undefined when a metric needs more than the table (scores) or the table is too large.
 */
function tableBootstrap(
  c: Dataset,
  b: Dataset,
  metrics: string[],
  resamples: number,
  random: () => number,
  onProgress: (done: number) => void,
): Map<string, Float64Array> | undefined {
  if (c.task === 'regression' || b.task === 'regression') return undefined;
  if (!metrics.every((m) => CONFUSION_ONLY.has(m))) return undefined;
  const k = c.classes.length;
  if (k * k * k > MAX_TABLE_CELLS) return undefined;
  const n = c.yTrue.length;
  const cells = new Float64Array(k * k * k);
  for (let i = 0; i < n; i++) cells[(c.yTrue[i] * k + c.yPred[i]) * k + b.yPred[i]]++;
  const positive = c.task === 'binary' ? c.positive : undefined;
  const drawn = new Float64Array(cells.length);
  const mc = new Float64Array(k * k);
  const mb = new Float64Array(k * k);
  const deltas = new Map(metrics.map((m) => [m, new Float64Array(resamples)]));
  for (let r = 0; r < resamples; r++) {
    multinomial(n, cells, n, drawn, random);
    mc.fill(0);
    mb.fill(0);
    for (let t = 0; t < k; t++)
      for (let pc = 0; pc < k; pc++)
        for (let pb = 0; pb < k; pb++) {
          const count = drawn[(t * k + pc) * k + pb];
          mc[t * k + pc] += count;
          mb[t * k + pb] += count;
        }
    const vc = new MetricValues();
    const vb = new MetricValues();
    confusionMetrics(mc, k, positive, vc);
    confusionMetrics(mb, k, positive, vb);
    for (const metric of metrics) {
      const x = vc.get(metric);
      const y = vb.get(metric);
      deltas.get(metric)![r] = x === undefined || y === undefined ? NaN : x - y;
    }
    onProgress(r + 1);
  }
  return deltas;
}

function standardDeviation(values: Float64Array): number | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return undefined;
  const mean = finite.reduce((s, v) => s + v, 0) / finite.length;
  return Math.sqrt(finite.reduce((s, v) => s + (v - mean) ** 2, 0) / (finite.length - 1));
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
