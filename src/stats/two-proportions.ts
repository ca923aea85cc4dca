/**
 * The Farrington–Manning score test for two independent proportions (C. P. Farrington and
 * G. Manning, "Test statistics and sample size formulae for comparative binomial trials
 * with null hypothesis of non-zero risk difference or non-unity relative risk", Statistics
 * in Medicine 9:1447–1454, 1990): the unpaired counterpart of Tango's test, for a canary's
 * rate of bad events against the stable track's (or after a switch against before it).
 * The variance is taken at the maximum likelihood estimate restricted to the null
 * hypothesis, so zero events on both sides still bound the difference. Checked against a
 * numpy transcription of the paper's closed forms in test/stats.
 */
import { normalQuantile } from './normal.js';

/** x1 of n1 events on the first side (the canary), x2 of n2 on the second (the stable). */
export interface TwoSamples {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
}

/** H0: p1 − p2 = delta, or p1 / p2 = ratio. */
export type NullHypothesis = { difference: number } | { ratio: number };

/**
 * The maximum likelihood estimate of (p1, p2) under H0. The log-likelihood along the
 * constraint is concave in p2, so its derivative is found zero by bisection (to machine
 * precision; no closed form's cancellation near the edges).
 */
export function restrictedMle(
  { x1, n1, x2, n2 }: TwoSamples,
  h0: NullHypothesis,
): [number, number] {
  const delta = 'difference' in h0 ? h0.difference : 0;
  const theta = 'ratio' in h0 ? h0.ratio : 1;
  const p1Of = (p2: number) => ('difference' in h0 ? p2 + delta : theta * p2);
  // p2's range: both proportions in [0, 1].
  let low = 'difference' in h0 ? Math.max(0, -delta) : 0;
  let high = 'difference' in h0 ? Math.min(1, 1 - delta) : Math.min(1, 1 / theta);
  const slope = (p2: number) => {
    const p1 = p1Of(p2);
    const dp1 = 'difference' in h0 ? 1 : theta;
    // 0 · log 0 = 0: a side with no events (or no non-events) adds nothing.
    let d = 0;
    if (x1 > 0) d += (x1 * dp1) / p1;
    if (n1 - x1 > 0) d -= ((n1 - x1) * dp1) / (1 - p1);
    if (x2 > 0) d += x2 / p2;
    if (n2 - x2 > 0) d -= (n2 - x2) / (1 - p2);
    return d;
  };
  for (let i = 0; i < 200 && high - low > 1e-16; i++) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    if (slope(mid) > 0) low = mid;
    else high = mid;
  }
  const p2 = (low + high) / 2;
  return [Math.min(1, Math.max(0, p1Of(p2))), p2];
}

/** The score statistic; negative when the first side is better than H0 says. */
export function farringtonManningZ(samples: TwoSamples, h0: NullHypothesis): number {
  const { x1, n1, x2, n2 } = samples;
  const [p1, p2] = restrictedMle(samples, h0);
  const r1 = x1 / n1;
  const r2 = x2 / n2;
  const theta = 'ratio' in h0 ? h0.ratio : 1;
  const numerator = 'difference' in h0 ? r1 - r2 - h0.difference : r1 - theta * r2;
  const variance = (p1 * (1 - p1)) / n1 + (theta * theta * p2 * (1 - p2)) / n2;
  if (!(variance > 0)) return numerator > 0 ? Infinity : numerator < 0 ? -Infinity : 0;
  return numerator / Math.sqrt(variance);
}

/**
 * The one-sided upper confidence bound of p1 − p2 (or p1 / p2) at `confidence`: the least
 * margin the test shows the first side to be within (Z is decreasing in the margin; found
 * by bisection). Infinity for a ratio no data can bound (no events on the second side).
 */
export function upperBound(
  samples: TwoSamples,
  scale: 'difference' | 'ratio',
  confidence: number,
): number {
  const z = normalQuantile(confidence);
  const at = (m: number): NullHypothesis =>
    scale === 'difference' ? { difference: m } : { ratio: m };
  const r1 = samples.x1 / samples.n1;
  const r2 = samples.x2 / samples.n2;
  let low = scale === 'difference' ? r1 - r2 : r2 > 0 ? r1 / r2 : 0;
  let high = scale === 'difference' ? 1 : 1e6;
  if (farringtonManningZ(samples, at(high)) > -z) return scale === 'difference' ? 1 : Infinity;
  for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, high); i++) {
    const mid = (low + high) / 2;
    if (farringtonManningZ(samples, at(mid)) > -z) low = mid;
    else high = mid;
  }
  return high;
}
