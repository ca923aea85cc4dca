import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction, startBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = { GITHUB_SHA: SHA, SOURCE_DATE_EPOCH: '1700000000', GITHUB_REPOSITORY: 'acme/churn' };
const dir = useTempDir('modelgate-gitops-');
let registry: LocalRegistry;
let images: Record<string, PushedImage>;
let repository: string;

const git = (args: string[], cwd = dir()) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

/** A bare remote whose main branch holds kustomize, Helm values and a plain manifest. */
function createRemote(name: string, repo: string): string {
  const remote = join(dir(), `${name}.git`);
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  const work = join(dir(), `${name}-seed`);
  git(['clone', '--quiet', remote, work]);
  mkdirSync(join(work, 'deploy', 'production'), { recursive: true });
  writeFileSync(
    join(work, 'deploy', 'production', 'kustomization.yaml'),
    `# churn model, production\nresources:\n  - deployment.yaml\nimages:\n  - name: ${repo}\n    newTag: v0 # set by CI\n  - name: other/sidecar\n    newTag: "1"\n`,
  );
  writeFileSync(
    join(work, 'deploy', 'production', 'values.yaml'),
    `replicaCount: 2\nimage:\n  repository: ${repo}\n  tag: v0\n  pullPolicy: IfNotPresent\n`,
  );
  writeFileSync(
    join(work, 'deploy', 'production', 'deployment.yaml'),
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: churn\nspec:\n  template:\n    spec:\n      containers:\n        - name: model\n          image: ${repo}:v0\n        - name: sidecar\n          image: other/sidecar:1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: churn\n`,
  );
  writeFileSync(join(work, 'README.md'), 'manifests\n');
  git(['add', '.'], work);
  git(['commit', '--quiet', '-m', 'seed'], work);
  git(['push', '--quiet', 'origin', 'main'], work);
  return remote;
}

const show = (remote: string, path: string) => git(['--git-dir', remote, 'show', `main:${path}`]);

beforeAll(async () => {
  registry = await startRegistry();
  images = await pushModelImages(registry.host, dir(), ['v1', 'v2'], env);
  repository = `${registry.host}/acme/churn`;
}, 60_000);
afterAll(() => registry.stop());

/** deploy from the sources, in process (the rollback and cancel tests drive the bundle). */
const deploy = (inputs: Record<string, string>) =>
  runActionInProcess(
    'deploy',
    { ledger: 'file:gitops.jsonl', 'allow-ungated': 'true', ...inputs },
    dir(),
    env,
  );

test('deploy v1, deploy v2, roll back: each a commit on the branch, never a force push', async () => {
  const remote = createRemote('manifests', repository);
  const settings = {
    provider: 'gitops',
    repository: remote,
    branch: 'main',
    path: 'deploy/production',
  };
  const first = await deploy({ image: images.v1.image, environment: 'production', ...settings });
  expect(first.code).toBe(0);
  const afterFirst = git(['--git-dir', remote, 'rev-parse', 'main']);
  expect(show(remote, 'deploy/production/kustomization.yaml')).toBe(
    `# churn model, production\nresources:\n  - deployment.yaml\nimages:\n  - name: ${repository}\n    digest: ${images.v1.digest}\n  - name: other/sidecar\n    newTag: "1"`,
  );
  expect(show(remote, 'deploy/production/values.yaml')).toContain(
    `  repository: ${repository}\n  tag: v0\n  pullPolicy: IfNotPresent\n  digest: ${images.v1.digest}`,
  );
  const manifest = show(remote, 'deploy/production/deployment.yaml');
  expect(manifest).toContain(`image: ${repository}@${images.v1.digest}`);
  expect(manifest).toContain('image: other/sidecar:1');
  expect(manifest).toContain('kind: Service');
  const message = git(['--git-dir', remote, 'log', '-1', '--format=%B', 'main']);
  expect(message).toContain(`modelgate: deploy ${images.v1.digest.slice(0, 19)} to production`);
  expect(message).toContain(`Release: ${first.outputs['release-id']}`);
  expect(message).toContain(`Model: ${images.v1.model}`);
  expect(message).toContain('Gate: not recorded');
  expect(first.summary).toContain('pushed ');

  const second = await deploy({ image: images.v2.image, environment: 'production', ...settings });
  expect(second.outputs.status).toBe('success');
  expect(show(remote, 'deploy/production/deployment.yaml')).toContain(`@${images.v2.digest}`);

  // The rollback needs only the environment: repository, branch and path come from the record.
  const back = await runBundledAction(
    'rollback',
    { ledger: 'file:gitops.jsonl', environment: 'production', reason: 'bad canary' },
    dir(),
    env,
  );
  expect(back.code).toBe(0);
  expect(show(remote, 'deploy/production/deployment.yaml')).toContain(`@${images.v1.digest}`);
  const log = git(['--git-dir', remote, 'log', '--format=%s', 'main']).split('\n');
  expect(log).toEqual([
    `modelgate: roll back production to ${images.v1.digest.slice(0, 19)}`,
    `modelgate: deploy ${images.v2.digest.slice(0, 19)} to production`,
    `modelgate: deploy ${images.v1.digest.slice(0, 19)} to production`,
    'seed',
  ]);
  expect(git(['--git-dir', remote, 'log', '-1', '--format=%B', 'main'])).toContain(
    'Reason: bad canary',
  );
  // Every earlier head is an ancestor of the new one: history was only added to.
  git(['--git-dir', remote, 'merge-base', '--is-ancestor', afterFirst, 'main']);
});

