// `npm run bench -- rollback`: deploy (with a gate report, so its evidence is stored) and
// rollback end to end (a fresh `node dist/cli` process each, as a workflow step is), with
// the file ledger, on a local docker-registry;
// side by side with skopeo moving the same tag (the independent reference for what
// registry-tag does). Then the action's own overhead (everything but the provider's
// work) for every provider: registry-tag, command, gitops (a local bare repository),
// kubernetes (the test double of test/support, run by Node 24, which strips its types).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startRegistry } from './registry.mjs';

const CLI = resolve('dist/cli/index.js');
const data = resolve('bench/.data/rollback');
const ROUNDS = Number(process.env.MODELGATE_BENCH_ROUNDS ?? 10);

function run(command, args, cwd = data) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '0' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${child.stdout}\n${child.stderr}`);
  return { ms, stdout: child.stdout };
}

const modelgate = (action, inputs) =>
  run(process.execPath, [
    CLI,
    action,
    ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]),
  ]);

/** The action's own timings from its JSON report: total and the provider's part. */
function timings(report) {
  const { timings: t } = JSON.parse(readFileSync(report, 'utf8'));
  return t;
}

/** test/support/kube-apiserver.ts in a Node 24 child; resolves to its URL and a stop function. */
async function startKubeDouble(kubeconfig) {
  const script = `
    import { startKubeApiServer } from ${JSON.stringify(resolve('test/support/kube-apiserver.ts'))};
    const server = await startKubeApiServer({ tickMs: 20 });
    server.kubeconfig(${JSON.stringify(kubeconfig)}, 'ml');
    console.log('READY ' + server.url);
    process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
    process.stdin.resume();`;
  const child = spawn('npx', ['-y', '-p', 'node@24', 'node', '--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      const ready = /READY (\S+)/.exec(String(chunk));
      if (ready) resolveUrl(ready[1]);
    });
    child.on('exit', (code) => reject(new Error(`the kube double exited with ${code}`)));
  });
  return { url, stop: () => child.stdin.end() };
}

async function seedDeployment(url) {
  const response = await fetch(
    `${url}/apis/apps/v1/namespaces/ml/deployments/churn?fieldManager=bench`,
    {
      method: 'PATCH',
      headers: {
        authorization: 'Bearer kube-token',
        'content-type': 'application/apply-patch+yaml',
      },
      body: JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'churn', namespace: 'ml' },
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: 'churn' } },
          template: {
            metadata: { labels: { app: 'churn' } },
            spec: { containers: [{ name: 'model', image: 'churn:v0' }] },
          },
        },
      }),
    },
  );
  if (!response.ok) throw new Error(`seeding the deployment: ${response.status}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);

