/**
 * The `file:<path>` ledger: an append-only JSON Lines file. A release's later states are
 * appended as new lines with the same id; the newest line of an id is its state. Lines
 * are appended under a lock and fsync'd before a write is reported done. A line that is
 * not a release record is an error naming the file and the line: a ledger is evidence,
 * so nothing in it is silently skipped — except a torn last line (a write cut short: the
 * disk filled, the process died), which is reported in `warnings`, ignored when reading,
 * and moved aside to `<ledger>.torn-<time>` before the next append, so it never blocks.
 * A write that fails part-way is truncated back.
 */
import { ConfigurationError } from '../core/errors.js';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withFileLock } from './file-lock.js';
import {
  asReleaseRecord,
  markLive,
  releaseName,
  type Ledger,
  type ReleaseRecord,
  type ReleaseStatus,
  type StatusDetails,
} from './ledger.js';

export class FileLedger implements Ledger {
  readonly description: string;
  /** What a person should know about the file (a torn line found, moved aside). */
  readonly warnings: string[] = [];

  /** `createDirectory`: only the default ledger's folder is created; an explicit one must exist. */
  constructor(
    readonly path: string,
    private readonly createDirectory = false,
  ) {
    this.description = `file:${path}`;
  }

  async history(environment: string, limit = Infinity, name?: string): Promise<ReleaseRecord[]> {
    const latest = new Map<string, ReleaseRecord>();
    for (const record of await this.read())
      if (
        record.environment === environment &&
        (name === undefined || releaseName(record) === name)
      ) {
        // A release keeps its place (when it was created); its state is its newest line.
        const first = latest.get(record.id);
        latest.set(record.id, first ? { ...record, created_at: first.created_at } : record);
      }
    return [...latest.values()].reverse().map(markLive()).slice(0, limit);
  }

  async *releases(environment: string, name?: string): AsyncIterable<ReleaseRecord> {
    yield* await this.history(environment, Infinity, name);
  }

  async environments(): Promise<string[]> {
    return [...new Set((await this.read()).map((r) => r.environment))];
  }

  async create(release: ReleaseRecord): Promise<ReleaseRecord> {
    const line = { ...release, status: 'in_progress' as const };
    await this.append(line);
    return line;
  }

  async update(
    release: ReleaseRecord,
    status: ReleaseStatus,
    details: StatusDetails = {},
  ): Promise<void> {
    await this.append({
      ...release,
      status,
      ...(details.description ? { detail: details.description } : {}),
      ...(details.environmentUrl ? { url: details.environmentUrl } : {}),
      updated_at: new Date().toISOString(),
    });
  }

  /** Appends one record as one line, under the lock, and waits until it is on disk. */
  private async append(record: ReleaseRecord): Promise<void> {
    try {
      await this.appendLocked(record);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      // A full disk, a read-only file, a lock held too long: said of the input, and the
      // file keeps only whole records (the write was taken back).
      throw new ConfigurationError(
        'ledger',
        `could not write ${this.path} (${(error as Error).message}); the record was not written: free space or fix its permissions, then run again`,
      );
    }
  }

  private async appendLocked(record: ReleaseRecord): Promise<void> {
    if (this.createDirectory) await mkdir(dirname(this.path), { recursive: true });
    await withFileLock(this.path, async () => {
      const handle = await open(this.path, 'r+').catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        return open(this.path, 'a+');
      });
      try {
        let { size } = await handle.stat();
        size = await this.setTornTailAside(handle, size);
        const line = Buffer.from(`${JSON.stringify(record)}\n`);
        try {
          const { bytesWritten } = await handle.write(line, 0, line.length, size);
          if (bytesWritten !== line.length)
            throw new Error(`wrote ${bytesWritten} of ${line.length} bytes: the disk may be full`);
          await handle.sync();
        } catch (error) {
          // One write per record: a record cut short is taken back, never left torn.
          await handle.truncate(size).catch(() => undefined);
          throw error;
        }
      } finally {
        await handle.close();
      }
    });
  }

  /**
   * A file that does not end in a newline ends in a torn line: its bytes go to a side
   * file and the ledger is truncated to its last whole line. Returns the new size.
   */
  private async setTornTailAside(
    handle: Awaited<ReturnType<typeof open>>,
    size: number,
  ): Promise<number> {
    if (size === 0) return 0;
    const tail = Buffer.alloc(Math.min(size, 1 << 20));
    await handle.read(tail, 0, tail.length, size - tail.length);
    if (tail[tail.length - 1] === 0x0a) return size;
    const newline = tail.lastIndexOf(0x0a);
    if (newline < 0 && tail.length < size)
      throw new Error(`ledger ${this.path} ends in a line over 1 MiB without a newline`);
    const start = size - tail.length + newline + 1;
    const side = `${this.path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await writeFile(side, tail.subarray(newline + 1));
    await handle.truncate(start);
    this.warnings.push(
      `ledger ${this.path} ended in a torn line (a write cut short); it was moved aside to ${side}`,
    );
    return start;
  }

  /** Every line, oldest first. A missing file is an empty ledger. */
  async read(): Promise<ReleaseRecord[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: ReleaseRecord[] = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        // The last line without its newline is a write cut short: reported, not fatal.
        if (i === lines.length - 1) {
          const warning = `ledger ${this.path} ends in a torn line (a write cut short); it is ignored and will be moved aside`;
          if (!this.warnings.includes(warning)) this.warnings.push(warning);
          return;
        }
        throw new Error(`ledger ${this.path} line ${i + 1} is not JSON`);
      }
      const record = asReleaseRecord(value);
      if (!record)
        throw new Error(`ledger ${this.path} line ${i + 1} is not a modelgate.release/v1 record`);
      records.push(record);
    });
    return records;
  }
}
