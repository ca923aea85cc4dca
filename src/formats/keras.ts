/**
 * Keras v3 `.keras` archives: the risk is in config.json, which names the classes
 * Keras will import and call. Lambda layers carry Python code; any object from a
 * module outside `keras` is custom code that loading would import.
 */
import type { EntryFindings } from './findings.js';

const MAX_DEPTH = 200;

/** Checks a parsed config.json; returns the model's input specs found in InputLayers. */
export function checkKerasConfig(
  config: unknown,
  findings: EntryFindings,
): { lambdas: number; customObjects: string[] } {
  let lambdas = 0;
  const customObjects = new Set<string>();
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      findings.error(
        'KERAS_CONFIG_TOO_DEEP',
        `config.json nests deeper than ${MAX_DEPTH} levels at ${pointer}`,
      );
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${pointer}/${i}`, depth + 1));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const className = typeof record.class_name === 'string' ? record.class_name : undefined;
    if (className === 'Lambda' || className === 'TFOpLambda') {
      lambdas += 1;
      findings.error(
        'KERAS_LAMBDA',
        `${className} layer at ${pointer} runs arbitrary Python code when the model is loaded`,
      );
    }
    const module = record.module;
    if (typeof module === 'string' && module !== 'keras' && !module.startsWith('keras.')) {
      customObjects.add(`${module}.${className ?? '?'}`);
      findings.error(
        'KERAS_CUSTOM_OBJECT',
        `${className ?? 'object'} at ${pointer} comes from module '${module}', outside keras: loading imports that code`,
      );
    } else if (
      typeof record.registered_name === 'string' &&
      !record.registered_name.startsWith('keras')
    ) {
      customObjects.add(record.registered_name);
      findings.error(
        'KERAS_CUSTOM_OBJECT',
        `${className ?? 'object'} at ${pointer} is the registered custom object '${record.registered_name}': loading needs its code`,
      );
    }
    for (const [key, value] of Object.entries(record)) walk(value, `${pointer}/${key}`, depth + 1);
  };
  walk(config, '', 0);
  return { lambdas, customObjects: [...customObjects] };
}

/** True when the bytes start with the HDF5 signature (legacy Keras .h5). */
export function looksLikeHdf5(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 0, 8) === '\x89HDF\r\n\x1a\n';
}
