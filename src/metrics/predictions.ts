/**
 * Reads a predictions file (CSV with a header row, or JSON Lines) as a stream, one row
 * at a time, into typed columns: the label, the prediction, one score or per-class
 * scores (columns sharing a prefix such as `score_`), the example id and slice columns.
 *
 * Over 300 lines because it holds the two readers (a quote-free CSV split in batches, the
 * fast path; csv-parse and JSON Lines otherwise), which must agree row for row.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { ConfigurationError, describeError } from '../core/errors.js';
import { CategoryColumn, NumberColumn, ValueColumn } from './columns.js';

/** Column names in the predictions file (the `*-column` inputs). */
export interface ColumnNames {
  id: string;
  label: string;
  prediction: string;
  /** An exact column (one score: the positive class's) or a prefix of per-class columns. */
  score: string;
  slices: string[];
}

export interface Categories {
  codes: Int32Array;
  dictionary: string[];
}

export interface PredictionTable {
  path: string;
  rows: number;
  ids: string[] | undefined;
  label: ValueColumn;
  prediction: ValueColumn | undefined;
  /** The single score column (binary: the positive class's probability). */
  score: Float64Array | undefined;
  /** Per-class score columns, by class name (the column name after the prefix). */
  classScores: { className: string; values: Float64Array }[];
  /** Slice columns present in the file. */
  slices: Map<string, Categories>;
}

/** Records in batches, each a row's fields in header order (undefined when absent). */
export type RowSource = AsyncIterable<(string | undefined)[][]>;

/** True when a path names a predictions file rather than a metrics JSON file. */
export function isPredictionsFile(path: string): boolean {
  return /\.(csv|tsv|jsonl|ndjson)$/i.test(path);
}

/**
 * Reads `path` into a PredictionTable. `input` names the action input the path came
 * from, for error messages.
 */
export async function readPredictions(
  path: string,
  names: ColumnNames,
  input: string,
): Promise<PredictionTable> {
  const fail = (problem: string): never => {
    throw new ConfigurationError(input, `${path}: ${problem}`);
  };
  const isJsonLines = /\.(jsonl|ndjson)$/i.test(path);
  let reader: Awaited<ReturnType<typeof openRows>>;
  try {
    reader = await openRows(path, isJsonLines);
  } catch (error) {
    return fail(describeError(error));
  }
  const { header, rows } = reader;
  if (!header.includes(names.label))
    fail(`has no '${names.label}' column (columns: ${header.join(', ') || 'none'})`);
  const scoreLayout = findScoreColumns(header, names.score);
  const hasPrediction = header.includes(names.prediction);
  const label = new ValueColumn();
  const prediction = hasPrediction ? new ValueColumn() : undefined;
  const score = scoreLayout.single ? new NumberColumn() : undefined;
  const classScores = scoreLayout.perClass.map((column) => ({
    ...column,
    data: new NumberColumn(),
  }));
  const ids = header.includes(names.id) ? ([] as string[]) : undefined;
  const sliceNames = names.slices.filter((name) => header.includes(name));
  const slices = sliceNames.map(() => new CategoryColumn());

  // Column positions are resolved once; rows arrive in batches (no per-row await).
  const at = (name: string) => header.indexOf(name);
  const labelAt = at(names.label);
  const predictionAt = at(names.prediction);
  const scoreAt = at(names.score);
  const classAt = classScores.map((c) => at(c.column));
  const idAt = at(names.id);
  const sliceAt = sliceNames.map(at);
  let row = 0;
  try {
    for await (const batch of rows)
      for (const record of batch) {
        row++;
        const rawLabel = record[labelAt] ?? '';
        if (rawLabel.trim() === '') fail(`row ${row}: '${names.label}' is empty`);
        label.push(rawLabel);
        if (prediction) {
          const raw = record[predictionAt] ?? '';
          if (raw.trim() === '') fail(`row ${row}: '${names.prediction}' is empty`);
          prediction.push(raw);
        }
        if (score) score.push(parseScore(record[scoreAt], names.score, row, fail));
        for (let i = 0; i < classScores.length; i++)
          classScores[i].data.push(
            parseScore(record[classAt[i]], classScores[i].column, row, fail),
          );
        if (ids) ids.push(record[idAt] ?? '');
        for (let i = 0; i < sliceNames.length; i++) slices[i].push(record[sliceAt[i]] ?? '');
      }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    fail(`row ${row + 1}: ${describeError(error)}`);
  }
  if (row === 0) fail('has no rows');
  if (!prediction && !score && classScores.length === 0)
    fail(`has neither a '${names.prediction}' column nor '${names.score}' score columns`);
  return {
    path,
    rows: row,
    ids,
    label,
    prediction,
    score: score?.values(),
    classScores: classScores.map((c) => ({ className: c.className, values: c.data.values() })),
    slices: new Map(
      sliceNames.map((name, i) => [
        name,
        { codes: slices[i].values(), dictionary: slices[i].dictionary },
      ]),
    ),
  };
}

