/**
 * Reads a plain CSV file's feature columns in a worker thread, so the reference and the
 * current datasets are parsed at once on two cores. The worker runs its function's own
 * source (as src/digest/workers.ts does): nothing from this module's scope, Node's modules
 * from `process.getBuiltinModule`, and the radix sort handed in as source. It reads what
 * readFeatures reads on the main thread, the same way: lines split at \n (\r\n too),
 * blank lines skipped, fields at the delimiter, a record whose field count differs from
 * the header's an error; a quote character anywhere sends the file back to the main
 * thread's csv-parse path.
 */
import { Worker } from 'node:worker_threads';
import { sortFloat64 } from '../stats/argsort.js';

export interface ReaderJob {
  path: string;
  delimiter: string;
  /** Fields per record (the header's). */
  width: number;
  /** The columns read, by position in the record. */
  positions: number[];
  /** Distinct non-numeric values a column may have. */
  maxCategories: number;
  /** Rows expected (from the file's size), so numeric columns get their room once. */
  expectedRows: number;
  /** Only the rows whose field at `position` is `value` (a slice). */
  where?: { position: number; value: string };
}

export interface ReaderColumn {
  missing: number;
  /** Numeric values, ascending (every present value was a number). */
  sorted?: Float64Array;
  /** Each value's count, while there were at most maxCategories. */
  counts?: [string, number][];
  /** The column had more distinct non-numeric values than maxCategories. */
  tooMany?: boolean;
  /** Present values that were numbers. */
  numbers: number;
}

export type ReaderReply =
  { rows: number; columns: ReaderColumn[] } | { quoted: true } | { error: string; rows: number };

/** Reads `job` in a worker; `quoted` when the file needs the csv-parse path. */
export function readInWorker(job: ReaderJob): Promise<ReaderReply> {
  const worker = new Worker(
    `globalThis.modelgateSortFloat64 = (${sortFloat64.toString()});\n(${featureReaderWorker.toString()})()`,
    // A small young generation: the parsed lines are garbage at once; it keeps RSS down.
    { eval: true, workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: ReaderReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    // Ended without an answer (killed, out of memory): never wait for one.
    worker.once('exit', (code) => reject(new Error(`the file reader stopped (exit code ${code})`)));
  });
}

/* istanbul ignore next -- runs in a worker from its source */
function featureReaderWorker(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const { StringDecoder } = process.getBuiltinModule('node:string_decoder');
  const job = workerData as ReaderJob;
  const sort = (
    globalThis as unknown as {
      modelgateSortFloat64: (v: Float64Array, scratch?: Uint32Array[]) => Float64Array;
    }
  ).modelgateSortFloat64;
  const n = job.positions.length;
  // Room for the expected rows once a column shows it holds numbers (a categorical one never does).
  const data = job.positions.map(() => new Float64Array(1024));
  const filled = job.positions.map(() => 0);
  const missing = job.positions.map(() => 0);
  const counts: (Map<string, number> | undefined)[] = job.positions.map(() => new Map());
  const tooMany = job.positions.map(() => false);
  const MISSING = new Set(['', 'NA', 'NaN', 'null']);
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let carry = '';
  let header = false;
  let rows = 0;
  let line = 0;
  let failure: string | undefined;
  const take = (text: string) => {
    const lines = (carry + text).split('\n');
    carry = lines.pop() ?? '';
    for (let raw of lines) {
      line++;
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (raw === '') continue;
      if (!header) {
        header = true;
        continue;
      }
      const fields = raw.split(job.delimiter);
      if (fields.length !== job.width) {
        failure = `Invalid Record Length: expect ${job.width}, got ${fields.length} on line ${line}`;
        return;
      }
      if (job.where) {
        // The slice's value as written, or the same number written otherwise (1.0 and 1).
        const field = fields[job.where.position].trim();
        const value = job.where.value;
        if (field !== value && (field === '' || Number(field) !== Number(value))) continue;
      }
      rows++;
      for (let f = 0; f < n; f++) {
        let text = fields[job.positions[f]];
        const first = text.charCodeAt(0);
        const last = text.charCodeAt(text.length - 1);
        if (first === 32 || first === 9 || last === 32 || last === 9) text = text.trim();
        if (text.length <= 4 && MISSING.has(text)) {
          missing[f]++;
          continue;
        }
        const value = Number(text);
        const numeric = Number.isFinite(value);
        if (numeric) {
          if (filled[f] === data[f].length) {
            const bigger = new Float64Array(Math.max(data[f].length * 2, job.expectedRows));
            bigger.set(data[f]);
            data[f] = bigger;
          }
          data[f][filled[f]++] = value;
        }
        const seen = counts[f];
        if (seen) {
          seen.set(text, (seen.get(text) ?? 0) + 1);
          if (seen.size > job.maxCategories) counts[f] = undefined;
        }
        if (!numeric && !counts[f]) tooMany[f] = true;
      }
    }
  };
  const fd = fs.openSync(job.path, 'r');
  try {
    let got: number;
    while (failure === undefined && (got = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      const bytes = got === buffer.length ? buffer : buffer.subarray(0, got);
      if (bytes.includes(0x22)) {
        parentPort!.postMessage({ quoted: true });
        return;
      }
      take(decoder.write(bytes));
    }
    if (failure === undefined) take(decoder.end() + '\n');
  } finally {
    fs.closeSync(fd);
  }
  if (failure !== undefined) {
    parentPort!.postMessage({ error: failure, rows });
    return;
  }
  const columns: ReaderColumn[] = [];
  const transfer: ArrayBuffer[] = [];
  // One set of sort buffers for every column (not 16 bytes a value of garbage per column).
  const longest = Math.max(0, ...filled);
  const scratch = [0, 1, 2, 3].map(() => new Uint32Array(longest));
  for (let f = 0; f < n; f++) {
    const present = rows - missing[f];
    const numeric = filled[f] === present;
    if (numeric) {
      const sorted = sort(data[f].subarray(0, filled[f]), scratch);
      transfer.push(sorted.buffer as ArrayBuffer);
      columns.push({ missing: missing[f], sorted, numbers: filled[f] });
    } else
      columns.push({
        missing: missing[f],
        numbers: filled[f],
        ...(counts[f] ? { counts: [...counts[f]!] } : {}),
        ...(tooMany[f] ? { tooMany: true } : {}),
      });
  }
  parentPort!.postMessage({ rows, columns }, transfer);
}
