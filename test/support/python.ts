/**
 * Runs Debian's Python (with python3-numpy, -sklearn, -joblib, -onnx, installed by
 * .ci/run) to write real model files for the tests. Fixtures are generated, not committed.
 */
import { execFileSync } from 'node:child_process';

export const PYTHON = process.env.MODELGATE_PYTHON ?? '/usr/bin/python3';

/** Runs a Python script in `cwd`; returns its stdout. Throws with stderr on failure. */
export function runPython(script: string, cwd: string): string {
  return execFileSync(PYTHON, ['-c', script], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Writes `model.onnx` in `dir`: input [batch, 4] float32 -> MatMul W[4, 3] -> scores [batch, 3]. */
export function writeTinyOnnx(dir: string): void {
  runPython(
    `import onnx, numpy as np
from onnx import helper, TensorProto, numpy_helper
W = numpy_helper.from_array(np.ones((4, 3), dtype=np.float32), 'W')
X = helper.make_tensor_value_info('input', TensorProto.FLOAT, ['batch', 4])
Y = helper.make_tensor_value_info('scores', TensorProto.FLOAT, ['batch', 3])
onnx.save(helper.make_model(helper.make_graph([helper.make_node('MatMul', ['input', 'W'], ['scores'])], 'g', [X], [Y], [W])), 'model.onnx')`,
    dir,
  );
}