function parseScore(
  raw: string | undefined,
  column: string,
  row: number,
  fail: (problem: string) => never,
): number {
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value)) fail(`row ${row}: '${column}' is not a number (got '${raw ?? ''}')`);
  return value;
}

/**
 * `score` names one column when the file has it; otherwise it is a prefix of per-class
 * columns (`score` matches `score_cat`, `score_dog`; `p.` matches `p.cat`).
 */
function findScoreColumns(
  header: string[],
  score: string,
): { single: boolean; perClass: { column: string; className: string }[] } {
  if (header.includes(score)) return { single: true, perClass: [] };
  const prefix = /[_\-.:]$/.test(score) ? score : `${score}_`;
  const perClass = header
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .map((column) => ({ column, className: column.slice(prefix.length) }));
  return { single: false, perClass };
}

/** The header and batches of records, for CSV or JSON Lines. */
export async function openRows(
  path: string,
  isJsonLines: boolean,
): Promise<{ header: string[]; rows: RowSource }> {
  const open = async () => {
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  };
  if (isJsonLines) return openJsonLines(await open());
  const tabs = /\.tsv$/i.test(path);
  // Most predictions files quote nothing: those are split directly (a quick first pass
  // looks for a quote); any file with a quote character is read by csv-parse.
  if (await hasQuote(await open())) return openCsv(await open(), tabs);
  return openPlainCsv(await open(), tabs ? '\t' : ',');
}

async function hasQuote(stream: ReturnType<typeof createReadStream>): Promise<boolean> {
  try {
    for await (const chunk of stream) if ((chunk as Buffer).includes(0x22)) return true;
    return false;
  } finally {
    stream.destroy();
  }
}

/**
 * CSV without quote characters: lines split at \n (\r\n too), fields at the delimiter,
 * a UTF-8 BOM dropped, blank lines skipped, a record whose field count differs from the
 * header's an error — what csv-parse does for such files.
 */
async function openPlainCsv(
  stream: ReturnType<typeof createReadStream>,
  delimiter: string,
): Promise<{ header: string[]; rows: RowSource }> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let header: string[] | undefined;
  let line = 0;
  const split = (text: string, final: boolean): (string | undefined)[][] => {
    const lines = (carry + text).split('\n');
    carry = final ? '' : (lines.pop() ?? '');
    const records: string[][] = [];
    for (let raw of lines) {
      line++;
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (raw === '') continue;
      const fields = raw.split(delimiter);
      if (!header) {
        if (fields[0].charCodeAt(0) === 0xfeff) fields[0] = fields[0].slice(1);
        header = fields.map((f) => f.trim());
        continue;
      }
      if (fields.length !== header.length)
        throw new Error(
          `Invalid Record Length: expect ${header.length}, got ${fields.length} on line ${line}`,
        );
      records.push(fields);
    }
    return records;
  };
  let pending: (string | undefined)[][] = [];
  let done = false;
  while (!header && !done) {
    const next = await chunks.next();
    done = next.done === true;
    for (const record of split(done ? decoder.end() : decoder.write(next.value), done))
      pending.push(record);
  }
  async function* rows(): AsyncGenerator<(string | undefined)[][]> {
    if (pending.length > 0) yield pending;
    pending = [];
    while (!done) {
      const next = await chunks.next();
      done = next.done === true;
      const batch = split(done ? decoder.end() : decoder.write(next.value), done);
      if (batch.length > 0) yield batch;
    }
  }
  return { header: header ?? [], rows: rows() };
}

async function openCsv(
  stream: NodeJS.ReadableStream,
  tabs: boolean,
): Promise<{ header: string[]; rows: RowSource }> {
  const parser = stream.pipe(
    parse({ bom: true, skip_empty_lines: true, delimiter: tabs ? '\t' : ',' }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await records.next();
  const header = first.done ? [] : first.value.map((name) => name.trim());
  async function* rows() {
    for (;;) {
      const next = await records.next();
      if (next.done) return;
      yield [next.value];
    }
  }
  return { header, rows: rows() };
}

async function openJsonLines(
  stream: NodeJS.ReadableStream,
): Promise<{ header: string[]; rows: RowSource }> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let line = 0;
  const nextObject = async (): Promise<Record<string, unknown> | undefined> => {
    for (;;) {
      const next = await lines.next();
      if (next.done) return undefined;
      line++;
      const text = (next.value as string).trim();
      if (text === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new Error(`line ${line} is not JSON`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error(`line ${line} is not a JSON object`);
      return value as Record<string, unknown>;
    }
  };
  const first = await nextObject();
  const header = first ? Object.keys(first) : [];
  async function* rows() {
    for (let object = first; object; object = await nextObject()) {
      const current = object;
      yield [header.map((name) => jsonText(current[name]))];
    }
  }
  return { header, rows: rows() };
}

function jsonText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
