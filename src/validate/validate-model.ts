/**
 * validate-model's domain: list the model's files, hash them (in parallel, on worker
 * threads) while parsing each one by its detected format, then check the size limit,
 * the declared signature and the model card. Never executes or unpickles anything.
 */
import { formatBytes } from '../core/size.js';
import type { Logger } from '../core/logger.js';
import { createProgress } from '../core/progress.js';
import { HashPool } from '../digest/hash-pool.js';
import { isUtf8 } from 'node:buffer';
import { parseZipModel } from '../formats/archive.js';
import { parseKerasH5 } from '../formats/h5.js';
import { detectFormat, readHead, type Detected } from '../formats/detect.js';
import {
  FindingList,
  type Finding,
  type ModelSignature,
  type TensorSummary,
} from '../formats/findings.js';
import type { ModelFormat, ParseOptions, ParseResult } from '../formats/format.js';
import { parseGguf } from '../formats/gguf.js';
import { checkNpyFile } from '../formats/numpy-file.js';
import { parseOnnx } from '../formats/onnx.js';
import { parsePickleFile } from '../formats/pickle-file.js';
import type { PicklePolicy } from '../formats/pickle/policy.js';
import { parseSafetensors } from '../formats/safetensors.js';
import { parseSavedModel, parseSavedModelText } from '../formats/savedmodel.js';
import { checkModelCard, type ModelCard } from './model-card.js';
import { listModelFiles } from '../model/model-files.js';
import { modelDigest } from '../model/model-digest.js';
import { checkSignature, type SignatureContract } from './signature-contract.js';

export interface ValidateOptions {
  model: string;
  format: 'auto' | ModelFormat;
  contract?: SignatureContract;
  maxSize?: number;
  policy: PicklePolicy;
  allowGlobals: string[];
  requireModelCard: boolean;
  log: Logger;
}

export interface FileReport {
  path: string;
  size: number;
  sha256: string;
  format?: ModelFormat;
  signature?: ModelSignature;
  tensors?: TensorSummary;
  details?: Record<string, unknown>;
}

export interface ValidationResult {
  model: string;
  kind: 'file' | 'directory';
  format: ModelFormat | 'unknown';
  digest: string;
  size: number;
  files: FileReport[];
  signature?: ModelSignature;
  tensors?: TensorSummary;
  modelCard?: ModelCard;
  findings: Finding[];
}

/** Validates a model file or directory. Throws ConfigurationError only for unusable input. */
export async function validateModel(options: ValidateOptions): Promise<ValidationResult> {
  const findings = new FindingList('.');
  const listing = await listModelFiles(options.model, findings);
  const total = listing.files.reduce((sum, f) => sum + f.size, 0);
  const parseOptions: ParseOptions = {
    policy: options.policy,
    allowGlobals: new Set(options.allowGlobals),
    root: listing.root,
  };
  const pool = new HashPool();
  const reports: FileReport[] = [];
  const all: Finding[] = [...findings.items];
  try {
    await options.log.group(
      `Validating ${listing.files.length} file(s), ${formatBytes(total)}`,
      async () => {
        const progress = createProgress({
          label: 'hashed',
          total,
          log: (line) => options.log.info(line),
        });
        const hashes = pool.hashAll(
          listing.files.map((file) => ({ path: file.absolute, size: file.size })),
          (n) => progress.add(n),
        );
        hashes.forEach((h) => h.catch(() => undefined));
        for (const [index, file] of listing.files.entries()) {
          const fileFindings = new FindingList(file.path);
          const parsed = await parseFile(
            file.absolute,
            file.path,
            file.size,
            options.format,
            listing.kind,
            fileFindings,
            parseOptions,
          );
          all.push(...fileFindings.items);
          const hash = await hashes[index];
          reports.push({ path: file.path, size: file.size, sha256: hash.hex, ...parsed });
        }
        progress.done();
      },
    );
  } finally {
    await pool.close();
  }
  const result = summarise(options, listing.kind, reports, total);
  const extra = new FindingList(listing.kind === 'file' ? listing.files[0].path : '.');
  if (listing.files.length === 0) extra.error('EMPTY_MODEL', 'the model directory holds no files');
  else if (result.format === 'unknown') {
    extra.error(
      'UNKNOWN_FORMAT',
      listing.kind === 'file'
        ? 'the model format could not be recognised from its content'
        : 'no model file was recognised in the directory',
    );
  }
  if (options.maxSize !== undefined && total > options.maxSize) {
    extra.error(
      'MODEL_TOO_LARGE',
      `model is ${formatBytes(total)}, over max-size ${formatBytes(options.maxSize)}`,
    );
  }
  if (options.contract) checkSignature(options.contract, result.signature, extra);
  result.modelCard = await checkModelCard(listing.root, options.requireModelCard, extra);
  result.findings = [...all, ...extra.items];
  return result;
}

const FAMILY: Record<Detected, ModelFormat[]> = {
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
async function parseFile(
  absolute: string,
  relative: string,
  size: number,
  declared: 'auto' | ModelFormat,
  kind: 'file' | 'directory',
  findings: FindingList,
  options: ParseOptions,
): Promise<Omit<FileReport, 'path' | 'size' | 'sha256'>> {
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

/** The model's format, signature and tensors: a SavedModel or the largest model file decides. */
function summarise(
  options: ValidateOptions,
  kind: 'file' | 'directory',
  files: FileReport[],
  size: number,
): ValidationResult {
  const models = files.filter((f) => f.format);
  const primary =
    models.find((f) => f.format === 'savedmodel') ?? [...models].sort((a, b) => b.size - a.size)[0];
  let tensors: TensorSummary | undefined;
  for (const file of models) {
    if (!file.tensors) continue;
    tensors ??= { tensors: 0, parameters: 0, dtypes: {} };
    tensors.tensors += file.tensors.tensors;
    tensors.parameters += file.tensors.parameters;
    for (const [dtype, n] of Object.entries(file.tensors.dtypes))
      tensors.dtypes[dtype] = (tensors.dtypes[dtype] ?? 0) + n;
  }
  const digest = modelDigest(kind, files);
  return {
    model: options.model,
    kind,
    format: primary?.format ?? 'unknown',
    digest,
    size,
    files,
    signature: primary?.signature ?? models.find((f) => f.signature)?.signature,
    tensors,
    findings: [],
  };
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
  return (await parseFile(absolute, relative, size, 'auto', 'file', findings, options)).format;
}
