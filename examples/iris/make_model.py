"""Writes model.onnx: a 4-feature, 3-class softmax regression over the iris data.

Run with Debian's python3-onnx and python3-numpy: `python3 make_model.py`. The weights are
fixed numbers (no training at build time), so the file and its digest are reproducible.
They are scikit-learn's LogisticRegression (lbfgs, C=1) fitted once on the two thirds of
the iris rows that make_predictions.py does not hold out, rounded to two decimals.
"""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

W = np.array([[-0.48, 0.69, -0.21], [0.76, -0.23, -0.54], [-2.24, -0.27, 2.51], [-0.96, -0.67, 1.63]], dtype=np.float32)
b = np.array([9.64, 0.7, -10.34], dtype=np.float32)
graph = helper.make_graph(
    [
        helper.make_node("MatMul", ["features", "W"], ["z"], name="linear"),
        helper.make_node("Add", ["z", "b"], ["logits"], name="bias"),
        helper.make_node("Softmax", ["logits"], ["probabilities"], name="softmax", axis=1),
    ],
    "iris",
    [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", 4])],
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 3])],
    [numpy_helper.from_array(W, "W"), numpy_helper.from_array(b, "b")],
)
model = helper.make_model(graph, producer_name="modelgate-examples", opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, "model.onnx")
