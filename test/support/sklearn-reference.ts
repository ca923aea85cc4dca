/**
 * Reference metric values from Debian's scikit-learn (python3-sklearn, installed by
 * .ci/run): a Python script writes seeded datasets as predictions files and the metrics
 * scikit-learn computes on them, so the expected values are reproducible, not pasted in.
 */
import { join } from 'node:path';
import { runPython } from './python.js';

export interface ReferenceCase {
  name: string;
  file: string;
  task: 'binary' | 'multiclass' | 'regression';
  expected: Record<string, number>;
  /** Metrics scikit-learn refuses (raises) on this data. */
  refused: string[];
}

const SCRIPT = String.raw`
import json, warnings, numpy as np
from sklearn import metrics as M
warnings.simplefilter('ignore')
rng = np.random.default_rng(20261121)
cases = []

def write_csv(name, columns):
    keys = list(columns)
    with open(name, 'w') as f:
        f.write(','.join(keys) + '\n')
        for row in zip(*[columns[k] for k in keys]):
            f.write(','.join(str(v) for v in row) + '\n')

def attempt(out, refused, name, fn):
    try:
        out[name] = float(fn())
    except ValueError:
        refused.append(name)

def averaged(out, y, p, labels_pos=None):
    for avg in ('macro', 'micro', 'weighted'):
        out['precision_' + avg] = M.precision_score(y, p, average=avg, zero_division=0)
        out['recall_' + avg] = M.recall_score(y, p, average=avg, zero_division=0)
        out['f1_' + avg] = M.f1_score(y, p, average=avg, zero_division=0)

def binary(name, y, p, s, pos, fmt='csv'):
    out, refused = {}, []
    out['n'] = len(y)
    out['accuracy'] = M.accuracy_score(y, p)
    out['balanced_accuracy'] = M.balanced_accuracy_score(y, p)
    out['precision'] = M.precision_score(y, p, pos_label=pos, zero_division=0)
    out['recall'] = M.recall_score(y, p, pos_label=pos, zero_division=0)
    out['f1'] = M.f1_score(y, p, pos_label=pos, zero_division=0)
    averaged(out, y, p)
    out['mcc'] = M.matthews_corrcoef(y, p)
    k = M.cohen_kappa_score(y, p)
    if np.isfinite(k): out['cohen_kappa'] = k
    else: refused.append('cohen_kappa')
    yb = (np.asarray(y) == pos).astype(int)
    attempt(out, refused, 'roc_auc', lambda: M.roc_auc_score(yb, s))
    if yb.sum() > 0: out['average_precision'] = M.average_precision_score(yb, s)
    else: refused.append('average_precision')
    attempt(out, refused, 'log_loss', lambda: M.log_loss(yb, s))
    out['brier'] = M.brier_score_loss(yb, s)
    file = name + '.' + fmt
    if fmt == 'csv':
        write_csv(file, {'id': [f'r{i}' for i in range(len(y))], 'label': y, 'prediction': p, 'score': s})
    else:
        with open(file, 'w') as f:
            for i in range(len(y)):
                f.write(json.dumps({'id': i, 'label': y[i].item() if hasattr(y[i], 'item') else y[i], 'prediction': p[i].item() if hasattr(p[i], 'item') else p[i], 'score': float(s[i])}) + '\n')
    cases.append({'name': name, 'file': file, 'task': 'binary', 'expected': {k: float(v) for k, v in out.items()}, 'refused': refused})

n = 3000
s = np.round(rng.random(n), 2)                      # rounded: many ties
y = (rng.random(n) < s).astype(int)
p = (s >= 0.5).astype(int)
binary('binary-ties', y, p, s, 1)
binary('binary-jsonl', y, p, s, 1, fmt='jsonl')

never = np.zeros(n, dtype=int)                      # the positive class is never predicted
binary('binary-never-predicted', y, never, s, 1)

ys = np.where(y == 1, 'yes', 'no')                  # string labels: positive = greater label
ps = np.where(p == 1, 'yes', 'no')
binary('binary-strings', ys, ps, s, 'yes')

ypm = np.where(y == 1, 1, -1)                       # -1/1 labels
ppm = np.where(p == 1, 1, -1)
binary('binary-minus-one', ypm, ppm, s, 1)

one = np.ones(200, dtype=int)                       # a single class present
binary('binary-single-class', one, (rng.random(200) < 0.8).astype(int), np.round(rng.random(200), 3), 1)

# multiclass, 4 classes, softmax scores; class 3 is never predicted
n, k = 2500, 4
logits = rng.normal(size=(n, k)) + np.array([0.5, 0.2, 0.0, -3.0])
probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
probs = np.round(probs, 4); probs = probs / probs.sum(axis=1, keepdims=True)
y = np.array([rng.choice(k, p=row) for row in probs])
pred = probs[:, :3].argmax(axis=1)
out, refused = {'n': n}, []
out['accuracy'] = M.accuracy_score(y, pred)
out['balanced_accuracy'] = M.balanced_accuracy_score(y, pred)
averaged(out, y, pred)
out['mcc'] = M.matthews_corrcoef(y, pred)
out['cohen_kappa'] = M.cohen_kappa_score(y, pred)
out['roc_auc_ovr'] = M.roc_auc_score(y, probs, multi_class='ovr', average='macro')
# sklearn 1.2 takes multiclass average precision as the binarized labels (what 1.3+ does itself)
from sklearn.preprocessing import label_binarize
out['average_precision'] = M.average_precision_score(label_binarize(y, classes=[0, 1, 2, 3]), probs, average='macro')
out['log_loss'] = M.log_loss(y, probs, labels=[0, 1, 2, 3])
out['brier'] = float(np.mean(np.sum((probs - np.eye(k)[y]) ** 2, axis=1)))
cols = {'id': list(range(n)), 'label': y, 'prediction': pred}
for c in range(k): cols[f'score_{c}'] = [repr(float(v)) for v in probs[:, c]]
write_csv('multiclass.csv', cols)
cases.append({'name': 'multiclass', 'file': 'multiclass.csv', 'task': 'multiclass', 'expected': {k: float(v) for k, v in out.items()}, 'refused': refused})

# regression with zeros in the target (MAPE's epsilon) and an even count (median)
n = 2000
y = np.round(rng.normal(10, 5, n), 3); y[:7] = 0.0
pred = y + rng.normal(0, 2, n)
out = {'n': n,
       'mae': M.mean_absolute_error(y, pred), 'mse': M.mean_squared_error(y, pred),
       'rmse': M.mean_squared_error(y, pred, squared=False), 'r2': M.r2_score(y, pred),
       'mape': M.mean_absolute_percentage_error(y, pred), 'median_ae': M.median_absolute_error(y, pred)}
write_csv('regression.csv', {'id': list(range(n)), 'label': [repr(float(v)) for v in y], 'prediction': [repr(float(v)) for v in pred]})
cases.append({'name': 'regression', 'file': 'regression.csv', 'task': 'regression', 'expected': {k: float(v) for k, v in out.items()}, 'refused': []})

print(json.dumps(cases))
`;

/** Writes the reference datasets into `dir` and returns the cases with sklearn's values. */
export function writeSklearnReference(dir: string): ReferenceCase[] {
  const cases = JSON.parse(runPython(SCRIPT, dir)) as ReferenceCase[];
  for (const c of cases) c.file = join(dir, c.file);
  return cases;
}
