import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction, startBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { startKubeApiServer, type KubeApiServer } from '../support/kube-apiserver.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { startPrometheus, type LocalPrometheus } from '../support/prometheus.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const env = { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', SOURCE_DATE_EPOCH: '0' };
const dir = useTempDir('modelgate-kube-');
let registry: LocalRegistry;
let kube: KubeApiServer;
let images: Record<string, PushedImage>;
let kubeconfig: string;
const PATH = '/apis/apps/v1/namespaces/ml/deployments/churn';

beforeAll(async () => {
  registry = await startRegistry();
  images = await pushModelImages(registry.host, dir(), ['v1', 'v2', 'v3'], env);
  kube = await startKubeApiServer({ tickMs: 40, progressDeadlineMs: 400 });
  kubeconfig = kube.kubeconfig(join(dir(), 'kubeconfig'), 'ml');
}, 60_000);
afterAll(async () => {
  await kube.stop();
  await registry.stop();
});

/** The cluster's starting point: churn with a model container and a sidecar, 3 replicas. */
async function seed(name: string, image: string, server: KubeApiServer = kube) {
  const response = await fetch(
    `${server.url}/apis/apps/v1/namespaces/ml/deployments/${name}?fieldManager=kubectl`,
    {
      method: 'PATCH',
      headers: {
        authorization: 'Bearer kube-token',
        'content-type': 'application/apply-patch+yaml',
      },
      body: JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: 'ml' },
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: name } },
          template: {
            metadata: { labels: { app: name } },
            spec: {
              containers: [
                { name: 'model', image },
                { name: 'sidecar', image: 'envoyproxy/envoy:v1.31' },
              ],
            },
          },
        },
      }),
    },
  );
  expect(response.status).toBe(201);
}

/** deploy from the sources, in process (the rollback and cancel tests drive the bundle). */
const deploy = (inputs: Record<string, string>) =>
  runActionInProcess(
    'deploy',
    {
      ledger: 'file:kube.jsonl',
      provider: 'kubernetes',
      kubeconfig,
      timeout: '3s',
      'allow-ungated': 'true',
      ...inputs,
    },
    dir(),
    env,
  );
const containers = (path = PATH) =>
  Object.fromEntries(
    (
      kube.objects.get(path)!.spec.template.spec.containers as { name: string; image: string }[]
    ).map((c) => [c.name, c.image]),
  );

test('rolling: deploy v1, deploy v2, roll back; a stuck rollout rolls itself back', async () => {
  await seed('churn', `${registry.host}/acme/churn:v0`);
  const settings = {
    environment: 'production',
    namespace: 'ml',
    deployment: 'churn',
    container: 'model',
  };
  const first = await deploy({ image: images.v1.image, ...settings });
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Waiting for deployment "churn" rollout to finish');
  expect(first.summary).toContain('deployment "churn" successfully rolled out (3 replicas)');
  expect(containers()).toEqual({ model: images.v1.image, sidecar: 'envoyproxy/envoy:v1.31' });
  expect(kube.objects.get(PATH)!.metadata.generation).toBe(2);
  expect(kube.applies).toContain(`modelgate ${PATH}`);
  // What the cluster ran before the first modelgate release is what deploy calls previous.
  expect(first.outputs['previous-image']).toBe(`${registry.host}/acme/churn:v0`);

  const second = await deploy({ image: images.v2.image, ...settings });
  expect(second.outputs.status).toBe('success');
  expect(containers().model).toBe(images.v2.image);

  const back = await runBundledAction(
    'rollback',
    { ledger: 'file:kube.jsonl', environment: 'production' },
    dir(),
    env,
  );
  expect(back.code).toBe(0);
  expect(containers().model).toBe(images.v1.image);

  // v3's pods never become ready: the Deployment reports ProgressDeadlineExceeded.
  kube.broken.add(images.v3.image);
  const stuck = await deploy({ image: images.v3.image, ...settings });
  expect(stuck.code).toBe(1);
  expect(stuck.outputs.status).toBe('rolled-back');
  expect(stuck.stdout).toContain('deployment "churn" exceeded its progress deadline');
  expect(containers().model).toBe(images.v1.image);
  const d = kube.objects.get(PATH)!;
  expect(d.status.availableReplicas).toBe(3);
  expect(d.status.updatedReplicas).toBe(3);
});

