/**
 * The format registry: what each detected kind of file is (the formats it may turn out
 * to be) and which parser reads it. validate-model parses every file through it;
 * build-image asks it to name a model's format. Detection by content stays in detect.ts,
 * which loads no parser, so naming a format by its head costs little.
 */
import { isUtf8 } from 'node:buffer';
import { parseZipModel } from './archive.js';
import { detectFormat, readHead, type Detected } from './detect.js';
import { FindingList } from './findings.js';
import type { ModelFormat, ParseOptions, ParseResult } from './format.js';
import { parseGguf } from './gguf.js';
import { parseKerasH5 } from './h5.js';
import { checkNpyFile } from './numpy-file.js';
import { parseOnnx } from './onnx.js';
import { parsePickleFile } from './pickle-file.js';
import { parseSafetensors } from './safetensors.js';
import { parseSavedModel, parseSavedModelText } from './savedmodel.js';

/** What a file of each detected kind may be (a zip is PyTorch, Keras, .npz, or joblib). */
export const FAMILY: Record<Detected, ModelFormat[]> = {
  onnx: ['onnx'],
  safetensors: ['safetensors'],
  gguf: ['gguf'],
  savedmodel: ['savedmodel'],
  numpy: ['numpy'],
  h5: ['keras'],
  pickle: ['pickle', 'joblib', 'pytorch'],
  'compressed-pickle': ['joblib', 'pickle'],
  zip: ['pytorch', 'keras', 'numpy', 'pickle', 'joblib'],
  joblib: ['joblib', 'pickle'],
  pytorch: ['pytorch', 'pickle'],
  keras: ['keras'],
};

/** Parses one file by its detected format; undefined format for files that are not models. */
export async function parseModelFile(
  absolute: string,
  relative: string,
  size: number,
  declared: 'auto' | ModelFormat,
  kind: 'file' | 'directory',
  findings: FindingList,
  options: ParseOptions,
): Promise<Partial<ParseResult>> {
  let head: Buffer;
  try {
    head = await readHead(absolute);
  } catch (error) {
    findings.error(
      'UNREADABLE',
      `cannot read '${relative}' (${(error as NodeJS.ErrnoException).code})`,
    );
    return {};
  }
  const detected = await detectFormat(head, relative);
  if (!detected) {
    if (kind === 'directory') noteUnrecognised(relative, head, findings);
    return {};
  }
  if (declared !== 'auto' && !FAMILY[detected].includes(declared)) {
    if (kind === 'file')
      findings.error('FORMAT_MISMATCH', `format is '${declared}' but the content is ${detected}`);
    return {};
  }
  const parsed = await runParser(detected, absolute, size, findings, options, head);
  if (
    declared !== 'auto' &&
    kind === 'file' &&
    !FAMILY[declared].includes(parsed.format) &&
    parsed.format !== declared
  ) {
    findings.error(
      'FORMAT_MISMATCH',
      `format is '${declared}' but the content is ${parsed.format}`,
    );
  }
  return parsed;
}

/**
 * A file of a model directory that is no model format: text (configs, tokenizers, the
 * card) is passed over; Python source is a warning (a loader with trust_remote_code runs it);
 * anything else binary is a warning, since which loader reads it is unknown.
 */
function noteUnrecognised(relative: string, head: Buffer, findings: FindingList): void {
  if (/\.py$/i.test(relative))
    findings.warning(
      'PYTHON_SOURCE',
      'Python source beside the model: a loader with trust_remote_code imports and runs it',
    );
  // A head cut inside a multi-byte character is still text: its last three bytes are not judged.
  else if (head.includes(0) || !isUtf8(head.subarray(0, Math.max(0, head.length - 3))))
    findings.warning(
      'UNKNOWN_FILE',
      'binary file of no model format modelgate reads: what loads it, and how, is unknown',
    );
}

function runParser(
  detected: Detected,
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
  head: Buffer,
): Promise<ParseResult> {
  switch (detected) {
    case 'safetensors':
      return parseSafetensors(path, size, findings);
    case 'gguf':
      return parseGguf(path, size, findings);
    case 'onnx':
      return parseOnnx(path, size, findings, options);
    case 'savedmodel':
      return path.endsWith('.pbtxt')
        ? parseSavedModelText(path, size, findings)
        : parseSavedModel(path, size, findings);
    case 'numpy':
      return checkNpyFile(path, size, findings, options);
    case 'zip':
      return parseZipModel(path, size, findings, options);
    case 'h5':
      return parseKerasH5(path, size, findings);
    default:
      return parsePickleFile(path, size, findings, options, head);
  }
}

/**
 * The format of one model file, detected and confirmed by its parser (a zip may be
 * PyTorch, Keras or .npz). Undefined when the file is not a model.
 */
export async function detectModelFormat(
  absolute: string,
  relative: string,
  size: number,
): Promise<ModelFormat | undefined> {
  const findings = new FindingList(relative);
  const options: ParseOptions = { policy: 'denylist', allowGlobals: new Set(), root: absolute };
  return (await parseModelFile(absolute, relative, size, 'auto', 'file', findings, options)).format;
}
