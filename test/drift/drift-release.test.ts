/**
 * `reference: environment:<name>` (issue 19): the gate report keeps a sketch of its
 * reference data; deploy stores the report as the release's evidence (Debian's
 * docker-registry), and a later gate compares new data with the sketch the live release
 * recorded. From the sketch, PSI, Jensen–Shannon and chi-square equal the values from the
 * data itself, and KS is within the sketch's grid step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../../src/gate/bootstrap.js';
import { runActionInProcess } from '../support/in-process.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const env = { GITHUB_SHA: 'b'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' };
const dir = useTempDir('modelgate-drift-release-');
let registry: LocalRegistry;
let image: PushedImage;
const ledger = 'file:drift.jsonl';

function dataset(name: string, rows: number, seed: number, incomeScale = 1) {
  const random = createRandom(seed);
  const u = () => (random() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const lines = ['age,income,region'];
  for (let i = 0; i < rows; i++) {
    const r = u();
    lines.push(
      `${(40 + 10 * normal()).toFixed(1)},${(Math.exp(10 + 0.5 * normal()) * incomeScale).toFixed(0)},${r < 0.5 ? 'eu' : r < 0.8 ? 'us' : 'apac'}`,
    );
  }
  writeFileSync(join(dir(), name), lines.join('\n') + '\n');
  return name;
}

const gate = (inputs: Record<string, string>) =>
  runActionInProcess(
    'evaluate-gate',
    {
      candidate: 'predictions.csv',
      gates: 'gates.yml',
      comment: 'false',
      'check-name': '',
      ledger,
      ...inputs,
    },
    dir(),
    env,
  );
/** Deploys the image with a gate report, through the command provider. */
const deploy = (environment: string, report: string) =>
  runActionInProcess(
    'deploy',
    {
      image: image.image,
      environment,
      'gate-report': join(dir(), report),
      'model-digest': image.model,
      provider: 'command',
      run: 'true',
      ledger,
    },
    dir(),
    env,
  );
const rowsOf = (report: string) =>
  (
    JSON.parse(readFileSync(report, 'utf8')) as {
      drift: {
        rows: {
          feature: string;
          kind: string;
          statistic: number;
          psi: number;
          js: number;
          pValue: number;
        }[];
      };
    }
  ).drift.rows.filter((r) => r.kind === 'drift');

beforeAll(async () => {
  registry = await startRegistry();
  ({ v1: image } = await pushModelImages(registry.host, dir(), ['v1'], env));
  writeFileSync(
    join(dir(), 'predictions.csv'),
    ['id,label,prediction', ...Array.from({ length: 40 }, (_, i) => `${i},${i % 2},${i % 2}`)].join(
      '\n',
    ) + '\n',
  );
  writeFileSync(
    join(dir(), 'gates.yml'),
    'drift:\n  max-psi: 0.2\ngates:\n  - metric: accuracy\n    min: 0.8\n',
  );
  dataset('train.csv', 6000, 1);
  dataset('today.csv', 3000, 2);
  dataset('shifted.csv', 3000, 3, 1.6);
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

test('a release keeps the sketch of its reference data; the next gate compares new data with it', async () => {
  const first = await gate({
    reference: 'train.csv',
    current: 'today.csv',
    'model-digest': image.model,
    report: join(dir(), 'first.json'),
  });
  expect(first.outputs.verdict).toBe('pass');
  const deployed = await deploy('production', 'first.json');
  expect(deployed.failure).toBeUndefined();
  expect(deployed.outputs.status).toBe('success');

  // Unshifted data passes against the live release's sketch; the numbers match the file's.
  const same = await gate({
    reference: 'environment:production',
    current: 'today.csv',
    report: join(dir(), 'same.json'),
  });
  expect(same.failure).toBeUndefined();
  expect(same.outputs.verdict).toBe('pass');
  expect(same.summary).toMatch(
    /Reference `the live release production-\S+ in production: the sketch of train\.csv \(6000 rows\)`/,
  );
  const exact = rowsOf(join(dir(), 'first.json'));
  const sketched = rowsOf(join(dir(), 'same.json'));
  for (const row of exact) {
    const other = sketched.find((r) => r.feature === row.feature)!;
    expect(Math.abs(other.psi - row.psi)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(other.js - row.js)).toBeLessThanOrEqual(1e-12);
    // KS from the grid: within its step (1/1000 of the rows, plus ties).
    expect(Math.abs(other.statistic - row.statistic)).toBeLessThanOrEqual(
      row.feature === 'region' ? 1e-9 : 0.0015,
    );
  }

  // Shifted data is blocked against it.
  const shifted = await gate({ reference: 'environment:production', current: 'shifted.csv' });
  expect(shifted.outputs.verdict).toBe('fail');
  expect(shifted.failure).toMatch(/income \(KS\): drifted: PSI/);
}, 60_000);

test('nothing live, or a live release without a sketch, is a configuration error naming reference', async () => {
  const none = await gate({ reference: 'environment:staging', current: 'today.csv' });
  expect(none.outputs.verdict).toBe('');
  expect(none.failure).toMatch(
    /^evaluate-gate: input 'reference': nothing is live in staging \(file:drift\.jsonl\): no data it was built on to compare with; give reference as a file/,
  );

  // A release whose gate compared no data recorded no sketch.
  const plain = await gate({
    gates: 'gates: [{metric: accuracy, min: 0.8}]',
    'model-digest': image.model,
    report: join(dir(), 'plain.json'),
  });
  expect(plain.outputs.verdict).toBe('pass');
  const staged = await deploy('staging', 'plain.json');
  expect(staged.outputs.status).toBe('success');
  const unsketched = await gate({ reference: 'environment:staging', current: 'today.csv' });
  expect(unsketched.failure).toMatch(
    /input 'reference': the live release staging-\S+ in staging recorded no data sketch \(its gate compared no reference dataset\); give reference as a file/,
  );
});
