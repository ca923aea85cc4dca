/**
 * The chi-square test of homogeneity of a categorical feature between two datasets, as
 * scipy.stats.chi2_contingency computes it on the 2 × k table of counts (its default
 * Yates correction when there is one degree of freedom), with the p-value of
 * scipy.stats.chi2.sf: the regularized upper incomplete gamma function Q(dof/2, χ²/2).
 * Checked against scipy in test/drift.
 */
import { logGammaHalf } from './gamma.js';

export interface ChiSquare {
  statistic: number;
  dof: number;
  pValue: number;
}

/** `reference[i]` and `current[i]`: counts of category i (categories absent from both dropped). */
export function chiSquareHomogeneity(reference: number[], current: number[]): ChiSquare {
  const keep = reference.map((r, i) => r + current[i] > 0);
  const rows = [reference.filter((_, i) => keep[i]), current.filter((_, i) => keep[i])];
  const k = rows[0].length;
  const dof = k - 1;
  if (dof === 0) return { statistic: 0, dof: 0, pValue: 1 };
  const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const total = rowTotals[0] + rowTotals[1];
  let statistic = 0;
  for (let j = 0; j < k; j++) {
    const column = rows[0][j] + rows[1][j];
    for (let i = 0; i < 2; i++) {
      const expected = (rowTotals[i] * column) / total;
      let observed = rows[i][j];
      if (dof === 1) {
        // Yates: move each observed count half a unit towards its expected count.
        const gap = expected - observed;
        observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap));
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { statistic, dof, pValue: chiSquareSf(statistic, dof) };
}

/** P(χ²_dof ≥ x). */
export function chiSquareSf(x: number, dof: number): number {
  if (!(x > 0)) return 1;
  return upperGammaRegularized(dof / 2, x / 2);
}

/**
 * Q(a, x) for a a multiple of 1/2: by its series when x < a + 1 (as 1 − P), else by the
 * continued fraction (modified Lentz), both to machine precision.
 */
function upperGammaRegularized(a: number, x: number): number {
  const logPrefix = a * Math.log(x) - x - logGammaHalf(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    return 1 - sum * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 100_000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return Math.exp(logPrefix) * h;
}
