/** Writers for formats Debian has no Python package for: safetensors, GGUF, SavedModel. */
import { savedModelType } from '../../src/formats/savedmodel-schema.js';

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
  const parts: Buffer[] = [
    Buffer.from('GGUF'),
    u32(options.version ?? 3),
    u64(options.tensorCount ?? BigInt(options.tensors.length)),
    u64(options.kvCount ?? BigInt(Object.keys(metadata).length)),
  ];
  for (const [key, value] of Object.entries(metadata)) {
    parts.push(ggufString(key));
    parts.push(
      typeof value === 'string'
        ? Buffer.concat([u32(8), ggufString(value)])
        : Buffer.concat([u32(4), u32(value)]),
    );
  }
  for (const t of options.tensors) {
    parts.push(
      ggufString(t.name),
      u32(t.dims.length),
      ...t.dims.map((d) => u64(d)),
      u32(t.type),
      u64(t.offset),
    );
  }
  const head = Buffer.concat(parts);
  const aligned = Math.ceil(head.length / 32) * 32;
  return Buffer.concat([
    head,
    Buffer.alloc(aligned - head.length),
    Buffer.alloc(options.dataBytes, 7),
  ]);
}

/** A SavedModel as TensorFlow writes it (serve tag, serving_default, a function library). */
export function savedModelBytes(
  ops: string[] = ['Placeholder', 'MatMul'],
  functionOps: string[] = [],
): Buffer {
  const info = (name: string, dims: number[]) => ({
    name,
    dtype: 1,
    tensor_shape: { dim: dims.map((size) => ({ size })) },
  });
  const type = savedModelType();
  const message = type.fromObject({
    saved_model_schema_version: 1,
    meta_graphs: [
      {
        meta_info_def: { tags: ['serve'], tensorflow_version: '2.15.0' },
        graph_def: {
          node: ops.map((op, i) => ({ name: `n${i}`, op })),
          library: {
            function: [
              {
                signature: { name: '__inference_call_1' },
                node_def: functionOps.map((op, i) => ({ name: `f${i}`, op })),
              },
            ],
          },
        },
        signature_def: {
          serving_default: {
            inputs: { features: info('serving_default_features:0', [-1, 4]) },
            outputs: { probabilities: info('StatefulPartitionedCall:0', [-1, 3]) },
            method_name: 'tensorflow/serving/predict',
          },
        },
      },
    ],
  });
  return Buffer.from(type.encode(message).finish());
}
