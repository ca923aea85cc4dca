/** The ActionHost for GitHub Actions: the only place in src/core that touches @actions/core. */
import * as core from '@actions/core';
import type { ActionDefinition } from './action.js';
import { runAction, type ActionHost } from './run-action.js';

/** The host backed by @actions/core (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export function createActionsHost(): ActionHost {
  return {
    env: process.env,
    log: {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      debug: (m) => core.debug(m),
      group: (title, fn) => core.group(title, fn),
    },
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
  };
}

/** Entry point of a bundled action. */
export async function runInActions(action: ActionDefinition): Promise<void> {
  try {
    await runAction(action, createActionsHost());
  } catch (error) {
    // Only the host itself can fail here (e.g. an unwritable GITHUB_OUTPUT).
    core.setFailed(`${action.name}: ${(error as Error).message}`);
  }
}
