/** What every format parser returns for one file. */
import type { PicklePolicy } from './pickle/policy.js';
import type { FindingList, ModelSignature, TensorSummary } from './findings.js';

export const FORMATS = [
  'onnx',
  'safetensors',
  'pickle',
  'pytorch',
  'joblib',
  'numpy',
  'keras',
  'gguf',
  'savedmodel',
] as const;
export type ModelFormat = (typeof FORMATS)[number];

export interface ParseOptions {
  policy: PicklePolicy;
  allowGlobals: ReadonlySet<string>;
  /** The model directory: external data and paths must stay inside it. */
  root: string;
}

export interface ParseResult {
  /** The format as detected (a pickle may turn out to be joblib or PyTorch). */
  format: ModelFormat;
  signature?: ModelSignature;
  tensors?: TensorSummary;
  /** Details for the JSON report (globals imported, opsets, tensor list...). */
  details?: Record<string, unknown>;
}

export type Parser = (
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
) => Promise<ParseResult>;

/** Product of dimensions; -1 when a dimension is not a non-negative safe integer. */
export function elementCount(shape: readonly unknown[]): number {
  let count = 1;
  for (const dim of shape) {
    if (typeof dim !== 'number' || !Number.isSafeInteger(dim) || dim < 0) return -1;
    count *= dim;
  }
  return Number.isSafeInteger(count) ? count : -1;
}

/** Adds one tensor to a running summary. */
export function addToSummary(summary: TensorSummary, dtype: string, count: number): void {
  summary.tensors += 1;
  summary.parameters += Math.max(count, 0);
  summary.dtypes[dtype] = (summary.dtypes[dtype] ?? 0) + 1;
}
