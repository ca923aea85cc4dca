/**
 * TensorFlow SavedModel: saved_model.pb parses; the serving signature is the model's
 * signature; ops that read or write files or run Python are errors.
 */
import { readAt } from './file-source.js';
import type { FindingList, TensorSpec } from './findings.js';
import type { ParseResult } from './format.js';
import { TF_DTYPES, savedModelType } from './savedmodel-schema.js';

/** Ops that touch the filesystem or call back into Python when the graph runs. */
const DANGEROUS_OPS = new Set([
  'ReadFile',
  'WriteFile',
  'MatchingFiles',
  'PyFunc',
  'PyFuncStateless',
  'EagerPyFunc',
  'WholeFileReader',
  'WholeFileReaderV2',
  'TextLineReader',
  'TextLineReaderV2',
  'FixedLengthRecordReader',
  'FixedLengthRecordReaderV2',
  'TFRecordReader',
  'TFRecordReaderV2',
  'ImmutableConst',
  'DeleteFile',
  'RecursivelyCreateDir',
  'DebugIdentityV2',
]);
const MAX_PB = 2 ** 31;

interface TensorInfo {
  name?: string;
  dtype?: number;
  tensor_shape?: { dim?: { size?: number; name?: string }[]; unknown_rank?: boolean };
}
interface NodeDef {
  name?: string;
  op?: string;
}
interface SavedModel {
  meta_graphs?: {
    meta_info_def?: { tags?: string[] };
    graph_def?: {
      node?: NodeDef[];
      library?: { function?: { signature?: { name?: string }; node_def?: NodeDef[] }[] };
    };
    signature_def?: Record<
      string,
      {
        inputs?: Record<string, TensorInfo>;
        outputs?: Record<string, TensorInfo>;
        method_name?: string;
      }
    >;
  }[];
}

/** Validates saved_model.pb. */
export async function parseSavedModel(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ParseResult> {
  const result: ParseResult = { format: 'savedmodel' };
  if (size > MAX_PB) {
    findings.error(
      'SAVEDMODEL_MALFORMED',
      `saved_model.pb is ${size} bytes, over protobuf's 2 GiB limit`,
    );
    return result;
  }
  let model: SavedModel;
  try {
    const bytes = await readAt(path, 0, size);
    const type = savedModelType();
    model = type.toObject(type.decode(bytes), {
      longs: Number,
      arrays: true,
      objects: true,
    }) as SavedModel;
  } catch (error) {
    findings.error(
      'SAVEDMODEL_MALFORMED',
      `saved_model.pb does not parse: ${(error as Error).message}`,
    );
    return result;
  }
  const graphs = model.meta_graphs ?? [];
  if (graphs.length === 0) {
    findings.error('SAVEDMODEL_NO_GRAPH', 'saved_model.pb holds no MetaGraphDef');
    return result;
  }
  const opCounts = new Map<string, number>();
  for (const graph of graphs) {
    const nodes = [
      ...(graph.graph_def?.node ?? []).map((n) => ({ node: n, where: 'graph' })),
      ...(graph.graph_def?.library?.function ?? []).flatMap((f) =>
        (f.node_def ?? []).map((n) => ({
          node: n,
          where: `function '${f.signature?.name ?? '?'}'`,
        })),
      ),
    ];
    for (const { node, where } of nodes) {
      if (!node.op || !DANGEROUS_OPS.has(node.op)) continue;
      const seen = opCounts.get(node.op) ?? 0;
      opCounts.set(node.op, seen + 1);
      if (seen === 0)
        findings.error(
          'SAVEDMODEL_DANGEROUS_OP',
          `${where} node '${node.name ?? '?'}' uses op ${node.op}, which reads/writes files or runs Python`,
        );
    }
  }
  const serving = graphs.find((g) => g.meta_info_def?.tags?.includes('serve')) ?? graphs[0];
  const signatures = serving.signature_def ?? {};
  const key =
    'serving_default' in signatures
      ? 'serving_default'
      : Object.keys(signatures).find((k) => !k.startsWith('__'));
  if (!key)
    findings.warning(
      'SAVEDMODEL_NO_SIGNATURE',
      'no signature_def to serve (serving_default missing)',
    );
  else {
    const def = signatures[key];
    result.signature = { inputs: toSpecs(def.inputs), outputs: toSpecs(def.outputs) };
  }
  result.details = {
    metaGraphs: graphs.map((g) => g.meta_info_def?.tags ?? []),
    signatureKey: key,
    signatures: Object.keys(signatures),
    dangerousOps: Object.fromEntries(opCounts),
  };
  return result;
}

function toSpecs(map: Record<string, TensorInfo> | undefined): TensorSpec[] {
  return Object.entries(map ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, info]) => ({
      name,
      dtype: TF_DTYPES[info.dtype ?? 0] ?? `dtype${info.dtype ?? 0}`,
      shape: info.tensor_shape?.unknown_rank
        ? null
        : (info.tensor_shape?.dim ?? []).map((d) =>
            d.size === undefined || d.size < 0 ? null : d.size,
          ),
    }));
}
