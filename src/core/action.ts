/**
 * The shape every modelgate action has, whether it runs in GitHub Actions or from
 * the CLI: declared inputs, a run function over the parsed inputs, and a result
 * carrying outputs, a Markdown summary, a JSON report and (maybe) a failure.
 */
import type { InputSchemas, ParsedInputs } from './inputs.js';
import type { Logger } from './logger.js';
import type { RunContext } from './run-context.js';

export interface ActionContext {
  log: Logger;
  /** The process environment (RUNNER_TEMP, GITHUB_*), passed in rather than read. */
  env: Record<string, string | undefined>;
  /** The run: working directory, repository, commit, run URL (from env, once). */
  run: RunContext;
  setSecret(value: string): void;
}

export interface ActionResult {
  outputs: Record<string, string>;
  summary: string;
  report: Record<string, unknown>;
  /** Set when the step should fail (a failed check or gate); the one-line reason. */
  failure?: string;
}

export interface ActionDefinition<S extends InputSchemas = InputSchemas> {
  name: string;
  inputs: S;
  run(inputs: ParsedInputs<S>, context: ActionContext): Promise<ActionResult>;
  /** Outputs set when the action could not run at all (bad input, crash). */
  outputsOnError?: Record<string, string>;
}

/** Identity helper that keeps the input types of a definition. */
export function defineAction<S extends InputSchemas>(
  definition: ActionDefinition<S>,
): ActionDefinition<S> {
  return definition;
}
