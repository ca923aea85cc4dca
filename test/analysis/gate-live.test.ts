/**
 * evaluate-gate on live traffic (issue 18): `candidate`/`baseline: prometheus:<track>`
 * measured in Debian's Prometheus scraping the test model server, a shadow beside the
 * stable track. A share of bad events is tested with Farrington–Manning; no traffic or
 * a Prometheus that cannot answer is missing data, never a pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { freePort, startPrometheus, type LocalPrometheus } from '../support/prometheus.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-gate-live-');
let server: ModelServer;
let prometheus: LocalPrometheus;

const gates = (url: string, window = '5s') => `prometheus:
  url: ${url}
  window: ${window}
  metrics:
    error_rate:
      query: sum(increase(model_errors_total{track="{{ track }}"}[{{ window }}]))
      total: sum(increase(model_requests_total{track="{{ track }}"}[{{ window }}]))
    p99_latency: histogram_quantile(0.99, sum by (le) (rate(model_request_duration_seconds_bucket{track="{{ track }}"}[{{ window }}])))
gates:
  - metric: error_rate
    max-regression: 0.05
    significance: true
    direction: lower
  - metric: p99_latency
    max: 0.2
`;
const settle = () => new Promise((r) => setTimeout(r, 6_000));
const gate = (extra: Record<string, string> = {}) =>
  runActionInProcess(
    'evaluate-gate',
    {
      candidate: 'prometheus:canary',
      baseline: 'prometheus:stable',
      gates: 'gates.yml',
      comment: 'false',
      'check-name': '',
      report: join(dir(), 'out/gate.json'),
      ...extra,
    },
    dir(),
    {},
  );

beforeAll(async () => {
  server = await startModelServer();
  prometheus = await startPrometheus([server.host]);
  writeFileSync(join(dir(), 'gates.yml'), gates(prometheus.url));
  await settle();
}, 30_000);
afterAll(async () => {
  await prometheus?.stop();
  await server?.stop();
});

test('a shadow as good as stable passes: its error rate is shown within the margin by the test', async () => {
  const run = await gate();
  expect(run.failure).toBeUndefined();
  expect(run.outputs.verdict).toBe('pass');
  expect(JSON.parse(run.outputs.metrics)).toMatchObject({ error_rate: 0 });
  const report = JSON.parse(readFileSync(join(dir(), 'out/gate.json'), 'utf8'));
  const row = report.gates.find((g: { metric: string; kind: string }) => g.kind === 'regression');
  expect(row.reason).toMatch(
    /^non-inferior \(Farrington–Manning test\): delta ≤ \+0\.\d+ at 95%, margin 0\.05$/,
  );
  // The measurement is the subject: written beside the report, with its counts.
  const measured = JSON.parse(
    readFileSync(join(dir(), 'out/evaluate-gate-candidate.json'), 'utf8'),
  );
  expect(measured.counts.error_rate.total).toBeGreaterThan(50);
  expect(report.subject.predictions.path).toBe(join(dir(), 'out/evaluate-gate-candidate.json'));
}, 30_000);

test('through the bundled action: an erroring shadow fails its regression gate, with both shares', async () => {
  server.set('canary', { errorRate: 0.3 });
  await settle();
  const run = await runBundledAction(
    'evaluate-gate',
    {
      candidate: 'prometheus:canary',
      baseline: 'prometheus:stable',
      gates: 'gates.yml',
      comment: 'false',
      'check-name': '',
    },
    dir(),
    {},
  );
  server.set('canary', { errorRate: 0 });
  expect(run.outputs.verdict).toBe('fail');
  expect(run.code).toBe(1);
  const failed = JSON.parse(run.outputs['failed-gates']) as { metric: string; reason: string }[];
  expect(failed).toEqual([
    expect.objectContaining({
      metric: 'error_rate',
      reason: expect.stringMatching(/^regressed by \+0\.\d+/),
    }),
  ]);
  expect(run.summary).toMatch(/\| ❌ fail \| error\\_rate vs baseline \| all \| 0\.\d+ \| 0 \| /);
  await settle();
}, 40_000);

test('a shadow with no traffic is missing data: the gates fail, never pass', async () => {
  server.set('canary', { rps: 0 });
  await settle();
  const run = await gate();
  server.set('canary', { rps: 20 });
  expect(run.outputs.verdict).toBe('fail');
  expect(run.failure).toMatch(/error_rate/);
  await settle();
}, 30_000);

test('a Prometheus that cannot answer fails the gates with where it looked; a bad direction is refused', async () => {
  const port = await freePort();
  writeFileSync(join(dir(), 'down.yml'), gates(`http://127.0.0.1:${port}`));
  const down = await gate({ gates: 'down.yml' });
  expect(down.outputs.verdict).toBe('fail');
  const report = JSON.parse(readFileSync(join(dir(), 'out/gate.json'), 'utf8'));
  expect(JSON.stringify(report.candidate.notes)).toContain(
    `cannot reach Prometheus at http://127.0.0.1:${port}`,
  );

  writeFileSync(
    join(dir(), 'higher.yml'),
    gates(prometheus.url).replace('direction: lower', 'direction: higher'),
  );
  const higher = await gate({ gates: 'higher.yml' });
  expect(higher.outputs.verdict).toBe('');
  expect(higher.failure).toMatch(
    /error_rate\): it is a share of bad events \(query \/ total\), so lower is better/,
  );
  const missing = await gate({ gates: 'gates: [{metric: error_rate, max: 0.1}]' });
  expect(missing.failure).toMatch(
    /input 'candidate': prometheus:canary needs a prometheus: section in the gates file/,
  );
}, 90_000);
