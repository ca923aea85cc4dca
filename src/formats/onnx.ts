/**
 * ONNX models: the ModelProto is walked in the file (tensor bytes are stepped over,
 * never loaded); nodes and value infos are decoded with protobufjs. Checks: IR
 * version and opsets, graph inputs/outputs, topological wiring of node inputs,
 * initializer sizes and external data.
 */
import { dirname } from 'node:path';
import type { EntryFindings, FindingList, TensorSpec } from './findings.js';
import type { ParseOptions, ParseResult } from './format.js';
import { checkTensorData, metaOfDecoded, type TensorMeta } from './onnx-tensor.js';
import { ONNX_DTYPES, decodeOnnx, onnxType } from './onnx-schema.js';
import { FileWindow, WireError } from './protobuf-file.js';

const MAX_NODE = 512 << 20;

interface ValueInfo {
  name?: string;
  type?: {
    tensor_type?: {
      elem_type?: number;
      shape?: { dim?: { dim_value?: number; dim_param?: string }[] };
    };
    sequence_type?: unknown;
    map_type?: unknown;
    optional_type?: unknown;
    sparse_tensor_type?: unknown;
  };
}
interface Attribute {
  name?: string;
  t?: Parameters<typeof metaOfDecoded>[0];
  g?: Graph;
  tensors?: Parameters<typeof metaOfDecoded>[0][];
  graphs?: Graph[];
}
interface Node {
  input?: string[];
  output?: string[];
  name?: string;
  op_type?: string;
  attribute?: Attribute[];
}
interface Graph {
  node?: Node[];
  initializer?: Parameters<typeof metaOfDecoded>[0][];
  sparse_initializer?: { values?: { name?: string } }[];
  input?: ValueInfo[];
  output?: ValueInfo[];
}

/** A graph whose top-level initializers were read from the file as metadata only. */
interface WalkedGraph extends Graph {
  initializerMeta: TensorMeta[];
}

/** Validates an ONNX model file. */
export async function parseOnnx(
  path: string,
  size: number,
  findings: FindingList,
  _options: ParseOptions,
): Promise<ParseResult> {
  const result: ParseResult = { format: 'onnx' };
  const file = await FileWindow.open(path, size);
  try {
    let irVersion: number | undefined;
    let producer: string | undefined;
    const opsets: { domain?: string; version?: number }[] = [];
    let graph: WalkedGraph | undefined;
    for await (const field of file.fields(0, size)) {
      if (field.number === 1 && field.wireType === 0) irVersion = field.value;
      else if (field.wireType !== 2) continue;
      else if (field.number === 8)
        opsets.push(
          decodeOnnx(onnxType('OperatorSetIdProto'), await file.bytes(field.start!, field.length!)),
        );
      else if (field.number === 2 && field.length! < 1024)
        producer = (await file.bytes(field.start!, field.length!)).toString('utf8');
      else if (field.number === 7)
        graph = await walkGraph(file, field.start!, field.start! + field.length!);
    }
    if (!irVersion) findings.error('ONNX_NO_IR_VERSION', 'model has no ir_version');
    if (opsets.length === 0)
      findings.error('ONNX_NO_OPSET', 'model imports no operator set (opset_import is empty)');
    if (!graph) {
      findings.error('ONNX_NO_GRAPH', 'model has no graph');
      return result;
    }
    const dir = dirname(path);
    for (const tensor of graph.initializerMeta) await checkTensorData(tensor, dir, findings);
    const initializerNames = new Set([
      ...graph.initializerMeta.map((t) => t.name),
      ...(graph.sparse_initializer ?? []).map((s) => s.values?.name ?? ''),
    ]);
    await checkGraph(graph, new Set(), initializerNames, dir, findings, 'graph');
    const inputs = (graph.input ?? []).filter((v) => !initializerNames.has(v.name ?? ''));
    result.signature = { inputs: inputs.map(toSpec), outputs: (graph.output ?? []).map(toSpec) };
    result.details = {
      irVersion,
      producer,
      opsets: opsets.map((o) => ({ domain: o.domain || 'ai.onnx', version: o.version })),
      nodes: graph.node?.length ?? 0,
      initializers: graph.initializerMeta.length,
    };
  } catch (error) {
    if (
      !(error instanceof WireError) &&
      !(error instanceof RangeError) &&
      !/invalid|index out of range/i.test((error as Error).message)
    )
      throw error;
    findings.error('ONNX_MALFORMED', `protobuf does not parse: ${(error as Error).message}`, {
      offset: error instanceof WireError ? error.offset : undefined,
    });
  } finally {
    await file.close();
  }
  return result;
}

async function walkGraph(file: FileWindow, start: number, end: number): Promise<WalkedGraph> {
  const graph: WalkedGraph = {
    node: [],
    input: [],
    output: [],
    sparse_initializer: [],
    initializerMeta: [],
  };
  for await (const field of file.fields(start, end)) {
    if (field.wireType !== 2) continue;
    const s = field.start as number;
    const n = field.length as number;
    if (field.number === 5) graph.initializerMeta.push(await walkTensor(file, s, s + n));
    else if (field.number === 1) {
      if (n > MAX_NODE) throw new WireError(`a node of ${n} bytes is too large to check`, s);
      graph.node!.push(decodeOnnx(onnxType('NodeProto'), await file.bytes(s, n)));
    } else if (field.number === 11)
      graph.input!.push(decodeOnnx(onnxType('ValueInfoProto'), await file.bytes(s, n)));
    else if (field.number === 12)
      graph.output!.push(decodeOnnx(onnxType('ValueInfoProto'), await file.bytes(s, n)));
    else if (field.number === 15 && n <= MAX_NODE)
      graph.sparse_initializer!.push(
        decodeOnnx(onnxType('SparseTensorProto'), await file.bytes(s, n)),
      );
  }
  return graph;
}

