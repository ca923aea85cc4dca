import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  writeSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { runBundledAction, startBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';
import type { Json } from '../support/github-objects.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { inspect } from '../support/oci-tools.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = { GITHUB_SHA: SHA, SOURCE_DATE_EPOCH: '1700000000', GITHUB_REPOSITORY: 'acme/churn' };

const dir = useTempDir('modelgate-deploy-');
let registry: LocalRegistry;
/** Images v1..v4 of acme/churn: each a different model, pushed by the bundled build-image. */
let images: Record<string, PushedImage>;

beforeAll(async () => {
  registry = await startRegistry();
  images = await pushModelImages(registry.host, dir(), ['v1', 'v2', 'v3', 'v4'], env);
  // An explicit file: ledger's folder must exist (only the default one is created).
  mkdirSync(join(dir(), '.modelgate'), { recursive: true });
  // A real evaluate-gate report (metrics in, verdict out) for the evidence.
  writeFileSync(join(dir(), 'metrics.json'), JSON.stringify({ accuracy: 0.93, f1: 0.9 }));
  writeFileSync(join(dir(), 'gates.yml'), 'gates:\n  - metric: accuracy\n    min: 0.9\n');
  const gate = await runBundledAction(
    'evaluate-gate',
    {
      candidate: 'metrics.json',
      gates: 'gates.yml',
      report: 'gate.json',
      ledger: 'file:none.jsonl',
      'model-digest': images.v1.model,
    },
    dir(),
    env,
  );
  expect(gate.outputs.verdict).toBe('pass');
}, 60_000);
afterAll(() => registry.stop());

const live = (tag: string) =>
  (inspect(`${registry.host}/acme/churn:${tag}`) as { Digest: string }).Digest;
/** Writes to `path` until the disk is full. */
function fillUp(path: string) {
  const fd = openSync(path, 'w');
  try {
    for (const page = Buffer.alloc(4096, 1); ;) writeSync(fd, page);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
const ledgerLines = (file: string) =>
  readFileSync(join(dir(), file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
/**
 * Deploys from the sources, in process; without a gate report the test is about the
 * provider, so it says allow-ungated. `bundled` runs dist/ as the runner does: for what
 * only a real process shows (races between processes, the environment a script gets,
 * what the log masks) and the capability's end-to-end test.
 */
const deploy = (
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
  bundled = false,
) =>
  (bundled ? runBundledAction : runActionInProcess)(
    'deploy',
    { ...(inputs['gate-report'] ? {} : { 'allow-ungated': 'true' }), ...inputs },
    dir(),
    { ...env, ...extra },
  );
const rollback = (
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
  bundled = false,
) =>
  (bundled ? runBundledAction : runActionInProcess)('rollback', inputs, dir(), {
    ...env,
    ...extra,
  });

describe('registry-tag with the file ledger', () => {
  const ledger = 'file:.modelgate/production.jsonl';

  test('deploy v1, deploy v2 (by tag), roll back, roll back again', async () => {
    const first = await deploy({
      image: images.v1.image,
      environment: 'production',
      ledger,
      'gate-report': 'gate.json',
    });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      status: 'success',
      image: images.v1.image,
      'previous-image': '',
    });
    expect(live('production')).toBe(images.v1.digest);
    expect(first.summary.split('\n')[0]).toBe(
      `## ✅ deploy: production now runs ${images.v1.digest.slice(0, 19)} (${first.outputs['release-id']})`,
    );
    // The metrics its gates named (gates.yml gates accuracy only), not the first few.
    expect(first.summary).toMatch(/^- \*\*Gate:\*\* pass — accuracy 0\.9300$/m);
    // The model digest comes from the label build-image put on the image.
    expect(first.summary).toContain(`**Model:** \`${images.v1.model}\``);

    const second = await deploy({
      image: `${registry.host}/acme/churn:v2`,
      environment: 'production',
      ledger,
    });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({
      status: 'success',
      image: images.v2.image,
      'previous-image': images.v1.image,
    });
    expect(live('production')).toBe(images.v2.digest);

    // Through the bundled rollback, as the runner calls it (the rest runs the sources).
    const back = await rollback(
      { environment: 'production', ledger, reason: 'p99 latency doubled' },
      {},
      true,
    );
    expect(back.code).toBe(0);
    expect(back.outputs).toMatchObject({
      'from-image': images.v2.image,
      'to-image': images.v1.image,
      status: 'success',
    });
    expect(live('production')).toBe(images.v1.digest);
    expect(back.summary).toContain('**Reason:** p99 latency doubled');
    expect(back.summary).toContain('↩️ rolled back | ungated');

    const records = ledgerLines('.modelgate/production.jsonl');
    const restore = records.at(-2)!;
    expect(restore).toMatchObject({
      id: back.outputs['release-id'],
      image: images.v1.image,
      status: 'success',
      rollback_of: second.outputs['release-id'],
      restores: first.outputs['release-id'],
      reason: 'p99 latency doubled',
      gate: { verdict: 'pass', metrics: { accuracy: 0.93, f1: 0.9 } },
      provider: { name: 'registry-tag', config: { tag: 'production' } },
      source: { sha: SHA, repository: 'acme/churn' },
    });
    expect(records.at(-1)).toMatchObject({
      id: second.outputs['release-id'],
      status: 'rolled-back',
    });

    // v1 was the first release: there is nothing before it, and nothing changes.
    const again = await rollback({ environment: 'production', ledger });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      `::error::rollback: no release of production before ${first.outputs['release-id']} to roll back to; nothing changed`,
    );
    expect(live('production')).toBe(images.v1.digest);
    expect(ledgerLines('.modelgate/production.jsonl')).toHaveLength(records.length);

    // evaluate-gate's environment:production baseline is the live release's recorded metrics.
    writeFileSync(join(dir(), 'worse.json'), JSON.stringify({ accuracy: 0.85, f1: 0.9 }));
    writeFileSync(
      join(dir(), 'regression.yml'),
      'gates:\n  - metric: accuracy\n    max-regression: 0.01\n',
    );
    const gated = await runBundledAction(
      'evaluate-gate',
      {
        candidate: 'worse.json',
        gates: 'regression.yml',
        baseline: 'environment:production',
        ledger,
      },
      dir(),
      env,
    );
    expect(gated.outputs['baseline-metrics']).toBe(JSON.stringify({ accuracy: 0.93, f1: 0.9 }));
    expect(gated.outputs.verdict).toBe('fail');
  });

  test('rolling back again after a new deploy goes to the release before, by id or digest, with force for failed gates', async () => {
    const ledgerB = 'file:.modelgate/staging.jsonl';
    const ids: string[] = [];
    for (const v of ['v1', 'v2', 'v3']) {
      const run = await deploy({ image: images[v].image, environment: 'staging', ledger: ledgerB });
      expect(run.outputs.status).toBe('success');
      ids.push(run.outputs['release-id']);
    }
    const byDigest = await rollback({
      environment: 'staging',
      ledger: ledgerB,
      to: images.v1.digest,
    });
    expect(byDigest.outputs['to-image']).toBe(images.v1.image);
    expect(live('staging')).toBe(images.v1.digest);
    const byId = await rollback({ environment: 'staging', ledger: ledgerB, to: ids[1] });
    expect(byId.outputs['to-image']).toBe(images.v2.image);
    const unknown = await rollback({ environment: 'staging', ledger: ledgerB, to: 'staging-nope' });
    expect(unknown.stdout).toContain(
      "::error::rollback: input 'to': no release of staging has this id or image digest (got 'staging-nope')",
    );
    const same = await rollback({ environment: 'staging', ledger: ledgerB, to: ids[1] });
    expect(same.stdout).toContain(`is already live in staging`);
    expect(live('staging')).toBe(images.v2.digest);

    // A release whose gate failed needs force.
    const failing = JSON.parse(
      readFileSync(join(dir(), '.modelgate/staging.jsonl'), 'utf8').split('\n')[0],
    );
    writeFileSync(
      join(dir(), '.modelgate/gated.jsonl'),
      JSON.stringify({
        ...failing,
        environment: 'gated',
        id: 'gated-old',
        status: 'success',
        gate: { verdict: 'fail' },
        provider: { name: 'registry-tag', config: { tag: 'gated' } },
      }) + '\n',
    );
    await deploy({
      image: images.v4.image,
      environment: 'gated',
      ledger: 'file:.modelgate/gated.jsonl',
    });
    const refused = await rollback({ environment: 'gated', ledger: 'file:.modelgate/gated.jsonl' });
    expect(refused.stdout).toContain(
      "::error::rollback: input 'force': release gated-old recorded gate verdict 'fail'; set force: true to roll back to it anyway (got 'false')",
    );
    expect(live('gated')).toBe(images.v4.digest);
    const forced = await rollback({
      environment: 'gated',
      ledger: 'file:.modelgate/gated.jsonl',
      force: 'true',
    });
    expect(forced.code).toBe(0);
    expect(live('gated')).toBe(images.v1.digest);
  });

  test('dry-run shows the plan and changes nothing', async () => {
    const before = readFileSync(join(dir(), '.modelgate/production.jsonl'));
    const run = await deploy({
      image: images.v3.image,
      environment: 'production',
      ledger,
      'dry-run': 'true',
    });
    expect(run.code).toBe(0);
    expect(run.summary.split('\n')[0]).toBe(
      `## 📝 deploy (dry run): production would move from ${images.v1.digest.slice(0, 19)} to ${images.v3.digest.slice(0, 19)}; nothing changed`,
    );
    expect(run.summary).toContain(
      `- registry-tag: move ${registry.host}/acme/churn:production to ${images.v3.digest}`,
    );
    expect(live('production')).toBe(images.v1.digest);
    expect(readFileSync(join(dir(), '.modelgate/production.jsonl')).equals(before)).toBe(true);
    const back = await rollback({
      environment: 'production',
      ledger,
      'dry-run': 'true',
      to: images.v2.digest,
    });
    expect(back.stdout).toBe('');
    expect(back.summary.split('\n')[0]).toMatch(/^## 📝 rollback \(dry run\)/);
    expect(live('production')).toBe(images.v1.digest);
  });

  test('bad input fails with one line naming the input, and changes nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { image: `${registry.host}/acme/churn:v9`, environment: 'production' },
        `input 'image': ${registry.host}/acme/churn has no image v9`,
      ],
      [{ image: images.v2.image, environment: 'prod/eu' }, "input 'environment': must be letters"],
      [
        { image: images.v2.image, environment: 'production', timeout: 'soon' },
        "input 'timeout': must be a duration",
      ],
      [
        { image: images.v2.image, environment: 'production', provider: 'command' },
        "input 'run': is required by the command provider",
      ],
      [
        { image: images.v2.image, environment: 'production', tag: 'no good' },
        "input 'tag': is not a valid tag",
      ],
      [
        { image: images.v2.image, environment: 'production', ledger: 'sqlite' },
        "input 'ledger': must be auto, github or file:<path>",
      ],
      [
        { image: images.v2.image, environment: 'production', 'gate-report': 'missing.json' },
        "input 'gate-report': does not exist",
      ],
      [
        { image: images.v2.image, environment: 'production', 'allow-ungated': 'false' },
        "input 'gate-report': is required: pass evaluate-gate's report (its model must be the image's), or set allow-ungated: true",
      ],
      // The gate judged v1's model; v2 carries another: the report cannot promote it.
      [
        { image: images.v2.image, environment: 'production', 'gate-report': 'gate.json' },
        `input 'gate-report': judged model ${images.v1.model}, but ${images.v2.image} carries model ${images.v2.model}: gate this image's model (got 'gate.json')`,
      ],
      [
        {
          image: images.v1.image,
          environment: 'production',
          'gate-report': 'gate.json',
          'model-digest': images.v2.model,
        },
        `input 'model-digest': disagrees with the image's dev.modelgate.model.digest label (${images.v1.model})`,
      ],
      [
        { image: images.v1.image, environment: 'production', 'gate-report': 'no-subject.json' },
        "input 'gate-report': names no model (subject.model.digest): run evaluate-gate with model-digest or validate-report",
      ],
    ];
    // A report from before subjects (or hand-made): it passed, but names no model.
    const unbound = JSON.parse(readFileSync(join(dir(), 'gate.json'), 'utf8'));
    delete unbound.subject;
    writeFileSync(join(dir(), 'no-subject.json'), JSON.stringify(unbound));
    const before = readFileSync(join(dir(), '.modelgate/production.jsonl'));
    for (const [inputs, message] of cases) {
      const run = await deploy({ ledger, ...inputs });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::deploy: ${message}`);
      expect(run.outputs.status).toBe('failure');
    }
    writeFileSync(
      join(dir(), 'failed-gate.json'),
      JSON.stringify({ action: 'evaluate-gate', verdict: 'fail' }),
    );
    const refused = await deploy({
      ledger,
      image: images.v2.image,
      environment: 'production',
      'gate-report': 'failed-gate.json',
    });
    expect(refused.stdout).toContain(
      "records gate verdict 'fail': only a model that passed its gate is deployed",
    );
    expect(live('production')).toBe(images.v1.digest);
    expect(readFileSync(join(dir(), '.modelgate/production.jsonl')).equals(before)).toBe(true);
  });

  // A registry that holds the tag's PUT (a slow proxy) and a user who cancels meanwhile.
  // `request`: the PUT never reaches the registry; `response`: the registry moved the tag
  // but its answer never arrived. Either way the run ends on what was live, and says so.
  test.each([
    ['request', false],
    ['response', true],
  ] as const)(
    'a deploy cancelled while the registry holds its tag PUT (%s held) ends on what was live',
    async (hold, moved) => {
      const environment = `held-${hold}`;
      let armed = false;
      const proxy = await startFaultProxy(registry.host, [
        {
          match: (req) =>
            armed && req.method === 'PUT' && req.url === `/v2/acme/churn/manifests/${environment}`,
          times: 1,
          holdMs: 20_000,
          hold,
        },
      ]);
      try {
        const via = (image: PushedImage) => image.image.replace(registry.host, proxy.host);
        const settings = { environment, ledger: `file:.modelgate/${environment}.jsonl` };
        const first = await deploy({ image: via(images.v1), ...settings });
        expect(first.outputs.status).toBe('success');
        armed = true;
        const started = Date.now();
        const { child, done } = startBundledAction(
          'deploy',
          { image: via(images.v2), ...settings, 'allow-ungated': 'true' },
          dir(),
          env,
        );
        while (!proxy.log.some((e) => e.fault?.includes('held')))
          await new Promise((r) => setTimeout(r, 50));
        // Held long enough for a response-held PUT to have reached the registry.
        await new Promise((r) => setTimeout(r, 300));
        expect(live(environment)).toBe((moved ? images.v2 : images.v1).digest);
        child.kill('SIGINT');
        const cancelled = await done;
        // Well within the runner's 7.5 s between SIGINT and SIGTERM.
        expect(Date.now() - started).toBeLessThan(7_500);
        expect(cancelled.code).toBe(1);
        expect(cancelled.outputs).toMatchObject({ status: 'failure', image: via(images.v1) });
        expect(live(environment)).toBe(images.v1.digest);
        const records = ledgerLines(`.modelgate/${environment}.jsonl`);
        const v2 = records.filter((r) => r.image === via(images.v2)).at(-1)!;
        expect(v2).toMatchObject({ status: 'failure', detail: 'cancelled' });
        // Put back (a restore recorded) only when the tag had moved.
        expect(records.at(-1)).toMatchObject(
          moved
            ? { status: 'success', image: via(images.v1), rollback_of: v2.id }
            : { status: 'failure', id: v2.id },
        );
        expect(cancelled.stdout).toContain(
          moved ? 'the run was cancelled during the rollout' : 'the rollout failed: cancelled',
        );
        // The next deploy proceeds at once.
        armed = false;
        const next = await deploy({ image: via(images.v3), ...settings });
        expect(next.outputs.status).toBe('success');
        expect(live(environment)).toBe(images.v3.digest);
      } finally {
        await proxy.stop();
      }
    },
    30_000,
  );
});

describe('the command provider', () => {
  const ledger = 'file:.modelgate/command.jsonl';
  // The "runtime" is a file; the health check refuses v3.
  const run = (bad: string) =>
    `echo "$MODELGATE_PREVIOUS_IMAGE -> $MODELGATE_IMAGE ($MODELGATE_ENVIRONMENT, $MODELGATE_RELEASE_ID)" >> rollouts.log\n` +
    `echo "$MODELGATE_IMAGE" > live.txt\n` +
    `if [ "$MODELGATE_IMAGE" = "${bad}" ]; then echo "health check failed" >&2; exit 3; fi`;

  test('a failed rollout restores what was live, records both, and fails the step', async () => {
    for (const v of ['v1', 'v2']) {
      const ok = await deploy({
        image: images[v].image,
        environment: 'canary',
        ledger,
        provider: 'command',
        run: run(images.v3.image),
      });
      expect(ok.outputs.status).toBe('success');
    }
    const failed = await deploy({
      image: images.v3.image,
      environment: 'canary',
      ledger,
      provider: 'command',
      run: run(images.v3.image),
    });
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({
      status: 'rolled-back',
      image: images.v2.image,
      'previous-image': images.v2.image,
    });
    expect(failed.stdout).toContain(
      '::error::deploy: the rollout failed (the command exited with 3); rolled back to',
    );
    expect(failed.stdout).toContain('health check failed');
    expect(readFileSync(join(dir(), 'live.txt'), 'utf8').trim()).toBe(images.v2.image);
    const log = readFileSync(join(dir(), 'rollouts.log'), 'utf8').trim().split('\n');
    expect(log.slice(-2).map((l) => l.split(' (')[0])).toEqual([
      `${images.v2.image} -> ${images.v3.image}`,
      `${images.v3.image} -> ${images.v2.image}`,
    ]);
    const records = ledgerLines('.modelgate/command.jsonl');
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get(failed.outputs['release-id'])).toMatchObject({
      status: 'failure',
      detail: 'the command exited with 3',
    });
    const restore = [...byId.values()].find((r) => r.rollback_of === failed.outputs['release-id'])!;
    expect(restore).toMatchObject({
      status: 'success',
      image: images.v2.image,
      provider: { name: 'command' },
    });
    expect(failed.summary.split('\n')[0]).toBe(
      `## ↩️ deploy: the rollout to canary failed and was rolled back to ${images.v2.digest.slice(0, 19)}`,
    );
    // A rollback needs only the environment: the command comes from the record.
    const back = await rollback({ environment: 'canary', ledger });
    expect(back.code).toBe(0);
    expect(back.outputs['to-image']).toBe(images.v1.image);
    expect(readFileSync(join(dir(), 'live.txt'), 'utf8').trim()).toBe(images.v1.image);
  });

  test('a rollout that outlives timeout is stopped and rolled back', async () => {
    const started = Date.now();
    const slow = `if [ "$MODELGATE_IMAGE" = "${images.v4.image}" ]; then sleep 30; fi; echo "$MODELGATE_IMAGE" > live.txt`;
    const run = await deploy({
      image: images.v4.image,
      environment: 'canary',
      ledger,
      provider: 'command',
      run: slow,
      timeout: '1s',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.outputs.status).toBe('rolled-back');
    expect(run.stdout).toContain('the command did not finish within 1.0 s');
    expect(readFileSync(join(dir(), 'live.txt'), 'utf8').trim()).toBe(images.v1.image);
  });

  test('the first release failing leaves nothing to restore, and says so', async () => {
    const run = await deploy({
      image: images.v1.image,
      environment: 'fresh',
      ledger,
      provider: 'command',
      run: 'exit 1',
    });
    expect(run.outputs.status).toBe('failure');
    expect(run.stdout).toContain(
      'nothing was live in fresh before, so there is nothing to roll back to',
    );
  });

  test('a rollback whose rollout fails puts back what was live', async () => {
    const script =
      'echo "$MODELGATE_IMAGE" > fragile.txt\n' +
      'if grep -qxF "$MODELGATE_IMAGE" bad-images.txt 2>/dev/null; then exit 4; fi';
    for (const v of ['v1', 'v2']) {
      const ok = await deploy({
        image: images[v].image,
        environment: 'fragile',
        ledger,
        provider: 'command',
        run: script,
      });
      expect(ok.outputs.status).toBe('success');
    }
    writeFileSync(join(dir(), 'bad-images.txt'), `${images.v1.image}\n`);
    const back = await rollback({ environment: 'fragile', ledger });
    expect(back.code).toBe(1);
    expect(back.outputs.status).toBe('failure');
    expect(back.stdout).toContain(
      `the rollback to ${ledgerLines('.modelgate/command.jsonl').find((r) => r.environment === 'fragile')!.id} failed: the command exited with 4; ${images.v2.image} was restored`,
    );
    expect(readFileSync(join(dir(), 'fragile.txt'), 'utf8').trim()).toBe(images.v2.image);
    const latest = new Map(
      ledgerLines('.modelgate/command.jsonl')
        .filter((r) => r.environment === 'fragile')
        .map((r) => [r.id, r]),
    );
    const live = [...latest.values()].filter((r) => r.status === 'success').at(-1)!;
    expect(live).toMatchObject({
      image: images.v2.image,
      reason: 'automatic rollback: the command exited with 4',
    });
  });

  test('two deploys racing on one environment: exactly one wins', async () => {
    const sleepy = 'sleep 1; echo "$MODELGATE_IMAGE" >> race.log';
    const runs = await Promise.all(
      ['v1', 'v2'].map((v) =>
        deploy(
          {
            image: images[v].image,
            environment: 'race',
            ledger,
            provider: 'command',
            run: sleepy,
            'auto-rollback': 'false',
          },
          {},
          true, // racing processes, as two jobs race
        ),
      ),
    );
    const statuses = runs.map((r) => r.outputs.status).sort();
    expect(statuses).toEqual(['failure', 'success']);
    const loser = runs.find((r) => r.outputs.status === 'failure')!;
    expect(loser.stdout).toMatch(
      /started on race first and is still in progress|went live on race while this rollout ran/,
    );
    const history = ledgerLines('.modelgate/command.jsonl').filter((r) => r.environment === 'race');
    const final = new Map(history.map((r) => [r.id, r.status]));
    expect([...final.values()].filter((s) => s === 'success')).toHaveLength(1);
  });
});

describe('registry-tag with the github ledger (through the API emulator)', () => {
  let github: GitHubEmulator;
  beforeAll(async () => {
    github = await startGitHubEmulator({
      tokens: { ghs_deployer: { deployments: 'write' }, ghs_reader: { deployments: 'read' } },
    });
  });
  afterAll(() => github.stop());
  afterEach(() => expect(github.violations).toEqual([]));
  const actions = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
  });
  const deploymentOf = (id: string) =>
    github.state.deployments.find((d) => (d.payload as { id?: string }).id === id)!;
  const statesOf = (deployment: Json) =>
    github.state.statuses.filter((s) => s.deployment_id === deployment.id).map((s) => s.state);

  test('each release is a deployment with its record as payload; statuses follow the rollout', async () => {
    const token = 'ghs_deployer';
    const first = await deploy(
      {
        image: images.v1.image,
        environment: 'production',
        'github-token': token,
        url: 'https://churn.acme.dev',
      },
      actions(),
    );
    expect(first.code).toBe(0);
    const second = await deploy(
      { image: images.v2.image, environment: 'production', 'github-token': token },
      actions(),
    );
    expect(second.outputs['deployment-id']).toBe(
      String(deploymentOf(second.outputs['release-id']).id),
    );
    const d1 = deploymentOf(first.outputs['release-id']);
    expect(d1.request).toEqual({
      ref: SHA,
      environment: 'production',
      payload: expect.objectContaining({
        schema: 'modelgate.release/v1',
        image: images.v1.image,
        status: 'in_progress',
        source: expect.objectContaining({
          sha: SHA,
          run_url: 'https://github.com/acme/churn/actions/runs/42',
        }),
      }),
      description: `modelgate release ${first.outputs['release-id']}`,
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
    });
    expect(statesOf(d1)).toEqual(['in_progress', 'success']);
    const success = github.state.statuses.filter((s) => s.deployment_id === d1.id)[1];
    expect(success).toMatchObject({
      log_url: 'https://github.com/acme/churn/actions/runs/42',
      environment_url: 'https://churn.acme.dev',
    });
    expect(JSON.stringify(github.state.deployments)).not.toContain(token);

    const back = await rollback(
      { environment: 'production', 'github-token': token, reason: 'drift' },
      actions(),
    );
    expect(back.code).toBe(0);
    expect(live('production')).toBe(images.v1.digest);
    const d2 = deploymentOf(second.outputs['release-id']);
    expect(statesOf(d2)).toEqual(['in_progress', 'success', 'inactive']);
    const restore = deploymentOf(back.outputs['release-id']);
    expect(restore.payload).toMatchObject({
      rollback_of: second.outputs['release-id'],
      restores: first.outputs['release-id'],
      reason: 'drift',
      source: { actor: 'octocat' },
    });
    expect(back.summary).toMatch(/↩️ rolled back/);
    // Read back through the ledger: the undone release reads as rolled back, and the next
    // rollback has nowhere further to go.
    const again = await rollback({ environment: 'production', 'github-token': token }, actions());
    expect(again.stdout).toContain(
      `no release of production before ${first.outputs['release-id']}`,
    );
    expect(github.state.deployments.filter((d) => d.environment === 'production')).toHaveLength(3);
  });

  test('a failed rollout that rolls itself back, as GitHub deployment statuses', async () => {
    const token = 'ghs_deployer';
    const run =
      'echo "$MODELGATE_IMAGE" > gh-live.txt; [ "$MODELGATE_IMAGE" != "' + images.v3.image + '" ]';
    const settings = { environment: 'staging', 'github-token': token, provider: 'command', run };
    const good = await deploy({ image: images.v2.image, ...settings }, actions());
    expect(good.outputs.status).toBe('success');
    const bad = await deploy({ image: images.v3.image, ...settings }, actions());
    expect(bad.outputs.status).toBe('rolled-back');
    expect(readFileSync(join(dir(), 'gh-live.txt'), 'utf8').trim()).toBe(images.v2.image);
    const failed = deploymentOf(bad.outputs['release-id']);
    expect(statesOf(failed)).toEqual(['in_progress', 'failure']);
    expect(failed.request.production_environment).toBe(false);
    const restore = github.state.deployments.find(
      (d) => (d.payload as { rollback_of?: string }).rollback_of === bad.outputs['release-id'],
    )!;
    expect(restore.payload).toMatchObject({
      image: images.v2.image,
      restores: good.outputs['release-id'],
    });
    expect(statesOf(restore)).toEqual(['in_progress', 'success']);
    // staging is not production: GitHub marks the earlier success inactive.
    expect(statesOf(deploymentOf(good.outputs['release-id']))).toEqual([
      'in_progress',
      'success',
      'inactive',
    ]);
    const failure = github.state.statuses.filter((s) => s.deployment_id === failed.id)[1];
    expect(failure.description).toBe('the command exited with 1');
  });

  test('racing deploys through the github ledger: the first deployment created goes ahead, the tag follows it', async () => {
    for (const racers of [2, 4]) {
      const runs = await Promise.all(
        Array.from({ length: racers }, (_, i) =>
          deploy(
            {
              image: images[`v${(i % 4) + 1}`].image,
              environment: 'gh-races',
              'github-token': 'ghs_deployer',
            },
            actions(),
            true, // racing processes, as jobs race
          ),
        ),
      );
      expect(runs.filter((r) => r.outputs.status === 'success').length).toBeGreaterThanOrEqual(1);
      const latest = github.state.deployments
        .filter((d) => d.environment === 'gh-races')
        .map((d) => ({ d, state: statesOf(d).at(-1) }));
      expect(latest.filter((l) => l.state === 'in_progress')).toEqual([]);
      const liveOnes = latest.filter((l) => l.state === 'success');
      expect(liveOnes).toHaveLength(1);
      expect(`${registry.host}/acme/churn@${live('gh-races')}`).toBe(
        (liveOnes[0].d.payload as { image: string }).image,
      );
    }
  }, 60_000);

  test('a token that cannot write deployments: a clear error and the tag is not moved', async () => {
    const run = await deploy(
      { image: images.v3.image, environment: 'production', 'github-token': 'ghs_reader' },
      actions(),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::deploy: the github ledger cannot write deployments of acme/churn (Resource not accessible by integration',
    );
    expect(run.stdout).toContain('give the job permissions: deployments: write');
    expect(live('production')).toBe(images.v1.digest);
  });
});

