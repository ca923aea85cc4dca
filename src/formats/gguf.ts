/**
 * GGUF (llama.cpp): magic, version, tensor and metadata counts, key/values, tensor
 * infos, then aligned tensor data. Every count and length is checked against what
 * the file can still hold before anything is read or allocated.
 */
import { readChunks } from './file-source.js';
import { checkChatTemplate } from './jinja-template.js';
import type { FindingList, TensorSummary } from './findings.js';
import { addToSummary, type ParseResult } from './format.js';
import { StreamReader } from './stream-reader.js';

/** [elements per block, bytes per block] of the ggml types whose layout is fixed. */
const GGML_TYPES: Record<number, [string, number, number]> = {
  0: ['F32', 1, 4],
  1: ['F16', 1, 2],
  2: ['Q4_0', 32, 18],
  3: ['Q4_1', 32, 20],
  6: ['Q5_0', 32, 22],
  7: ['Q5_1', 32, 24],
  8: ['Q8_0', 32, 34],
  9: ['Q8_1', 32, 36],
  10: ['Q2_K', 256, 84],
  11: ['Q3_K', 256, 110],
  12: ['Q4_K', 256, 144],
  13: ['Q5_K', 256, 176],
  14: ['Q6_K', 256, 210],
  15: ['Q8_K', 256, 292],
  24: ['I8', 1, 1],
  25: ['I16', 1, 2],
  26: ['I32', 1, 4],
  27: ['I64', 1, 8],
  28: ['F64', 1, 8],
  30: ['BF16', 1, 2],
};
/** Sizes of the fixed-width metadata value types. */
const VALUE_SIZES: Record<number, number> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};
const STRING = 8;
const ARRAY = 9;

class GgufError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** True when the file starts with the GGUF magic. */
export function looksLikeGguf(head: Buffer): boolean {
  return head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF';
}

