/**
 * The drift and data-quality gates through evaluate-gate (issue 19): a shifted current
 * dataset is blocked naming its features and by how much, an unshifted one passes, a huge
 * sample's trivial shift is detectable but passes, quality failures are named, and a
 * column gone from the current data is a configuration error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { createRandom } from '../../src/gate/bootstrap.js';
import { runBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { PYTHON } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-drift-');

interface Shape {
  rows: number;
  seed: number;
  ageShift?: number;
  incomeScale?: number;
  regions?: [number, number, number];
  missingAge?: number;
  newRegion?: number;
  drop?: string;
  ageText?: boolean;
}

/** A feature file: age (normal), income (log-normal), region (eu/us/apac), plan (codes). */
function dataset(name: string, shape: Shape): string {
  const random = createRandom(shape.seed);
  const u = () => (random() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const [eu, us] = shape.regions ?? [0.5, 0.3, 0.2];
  const columns = ['id', 'age', 'income', 'region', 'plan'].filter((c) => c !== shape.drop);
  const lines = [columns.join(',')];
  for (let i = 0; i < shape.rows; i++) {
    const r = u();
    const region =
      shape.newRegion && u() < shape.newRegion
        ? 'latam'
        : r < eu
          ? 'eu'
          : r < eu + us
            ? 'us'
            : 'apac';
    const age =
      shape.missingAge && u() < shape.missingAge
        ? ''
        : shape.ageText && i === 7
          ? 'unknown'
          : (40 + 10 * normal() + (shape.ageShift ?? 0)).toFixed(1);
    const income = (Math.exp(10 + 0.5 * normal()) * (shape.incomeScale ?? 1)).toFixed(0);
    const plan = String(1 + Math.floor(u() * 3));
    const row: Record<string, string> = { id: String(i), age, income, region, plan };
    lines.push(columns.map((c) => row[c]).join(','));
  }
  writeFileSync(join(dir(), name), lines.join('\n') + '\n');
  return name;
}

const gates = `drift:
  categorical: [plan]
  max-psi: 0.2
gates:
  - metric: accuracy
    min: 0.8
`;

const gate = (current: string, reference = 'reference.csv', extra: Record<string, string> = {}) =>
  runActionInProcess(
    'evaluate-gate',
    {
      candidate: 'metrics.json',
      gates: 'gates.yml',
      reference,
      current,
      comment: 'false',
      'check-name': '',
      report: join(dir(), 'report.json'),
      ...extra,
    },
    dir(),
    {},
  );
const report = () => JSON.parse(readFileSync(join(dir(), 'report.json'), 'utf8'));

beforeAll(() => {
  writeFileSync(join(dir(), 'metrics.json'), '{"accuracy": 0.9}\n');
  writeFileSync(join(dir(), 'gates.yml'), gates);
  dataset('reference.csv', { rows: 5000, seed: 1 });
});

test('data like the reference passes every drift and quality gate', async () => {
  const run = await gate(dataset('same.csv', { rows: 4000, seed: 2 }));
  expect(run.failure).toBeUndefined();
  expect(run.outputs.verdict).toBe('pass');
  const drift = report().drift;
  expect(drift.drifted).toEqual([]);
  const tests = drift.rows.filter((r: { kind: string }) => r.kind === 'drift');
  expect(
    tests.map((r: { feature: string; check: string }) => `${r.feature}:${r.check}`).sort(),
  ).toEqual(['age:KS', 'income:KS', 'plan:chi-square', 'region:chi-square']);
  expect(run.summary).toContain('### Data drift: no feature drifted');
});

test('shifted data is blocked, naming the features, the test, the statistic and the limit', async () => {
  const run = await gate(
    dataset('shifted.csv', { rows: 4000, seed: 3, incomeScale: 1.6, regions: [0.2, 0.3, 0.5] }),
  );
  expect(run.outputs.verdict).toBe('fail');
  const failed = JSON.parse(run.outputs['failed-gates']) as {
    metric: string;
    kind: string;
    check: string;
    reason: string;
  }[];
  expect(failed.map((f) => `${f.kind}:${f.metric}`).sort()).toEqual([
    'drift:income',
    'drift:region',
  ]);
  expect(failed.find((f) => f.metric === 'income')!.reason).toMatch(
    /^drifted: PSI \d\.\d+ > 0\.2; KS p (?:< 1e-16|[\d.e-]+) \(Holm, α 0\.05\)$/,
  );
  expect(run.failure).toMatch(/income \(KS\): drifted: PSI/);
  // Drifted features first, before the gates table, with a chart each.
  const summary = run.summary;
  if (process.env.DUMP_SUMMARY) writeFileSync(process.env.DUMP_SUMMARY, summary);
  expect(summary.indexOf('### Data drift: 2 drifted (income, region)')).toBeLessThan(
    summary.indexOf('| result | metric |'),
  );
  expect(summary).toMatch(
    /\| ❌ fail \| income \| KS \| 0\.\d+ \| (?:< 1e-16|[\de.-]+) \| \d\.\d+ \|/,
  );
  expect(summary).toContain(
    'title "income: reference (grey bars) vs current (red line), share of rows"',
  );
  expect(summary).toContain('y-axis "share" 0 --> ');

  // The numbers themselves, from the files by scipy and numpy (binning as documented).
  const reference = JSON.parse(
    execFileSync(
      PYTHON,
      [
        '-c',
        `import csv, json, numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon
rows = lambda f: list(csv.DictReader(open(f)))
ref, cur = rows('reference.csv'), rows('shifted.csv')
out = {}
for name in ['age', 'income']:
    a = np.array([float(r[name]) for r in ref]); b = np.array([float(r[name]) for r in cur])
    edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
    r = np.bincount(np.searchsorted(edges, a, side='left'), minlength=len(edges) + 1) / len(a)
    c = np.bincount(np.searchsorted(edges, b, side='left'), minlength=len(edges) + 1) / len(b)
    rf, cf = np.maximum(r, 1e-4), np.maximum(c, 1e-4)
    ks = stats.ks_2samp(a, b)
    out[name] = [ks.statistic, ks.pvalue, float(np.sum((cf - rf) * np.log(cf / rf))), float(jensenshannon(r, c, base=2))]
cats = sorted({r['region'] for r in ref} | {r['region'] for r in cur})
table = [[sum(r['region'] == k for r in rows_) for k in cats] for rows_ in (ref, cur)]
chi = stats.chi2_contingency(table)
out['region'] = [chi[0], chi[1]]
print(json.dumps(out))`,
      ],
      { cwd: dir(), encoding: 'utf8' },
    ),
  ) as Record<string, number[]>;
  const rows = report().drift.rows as {
    feature: string;
    kind: string;
    statistic: number;
    pValue: number;
    psi: number;
    js: number;
  }[];
  const near = (ours: number, theirs: number) =>
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9);
  for (const name of ['age', 'income']) {
    const row = rows.find((r) => r.feature === name && r.kind === 'drift')!;
    [row.statistic, row.pValue, row.psi, row.js].forEach((v, i) => near(v, reference[name][i]));
  }
  const region = rows.find((r) => r.feature === 'region' && r.kind === 'drift')!;
  near(region.statistic, reference.region[0]);
  near(region.pValue, reference.region[1]);
});