test('registry credentials: used for resolving and tagging, never in the ledger or the log', async () => {
  const password = 'correct horse battery staple';
  const secured = await startRegistry({ username: 'deployer', password });
  try {
    const credentials = { 'registry-username': 'deployer', 'registry-password': password };
    const built = await runBundledAction(
      'build-image',
      {
        model: 'models/acme/churn/v1',
        image: `${secured.host}/acme/churn`,
        tags: 'v1',
        ...credentials,
      },
      dir(),
      env,
    );
    expect(built.code).toBe(0);
    const run = await deploy({
      image: `${secured.host}/acme/churn:v1`,
      environment: 'secured',
      ledger: 'file:.modelgate/secured.jsonl',
      ...credentials,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.image).toBe(`${secured.host}/acme/churn@${built.outputs.digest}`);
    const shown = run.stdout
      .split('\n')
      .filter((l) => l.includes(password) && !l.startsWith('::add-mask::'));
    expect(shown).toEqual([]);
    expect(readFileSync(join(dir(), '.modelgate/secured.jsonl'), 'utf8')).not.toContain(password);
    const refused = await deploy({
      image: `${secured.host}/acme/churn:v1`,
      environment: 'secured',
      ledger: 'file:.modelgate/secured.jsonl',
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::deploy: input 'image': .*(401|unauthorized|UNAUTHORIZED|registry-username)/i,
    );
  } finally {
    await secured.stop();
  }
});

test('two models share production without touching each other', async () => {
  const ledger = 'file:.modelgate/shared.jsonl';
  const fraud = await pushModelImages(registry.host, dir(), ['f1', 'f2'], env, 'acme/fraud');
  const on = { environment: 'production', ledger, tag: 'shared' };
  const ids: string[] = [];
  for (const image of [images.v1.image, fraud.f1.image, images.v2.image, fraud.f2.image]) {
    const run = await deploy({ image, ...on });
    expect(run.outputs.status).toBe('success');
    ids.push(run.outputs['release-id']);
  }
  const tagOf = (repository: string) =>
    (inspect(`${registry.host}/${repository}:shared`) as { Digest: string }).Digest;
  expect([tagOf('acme/churn'), tagOf('acme/fraud')]).toEqual([images.v2.digest, fraud.f2.digest]);
  const records = ledgerLines('.modelgate/shared.jsonl');
  expect(records.filter((r) => r.status === 'in_progress').map((r) => r.name)).toEqual([
    'churn',
    'fraud',
    'churn',
    'fraud',
  ]);
  // Each release names what was live of its own model before it.
  const before = records.filter((r) => r.status === 'success').map((r) => r.image);
  expect(before).toEqual([images.v1.image, fraud.f1.image, images.v2.image, fraud.f2.image]);

  // Which model to roll back is not guessed when there are two.
  const unnamed = await rollback({ environment: 'production', ledger });
  expect(unnamed.code).toBe(1);
  expect(unnamed.stdout).toContain(
    "::error::rollback: input 'name': production has live releases of 2 models (churn, fraud): say which one",
  );
  const back = await rollback({ environment: 'production', ledger, name: 'fraud', tag: 'shared' });
  expect(back.outputs).toMatchObject({ 'from-image': fraud.f2.image, 'to-image': fraud.f1.image });
  expect([tagOf('acme/churn'), tagOf('acme/fraud')]).toEqual([images.v2.digest, fraud.f1.digest]);

  // A gate against production reads the named model's release, and asks when it must.
  const gate = (inputs: Record<string, string>) =>
    runBundledAction(
      'evaluate-gate',
      {
        candidate: 'metrics.json',
        gates: 'gates:\n  - metric: accuracy\n    max-regression: 0.5\n',
        baseline: 'environment:production',
        ledger,
        'check-name': 'shared gate',
        ...inputs,
      },
      dir(),
      env,
    );
  const ambiguous = await gate({});
  expect(ambiguous.stdout).toContain(
    "::error::evaluate-gate: input 'name': production has live releases of 2 models (churn, fraud): say which one",
  );
  const named = await gate({ name: 'churn' });
  // churn v2 was deployed ungated: nothing to compare with, so the regression gate fails closed.
  expect(named.outputs.verdict).toBe('fail');
  expect(named.summary).toContain(
    `the live release ${ids[2]} in production recorded no gate metrics (it was deployed ungated)`,
  );
});

describe('faults in inputs and in the ledger file', () => {
  test('a timeout past 24h and explicit ledgers that cannot be one: one line naming the input, nothing created', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ timeout: '600h' }, "input 'timeout': must be at most 24h (got '600h')"],
      [
        { image: 'oci:no-such-layout' },
        "input 'image': no-such-layout is not an OCI image layout (no oci-layout file) (got 'oci:no-such-layout')",
      ],
      [
        { ledger: 'file:no-such-folder/ledger.jsonl' },
        "input 'ledger': folder no-such-folder does not exist (only the default ledger's folder is created)",
      ],
      [
        { ledger: 'file:.modelgate' },
        "input 'ledger': .modelgate is a directory, not a ledger file",
      ],
    ];
    for (const [inputs, message] of cases) {
      const run = await deploy({ image: images.v1.image, environment: 'faulty', ...inputs });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::deploy: ${message}`);
    }
    expect(existsSync(join(dir(), 'no-such-folder'))).toBe(false);
  });

  test('a torn last line (a write cut short) is moved aside and never blocks', async () => {
    const ledger = join(dir(), '.modelgate', 'torn.jsonl');
    const first = await deploy({
      image: images.v1.image,
      environment: 'torn',
      ledger: `file:${ledger}`,
    });
    expect(first.outputs.status).toBe('success');
    // The disk filled up in the middle of the next record.
    const whole = readFileSync(ledger, 'utf8');
    writeFileSync(ledger, whole + whole.split('\n')[0].slice(0, 57));
    const second = await deploy({
      image: images.v2.image,
      environment: 'torn',
      ledger: `file:${ledger}`,
    });
    expect(second.outputs.status).toBe('success');
    expect(second.stdout).toMatch(/::warning::ledger .*torn\.jsonl ends in a torn line/);
    const side = readdirSync(join(dir(), '.modelgate')).filter((f) =>
      f.startsWith('torn.jsonl.torn-'),
    );
    expect(side).toHaveLength(1);
    expect(readFileSync(join(dir(), '.modelgate', side[0]), 'utf8')).toBe(
      whole.split('\n')[0].slice(0, 57),
    );
    // What is left is whole lines, each a record; the first release is still history.
    const lines = readFileSync(ledger, 'utf8').trimEnd().split('\n');
    for (const line of lines) expect(JSON.parse(line).schema).toBe('modelgate.release/v1');
    const back = await rollback({ environment: 'torn', ledger: `file:${ledger}`, tag: 'torn' });
    expect(back.outputs['to-image']).toBe(images.v1.image);
  });

  test('a lock file whose holder was never written (a crash) does not hold the ledger', async () => {
    const ledger = join(dir(), '.modelgate', 'locked.jsonl');
    writeFileSync(`${ledger}.lock`, '');
    const old = new Date(Date.now() - 10_000);
    utimesSync(`${ledger}.lock`, old, old);
    const started = Date.now();
    const run = await deploy({
      image: images.v1.image,
      environment: 'locked',
      ledger: `file:${ledger}`,
    });
    expect(run.outputs.status).toBe('success');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(`${ledger}.lock`)).toBe(false);
  });

  // A disk that fills up: first a real one (a 64 KiB tmpfs, where this machine lets root
  // mount), then a file size limit (RLIMIT_FSIZE through prlimit), which cuts the append
  // short part-way as a disk filling mid-write does, and runs anywhere.
  test('a full disk: the ledger refuses in one line naming it, the lock goes, nothing moves; freed, the next deploy proceeds', async () => {
    const disk = join(dir(), 'small-disk');
    mkdirSync(disk, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'pipe' });
    } catch (error) {
      console.warn(
        `no tmpfs here (${(error as Error).message.split('\n')[0]}); the RLIMIT_FSIZE test covers a write cut short`,
      );
      return;
    }
    try {
      const ledgerPath = join(disk, 'full.jsonl');
      const settings = { environment: 'full', ledger: `file:${ledgerPath}`, tag: 'full' };
      expect((await deploy({ image: images.v1.image, ...settings })).outputs.status).toBe(
        'success',
      );
      fillUp(join(disk, 'filler'));
      const before = readFileSync(ledgerPath);
      const refused = await deploy({ image: images.v2.image, ...settings });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(
        /::error::deploy: input 'ledger': could not write .*full\.jsonl \(ENOSPC/,
      );
      expect(refused.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
      expect(live('full')).toBe(images.v1.digest);
      expect(readFileSync(ledgerPath).equals(before)).toBe(true);
      // The lock created before the failed write was removed, so nothing waits on it.
      expect(existsSync(`${ledgerPath}.lock`)).toBe(false);
      rmSync(join(disk, 'filler'));
      const started = Date.now();
      const next = await deploy({ image: images.v2.image, ...settings });
      expect(next.outputs.status).toBe('success');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(live('full')).toBe(images.v2.digest);
    } finally {
      execFileSync('umount', [disk]);
    }
  });

  test('a ledger write cut short part-way (RLIMIT_FSIZE) is taken back: whole lines only, lock gone, nothing moved', async () => {
    const ledgerPath = join(dir(), '.modelgate', 'short.jsonl');
    const settings = { environment: 'short', ledger: `file:${ledgerPath}`, tag: 'short' };
    expect((await deploy({ image: images.v1.image, ...settings })).outputs.status).toBe('success');
    const before = readFileSync(ledgerPath);
    // Room for 100 more bytes: the next record's write stops part-way (EFBIG).
    const limit = before.length + 100;
    const refused = await startBundledAction(
      'deploy',
      { image: images.v2.image, ...settings, 'allow-ungated': 'true' },
      dir(),
      env,
      ['prlimit', `--fsize=${limit}:${limit}`],
    ).done;
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::deploy: input 'ledger': could not write .*short\.jsonl \(wrote 100 of /,
    );
    expect(readFileSync(ledgerPath).equals(before)).toBe(true);
    expect(existsSync(`${ledgerPath}.lock`)).toBe(false);
    expect(live('short')).toBe(images.v1.digest);
    const next = await deploy({ image: images.v2.image, ...settings });
    expect(next.outputs.status).toBe('success');
    expect(live('short')).toBe(images.v2.digest);
  });

  test('rollback starts from what the runtime runs: an environment left in between is put back', async () => {
    const ledger = 'file:.modelgate/between.jsonl';
    const first = await deploy({
      image: images.v1.image,
      environment: 'between',
      ledger,
      tag: 'between',
    });
    expect(first.outputs.status).toBe('success');
    // Something outside the ledger (an interrupted deploy, a hand) moved the tag to v3.
    execFileSync('skopeo', [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${images.v3.image}`,
      `docker://${registry.host}/acme/churn:between`,
    ]);
    expect(live('between')).toBe(images.v3.digest);
    const repaired = await rollback({ environment: 'between', ledger, tag: 'between' });
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(
      /::warning::between runs .*, not the live release .*: the ledger and the runtime disagree/,
    );
    expect(repaired.outputs).toMatchObject({
      'from-image': expect.stringContaining(images.v3.digest),
      'to-image': images.v1.image,
    });
    expect(live('between')).toBe(images.v1.digest);
    const records = ledgerLines('.modelgate/between.jsonl');
    expect(records.at(-1)).toMatchObject({
      status: 'success',
      image: images.v1.image,
      reason: expect.stringMatching(/^repair: between ran /),
    });
  });

  test('a cancelled deploy (SIGINT, as the runner sends) stops its script, puts back what was live and is recorded', async () => {
    const ledger = 'file:.modelgate/cancel.jsonl';
    const run =
      'echo "$MODELGATE_IMAGE" > cancel-live.txt\n' +
      `if [ "$MODELGATE_IMAGE" = "${images.v2.image}" ]; then touch cancel-started; sleep 31.5; echo late > cancel-late.txt; fi`;
    const settings = {
      environment: 'cancel',
      ledger,
      provider: 'command',
      run,
      'allow-ungated': 'true',
    };
    expect((await deploy({ image: images.v1.image, ...settings })).outputs.status).toBe('success');
    const started = Date.now();
    const { child, done } = startBundledAction(
      'deploy',
      { image: images.v2.image, ...settings },
      dir(),
      env,
    );
    while (!existsSync(join(dir(), 'cancel-started'))) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const cancelled = await done;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(cancelled.code).toBe(1);
    expect(cancelled.outputs.status).toBe('failure');
    expect(cancelled.stdout).toContain(
      '::warning::SIGINT: stopping the rollout and putting back what was live',
    );
    expect(readFileSync(join(dir(), 'cancel-live.txt'), 'utf8').trim()).toBe(images.v1.image);
    const records = ledgerLines('.modelgate/cancel.jsonl');
    const v2 = records.filter((r) => r.image === images.v2.image).at(-1)!;
    expect(v2).toMatchObject({ status: 'failure', detail: 'cancelled' });
    expect(records.at(-1)).toMatchObject({ status: 'success', image: images.v1.image });
    // The script's process group went with it: nothing moves the runtime later.
    await new Promise((r) => setTimeout(r, 500));
    expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain('sleep 31.5');
    // The next deploy proceeds at once.
    const next = await deploy({ image: images.v3.image, ...settings });
    expect(next.outputs.status).toBe('success');
    expect(existsSync(join(dir(), 'cancel-late.txt'))).toBe(false);
  }, 30_000);

  test('a killed run is taken over after its own deadline, and refused before it', async () => {
    const ledger = '.modelgate/killed.jsonl';
    const first = await deploy({
      image: images.v1.image,
      environment: 'killed',
      ledger: `file:${ledger}`,
    });
    expect(first.outputs.status).toBe('success');
    const record = ledgerLines(ledger).at(-1)!;
    // A run that was killed (kill -9: no signal handler ran) left its release in progress.
    const stuck = (id: string, deadlineMs: number) =>
      JSON.stringify({
        ...record,
        id,
        image: images.v2.image,
        status: 'in_progress',
        created_at: new Date(Date.now() - 3_600_000).toISOString(),
        deadline: new Date(Date.now() + deadlineMs).toISOString(),
      }) + '\n';
    writeFileSync(
      join(dir(), ledger),
      readFileSync(join(dir(), ledger), 'utf8') + stuck('killed-running', 600_000),
    );
    const refused = await deploy({
      image: images.v3.image,
      environment: 'killed',
      ledger: `file:${ledger}`,
    });
    expect(refused.outputs.status).toBe('failure');
    expect(refused.stdout).toMatch(
      /release killed-running started on killed first and is still in progress \(its run has until 20\d\d-/,
    );
    writeFileSync(
      join(dir(), ledger),
      readFileSync(join(dir(), ledger), 'utf8') + stuck('killed-dead', -60_000),
    );
    const lines = readFileSync(join(dir(), ledger), 'utf8')
      .split('\n')
      .filter((l) => !l.includes('"killed-running"'));
    writeFileSync(join(dir(), ledger), lines.join('\n'));
    const taken = await deploy({
      image: images.v3.image,
      environment: 'killed',
      ledger: `file:${ledger}`,
    });
    expect(taken.outputs.status).toBe('success');
    expect(taken.stdout).toMatch(
      /::warning::release killed-dead has been in progress since .*, past its deadline .*: its run died; taking killed over/,
    );
    // The summary says it too, under the verdict.
    expect(taken.summary).toMatch(
      /\n> \[!WARNING\]\n> release killed-dead has been in progress since .*: its run died; taking killed over\n/,
    );
    expect(
      ledgerLines(ledger)
        .filter((r) => r.id === 'killed-dead')
        .at(-1),
    ).toMatchObject({
      status: 'failure',
      detail: expect.stringMatching(/^abandoned: /),
    });
  });

  test('racing deploys, 2 to 8 at once in rounds, always leave the tag on what the ledger says is live', async () => {
    const ledger = 'file:.modelgate/races.jsonl';
    const versions = ['v1', 'v2', 'v3', 'v4'];
    for (const [round, racers] of [2, 3, 5, 8].entries()) {
      const runs = await Promise.all(
        Array.from({ length: racers }, (_, i) =>
          deploy(
            { image: images[versions[(i + round) % 4]].image, environment: 'races', ledger },
            {},
            true, // racing processes, as jobs race
          ),
        ),
      );
      // The last line of each release is its state; releases in the order they were recorded.
      const releases = new Map<string, Record<string, unknown>>();
      for (const r of ledgerLines('.modelgate/races.jsonl')) releases.set(r.id as string, r);
      const states = [...releases.values()];
      expect(states.filter((r) => r.status === 'in_progress')).toEqual([]);
      const liveRelease = states.filter((r) => r.status === 'success').at(-1)!;
      expect(`${registry.host}/acme/churn@${live('races')}`).toBe(liveRelease.image);
      const won = runs.filter((r) => r.outputs.status === 'success');
      expect(won.length).toBeGreaterThanOrEqual(1);
      for (const lost of runs.filter((r) => r.outputs.status !== 'success')) {
        expect(lost.outputs.status).toBe('failure');
        expect(lost.stdout).toMatch(
          /started on races first and is still in progress|went live on races after this run read the ledger/,
        );
      }
    }
  }, 120_000);

  test('a ledger that cannot be written after the runtime moved: status unrecorded, every output set', async () => {
    const ledger = '.modelgate/unrecorded.jsonl';
    const first = await deploy({
      image: images.v1.image,
      environment: 'unrecorded',
      ledger: `file:${ledger}`,
    });
    expect(first.outputs.status).toBe('success');
    // The script moves the runtime, then the ledger file turns into a folder under the run.
    const run = await deploy({
      image: images.v2.image,
      environment: 'unrecorded',
      ledger: `file:${ledger}`,
      provider: 'command',
      run: `mv ${ledger} ${ledger}.kept && mkdir ${ledger}`,
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'unrecorded',
      image: images.v2.image,
      'previous-image': images.v1.image,
    });
    expect(run.outputs['release-id']).not.toBe('');
    expect(run.summary.split('\n')[0]).toMatch(
      /^## ⚠️ deploy: unrecorded runs .*, but the ledger could not record it/,
    );
    expect(run.stdout).toMatch(
      /::error::deploy: unrecorded runs .* and it is healthy, but the ledger could not record it/,
    );
  });

  test("the command provider's script gets the step's environment, never the action's inputs", async () => {
    const run = await deploy(
      {
        image: images.v1.image,
        environment: 'command-env',
        ledger: 'file:.modelgate/command-env.jsonl',
        provider: 'command',
        run: 'env > script-env.txt',
        'registry-password': 'hunter2-secret',
        'registry-username': 'someone',
      },
      { MY_SETTING: 'from the workflow env' },
      true, // the runner's INPUT_* variables exist only in a real run
    );
    expect(run.outputs.status).toBe('success');
    const seen = readFileSync(join(dir(), 'script-env.txt'), 'utf8');
    expect(seen).toContain('MY_SETTING=from the workflow env');
    expect(seen).toContain(`MODELGATE_IMAGE=${images.v1.image}`);
    expect(seen).not.toMatch(/^INPUT_/m);
    expect(seen).not.toContain('hunter2-secret');
  });
});
