"""References for test/drift, from Debian's scipy and numpy (not from modelgate's code).

- ks: scipy.stats.ks_2samp(a, b) (two-sided, method 'auto'); kstwo: scipy.stats.kstwo.sf;
  smirnov: scipy.special.smirnov.
- chi: scipy.stats.chi2_contingency([reference, current]) (default Yates correction at one
  degree of freedom); chi2sf: scipy.stats.chi2.sf.
- js: scipy.spatial.distance.jensenshannon(r, c, base=2); psi: the stated formula with
  numpy, shares floored at 1e-4; quantiles: numpy.quantile (linear).
- holm: Holm (1979), the step-down formula with numpy.

Reads JSON cases on stdin, writes JSON results.
"""
import json
import sys

import numpy as np
from scipy import special, stats
from scipy.spatial.distance import jensenshannon

cases = json.load(sys.stdin)


def psi(r, c):
    r = np.asarray(r, float) / np.sum(r)
    c = np.asarray(c, float) / np.sum(c)
    r = np.maximum(r, 1e-4)
    c = np.maximum(c, 1e-4)
    return float(np.sum((c - r) * np.log(c / r)))


def holm(p):
    p = np.asarray(p, float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.minimum(1, (m - np.arange(m)) * p[order])
    adjusted = np.maximum.accumulate(adjusted)
    out = np.empty(m)
    out[order] = adjusted
    return out.tolist()


result = {
    "ks": [list(map(float, stats.ks_2samp(np.asarray(k["a"]), np.asarray(k["b"]))[:2])) for k in cases.get("ks", [])],
    "kstwo": [float(stats.kstwo.sf(x, n)) for n, x in cases.get("kstwo", [])],
    "smirnov": [float(special.smirnov(n, x)) for n, x in cases.get("smirnov", [])],
    "chi": [(lambda r: [float(r[0]), float(r[1]), int(r[2])])(stats.chi2_contingency([c["r"], c["c"]])) for c in cases.get("chi", [])],
    "chi2sf": [float(stats.chi2.sf(x, dof)) for x, dof in cases.get("chi2sf", [])],
    "js": [float(jensenshannon(np.asarray(c["r"], float), np.asarray(c["c"], float), base=2)) for c in cases.get("binned", [])],
    "psi": [psi(c["r"], c["c"]) for c in cases.get("binned", [])],
    "quantiles": [np.quantile(np.asarray(q["values"]), q["q"]).tolist() for q in cases.get("quantiles", [])],
    "holm": [holm(p) for p in cases.get("holm", [])],
}
print(json.dumps(result))
