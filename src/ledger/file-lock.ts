/**
 * An exclusive lock beside a file (`<path>.lock`, created with O_EXCL), so two
 * processes appending to one ledger never interleave. A lock whose holder is gone (its
 * pid no longer runs on this host) or older than `staleMs` is taken over.
 */
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';

export interface LockOptions {
  /** How long to wait for another holder. */
  waitMs?: number;
  /** A lock older than this is abandoned. */
  staleMs?: number;
}

/** Runs `fn` holding the lock on `path`; the lock is released however `fn` ends. */
export async function withFileLock<T>(
  path: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const staleMs = options.staleMs ?? 60_000;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(`${process.pid}@${hostname()}\n`);
      } catch (error) {
        // A lock that names no holder would only make the next run wait: remove it.
        await handle.close().catch(() => undefined);
        await rm(lock, { force: true });
        throw error;
      }
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isAbandoned(lock, staleMs)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`${path} is locked by another process (${lock}); try again`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

async function isAbandoned(lock: string, staleMs: number): Promise<boolean> {
  const [holder, info] = await Promise.all([
    readFile(lock, 'utf8').catch(() => ''),
    stat(lock).catch(() => undefined),
  ]);
  if (!info) return false;
  if (Date.now() - info.mtimeMs > staleMs) return true;
  // No holder written (a crash between creating and writing it) and not fresh: abandoned.
  if (holder.trim() === '' && Date.now() - info.mtimeMs > 5_000) return true;
  const [pid, host] = holder.trim().split('@');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
