import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PYTHON } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-iris-');
const example = (file: string) => join('examples', 'iris', file);

test("the example's model and held-out predictions are exactly what its scripts write", () => {
  for (const script of ['make_model.py', 'make_predictions.py']) {
    copyFileSync(example(script), join(dir(), script));
    execFileSync(PYTHON, [script], { cwd: dir(), stdio: ['ignore', 'pipe', 'pipe'] });
  }
  expect(readFileSync(join(dir(), 'model.onnx')).equals(readFileSync(example('model.onnx')))).toBe(
    true,
  );
  expect(readFileSync(join(dir(), 'predictions.csv'), 'utf8')).toBe(
    readFileSync(example('predictions.csv'), 'utf8'),
  );
});

test('the example passes its own gates, through the bundled CLI', () => {
  const out = execFileSync(
    process.execPath,
    [
      'dist/cli/index.js',
      'evaluate-gate',
      '--candidate',
      example('predictions.csv'),
      '--score-column',
      'score_',
      '--gates',
      example('gates.yml'),
      '--ledger',
      `file:${join(dir(), 'none.jsonl')}`,
      '--report',
      join(dir(), 'gate.json'),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(out).toContain('verdict=pass');
  const report = JSON.parse(readFileSync(join(dir(), 'gate.json'), 'utf8'));
  expect(report.task).toBe('multiclass');
  expect(report.candidate.metrics.accuracy).toBe(0.98);
});
