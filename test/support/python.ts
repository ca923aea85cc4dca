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
