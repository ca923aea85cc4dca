import { buildDataset, inferTask } from '../../src/metrics/dataset.js';
import { MetricEvaluator } from '../../src/metrics/evaluator.js';
import { readPredictions } from '../../src/metrics/predictions.js';
import { metricsFor } from '../../src/metrics/catalogue.js';
import { writeSklearnReference, type ReferenceCase } from '../support/sklearn-reference.js';
import { useTempDir } from '../support/temp.js';

const temp = useTempDir();
const columns = { id: 'id', label: 'label', prediction: 'prediction', score: 'score', slices: [] };
let cases: ReferenceCase[] = [];

beforeAll(() => {
  cases = writeSklearnReference(temp());
});

describe('metrics equal scikit-learn to within 1e-9', () => {
  const names = [
    'binary-ties',
    'binary-jsonl',
    'binary-never-predicted',
    'binary-strings',
    'binary-minus-one',
    'binary-single-class',
    'multiclass',
    'regression',
  ];
  test.each(names)('%s', async (name) => {
    const c = cases.find((x) => x.name === name)!;
    const table = await readPredictions(c.file, columns, 'candidate');
    expect(inferTask(table).task).toBe(c.task);
    const metrics = new MetricEvaluator(buildDataset(table, c.task, 'candidate')).compute();
    for (const [metric, expected] of Object.entries(c.expected)) {
      expect({ metric, value: metrics.values[metric] }).toEqual({
        metric,
        value: expect.any(Number),
      });
      // Absolute 1e-9, relative past 1 (MAPE with zero targets is ~1e13).
      const error = Math.abs(metrics.values[metric] - expected) / Math.max(1, Math.abs(expected));
      expect({ metric, error: error <= 1e-9 ? 'ok' : error }).toEqual({ metric, error: 'ok' });
    }
    // Every metric of the task is either equal to sklearn's or has a reason sklearn also refuses.
    for (const metric of metricsFor(c.task)) {
      if (metric in c.expected) continue;
      expect(c.refused).toContain(metric);
      expect(metrics.notes[metric]).toMatch(/one class/);
    }
  });
});
