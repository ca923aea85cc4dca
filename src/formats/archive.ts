/** Zip-based model files: PyTorch checkpoints, Keras v3, NumPy .npz, and pickles in any zip. */
import type { FindingList } from './findings.js';
import type { ModelFormat, ParseOptions, ParseResult } from './format.js';
import { checkKerasConfig } from './keras.js';
import { checkNpy } from './numpy.js';
import { describeImports, scanWithPolicy } from './pickle-file.js';
import { startsPickle } from './pickle/scanner.js';
import { StreamReader } from './stream-reader.js';
import { readZip, type ZipArchive, type ZipEntry } from './zip.js';

const MAX_CONFIG = 64 << 20;
const PICKLE_NAME = /\.(pkl|pickle|joblib)$/i;

/** Validates a zip-based model file and returns its format. */
export async function parseZipModel(
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
): Promise<ParseResult> {
  const zip = await readZip(path, size, findings);
  if (!zip) return { format: 'pickle' };
  try {
    const names = zip.entries.map((e) => e.name);
    if (
      names.includes('config.json') &&
      (names.includes('metadata.json') || names.includes('model.weights.h5'))
    ) {
      return await parseKeras(zip, findings);
    }
    const kind: ModelFormat = names.some((n) => /(^|\/)data\.pkl$/.test(n))
      ? 'pytorch'
      : names.length > 0 && names.every((n) => n.endsWith('.npy'))
        ? 'numpy'
        : 'pickle';
    return await scanEntries(zip, kind, findings, options);
  } finally {
    zip.close();
  }
}

async function parseKeras(zip: ZipArchive, findings: FindingList): Promise<ParseResult> {
  const entry = zip.entries.find((e) => e.name === 'config.json') as ZipEntry;
  const at = findings.forEntry('config.json');
  if (entry.uncompressedSize > MAX_CONFIG) {
    at.error(
      'KERAS_CONFIG_TOO_LARGE',
      `config.json is ${entry.uncompressedSize} bytes (limit ${MAX_CONFIG})`,
    );
    return { format: 'keras' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.open(entry)) chunks.push(chunk);
  let config: unknown;
  try {
    config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    at.error('KERAS_BAD_CONFIG', `config.json does not parse: ${(error as Error).message}`);
    return { format: 'keras' };
  }
  const checked = checkKerasConfig(config, at);
  const root = config as { class_name?: string };
  return { format: 'keras', details: { model: root?.class_name, ...checked } };
}

async function scanEntries(
  zip: ZipArchive,
  kind: ModelFormat,
  findings: FindingList,
  options: ParseOptions,
): Promise<ParseResult> {
  const scanned: Record<string, unknown>[] = [];
  let torchScript = false;
  for (const entry of zip.entries) {
    const at = findings.forEntry(entry.name);
    if (kind === 'pytorch' && /(^|\/)data\//.test(entry.name)) continue; // raw tensor storage
    if (/(^|\/)code\//.test(entry.name)) torchScript = true;
    const reader = new StreamReader(await zip.open(entry));
    try {
      if (entry.name.endsWith('.npy')) {
        const npy = await checkNpy(reader, entry.uncompressedSize, at, options);
        scanned.push({
          entry: entry.name,
          kind: 'npy',
          shape: npy.shape,
          globals: npy.pickle ? describeImports(npy.pickle) : [],
        });
      } else if (PICKLE_NAME.test(entry.name) || (await startsPickle(reader))) {
        const scan = await scanWithPolicy(reader, at, options);
        scanned.push({ entry: entry.name, kind: 'pickle', globals: describeImports(scan) });
      }
    } finally {
      await reader.close();
    }
  }
  if (torchScript) {
    findings.warning(
      'TORCHSCRIPT_CODE',
      'archive holds TorchScript code (code/): torch.jit.load compiles and runs it; it is not scanned',
    );
  }
  if (kind === 'pickle' && scanned.length === 0) {
    findings.error(
      'UNKNOWN_FORMAT',
      'zip archive holds no model file modelgate recognises (no pickle, .npy, Keras or PyTorch content)',
    );
  }
  return { format: kind, details: { entries: zip.entries.length, scanned } };
}
