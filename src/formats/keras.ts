/**
 * Keras v3 `.keras` archives: the risk is in config.json, which names the classes and
 * functions Keras will import and call. Every object named anywhere in the nested config
 * must be a built-in Keras object on the allowlist (keras-allowlist.ts) from a `keras`
 * module: Lambda, TFSMLayer, `__lambda__`, functions outside the activations, losses and
 * metrics, anything outside keras, and lookup layers whose vocabulary is a file path are
 * errors. A denylist would miss what it does not name (an aliased Lambda).
 */
import type { EntryFindings } from './findings.js';
import { KERAS_CLASSES, KERAS_FUNCTIONS, VOCABULARY_LAYERS } from './keras-allowlist.js';

const MAX_DEPTH = 200;

/** Checks a parsed config.json; counts what it refused. */
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
    if ('class_name' in record) {
      const problem = judge(record);
      if (problem) {
        const className = String(record.class_name);
        if (/lambda/i.test(className) || className === 'TFSMLayer') lambdas += 1;
        else customObjects.add(`${String(record.module ?? '')}.${className}`.replace(/^\./, ''));
        findings.error(problem.code, `${problem.message} (at ${pointer || '/'})`);
      }
    }
    for (const [key, value] of Object.entries(record)) walk(value, `${pointer}/${key}`, depth + 1);
  };
  walk(config, '', 0);
  return { lambdas, customObjects: [...customObjects] };
}

/** Why Keras must not deserialize this object, or undefined when it may. */
function judge(record: Record<string, unknown>): { code: string; message: string } | undefined {
  const className = record.class_name;
  const module = record.module;
  const registered = record.registered_name;
  if (typeof className !== 'string')
    return { code: 'KERAS_CUSTOM_OBJECT', message: 'an object whose class_name is not a string' };
  if (className === 'Lambda' || className === 'TFOpLambda' || className === '__lambda__')
    return {
      code: 'KERAS_LAMBDA',
      message: `${className} runs arbitrary Python code when the model is loaded`,
    };
  if (className === 'TFSMLayer')
    return {
      code: 'KERAS_FILE_READ',
      message: 'TFSMLayer loads a SavedModel from the path in its config',
    };
  if (module !== undefined && module !== null) {
    if (typeof module !== 'string' || (module !== 'keras' && !module.startsWith('keras.')))
      return {
        code: 'KERAS_CUSTOM_OBJECT',
        message: `${className} comes from module '${String(module)}', outside keras: loading imports that code`,
      };
  }
  if (registered !== undefined && registered !== null && registered !== className) {
    const builtIn = typeof registered === 'string' && registered === `keras>${className}`;
    if (!builtIn && !(className === 'function' && registered === 'function'))
      return {
        code: 'KERAS_CUSTOM_OBJECT',
        message: `${className} is the registered object '${String(registered)}': loading needs code that is not Keras's`,
      };
  }
  if (className === 'function') {
    const name = record.config;
    if (typeof name === 'string' && KERAS_FUNCTIONS.has(name)) return undefined;
    return {
      code: 'KERAS_CUSTOM_OBJECT',
      message: `function '${String(name)}' is not a Keras activation, loss or metric: loading would call whatever it names`,
    };
  }
  if (!KERAS_CLASSES.has(className))
    return {
      code: 'KERAS_CUSTOM_OBJECT',
      message: `${className} is not a built-in Keras object modelgate knows to load no code and read no file`,
    };
  const vocabulary = (record.config as { vocabulary?: unknown } | undefined)?.vocabulary;
  if (VOCABULARY_LAYERS.has(className) && typeof vocabulary === 'string')
    return {
      code: 'KERAS_FILE_READ',
      message: `${className} reads its vocabulary from the file '${vocabulary}' when loaded`,
    };
  return undefined;
}

/** True when the bytes start with the HDF5 signature (legacy Keras .h5). */
export function looksLikeHdf5(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 0, 8) === '\x89HDF\r\n\x1a\n';
}
