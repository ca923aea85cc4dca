"""Writes predictions.csv: model.onnx's predictions on a held-out third of the iris data.

Run with Debian's python3-onnx, python3-numpy and python3-sklearn (whose iris data ships
with it, no download): `python3 make_predictions.py`. The model is evaluated from the
weights stored in model.onnx (MatMul, Add, Softmax, as its graph says); the held-out rows
are every third row (ids 0, 3, 6, ...), so the file is the same on every machine.
"""
import csv

import numpy as np
import onnx
from onnx import numpy_helper
from sklearn.datasets import load_iris

CLASSES = ["setosa", "versicolor", "virginica"]

model = onnx.load("model.onnx")
weights = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
assert [n.op_type for n in model.graph.node] == ["MatMul", "Add", "Softmax"], "unexpected graph"

iris = load_iris()
rows = np.arange(0, len(iris.target), 3)
features = iris.data[rows].astype(np.float32)
logits = features @ weights["W"] + weights["b"]
exp = np.exp(logits - logits.max(axis=1, keepdims=True))
probabilities = exp / exp.sum(axis=1, keepdims=True)

with open("predictions.csv", "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "label", "prediction"] + [f"score_{c}" for c in CLASSES])
    for row, p in zip(rows, probabilities):
        writer.writerow(
            [f"iris-{row:03d}", CLASSES[iris.target[row]], CLASSES[int(p.argmax())]]
            + [f"{v:.6f}" for v in p]
        )
