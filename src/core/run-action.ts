/**
 * Runs one action through a host (GitHub Actions or the CLI): parses inputs, runs,
 * then always writes the report and sets outputs, also when the action fails.
 */
import type { ActionDefinition, ActionResult } from './action.js';
import { ConfigurationError, describeError } from './errors.js';
import { declarationOf, parseInputs } from './inputs.js';
import type { Logger } from './logger.js';
import { defaultReportPath, writeReport } from './report.js';
import { runContextOf } from './run-context.js';

/** What a host provides: where inputs come from and where results go. */
export interface ActionHost {
  log: Logger;
  env: Record<string, string | undefined>;
  /** The working directory (default: the process's). */
  cwd?: string;
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

/** Runs `action` on `host`; resolves to the result, or undefined when it could not run. */
export async function runAction(
  action: ActionDefinition,
  host: ActionHost,
): Promise<ActionResult | undefined> {
  const reportInput = host.getInput('report').trim();
  const reportPath = reportInput || defaultReportPath(action.name, host.env);
  try {
    for (const [name, schema] of Object.entries(action.inputs)) {
      const value = host.getInput(name).trim();
      if (declarationOf(schema).secret && value) host.setSecret(value);
    }
    const inputs = parseInputs(action.inputs, (name) => host.getInput(name));
    const result = await action.run(inputs, {
      log: host.log,
      env: host.env,
      run: runContextOf(host.env, host.cwd ?? process.cwd()),
      setSecret: (v) => host.setSecret(v),
    });
    const written = await writeReport(reportPath, result.report);
    for (const [name, value] of Object.entries({ ...result.outputs, report: written })) {
      host.setOutput(name, value);
    }
    await host.writeSummary(result.summary);
    if (result.failure) host.setFailed(`${action.name}: ${result.failure}`);
    return result;
  } catch (error) {
    const message = `${action.name}: ${describeError(error)}`;
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) {
      host.log.debug(error.stack);
    }
    const written = await writeReport(reportPath, { action: action.name, error: message }).catch(
      () => undefined,
    );
    for (const [name, value] of Object.entries(action.outputsOnError ?? {})) {
      host.setOutput(name, value);
    }
    if (written) host.setOutput('report', written);
    await host.writeSummary(`## ❌ ${action.name} could not run\n\n${message}\n`).catch(() => {});
    host.setFailed(message);
    return undefined;
  }
}
