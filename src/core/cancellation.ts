/**
 * A run that is cancelled: the Actions runner sends SIGINT, then SIGTERM 7.5 s later (and
 * a terminal's Ctrl-C is SIGINT). Actions that change something listen for both so they
 * can stop their rollout, put back what was live and record why, instead of dying with
 * the runtime moved and the ledger saying `in_progress`.
 */
export interface Cancellation {
  signal: AbortSignal;
  /** Stops listening (the process can be interrupted normally again). */
  dispose(): void;
}

/** Starts listening for SIGINT and SIGTERM. */
export function listenForCancellation(onCancel?: (signal: string) => void): Cancellation {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    onCancel?.(signal);
    controller.abort(new Error(`cancelled (${signal})`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
