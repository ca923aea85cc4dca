/**
 * The `file:<path>` ledger: an append-only JSON Lines file. A release's later states are
 * appended as new lines with the same id; the newest line of an id is its state. A line
 * that is not a release record is an error naming the file and the line: a ledger is
 * evidence, so nothing in it is silently skipped.
 */
import { readFile } from 'node:fs/promises';
import type { Ledger, ReleaseRecord } from './ledger.js';

export class FileLedger implements Ledger {
  readonly description: string;

  constructor(readonly path: string) {
    this.description = `file:${path}`;
  }

  async history(environment: string, limit = Infinity): Promise<ReleaseRecord[]> {
    const latest = new Map<string, ReleaseRecord>();
    for (const record of await this.read())
      if (record.environment === environment) {
        latest.delete(record.id);
        latest.set(record.id, record);
      }
    return [...latest.values()].reverse().slice(0, limit);
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
