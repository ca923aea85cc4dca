"""The reference for `npm run bench -- gate`: the same decisions as evaluate-gate, written the
way a data scientist would with vectorised NumPy, SciPy and pandas. Reads both predictions
files, joins them on id, then by mode:

  a  accuracy by Tango's score test (closed form), roc_auc by DeLong's test (midranks with
     scipy.stats.rankdata), f1 by a paired bootstrap resampling rows (`resamples`)
  b  accuracy by a paired bootstrap resampling rows (`resamples`), as gates did before
  c  balanced_accuracy by a paired bootstrap resampling rows (`resamples`)

Prints the one-sided 95% lower bounds.
"""
import sys
import time

import numpy as np
import pandas as pd
from scipy.stats import norm, rankdata
from scipy.optimize import brentq

candidate_path, baseline_path, resamples, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
started = time.time()
c = pd.read_csv(candidate_path)
b = pd.read_csv(baseline_path)
joined = c.merge(b, on="id", suffixes=("_c", "_b"))
y = joined.label_c.values
pc, pb = joined.prediction_c.values, joined.prediction_b.values
sc, sb = joined.score_c.values, joined.score_b.values
n = len(y)
z = norm.ppf(0.95)
rng = np.random.default_rng(7)
bounds = {}


def tango_lower(n, b, c):
    def score(d):
        a = 2 * n
        bb = (2 * n - b + c) * d - (b + c)
        cc = -c * d * (1 - d)
        q = (np.sqrt(bb * bb - 4 * a * cc) - bb) / (2 * a)
        return (b - c - n * d) / np.sqrt(n * (2 * q + d * (1 - d))) - z
    hi = (b - c) / n
    return hi if score(hi) > 0 else brentq(score, -1 + 1e-12, hi, xtol=1e-14)


def delong_lower(y, sa, sb):
    pos, neg = y == 1, y == 0
    m, k = pos.sum(), neg.sum()
    v10, v01 = [], []
    for s in (sa, sb):
        tz = rankdata(np.concatenate([s[pos], s[neg]]))
        tx, ty = rankdata(s[pos]), rankdata(s[neg])
        v10.append((tz[:m] - tx) / k)
        v01.append(1 - (tz[m:] - ty) / m)
    s10, s01 = np.cov(np.vstack(v10)), np.cov(np.vstack(v01))
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / m + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / k
    return (v10[0].mean() - v10[1].mean()) - z * np.sqrt(var)


def bootstrap(metric):
    deltas = np.empty(resamples)
    for r in range(resamples):
        idx = rng.integers(0, n, n)
        deltas[r] = metric(y[idx], pc[idx]) - metric(y[idx], pb[idx])
    return float(np.percentile(deltas, 5))


def f1(yy, pp):
    tp = np.count_nonzero((yy == 1) & (pp == 1))
    fp = np.count_nonzero((yy == 0) & (pp == 1))
    fn = np.count_nonzero((yy == 1) & (pp == 0))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def balanced_accuracy(yy, pp):
    pos = yy == 1
    return (np.mean(pp[pos] == 1) + np.mean(pp[~pos] == 0)) / 2


if mode == "a":
    right_c, right_b = pc == y, pb == y
    bounds["accuracy"] = tango_lower(n, float(np.sum(right_c & ~right_b)), float(np.sum(~right_c & right_b)))
    bounds["roc_auc"] = float(delong_lower(y, sc, sb))
    bounds["f1"] = bootstrap(f1)
elif mode == "b":
    bounds["accuracy"] = bootstrap(lambda yy, pp: np.mean(yy == pp))
else:
    bounds["balanced_accuracy"] = bootstrap(balanced_accuracy)
print(f"reference {mode}: {time.time() - started:.2f} s; lower bounds {bounds}")
