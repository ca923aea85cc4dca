/**
 * The whole chain as a team runs it, through the bundled actions exactly as the runner
 * calls them (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH with real
 * webhook payloads), against a real registry and the GitHub API emulator: a release to
 * production, a pull request that passes, one that regresses and is blocked, a second
 * release, a failed rollout that rolls itself back, and a manual rollback.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';
import { inspect, skopeo } from '../support/oci-tools.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';
import { pullRequestEvent, webhookExample } from '../support/webhook-events.js';

const dir = useTempDir('modelgate-e2e-');
let registry: LocalRegistry;
let github: GitHubEmulator;
const TOKEN = 'ghs_e2e';
const REPO = 'Codertocat/Hello-World';

beforeAll(async () => {
  registry = await startRegistry();
  github = await startGitHubEmulator({
    tokens: {
      [TOKEN]: { checks: 'write', pull_requests: 'write', issues: 'write', deployments: 'write' },
    },
  });
  cpSync(resolve('examples/iris'), join(dir(), 'iris'), { recursive: true });
  // A candidate that regresses: every fifth example predicted wrong.
  const lines = readFileSync(join(dir(), 'iris', 'predictions.csv'), 'utf8')
    .trim()
    .split('\n');
  const worse = lines.map((line, i) => {
    if (i === 0 || i % 5 !== 0) return line;
    const [id, label, prediction, ...scores] = line.split(',');
    const wrong = label === 'setosa' ? 'virginica' : 'setosa';
    return [id, label, prediction === wrong ? label : wrong, ...scores].join(',');
  });
  writeFileSync(join(dir(), 'regressed.csv'), worse.join('\n') + '\n');
}, 60_000);
afterAll(async () => {
  await github.stop();
  await registry.stop();
});
afterEach(() => expect(github.violations).toEqual([]));

/** The environment of a `push` to main (a release workflow). */
function pushEvent(sha: string): Record<string, string> {
  const path = join(dir(), `push-${sha.slice(0, 7)}.json`);
  writeFileSync(path, JSON.stringify(webhookExample('push')));
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7001',
    GITHUB_ACTOR: 'Codertocat',
  };
}
const step = (action: string, inputs: Record<string, string>, env: Record<string, string>) =>
  runBundledAction(action, { 'github-token': TOKEN, ...inputs }, dir(), {
    GITHUB_API_URL: github.url,
    SOURCE_DATE_EPOCH: '1700000000',
    ...env,
  });
const live = (tag: string) =>
  (inspect(`${registry.host}/acme/iris:${tag}`) as { Digest: string }).Digest;

/** validate → build → gate against production → deploy, as model-release.yml does. */
async function release(n: number, environment: string, extra: Record<string, string> = {}) {
  const env = pushEvent(String(n).repeat(40));
  const validated = await step(
    'validate-model',
    { model: 'iris', signature: 'iris/signature.yaml', 'require-model-card': 'true' },
    env,
  );
  expect(validated.outputs.valid).toBe('true');
  const built = await step(
    'build-image',
    {
      model: 'iris',
      image: `${registry.host}/acme/iris`,
      labels: `release=${n}`,
      'validate-report': validated.outputs.report,
    },
    env,
  );
  expect(built.code).toBe(0);
  const gate = await step(
    'evaluate-gate',
    {
      candidate: 'iris/predictions.csv',
      'score-column': 'score_',
      gates: 'iris/gates.yml',
      baseline: `environment:${environment}`,
      'validate-report': validated.outputs.report,
    },
    env,
  );
  expect(gate.outputs.verdict).toBe('pass');
  const deployed = await step(
    'deploy',
    {
      image: built.outputs.image,
      environment,
      'gate-report': gate.outputs.report,
      'model-digest': validated.outputs.digest,
      ...extra,
    },
    env,
  );
  return { built, gate, deployed };
}

