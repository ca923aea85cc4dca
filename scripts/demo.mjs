// `npm run demo`: the modelgate chain on the example model with the embedded defaults,
// through the bundled CLI: validate-model, build-image into an OCI layout on disk, then
// deploy it to `staging` with the registry-tag provider (the tag `staging` in that layout)
// and the file ledger. (Issue 6 adds the gate and a rollback.)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const cli = (action, inputs) => {
  console.log(`\n$ modelgate ${action} ${inputs.join(' ')}`);
  const run = spawnSync(process.execPath, ['dist/cli/index.js', action, ...inputs], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

mkdirSync('.modelgate', { recursive: true });
cli('validate-model', ['--model', 'examples/iris', '--signature', 'examples/iris/signature.yaml', '--require-model-card', 'true', '--report', '.modelgate/validate-model.json']);
cli('build-image', ['--model', 'examples/iris', '--image', 'oci:.modelgate/image', '--tags', 'demo', '--validate-report', '.modelgate/validate-model.json', '--report', '.modelgate/build-image.json']);
cli('deploy', ['--image', 'oci:.modelgate/image:demo', '--environment', 'staging', '--ledger', 'file:.modelgate/ledger.jsonl', '--report', '.modelgate/deploy.json']);
