/**
 * Reads a predictions file (CSV with a header row, or JSON Lines) as a stream, one row
 * at a time, into typed columns: the label, the prediction, one score or per-class
 * scores (columns sharing a prefix such as `score_`), the example id and slice columns.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
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

type RowSource = AsyncIterable<(name: string) => string | undefined>;

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

  let row = 0;
  try {
    for await (const get of rows) {
      row++;
      const rawLabel = get(names.label) ?? '';
      if (rawLabel.trim() === '') fail(`row ${row}: '${names.label}' is empty`);
      label.push(rawLabel);
      if (prediction) {
        const raw = get(names.prediction) ?? '';
        if (raw.trim() === '') fail(`row ${row}: '${names.prediction}' is empty`);
        prediction.push(raw);
      }
      if (score) score.push(parseScore(get(names.score), names.score, row, fail));
      for (const column of classScores)
        column.data.push(parseScore(get(column.column), column.column, row, fail));
      if (ids) ids.push(get(names.id) ?? '');
      for (let i = 0; i < sliceNames.length; i++) slices[i].push(get(sliceNames[i]) ?? '');
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

/** The header and an async stream of row accessors, for CSV or JSON Lines. */
async function openRows(
  path: string,
  isJsonLines: boolean,
): Promise<{ header: string[]; rows: RowSource }> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return isJsonLines ? openJsonLines(stream) : openCsv(stream, /\.tsv$/i.test(path));
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
  const position = new Map(header.map((name, i) => [name, i]));
  async function* rows() {
    for (;;) {
      const next = await records.next();
      if (next.done) return;
      const record = next.value;
      yield (name: string) => {
        const i = position.get(name);
        return i === undefined ? undefined : record[i];
      };
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
      yield (name: string) => jsonText(current[name]);
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