test('a rollout slower than timeout fails at the timeout, like kubectl rollout status --timeout', async () => {
  await seed('slow', `${registry.host}/acme/churn:v0`);
  kube.broken.add(images.v2.image);
  const started = Date.now();
  const run = await deploy({
    image: images.v2.image,
    environment: 'slow',
    namespace: 'ml',
    deployment: 'slow',
    container: 'model',
    timeout: '200ms',
    'auto-rollback': 'false',
  });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(run.outputs.status).toBe('failure');
  expect(run.stdout).toContain('deployment "slow" did not finish rolling out within 200 ms');
  kube.broken.delete(images.v2.image);
});

test('canary: the new image runs beside the old in steps, then everywhere; a failing canary is removed', async () => {
  await seed('canary', `${registry.host}/acme/churn:v0`);
  const settings = {
    environment: 'canary',
    namespace: 'ml',
    deployment: 'canary',
    container: 'model',
    strategy: 'canary',
    'canary-steps': '34,67,100',
  };
  const run = await deploy({ image: images.v1.image, ...settings });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `canary 34%: 2 of 5 replicas run ${images.v1.image} and are available`,
  );
  expect(run.stdout).toContain(
    `canary 67%: 3 of 6 replicas run ${images.v1.image} and are available`,
  );
  const canaryPath = '/apis/apps/v1/namespaces/ml/deployments/canary-canary';
  expect(kube.applies.filter((a) => a === `modelgate ${canaryPath}`)).toHaveLength(2);
  expect(kube.objects.has(canaryPath)).toBe(false);
  expect(containers('/apis/apps/v1/namespaces/ml/deployments/canary').model).toBe(images.v1.image);

  kube.broken.add(images.v3.image);
  const failed = await deploy({ image: images.v3.image, ...settings });
  expect(failed.outputs.status).toBe('failure');
  expect(failed.stdout).toContain(
    'canary: deployment "canary-canary" exceeded its progress deadline',
  );
  expect(failed.stdout).toContain('the canary was removed');
  expect(kube.objects.has(canaryPath)).toBe(false);
  expect(containers('/apis/apps/v1/namespaces/ml/deployments/canary').model).toBe(images.v1.image);
});

