/** log Γ(a) for a a positive multiple of 1/2 (a chi-square's dof / 2), from log-factorials. */
const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);

export function logGammaHalf(a: number): number {
  const twice = Math.round(2 * a);
  if (twice % 2 === 0) return logFactorial(twice / 2 - 1);
  // Γ(k + 1/2) = (2k)! √π / (4^k k!)
  const k = (twice - 1) / 2;
  return logFactorial(2 * k) + LOG_SQRT_PI - k * Math.log(4) - logFactorial(k);
}

const TABLE = (() => {
  const table = new Float64Array(1024);
  for (let i = 2; i < 1024; i++) table[i] = table[i - 1] + Math.log(i);
  return table;
})();
// B_{2j} / (2j) / (2j − 1), j = 8 … 1 (scipy's _STIRLING_COEFFS).
export const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

/** log n! (sums of logs below 1024, Stirling's series above). */
export function logFactorial(n: number): number {
  if (n < 1024) return TABLE[n];
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn * rn) + c;
  return (n + 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + rn * poly;
}
