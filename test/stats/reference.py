"""Independent references for test/stats, written with numpy from the papers' formulas.

- Tango, T. (1998). Equivalence test and confidence interval for the difference in
  proportions for the paired-sample design. Statistics in Medicine 17, 891-908:
  eq. (2) the score statistic, eq. (3) the restricted MLE of q21.
- DeLong, E. R., DeLong, D. M., Clarke-Pearson, D. L. (1988). Comparing the areas under two
  or more correlated ROC curves. Biometrics 44, 837-845: the structural components
  V10(X_i) = mean_j psi(X_i, Y_j), V01(Y_j) = mean_i psi(X_i, Y_j) with psi = 1 if X > Y,
  1/2 if equal, 0 otherwise, and S = S10/m + S01/n (computed here by the O(m n) definition,
  not by ranks, so it is independent of the fast algorithm under test).
- Farrington, C. P., Manning, G. (1990). Test statistics and sample size formulae for
  comparative binomial trials with null hypothesis of non-zero risk difference or non-unity
  relative risk. Statistics in Medicine 9, 1447-1454: the restricted MLE in closed form, the
  cubic's trigonometric root for a difference (as Miettinen and Nurminen 1985 give it) and
  the quadratic's smaller root for a ratio; the score statistic with that variance.

Reads JSON cases on stdin, writes JSON results.
"""
import json
import sys

import numpy as np
from scipy.stats import norm


def tango_z(n, b, c, delta):
    np.seterr(all='ignore')
    a = 2 * n
    bb = (2 * n - b + c) * delta - (b + c)
    cc = -c * delta * (1 - delta)
    q21 = (np.sqrt(bb * bb - 4 * a * cc) - bb) / (2 * a)
    return (b - c - n * delta) / np.sqrt(n * (2 * q21 + delta * (1 - delta)))


def tango_lower(n, b, c, confidence):
    from scipy.optimize import brentq
    z = norm.ppf(confidence)
    hi = (b - c) / n
    if tango_z(n, b, c, hi) > z:
        return hi
    return brentq(lambda d: tango_z(n, b, c, d) - z, -1 + 1e-12, hi, xtol=1e-14)


def delong(y, sa, sb):
    y = np.asarray(y, bool)
    out = []
    for s in (np.asarray(sa), np.asarray(sb)):
        x, yy = s[y], s[~y]
        psi = (x[:, None] > yy[None, :]) + 0.5 * (x[:, None] == yy[None, :])
        out.append((psi.mean(axis=1), psi.mean(axis=0)))
    (v10a, v01a), (v10b, v01b) = out
    m, n = len(v10a), len(v01a)
    s10 = np.cov(np.vstack([v10a, v10b]))
    s01 = np.cov(np.vstack([v01a, v01b]))
    s = s10 / m + s01 / n
    return {"aucA": float(v10a.mean()), "aucB": float(v10b.mean()),
            "variance": float(s[0, 0] + s[1, 1] - 2 * s[0, 1])}


def fm_mle_difference(x1, n1, x2, n2, delta):
    p1h, p2h, t = x1 / n1, x2 / n2, n2 / n1
    a = 1 + t
    b = -(1 + t + p1h + t * p2h + delta * (t + 2))
    c = delta * delta + delta * (2 * p1h + t + 1) + p1h + t * p2h
    d = -p1h * delta * (1 + delta)
    v = b ** 3 / (27 * a ** 3) - b * c / (6 * a * a) + d / (2 * a)
    u = np.sign(v) * np.sqrt(b * b / (9 * a * a) - c / (3 * a))
    if u == 0:
        p1 = -b / (3 * a)
    else:
        w = (np.pi + np.arccos(np.clip(v / u ** 3, -1, 1))) / 3
        p1 = 2 * u * np.cos(w) - b / (3 * a)
    return p1, p1 - delta


def fm_mle_ratio(x1, n1, x2, n2, theta):
    a = (n1 + n2) * theta
    b = -(theta * (n1 + x2) + x1 + n2)
    c = x1 + x2
    p2 = (-b - np.sqrt(b * b - 4 * a * c)) / (2 * a)
    return theta * p2, p2


def fm_z(x1, n1, x2, n2, scale, m):
    np.seterr(all='ignore')
    if scale == "difference":
        p1, p2 = fm_mle_difference(x1, n1, x2, n2, m)
        num, t = x1 / n1 - x2 / n2 - m, 1
    else:
        p1, p2 = fm_mle_ratio(x1, n1, x2, n2, m)
        num, t = x1 / n1 - m * x2 / n2, m
    return num / np.sqrt(p1 * (1 - p1) / n1 + t * t * p2 * (1 - p2) / n2)


def fm_upper(x1, n1, x2, n2, scale, confidence):
    from scipy.optimize import brentq
    z = norm.ppf(confidence)
    lo = x1 / n1 - x2 / n2 if scale == "difference" else x1 / n1 / (x2 / n2)
    hi = 1 - 1e-12 if scale == "difference" else 1e6
    step = 1e-12
    while not np.isfinite(fm_z(x1, n1, x2, n2, scale, lo + step)):
        step *= 10  # 0/0 at the estimate itself (no events, or none on one side)
    lo += step
    return brentq(lambda m: fm_z(x1, n1, x2, n2, scale, m) + z, lo, hi, xtol=1e-14, rtol=1e-15)


cases = json.load(sys.stdin)
result = {
    # Where the statistic is 0/0 (no disagreement, delta 0) the paper leaves it undefined: None.
    "tango": [{"z": [(lambda z: float(z) if np.isfinite(z) else None)(tango_z(t["n"], t["b"], t["c"], d)) for d in t["deltas"]],
               "lower": float(tango_lower(t["n"], t["b"], t["c"], t["confidence"]))} for t in cases["tango"]],
    "delong": [delong(d["y"], d["a"], d["b"]) for d in cases["delong"]],
    "fm": [{"z": [float(fm_z(f["x1"], f["n1"], f["x2"], f["n2"], f["scale"], m)) for m in f["margins"]],
            "upper": float(fm_upper(f["x1"], f["n1"], f["x2"], f["n2"], f["scale"], f["confidence"]))}
           for f in cases.get("fm", [])],
}
print(json.dumps(result))
