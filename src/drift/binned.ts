/**
 * Distances between two binned distributions, by stated formulas:
 * - PSI = Σ (c_i − r_i) ln(c_i / r_i) over the shares r (reference) and c (current) of
 *   each bin, a share of 0 taken as 0.0001 (the convention of Evidently and most PSI
 *   tables), so an empty bin counts without dividing by zero;
 * - Jensen–Shannon distance = √(½ KL(r‖m) + ½ KL(c‖m)) with m = (r + c)/2, base 2 (in
 *   [0, 1]), as scipy.spatial.distance.jensenshannon(r, c, base=2).
 * Numeric features are binned at the reference's quantiles (numpy's linear method):
 * `bins` bins, (−∞, q1], (q1, q2], …, (q_{bins−1}, ∞), repeated edges merged.
 */

export const PSI_FLOOR = 1e-4;

export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const r = shares(reference);
  const c = shares(current);
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = Math.max(r[i], PSI_FLOOR);
    const ci = Math.max(c[i], PSI_FLOOR);
    sum += (ci - ri) * Math.log(ci / ri);
  }
  return sum;
}

export function jensenShannon(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const r = shares(reference);
  const c = shares(current);
  let divergence = 0;
  for (let i = 0; i < r.length; i++) {
    const m = (r[i] + c[i]) / 2;
    if (r[i] > 0) divergence += r[i] * Math.log(r[i] / m);
    if (c[i] > 0) divergence += c[i] * Math.log(c[i] / m);
  }
  return Math.sqrt(Math.max(0, divergence / 2) / Math.LN2);
}

function shares(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = total > 0 ? counts[i] / total : 0;
  return out;
}

/** numpy.quantile(sorted, q) with the default linear method; `sorted` ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const t = position - below;
  return sorted[below] + (sorted[above] - sorted[below]) * t;
}

/** The inner bin edges: the reference's quantiles 1/bins … (bins−1)/bins, repeats merged. */
export function quantileEdges(sortedReference: ArrayLike<number>, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = quantileSorted(sortedReference, i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Counts of sorted values per bin (−∞, e1], (e1, e2], …, (e_last, ∞). */
export function binCounts(sorted: ArrayLike<number>, edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < edges.length && sorted[i] > edges[bin]) bin++;
    counts[bin] += 1;
  }
  return counts;
}
