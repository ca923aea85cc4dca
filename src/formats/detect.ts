/** Recognises a model format from a file's first bytes (and, for SavedModel, its name). */
import type { ModelFormat } from './format.js';
import { looksLikeGguf } from './gguf.js';
import { looksLikeHdf5 } from './keras.js';
import { looksLikeNpy } from './numpy.js';
import { looksLikeOnnx } from './onnx.js';
import { compressionOf } from './pickle-file.js';
import { looksLikePickle } from './pickle/scanner.js';
import { looksLikeSafetensors } from './safetensors.js';
import { isSavedModelPb } from './savedmodel.js';
import { looksLikeZip } from './zip.js';

/** What detection found: a format, or a container whose format its content decides. */
export type Detected = ModelFormat | 'zip' | 'compressed-pickle' | 'h5';

/** Bytes read from the start of each file for detection. */
export const HEAD_BYTES = 64 * 1024;

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
