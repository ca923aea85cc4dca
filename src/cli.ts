#!/usr/bin/env node
/**
 * `modelgate <action> --<input> <value> ...`: runs an action outside GitHub Actions,
 * with the same code. Logs go to stderr; the summary (Markdown) and then the
 * outputs (`name=value`) go to stdout. Exit status 1 when the action fails.
 */
import { ACTIONS } from './actions/all.js';
import { runAction, type ActionHost } from './core/run-action.js';

function usage(): string {
  const names = Object.keys(ACTIONS).join(', ');
  return `usage: modelgate <action> --<input> <value> ...\nactions: ${names}\nmodelgate reference: the file formats' reference (Markdown)\n`;
}

/** Parses `--name value`, `--name=value` and a trailing `--flag` (true); repeats join by newline. */
export function parseArguments(args: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--'))
      throw new Error(`unexpected argument '${arg}' (inputs are --<name> <value>)`);
    const eq = arg.indexOf('=');
    let name: string;
    let value: string;
    if (eq > 0) {
      name = arg.slice(2, eq);
      value = arg.slice(eq + 1);
    } else {
      name = arg.slice(2);
      const next = args[i + 1];
      value = next === undefined || next.startsWith('--') ? 'true' : (i++, next);
    }
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return values;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === 'reference') {
    // The file formats' reference (docs/file-formats.md), from the schemas the code uses.
    process.stdout.write((await import('./docs/reference.js')).renderReference());
    return 0;
  }
  const load = ACTIONS[name];
  if (!load) {
    process.stderr.write(`modelgate: unknown action '${name}'\n${usage()}`);
    return 2;
  }
  const action = await load();
  let values: Record<string, string>;
  try {
    values = parseArguments(rest);
  } catch (error) {
    process.stderr.write(`modelgate ${name}: ${(error as Error).message}\n`);
    return 2;
  }
  if ('help' in values) {
    process.stdout.write(
      `modelgate ${name} inputs: ${Object.keys(action.inputs)
        .map((i) => `--${i}`)
        .join(' ')}\n`,
    );
    return 0;
  }
  const unknown = Object.keys(values).filter((key) => !(key in action.inputs));
  if (unknown.length > 0) {
    process.stderr.write(
      `${name}: unknown input '--${unknown[0]}' (inputs: ${Object.keys(action.inputs).join(', ')})\n`,
    );
    return 2;
  }
  let failed = false;
  const outputs: [string, string][] = [];
  const secrets: string[] = [];
  const mask = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const host: ActionHost = {
    env: process.env,
    log: {
      info: (m) => process.stderr.write(`${mask(m)}\n`),
      warning: (m) => process.stderr.write(`warning: ${mask(m)}\n`),
      debug: (m) => {
        if (process.env.MODELGATE_DEBUG) process.stderr.write(`debug: ${mask(m)}\n`);
      },
      group: async (title, fn) => {
        process.stderr.write(`▶ ${title}\n`);
        return fn();
      },
    },
    getInput: (input) => values[input] ?? '',
    setOutput: (output, value) => outputs.push([output, value]),
    setSecret: (value) => secrets.push(value),
    writeSummary: async (markdown) => {
      process.stdout.write(`${mask(markdown)}\n`);
    },
    setFailed: (message) => {
      failed = true;
      process.stderr.write(`error: ${mask(message)}\n`);
    },
  };
  await runAction(action, host);
  for (const [output, value] of outputs) process.stdout.write(`${output}=${mask(value)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