test('a huge sample shows a trivial shift as detectable but small: it passes', async () => {
  dataset('big-reference.csv', { rows: 60_000, seed: 4 });
  const run = await gate(
    dataset('big.csv', { rows: 60_000, seed: 5, ageShift: 0.6 }),
    'big-reference.csv',
  );
  expect(run.outputs.verdict).toBe('pass');
  const age = report().drift.rows.find(
    (r: { feature: string; kind: string }) => r.feature === 'age' && r.kind === 'drift',
  );
  expect(age.adjusted).toBeLessThan(0.05);
  expect(age.reason).toMatch(/^a detectable but small shift: PSI 0\.0\d+ ≤ 0\.2; KS p/);
}, 30_000);

test('a large effect on too few rows is inconclusive, not a pass', async () => {
  dataset('tiny-reference.csv', { rows: 12, seed: 6 });
  const run = await gate(
    dataset('tiny.csv', { rows: 10, seed: 7, regions: [0.1, 0.1, 0.8] }),
    'tiny-reference.csv',
  );
  expect(run.outputs.verdict).not.toBe('pass');
  const inconclusive = report().drift.rows.filter(
    (r: { result: string }) => r.result === 'inconclusive',
  );
  expect(inconclusive.length).toBeGreaterThan(0);
  expect(inconclusive[0].reason).toMatch(/but the test cannot tell it from chance/);
});

