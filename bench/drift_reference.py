"""The drift gates of modelgate done by vectorised pandas, NumPy and SciPy, for
`npm run bench -- drift`: read both files, then per numeric feature scipy.stats.ks_2samp
and PSI/Jensen-Shannon over the reference's deciles, per categorical feature
scipy.stats.chi2_contingency and the same effect sizes, Holm over all p-values.
Prints the drifted features."""
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

reference_path, current_path = sys.argv[1], sys.argv[2]
ref = pd.read_csv(reference_path)
cur = pd.read_csv(current_path)
features = [c for c in ref.columns if c != "id"]
rows = []
for name in features:
    a, b = ref[name], cur[name]
    if a.dtype.kind in "if":
        a = a.dropna().to_numpy()
        b = b.dropna().to_numpy()
        p = stats.ks_2samp(a, b).pvalue
        edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
        r = np.bincount(np.searchsorted(edges, a, side="left"), minlength=len(edges) + 1) / len(a)
        c = np.bincount(np.searchsorted(edges, b, side="left"), minlength=len(edges) + 1) / len(b)
    else:
        counts = pd.concat([a.value_counts().rename("r"), b.value_counts().rename("c")], axis=1).fillna(0)
        p = stats.chi2_contingency(counts.to_numpy().T)[1]
        r = counts["r"].to_numpy() / counts["r"].sum()
        c = counts["c"].to_numpy() / counts["c"].sum()
    rf, cf = np.maximum(r, 1e-4), np.maximum(c, 1e-4)
    rows.append((name, p, float(np.sum((cf - rf) * np.log(cf / rf))), float(jensenshannon(r, c, base=2))))
p = np.array([r[1] for r in rows])
order = np.argsort(p)
adjusted = np.maximum.accumulate(np.minimum(1, (len(p) - np.arange(len(p))) * p[order]))
holm = np.empty(len(p))
holm[order] = adjusted
drifted = [r[0] for r, h in zip(rows, holm) if h < 0.05 and r[2] > 0.2]
print("reference drifted:", ", ".join(sorted(drifted)))
