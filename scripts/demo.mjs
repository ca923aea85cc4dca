// `npm run demo`: the whole modelgate chain on the example model with the embedded
// defaults, through the bundled CLI, in a fresh `.modelgate/demo` folder (ignored by git):
// validate the model, build its image into an OCI layout, gate it against what is live in
// `production`, deploy it (registry-tag: the layout's `production` tag; the file ledger),
// then a second release the same way, then roll back. No network, no Docker.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const dir = '.modelgate/demo';
const ledger = `file:${dir}/ledger.jsonl`;
const example = 'examples/iris';

const cli = (action, inputs) => {
  const args = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]);
  console.log(`\n$ modelgate ${action} ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['dist/cli/index.js', action, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
cli('validate-model', {
  model: example,
  signature: `${example}/signature.yaml`,
  'require-model-card': 'true',
  report: `${dir}/validate-model.json`,
});
for (const release of [1, 2]) {
  console.log(`\n# release ${release}`);
  cli('build-image', {
    model: example,
    image: `oci:${dir}/image`,
    tags: `release-${release}`,
    labels: `dev.modelgate.example.release=${release}`,
    'validate-report': `${dir}/validate-model.json`,
    report: `${dir}/build-image-${release}.json`,
  });
  cli('evaluate-gate', {
    candidate: `${example}/predictions.csv`,
    'score-column': 'score_',
    gates: `${example}/gates.yml`,
    baseline: 'environment:production',
    'validate-report': `${dir}/validate-model.json`,
    ledger,
    report: `${dir}/evaluate-gate-${release}.json`,
  });
  cli('deploy', {
    image: `oci:${dir}/image:release-${release}`,
    environment: 'production',
    'gate-report': `${dir}/evaluate-gate-${release}.json`,
    ledger,
    report: `${dir}/deploy-${release}.json`,
  });
}
console.log('\n# roll back');
cli('rollback', {
  environment: 'production',
  reason: 'demo: back to release 1',
  ledger,
  report: `${dir}/rollback.json`,
});
