/**
 * Analysis against Debian's Prometheus, scraping a model server whose behaviour each test
 * sets (1 s scrapes; no mocked Prometheus answers): healthy passes, erroring fails with the
 * query and its value, no traffic and a Prometheus that is down are inconclusive.
 */
import { analysisSchema, runAnalysis } from '../../src/analysis/analysis.js';
import { PrometheusClient } from '../../src/analysis/prometheus.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { freePort, startPrometheus, type LocalPrometheus } from '../support/prometheus.js';

let server: ModelServer;
let prometheus: LocalPrometheus;
let client: PrometheusClient;

const spec = (extra: Record<string, unknown> = {}) =>
  analysisSchema.parse({
    interval: '1s',
    count: 3,
    queries: [
      {
        name: 'error-rate',
        query:
          'sum(rate(model_errors_total{track="{{ track }}"}[5s])) / sum(rate(model_requests_total{track="{{ track }}"}[5s]))',
        max: 0.05,
      },
      {
        name: 'p99-latency',
        query:
          'histogram_quantile(0.99, sum by (le) (rate(model_request_duration_seconds_bucket{track="{{ track }}"}[5s])))',
        max: 0.2,
      },
    ],
    ...extra,
  });
const settle = () => new Promise((r) => setTimeout(r, 6_000));

beforeAll(async () => {
  server = await startModelServer();
  prometheus = await startPrometheus([server.host]);
  client = new PrometheusClient({ url: prometheus.url, timeoutMs: 2_000 });
  // Two scrapes at least before a rate exists.
  await settle();
}, 30_000);
afterAll(async () => {
  await prometheus?.stop();
  await server?.stop();
});

test('a healthy canary passes every measurement', async () => {
  const result = await runAnalysis(spec(), client, { track: 'canary', image: 'x@sha256:1' });
  expect(result.reason).toMatch(/^3 measurements, 0 failed/);
  expect(result.verdict).toBe('pass');
  expect(result.measurements).toHaveLength(3);
  for (const m of result.measurements) {
    expect(m.outcome).toBe('success');
    expect(m.values['error-rate']).toBe(0);
    expect(m.values['p99-latency']).toBeLessThan(0.05);
  }
}, 20_000);

test('an erroring canary fails at the first measurement past the limit, naming the query and value', async () => {
  server.set('canary', { errorRate: 0.2 });
  await settle();
  const result = await runAnalysis(spec(), client, { track: 'canary', image: 'x@sha256:1' });
  expect(result.verdict).toBe('fail');
  expect(result.measurements).toHaveLength(1);
  expect(result.reason).toMatch(/^error-rate is 0\.\d+, above its max 0\.05$/);
  expect(result.measurements[0].values['error-rate']).toBeGreaterThan(0.1);
  // The stable track, healthy all along, passes the same analysis.
  const stable = await runAnalysis(spec({ count: 1 }), client, { track: 'stable', image: 'y' });
  expect(stable.verdict).toBe('pass');
  server.set('canary', { errorRate: 0 });
}, 30_000);

test('a slow canary fails on latency; failure-limit tolerates what it says', async () => {
  server.set('canary', { latencyMs: 400 });
  await settle();
  const result = await runAnalysis(spec({ 'failure-limit': 1 }), client, {
    track: 'canary',
    image: 'x',
  });
  expect(result.verdict).toBe('fail');
  expect(result.measurements).toHaveLength(2);
  expect(result.reason).toMatch(/^p99-latency is 0\.\d+, above its max 0\.2$/);
  server.set('canary', { latencyMs: 20 });
}, 30_000);

test('a canary with no traffic is inconclusive, never a pass', async () => {
  server.set('canary', { rps: 0 });
  await settle();
  const result = await runAnalysis(spec(), client, { track: 'canary', image: 'x' });
  expect(result.verdict).toBe('inconclusive');
  expect(result.reason).toMatch(/error-rate: no data for canary/);
  server.set('canary', { rps: 20 });
}, 30_000);

test('a Prometheus that is down is inconclusive, with where it looked', async () => {
  const port = await freePort();
  const down = new PrometheusClient({
    url: `http://127.0.0.1:${port}`,
    timeoutMs: 500,
    retry: { attempts: 2, baseMs: 10, maxMs: 10, deadlineMs: 1_000 },
  });
  const result = await runAnalysis(spec(), down, { track: 'canary', image: 'x' });
  expect(result.verdict).toBe('inconclusive');
  expect(result.reason).toContain(`cannot reach Prometheus at http://127.0.0.1:${port} (`);
  expect(result.reason).toMatch(/: ECONNREFUSED/);
});

test("a bad query is Prometheus's own error, inconclusive", async () => {
  const result = await runAnalysis(
    analysisSchema.parse({
      interval: '1s',
      count: 1,
      queries: [{ name: 'broken', query: 'sum(', max: 1 }],
    }),
    client,
    { track: 'canary', image: 'x' },
  );
  expect(result.verdict).toBe('inconclusive');
  expect(result.reason).toMatch(/^broken: Prometheus answered bad_data: /);
});

