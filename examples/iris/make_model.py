"""Writes model.onnx: a 4-feature, 3-class softmax regression over the iris data.

Run with Debian's python3-onnx and python3-numpy: `python3 make_model.py`. The weights are
fixed numbers (no training at build time), so the file and its digest are reproducible.
"""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

W = np.array([[0.42, 0.98, -1.42], [1.27, -0.35, -0.92], [-2.11, 0.09, 2.02], [-0.96, -0.83, 1.79]], dtype=np.float32)
b = np.array([0.31, 1.01, -1.32], dtype=np.float32)
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
