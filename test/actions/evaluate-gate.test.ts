import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionInProcess } from '../support/in-process.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';
import { writeBinaryPredictions } from '../support/predictions.js';
import { useTempDir } from '../support/temp.js';
import { pullRequestEvent } from '../support/webhook-events.js';

const temp = useTempDir();
let github: GitHubEmulator;
const TOKEN = 'ghs_gate_writer';

beforeAll(async () => {
  github = await startGitHubEmulator({
    tokens: {
      [TOKEN]: { checks: 'write', pull_requests: 'write' },
      ghs_no_checks: { pull_requests: 'write' },
      ghs_read_only: { checks: 'read', pull_requests: 'read' },
    },
  });
});
afterAll(() => github.stop());
afterEach(() => expect(github.violations).toEqual([]));

function gates(name: string, yaml: string): string {
  const path = join(temp(), `${name}.yml`);
  writeFileSync(path, yaml);
  return path;
}

function predictions(name: string, spec: Parameters<typeof writeBinaryPredictions>[1]): string {
  const path = join(temp(), `${name}.csv`);
  writeBinaryPredictions(path, spec);
  return path;
}

/** Runs evaluate-gate from the sources, in process (evaluate-gate-bundled.test.ts drives dist/). */
function gate(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runActionInProcess('evaluate-gate', inputs, temp(), {
    GITHUB_API_URL: github.url,
    ...env,
  });
}

const regression = (margin: string, extra = '') =>
  `seed: 7\ngates:\n  - metric: accuracy\n    max-regression: ${margin}\n${extra}`;

