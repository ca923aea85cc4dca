/**
 * The `file:<path>` ledger: an append-only JSON Lines file. A release's later states are
 * appended as new lines with the same id; the newest line of an id is its state. Lines
 * are appended under a lock and fsync'd before a write is reported done. A line that is
 * not a release record is an error naming the file and the line: a ledger is evidence,
 * so nothing in it is silently skipped.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withFileLock } from './file-lock.js';
import {
  markLive,
  releaseName,
  type Ledger,
  type ReleaseRecord,
  type ReleaseStatus,
  type StatusDetails,
} from './ledger.js';

export class FileLedger implements Ledger {
  readonly description: string;

  constructor(readonly path: string) {
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
    await mkdir(dirname(this.path), { recursive: true });
    await withFileLock(this.path, async () => {
      const handle = await open(this.path, 'a+');
      try {
        // A file that does not end in a newline (a crash mid-write) still gets whole lines.
        const { size } = await handle.stat();
        const last = Buffer.alloc(1);
        if (size > 0) await handle.read(last, 0, 1, size - 1);
        const prefix = size > 0 && last[0] !== 0x0a ? '\n' : '';
        await handle.appendFile(`${prefix}${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
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
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`ledger ${this.path} line ${i + 1} is not JSON`);
      }
      const record = value as Partial<ReleaseRecord>;
      if (record?.schema !== 'modelgate.release/v1' || !record.id || !record.environment)
        throw new Error(`ledger ${this.path} line ${i + 1} is not a modelgate.release/v1 record`);
      records.push(record as ReleaseRecord);
    });
    return records;
  }
}