describe('canary steps gated on live metrics (Prometheus scraping the model server)', () => {
  let server: ModelServer;
  let prometheus: LocalPrometheus;
  beforeAll(async () => {
    server = await startModelServer();
    prometheus = await startPrometheus([server.host]);
    writeFileSync(
      join(dir(), 'canary-analysis.yml'),
      [
        `prometheus: ${prometheus.url}`,
        'interval: 1s',
        'count: 2',
        'queries:',
        '  - name: error-rate',
        '    query: sum(rate(model_errors_total{track="{{ track }}"}[5s])) / sum(rate(model_requests_total{track="{{ track }}"}[5s]))',
        '    max: 0.05',
        '',
      ].join('\n'),
    );
  }, 30_000);
  afterAll(async () => {
    await prometheus?.stop();
    await server?.stop();
  });

  test('through the bundled deploy: an erroring canary is stopped at its first step, a silent one is not promoted, a healthy one is promoted after each step passes', async () => {
    await seed('analysed', `${registry.host}/acme/churn:v0`);
    const settings = {
      environment: 'analysed',
      namespace: 'ml',
      deployment: 'analysed',
      container: 'model',
      strategy: 'canary',
      'canary-steps': '34,67,100',
      analysis: 'canary-analysis.yml',
      ledger: 'file:kube.jsonl',
      provider: 'kubernetes',
      kubeconfig,
      'allow-ungated': 'true',
    };
    const bundled = (extra: Record<string, string> = {}) =>
      runBundledAction(
        'deploy',
        { image: images.v2.image, ...settings, timeout: '3s', ...extra },
        dir(),
        env,
      );
    const lastRecord = () =>
      JSON.parse(
        readFileSync(join(dir(), 'kube.jsonl'), 'utf8').trim().split('\n').at(-1)!,
      ) as Record<string, unknown>;
    const canaryPath = '/apis/apps/v1/namespaces/ml/deployments/analysed-canary';
    const main = '/apis/apps/v1/namespaces/ml/deployments/analysed';

    server.set('canary', { errorRate: 0.25 });
    await new Promise((r) => setTimeout(r, 6_000));
    const failed = await bundled();
    expect(failed.outputs.status).toBe('failure');
    expect(failed.code).toBe(1);
    const why =
      /canary: analysis fail at 34%(?:25)?: error-rate is 0\.\d+, above its max 0\.05; the canary was removed/; // %25: a workflow command escapes %
    expect(failed.stdout).toMatch(why);
    expect(failed.summary).toMatch(why);
    expect(lastRecord()).toMatchObject({ status: 'failure', detail: expect.stringMatching(why) });
    expect(kube.objects.has(canaryPath)).toBe(false);
    expect(containers(main).model).toBe(`${registry.host}/acme/churn:v0`);

    // No traffic reaches the canary: nothing to judge, so it is not promoted.
    server.set('canary', { errorRate: 0, rps: 0 });
    await new Promise((r) => setTimeout(r, 6_000));
    const silent = await bundled();
    server.set('canary', { rps: 20 });
    expect(silent.outputs.status).toBe('failure');
    expect(silent.stdout).toMatch(
      /canary: analysis inconclusive at 34%(?:25)?: error-rate: no data for canary \(no traffic, or the series is missing\); the canary was removed/,
    );
    expect(kube.objects.has(canaryPath)).toBe(false);
    expect(containers(main).model).toBe(`${registry.host}/acme/churn:v0`);

    await new Promise((r) => setTimeout(r, 6_000));
    // Each step runs a second before it is judged (canary-step-duration).
    const promoted = await bundled({
      'canary-step-duration': '1s',
      timeout: '60s', // the steps, their pauses and their analyses all count
    });
    expect(promoted.code).toBe(0);
    expect(promoted.outputs.status).toBe('success');
    expect(promoted.stdout).toMatch(/canary 34%: analysis pass/);
    expect(promoted.stdout).toMatch(/canary 67%: analysis pass/);
    expect(promoted.summary).toMatch(/- \*\*Analysis:\*\* pass/);
    expect(lastRecord()).toMatchObject({ status: 'success', analysis: { verdict: 'pass' } });
    expect(containers(main).model).toBe(images.v2.image);
  }, 120_000);

  test('max-regression: each step compares the canary with the stable track beside it', async () => {
    writeFileSync(
      join(dir(), 'compare.yml'),
      [
        `prometheus: ${prometheus.url}`,
        'interval: 3s', // at least two scrapes in every window
        'count: 1',
        'queries:',
        '  - name: error-rate',
        '    query: sum(increase(model_errors_total{track="{{ track }}"}[{{ window }}]))',
        '    total: sum(increase(model_requests_total{track="{{ track }}"}[{{ window }}]))',
        '    max-regression: 0.05',
        '',
      ].join('\n'),
    );
    await seed('compared', `${registry.host}/acme/churn:v0`);
    const settings = {
      environment: 'compared',
      namespace: 'ml',
      deployment: 'compared',
      container: 'model',
      strategy: 'canary',
      'canary-steps': '50,100',
      'canary-step-duration': '5s',
      analysis: 'compare.yml',
      timeout: '60s',
    };
    server.set('canary', { errorRate: 0.25 });
    const failed = await deploy({ image: images.v2.image, ...settings });
    server.set('canary', { errorRate: 0 });
    expect(failed.outputs.status).toBe('failure');
    expect(failed.stdout).toMatch(
      /canary: analysis fail at 50%: error-rate is 0\.\d+ on canary vs 0 on stable \(\+0\.\d+; upper bound \+0\.\d+ at 95%, \d+ canary vs \d+ stable events\), past max-regression 0\.05; the canary was removed/,
    );
    await new Promise((r) => setTimeout(r, 6_000));
    const promoted = await deploy({ image: images.v2.image, ...settings });
    expect(promoted.failure).toBeUndefined();
    expect(promoted.stdout).toMatch(/canary 50%: analysis pass/);
    expect(containers('/apis/apps/v1/namespaces/ml/deployments/compared').model).toBe(
      images.v2.image,
    );
  }, 90_000);
});

