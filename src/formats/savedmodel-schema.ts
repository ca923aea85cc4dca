/**
 * The parts of TensorFlow's saved_model.proto, meta_graph.proto, graph.proto,
 * node_def.proto, function.proto and tensor_shape.proto that validation reads.
 */
import protobuf from 'protobufjs';

const descriptor = {
  nested: {
    tf: {
      nested: {
        SavedModel: {
          fields: {
            saved_model_schema_version: { type: 'int64', id: 1 },
            meta_graphs: { rule: 'repeated', type: 'MetaGraphDef', id: 2 },
          },
        },
        MetaGraphDef: {
          fields: {
            meta_info_def: { type: 'MetaInfoDef', id: 1 },
            graph_def: { type: 'GraphDef', id: 2 },
            signature_def: { keyType: 'string', type: 'SignatureDef', id: 5 },
          },
          nested: {
            MetaInfoDef: {
              fields: {
                tags: { rule: 'repeated', type: 'string', id: 4 },
                tensorflow_version: { type: 'string', id: 5 },
              },
            },
          },
        },
        GraphDef: {
          fields: {
            node: { rule: 'repeated', type: 'NodeDef', id: 1 },
            library: { type: 'FunctionDefLibrary', id: 2 },
          },
        },
        NodeDef: {
          fields: {
            name: { type: 'string', id: 1 },
            op: { type: 'string', id: 2 },
            input: { rule: 'repeated', type: 'string', id: 3 },
          },
        },
        FunctionDefLibrary: {
          fields: { function: { rule: 'repeated', type: 'FunctionDef', id: 1 } },
        },
        FunctionDef: {
          fields: {
            signature: { type: 'OpDef', id: 1 },
            node_def: { rule: 'repeated', type: 'NodeDef', id: 3 },
          },
        },
        OpDef: { fields: { name: { type: 'string', id: 1 } } },
        SignatureDef: {
          fields: {
            inputs: { keyType: 'string', type: 'TensorInfo', id: 1 },
            outputs: { keyType: 'string', type: 'TensorInfo', id: 2 },
            method_name: { type: 'string', id: 3 },
          },
        },
        TensorInfo: {
          fields: {
            name: { type: 'string', id: 1 },
            dtype: { type: 'int32', id: 2 },
            tensor_shape: { type: 'TensorShapeProto', id: 3 },
          },
        },
        TensorShapeProto: {
          fields: {
            dim: { rule: 'repeated', type: 'Dim', id: 2 },
            unknown_rank: { type: 'bool', id: 3 },
          },
          nested: {
            Dim: { fields: { size: { type: 'int64', id: 1 }, name: { type: 'string', id: 2 } } },
          },
        },
      },
    },
  },
};

let type: protobuf.Type | undefined;

/** The SavedModel message type, built on first use (also used by tests to write fixtures). */
export function savedModelType(): protobuf.Type {
  type ??= protobuf.Root.fromJSON(descriptor).lookupType('tf.SavedModel');
  return type;
}

/** TensorFlow DataType enum values -> signature dtype names. */
export const TF_DTYPES: Record<number, string> = {
  1: 'float32',
  2: 'float64',
  3: 'int32',
  4: 'uint8',
  5: 'int16',
  6: 'int8',
  7: 'string',
  8: 'complex64',
  9: 'int64',
  10: 'bool',
  14: 'bfloat16',
  17: 'uint16',
  18: 'complex128',
  19: 'float16',
  20: 'resource',
  21: 'variant',
  22: 'uint32',
  23: 'uint64',
};
