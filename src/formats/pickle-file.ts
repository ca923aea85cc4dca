/**
 * Files that are a pickle stream: plain pickles, joblib dumps (also zlib or gzip
 * compressed), and legacy (pre-zip) PyTorch checkpoints.
 */
import { createGunzip, createInflate } from 'node:zlib';
import { createReadStream } from 'node:fs';
import type { EntryFindings, FindingList } from './findings.js';
import type { ParseOptions, ParseResult } from './format.js';
import { scanPickles, type PickleScanResult } from './pickle/scanner.js';
import { StreamReader } from './stream-reader.js';

const COMPRESSED: [string, (h: Buffer) => boolean][] = [
  ['zlib', (h) => h[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(h[1])],
  ['gzip', (h) => h[0] === 0x1f && h[1] === 0x8b],
  ['bz2', (h) => h.toString('latin1', 0, 3) === 'BZh'],
  ['xz', (h) => h.toString('latin1', 0, 6) === '\xfd7zXZ\x00'],
  ['lz4', (h) => h.readUInt32LE(0) === 0x184d2204],
  ['lzma', (h) => h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00],
];
/** Inflated streams past this many times the compressed size are treated as bombs. */
const MAX_INFLATE_RATIO = 1000;

/** The compression joblib applied, when the head matches one of its compressors. */
export function compressionOf(head: Buffer): string | undefined {
  if (head.length < 6) return undefined;
  return COMPRESSED.find(([, test]) => test(head))?.[0];
}

/** Format implied by what a pickle scan saw. */
export function pickleFormat(scan: PickleScanResult): 'pickle' | 'joblib' | 'pytorch' {
  if (
    scan.legacyTorch ||
    scan.imports.some((i) => i.module === 'torch._utils' || i.module === 'torch')
  )
    return 'pytorch';
  if (scan.joblibArrays > 0 || scan.imports.some((i) => i.module.endsWith('numpy_pickle')))
    return 'joblib';
  return 'pickle';
}

/** Summary of imports for the report. */
export function describeImports(scan: PickleScanResult) {
  return scan.imports.map((i) => ({
    global: `${i.module}.${i.name}`,
    verdict: i.verdict,
    offset: i.offset,
    count: i.count,
  }));
}

/** Scans a pickle stream with the options' policy. */
export function scanWithPolicy(
  reader: StreamReader,
  findings: EntryFindings,
  options: ParseOptions,
) {
  return scanPickles(reader, {
    policy: options.policy,
    allowGlobals: options.allowGlobals,
    findings,
  });
}

/** Scans a pickle-family file, inflating joblib's zlib/gzip compression on the fly. */
export async function parsePickleFile(
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
  head: Buffer,
): Promise<ParseResult> {
  const compression = compressionOf(head);
  if (compression && compression !== 'zlib' && compression !== 'gzip') {
    findings.error(
      'PICKLE_UNSCANNABLE',
      `joblib file compressed with ${compression}, which cannot be scanned here; dump it with compress=('zlib', 3) or none`,
    );
    return { format: 'joblib' };
  }
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let source: AsyncIterable<Buffer> = file;
  if (compression) {
    const inflate = compression === 'zlib' ? createInflate() : createGunzip();
    file.pipe(inflate);
    source = limitBytes(inflate, Math.max(size * MAX_INFLATE_RATIO, 1 << 30));
  }
  const reader = new StreamReader(source);
  try {
    const scan = await scanWithPolicy(reader, findings, options);
    return {
      format: compression ? 'joblib' : pickleFormat(scan),
      details: {
        compression: compression ?? 'none',
        pickles: scan.pickles,
        joblibArrays: scan.joblibArrays,
        globals: describeImports(scan),
      },
    };
  } catch (error) {
    if (
      !(error instanceof InflateLimit) &&
      !/incorrect header|invalid|unexpected end/i.test((error as Error).message)
    )
      throw error;
    const bomb = error instanceof InflateLimit;
    findings.error(
      bomb ? 'DECOMPRESSION_BOMB' : 'PICKLE_MALFORMED',
      bomb ? error.message : `${compression} stream is corrupt: ${(error as Error).message}`,
    );
    return { format: 'joblib' };
  } finally {
    file.destroy();
    await reader.close();
  }
}

class InflateLimit extends Error {}

async function* limitBytes(source: AsyncIterable<Buffer>, limit: number): AsyncIterable<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit)
      throw new InflateLimit(
        `decompresses to more than ${limit} bytes (over ${MAX_INFLATE_RATIO}:1)`,
      );
    yield chunk;
  }
}
