/**
 * What a gate report is about (SPEC §9): the model whose predictions were judged (from
 * `model-digest` or a validate-model report), the candidate predictions file, and the
 * evaluation set (ids and labels). deploy checks the model digest against the image it
 * promotes; a later gate pairs its rows with a release's recorded predictions.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readValidateReport } from '../build/validate-report.js';
import { ConfigurationError } from '../core/errors.js';
import type { PredictionTable } from '../metrics/predictions.js';
import { isDigest } from '../core/digest.js';
import { digestFrom } from '../core/digest.js';

export interface GateSubject {
  model?: { digest: string };
  predictions?: { digest: string; path: string };
  /** ids and labels only, so the same examples give the same digest whatever predicted them. */
  evaluation?: { digest: string; rows: number };
}

/** The model digest from `model-digest` and/or a validate-model report (both must agree). */
export async function modelDigestOf(
  given: string,
  validateReport: string,
): Promise<string | undefined> {
  if (given && !isDigest(given))
    throw new ConfigurationError('model-digest', 'must be sha256:<64 hex digits>', given);
  if (!validateReport) return given || undefined;
  const { digest } = await readValidateReport(
    validateReport,
    undefined,
    'it cannot be gated for promotion',
  );
  if (given && given !== digest)
    throw new ConfigurationError(
      'model-digest',
      `disagrees with validate-report, which names ${digest}`,
      given,
    );
  return digest;
}

/** `sha256:<hex>` of a file's bytes, streamed. */
export async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return digestFrom(hash);
}

/**
 * The evaluation set's digest: SHA-256 of `<id>\t<label>\n` lines sorted by id (by row
 * number without ids), labels in their canonical spelling (`1.0` and `1` are one class).
 */
export function evaluationDigest(table: PredictionTable): string {
  const categories = table.label.categoriesOf();
  const numbers = table.label.numbers.values();
  const labelOf = (i: number) =>
    categories ? categories.dictionary[categories.codes[i]] : String(numbers[i]);
  const lines: string[] = [];
  for (let i = 0; i < table.rows; i++)
    lines.push(`${table.ids ? table.ids[i] : i}\t${labelOf(i)}\n`);
  if (table.ids) lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line);
  return digestFrom(hash);
}