test('manifests: applied server-side with the image substituted; Deployments waited for', async () => {
  writeFileSync(
    join(dir(), 'app.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: churn-m',
      'spec:',
      '  replicas: 2',
      '  selector: { matchLabels: { app: churn-m } }',
      '  template:',
      '    metadata: { labels: { app: churn-m } }',
      '    spec:',
      '      containers:',
      '        - name: model',
      `          image: ${registry.host}/acme/churn:latest`,
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: { name: churn-m }',
      'spec: { selector: { app: churn-m }, ports: [{ port: 80 }] }',
      '',
    ].join('\n'),
  );
  const run = await deploy({
    image: images.v2.image,
    environment: 'manifests',
    manifests: 'app.yaml',
  });
  expect(run.code).toBe(0);
  expect(containers('/apis/apps/v1/namespaces/ml/deployments/churn-m').model).toBe(images.v2.image);
  expect(kube.objects.get('/api/v1/namespaces/ml/services/churn-m')?.spec.ports).toEqual([
    { port: 80 },
  ]);
  expect(run.summary).toContain(
    'applied 2 object(s) server-side; deployment "churn-m" successfully rolled out',
  );
});

test('bad settings and an unreachable or refusing cluster: clear errors, nothing recorded live', async () => {
  const noTarget = await deploy({ image: images.v1.image, environment: 'x' });
  expect(noTarget.stdout).toContain(
    "::error::deploy: input 'deployment': is required by the kubernetes provider (or give manifests)",
  );
  const steps = await deploy({
    image: images.v1.image,
    environment: 'x',
    deployment: 'churn',
    strategy: 'canary',
    'canary-steps': '50,10',
  });
  expect(steps.stdout).toContain("input 'canary-steps': must be increasing whole percentages");
  const missing = await deploy({
    image: images.v1.image,
    environment: 'x',
    namespace: 'ml',
    deployment: 'nope',
  });
  expect(missing.outputs.status).toBe('failure');
  expect(missing.stdout).toContain('deployment "nope" does not exist in namespace ml');
  const wrong = join(dir(), 'wrong-kubeconfig');
  writeFileSync(
    wrong,
    kubeconfig
      ? (await import('node:fs')).readFileSync(kubeconfig, 'utf8').replace('kube-token', 'stolen')
      : '',
  );
  const refused = await deploy({
    image: images.v1.image,
    environment: 'x',
    namespace: 'ml',
    deployment: 'churn',
    kubeconfig: wrong,
  });
  expect(refused.stdout).toContain('Unauthorized');
  expect(refused.stdout).not.toContain('stolen');
  const absent = await deploy({
    image: images.v1.image,
    environment: 'x',
    deployment: 'churn',
    kubeconfig: join(dir(), 'none'),
  });
  expect(absent.stdout).toContain("input 'kubeconfig': cannot be read");
});

test('a cancelled rollout (SIGINT while waiting for the pods) stops within the grace period and puts back what was live', async () => {
  // A cluster where a broken image just never becomes available (no progress deadline soon).
  const patient = await startKubeApiServer({ tickMs: 40, progressDeadlineMs: 600_000 });
  try {
    const config = patient.kubeconfig(join(dir(), 'patient-kubeconfig'), 'ml');
    const path = '/apis/apps/v1/namespaces/ml/deployments/waits';
    await seed('waits', `${registry.host}/acme/churn:v0`, patient);
    const inputs = {
      ledger: 'file:cancel-kube.jsonl',
      provider: 'kubernetes',
      kubeconfig: config,
      environment: 'waits',
      namespace: 'ml',
      deployment: 'waits',
      container: 'model',
      'allow-ungated': 'true',
      timeout: '5m',
    };
    const model = () =>
      (patient.objects.get(path)!.spec.template.spec.containers as { image: string }[])[0].image;
    const first = await runBundledAction(
      'deploy',
      { ...inputs, image: images.v1.image },
      dir(),
      env,
    );
    expect(first.outputs.status).toBe('success');
    patient.broken.add(images.v2.image);
    const { child, done } = startBundledAction(
      'deploy',
      { ...inputs, image: images.v2.image },
      dir(),
      env,
    );
    while (model() !== images.v2.image) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 300)); // well into the wait
    const signalled = Date.now();
    child.kill('SIGINT');
    const run = await done;
    // The runner sends SIGTERM 7.5 s after SIGINT and kills soon after.
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(run.outputs.status).toBe('failure');
    expect(model()).toBe(images.v1.image);
    const records = readFileSync(join(dir(), 'cancel-kube.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.image === images.v2.image).at(-1)).toMatchObject({
      status: 'failure',
      detail: 'cancelled',
    });
    expect(records.at(-1)).toMatchObject({ status: 'success', image: images.v1.image });
  } finally {
    await patient.stop();
  }
}, 60_000);