/** Reads a TensorProto's metadata from the file, counting (not loading) its data. */
async function walkTensor(file: FileWindow, start: number, end: number): Promise<TensorMeta> {
  const meta: TensorMeta = {
    name: '',
    dims: [],
    dataType: 0,
    typed: {},
    external: {},
    location: 0,
  };
  const bump = (field: number, n: number) => (meta.typed[field] = (meta.typed[field] ?? 0) + n);
  for await (const f of file.fields(start, end)) {
    const s = f.start as number;
    const n = f.length as number;
    if (f.number === 1) {
      if (f.wireType === 0) meta.dims.push(f.value as number);
      else if (f.wireType === 2) {
        const packed = await file.bytes(s, n);
        const decoded = decodeOnnx<{ dims?: number[] }>(
          onnxType('TensorProto'),
          Buffer.concat([Buffer.from([0x0a, ...varint(n)]), packed]),
        );
        meta.dims.push(...(decoded.dims ?? []));
      }
    } else if (f.number === 2 && f.wireType === 0) meta.dataType = f.value as number;
    else if (f.number === 8 && f.wireType === 2)
      meta.name = (await file.bytes(s, n)).toString('utf8');
    else if (f.number === 9 && f.wireType === 2) meta.raw = n;
    else if (f.number === 14 && f.wireType === 0) meta.location = f.value as number;
    else if (f.number === 13 && f.wireType === 2) {
      const entry = decodeOnnx<{ key?: string; value?: string }>(
        onnxType('StringStringEntryProto'),
        await file.bytes(s, n),
      );
      if (entry.key) meta.external[entry.key] = entry.value ?? '';
    } else if (f.number === 6) bump(6, 1);
    else if (f.number === 4) bump(4, f.wireType === 2 ? n / 4 : 1);
    else if (f.number === 10) bump(10, f.wireType === 2 ? n / 8 : 1);
    else if (f.number === 5 || f.number === 7 || f.number === 11) {
      bump(f.number, f.wireType === 2 ? await file.countVarints(s, n) : 1);
    }
  }
  return meta;
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** Every node input must be produced before it is used; subgraphs see their outer scope. */
async function checkGraph(
  graph: Graph,
  outer: Set<string>,
  initializers: Set<string>,
  dir: string,
  findings: EntryFindings,
  where: string,
): Promise<void> {
  const available = new Set([
    ...outer,
    ...initializers,
    ...(graph.input ?? []).map((v) => v.name ?? ''),
  ]);
  for (const [index, node] of (graph.node ?? []).entries()) {
    const label = `${where} node ${node.name ? `'${node.name}'` : `#${index}`} (${node.op_type ?? '?'})`;
    for (const input of node.input ?? []) {
      if (input !== '' && !available.has(input)) {
        findings.error(
          'ONNX_DANGLING_INPUT',
          `${label} uses '${input}', which no graph input, initializer or earlier node produces`,
        );
      }
    }
    for (const attribute of node.attribute ?? []) {
      for (const tensor of [attribute.t, ...(attribute.tensors ?? [])]) {
        if (tensor)
          await checkTensorData(
            metaOfDecoded({ name: `${label} attribute ${attribute.name}`, ...tensor }),
            dir,
            findings,
          );
      }
      for (const sub of [attribute.g, ...(attribute.graphs ?? [])]) {
        if (!sub) continue;
        const subInit = (sub.initializer ?? []).map(metaOfDecoded);
        for (const tensor of subInit) await checkTensorData(tensor, dir, findings);
        await checkGraph(
          sub,
          available,
          new Set(subInit.map((t) => t.name)),
          dir,
          findings,
          `${label} subgraph '${attribute.name}'`,
        );
      }
    }
    for (const output of node.output ?? []) if (output !== '') available.add(output);
  }
  for (const output of graph.output ?? []) {
    if (output.name && !available.has(output.name)) {
      findings.error(
        'ONNX_DANGLING_OUTPUT',
        `${where} output '${output.name}' is not produced by any node, input or initializer`,
      );
    }
  }
}

function toSpec(value: ValueInfo): TensorSpec {
  const tensor = value.type?.tensor_type;
  if (!tensor) {
    const kind =
      Object.keys(value.type ?? {})
        .find((k) => k.endsWith('_type'))
        ?.replace('_type', '') ?? 'unknown';
    return { name: value.name ?? '', dtype: kind, shape: [] };
  }
  const dtype = ONNX_DTYPES[tensor.elem_type ?? 0]?.[0] ?? `type${tensor.elem_type ?? 0}`;
  if (!tensor.shape) return { name: value.name ?? '', dtype, shape: null };
  const shape = (tensor.shape.dim ?? []).map((d) =>
    d.dim_value !== undefined
      ? d.dim_value
      : d.dim_param !== undefined && d.dim_param !== ''
        ? d.dim_param
        : null,
  );
  return { name: value.name ?? '', dtype, shape };
}
