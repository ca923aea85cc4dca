/**
 * Metrics of the confusion matrix, each as scikit-learn 1.2 defines it: precision,
 * recall and F1 with zero_division=0, macro averages over the labels present in either
 * y_true or y_pred, balanced accuracy over the classes present in y_true, MCC and
 * Cohen's kappa. Counts may be weighted (bootstrap resamples pass multiplicities).
 */
import type { MetricValues } from './metric-values.js';

/** Per-row multiplicities (a bootstrap resample), or undefined for all ones. */
export type Weights = Uint32Array | Float64Array | undefined;

/** k×k confusion matrix, row = true class, column = predicted class (row-major). */
export function confusionMatrix(
  yTrue: Int32Array,
  yPred: Int32Array,
  k: number,
  weights?: Weights,
): Float64Array {
  const matrix = new Float64Array(k * k);
  if (weights) for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i] * k + yPred[i]] += weights[i];
  else for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i] * k + yPred[i]]++;
  return matrix;
}

/**
 * Every confusion-matrix metric. `positive` is the binary task's positive class
 * (undefined for multiclass, which has no plain precision/recall/f1).
 */
export function confusionMetrics(
  matrix: Float64Array,
  k: number,
  positive: number | undefined,
  out: MetricValues,
): void {
  const trueCount = new Float64Array(k);
  const predCount = new Float64Array(k);
  let n = 0;
  let correct = 0;
  for (let t = 0; t < k; t++)
    for (let p = 0; p < k; p++) {
      const count = matrix[t * k + p];
      trueCount[t] += count;
      predCount[p] += count;
      n += count;
      if (t === p) correct += count;
    }
  if (n === 0) return;
  out.set('accuracy', correct / n);

  let present = 0;
  let withTrue = 0;
  let recallSum = 0;
  const sums = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  for (let c = 0; c < k; c++) {
    const tp = matrix[c * k + c];
    const precision = predCount[c] > 0 ? tp / predCount[c] : 0;
    const recall = trueCount[c] > 0 ? tp / trueCount[c] : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    if (c === positive) {
      out.set('precision', precision);
      out.set('recall', recall);
      out.set('f1', f1);
    }
    if (trueCount[c] > 0) {
      withTrue++;
      recallSum += recall;
    }
    if (trueCount[c] + predCount[c] === 0) continue;
    present++;
    sums.precision += precision;
    sums.recall += recall;
    sums.f1 += f1;
    weighted.precision += precision * trueCount[c];
    weighted.recall += recall * trueCount[c];
    weighted.f1 += f1 * trueCount[c];
  }
  for (const name of ['precision', 'recall', 'f1'] as const) {
    out.set(`${name}_macro`, sums[name] / present);
    // Single-label: micro precision = micro recall = micro F1 = accuracy.
    out.set(`${name}_micro`, correct / n);
    out.set(`${name}_weighted`, weighted[name] / n);
  }
  out.set('balanced_accuracy', recallSum / withTrue);

  let truePred = 0;
  let predPred = 0;
  let trueTrue = 0;
  for (let c = 0; c < k; c++) {
    truePred += trueCount[c] * predCount[c];
    predPred += predCount[c] * predCount[c];
    trueTrue += trueCount[c] * trueCount[c];
  }
  const covariance = correct * n - truePred;
  const spread = (n * n - predPred) * (n * n - trueTrue);
  out.set('mcc', spread === 0 ? 0 : covariance / Math.sqrt(spread));

  const expectedDisagreement = n - truePred / n;
  if (expectedDisagreement === 0)
    out.undefined('cohen_kappa', 'both raters use a single class, so agreement by chance is 1');
  else out.set('cohen_kappa', 1 - (n - correct) / expectedDisagreement);
}
