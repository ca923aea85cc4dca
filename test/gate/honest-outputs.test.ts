/**
 * evaluate-gate says what it could not decide and refuses data that cannot be what it
 * claims (SPEC §5), in process through runAction(): configuration errors name the input
 * and leave no verdict; inconclusive gates block like failed ones; floors need no
 * direction; typos get a suggestion; `positive-label` picks the positive class.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionInProcess } from '../support/in-process.js';
import { writeBinaryPredictions } from '../support/predictions.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-honest-');
const file = (name: string, text: string) => {
  const path = join(dir(), name);
  writeFileSync(path, text);
  return path;
};
const gate = (inputs: Record<string, string>) =>
  runActionInProcess(
    'evaluate-gate',
    {
      ledger: `file:${join(dir(), 'ledger.jsonl')}`,
      'check-name': 'Model gate',
      comment: 'auto',
      fail: 'true',
      ...inputs,
    },
    dir(),
  );
const binary = () => {
  const path = join(dir(), 'binary.csv');
  writeBinaryPredictions(path, { n: 400, accuracy: 0.9, seed: 3 });
  return path;
};

test.each<[string, Record<string, string>, string, string]>([
  [
    'labels and predictions with no value in common',
    { candidate: 'words.csv' },
    "input 'candidate': ",
    'labels (cat, dog) and predictions (0, 1) have no value in common; check label-column and prediction-column',
  ],
  [
    'scores outside [0, 1]',
    { candidate: 'logits.csv' },
    "input 'candidate': ",
    'score score of row 2 is 2.5, outside [0, 1]: scores must be probabilities',
  ],
  [
    'a metric that does not apply to the task',
    { gates: 'gates:\n  - metric: roc_auc_ovr\n    min: 0.8\n' },
    "input 'gates': ",
    'gates[0] (metric: roc_auc_ovr): roc_auc_ovr is not defined for binary tasks; use roc_auc',
  ],
  [
    'a misspelt gate key',
    { gates: 'gates:\n  - metirc: accuracy\n    min: 0.8\n' },
    "input 'gates': ",
    "gates[0]: unknown key 'metirc' (did you mean metric?)",
  ],
  [
    'another name for a metric',
    { gates: 'gates:\n  - metric: auc\n    min: 0.8\n' },
    "input 'gates': ",
    "gates[0] (metric: auc): unknown metric 'auc' (did you mean roc_auc?)",
  ],
  [
    'a custom metric asked of predictions',
    { gates: 'gates:\n  - metric: latency_ms\n    max: 40\n' },
    "input 'gates': ",
    'modelgate does not compute latency_ms from predictions',
  ],
  [
    'a positive label that is not a label',
    { 'positive-label': 'yes' },
    "input 'positive-label': ",
    "is not one of the labels (0, 1) (got 'yes')",
  ],
])('%s: a configuration error naming the input, no verdict', async (_what, inputs, input, text) => {
  file('words.csv', 'id,label,prediction\n1,cat,0\n2,dog,1\n3,cat,1\n');
  file('logits.csv', 'id,label,score\n1,1,0.9\n2,0,2.5\n');
  const run = await gate({
    candidate: binary(),
    gates: 'gates:\n  - metric: accuracy\n    min: 0.5\n',
    ...inputs,
    ...(inputs.candidate ? { candidate: join(dir(), inputs.candidate) } : {}),
  });
  expect(run.failure).toContain(`evaluate-gate: ${input}`);
  expect(run.failure).toContain(text);
  expect(run.outputs).toMatchObject({ passed: 'false', verdict: '' });
});

test('a floor or ceiling on a custom metric needs no direction', async () => {
  const metrics = file('metrics.json', JSON.stringify({ latency_ms: 55, accuracy: 0.9 }));
  const run = await gate({
    candidate: metrics,
    gates: 'gates:\n  - metric: latency_ms\n    max: 50\n  - metric: throughput\n    min: 1\n',
    fail: 'false',
  });
  expect(run.failure).toBeUndefined();
  expect(run.outputs.verdict).toBe('fail');
  expect(JSON.parse(run.outputs['failed-gates'])).toEqual([
    {
      metric: 'latency_ms',
      kind: 'accuracy',
      result: 'fail',
      reason: '55 is above the ceiling 50',
    },
    {
      metric: 'throughput',
      kind: 'accuracy',
      result: 'fail',
      reason: 'no throughput in the candidate metrics',
    },
  ]);
  // A regression tolerance still needs to know which way is worse.
  const unknown = await gate({
    candidate: metrics,
    gates: 'gates:\n  - metric: latency_ms\n    max-regression: 5\n',
  });
  expect(unknown.failure).toContain('needs direction: higher or lower for max-regression');
});

test('failed-gates lists the inconclusive gates too, with their result', async () => {
  // As accurate as the baseline (90 of 100), but they disagree on 10 rows: 100 examples
  // cannot show the candidate is no worse by 0.01.
  const rows = (right: (i: number) => boolean) =>
    ['id,label,prediction']
      .concat(
        Array.from({ length: 100 }, (_, i) => `${i},${i % 2},${right(i) ? i % 2 : 1 - (i % 2)}`),
      )
      .join('\n') + '\n';
  const candidate = file(
    'same-accuracy.csv',
    rows((i) => i >= 5 && i < 95),
  );
  const baseline = file(
    'baseline.csv',
    rows((i) => i < 90),
  );
  const run = await gate({
    candidate,
    baseline,
    gates: 'gates:\n  - metric: accuracy\n    max-regression: 0.01\n    significance: true\n',
    fail: 'false',
  });
  expect(run.outputs.verdict).toBe('inconclusive');
  expect(JSON.parse(run.outputs['failed-gates'])).toEqual([
    expect.objectContaining({ metric: 'accuracy', kind: 'regression', result: 'inconclusive' }),
  ]);
});

test('positive-label: the score is the probability of that label, and precision counts it', async () => {
  // Label "no" is what the model scores; by default the greater label ("yes") is positive.
  const rows = ['id,label,prediction,score'];
  for (let i = 0; i < 100; i++) {
    const label = i % 4 === 0 ? 'no' : 'yes';
    const prediction = i % 8 === 0 ? 'no' : 'yes';
    rows.push(`${i},${label},${prediction},${prediction === 'no' ? 0.9 : 0.2}`);
  }
  const path = file('yes-no.csv', rows.join('\n') + '\n');
  const gates = 'gates:\n  - metric: precision\n    min: 0\n  - metric: roc_auc\n    min: 0\n';
  const byDefault = JSON.parse((await gate({ candidate: path, gates })).outputs.metrics);
  const flipped = JSON.parse(
    (await gate({ candidate: path, gates, 'positive-label': 'no' })).outputs.metrics,
  );
  // Every "no" prediction is right: precision of "no" is 1; of "yes" 75/87.
  expect(flipped.precision).toBe(1);
  expect(byDefault.precision).toBeCloseTo(75 / 87, 12);
  // The score is P(no): ranked against "no" it separates well, against "yes" badly.
  expect(flipped.roc_auc).toBeGreaterThan(0.5);
  expect(byDefault.roc_auc).toBeCloseTo(1 - flipped.roc_auc, 12);
});

test('every threshold looser than the gates the live release passed is listed', async () => {
  const ledger = join(dir(), 'loosened.jsonl');
  const passed = {
    confidence: 0.95,
    gates: [
      {
        metric: 'accuracy',
        min: 0.9,
        maxRegression: { value: 0.01, relative: false },
        significance: true,
        slices: [],
        minCount: 1,
        direction: 'higher',
        missing: 'fail',
      },
      { metric: 'recall', slices: ['region'], min: 0.8, minCount: 50, missing: 'fail' },
    ],
  };
  writeFileSync(
    ledger,
    JSON.stringify({
      schema: 'modelgate.release/v1',
      id: 'production-1',
      environment: 'production',
      name: 'churn',
      image: 'registry.example/acme/churn@sha256:' + 'a'.repeat(64),
      gate: { verdict: 'pass', metrics: { accuracy: 0.9, recall: 0.85 }, gates: passed },
      status: 'success',
      rollback_of: null,
      created_at: '2026-11-20T12:00:00Z',
    }) + '\n',
  );
  const run = await gate({
    candidate: file('m.json', JSON.stringify({ accuracy: 0.91, recall: 0.9 })),
    baseline: 'environment:production',
    ledger: `file:${ledger}`,
    gates:
      'confidence: 0.9\ngates:\n  - metric: accuracy\n    min: 0.85\n    max-regression: 0.02\n',
  });
  const lines = [
    'confidence lowered from 0.95 to 0.9',
    'accuracy: floor lowered from 0.9 to 0.85',
    'accuracy: max-regression raised from 0.01 to 0.02',
    'accuracy: significance test dropped (decided on the point estimate)',
    'recall (per region): gate removed',
  ];
  expect(run.summary).toContain(
    '> **Gates loosened since the live release** (production-1 passed stricter ones):\n' +
      lines.map((l) => `> - ${l}`).join('\n'),
  );
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { loosened: string[] };
  expect(report.loosened).toEqual(lines);
  // The same gates as the release passed: nothing to list.
  const same = await gate({
    candidate: file('m.json', JSON.stringify({ accuracy: 0.91, recall: 0.9 })),
    baseline: 'environment:production',
    ledger: `file:${ledger}`,
    gates:
      'gates:\n  - metric: accuracy\n    min: 0.9\n    max-regression: 0.01\n    significance: true\n  - metric: recall\n    slices: [region]\n    min: 0.8\n    min-count: 50\n',
  });
  expect(same.summary).not.toContain('loosened');
});