test('release, PRs gated against it, a second release, a failed rollout, a manual rollback', async () => {
  // 1. The first release: nothing live yet, so the regression gates are skipped.
  const first = await release(1, 'production');
  expect(first.deployed.outputs.status).toBe('success');
  expect(first.gate.summary.split('\n')[0]).toBe(
    '## ✅ Model gate: pass — 3 pass, 2 skipped (first release: no live model to compare with)',
  );
  expect(live('production')).toBe(first.built.outputs.digest);

  // 2. A pull request that keeps the model's quality passes, on the PR's head commit.
  const head = 'a'.repeat(40);
  const pr = pullRequestEvent(dir(), { headSha: head });
  const good = await step(
    'evaluate-gate',
    {
      candidate: 'iris/predictions.csv',
      'score-column': 'score_',
      gates: 'iris/gates.yml',
      baseline: 'environment:production',
    },
    pr,
  );
  expect(good.code).toBe(0);
  expect(good.outputs['baseline-metrics']).toContain('"accuracy":0.98');
  // The baseline is the live release's own predictions, fetched from beside its image.
  expect(good.summary).toContain(': its predictions (evidence sha256:');
  // Identical predictions on 50 rows: Tango's test still bounds the difference.
  expect(good.summary).toMatch(
    /accuracy vs baseline \| all \| 0\.98 \| 0\.98 \| 0 \| ≥ −0\.05133 \(95%\)/,
  );

  // 2b. A typo'd environment never passes: nothing of iris in "prodution", but in production.
  const typo = await step(
    'evaluate-gate',
    {
      candidate: 'iris/predictions.csv',
      'score-column': 'score_',
      gates: 'iris/gates.yml',
      baseline: 'environment:prodution',
      'check-name': 'Typo gate',
      comment: 'false',
    },
    pullRequestEvent(dir(), { headSha: 'c'.repeat(40) }),
  );
  expect(typo.code).toBe(1);
  expect(typo.outputs.verdict).toBe('fail');
  expect(typo.summary).toContain(
    'no baseline: nothing is live in prodution, but iris is live in production (github:',
  );

  // 3. One that regresses is blocked: the step fails, the check run says why.
  const badHead = 'b'.repeat(40);
  const regressed = await step(
    'evaluate-gate',
    {
      candidate: 'regressed.csv',
      'score-column': 'score_',
      gates: 'iris/gates.yml',
      baseline: 'environment:production',
    },
    pullRequestEvent(dir(), { headSha: badHead, action: 'synchronize' }),
  );
  expect(regressed.code).toBe(1);
  expect(regressed.outputs.verdict).toBe('fail');
  const checks = github.state.checkRuns.filter((r) => r.name === 'Model gate');
  expect(checks.map((r) => [r.head_sha, r.conclusion])).toEqual([
    [head, 'success'],
    [badHead, 'failure'],
  ]);
  expect(github.state.comments).toHaveLength(1);
  expect(github.state.comments[0].body).toContain('❌ Model gate: fail');

  // 4. A second release, gated with a paired interval against the first one's predictions,
  //    which deploy stored beside the first image (docker-registry: the tag fallback).
  const second = await release(2, 'production');
  expect(second.gate.summary).toMatch(
    /\| ✅ pass \| accuracy vs baseline \| all \| 0\.98 \| 0\.98 \| 0 \| ≥ −0\.05133 \(95%\) \| ≤ 0\.06 worse \(significance\) \|/,
  );
  const firstRecord = JSON.parse(readFileSync(first.deployed.outputs.report, 'utf8')) as {
    release: { evidence: { digest: string } };
  };
  expect(second.gate.summary).toContain(firstRecord.release.evidence.digest);
  const referrers = JSON.parse(
    skopeo([
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/iris:${first.built.outputs.digest.replace(':', '-')}`,
    ]),
  ) as { manifests: { digest: string; artifactType: string }[] };
  expect(referrers.manifests).toEqual([
    expect.objectContaining({
      digest: firstRecord.release.evidence.digest,
      artifactType: 'application/vnd.modelgate.evidence.v1+json',
    }),
  ]);
  expect(second.deployed.outputs['previous-image']).toBe(first.built.outputs.image);
  expect(live('production')).toBe(second.built.outputs.digest);

  // 5. In staging a rollout whose health check fails restores what was live there.
  const healthy = `echo "$MODELGATE_IMAGE" > staging-live.txt; [ "$MODELGATE_IMAGE" != "${second.built.outputs.image}" ]`;
  const staging = { provider: 'command', run: healthy, 'gate-report': first.gate.outputs.report };
  const s1 = await step(
    'deploy',
    { image: first.built.outputs.image, environment: 'staging', ...staging },
    pushEvent('1'.repeat(40)),
  );
  expect(s1.outputs.status).toBe('success');
  const s2 = await step(
    'deploy',
    { image: second.built.outputs.image, environment: 'staging', ...staging },
    pushEvent('2'.repeat(40)),
  );
  expect(s2.code).toBe(1);
  expect(s2.outputs.status).toBe('rolled-back');
  expect(readFileSync(join(dir(), 'staging-live.txt'), 'utf8').trim()).toBe(
    first.built.outputs.image,
  );
  // 5b. model-release.yml's job has `environment: staging`: GitHub's own deployment for the
  //     job succeeds after ours and marks ours inactive. Ours is still what is live.
  const restored = JSON.parse(readFileSync(s2.outputs.report, 'utf8')) as {
    restore: { deployment_id: number; id: string };
  };
  await github.jobDeployment(REPO, 'staging', TOKEN);
  const latest = github.state.statuses
    .filter((st) => st.deployment_id === restored.restore.deployment_id)
    .at(-1);
  expect(latest?.state).toBe('inactive');
  const stagingGate = await step(
    'evaluate-gate',
    {
      candidate: 'iris/predictions.csv',
      'score-column': 'score_',
      gates: 'iris/gates.yml',
      baseline: 'environment:staging',
      'check-name': 'Staging gate',
      comment: 'false',
    },
    pushEvent('3'.repeat(40)),
  );
  expect(stagingGate.outputs.verdict).toBe('pass');
  expect(stagingGate.summary).toContain(`release ${restored.restore.id} in staging`);

  // 6. A manual rollback of production (model-rollback.yml's workflow_dispatch).
  const dispatch = join(dir(), 'dispatch.json');
  writeFileSync(dispatch, JSON.stringify(webhookExample('workflow_dispatch')));
  const back = await step(
    'rollback',
    { environment: 'production', reason: 'latency regression in the field' },
    {
      ...pushEvent('2'.repeat(40)),
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: dispatch,
    },
  );
  expect(back.code).toBe(0);
  expect(back.outputs['to-image']).toBe(first.built.outputs.image);
  expect(live('production')).toBe(first.built.outputs.digest);

  // What the Environments page shows: every release a deployment, with its statuses.
  const production = github.state.deployments.filter((d) => d.environment === 'production');
  expect(production.map((d) => (d.payload as { rollback_of: string | null }).rollback_of)).toEqual([
    null,
    null,
    second.deployed.outputs['release-id'],
  ]);
  expect(production.every((d) => d.request.production_environment === true)).toBe(true);
});
