import { formatBytes } from './size.js';

export interface ProgressOptions {
  label: string;
  total: number;
  log: (line: string) => void;
  /** Minimum time between two lines. */
  intervalMs?: number;
  /** Work smaller than this many bytes logs nothing (default 64 MiB). */
  quietBelow?: number;
  now?: () => number;
}

/** Reports byte progress of long work: at most one line every few seconds. */
export interface Progress {
  add(bytes: number): void;
  done(): void;
}

/** Creates a progress reporter that logs `label: done / total (pct), MB/s`. */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 5000;
  const started = now();
  let last = started;
  let done = 0;
  const line = () => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const pct = options.total > 0 ? ` (${((100 * done) / options.total).toFixed(0)}%)` : '';
    const rate = (done / 1e6 / seconds).toFixed(0);
    options.log(
      `${options.label}: ${formatBytes(done)} / ${formatBytes(options.total)}${pct}, ${rate} MB/s`,
    );
  };
  return {
    add(bytes) {
      done += bytes;
      const t = now();
      if (t - last >= interval) {
        last = t;
        line();
      }
    },
    done() {
      if (done > 0 && options.total >= (options.quietBelow ?? 64 << 20)) line();
    },
  };
}
