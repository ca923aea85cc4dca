/**
 * Runs an action from the sources in this process through runAction(), with a host that
 * keeps everything in memory: the unit tier's way to test behaviour (the bundled dist/ is
 * tested through action-runner.ts, one test per action).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from './action-runner.js';
import { ACTIONS } from '../../src/actions/all.js';
import type { ActionDefinition } from '../../src/core/action.js';
import { runAction } from '../../src/core/run-action.js';

/**
 * Runs an action from the sources the way `runBundledAction` runs its bundle, and answers
 * the same shape: in `cwd`, with the runner's environment plus `env`, the log as the
 * workflow commands @actions/core prints (`::warning::`, `::error::`), the outputs, the
 * summary, and exit code 1 when it failed. Runs take turns: each changes the working
 * directory while it runs.
 */
export async function runActionInProcess(
  name: string,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
): Promise<ActionRun & { failure?: string }> {
  const action = await ACTIONS[name]();
  // One run at a time: each changes the working directory while it runs (races between
  // runs are tested with real processes, through the bundles).
  const turn = queue.then(() => run(action, inputs, cwd, env));
  queue = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}

let queue: Promise<void> = Promise.resolve();

async function run(
  action: ActionDefinition,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string>,
): Promise<ActionRun & { failure?: string }> {
  const started = Date.now();
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failure: string | undefined;
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    await runAction(action, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'runner-')),
        ...env,
      },
      log: {
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`::warning::${m}`),
        debug: () => {},
        group: async (title, fn) => {
          lines.push(`::group::${title}`);
          try {
            return await fn();
          } finally {
            lines.push('::endgroup::');
          }
        },
      },
      // As the bundled runs: only the inputs given (the zod schemas hold the defaults).
      getInput: (input) => inputs[input] ?? '',
      setOutput: (output, value) => {
        outputs[output] = value;
      },
      setSecret: (value) => lines.push(`::add-mask::${value}`),
      writeSummary: async (markdown) => {
        summary += markdown;
      },
      setFailed: (message) => {
        failure = message;
        lines.push(`::error::${message}`);
      },
    });
  } finally {
    process.chdir(previous);
  }
  return {
    code: failure === undefined ? 0 : 1,
    failure,
    stdout: lines.map((line) => `${line}\n`).join(''),
    stderr: '',
    outputs,
    summary,
    durationMs: Date.now() - started,
  };
}