export async function runRollbackBench() {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  execFileSync('git', ['init', '--quiet'], { cwd: data });
  const registry = await startRegistry(join(data, 'registry'));
  try {
    const images = {};
    const models = {};
    for (const v of ['v1', 'v2']) {
      mkdirSync(join(data, 'models', v), { recursive: true });
      writeFileSync(join(data, 'models', v, 'model.onnx'), `weights ${v}\n`);
      const built = modelgate('build-image', {
        model: `models/${v}`,
        image: `${registry.host}/acme/churn`,
        tags: v,
      });
      images[v] = /^image=(.*)$/m.exec(built.stdout)[1];
      models[v] = /^model-digest=(.*)$/m.exec(built.stdout)[1];
    }
    const ledger = 'file:ledger.jsonl';
    const report = join(data, 'report.json');
    const common = { ledger, report };
    // Deploys take the default path: a passing gate report of the image's model, whose
    // report and predictions deploy stores beside the image before the rollout.
    const predictions = ['id,label,prediction'];
    for (let i = 0; i < 1000; i++)
      predictions.push(`${i},${i % 2},${i % 10 === 0 ? 1 - (i % 2) : i % 2}`);
    writeFileSync(join(data, 'predictions.csv'), predictions.join('\n') + '\n');
    const gateReports = {};
    for (const v of ['v1', 'v2']) {
      gateReports[v] = join(data, `gate-${v}.json`);
      modelgate('evaluate-gate', {
        candidate: 'predictions.csv',
        gates: 'gates:\n  - metric: accuracy\n    min: 0.8\n',
        'model-digest': models[v],
        ledger: 'file:gate-ledger.jsonl',
        report: gateReports[v],
      });
    }
    const deploy = (inputs) =>
      modelgate('deploy', {
        ...inputs,
        'gate-report': gateReports[inputs.image === images.v1 ? 'v1' : 'v2'],
      });

    // registry-tag: rollback end to end vs skopeo moving the tag.
    const rollbacks = [];
    const overheads = [];
    const skopeo = [];
    deploy({ ...common, image: images.v1, environment: 'production' });
    for (let i = 0; i < ROUNDS; i++) {
      deploy({ ...common, image: images.v2, environment: 'production' });
      const back = modelgate('rollback', {
        ...common,
        environment: 'production',
        to: images.v1.split('@')[1],
      });
      rollbacks.push(back.ms);
      const t = timings(report);
      overheads.push(back.ms - t.providerMs);
      skopeo.push(
        run('skopeo', [
          'copy',
          '--quiet',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `docker://${images.v1}`,
          `docker://${registry.host}/acme/churn:reference`,
        ]).ms,
      );
    }
    console.log(
      `\nrollback, registry-tag, file ledger, local registry: ${ROUNDS} rounds (each a fresh process)\n`,
    );
    console.log('| measure | median | worst | target |');
    console.log('|---|---|---|---|');
    const line = (name, values, target) =>
      console.log(
        `| ${name} | ${median(values).toFixed(0)} ms | ${max(values).toFixed(0)} ms | ${target} |`,
      );
    line(
      'rollback end to end (process start → exit)',
      rollbacks,
      `< 2000 ms ${max(rollbacks) < 2000 ? '✅' : '❌'}`,
    );
    line(
      "modelgate's own part (all but the provider)",
      overheads,
      `< 1000 ms ${max(overheads) < 1000 ? '✅' : '❌'}`,
    );
    line('reference: `skopeo copy` of the same image to a tag', skopeo, '');
    console.log(
      `\nratio rollback / skopeo copy (median): ${(median(rollbacks) / median(skopeo)).toFixed(2)}×`,
    );

    // Every provider's overhead on deploy (and rollback) in the same way.
    writeFileSync(join(data, 'bump.sh'), 'echo "$MODELGATE_IMAGE" > live.txt\n');
    const remote = join(data, 'manifests.git');
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
    const seed = join(data, 'seed');
    execFileSync('git', ['clone', '--quiet', remote, seed], { stdio: 'ignore' });
    mkdirSync(join(seed, 'deploy'));
    writeFileSync(
      join(seed, 'deploy', 'kustomization.yaml'),
      `images:\n  - name: ${registry.host}/acme/churn\n    newTag: v0\n`,
    );
    execFileSync('git', ['add', '.'], { cwd: seed });
    execFileSync(
      'git',
      ['-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '--quiet', '-m', 'seed'],
      { cwd: seed },
    );
    execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: seed, stdio: 'ignore' });
    const kubeconfig = join(data, 'kubeconfig');
    const kube = await startKubeDouble(kubeconfig);
    await seedDeployment(kube.url);
    const providers = {
      'registry-tag': {},
      kubernetes: {
        provider: 'kubernetes',
        kubeconfig,
        namespace: 'ml',
        deployment: 'churn',
        container: 'model',
      },
      command: { provider: 'command', run: 'bash bump.sh' },
      gitops: { provider: 'gitops', repository: remote, branch: 'main', path: 'deploy' },
    };
    console.log(
      "\nmodelgate's own part per provider (deploy and rollback, each a fresh process):\n",
    );
    console.log(
      '| provider | step | end to end (median) | provider (median) | modelgate (median) | modelgate (worst) | target |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, settings] of Object.entries(providers)) {
      const environment = `bench-${name}`;
      const samples = { deploy: [], rollback: [] };
      deploy({ ...common, ...settings, image: images.v1, environment });
      for (let i = 0; i < Math.max(3, ROUNDS / 2); i++) {
        const d = deploy({ ...common, ...settings, image: images.v2, environment });
        samples.deploy.push({ ms: d.ms, provider: timings(report).providerMs });
        const r = modelgate('rollback', { ...common, environment, to: images.v1.split('@')[1] });
        samples.rollback.push({ ms: r.ms, provider: timings(report).providerMs });
      }
      for (const [step, values] of Object.entries(samples)) {
        const own = values.map((v) => v.ms - v.provider);
        const ok = max(own) < 1000 ? '✅' : '❌';
        console.log(
          `| ${name} | ${step} | ${median(values.map((v) => v.ms)).toFixed(0)} ms | ${median(values.map((v) => v.provider)).toFixed(0)} ms | ${median(own).toFixed(0)} ms | ${max(own).toFixed(0)} ms | < 1000 ms ${ok} |`,
        );
      }
    }
    kube.stop();
  } finally {
    await registry.stop();
  }
}
