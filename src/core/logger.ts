/**
 * The logging surface domain code may use. The Actions runtime maps it onto
 * @actions/core (log groups, annotations); the CLI onto stderr.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything: for library callers and tests that don't care. */
export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
  group: (_title, fn) => fn(),
};