/** Validates a GGUF file's header, metadata and tensor table. */
export async function parseGguf(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ParseResult> {
  const result: ParseResult = { format: 'gguf' };
  const reader = new StreamReader(readChunks(path));
  const remaining = () => size - reader.offset;
  const read = async (n: number) => {
    const data = await reader.read(n);
    if (!data) throw new GgufError(`truncated: ${n} bytes expected`, reader.offset);
    return data;
  };
  const u32 = async () => (await read(4)).readUInt32LE(0);
  const u64 = async () => {
    const value = (await read(8)).readBigUInt64LE(0);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
  };
  const count = async (what: string, minBytesEach: number) => {
    const at = reader.offset;
    const n = await u64();
    if (n * minBytesEach > remaining()) {
      throw new GgufError(
        `${what} count ${n === Infinity ? '≥ 2^53' : n} cannot fit in the ${remaining()} bytes left`,
        at,
      );
    }
    return n;
  };
  const string = async () => {
    const length = await count('string length', 1);
    return (await read(length)).toString('utf8');
  };
  const value = async (type: number): Promise<unknown> => {
    if (type === STRING) return string();
    if (type === ARRAY) {
      const itemType = await u32();
      const n = await count('array', itemType === STRING ? 8 : (VALUE_SIZES[itemType] ?? 1));
      const items: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const item = await value(itemType);
        if (items.length < 16) items.push(item);
      }
      return n > 16 ? `[${n} items]` : items;
    }
    const width = VALUE_SIZES[type];
    if (width === undefined)
      throw new GgufError(`unknown metadata value type ${type}`, reader.offset);
    const data = await read(width);
    if (type === 4) return data.readUInt32LE(0);
    if (type === 5) return data.readInt32LE(0);
    if (type === 6) return data.readFloatLE(0);
    if (type === 10 || type === 11)
      return Number(type === 10 ? data.readBigUInt64LE(0) : data.readBigInt64LE(0));
    return width === 1 ? data[0] : undefined;
  };

  try {
    if ((await read(4)).toString('latin1') !== 'GGUF') throw new GgufError('missing GGUF magic', 0);
    const version = await u32();
    if (version !== 2 && version !== 3)
      throw new GgufError(`unsupported GGUF version ${version} (2 or 3 expected)`, 4);
    const tensorCount = await count('tensor', 8 + 4 + 8 + 4 + 8);
    const kvCount = await count('metadata', 8 + 4 + 1);
    const metadata: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < kvCount; i++) {
      const key = await string();
      metadata[key] = await value(await u32());
      // Chat templates are Jinja the loader renders: judged as a sandbox would judge them.
      if (key.startsWith('tokenizer.chat_template') && typeof metadata[key] === 'string')
        for (const problem of checkChatTemplate(metadata[key]))
          findings.error('GGUF_CHAT_TEMPLATE', `${key}: ${problem}`);
    }
    const alignment =
      typeof metadata['general.alignment'] === 'number'
        ? (metadata['general.alignment'] as number)
        : 32;
    if (alignment <= 0 || (alignment & (alignment - 1)) !== 0) {
      throw new GgufError(`general.alignment ${alignment} is not a power of two`, reader.offset);
    }
    const summary: TensorSummary = { tensors: 0, parameters: 0, dtypes: {} };
    const infos: { name: string; type: number; elements: number; offset: number; at: number }[] =
      [];
    for (let i = 0; i < tensorCount; i++) {
      const at = reader.offset;
      const name = await string();
      const dims = await u32();
      if (dims > 8) throw new GgufError(`tensor '${name}' has ${dims} dimensions (at most 8)`, at);
      let elements = 1;
      for (let d = 0; d < dims; d++) elements *= await u64();
      const type = await u32();
      const offset = await u64();
      infos.push({ name, type, elements, offset, at });
    }
    const dataStart = Math.ceil(reader.offset / alignment) * alignment;
    const dataSize = size - dataStart;
    for (const info of infos) {
      const layout = GGML_TYPES[info.type];
      addToSummary(
        summary,
        layout?.[0] ?? `type${info.type}`,
        Number.isFinite(info.elements) ? info.elements : -1,
      );
      if (info.offset % alignment !== 0) {
        findings.error(
          'GGUF_MISALIGNED',
          `tensor '${info.name}' offset ${info.offset} is not a multiple of ${alignment}`,
          { offset: info.at },
        );
      }
      if (!layout) {
        findings.note(
          'GGUF_UNKNOWN_TYPE',
          `tensor '${info.name}' has ggml type ${info.type}; its size was not checked`,
          { offset: info.at },
        );
        if (info.offset > dataSize)
          findings.error(
            'GGUF_OUT_OF_BOUNDS',
            `tensor '${info.name}' starts past the end of the file`,
            { offset: info.at },
          );
        continue;
      }
      const [, block, bytes] = layout;
      const length = info.elements % block === 0 ? (info.elements / block) * bytes : NaN;
      if (Number.isNaN(length)) {
        findings.error(
          'GGUF_BAD_SHAPE',
          `tensor '${info.name}' has ${info.elements} elements, not a multiple of the ${layout[0]} block size ${block}`,
          { offset: info.at },
        );
      } else if (info.offset + length > dataSize) {
        findings.error(
          'GGUF_OUT_OF_BOUNDS',
          `tensor '${info.name}' (${length} bytes at data offset ${info.offset}) runs past the end of the file`,
          { offset: info.at },
        );
      }
    }
    result.tensors = summary;
    result.details = {
      version,
      alignment,
      architecture: metadata['general.architecture'],
      metadataKeys: kvCount,
      dataStart,
    };
  } catch (error) {
    if (!(error instanceof GgufError)) throw error;
    findings.error('GGUF_MALFORMED', `malformed GGUF: ${error.message}`, { offset: error.offset });
  } finally {
    await reader.close();
  }
  return result;
}
