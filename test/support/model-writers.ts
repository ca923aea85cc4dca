/** Writers for formats Debian has no Python package for: safetensors and GGUF. */

/** A safetensors file from a header object and a data section. */
export function safetensorsBytes(header: Record<string, unknown>, data: Buffer, pad = 0): Buffer {
  const json = Buffer.from(JSON.stringify(header) + ' '.repeat(pad));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, data]);
}

/** A valid safetensors file with two float32 tensors. */
export function validSafetensors(): Buffer {
  return safetensorsBytes(
    {
      __metadata__: { format: 'pt' },
      'a.weight': { dtype: 'F32', shape: [2, 3], data_offsets: [0, 24] },
      'a.bias': { dtype: 'F32', shape: [3], data_offsets: [24, 36] },
    },
    Buffer.alloc(36, 1),
  );
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: bigint | number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
function ggufString(s: string): Buffer {
  const b = Buffer.from(s);
  return Buffer.concat([u64(b.length), b]);
}

export interface GgufTensor {
  name: string;
  dims: number[];
  type: number;
  offset: number;
}

/** A GGUF file: header, metadata (strings and u32s), tensor infos, aligned data. */
export function ggufBytes(options: {
  version?: number;
  tensors: GgufTensor[];
  metadata?: Record<string, string | number>;
  dataBytes: number;
  tensorCount?: bigint;
  kvCount?: bigint;
}): Buffer {
  const metadata = options.metadata ?? { 'general.architecture': 'llama' };
  const parts: Buffer[] = [Buffer.from('GGUF'), u32(options.version ?? 3), u64(options.tensorCount ?? BigInt(options.tensors.length)), u64(options.kvCount ?? BigInt(Object.keys(metadata).length))];
  for (const [key, value] of Object.entries(metadata)) {
    parts.push(ggufString(key));
    parts.push(typeof value === 'string' ? Buffer.concat([u32(8), ggufString(value)]) : Buffer.concat([u32(4), u32(value)]));
  }
  for (const t of options.tensors) {
    parts.push(ggufString(t.name), u32(t.dims.length), ...t.dims.map((d) => u64(d)), u32(t.type), u64(t.offset));
  }
  const head = Buffer.concat(parts);
  const aligned = Math.ceil(head.length / 32) * 32;
  return Buffer.concat([head, Buffer.alloc(aligned - head.length), Buffer.alloc(options.dataBytes, 7)]);
}
