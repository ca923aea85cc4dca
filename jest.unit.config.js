/**
 * The unit tier (`npm run test:unit`): every suite that needs nothing but `npm ci` — the
 * sources, run in process. A suite leaves this tier by importing a support module that
 * needs more (a Debian package, the bundles in dist/); the list below is that set, so a
 * new suite lands in the right tier by what it imports. `npm test` runs every suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import base from './jest.config.js';

/** Support modules that need more than npm ci, and what they need. */
const NEEDS_MORE = {
  'action-runner': 'the bundles in dist/',
  registry: "Debian's docker-registry",
  'referrers-registry': "Debian's docker-registry",
  'token-server': "Debian's docker-registry and apache2-utils",
  'model-images': "Debian's docker-registry",
  'oci-tools': 'skopeo and umoci',
  python: "Debian's python3 with numpy, scikit-learn, onnx",
  'sklearn-reference': "Debian's python3-sklearn",
  prometheus: "Debian's prometheus",
};
const needsMore = new RegExp(
  `from '[./]*(?:support/)?(?:${Object.keys(NEEDS_MORE).join('|')})\\.js'|/corpus/`,
);

function suites(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? suites(path) : path.endsWith('.test.ts') ? [path] : [];
  });
}

const integration = suites('test').filter((file) => needsMore.test(readFileSync(file, 'utf8')));

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', ...integration.map((f) => `/${f.replace(/\./g, '\\.')}$`)],
};
