/**
 * Errors the user can fix (a bad input) are kept apart from unexpected ones, so the
 * action can fail with one clear line naming the input instead of a stack trace.
 */
export class ConfigurationError extends Error {
  readonly input: string;

  constructor(input: string, problem: string, value?: string) {
    const shown = value === undefined ? '' : ` (got '${truncate(value, 120)}')`;
    super(`input '${input}': ${problem}${shown}`);
    this.name = 'ConfigurationError';
    this.input = input;
  }
}

/** The message of any thrown value, without a stack trace. */
export function describeError(error: unknown): string {
  // By shape, not instanceof: an error from another realm (a vm context, a worker) is one too.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function truncate(value: string, max: number): string {
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
