/**
 * Exact binomial and multinomial draws from a seeded uniform source, so that a bootstrap
 * of a confusion table costs a few draws per resample whatever the number of rows:
 * inversion for small means, Hörmann's BTRS (W. Hörmann, "The generation of binomial
 * random variates", J. Statist. Comput. Simul. 46, 1993) otherwise.
 */

/** A uniform in (0, 1) from a 32-bit generator (53 bits from two draws). */
export function uniform(random: () => number): number {
  const high = random() >>> 5;
  const low = random() >>> 6;
  return (high * 67108864 + low + 0.5) / 9007199254740992;
}

/** log(k!) by Stirling's series with exact values below 10 (error < 1e-15). */
function logFactorial(k: number): number {
  if (k < 10) return LOG_FACTORIALS[k];
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}
const LOG_FACTORIALS = Array.from({ length: 10 }, (_, k) => {
  let f = 0;
  for (let i = 2; i <= k; i++) f += Math.log(i);
  return f;
});

/** One Binomial(n, p) draw. */
export function binomial(n: number, p: number, random: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, random);
  if (n * p < 10) {
    // Inversion: walk the probabilities from 0.
    const q = 1 - p;
    const s = p / q;
    let probability = Math.exp(n * Math.log(q));
    let u = uniform(random);
    for (let k = 0; k <= n; k++) {
      if (u < probability) return k;
      u -= probability;
      probability *= (s * (n - k)) / (k + 1);
    }
    return n;
  }
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = uniform(random) - 0.5;
    let v = uniform(random);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

/** One Multinomial(n, counts / total) draw into `out`, by conditional binomials. */
export function multinomial(
  n: number,
  counts: Float64Array,
  total: number,
  out: Float64Array,
  random: () => number,
): void {
  let left = n;
  let mass = total;
  for (let i = 0; i < counts.length; i++) {
    if (left === 0 || mass <= 0) {
      out[i] = 0;
      continue;
    }
    const drawn =
      i === counts.length - 1 ? left : binomial(left, Math.min(1, counts[i] / mass), random);
    out[i] = drawn;
    left -= drawn;
    mass -= counts[i];
  }
}
