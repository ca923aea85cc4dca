/**
 * TensorFlow SavedModel: saved_model.pb parses; the serving signature is the model's
 * signature; every op, in the graph and in its functions, must be on the allowlist of ops
 * that touch no file and run no Python (savedmodel-ops.ts). saved_model.pbtxt (the text
 * form) is read for its ops only.
 */
import { readAt } from './file-source.js';
import type { FindingList, TensorSpec } from './findings.js';
import type { ParseResult } from './format.js';
import { isSaverFunction, SAFE_OPS, SAVER_OPS } from './savedmodel-ops.js';
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
      ...(graph.graph_def?.node ?? []).map((n) => ({ node: n, where: 'graph', saver: true })),
      ...(graph.graph_def?.library?.function ?? []).flatMap((f) =>
        (f.node_def ?? []).map((n) => ({
          node: n,
          where: `function '${f.signature?.name ?? '?'}'`,
          saver: isSaverFunction(f.signature?.name ?? ''),
        })),
      ),
    ];
    for (const { node, where, saver } of nodes)
      judgeOp(node.op ?? '', `${where} node '${node.name ?? '?'}'`, saver, opCounts, findings);
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

/** Reports an op that is not allowed where it is, once per op. */
function judgeOp(
  op: string,
  where: string,
  saverContext: boolean,
  seen: Map<string, number>,
  findings: FindingList,
): void {
  if (SAFE_OPS.has(op) || (saverContext && SAVER_OPS.has(op))) return;
  const count = seen.get(op) ?? 0;
  seen.set(op, count + 1);
  if (count > 0) return;
  if (DANGEROUS_OPS.has(op) || SAVER_OPS.has(op))
    findings.error(
      'SAVEDMODEL_DANGEROUS_OP',
      `${where} uses op ${op}, which reads/writes files or runs Python${SAVER_OPS.has(op) ? " outside the loader's own save/restore" : ''}`,
    );
  else
    findings.error(
      'SAVEDMODEL_UNKNOWN_OP',
      `${where} uses op ${op}, which is not on the allowlist of ops that touch no file and run no Python`,
    );
}

/**
 * saved_model.pbtxt: the text form. Its ops are read from every `op: "..."` field
 * (adjacent strings joined, as the text format does); an op spelled with an escape is
 * refused rather than decoded differently from TensorFlow. Signatures are not read.
 */
export async function parseSavedModelText(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ParseResult> {
  if (size > MAX_PB) {
    findings.error('SAVEDMODEL_MALFORMED', `saved_model.pbtxt is ${size} bytes`);
    return { format: 'savedmodel' };
  }
  const text = (await readAt(path, 0, size)).toString('utf8');
  const seen = new Map<string, number>();
  const field = /(?:^|[\s{;,])op\s*:\s*((?:"(?:[^"\\\n]|\\.)*"\s*|'(?:[^'\\\n]|\\.)*'\s*)+)/g;
  for (const match of text.matchAll(field)) {
    const parts = [...match[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    const op = parts.join('');
    if (op.includes('\\')) {
      findings.error(
        'SAVEDMODEL_MALFORMED',
        `an op name with an escape ('${op.slice(0, 40)}') is not read`,
      );
      continue;
    }
    judgeOp(op, 'a node', false, seen, findings);
  }
  findings.note(
    'SAVEDMODEL_TEXT',
    'saved_model.pbtxt: ops checked; signatures are not read from the text form',
  );
  return { format: 'savedmodel', details: { ops: Object.fromEntries(seen) } };
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
