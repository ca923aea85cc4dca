"""The reference for `npm run bench -- gate`: the same work as evaluate-gate, written the
way a data scientist would with vectorised NumPy and scikit-learn. Reads both predictions
files, computes every binary metric on each, joins them on id, and runs the paired
bootstrap of accuracy, f1 and roc_auc differences; prints the one-sided 95% bounds."""
import sys, time
import numpy as np, pandas as pd
from sklearn import metrics as M

candidate_path, baseline_path, resamples = sys.argv[1], sys.argv[2], int(sys.argv[3])
started = time.time()
c = pd.read_csv(candidate_path)
b = pd.read_csv(baseline_path)

def all_metrics(d):
    y, p, s = d.label.values, d.prediction.values, d.score.values
    out = {'n': len(y), 'accuracy': M.accuracy_score(y, p), 'balanced_accuracy': M.balanced_accuracy_score(y, p),
           'precision': M.precision_score(y, p, zero_division=0), 'recall': M.recall_score(y, p, zero_division=0),
           'f1': M.f1_score(y, p, zero_division=0)}
    for avg in ('macro', 'micro', 'weighted'):
        P, R, F, _ = M.precision_recall_fscore_support(y, p, average=avg, zero_division=0)
        out[f'precision_{avg}'], out[f'recall_{avg}'], out[f'f1_{avg}'] = P, R, F
    out.update(mcc=M.matthews_corrcoef(y, p), cohen_kappa=M.cohen_kappa_score(y, p), roc_auc=M.roc_auc_score(y, s),
               average_precision=M.average_precision_score(y, s), log_loss=M.log_loss(y, s), brier=M.brier_score_loss(y, s))
    return out

mc, mb = all_metrics(c), all_metrics(b)
joined = c.merge(b, on='id', suffixes=('_c', '_b'))
y = joined.label_c.values
pc, pb = joined.prediction_c.values, joined.prediction_b.values
sc, sb = joined.score_c.values, joined.score_b.values
n = len(y)
rng = np.random.default_rng(7)

def f1(yy, pp):
    tp = np.count_nonzero((yy == 1) & (pp == 1))
    fp = np.count_nonzero((yy == 0) & (pp == 1))
    fn = np.count_nonzero((yy == 1) & (pp == 0))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0

deltas = {'accuracy': [], 'f1': [], 'roc_auc': []}
for _ in range(resamples):
    idx = rng.integers(0, n, n)
    yy = y[idx]
    deltas['accuracy'].append(np.mean(pc[idx] == yy) - np.mean(pb[idx] == yy))
    deltas['f1'].append(f1(yy, pc[idx]) - f1(yy, pb[idx]))
    deltas['roc_auc'].append(M.roc_auc_score(yy, sc[idx]) - M.roc_auc_score(yy, sb[idx]))
bounds = {k: float(np.percentile(v, 5)) for k, v in deltas.items()}
print(f'reference: {time.time() - started:.2f} s; accuracy {mc["accuracy"]:.6f} vs {mb["accuracy"]:.6f}; lower bounds {bounds}')
