/**
 * Legacy Keras `.h5` models (HDF5): the model's config is the root attribute
 * `model_config` (and the compile settings `training_config`), JSON that Keras reads to
 * import and build every layer. It is read with jsfive (a maintained pure-JS HDF5 reader)
 * and checked like a .keras config; a file whose config cannot be read is an error, since
 * what it would load is unknown. jsfive reads from one buffer, so files over MAX_H5 are
 * refused with a way out (save the model as .keras, which is read entry by entry).
 */
import { readFile } from 'node:fs/promises';
import type { FindingList } from './findings.js';
import type { ParseResult } from './format.js';
import { checkKerasConfig } from './keras.js';

const MAX_H5 = 2 * 1024 ** 3;

/** Validates a legacy Keras HDF5 model by its config attributes. */
export async function parseKerasH5(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ParseResult> {
  if (size > MAX_H5) {
    findings.error(
      'KERAS_H5_UNREAD',
      `legacy HDF5 model of ${size} bytes: too large to read its config here; save it as .keras`,
    );
    return { format: 'keras' };
  }
  let attrs: Record<string, unknown>;
  try {
    const { File } = await import('jsfive');
    const bytes = await readFile(path);
    const file = new File(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      path,
    );
    attrs = file.attrs as Record<string, unknown>;
  } catch (error) {
    findings.error(
      'KERAS_H5_UNREAD',
      `legacy HDF5 model whose attributes cannot be read (${(error as Error).message}); what it would load is unknown`,
    );
    return { format: 'keras' };
  }
  const details: Record<string, unknown> = {};
  for (const name of ['model_config', 'training_config']) {
    const raw = attrs[name];
    if (raw === undefined) continue;
    const text = typeof raw === 'string' ? raw : Buffer.from(raw as Uint8Array).toString('utf8');
    let config: unknown;
    try {
      config = JSON.parse(text);
    } catch (error) {
      findings.error('KERAS_BAD_CONFIG', `${name} is not JSON: ${(error as Error).message}`);
      continue;
    }
    const checked = checkKerasConfig(config, {
      error: (code, message) => findings.error(code, `${name}: ${message}`),
      warning: (code, message) => findings.warning(code, `${name}: ${message}`),
      note: (code, message) => findings.note(code, `${name}: ${message}`),
    });
    if (name === 'model_config')
      Object.assign(details, {
        model: (config as { class_name?: string })?.class_name,
        ...checked,
      });
  }
  if (attrs.model_config === undefined)
    findings.note('KERAS_H5_WEIGHTS', 'HDF5 file without a model config: weights only');
  return { format: 'keras', details };
}
