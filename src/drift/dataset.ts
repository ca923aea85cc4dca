/**
 * A dataset's features for the drift and data-quality gates, read in one pass from CSV,
 * JSON Lines (the predictions reader's fast paths) or Parquet: per column, its numeric values
 * (sorted once read), its missing values, and — for a column with any value that is not
 * a number — the count of each distinct value.
 */
import { open, stat } from 'node:fs/promises';
import { ConfigurationError, describeError } from '../core/errors.js';
import { NumberColumn } from '../metrics/columns.js';
import { openRows, type RowSource } from '../metrics/predictions.js';
import { sortFloat64 } from '../stats/argsort.js';
import { readInWorker } from './reader-worker.js';

/** Distinct values a categorical feature may have before it is refused as an identifier. */
export const MAX_CATEGORIES = 10_000;

export interface Feature {
  name: string;
  /** Rows with a value. */
  present: number;
  missing: number;
  /** `numeric`: every present value is a finite number. */
  kind: 'numeric' | 'categorical';
  /** Numeric features: the values, ascending. */
  sorted?: Float64Array;
  /** Categorical features: each value's count (numbers too, as written). */
  counts?: Map<string, number>;
  /** A numeric feature read from a sketch: values at quantiles, with the count at or below each. */
  grid?: { quantiles: number[]; atOrBelow: number[] };
}

export interface FeatureSet {
  path: string;
  rows: number;
  header: string[];
  features: Map<string, Feature>;
}

const MISSING = new Set(['', 'NA', 'NaN', 'null']);
/** A field's text without surrounding spaces (most fields have none: no copy). */
const trimmed = (raw: string) => {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return first === 32 || first === 9 || last === 32 || last === 9 || last === 13 ? raw.trim() : raw;
};

/** Only the rows whose `column` is `value` (a slice). */
export interface RowFilter {
  column: string;
  value: string;
}

