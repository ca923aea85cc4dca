// Bundles every action entry (src/entry/<name>.ts) and the CLI with ncc into dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { sourcesDigest } from './sources-digest.mjs';

const entries = readdirSync('src/entry').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
rmSync('dist', { recursive: true, force: true });
const nccCli = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const ncc = (input, out) =>
  execFileSync(process.execPath, [nccCli, 'build', input, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
for (const name of entries) ncc(`src/entry/${name}.ts`, `dist/${name}`);
ncc('src/cli.ts', 'dist/cli');
// ncc keeps the shebang only when it is the first line; make sure the CLI is executable.
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
// ESM bundles need a package.json saying so next to them.
for (const dir of [...entries, 'cli']) writeFileSync(`dist/${dir}/package.json`, '{ "type": "module" }\n');
// What the bundles were built from: the bundled-action tests check it (sources-digest.mjs).
writeFileSync('dist/sources.sha256', `${sourcesDigest()}\n`);
console.log(`built ${entries.length} action(s) and the CLI`);
