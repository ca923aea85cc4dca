/**
 * NumPy .npy: magic, version, a Python-literal header, then raw data, or for object
 * arrays a pickle, which is scanned like any other.
 */
import type { EntryFindings } from './findings.js';
import { elementCount } from './format.js';
import { classifyDescr, descrSize } from './numpy-dtype.js';
import { scanPickles, type PickleScanOptions, type PickleScanResult } from './pickle/scanner.js';
import { parsePythonLiteral, type PyValue } from './python-literal.js';
import type { StreamReader } from './stream-reader.js';

const MAX_HEADER = 1 << 20;

/** True when the bytes start with the .npy magic. */
export function looksLikeNpy(head: Buffer): boolean {
  return head.length >= 6 && head[0] === 0x93 && head.toString('latin1', 1, 6) === 'NUMPY';
}

export interface NpyResult {
  descr?: PyValue;
  shape?: number[];
  pickle?: PickleScanResult;
}

/**
 * Checks one .npy stream. `total` is the stream's byte length when known (a file or
 * a zip entry), used to check that the data is exactly as long as the header says.
 */
export async function checkNpy(
  reader: StreamReader,
  total: number,
  findings: EntryFindings,
  scan: Omit<PickleScanOptions, 'findings'>,
): Promise<NpyResult> {
  const preamble = await reader.read(8);
  if (!preamble || !looksLikeNpy(preamble)) {
    findings.error('NUMPY_MALFORMED', 'missing the .npy magic');
    return {};
  }
  const major = preamble[6];
  if (major < 1 || major > 3) {
    findings.error('NUMPY_MALFORMED', `unsupported .npy version ${major}.${preamble[7]}`);
    return {};
  }
  const lengthBytes = await reader.read(major === 1 ? 2 : 4);
  const headerLength = lengthBytes
    ? major === 1
      ? lengthBytes.readUInt16LE(0)
      : lengthBytes.readUInt32LE(0)
    : -1;
  if (headerLength < 0 || headerLength > MAX_HEADER || reader.offset + headerLength > total) {
    findings.error('NUMPY_MALFORMED', `header length ${headerLength} is not within the file`, {
      offset: 8,
    });
    return {};
  }
  const headerBytes = (await reader.read(headerLength)) as Buffer;
  let header: PyValue;
  try {
    header = parsePythonLiteral(headerBytes.toString(major === 3 ? 'utf8' : 'latin1'));
  } catch (error) {
    findings.error(
      'NUMPY_MALFORMED',
      `header is not a Python literal: ${(error as Error).message}`,
    );
    return {};
  }
  const fields = header as Record<string, PyValue>;
  if (
    typeof header !== 'object' ||
    header === null ||
    Array.isArray(header) ||
    !('descr' in fields) ||
    !Array.isArray(fields.shape)
  ) {
    findings.error('NUMPY_MALFORMED', "header lacks 'descr' or 'shape'");
    return {};
  }
  const shape = fields.shape as number[];
  const count = elementCount(shape);
  if (count < 0) {
    findings.error(
      'NUMPY_MALFORMED',
      `shape ${JSON.stringify(shape)} is not a tuple of non-negative integers`,
    );
    return {};
  }
  const kind = classifyDescr(fields.descr);
  if (kind === 'unknown') {
    findings.error(
      'NUMPY_UNKNOWN_DTYPE',
      `dtype ${JSON.stringify(fields.descr)} is not a spelling NumPy writes; NumPy may read it as an object array, which unpickles the data`,
    );
    return { descr: fields.descr, shape };
  }
  if (kind === 'objects') {
    findings.warning(
      'NUMPY_OBJECT_ARRAY',
      'object array: loading it needs allow_pickle=True, which unpickles the data',
    );
    const pickle = await scanPickles(reader, { ...scan, findings, maxPickles: 1 });
    return { descr: fields.descr, shape, pickle };
  }
  const size = descrSize(fields.descr);
  const dataLength = total - reader.offset;
  if (size === undefined) {
    findings.note(
      'NUMPY_UNKNOWN_DTYPE',
      `dtype ${JSON.stringify(fields.descr)} not understood; data length not checked`,
    );
  } else if (size * count !== dataLength) {
    findings.error(
      'NUMPY_SIZE_MISMATCH',
      `${JSON.stringify(fields.descr)}${JSON.stringify(shape)} needs ${size * count} bytes of data but ${dataLength} follow the header`,
    );
  }
  return { descr: fields.descr, shape };
}
