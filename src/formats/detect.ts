/**
 * Recognises a model format from a file's first bytes (and, for SavedModel, its name).
 * Kept apart from the parsers' heavy dependencies (protobufjs, yauzl), so that naming a
 * format costs little to load.
 */
import { open } from 'node:fs/promises';
import type { ModelFormat } from './format.js';
import { looksLikeGguf } from './gguf.js';
import { looksLikeHdf5 } from './keras.js';
import { looksLikeNpy } from './numpy.js';
import { compressionOf } from './pickle-file.js';
import { looksLikePickle } from './pickle/scanner.js';
import { looksLikeMessage } from './protobuf-file.js';
import { looksLikeSafetensors } from './safetensors.js';

/** What detection found: a format, or a container whose format its content decides. */
export type Detected = ModelFormat | 'zip' | 'compressed-pickle' | 'h5';

/** Bytes read from the start of each file for detection. */
export const HEAD_BYTES = 64 * 1024;

/** ModelProto fields and their wire types, for detection by content. */
const ONNX_MODEL_FIELDS: Record<number, number> = {
  1: 0,
  2: 2,
  3: 2,
  4: 2,
  5: 0,
  6: 2,
  7: 2,
  8: 2,
  14: 2,
  20: 2,
  25: 2,
};

/** True when the head parses as a ModelProto carrying an IR version, graph or opset. */
export function looksLikeOnnx(head: Buffer): boolean {
  return looksLikeMessage(head, ONNX_MODEL_FIELDS, 2, [1, 7, 8]);
}

/** True when the bytes start with a zip local file header. */
export function looksLikeZip(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}

/** True for a file named saved_model.pb or .pbtxt (SavedModel is recognised by its layout). */
export function isSavedModelPb(relativePath: string): boolean {
  return /(^|\/)saved_model\.pb(txt)?$/.test(relativePath);
}

/** The first HEAD_BYTES of a file (fewer when it is shorter). */
export async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The format a detection names by itself; undefined for containers (zip, pickle,
 * compressed pickle) whose content decides between PyTorch, Keras, joblib, pickle, .npz.
 */
export function formatOf(detected: Detected): ModelFormat | undefined {
  if (detected === 'h5') return 'keras';
  const named: Detected[] = ['safetensors', 'gguf', 'numpy', 'onnx', 'savedmodel'];
  return named.includes(detected) ? (detected as ModelFormat) : undefined;
}

/** Detects the format of a file from its head; `relativePath` only picks out saved_model.pb. */
export async function detectFormat(
  head: Buffer,
  relativePath: string,
): Promise<Detected | undefined> {
  if (isSavedModelPb(relativePath)) return 'savedmodel';
  if (looksLikeSafetensors(head)) return 'safetensors';
  if (looksLikeGguf(head)) return 'gguf';
  if (looksLikeNpy(head)) return 'numpy';
  if (looksLikeZip(head)) return 'zip';
  if (looksLikeHdf5(head)) return 'h5';
  if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5) return 'pickle';
  const compression = compressionOf(head);
  if (compression && /\.(joblib|pkl|pickle|z|gz|bz2|xz|lzma|lz4)$/i.test(relativePath))
    return 'compressed-pickle';
  if (looksLikeOnnx(head)) return 'onnx';
  if (await looksLikePickle(head)) return 'pickle';
  return undefined;
}
