// `npm run demo`: the modelgate chain on the example model with the embedded defaults,
// through the bundled CLI: validate-model, then build-image into an OCI layout on disk.
// (evaluate-gate, deploy and rollback join as they land.)
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