test('a push that loses a race is redone on the new tip; a refused push is final', async () => {
  const remote = createRemote('racy', repository);
  // A pre-push hook in modelgate's own clone (core.hooksPath through GIT_CONFIG_*) lets
  // someone else's commit land on the remote first, once: a real lost race.
  const hooks = join(dir(), 'client-hooks');
  mkdirSync(hooks, { recursive: true });
  const seed = join(dir(), 'racy-seed');
  writeFileSync(
    join(hooks, 'pre-push'),
    `#!/bin/sh\nif [ ! -e "${dir()}/raced" ]; then touch "${dir()}/raced"\n` +
      `cd "${seed}" && echo other >> README.md && git -c user.name=o -c user.email=o@example.com commit -qam "someone else" && git push -q origin main; fi\n`,
    { mode: 0o755 },
  );
  const run = await runBundledAction(
    'deploy',
    {
      ledger: 'file:gitops.jsonl',
      'allow-ungated': 'true',
      image: images.v1.image,
      environment: 'racy',
      provider: 'gitops',
      repository: remote,
      path: 'deploy',
    },
    dir(),
    {
      ...env,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.hooksPath',
      GIT_CONFIG_VALUE_0: hooks,
    },
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('moved while committing; redoing on its new tip (1/3)');
  expect(git(['--git-dir', remote, 'log', '--format=%s', 'main']).split('\n')).toEqual([
    `modelgate: deploy ${images.v1.digest.slice(0, 19)} to racy`,
    'someone else',
    'seed',
  ]);

  // A server-side hook refusing the push is not a race: it fails at once, in git's words.
  writeFileSync(
    join(remote, 'hooks', 'pre-receive'),
    '#!/bin/sh\necho "main is frozen" >&2\nexit 1\n',
    {
      mode: 0o755,
    },
  );
  const refused = await deploy({
    image: images.v2.image,
    environment: 'racy',
    provider: 'gitops',
    repository: remote,
    path: 'deploy',
  });
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('main is frozen');
  expect(refused.stdout).not.toContain('redoing');
  expect(refused.outputs.status).toBe('failure');
});

test('a path with no manifest naming the image fails clearly and pushes nothing', async () => {
  const remote = createRemote('unrelated', 'other/model');
  const head = git(['--git-dir', remote, 'rev-parse', 'main']);
  const run = await deploy({
    image: images.v1.image,
    environment: 'elsewhere',
    provider: 'gitops',
    repository: remote,
    path: 'deploy',
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`no manifest under ${remote}:deploy references ${repository}`);
  expect(git(['--git-dir', remote, 'rev-parse', 'main'])).toBe(head);
  const missing = await deploy({
    image: images.v1.image,
    environment: 'elsewhere',
    provider: 'gitops',
  });
  expect(missing.stdout).toContain("input 'repository': is required by the gitops provider");
  expect(readFileSync(join(dir(), 'gitops.jsonl'), 'utf8')).not.toContain(
    '"environment":"elsewhere","image":"x"',
  );
});

describe('pull-request: true (a GitHub repository, through the API emulator)', () => {
  let github: GitHubEmulator;
  beforeAll(async () => {
    github = await startGitHubEmulator({ tokens: { ghs_writer: { pull_requests: 'write' } } });
  });
  afterAll(() => github.stop());
  afterEach(() => expect(github.violations).toEqual([]));

  const proposeDeploy = (inputs: Record<string, string>) => startProposal(inputs).done;
  const startProposal = (inputs: Record<string, string>) =>
    startBundledAction(
      'deploy',
      {
        ledger: 'file:gitops.jsonl',
        'allow-ungated': 'true',
        provider: 'gitops',
        repository: 'acme/manifests',
        path: 'deploy',
        'pull-request': 'true',
        'github-token': 'ghs_writer',
        ...inputs,
      },
      dir(),
      { ...env, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: `file://${join(dir(), 'server')}` },
    );
  async function nextPull(count: number) {
    for (let i = 0; i < 400 && github.state.pulls.length < count; i++)
      await new Promise((r) => setTimeout(r, 25));
    return github.state.pulls[count - 1];
  }

  test('the release is live once its pull request is merged; closed or unmerged ones fail without touching the branch', async () => {
    const remote = createRemote('server/acme/manifests', repository);
    const before = git(['--git-dir', remote, 'rev-parse', 'main']);
    const running = proposeDeploy({ image: images.v1.image, environment: 'pr', timeout: '30s' });
    const pull = await nextPull(1);
    expect(pull.base.ref).toBe('main');
    expect(pull.head.ref).toMatch(/^modelgate\/pr\/pr-\d{8}T\d{6}Z-[0-9a-f]{4}$/);
    expect(pull.title).toBe(`modelgate: deploy ${images.v1.digest.slice(0, 19)} to pr`);
    expect(pull.body).toContain(`Image: ${images.v1.image}`);
    // Proposed on its own branch; main unchanged until someone merges.
    expect(git(['--git-dir', remote, 'rev-parse', 'main'])).toBe(before);
    const proposed = git(['--git-dir', remote, 'rev-parse', `refs/heads/${pull.head.ref}`]);
    git(['--git-dir', remote, 'update-ref', 'refs/heads/main', proposed]);
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      merged_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      merge_commit_sha: proposed,
    });
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('success');
    expect(run.summary).toContain(`pull request #1 merged into main (${proposed.slice(0, 7)})`);
    expect(show(remote, 'deploy/production/deployment.yaml')).toContain(`@${images.v1.digest}`);

    const closing = proposeDeploy({ image: images.v2.image, environment: 'pr', timeout: '30s' });
    Object.assign(await nextPull(2), { state: 'closed', closed_at: '2026-11-21T12:00:00Z' });
    const closed = await closing;
    expect(closed.outputs.status).toBe('failure');
    expect(closed.stdout).toContain('pull request #2 was closed without merging');
    expect(closed.stdout).not.toContain('restoring');

    const slow = await proposeDeploy({
      image: images.v2.image,
      environment: 'pr',
      timeout: '300ms',
    });
    expect(slow.outputs.status).toBe('failure');
    expect(slow.stdout).toMatch(
      /pull request #3 was not merged within 300 ms; it stays open: https:\/\/github.com\/acme\/manifests\/pull\/3/,
    );
    expect(show(remote, 'deploy/production/deployment.yaml')).toContain(`@${images.v1.digest}`);
  });

  test('a run cancelled while its pull request waits closes it, records cancelled and changes nothing', async () => {
    const remote = join(dir(), 'server/acme/manifests.git');
    if (!existsSync(remote)) createRemote('server/acme/manifests', repository);
    const before = git(['--git-dir', remote, 'rev-parse', 'main']);
    const { child, done } = startProposal({
      image: images.v2.image,
      environment: 'pr-cancel',
      timeout: '60s',
    });
    const count = github.state.pulls.length + 1;
    const pull = await nextPull(count);
    expect(pull.state).toBe('open');
    const started = Date.now();
    child.kill('SIGINT');
    const run = await done;
    expect(Date.now() - started).toBeLessThan(7_500);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failure');
    expect(run.stdout).toContain(`closed ${pull.html_url}: the run was cancelled`);
    // Closed, so nobody merges what the ledger records as cancelled; main untouched.
    expect(github.state.pulls[count - 1]).toMatchObject({ state: 'closed', merged: false });
    expect(git(['--git-dir', remote, 'rev-parse', 'main'])).toBe(before);
    const record = readFileSync(join(dir(), 'gitops.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((r) => r.environment === 'pr-cancel')
      .at(-1);
    expect(record).toMatchObject({ status: 'failure', detail: 'cancelled' });
  });

  test('pull-request needs a GitHub owner/name repository', async () => {
    const run = await deploy({
      image: images.v1.image,
      environment: 'pr',
      provider: 'gitops',
      repository: join(dir(), 'server/acme/manifests.git'),
      'pull-request': 'true',
    });
    expect(run.stdout).toContain("input 'pull-request': needs repository as a GitHub owner/name");
  });
});
