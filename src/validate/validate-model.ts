/**
 * validate-model's domain: list the model's files, hash them (in parallel, on worker
 * threads) while parsing each one by its detected format, then check the size limit,
 * the declared signature and the model card. Never executes or unpickles anything.
 */
import { formatBytes } from '../core/size.js';
import type { Logger } from '../core/logger.js';
import { createProgress } from '../core/progress.js';
import { HashPool } from '../digest/hash-pool.js';
import {
  FindingList,
  type Finding,
  type ModelSignature,
  type TensorSummary,
} from '../formats/findings.js';
import type { ModelFormat, ParseOptions } from '../formats/format.js';
import { parseModelFile } from '../formats/registry.js';
import type { PicklePolicy } from '../formats/pickle/policy.js';
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
          const parsed = await parseModelFile(
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
