/**
 * Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does:
 * inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, Node 24
 * semantics (ESM bundle), and reads back what it wrote.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesDigest } from '../../scripts/sources-digest.mjs';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** The repository root (bundles are found from here, whatever the working directory). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let current: boolean | undefined;
/**
 * Throws unless dist/ was built from the sources as they are now: a bundled-action test
 * after a source edit without `npm run build` would test the old code.
 */
export function assertBundlesCurrent(): void {
  if (current) return;
  const stamp = join(ROOT, 'dist', 'sources.sha256');
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : 'nothing';
  current = built === sourcesDigest(ROOT);
  if (!current)
    throw new Error(
      'dist/ was built from other sources than src/ has now: run `npm run build` (this test drives the bundles)',
    );
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` heredocs and `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return outputs;
}

/** Runs `dist/<action>/index.js` with the given inputs in `cwd`. */
export function runBundledAction(
  action: string,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return startBundledAction(action, inputs, cwd, env).done;
}

/**
 * Starts the action; `child` is its process (to send signals to), `done` its run.
 * `prefix` runs it under another command (`prlimit --fsize=...`, for a full disk).
 */
export function startBundledAction(
  action: string,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
  prefix: string[] = [],
): { child: ChildProcess; done: Promise<ActionRun> } {
  assertBundlesCurrent();
  const runnerDir = mkdtempSync(join(tmpdir(), 'runner-'));
  const outputFile = join(runnerDir, 'output');
  const summaryFile = join(runnerDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = Date.now();
  let child!: ChildProcess;
  const done = new Promise<ActionRun>((resolvePromise) => {
    const command = [...prefix, process.execPath, join(ROOT, 'dist', action, 'index.js')];
    child = execFile(
      command[0],
      command.slice(1),
      {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_ACTIONS: 'true',
          RUNNER_TEMP: runnerDir,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          ...inputEnv,
          ...env,
        },
      },
      (error, stdout, stderr) => {
        resolvePromise({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
          durationMs: Date.now() - started,
        });
      },
    );
  });
  return { child, done };
}
