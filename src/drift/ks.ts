/**
 * The two-sample Kolmogorov–Smirnov test as scipy.stats.ks_2samp defines it (two-sided,
 * method 'auto'): the statistic D = max |F1 − F2| over the pooled values; the p-value
 * exact when both samples have at most 10,000 values (the share of lattice paths that
 * leave the band |i/n1 − j/n2| < D, Hodges 1958), otherwise the distribution of the
 * one-sample statistic with n = round(n1 n2 / (n1 + n2)) (scipy's kstwo.sf, Simard and
 * L'Ecuyer 2011): 0 past n D² ≥ 370, twice the one-sided Smirnov tail past n D² ≥ 2.2,
 * else one minus the Durbin matrix (n ≤ 100,000 and n D^1.5 ≤ 1.4) or Pelz–Good CDF.
 * Checked against scipy in test/drift.
 */
import { logFactorial, STIRLING } from './gamma.js';

/** D of two samples sorted ascending (NaN-free). */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 && j < n2) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    const gap = Math.abs(i / n1 - j / n2);
    if (gap > d) d = gap;
  }
  return d;
}

/** scipy's exact-or-asymptotic switch: both samples at most this many values. */
export const MAX_EXACT_N = 10_000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The two-sided p-value of D for samples of n1 and n2 values. */
export function ksPValue(d: number, n1: number, n2: number): number {
  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const exact = exactPValue(d, n1, n2);
    if (exact !== undefined) return exact;
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = Math.round((m * n) / (m + n));
  // Where scipy's kstwo would need Pomeranz's recursion (n ≤ 140), the exact answer instead.
  if (en <= 140 && en * d * d > 0.754693 && en * d * d <= 4 && d < 0.5 && en * d > 1)
    return exactPValue(d, n1, n2) ?? clip(2 * smirnov(en, d));
  return clip(kolmogorovSf(en, d));
}

const clip = (p: number) => Math.min(1, Math.max(0, p));

/** P(D ≥ d) exactly: the share of paths from (0,0) to (n1,n2) that leave the band. */
function exactPValue(d: number, n1: number, n2: number): number | undefined {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  if (n1 === n2) return clip(probOutsideSquare(n1, h));
  // f(i, j): the share of paths to (i, j) that stayed inside |i a − j b| < h; only the
  // band of j where that holds is computed (the rest is 0), so the work is n1 × band.
  const a = n2 / g;
  const b = n1 / g;
  let row = new Float64Array(n2 + 1);
  let next = new Float64Array(n2 + 1);
  const band = (i: number): [number, number] => [
    Math.max(0, Math.floor((i * a - h) / b) + 1),
    Math.min(n2, Math.ceil((i * a + h) / b) - 1),
  ];
  let [lo, hi] = band(0);
  for (let j = lo; j <= hi; j++) row[j] = 1;
  for (let i = 1; i <= n1; i++) {
    const [nlo, nhi] = band(i);
    let left = 0;
    for (let j = nlo; j <= nhi; j++) {
      const above = j >= lo && j <= hi ? row[j] : 0;
      left = j === 0 ? above : (i * above + j * left) / (i + j);
      next[j] = left;
    }
    [row, next] = [next, row];
    [lo, hi] = [nlo, nhi];
    if (lo > hi) return 1;
  }
  if (n2 < lo || n2 > hi) return 1;
  const p = 1 - row[n2];
  return Number.isFinite(p) ? clip(p) : undefined;
}

/** scipy's _compute_prob_outside_square: P(D_{n,n} ≥ h/n), Horner-like. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** scipy's kstwo.sf(x, n) on the branches its large-sample path takes. */
export function kolmogorovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const logProb = logFactorialOverPower(n) + n * Math.log(2 * t - 1);
    return 1 - Math.exp(logProb);
  }
  if (t >= n - 1) return 2 * (1 - x) ** n;
  if (x >= 0.5) return 2 * smirnov(n, x);
  const nx2 = t * x;
  if (n <= 140) return nx2 <= 0.754693 ? 1 - durbin(n, x) : 2 * smirnov(n, x);
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return 2 * smirnov(n, x);
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbin(n, x) : pelzGood(n, x);
  return 1 - cdf;
}

const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;

/** log(n! / n^n) by Stirling's series with n log n taken out first. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/**
 * The one-sided Smirnov tail P(D+_n ≥ x), by the Birnbaum–Tingey sum
 * x Σ_j C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j), summed in logs from its largest
 * term outwards until the terms no longer matter.
 */
export function smirnov(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const last = Math.floor(n * (1 - x) + 1e-12);
  const logTerm = (j: number) => {
    const u = x + j / n;
    const v = 1 - u;
    if (v <= 0)
      return j === n ? logFactorial(n) - logFactorial(j) + (j - 1) * Math.log(u) : -Infinity;
    return (
      logFactorial(n) -
      logFactorial(j) -
      logFactorial(n - j) +
      (j - 1) * Math.log(u) +
      (n - j) * Math.log(v)
    );
  };
  // The terms are unimodal in j: find the peak by a coarse scan, then walk both ways.
  let peak = 0;
  let best = logTerm(0);
  const stride = Math.max(1, Math.floor(last / 64));
  for (let j = 0; j <= last; j += stride) {
    const t = logTerm(j);
    if (t > best) [best, peak] = [t, j];
  }
  for (let j = Math.max(0, peak - stride); j <= Math.min(last, peak + stride); j++) {
    const t = logTerm(j);
    if (t > best) [best, peak] = [t, j];
  }
  let sum = 0;
  for (let j = peak; j <= last; j++) {
    const r = Math.exp(logTerm(j) - best);
    sum += r;
    if (r < 1e-17 * sum && j > peak + 10) break;
  }
  for (let j = peak - 1; j >= 0; j--) {
    const r = Math.exp(logTerm(j) - best);
    sum += r;
    if (r < 1e-17 * sum && j < peak - 10) break;
  }
  return x * Math.exp(best) * sum;
}

/** P(D_n ≤ d) by Durbin's matrix (Marsaglia, Tsang and Wang 2003), as scipy computes it. */
function durbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  const multiply = (A: Float64Array, B: Float64Array) => {
    const C = new Float64Array(m * m);
    for (let r = 0; r < m; r++)
      for (let t = 0; t < m; t++) {
        const a = A[r * m + t];
        if (a === 0) continue;
        for (let c = 0; c < m; c++) C[r * m + c] += a * B[t * m + c];
      }
    return C;
  };
  let power = new Float64Array(m * m);
  for (let r = 0; r < m; r++) power[r * m + r] = 1;
  const SCALE = 2 ** 128;
  let exponent = 0;
  let hExponent = 0;
  for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
    if (nn % 2) {
      power = multiply(power, H);
      exponent += hExponent;
    }
    H = multiply(H, H);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + k - 1]) > SCALE) {
      for (let i = 0; i < H.length; i++) H[i] /= SCALE;
      hExponent += 128;
    }
  }
  let p = power[(k - 1) * m + k - 1];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      exponent -= 128;
    }
  }
  return p * 2 ** exponent;
}

/** The Pelz–Good approximation of P(D_n ≤ x), as scipy computes it. */
function pelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / divisors[i];
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z ** 3);
  K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
