/**
 * Tango's score test for the difference of two paired proportions (T. Tango, "Equivalence
 * test and confidence interval for the difference in proportions for the paired-sample
 * design", Statistics in Medicine 17:891–908, 1998): here, candidate − baseline accuracy
 * (or a rate restricted to the rows it counts) over rows both models predicted. Unlike a
 * bootstrap it needs no disagreement to bound the difference: identical predictions on
 * enough rows show non-inferiority. Checked against a numpy transcription of the paper's
 * formulas in test/stats.
 */
import { normalQuantile } from './normal.js';

/** n rows; b where only the candidate is right; c where only the baseline is. */
export interface PairedCounts {
  n: number;
  b: number;
  c: number;
}

/** The score statistic for H0: p_candidate − p_baseline = delta. */
export function tangoZ({ n, b, c }: PairedCounts, delta: number): number {
  // The restricted MLE of p21 (only the baseline right) under H0, eq. (3) of the paper.
  const A = 2 * n;
  const B = (2 * n - b + c) * delta - (b + c);
  const C = -c * delta * (1 - delta);
  const p21 = (-B + Math.sqrt(Math.max(0, B * B - 4 * A * C))) / (2 * A);
  const variance = n * (2 * p21 + delta * (1 - delta));
  const numerator = b - c - n * delta;
  if (!(variance > 0)) return numerator > 0 ? Infinity : numerator < 0 ? -Infinity : 0;
  return numerator / Math.sqrt(variance);
}

/**
 * The one-sided lower confidence bound of the difference: the smallest delta the test
 * does not reject at `confidence` (Z(delta) is decreasing in delta; found by bisection).
 */
export function tangoLowerBound(counts: PairedCounts, confidence: number): number {
  const z = normalQuantile(confidence);
  let low = -1;
  let high = (counts.b - counts.c) / counts.n;
  if (tangoZ(counts, high) > z) return high;
  for (let i = 0; i < 200 && high - low > 1e-13; i++) {
    const mid = (low + high) / 2;
    if (tangoZ(counts, mid) > z) low = mid;
    else high = mid;
  }
  return low;
}

/** The standard error of the difference at its estimate (for people; the test uses Z). */
export function pairedStandardError({ n, b, c }: PairedCounts): number {
  const d = (b - c) / n;
  return Math.sqrt(Math.max(0, (b + c) / n - d * d) / n);
}
