/** ONNX TensorProto data checks: the stored bytes or values match dims and type. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { escapesDirectory } from './contained-path.js';
import type { EntryFindings } from './findings.js';
import { elementCount } from './format.js';
import { ONNX_DTYPES } from './onnx-schema.js';

/** What a tensor declares and holds, without its data. */
export interface TensorMeta {
  name: string;
  dims: number[];
  dataType: number;
  /** Length of raw_data, when present. */
  raw?: number;
  /** Number of values per typed field number (4 float_data, 5 int32_data, ...). */
  typed: Record<number, number>;
  external: Record<string, string>;
  location: number;
}

/** The typed field that holds values of a data type, and values per element. */
function typedField(dataType: number): [number, number] {
  if (dataType === 1) return [4, 1];
  if (dataType === 14) return [4, 2];
  if (dataType === 7) return [7, 1];
  if (dataType === 8) return [6, 1];
  if (dataType === 11) return [10, 1];
  if (dataType === 15) return [10, 2];
  if (dataType === 12 || dataType === 13) return [11, 1];
  if (dataType >= 21 && dataType <= 23) return [5, 0.5];
  return [5, 1];
}

/** Checks one initializer or constant tensor; `dir` is where external data must live. */
export async function checkTensorData(
  tensor: TensorMeta,
  dir: string,
  findings: EntryFindings,
): Promise<void> {
  const label = `initializer '${tensor.name}'`;
  const type = ONNX_DTYPES[tensor.dataType];
  if (!type) {
    findings.error('ONNX_BAD_TENSOR', `${label} has unknown data_type ${tensor.dataType}`);
    return;
  }
  const count = elementCount(tensor.dims);
  if (count < 0) {
    findings.error('ONNX_BAD_TENSOR', `${label} has invalid dims ${JSON.stringify(tensor.dims)}`);
    return;
  }
  const [, bits] = type;
  const expectedBytes = Math.ceil((count * bits) / 8);
  if (tensor.location === 1) {
    await checkExternal(tensor, label, expectedBytes, dir, findings);
    return;
  }
  if (tensor.raw !== undefined) {
    if (tensor.dataType === 8)
      findings.error('ONNX_BAD_TENSOR', `${label} is a string tensor with raw_data`);
    else if (tensor.raw !== expectedBytes) {
      findings.error(
        'ONNX_INITIALIZER_SIZE',
        `${label} holds ${tensor.raw} bytes of raw_data but ${type[0]}${JSON.stringify(tensor.dims)} needs ${expectedBytes}`,
      );
    }
    return;
  }
  const [field, perElement] = typedField(tensor.dataType);
  const expected = Math.ceil(count * perElement);
  const held = tensor.typed[field] ?? 0;
  if (held !== expected) {
    findings.error(
      'ONNX_INITIALIZER_SIZE',
      `${label} holds ${held} values but ${type[0]}${JSON.stringify(tensor.dims)} needs ${expected}`,
    );
  }
}

async function checkExternal(
  tensor: TensorMeta,
  label: string,
  expectedBytes: number,
  dir: string,
  findings: EntryFindings,
): Promise<void> {
  const location = tensor.external.location;
  if (!location) {
    findings.error('ONNX_EXTERNAL_DATA', `${label} is stored externally but names no location`);
    return;
  }
  const escape = await escapesDirectory(dir, location);
  if (escape) {
    findings.error(
      'ONNX_EXTERNAL_PATH',
      `${label} external data '${location}' points outside the model directory (it ${escape})`,
    );
    return;
  }
  const offset = Number(tensor.external.offset ?? 0);
  const declared =
    tensor.external.length === undefined ? undefined : Number(tensor.external.length);
  let size: number;
  try {
    const info = await stat(join(dir, location));
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    findings.error(
      'ONNX_EXTERNAL_MISSING',
      `${label} external data file '${location}' is missing (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return;
  }
  const length = declared ?? size - offset;
  if (
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    !Number.isSafeInteger(length) ||
    length < 0 ||
    offset + length > size
  ) {
    findings.error(
      'ONNX_EXTERNAL_SHORT',
      `${label} needs bytes ${offset}..${offset + length} of '${location}', which is ${size} bytes`,
    );
  } else if (length !== expectedBytes) {
    findings.error(
      'ONNX_INITIALIZER_SIZE',
      `${label} external data is ${length} bytes but needs ${expectedBytes}`,
    );
  }
}

interface DecodedTensor {
  name?: string;
  dims?: number[];
  data_type?: number;
  raw_data?: Uint8Array;
  float_data?: number[];
  int32_data?: number[];
  string_data?: Uint8Array[];
  int64_data?: number[];
  double_data?: number[];
  uint64_data?: number[];
  external_data?: { key?: string; value?: string }[];
  data_location?: number;
}

/** TensorMeta of a tensor decoded by protobufjs (constants and subgraph initializers). */
export function metaOfDecoded(tensor: DecodedTensor): TensorMeta {
  const typed: Record<number, number> = {};
  const fields: [number, unknown[] | undefined][] = [
    [4, tensor.float_data],
    [5, tensor.int32_data],
    [6, tensor.string_data],
    [7, tensor.int64_data],
    [10, tensor.double_data],
    [11, tensor.uint64_data],
  ];
  for (const [field, values] of fields) if (values?.length) typed[field] = values.length;
  const external: Record<string, string> = {};
  for (const entry of tensor.external_data ?? [])
    if (entry.key) external[entry.key] = entry.value ?? '';
  return {
    name: tensor.name ?? '',
    dims: tensor.dims ?? [],
    dataType: tensor.data_type ?? 0,
    raw: tensor.raw_data && tensor.raw_data.length > 0 ? tensor.raw_data.length : undefined,
    typed,
    external,
    location: tensor.data_location ?? 0,
  };
}
