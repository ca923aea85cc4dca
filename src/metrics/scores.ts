/**
 * Score-based metrics as scikit-learn 1.2 defines them: ROC AUC (ties count one half,
 * as the trapezoid over roc_curve gives), average precision (the step sum over
 * precision_recall_curve's distinct thresholds), log loss (clipped to float64 epsilon,
 * rows renormalised) and the Brier score. All take per-row weights for the bootstrap.
 *
 * Scores are ranked once into tie groups; each evaluation is then one pass over the
 * rows and one over the groups, with no sort, which is what makes 1,000 resamples of
 * a million rows affordable.
 */
import { argsortFloat64 } from '../stats/argsort.js';
import type { Weights } from './classification.js';

/** Each row's tie group, in ascending score order. */
export interface ScoreRanks {
  group: Int32Array;
  groups: number;
  /** Scratch per-group sums, reused across evaluations. */
  positives: Float64Array;
  negatives: Float64Array;
}

/** Ranks scores into tie groups (equal scores share a group). */
export function rankScores(score: Float64Array): ScoreRanks {
  // One radix argsort, then consecutive equal values share a group.
  const order = argsortFloat64(score);
  const group = new Int32Array(score.length);
  let groups = 0;
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && score[order[i]] !== score[order[i - 1]]) groups++;
    group[order[i]] = groups;
  }
  if (order.length > 0) groups++;
  return {
    group,
    groups,
    positives: new Float64Array(groups),
    negatives: new Float64Array(groups),
  };
}

/** Weighted positive/negative totals per tie group; returns [P, N]. */
function countGroups(
  ranks: ScoreRanks,
  yTrue: Int32Array,
  positive: number,
  weights: Weights,
): [number, number] {
  const { group, positives, negatives } = ranks;
  positives.fill(0);
  negatives.fill(0);
  let p = 0;
  let n = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    if (yTrue[i] === positive) {
      positives[group[i]] += w;
      p += w;
    } else {
      negatives[group[i]] += w;
      n += w;
    }
  }
  return [p, n];
}

/** ROC AUC of `positive` vs the rest; undefined when only one class is present. */
export function rocAuc(
  ranks: ScoreRanks,
  yTrue: Int32Array,
  positive: number,
  weights?: Weights,
): number | undefined {
  const [p, n] = countGroups(ranks, yTrue, positive, weights);
  if (p === 0 || n === 0) return undefined;
  const { positives, negatives, groups } = ranks;
  let area = 0;
  let negativesBelow = 0;
  for (let g = 0; g < groups; g++) {
    area += positives[g] * (negativesBelow + negatives[g] / 2);
    negativesBelow += negatives[g];
  }
  return area / (p * n);
}

/** Average precision of `positive`; undefined when it never occurs. */
export function averagePrecision(
  ranks: ScoreRanks,
  yTrue: Int32Array,
  positive: number,
  weights?: Weights,
): number | undefined {
  const [p] = countGroups(ranks, yTrue, positive, weights);
  if (p === 0) return undefined;
  const { positives, negatives } = ranks;
  let sum = 0;
  let tp = 0;
  let fp = 0;
  for (let g = ranks.groups - 1; g >= 0; g--) {
    tp += positives[g];
    fp += negatives[g];
    if (positives[g] > 0) sum += (positives[g] / p) * (tp / (tp + fp));
  }
  return sum;
}

const EPSILON = 2 ** -52;
const clip = (value: number) => Math.min(Math.max(value, EPSILON), 1 - EPSILON);

/** Binary log loss of the positive class's probability. */
export function binaryLogLoss(
  yTrue: Int32Array,
  positive: number,
  score: Float64Array,
  weights?: Weights,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const p = clip(score[i]);
    const q = 1 - p;
    const norm = q + p;
    sum += w * -Math.log((yTrue[i] === positive ? p : q) / norm);
    total += w;
  }
  return sum / total;
}

/**
 * Multiclass log loss over the classes with score columns (scikit-learn's log_loss with
 * `labels` = those classes); undefined when a row's true class has no score column.
 */
export function multiclassLogLoss(
  yTrue: Int32Array,
  classScores: Map<number, Float64Array>,
  weights?: Weights,
): number | undefined {
  const columns = [...classScores.entries()];
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    let norm = 0;
    let own: number | undefined;
    for (const [c, values] of columns) {
      const p = clip(values[i]);
      norm += p;
      if (c === yTrue[i]) own = p;
    }
    if (own === undefined) return undefined;
    sum += w * -Math.log(own / norm);
    total += w;
  }
  return sum / total;
}

/**
 * Brier score: binary, the mean squared difference between the positive class's
 * probability and the outcome; multiclass, summed over the score columns (the
 * original definition, which scikit-learn 1.7 adopted).
 */
export function brierScore(
  yTrue: Int32Array,
  scores: Map<number, Float64Array>,
  weights?: Weights,
): number {
  const columns = [...scores.entries()];
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    let squared = 0;
    for (const [c, values] of columns) {
      const d = values[i] - (c === yTrue[i] ? 1 : 0);
      squared += d * d;
    }
    sum += w * squared;
    total += w;
  }
  return sum / total;
}
