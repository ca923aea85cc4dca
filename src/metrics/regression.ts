/**
 * Regression metrics as scikit-learn 1.2 defines them: MAE, MSE, RMSE, R² (1 when both
 * sums of squares are 0, 0 when only the total is), MAPE (denominator at least float64
 * epsilon) and the median absolute error (mean of the middle two for an even count).
 */
import type { Weights } from './classification.js';
import type { MetricValues } from './metric-values.js';
import type { RegressionData } from './dataset.js';

const EPSILON = 2 ** -52;

/** Sorted absolute errors, computed once per dataset for the median. */
export interface ErrorOrder {
  order: Uint32Array;
  errors: Float64Array;
}

/** Absolute errors and their ascending order. */
export function orderErrors(data: RegressionData): ErrorOrder {
  const errors = data.yTrue.map((y, i) => Math.abs(y - data.yPred[i]));
  const order = Uint32Array.from({ length: errors.length }, (_, i) => i).sort(
    (a, b) => errors[a] - errors[b],
  );
  return { order, errors };
}

/** Every regression metric into `out`. */
export function regressionMetrics(
  data: RegressionData,
  errorOrder: () => ErrorOrder,
  out: MetricValues,
  weights?: Weights,
): void {
  const { yTrue, yPred } = data;
  let total = 0;
  let meanTrue = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    total += w;
    meanTrue += w * yTrue[i];
  }
  if (total === 0) return;
  meanTrue /= total;
  let absolute = 0;
  let squared = 0;
  let spread = 0;
  let relative = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const error = yTrue[i] - yPred[i];
    absolute += w * Math.abs(error);
    squared += w * error * error;
    spread += w * (yTrue[i] - meanTrue) ** 2;
    relative += (w * Math.abs(error)) / Math.max(Math.abs(yTrue[i]), EPSILON);
  }
  out.set('mae', absolute / total);
  out.set('mse', squared / total);
  out.set('rmse', Math.sqrt(squared / total));
  out.set('r2', spread === 0 ? (squared === 0 ? 1 : 0) : 1 - squared / spread);
  out.set('mape', relative / total);
  out.set('median_ae', weightedMedian(errorOrder(), total, weights));
}

/** The median of the multiset where row i occurs weights[i] times. */
function weightedMedian({ order, errors }: ErrorOrder, total: number, weights: Weights): number {
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  let seen = 0;
  let low: number | undefined;
  for (const i of order) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    seen += w;
    if (low === undefined && seen > lower) low = errors[i];
    if (seen > upper) return (low! + errors[i]) / 2;
  }
  return low ?? NaN;
}
