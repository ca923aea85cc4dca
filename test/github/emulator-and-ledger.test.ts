import { createGitHubClient } from '../../src/core/github-client.js';
import { GitHubLedger } from '../../src/ledger/github-ledger.js';
import { liveNames, liveRelease } from '../../src/ledger/ledger.js';
import { renderGateSummary } from '../../src/gate/render-summary.js';
import type { GateResult } from '../../src/gate/evaluate-gates.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';

let github: GitHubEmulator;
const env = () => ({ GITHUB_API_URL: github.url });

beforeAll(async () => {
  github = await startGitHubEmulator({ tokens: { ghs_deployer: { deployments: 'write' } } });
});
afterAll(() => github.stop());

test('the emulator refuses a request that breaks the OpenAPI contract, as GitHub does', async () => {
  const client = createGitHubClient('ghs_deployer', env());
  await expect(
    client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner: 'acme',
      repo: 'churn',
      deployment_id: 1,
      state: 'deployed-ish',
    } as never),
  ).rejects.toMatchObject({ status: 422 });
  expect(github.violations).toEqual([
    expect.stringMatching(/request POST .*statuses: .*must be equal to one of the allowed values/),
  ]);
  github.violations.length = 0;
});

test('the github ledger reads the live release from deployments and their statuses', async () => {
  const client = createGitHubClient('ghs_deployer', env());
  const release = (id: string, accuracy: number) => ({
    schema: 'modelgate.release/v1',
    id,
    environment: 'production',
    image: `ghcr.io/acme/churn@sha256:${id.padEnd(64, '0')}`,
    gate: { verdict: 'pass', metrics: { accuracy } },
    status: 'success',
    rollback_of: null,
    created_at: '2026-11-21T12:00:00Z',
  });
  for (const [id, state, accuracy] of [
    ['a1', 'success', 0.9],
    ['b2', 'success', 0.92],
    ['c3', 'failure', 0.5],
  ] as const) {
    const { data } = await client.rest.repos.createDeployment({
      owner: 'acme',
      repo: 'churn',
      ref: 'main',
      environment: 'production',
      payload: release(id, accuracy) as never,
      auto_merge: false,
      required_contexts: [],
    });
    await client.rest.repos.createDeploymentStatus({
      owner: 'acme',
      repo: 'churn',
      deployment_id: (data as { id: number }).id,
      state,
    });
  }
  // A deployment someone else made is passed over.
  await client.rest.repos.createDeployment({
    owner: 'acme',
    repo: 'churn',
    ref: 'main',
    environment: 'production',
    required_contexts: [],
  });
  const ledger = new GitHubLedger(client, 'acme', 'churn');
  const history = await ledger.history('production');
  expect(history.map((r) => [r.id, r.status])).toEqual([
    ['c3', 'failure'],
    ['b2', 'success'],
    // Superseded by b2, a later release of the same model (not by what GitHub marked).
    ['a1', 'inactive'],
  ]);
  expect((await liveRelease(ledger, 'production'))?.gate?.metrics).toEqual({ accuracy: 0.92 });
  expect(github.violations).toEqual([]);
});

test('a comment-sized report keeps failing rows and points to the full summary', () => {
  const results: GateResult[] = Array.from({ length: 3000 }, (_, i) => ({
    metric: 'recall',
    slice: `store=${'s'.repeat(20)}${i}`,
    kind: 'regression',
    direction: 'higher',
    candidate: 0.8,
    baseline: 0.81,
    delta: -0.01,
    threshold: '≤ 0.02 worse',
    result: i === 2999 ? 'fail' : 'pass',
    reason: i === 2999 ? 'regressed by −0.05' : 'changed by −0.01',
  }));
  const input = {
    evaluation: { verdict: 'fail' as const, results, failedGates: [] },
    candidate: { source: 'c.csv', overall: { values: {}, notes: {} }, slices: new Map() },
  };
  const full = renderGateSummary(input);
  expect(full.length).toBeGreaterThan(65535);
  const trimmed = renderGateSummary(input, {
    maxLength: 65000,
    moreAt: 'https://github.com/a/b/actions/runs/1',
  });
  expect(trimmed.length).toBeLessThanOrEqual(65000);
  expect(trimmed.split('\n')[0]).toBe('## ❌ Model gate: fail — 1 fail, 2999 pass');
  expect(trimmed).toContain('s2999 |');
  expect(trimmed).toMatch(/_…and \d+ more gates._/);
  expect(trimmed).toMatch(
    /full report is in the job summary: https:\/\/github.com\/a\/b\/actions\/runs\/1/,
  );
});

test("two models in one environment, GitHub's auto-inactive and a job's own deployment: each model's release stays live", async () => {
  const client = createGitHubClient('ghs_deployer', env());
  const ledger = new GitHubLedger(client, 'acme', 'shared');
  const release = (id: string, name: string) => ({
    schema: 'modelgate.release/v1' as const,
    id,
    environment: 'staging',
    name,
    image: `ghcr.io/acme/${name}@sha256:${'b'.repeat(64)}`,
    status: 'in_progress' as const,
    rollback_of: null,
    source: { sha: 'c'.repeat(40) },
    created_at: '2026-11-21T12:00:00Z',
  });
  for (const [id, name] of [
    ['churn-1', 'churn'],
    ['fraud-1', 'fraud'],
    ['churn-2', 'churn'],
  ]) {
    const created = await ledger.create(release(id, name));
    await ledger.update(created, 'success');
  }
  // The workflow job's `environment: staging` deployment succeeds last.
  await github.jobDeployment('acme/shared', 'staging', 'ghs_deployer');
  const latestState = (id: string) => {
    const deployment = github.state.deployments.find(
      (d) => (d.payload as { id?: string }).id === id,
    )!;
    return github.state.statuses.filter((s) => s.deployment_id === deployment.id).at(-1)?.state;
  };
  // GitHub shows every one of them inactive now...
  expect(['churn-1', 'fraud-1', 'churn-2'].map(latestState)).toEqual([
    'inactive',
    'inactive',
    'inactive',
  ]);
  // ...but for modelgate each model's newest successful release is what is live.
  expect((await liveRelease(ledger, 'staging', 'churn'))?.id).toBe('churn-2');
  expect((await liveRelease(ledger, 'staging', 'fraud'))?.id).toBe('fraud-1');
  expect(await liveNames(ledger, 'staging')).toEqual(['churn', 'fraud']);
  expect((await ledger.history('staging', 10, 'churn')).map((r) => [r.id, r.status])).toEqual([
    ['churn-2', 'success'],
    ['churn-1', 'inactive'],
  ]);
  expect(await ledger.environments()).toEqual(['staging']);
  expect(github.violations).toEqual([]);
});