test('data-quality gates: missing values, new categories, a changed type', async () => {
  const run = await gate(
    dataset('dirty.csv', { rows: 3000, seed: 8, missingAge: 0.2, newRegion: 0.05, ageText: true }),
  );
  expect(run.outputs.verdict).toBe('fail');
  const failed = JSON.parse(run.outputs['failed-gates']) as {
    metric: string;
    check: string;
    reason: string;
  }[];
  const named = failed
    .filter((f) => f.check !== 'KS' && f.check !== 'chi-square')
    .map((f) => `${f.metric}:${f.check}`)
    .sort();
  expect(named).toEqual(['age:missing values', 'age:type', 'region:new categories']);
  expect(failed.find((f) => f.check === 'type')!.reason).toBe(
    'type changed: numbers in the reference, text in the current data ("unknown")',
  );
  expect(failed.find((f) => f.check === 'new categories')!.reason).toMatch(
    /of rows have a category the reference never had \("latam"\)/,
  );
});

test('a column gone from the current data is a configuration error naming it', async () => {
  const run = await gate(dataset('no-income.csv', { rows: 100, seed: 9, drop: 'income' }));
  expect(run.outputs.verdict).toBe('');
  expect(run.failure).toMatch(
    /^evaluate-gate: input 'current': no-income\.csv has no column 'income', which the reference has: a schema change/,
  );
  const missing = await gate('same.csv', '');
  expect(missing.failure).toMatch(
    /input 'reference': the gates file has a drift: section: give both reference and current datasets/,
  );
});

test('through the bundled action: shifted data fails the step with the drifted features', async () => {
  const run = await runBundledAction(
    'evaluate-gate',
    {
      candidate: 'metrics.json',
      gates: 'gates.yml',
      reference: 'reference.csv',
      current: 'shifted.csv',
      comment: 'false',
      'check-name': '',
    },
    dir(),
    {},
  );
  expect(run.code).toBe(1);
  expect(run.outputs.verdict).toBe('fail');
  expect(run.summary).toContain('### Data drift: 2 drifted (income, region)');
  expect(run.stdout).toMatch(/::error::.*income \(KS\): drifted: PSI/);
});

test('a plain CSV (read in a worker), a quoted CSV, JSON Lines and Parquet give the same drift', async () => {
  const plain = readFileSync(join(dir(), 'shifted.csv'), 'utf8').trim().split('\n');
  const header = plain[0].split(',');
  writeFileSync(
    join(dir(), 'quoted.csv'),
    plain.map((line, i) => (i === 0 ? line : line.replace(/,([a-z]+),/, ',"$1",'))).join('\n') +
      '\n',
  );
  writeFileSync(
    join(dir(), 'shifted.jsonl'),
    plain
      .slice(1)
      .map((line) => {
        const fields = line.split(',');
        return JSON.stringify(
          Object.fromEntries(
            header.map((h, i) => [h, /^[a-z]+$/.test(fields[i]) ? fields[i] : Number(fields[i])]),
          ),
        );
      })
      .join('\n') + '\n',
  );
  // Parquet, written by hyparquet-writer: numbers as DOUBLE/INT32, regions as strings.
  const table = plain.slice(1).map((line) => line.split(','));
  parquetWriteFile({
    filename: join(dir(), 'shifted.parquet'),
    columnData: header.map((name, i) =>
      name === 'region'
        ? { name, data: table.map((r) => r[i]), type: 'STRING' as const }
        : name === 'age' || name === 'income'
          ? { name, data: table.map((r) => Number(r[i])), type: 'DOUBLE' as const }
          : { name, data: table.map((r) => Number(r[i])), type: 'INT32' as const },
    ),
  });
  const drifts = [];
  for (const current of ['shifted.csv', 'quoted.csv', 'shifted.jsonl', 'shifted.parquet']) {
    const run = await gate(current);
    expect(run.outputs.verdict).toBe('fail');
    drifts.push(
      (
        report().drift.rows as {
          feature: string;
          check: string;
          statistic?: number;
          psi?: number;
          value?: number;
        }[]
      ).map((r) => [r.feature, r.check, r.statistic, r.psi, r.value]),
    );
  }
  expect(drifts[1]).toEqual(drifts[0]);
  expect(drifts[2]).toEqual(drifts[0]);
  expect(drifts[3]).toEqual(drifts[0]);

  writeFileSync(join(dir(), 'ragged.csv'), 'id,age,income,region,plan\n1,30,100,eu,1\n2,31,eu,1\n');
  const ragged = await gate('ragged.csv');
  expect(ragged.failure).toMatch(
    /input 'current': ragged\.csv: row 2: Invalid Record Length: expect 5, got 4 on line 3/,
  );
});