/** Reads the columns `wanted` (all when undefined) of `path`; errors name `input`. */
export async function readFeatures(
  path: string,
  input: string,
  wanted?: (header: string[]) => string[],
  where?: RowFilter,
): Promise<FeatureSet> {
  const fail = (problem: string): never => {
    throw new ConfigurationError(input, `${path}: ${problem}`);
  };
  const parquet = /\.parquet$/i.test(path);
  if (!parquet && !/\.(jsonl|ndjson)$/i.test(path)) {
    const read = await readInParallel(path, wanted, fail, where);
    if (read) return read;
  }
  let reader: Awaited<ReturnType<typeof openRows>>;
  try {
    reader = parquet
      ? await openParquet(path)
      : await openRows(path, /\.(jsonl|ndjson)$/i.test(path));
  } catch (error) {
    return fail(describeError(error));
  }
  const { header, rows } = reader;
  const names = wanted ? wanted(header) : header;
  const positions = names.map((name) => header.indexOf(name));
  const whereAt = where ? header.indexOf(where.column) : -1;
  const numbers = names.map(() => new NumberColumn());
  const counts = names.map(() => new Map<string, number>() as Map<string, number> | undefined);
  const missing = names.map(() => 0);
  let row = 0;
  // The rows the file holds, estimated from its first batch: each column is given its
  // room once (doubling a million values at once would hold both copies).
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  let estimated = false;
  try {
    for await (const batch of rows) {
      for (const record of batch) {
        if (where) {
          // The slice's value as written, or the same number written otherwise (1.0 and 1).
          const field = (record[whereAt] ?? '').trim();
          if (field !== where.value && (field === '' || Number(field) !== Number(where.value)))
            continue;
        }
        row++;
        for (let f = 0; f < names.length; f++) {
          const raw = record[positions[f]];
          const text = raw === undefined ? '' : trimmed(raw);
          if (text.length <= 4 && MISSING.has(text)) {
            missing[f]++;
            continue;
          }
          const value = Number(text);
          if (Number.isFinite(value)) numbers[f].push(value);
          const seen = counts[f];
          if (seen) {
            seen.set(text, (seen.get(text) ?? 0) + 1);
            // Too many distinct values to be a category: kept only while numeric.
            if (seen.size > MAX_CATEGORIES) counts[f] = undefined;
          }
          if (!Number.isFinite(value) && !counts[f])
            fail(
              `column '${names[f]}' has more than ${MAX_CATEGORIES} distinct values that are not numbers: an identifier, not a feature`,
            );
        }
      }
      if (!estimated && row > 0 && !where) {
        // Numeric columns only: a categorical one holds no numbers.
        estimated = true;
        let bytes = 0;
        for (const record of batch) for (const field of record) bytes += (field?.length ?? 0) + 1;
        const expected = Math.ceil((size / Math.max(1, bytes / batch.length)) * 1.02) + 16;
        numbers.forEach((column) => {
          if (column.length >= row / 2) column.reserve(expected);
        });
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    fail(`row ${row + 1}: ${describeError(error)}`);
  }
  if (row === 0) fail('has no rows');
  const features = new Map<string, Feature>();
  names.forEach((name, f) => {
    const present = row - missing[f];
    const numeric = numbers[f].length === present;
    features.set(name, {
      name,
      present,
      missing: missing[f],
      kind: numeric ? 'numeric' : 'categorical',
      ...(numeric ? { sorted: sortFloat64(numbers[f].values()) } : { counts: counts[f]! }),
    });
  });
  return { path, rows: row, header, features };
}

/**
 * A plain CSV file read by a worker thread (reference and current at once, on two cores);
 * undefined when the file needs the main thread's csv-parse path (a quote character).
 */
async function readInParallel(
  path: string,
  wanted: ((header: string[]) => string[]) | undefined,
  fail: (problem: string) => never,
  where?: RowFilter,
): Promise<FeatureSet | undefined> {
  let first: Buffer;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      first = Buffer.alloc(Math.min(size, 1 << 20));
      await handle.read(first, 0, first.length, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(describeError(error));
  }
  if (first.includes(0x22)) return undefined;
  const delimiter = /\.tsv$/i.test(path) ? '\t' : ',';
  const lines = first.toString('utf8').split('\n');
  // The header: the first line that is not blank (a BOM dropped); the rest estimate the rows.
  const at = lines.findIndex((l) => l.replace(/\r$/, '') !== '');
  if (at < 0 || (at === lines.length - 1 && first.length < size)) return undefined;
  const header = lines[at]
    .replace(/\r$/, '')
    .replace(/^\uFEFF/, '')
    .split(delimiter)
    .map((name) => name.trim());
  const names = wanted ? wanted(header) : header;
  const sample = lines.slice(at + 1, -1);
  const perRow = sample.length
    ? sample.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0) / sample.length
    : size;
  let reply: Awaited<ReturnType<typeof readInWorker>>;
  try {
    reply = await readInWorker({
      path,
      delimiter,
      width: header.length,
      positions: names.map((name) => header.indexOf(name)),
      maxCategories: MAX_CATEGORIES,
      // A slice's share of the rows is not known: its columns grow by doubling.
      expectedRows: where ? 0 : Math.ceil((size / perRow) * 1.02) + 16,
      ...(where ? { where: { position: header.indexOf(where.column), value: where.value } } : {}),
    });
  } catch (error) {
    // The worker itself failed (the file went away, memory): one line naming the input.
    return fail(describeError(error));
  }
  if ('quoted' in reply) return undefined;
  if ('error' in reply) return fail(`row ${reply.rows + 1}: ${reply.error}`);
  if (reply.rows === 0) fail('has no rows');
  const features = new Map<string, Feature>();
  names.forEach((name, f) => {
    const column = reply.columns[f];
    if (column.tooMany)
      fail(
        `column '${name}' has more than ${MAX_CATEGORIES} distinct values that are not numbers: an identifier, not a feature`,
      );
    const present = reply.rows - column.missing;
    features.set(name, {
      name,
      present,
      missing: column.missing,
      kind: column.sorted ? 'numeric' : 'categorical',
      ...(column.sorted ? { sorted: column.sorted } : {}),
      ...(!column.sorted && column.counts ? { counts: new Map(column.counts) } : {}),
    });
  });
  return { path, rows: reply.rows, header, features };
}

/**
 * A Parquet file (read by hyparquet, pure JavaScript) as batches of records, one row group
 * at a time, each value as the text a CSV would hold: numbers as JavaScript writes them,
 * booleans as 1/0, null as missing. Flat schemas only.
 */
async function openParquet(path: string): Promise<{ header: string[]; rows: RowSource }> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await import('hyparquet');
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const columns = metadata.schema.slice(1);
  if (columns.some((element) => (element.num_children ?? 0) > 0))
    throw new Error('has nested columns: drift compares flat tables');
  const header = columns.map((element) => element.name);
  const text = (value: unknown): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'boolean') return value ? '1' : '0';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint') return String(value);
    if (value instanceof Date) return value.toISOString();
    return JSON.stringify(value);
  };
  async function* rows(): AsyncGenerator<(string | undefined)[][]> {
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      const batch = await new Promise<unknown[][]>((resolve, reject) => {
        parquetRead({
          file,
          metadata,
          rowStart: start,
          rowEnd: end,
          onComplete: (data) => resolve(data as unknown[][]),
        }).catch(reject);
      });
      yield batch.map((row) => row.map(text));
      start = end;
    }
  }
  return { header, rows: rows() };
}
