/**
 * deploy with a live analysis (issue 18): registry-tag moves the tag, then the release is
 * measured in Debian's Prometheus (scraping the test model server) before it is recorded;
 * a regression or a Prometheus that cannot answer puts back what was live.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { inspect } from '../support/oci-tools.js';
import { freePort, startPrometheus, type LocalPrometheus } from '../support/prometheus.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const env = { GITHUB_SHA: 'a'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' };
const dir = useTempDir('modelgate-analysis-');
let registry: LocalRegistry;
let server: ModelServer;
let prometheus: LocalPrometheus;
let images: Record<string, PushedImage>;
const ledger = 'file:.modelgate/analysis.jsonl';

const analysis = (url: string) => `prometheus: ${url}
interval: 1s
count: 2
queries:
  - name: error-rate
    query: sum(rate(model_errors_total{track="{{ track }}"}[5s])) / sum(rate(model_requests_total{track="{{ track }}"}[5s]))
    max: 0.05
  - name: p99-latency
    query: histogram_quantile(0.99, sum by (le) (rate(model_request_duration_seconds_bucket{track="{{ track }}"}[5s])))
    max: 0.2
`;
const settle = () => new Promise((r) => setTimeout(r, 6_000));
const live = () => (inspect(`${registry.host}/acme/churn:analysed`) as { Digest: string }).Digest;
const records = () =>
  readFileSync(join(dir(), '.modelgate/analysis.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  registry = await startRegistry();
  images = await pushModelImages(registry.host, dir(), ['v1', 'v2', 'v3'], env);
  server = await startModelServer();
  prometheus = await startPrometheus([server.host]);
  writeFileSync(join(dir(), 'analysis.yml'), analysis(prometheus.url));
  mkdirSync(join(dir(), '.modelgate'), { recursive: true });
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  await server?.stop();
  await registry?.stop();
});

const deploy = (image: PushedImage, extra: Record<string, string> = {}) =>
  runActionInProcess(
    'deploy',
    { image: image.image, environment: 'analysed', ledger, 'allow-ungated': 'true', ...extra },
    dir(),
    env,
  );

test('a healthy release passes its analysis and is recorded with it', async () => {
  const first = await deploy(images.v1);
  expect(first.failure).toBeUndefined();
  expect(first.outputs.status).toBe('success');
  const run = await deploy(images.v2, { analysis: 'analysis.yml' });
  expect(run.outputs.status).toBe('success');
  expect(live()).toBe(images.v2.digest);
  expect(run.summary).toMatch(/- \*\*Analysis:\*\* pass — 2 measurements, 0 failed/);
  const v2 = records()
    .filter((r) => r.image === images.v2.image)
    .at(-1)!;
  expect(v2).toMatchObject({ status: 'success', analysis: { verdict: 'pass' } });
  // What a GitHub deployment status would say (the file ledger keeps it as `detail`).
  expect(v2.detail).toMatch(/^analysis pass \(2 measurements, 0 failed .*\); /);
  expect((v2.analysis as { measurements: unknown[] }).measurements).toHaveLength(2);
  // Its deadline leaves room for the analysis (2 × 1 s + 2 × 2 queries × a minute), so no
  // other run takes the environment over while it measures.
  const allowed = Date.parse(v2.deadline as string) - Date.parse(v2.created_at as string);
  expect(allowed).toBe(2 * 600_000 + 60_000 + 2_000 + 240_000);
}, 60_000);

test('through the bundled deploy: a latency regression after the switch is rolled back, with the query, value and threshold', async () => {
  server.set('stable', { latencyMs: 400 });
  await settle();
  const run = await runBundledAction(
    'deploy',
    {
      image: images.v3.image,
      environment: 'analysed',
      ledger,
      'allow-ungated': 'true',
      analysis: 'analysis.yml',
    },
    dir(),
    env,
  );
  server.set('stable', { latencyMs: 20 });
  expect(run.outputs.status).toBe('rolled-back');
  expect(run.code).toBe(1);
  expect(live()).toBe(images.v2.digest);
  expect(run.stdout).toMatch(
    /::error::deploy: the rollout failed \(analysis fail: p99-latency is 0\.\d+, above its max 0\.2\); rolled back to /,
  );
  const v3 = records()
    .filter((r) => r.image === images.v3.image)
    .at(-1)!;
  expect(v3).toMatchObject({
    status: 'failure',
    detail: expect.stringMatching(/^analysis fail: p99-latency is 0\.\d+, above its max 0\.2$/),
    analysis: { verdict: 'fail' },
  });
  expect(records().at(-1)).toMatchObject({ status: 'success', image: images.v2.image });
  // Each query over the measurements, beside its threshold, from zero.
  expect(run.summary).toContain(
    'xychart-beta\n  title "p99-latency: value (red) vs max 0.2 (grey)"\n  x-axis [1]\n  y-axis "p99-latency" 0 --> ',
  );
  expect(run.summary).toMatch(/ {2}line \[0\.\d+\]\n {2}line \[0\.2\]\n```/);
}, 60_000);

test('a Prometheus that cannot answer is inconclusive: rolled back, never recorded as a pass', async () => {
  const port = await freePort();
  writeFileSync(join(dir(), 'down.yml'), analysis(`http://127.0.0.1:${port}`));
  const run = await deploy(images.v3, { analysis: 'down.yml' });
  expect(run.outputs.status).toBe('rolled-back');
  expect(live()).toBe(images.v2.digest);
  expect(run.failure).toMatch(/analysis inconclusive: error-rate: cannot reach Prometheus at /);
}, 60_000);

test('an analysis without a prometheus server is refused before anything changes', async () => {
  const before = readFileSync(join(dir(), '.modelgate/analysis.jsonl'));
  const run = await deploy(images.v1, {
    analysis: 'count: 1\nqueries:\n  - name: x\n    query: up\n    min: 1\n',
  });
  expect(run.failure).toBe(
    "deploy: input 'analysis': needs prometheus: <url> (the server to query for analysed)",
  );
  expect(live()).toBe(images.v2.digest);
  expect(readFileSync(join(dir(), '.modelgate/analysis.jsonl')).equals(before)).toBe(true);
});
