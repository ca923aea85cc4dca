// The digest of everything dist/ is built from (src/, the lockfile, tsconfig.json and the
// build script): `npm run build` writes it to dist/sources.sha256, and the tests that drive
// the bundles refuse to run when it no longer matches, so they never test old code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** sha256 over each source file's path and bytes, in a fixed order. */
export function sourcesDigest(root = '.') {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(root, 'src')).map((f) => relative(root, f)), ...INPUTS];
  for (const file of files.map((f) => f.replace(/\\/g, '/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
