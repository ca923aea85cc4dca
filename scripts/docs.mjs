// Writes the inputs and outputs tables of each actions/<name>/README.md from its
// action.yml, between the `generated` markers, and the same tables (collapsed) into the
// main README between `<!-- tables:<name> -->` and `<!-- /tables:<name> -->`, so the docs
// cannot drift from what the actions declare. `--check` changes nothing and exits 1 when
// a README is out of date.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
if (check && stale) process.exit(1);
console.log(check ? 'action READMEs are up to date' : `${stale} README(s) written`);
