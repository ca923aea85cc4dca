/**
 * Paired bootstrap: resample examples with replacement (the same draw for candidate and
 * baseline, joined on their ids), recompute each metric on both, and keep the
 * differences. A resample is a vector of multiplicities, so metrics are evaluated with
 * weights over the original rows rather than on copied arrays. Deterministic for a seed
 * (xoshiro128** seeded through splitmix32), whatever the platform.
 */
import type { MetricEvaluator } from '../metrics/evaluator.js';

/** The differences (candidate − baseline) of each metric over the resamples. */
export interface BootstrapDeltas {
  resamples: number;
  deltas: Map<string, Float64Array>;
}

/** A seeded 32-bit generator. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d >>> 0, 11);
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    return result;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/**
 * Runs `resamples` paired resamples over two evaluators of the same rows (row i of
 * each is the same example). Metrics undefined in a resample (one class drawn) give NaN.
 */
export function pairedBootstrap(
  candidate: MetricEvaluator,
  baseline: MetricEvaluator,
  metrics: string[],
  options: { resamples: number; random: () => number; onProgress?: (done: number) => void },
): BootstrapDeltas {
  const n = candidate.data.yTrue.length;
  const weights = new Uint32Array(n);
  const deltas = new Map(metrics.map((m) => [m, new Float64Array(options.resamples)]));
  for (let r = 0; r < options.resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[Math.floor((options.random() * n) / 4294967296)]++;
    const c = candidate.compute(metrics, weights);
    const b = baseline.compute(metrics, weights);
    for (const metric of metrics) {
      const cv = c.get(metric);
      const bv = b.get(metric);
      deltas.get(metric)![r] = cv === undefined || bv === undefined ? NaN : cv - bv;
    }
    options.onProgress?.(r + 1);
  }
  return { resamples: options.resamples, deltas };
}

/**
 * The q-quantile of the finite values, interpolated linearly as NumPy's percentile
 * does; undefined when fewer than half the resamples gave a value.
 */
export function quantile(values: Float64Array, q: number): number | undefined {
  const finite = values.filter(Number.isFinite).sort();
  if (finite.length === 0 || finite.length < values.length / 2) return undefined;
  const position = (finite.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(low + 1, finite.length - 1);
  return finite[low] + (finite[high] - finite[low]) * (position - low);
}
