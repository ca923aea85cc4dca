/** A validate-model report as build-image's input: the model's digest, format and signature. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { isDigest } from '../core/digest.js';

export interface ValidatedModel {
  digest: string;
  format: string;
  /** JSON of the signature (or tensor summary). */
  signature?: string;
}

/**
 * Reads the report at `path` (for `model`, when given); refuses a report of another
 * model, of a model that failed validation, or that names no model digest.
 */
export async function readValidateReport(
  path: string,
  model?: string,
  refusal = 'refusing to build it',
): Promise<ValidatedModel> {
  let report: {
    valid?: boolean;
    digest?: string;
    format?: string;
    model?: string;
    signature?: unknown;
    tensors?: unknown;
    subject?: { model?: { digest?: string } };
  };
  try {
    report = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      'validate-report',
      `cannot be read as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      path,
    );
  }
  if (report.valid === false)
    throw new ConfigurationError(
      'validate-report',
      `says the model failed validation; ${refusal}`,
      path,
    );
  const digest = report.subject?.model?.digest ?? report.digest;
  if (!isDigest(digest) || typeof report.format !== 'string')
    throw new ConfigurationError(
      'validate-report',
      'is not a validate-model report (no digest/format)',
      path,
    );
  if (model !== undefined && report.model && resolve(report.model) !== resolve(model))
    throw new ConfigurationError(
      'validate-report',
      `is for '${report.model}', not '${model}'`,
      path,
    );
  const signature = report.signature ?? report.tensors;
  return {
    digest,
    format: report.format,
    signature: signature ? JSON.stringify(signature) : undefined,
  };
}
