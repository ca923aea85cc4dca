/* eslint-disable no-loss-of-precision -- cephes' coefficients are quoted as published; each rounds to the nearest double. */
/**
 * The standard normal distribution: the CDF through erfc (W. J. Cody's rational
 * approximations, as in scipy.special.ndtr; ~1e-15 relative) and the quantile by
 * Acklam's approximation refined with one Halley step (~1e-15). Checked against
 * scipy.stats.norm in test/stats.
 */

/** Complementary error function, as cephes' erfc (scipy.special.erfc): erf below 1, two rational fits above. */
export function erfc(x: number): number {
  const z = Math.abs(x);
  let r: number;
  if (z < 1) r = 1 - erfSmall(z);
  else {
    const e = Math.exp(-z * z);
    r =
      z < 8
        ? (e * polevl(z, ERFC_P)) / polevl(z, ERFC_Q)
        : (e * polevl(z, ERFC_R)) / polevl(z, ERFC_S);
  }
  return x < 0 ? 2 - r : r;
}

const ERF_T = [
  9.60497373987051638749, 9.0026019720384268718e1, 2.23200534594684319226e3,
  7.00332514112805075473e3, 5.55923013010394962768e4,
];
const ERF_U = [
  1.0, 3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3,
  2.26290000613890934246e4, 4.92673942608635921086e4,
];
const ERFC_P = [
  2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687,
  4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
  9.3452852717195760754e2, 1.02755188689515710272e3, 5.57535335369399327526e2,
];
const ERFC_Q = [
  1.0, 1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2,
  9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
  1.65666309194161350182e3, 5.57535340817727675546e2,
];
const ERFC_R = [
  5.64189583547755073984e-1, 1.27536670759978104416, 5.01905042251180477414, 6.16021097993053585195,
  7.4097426995044893916, 2.9788666537210024067,
];
const ERFC_S = [
  1.0, 2.2605286322011727659, 9.39603524938001434673, 1.20489539808096656605e1,
  1.70814450747565897222e1, 9.60896809063285878198, 3.3690764510008151605,
];

function erfSmall(z: number): number {
  const t = z * z;
  return (z * polevl(t, ERF_T)) / polevl(t, ERF_U);
}

/** A polynomial with coefficients from the highest power down (cephes polevl). */
function polevl(x: number, coefficients: number[]): number {
  let value = 0;
  for (const c of coefficients) value = value * x + c;
  return value;
}

/** P(Z ≤ x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** The x with P(Z ≤ x) = p (0 < p < 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
    -3.066479806614716e1, 2.506628277459239,
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
    -1.328068155288572e1,
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - 0.02425) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step on the CDF (Acklam's refinement) brings it to machine precision.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}
