"""Independent references for test/stats, written with numpy from the papers' formulas.

- Tango, T. (1998). Equivalence test and confidence interval for the difference in
  proportions for the paired-sample design. Statistics in Medicine 17, 891-908:
  eq. (2) the score statistic, eq. (3) the restricted MLE of q21.
- DeLong, E. R., DeLong, D. M., Clarke-Pearson, D. L. (1988). Comparing the areas under two
  or more correlated ROC curves. Biometrics 44, 837-845: the structural components
  V10(X_i) = mean_j psi(X_i, Y_j), V01(Y_j) = mean_i psi(X_i, Y_j) with psi = 1 if X > Y,
  1/2 if equal, 0 otherwise, and S = S10/m + S01/n (computed here by the O(m n) definition,
  not by ranks, so it is independent of the fast algorithm under test).

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


cases = json.load(sys.stdin)
result = {
    # Where the statistic is 0/0 (no disagreement, delta 0) the paper leaves it undefined: None.
    "tango": [{"z": [(lambda z: float(z) if np.isfinite(z) else None)(tango_z(t["n"], t["b"], t["c"], d)) for d in t["deltas"]],
               "lower": float(tango_lower(t["n"], t["b"], t["c"], t["confidence"]))} for t in cases["tango"]],
    "delong": [delong(d["y"], d["a"], d["b"]) for d in cases["delong"]],
}
print(json.dumps(result))
