/**
 * Runs an action's definition in this process through runAction(), with a host that
 * keeps everything in memory: the unit tier's way to test behaviour from the sources
 * (the bundled dist/ is tested through action-runner.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionDefinition } from '../../src/core/action.js';
import { runAction } from '../../src/core/run-action.js';

export interface InProcessRun {
  failed?: string;
  outputs: Record<string, string>;
  summary: string;
  log: string[];
}

/** Runs `action` with `inputs` (unset ones empty, so defaults apply), in the current directory. */
export async function runInProcess(
  action: unknown,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<InProcessRun> {
  const run: InProcessRun = { outputs: {}, summary: '', log: [] };
  await runAction(action as ActionDefinition, {
    env: { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'runner-')), ...env },
    log: {
      info: (m) => run.log.push(m),
      warning: (m) => run.log.push(`warning: ${m}`),
      debug: () => {},
      group: (_title, fn) => fn(),
    },
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      run.outputs[name] = value;
    },
    setSecret: () => {},
    writeSummary: async (markdown) => {
      run.summary += markdown;
    },
    setFailed: (message) => {
      run.failed = message;
    },
  });
  return run;
}
