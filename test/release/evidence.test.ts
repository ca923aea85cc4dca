/**
 * A release's evidence, end to end in an OCI image layout, in process (runAction over the
 * sources; the image is built by the bundled build-image): deploy stores the gate report
 * and predictions beside the image, the next gate pairs with them, and anything that
 * does not match its digest is refused, naming the input, with nothing changed.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionInProcess } from '../support/in-process.js';
import { writeBinaryPredictions } from '../support/predictions.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-evidence-');
const env = { GITHUB_SHA: 'd'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' };
let built: { image: string; model: string };
let reports = 0;

beforeAll(async () => {
  writeFileSync(join(dir(), 'model.onnx'), 'weights\n');
  const run = await runActionInProcess(
    'build-image',
    { model: 'model.onnx', image: `oci:${join(dir(), 'layout')}`, tags: 'v1' },
    dir(),
    env,
  );
  expect(run.code).toBe(0);
  built = { image: run.outputs.image, model: run.outputs['model-digest'] };
}, 30_000);

const ledger = () => `file:${join(dir(), 'ledger.jsonl')}`;
const gates =
  'gates:\n  - metric: accuracy\n    min: 0.8\n    max-regression: 0.05\n    significance: true\n';
const gate = (candidate: string, extra: Record<string, string> = {}) =>
  runActionInProcess(
    'evaluate-gate',
    {
      candidate,
      gates,
      baseline: 'environment:production',
      ledger: ledger(),
      'model-digest': built.model,
      'check-name': 'Model gate',
      comment: 'auto',
      fail: 'true',
      report: join(dir(), `gate-${(reports += 1)}.json`),
      ...extra,
    },
    dir(),
  );
const deploy = (gateReport: string) =>
  runActionInProcess(
    'deploy',
    {
      image: built.image,
      environment: 'production',
      ledger: ledger(),
      provider: 'registry-tag',
      'gate-report': gateReport,
      timeout: '1m',
      'auto-rollback': 'true',
      'dry-run': 'false',
      'allow-ungated': 'false',
    },
    dir(),
  );

test('stored by deploy, paired with by the next gate, refused when it does not match', async () => {
  const first = join(dir(), 'first.csv');
  writeBinaryPredictions(first, { n: 3000, accuracy: 0.9, seed: 1 });
  const firstGate = await gate(first);
  expect(firstGate.outputs.verdict).toBe('pass');
  const released = await deploy(firstGate.outputs.report);
  expect(released.failure).toBeUndefined();
  expect(released.stdout).toMatch(/evidence sha256:[0-9a-f]{64} stored beside .* \(tag fallback\)/);
  const record = JSON.parse(readFileSync(join(dir(), 'ledger.jsonl'), 'utf8').split('\n')[0]);
  expect(record.evidence.image).toBe(`oci:${join(dir(), 'layout')}@${record.evidence.digest}`);
  expect(record.gate).toMatchObject({
    verdict: 'pass',
    model_digest: built.model,
    predictions_digest: expect.stringMatching(/^sha256:/),
    evaluation_digest: expect.stringMatching(/^sha256:/),
  });

  // The same examples predicted by a slightly different model: a paired interval.
  const second = join(dir(), 'second.csv');
  writeBinaryPredictions(second, { n: 3000, accuracy: 0.9, seed: 2 });
  const paired = await gate(second);
  expect(paired.summary).toContain(`its predictions (evidence ${record.evidence.digest})`);
  expect(paired.summary).toMatch(
    /accuracy vs baseline \| all \| [0-9.]+ \| [0-9.]+ \| [−+0-9.]+ \| ≥ [−+0-9.]+ \(95%\)/,
  );
  expect(paired.summary).toMatch(/over 3000 examples in both/);

  // A predictions file changed after the gate judged it: deploy refuses, nothing changes.
  const ledgerBefore = readFileSync(join(dir(), 'ledger.jsonl'));
  writeFileSync(second, readFileSync(second, 'utf8').replace('ex1,', 'ex1x,'));
  const stale = await deploy(paired.outputs.report);
  expect(stale.failure).toMatch(
    /^deploy: input 'gate-report': judged predictions .*second\.csv with digest sha256:[0-9a-f]+, but that file is now sha256:[0-9a-f]+/,
  );
  expect(readFileSync(join(dir(), 'ledger.jsonl')).equals(ledgerBefore)).toBe(true);

  // Evidence whose bytes no longer match their digest: the gate refuses to use it.
  const blobs = join(dir(), 'layout', 'blobs', 'sha256');
  const predictionsBlob = readdirSync(blobs).find((name) =>
    readFileSync(join(blobs, name), 'utf8').startsWith('id,label,prediction,score,region\nex0,'),
  )!;
  writeFileSync(
    join(blobs, predictionsBlob),
    readFileSync(join(blobs, predictionsBlob), 'utf8').replace('ex0,', 'ex0,1'),
  );
  const tampered = await gate(first);
  expect(tampered.failure).toMatch(
    new RegExp(
      `^evaluate-gate: input 'baseline': cannot read the evidence ${record.evidence.digest} of the live release .* is corrupt`,
    ),
  );
  expect(tampered.outputs).toMatchObject({ passed: 'false', verdict: '' });
});