describe('comparisons of the canary with the stable track (max-regression, Farrington–Manning)', () => {
  const comparison = (maxRegression: number | string, extra: Record<string, unknown> = {}) =>
    analysisSchema.parse({
      interval: '1s',
      count: 2,
      queries: [
        {
          name: 'error-rate',
          query: 'sum(increase(model_errors_total{track="{{ track }}"}[{{ window }}]))',
          total: 'sum(increase(model_requests_total{track="{{ track }}"}[{{ window }}]))',
          'max-regression': maxRegression,
        },
      ],
      ...extra,
    });
  const beside = (seconds: number) => ({
    track: 'canary',
    image: 'x',
    since: new Date(Date.now() - seconds * 1000),
    baseline: { track: 'stable' },
  });

  test('a canary as good as stable passes once enough requests show it within the margin', async () => {
    await settle(); // both tracks serving for a while (the test before stopped the canary's traffic)
    const result = await runAnalysis(comparison(0.05), client, beside(5));
    expect(result.reason).toMatch(/^2 measurements, 0 failed/);
    expect(result.verdict).toBe('pass');
    const [first] = result.measurements;
    expect(first.values['error-rate']).toBe(0);
    expect(first.baselines!['error-rate']).toBe(0);
    const counts = first.comparisons!['error-rate'];
    // About 20 requests a second on each track, over the 5 s judged.
    expect(counts.canary.total).toBeGreaterThan(60);
    expect(counts.stable.total).toBeGreaterThan(60);
    expect(counts.upper).toBeLessThan(0.05);
  }, 30_000);

  test('an erroring canary fails against a healthy stable, with both shares, the bound and the counts', async () => {
    server.set('canary', { errorRate: 0.2 });
    await settle();
    const result = await runAnalysis(comparison(0.02), client, beside(5));
    server.set('canary', { errorRate: 0 });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(
      /^error-rate is 0\.\d+ on canary vs 0 on stable \(\+0\.\d+; upper bound \+0\.\d+ at 95%, \d+ canary vs \d+ stable events\), past max-regression 0\.02$/,
    );
  }, 30_000);

  test('too few events, or too wide a bound, is inconclusive: never a pass', async () => {
    server.set('canary', { rps: 2 });
    await settle();
    const few = await runAnalysis(comparison(0.02), client, beside(4));
    server.set('canary', { rps: 20 });
    expect(few.verdict).toBe('inconclusive');
    expect(few.reason).toMatch(
      /^error-rate: \d canary vs \d+ stable events; a comparison needs 20 on each side$/,
    );
    // Both tracks fail 10% of requests: equal, but 3 s of traffic cannot show "at most 20% worse".
    server.set('canary', { errorRate: 0.1 });
    server.set('stable', { errorRate: 0.1 });
    await settle();
    const wide = await runAnalysis(comparison('20%'), client, beside(3));
    server.set('canary', { errorRate: 0 });
    server.set('stable', { errorRate: 0 });
    expect(wide.verdict).toBe('inconclusive');
    expect(wide.reason).toMatch(
      /^error-rate is 0\.1\d* on canary vs 0\.\d+ on stable \(×[\d.]+; upper bound ×[\d.]+ at 95%.*\): not yet shown within max-regression 20%$/,
    );
    await settle();
  }, 40_000);

  test('after a switch, the stable track is compared with itself before the switch', async () => {
    const switched = new Date();
    server.set('stable', { errorRate: 0.25 });
    await settle();
    const result = await runAnalysis(comparison(0.02, { count: 1 }), client, {
      track: 'stable',
      image: 'x',
      since: switched,
      baseline: { track: 'stable', at: switched },
    });
    server.set('stable', { errorRate: 0 });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/ on stable vs 0 on stable before the switch \(\+0\.2/);
  }, 30_000);

  test('a comparison counts over {{ window }} and takes no max or min', () => {
    const parse = (query: Record<string, unknown>) =>
      analysisSchema.safeParse({ queries: [{ name: 'e', ...query }] }).error?.issues[0].message;
    expect(
      parse({
        query: 'sum(increase(e[5m]))',
        total: 'sum(increase(r[{{ window }}]))',
        'max-regression': 0.01,
      }),
    ).toMatch(/counts events over \[\{\{ window \}\}\]/);
    expect(
      parse({ query: 'a[{{ window }}]', total: 'b[{{ window }}]', 'max-regression': 0.01, max: 1 }),
    ).toMatch(/takes no max or min/);
    expect(parse({ query: 'a[{{ window }}]', 'max-regression': 0.01 })).toMatch(/needs both total/);
    expect(
      parse({ query: 'a[{{ window }}]', total: 'b[{{ window }}]', 'max-regression': '5 %' }),
    ).toMatch(/a share \(0\.01\) or a percentage/);
  });
});
