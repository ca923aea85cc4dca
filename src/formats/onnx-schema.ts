/**
 * The parts of onnx.proto (onnx/onnx, IR version 10) that validation reads, as a
 * protobufjs JSON descriptor. Field numbers are those of onnx.proto3.
 */
import protobuf from 'protobufjs';

const repeated = (type: string, id: number) => ({ rule: 'repeated', type, id });

const descriptor = {
  nested: {
    onnx: {
      nested: {
        StringStringEntryProto: {
          fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
        },
        OperatorSetIdProto: {
          fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } },
        },
        TensorShapeProto: {
          fields: { dim: repeated('Dimension', 1) },
          nested: {
            Dimension: {
              fields: {
                dim_value: { type: 'int64', id: 1 },
                dim_param: { type: 'string', id: 2 },
                denotation: { type: 'string', id: 3 },
              },
            },
          },
        },
        TypeProto: {
          fields: {
            tensor_type: { type: 'Tensor', id: 1 },
            sequence_type: { type: 'Sequence', id: 4 },
            map_type: { type: 'Map', id: 5 },
            optional_type: { type: 'Optional', id: 9 },
            sparse_tensor_type: { type: 'Tensor', id: 8 },
            denotation: { type: 'string', id: 6 },
          },
          nested: {
            Tensor: {
              fields: {
                elem_type: { type: 'int32', id: 1 },
                shape: { type: 'TensorShapeProto', id: 2 },
              },
            },
            Sequence: { fields: { elem_type: { type: 'TypeProto', id: 1 } } },
            Map: {
              fields: {
                key_type: { type: 'int32', id: 1 },
                value_type: { type: 'TypeProto', id: 2 },
              },
            },
            Optional: { fields: { elem_type: { type: 'TypeProto', id: 1 } } },
          },
        },
        ValueInfoProto: {
          fields: {
            name: { type: 'string', id: 1 },
            type: { type: 'TypeProto', id: 2 },
            doc_string: { type: 'string', id: 3 },
          },
        },
        TensorProto: {
          fields: {
            dims: repeated('int64', 1),
            data_type: { type: 'int32', id: 2 },
            float_data: repeated('float', 4),
            int32_data: repeated('int32', 5),
            string_data: repeated('bytes', 6),
            int64_data: repeated('int64', 7),
            name: { type: 'string', id: 8 },
            raw_data: { type: 'bytes', id: 9 },
            double_data: repeated('double', 10),
            uint64_data: repeated('uint64', 11),
            external_data: repeated('StringStringEntryProto', 13),
            data_location: { type: 'int32', id: 14 },
          },
        },
        SparseTensorProto: {
          fields: {
            values: { type: 'TensorProto', id: 1 },
            indices: { type: 'TensorProto', id: 2 },
            dims: repeated('int64', 3),
          },
        },
        AttributeProto: {
          fields: {
            name: { type: 'string', id: 1 },
            type: { type: 'int32', id: 20 },
            t: { type: 'TensorProto', id: 5 },
            g: { type: 'GraphProto', id: 6 },
            tensors: repeated('TensorProto', 10),
            graphs: repeated('GraphProto', 11),
          },
        },
        NodeProto: {
          fields: {
            input: repeated('string', 1),
            output: repeated('string', 2),
            name: { type: 'string', id: 3 },
            op_type: { type: 'string', id: 4 },
            domain: { type: 'string', id: 7 },
            attribute: repeated('AttributeProto', 5),
          },
        },
        GraphProto: {
          fields: {
            node: repeated('NodeProto', 1),
            name: { type: 'string', id: 2 },
            initializer: repeated('TensorProto', 5),
            sparse_initializer: repeated('SparseTensorProto', 15),
            input: repeated('ValueInfoProto', 11),
            output: repeated('ValueInfoProto', 12),
          },
        },
      },
    },
  },
};

let root: protobuf.Root | undefined;

/** Looks up an ONNX message type; the schema is built on first use (it costs startup time). */
export function onnxType(
  name:
    | 'OperatorSetIdProto'
    | 'ValueInfoProto'
    | 'TensorProto'
    | 'SparseTensorProto'
    | 'NodeProto'
    | 'StringStringEntryProto',
): protobuf.Type {
  root ??= protobuf.Root.fromJSON(descriptor);
  return root.lookupType(`onnx.${name}`);
}

/** Decodes bytes into a plain object with int64 as numbers. */
export function decodeOnnx<T>(type: protobuf.Type, bytes: Uint8Array): T {
  return type.toObject(type.decode(bytes), { longs: Number, arrays: true, defaults: false }) as T;
}

/** TensorProto.DataType -> [name used in signatures, bits per element]. */
export const ONNX_DTYPES: Record<number, [string, number]> = {
  1: ['float32', 32],
  2: ['uint8', 8],
  3: ['int8', 8],
  4: ['uint16', 16],
  5: ['int16', 16],
  6: ['int32', 32],
  7: ['int64', 64],
  8: ['string', 0],
  9: ['bool', 8],
  10: ['float16', 16],
  11: ['float64', 64],
  12: ['uint32', 32],
  13: ['uint64', 64],
  14: ['complex64', 64],
  15: ['complex128', 128],
  16: ['bfloat16', 16],
  17: ['float8e4m3fn', 8],
  18: ['float8e4m3fnuz', 8],
  19: ['float8e5m2', 8],
  20: ['float8e5m2fnuz', 8],
  21: ['uint4', 4],
  22: ['int4', 4],
  23: ['float4e2m1', 4],
};
