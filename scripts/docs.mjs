// Writes the inputs and outputs tables of each actions/<name>/README.md from its
// action.yml, between the `generated` markers, and the same tables (collapsed) into the
// main README between `<!-- tables:<name> -->` and `<!-- /tables:<name> -->`, so the docs
// cannot drift from what the actions declare. It also writes docs/: actions.md (every
// action's and reusable workflow's inputs, outputs and secrets, from action.yml and the
// workflow files) and file-formats.md (from the schemas the code reads the files with,
// through the bundled CLI: `modelgate reference`). Last, every relative link in every
// Markdown file the repository tracks must resolve to a file inside it. `--check` changes
// nothing and exits 1 when a document is out of date or a link is broken.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

const START = '<!-- generated from action.yml by scripts/docs.mjs: do not edit below -->';
const END = '<!-- end of generated tables -->';
const check = process.argv.includes('--check');

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown tables of one action.yml. */
export function renderTables(action, level = '##') {
  const lines = [`${level} Inputs`, '', '| input | default | meaning |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.required
      ? '(required)'
      : input.default !== undefined && input.default !== ''
        ? `\`${input.default}\``
        : '';
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description ?? '')} |`);
  }
  lines.push('', `${level} Outputs`, '', '| output | meaning |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  return lines.join('\n');
}

let stale = 0;
for (const name of readdirSync('actions').sort()) {
  const yml = join('actions', name, 'action.yml');
  const readme = join('actions', name, 'README.md');
  if (!existsSync(yml)) continue;
  const current = existsSync(readme) ? readFileSync(readme, 'utf8') : `# ${name}\n\n`;
  const tables = `${START}\n\n${renderTables(parse(readFileSync(yml, 'utf8')))}\n\n${END}\n`;
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const updated =
    at >= 0 && end > at
      ? current.slice(0, at) + tables + current.slice(end + END.length + 1)
      : `${current.trimEnd()}\n\n${tables}`;
  if (updated === current) continue;
  stale++;
  if (check) console.error(`${readme} is out of date with ${yml}: run node scripts/docs.mjs`);
  else writeFileSync(readme, updated);
}
const main = 'README.md';
const readme = readFileSync(main, 'utf8');
const filled = readme.replace(
  /<!-- tables:([a-z-]+) -->[\s\S]*?<!-- \/tables:\1 -->/g,
  (_, name) =>
    `<!-- tables:${name} -->\n<details><summary>Every input and output of ${name}</summary>\n\n` +
    `${renderTables(parse(readFileSync(join('actions', name, 'action.yml'), 'utf8')), '####')}\n\n` +
    `</details>\n<!-- /tables:${name} -->`,
);
if (filled !== readme) {
  stale++;
  if (check) console.error(`${main} is out of date with the action.yml files: run node scripts/docs.mjs`);
  else writeFileSync(main, filled);
}
/** Writes (or, with --check, compares) one generated document. */
function generated(path, text) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) return;
  stale++;
  if (check) console.error(`${path} is out of date: run npm run docs`);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** A reusable workflow's inputs, secrets and outputs as Markdown tables. */
function workflowTables(file) {
  const call = parse(readFileSync(file, 'utf8')).on.workflow_call;
  const lines = ['#### Inputs', '', '| input | type | default | meaning |', '|---|---|---|---|'];
  for (const [name, input] of Object.entries(call.inputs ?? {})) {
    const fallback = input.required
      ? '(required)'
      : input.default !== undefined && input.default !== ''
        ? `\`${input.default}\``
        : '';
    lines.push(`| \`${name}\` | ${input.type} | ${fallback} | ${cell(input.description ?? '')} |`);
  }
  if (call.secrets) {
    lines.push('', '#### Secrets', '', '| secret | meaning |', '|---|---|');
    for (const [name, secret] of Object.entries(call.secrets))
      lines.push(`| \`${name}\` | ${cell(secret.description ?? '')} |`);
  }
  lines.push('', '#### Outputs', '', '| output | meaning |', '|---|---|');
  for (const [name, output] of Object.entries(call.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  return lines.join('\n');
}

const actionNames = readdirSync('actions')
  .sort()
  .filter((name) => existsSync(join('actions', name, 'action.yml')));
const workflowFiles = readdirSync('.github/workflows')
  .sort()
  .filter((f) => f.startsWith('model-'));
generated(
  'docs/actions.md',
  [
    '# Inputs, outputs and secrets',
    '',
    'Generated from each `action.yml` and reusable workflow by `npm run docs` (checked by',
    '`npm run lint`). The file formats these name are in [file-formats.md](file-formats.md).',
    '',
    '## Actions',
    '',
    ...actionNames.flatMap((name) => {
      const action = parse(readFileSync(join('actions', name, 'action.yml'), 'utf8'));
      return [
        `### ${name}`,
        '',
        `${cell(action.description ?? '')} ([README](../actions/${name}/README.md))`,
        '',
        renderTables(action, '####'),
        '',
      ];
    }),
    '## Reusable workflows',
    '',
    ...workflowFiles.flatMap((file) => [
      `### ${file}`,
      '',
      `[\`.github/workflows/${file}\`](../.github/workflows/${file})`,
      '',
      workflowTables(join('.github/workflows', file)),
      '',
    ]),
  ].join('\n'),
);
generated(
  'docs/file-formats.md',
  execFileSync(process.execPath, ['dist/cli/index.js', 'reference'], { encoding: 'utf8' }),
);

// Every relative link of every tracked Markdown file resolves inside the repository.
const root = resolve('.');
let broken = 0;
const markdown = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && existsSync(f));
for (const file of markdown) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    const path = decodeURIComponent(target.split('#')[0]);
    const absolute = resolve(dirname(file), path);
    const inside = !relative(root, absolute).startsWith('..');
    if (!inside || !existsSync(absolute)) {
      broken++;
      console.error(
        `${file}: link ${target} ${inside ? 'points at nothing' : 'leaves the repository (a 404 on GitHub)'}`,
      );
    }
  }
}
if (check && (stale || broken)) process.exit(1);
if (broken) process.exit(1);
console.log(
  check
    ? `docs are up to date; ${markdown.length} Markdown files' links resolve`
    : `${stale} document(s) written`,
);
