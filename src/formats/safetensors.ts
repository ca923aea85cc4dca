/** safetensors: an 8-byte little-endian header length, a JSON header, then tensor bytes. */
import { readAt } from './file-source.js';
import type { FindingList, TensorSummary } from './findings.js';
import { addToSummary, elementCount, type ParseResult } from './format.js';

const MAX_HEADER = 100 * 1024 * 1024;

/** Bits per element of each safetensors dtype. */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  F64: 64,
  I64: 64,
  U64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  C64: 64,
};

/** True when the first bytes look like a safetensors file (a length, then `{`). */
export function looksLikeSafetensors(head: Buffer): boolean {
  return head.length >= 9 && head[8] === 0x7b && head.readBigUInt64LE(0) > 1n;
}

/** Validates a safetensors file: header bounds, JSON, dtypes, shapes, exact offsets. */
export async function parseSafetensors(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ParseResult> {
  const result: ParseResult = { format: 'safetensors' };
  if (size < 8) {
    findings.error(
      'SAFETENSORS_TRUNCATED',
      `file is ${size} bytes, shorter than the 8-byte header length`,
    );
    return result;
  }
  const declared = (await readAt(path, 0, 8)).readBigUInt64LE(0);
  if (declared > BigInt(MAX_HEADER)) {
    findings.error(
      'SAFETENSORS_HEADER_TOO_LARGE',
      `header length ${declared} exceeds the 100 MiB limit`,
      { offset: 0 },
    );
    return result;
  }
  const headerLength = Number(declared);
  if (8 + headerLength > size) {
    findings.error(
      'SAFETENSORS_TRUNCATED',
      `header length ${headerLength} runs past the end of the ${size}-byte file`,
      { offset: 0 },
    );
    return result;
  }
  let header: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await readAt(path, 8, headerLength),
    );
    header = JSON.parse(text);
  } catch (error) {
    findings.error(
      'SAFETENSORS_BAD_HEADER',
      `header is not UTF-8 JSON: ${(error as Error).message}`,
      { offset: 8 },
    );
    return result;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    findings.error('SAFETENSORS_BAD_HEADER', 'header is not a JSON object', { offset: 8 });
    return result;
  }
  const dataSize = size - 8 - headerLength;
  const summary: TensorSummary = { tensors: 0, parameters: 0, dtypes: {} };
  const spans: { name: string; begin: number; end: number }[] = [];
  const tensors: { name: string; dtype: string; shape: number[] }[] = [];
  for (const [name, value] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      checkMetadata(value, findings);
      continue;
    }
    const tensor = checkTensor(name, value, findings);
    if (!tensor) continue;
    spans.push({ name, begin: tensor.begin, end: tensor.end });
    tensors.push({ name, dtype: tensor.dtype, shape: tensor.shape });
    addToSummary(summary, tensor.dtype, tensor.count);
  }
  checkCoverage(spans, dataSize, findings);
  result.tensors = summary;
  result.details = {
    headerLength,
    tensors: tensors.slice(0, 1000),
    tensorsListed: Math.min(tensors.length, 1000),
  };
  return result;
}

function checkMetadata(value: unknown, findings: FindingList): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    findings.error('SAFETENSORS_BAD_METADATA', '__metadata__ is not an object of strings');
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string')
      findings.error('SAFETENSORS_BAD_METADATA', `__metadata__.${key} is not a string`);
  }
}

function checkTensor(name: string, value: unknown, findings: FindingList) {
  const entry = value as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
  if (typeof value !== 'object' || value === null) {
    findings.error('SAFETENSORS_BAD_TENSOR', `tensor '${name}' is not an object`);
    return undefined;
  }
  const bits = typeof entry.dtype === 'string' ? DTYPE_BITS[entry.dtype] : undefined;
  if (bits === undefined) {
    findings.error(
      'SAFETENSORS_BAD_DTYPE',
      `tensor '${name}' has unknown dtype ${JSON.stringify(entry.dtype)}`,
    );
    return undefined;
  }
  const shape = entry.shape;
  const count = Array.isArray(shape) ? elementCount(shape) : -1;
  if (count < 0) {
    findings.error(
      'SAFETENSORS_BAD_SHAPE',
      `tensor '${name}' shape ${JSON.stringify(shape)} is not a list of non-negative integers`,
    );
    return undefined;
  }
  const offsets = entry.data_offsets;
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
    offsets[0] > offsets[1]
  ) {
    findings.error(
      'SAFETENSORS_BAD_OFFSETS',
      `tensor '${name}' data_offsets ${JSON.stringify(offsets)} are not [begin, end] with begin <= end`,
    );
    return undefined;
  }
  const [begin, end] = offsets as [number, number];
  const expected = Math.ceil((count * bits) / 8);
  if (end - begin !== expected) {
    findings.error(
      'SAFETENSORS_SIZE_MISMATCH',
      `tensor '${name}' holds ${end - begin} bytes but ${entry.dtype}${JSON.stringify(shape)} needs ${expected}`,
    );
  }
  return { dtype: entry.dtype as string, shape: shape as number[], count, begin, end };
}

/** Offsets must tile the data section exactly: no overlap, no gap, nothing left over. */
function checkCoverage(
  spans: { name: string; begin: number; end: number }[],
  dataSize: number,
  findings: FindingList,
): void {
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const span of spans) {
    if (span.begin < cursor) {
      findings.error(
        'SAFETENSORS_OVERLAP',
        `tensor '${span.name}' starts at ${span.begin}, inside the previous tensor (ends at ${cursor})`,
      );
    } else if (span.begin > cursor) {
      findings.error(
        'SAFETENSORS_GAP',
        `${span.begin - cursor} unused bytes before tensor '${span.name}' (offset ${cursor})`,
      );
    }
    cursor = Math.max(cursor, span.end);
  }
  if (cursor > dataSize) {
    findings.error(
      'SAFETENSORS_TRUNCATED',
      `tensors need ${cursor} data bytes but the file holds ${dataSize}`,
    );
  } else if (cursor < dataSize) {
    findings.error(
      'SAFETENSORS_TRAILING_DATA',
      `${dataSize - cursor} bytes after the last tensor are not described by the header`,
    );
  }
}