test("prediction drift: the candidate's score distribution against the baseline's", async () => {
  const predictions = (name: string, seed: number, lift: number) => {
    const random = createRandom(seed);
    const u = () => (random() + 0.5) / 4294967296;
    const lines = ['id,label,prediction,score'];
    for (let i = 0; i < 2000; i++) {
      const label = i % 2;
      const score = Math.min(
        0.999,
        Math.max(0.001, (label ? 0.75 : 0.25) + lift + (u() - 0.5) * 0.5),
      );
      lines.push(`${i},${label},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`);
    }
    writeFileSync(join(dir(), name), lines.join('\n') + '\n');
    return name;
  };
  predictions('live.csv', 11, 0);
  predictions('steady.csv', 12, 0);
  predictions('lifted.csv', 13, 0.15);
  const scoreRow = () =>
    (
      report().drift.rows as { feature: string; kind: string; result: string; reason: string }[]
    ).filter((r) => r.feature === 'prediction score');
  const current = dataset('pd-current.csv', { rows: 3000, seed: 21 });
  const steady = await gate(current, 'reference.csv', {
    candidate: 'steady.csv',
    baseline: 'live.csv',
  });
  expect(steady.failure).toBeUndefined();
  expect(steady.outputs.verdict).toBe('pass');
  // Compared as a distribution only: no data-quality rows for predictions.
  expect(scoreRow()).toEqual([expect.objectContaining({ kind: 'drift', result: 'pass' })]);
  const lifted = await gate(current, 'reference.csv', {
    candidate: 'lifted.csv',
    baseline: 'live.csv',
  });
  expect(lifted.outputs.verdict).toBe('fail');
  expect(scoreRow()[0]).toMatchObject({
    result: 'fail',
    reason: expect.stringMatching(/^drifted: PSI/),
  });
});

test('drift per slice: a shift in one region only is found there, in the same Holm family', async () => {
  // The current data: income shifted for eu rows only.
  const base = dataset('slice-base.csv', { rows: 4000, seed: 2 });
  const lines = readFileSync(join(dir(), base), 'utf8').trim().split('\n');
  writeFileSync(
    join(dir(), 'eu-shifted.csv'),
    lines
      .map((line, i) => {
        if (i === 0) return line;
        const f = line.split(',');
        if (f[3] === 'eu') f[2] = String(Math.round(Number(f[2]) * 1.8));
        return f.join(',');
      })
      .join('\n') + '\n',
  );
  writeFileSync(
    join(dir(), 'sliced.yml'),
    'drift:\n  categorical: [plan]\n  slices: [region]\n  min-count: 100\ngates:\n  - metric: accuracy\n    min: 0.8\n',
  );
  const run = await gate('eu-shifted.csv', 'reference.csv', { gates: 'sliced.yml' });
  expect(run.outputs.verdict).toBe('fail');
  const failed = JSON.parse(run.outputs['failed-gates']) as {
    metric: string;
    slice?: string;
    kind: string;
  }[];
  expect(failed).toContainEqual(
    expect.objectContaining({ metric: 'income', slice: 'region=eu', kind: 'drift' }),
  );
  expect(failed.filter((f) => f.slice && f.slice !== 'region=eu')).toEqual([]);
  const rows = report().drift.rows as {
    feature: string;
    slice?: string;
    kind: string;
    adjusted: number;
  }[];
  // 4 features overall + 4 in each of 3 regions, adjusted together.
  expect(rows.filter((r) => r.kind === 'drift')).toHaveLength(16);
  expect(run.summary).toMatch(/\| ❌ fail \| income \(region=eu\) \| KS \|/);
  // The whole of the data did not drift as much as the eu slice did.
  const eu = rows.find((r) => r.feature === 'income' && r.slice === 'region=eu')!;
  expect(eu.adjusted).toBeLessThan(0.05);

  // A slice with fewer rows than min-count is reported, not tested.
  writeFileSync(
    join(dir(), 'sliced.yml'),
    readFileSync(join(dir(), 'sliced.yml'), 'utf8').replace('min-count: 100', 'min-count: 1100'),
  );
  const fewer = await gate('eu-shifted.csv', 'reference.csv', { gates: 'sliced.yml' });
  expect(report().drift.untested).toEqual([
    expect.stringMatching(/^region=apac \(\d+ reference rows\)$/),
  ]);
  expect(fewer.summary).toMatch(
    /_Slices not tested \(fewer than 1100 rows on a side\): region=apac/,
  );
});