describe('decisions', () => {
  test('a clear improvement passes', async () => {
    const run = await gate({
      candidate: predictions('better', { n: 3000, accuracy: 0.93, seed: 2 }),
      baseline: predictions('worse', { n: 3000, accuracy: 0.85, seed: 3 }),
      gates: gates(
        'g1',
        `${regression('0.01')}    significance: true\n  - metric: accuracy\n    min: 0.9\n`,
      ),
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', verdict: 'pass', 'failed-gates': '[]' });
    expect(JSON.parse(run.outputs.metrics).accuracy).toBeGreaterThan(0.9);
    expect(JSON.parse(run.outputs['baseline-metrics']).accuracy).toBeLessThan(0.88);
    expect(run.summary.split('\n')[0]).toMatch(/^## ✅ Model gate: pass/);
    expect(run.summary).toMatch(
      /\| accuracy vs baseline \| all \| 0\.9\d+ \| 0\.8\d+ \| \+0\.0\d+ \| ≥ \+0\.0\d+ \(95%\)/,
    );
  });

  test('a floor breach fails the step, with every output set', async () => {
    const run = await gate({
      candidate: predictions('floor', { n: 2000, accuracy: 0.85, seed: 4 }),
      gates: gates(
        'g2',
        'gates:\n  - metric: accuracy\n    min: 0.95\n  - metric: f1\n    max-regression: 0.01\n',
      ),
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'false', verdict: 'fail' });
    expect(JSON.parse(run.outputs['failed-gates'])).toEqual([
      {
        metric: 'accuracy',
        kind: 'accuracy',
        result: 'fail',
        reason: expect.stringMatching(/below the floor 0\.95/),
      },
    ]);
    expect(run.stdout).toMatch(
      /::error::evaluate-gate: verdict fail: accuracy: 0\.8\d+ is below the floor 0\.95/,
    );
    expect(run.summary).toMatch(/\| ➖ skipped \| f1 vs baseline \| all \| 0\.8\d+ \| — /);
    expect(JSON.parse(readFileSync(run.outputs.report, 'utf8'))).toMatchObject({ verdict: 'fail' });
  });

  test('a real regression fails', async () => {
    const run = await gate({
      candidate: predictions('regressed', { n: 3000, accuracy: 0.85, seed: 5 }),
      baseline: predictions('live', { n: 3000, accuracy: 0.92, seed: 6 }),
      gates: gates('g3', regression('0.01')),
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['failed-gates'])[0].reason).toMatch(/^regressed by −0\.0\d+/);
  });

  test('noise within the tolerance passes', async () => {
    const run = await gate({
      candidate: predictions('same-a', { n: 3000, accuracy: 0.9, seed: 7 }),
      baseline: predictions('same-b', { n: 3000, accuracy: 0.9, seed: 8 }),
      gates: gates('g4', regression('0.02')),
    });
    expect(run.outputs.verdict).toBe('pass');
  });

  test('non-inferiority is unproven on a small set and proven on a large one', async () => {
    const margin = `${regression('0.02')}    significance: true\n`;
    const small = await gate({
      candidate: predictions('small-a', { n: 150, accuracy: 0.9, seed: 11 }),
      baseline: predictions('small-b', { n: 150, accuracy: 0.9, seed: 12 }),
      gates: gates('g5', margin),
    });
    expect(small.outputs.verdict).toBe('inconclusive');
    expect(small.code).not.toBe(0);
    expect(small.summary).toMatch(
      /non-inferiority not shown \(Tango's score test\): at 95% the delta may be as bad as −0\.\d+, past the margin 0\.02; about \d+ examples would show a margin this size/,
    );
    const large = await gate({
      candidate: predictions('large-a', { n: 40000, accuracy: 0.9, seed: 11 }),
      baseline: predictions('large-b', { n: 40000, accuracy: 0.9, seed: 12 }),
      gates: gates('g6', margin),
    });
    expect(large.outputs.verdict).toBe('pass');
    expect(large.summary).toMatch(/non-inferior|✅ pass/);
    expect(JSON.parse(readFileSync(large.outputs.report, 'utf8')).gates[0].reason).toMatch(
      /^non-inferior \(Tango's score test\): delta ≥ −0\.00\d+ at 95%, margin 0\.02$/,
    );
    expect(large.summary).toMatch(/one-sided 95% over 40000 examples in both/);
    // What the test can see: its standard error and the regression it detects.
    expect(large.summary).toMatch(
      /\| accuracy \| all \| Tango's score test \| 40000 \| 0\.00\d+ \| 0\.00\d+ \| 0\.02 \| \d+ \|/,
    );
  });

  test('a regressing slice fails while the whole passes', async () => {
    const run = await gate({
      candidate: predictions('slice-a', {
        n: 6000,
        accuracy: 0.9,
        regions: { eu: 0.8, us: 0.95 },
        seed: 11,
      }),
      baseline: predictions('slice-b', { n: 6000, accuracy: 0.88, seed: 12 }),
      gates: gates(
        'g7',
        'gates:\n  - metric: accuracy\n    max-regression: 0.02\n  - metric: recall\n    slices: [region]\n    min-count: 50\n    max-regression: 0.02\n',
      ),
    });
    expect(run.outputs.verdict).toBe('fail');
    const failed = JSON.parse(run.outputs['failed-gates']);
    expect(failed.map((f: { slice?: string }) => f.slice)).toEqual(['region=eu']);
    // The forest plot: each slice's change with the margin line, right is better.
    expect(run.summary).toContain(
      'recall: change against the baseline, ← worse · better → (┊ margin −0.02, │ no change)',
    );
    expect(run.summary).toMatch(/\nregion=eu {13}.*●.*❌ Δ −0\.\d+/);
  });
});

describe('on a pull request', () => {
  test('a token without checks: write warns and names the permission; the gate still decides', async () => {
    const run = await gate(
      {
        candidate: predictions('perm', { n: 500, accuracy: 0.95, seed: 23 }),
        gates: gates('perm', 'gates:\n  - metric: accuracy\n    min: 0.9\n'),
        'github-token': 'ghs_no_checks',
        'check-name': 'Gate without checks',
      },
      pullRequestEvent(temp(), { headSha: '3'.repeat(40) }),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(
      /::warning::could not create the "Gate without checks" check run: .*add `permissions: checks: write`/,
    );
    expect(github.state.checkRuns.some((r) => r.name === 'Gate without checks')).toBe(false);
    expect(github.state.comments.some((c) => c.body.includes('Gate without checks'))).toBe(true);
  });

  test("a fork's read-only token: a warning, nothing posted, the verdict unchanged", async () => {
    const before = github.requests.length;
    const run = await gate(
      {
        candidate: predictions('fork', { n: 500, accuracy: 0.8, seed: 24 }),
        gates: gates('fork', 'gates:\n  - metric: accuracy\n    min: 0.9\n'),
        'github-token': 'ghs_read_only',
      },
      pullRequestEvent(temp(), { headSha: '4'.repeat(40), forkOwner: 'contributor' }),
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::warning::pull request from a fork: its token is read-only/);
    expect(github.requests.length).toBe(before);
  });

  test('a read-only token on a same-repository PR warns about both permissions', async () => {
    const run = await gate(
      {
        candidate: predictions('ro', { n: 500, accuracy: 0.95, seed: 25 }),
        gates: gates('ro', 'gates:\n  - metric: accuracy\n    min: 0.9\n'),
        'github-token': 'ghs_read_only',
        'check-name': 'Read-only gate',
      },
      pullRequestEvent(temp(), { headSha: '5'.repeat(40) }),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::could not create the "Read-only gate" check run: the token was refused \(HTTP 403\)/,
    );
    expect(run.stdout).toMatch(
      /::warning::could not comment on the pull request: .*`permissions: pull-requests: write`/,
    );
  });
});

describe('baselines, metrics files and bad input', () => {
  test('environment:<name> compares with the metrics the live release recorded in the ledger', async () => {
    const ledger = join(temp(), 'ledger.jsonl');
    const release = (id: string, status: string, accuracy: number) =>
      JSON.stringify({
        schema: 'modelgate.release/v1',
        id,
        environment: 'production',
        image: `registry.example/churn@sha256:${id.padEnd(64, '0')}`,
        gate: { verdict: 'pass', metrics: { accuracy } },
        status,
        rollback_of: null,
        created_at: '2026-11-20T12:00:00Z',
      });
    writeFileSync(
      ledger,
      [
        release('r1', 'success', 0.8),
        release('r2', 'success', 0.93),
        release('r3', 'failure', 0.5),
      ].join('\n') + '\n',
    );
    const run = await gate({
      candidate: predictions('env', { n: 2000, accuracy: 0.9, seed: 31 }),
      baseline: 'environment:production',
      ledger: `file:${ledger}`,
      gates: gates('env', regression('0.01')),
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['baseline-metrics'])).toEqual({ accuracy: 0.93 });
    expect(run.summary).toMatch(
      /\*\*Baseline\*\* `release r2 in production \(registry\.example\/churn@sha256:r2/,
    );
    expect(run.summary).toMatch(/_No intervals: the baseline is metrics, not predictions._/);

    const empty = await gate({
      candidate: predictions('env', { n: 2000, accuracy: 0.9, seed: 31 }),
      baseline: 'environment:staging',
      ledger: `file:${ledger}`,
      gates: gates('env', regression('0.01')),
    });
    // Nothing live in staging while churn is live in production: a typo or a gap, never a pass.
    expect(empty.code).toBe(1);
    expect(empty.outputs).toMatchObject({ verdict: 'fail', 'baseline-metrics': '' });
    expect(empty.summary.split('\n')[0]).toBe('## ❌ Model gate: fail — 1 fail');
    expect(JSON.parse(empty.outputs['failed-gates'])).toEqual([
      {
        metric: 'accuracy',
        kind: 'regression',
        result: 'fail',
        reason: `no baseline: nothing is live in staging, but churn is live in production (file:${ledger}); check the environment name, or set allow-missing-baseline: true`,
      },
    ]);
    const allowed = await gate({
      candidate: predictions('env', { n: 2000, accuracy: 0.9, seed: 31 }),
      baseline: 'environment:staging',
      ledger: `file:${ledger}`,
      gates: gates('env', regression('0.01')),
      'allow-missing-baseline': 'true',
    });
    expect(allowed.outputs.verdict).toBe('pass');
    expect(allowed.summary.split('\n')[0]).toBe('## ✅ Model gate: pass — 1 skipped');
    expect(allowed.summary).toContain('allow-missing-baseline');
    // An empty ledger: the model's first release skips the regression gates and says so.
    const first = await gate({
      candidate: predictions('env', { n: 2000, accuracy: 0.9, seed: 31 }),
      baseline: 'environment:production',
      ledger: `file:${join(temp(), 'empty.jsonl')}`,
      gates: gates('env', regression('0.01')),
    });
    expect(first.outputs.verdict).toBe('pass');
    expect(first.summary.split('\n')[0]).toBe(
      '## ✅ Model gate: pass — 1 skipped (first release: no live model to compare with)',
    );
  });

  test('metrics JSON files with slices and a custom lower-is-better metric', async () => {
    const candidate = join(temp(), 'candidate-metrics.json');
    const baseline = join(temp(), 'baseline-metrics.json');
    writeFileSync(
      candidate,
      JSON.stringify({
        metrics: { accuracy: 0.91, latency_p95_ms: 55 },
        slices: { 'region=eu': { accuracy: 0.85, n: 400 }, 'region=us': { accuracy: 0.95, n: 20 } },
      }),
    );
    writeFileSync(
      baseline,
      JSON.stringify({
        metrics: { accuracy: 0.9, latency_p95_ms: 40 },
        slices: { 'region=eu': { accuracy: 0.9 } },
      }),
    );
    const run = await gate({
      candidate,
      baseline,
      gates: gates(
        'custom',
        'gates:\n  - metric: latency_p95_ms\n    max: 50\n    direction: lower\n  - metric: latency_p95_ms\n    max-regression: 25%\n    direction: lower\n  - metric: accuracy\n    slices: [region]\n    min-count: 50\n    max-regression: 0.02\n',
      ),
      fail: 'false',
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    const failed = JSON.parse(run.outputs['failed-gates']);
    expect(failed).toEqual([
      {
        metric: 'latency_p95_ms',
        kind: 'accuracy',
        result: 'fail',
        reason: '55 is above the ceiling 50',
      },
      {
        metric: 'latency_p95_ms',
        kind: 'regression',
        result: 'fail',
        reason: expect.stringMatching(/^regressed by \+15 \(15 worse; allowed 10\)/),
      },
      {
        metric: 'accuracy',
        slice: 'region=eu',
        kind: 'regression',
        result: 'fail',
        reason: expect.stringMatching(/^regressed by −0\.05/),
      },
    ]);
    expect(run.summary).toMatch(/\| ➖ skipped \| .* \| region=us \(n=20\) \|/);
  });

  test('multiclass is inferred and said; a binary-only metric is a configuration error', async () => {
    const path = join(temp(), 'three.jsonl');
    const rows = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        id: i,
        label: ['cat', 'dog', 'eel'][i % 3],
        prediction: ['cat', 'dog', 'eel'][(i * 7) % 3],
      }),
    );
    writeFileSync(path, rows.join('\n'));
    const run = await gate({
      candidate: path,
      gates: gates(
        'mc',
        'missing: inconclusive\ngates:\n  - metric: accuracy\n    min: 0\n  - metric: f1\n    min: 0.1\n',
      ),
    });
    expect(run.stdout).toContain('task: multiclass (inferred: 3 classes');
    expect(run.outputs).toMatchObject({ passed: 'false', verdict: '' });
    expect(run.stdout).toContain(
      "::error::evaluate-gate: input 'gates': gates[1] (metric: f1): f1 is not defined for multiclass tasks; use f1_macro",
    );
  });

  test.each([
    [
      { candidate: 'missing.csv' },
      /^::error::evaluate-gate: input 'candidate': missing\.csv: ENOENT/m,
    ],
    [
      { 'score-column': 'score', 'label-column': 'truth' },
      /input 'candidate': .*has no 'truth' column \(columns: id, label, prediction, score, region\)/,
    ],
    [
      { task: 'regressive' },
      /input 'task': must be one of auto, binary, multiclass, regression \(got 'regressive'\)/,
    ],
    [{ ledger: 'sqlite:x' }, /input 'ledger': must be auto, github or file:<path>/],
  ])('bad input %o fails with one line and the outputs still set', async (override, message) => {
    const run = await gate({
      candidate: predictions('bad', { n: 100, accuracy: 0.9, seed: 41 }),
      baseline: 'environment:production',
      gates: gates('bad', regression('0.01')),
      ...override,
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(message);
    expect(run.outputs).toMatchObject({ passed: 'false', verdict: '' });
  });
});
