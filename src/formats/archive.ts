/**
 * Zip-based model files: PyTorch checkpoints, Keras v3, NumPy .npz, and pickles in any zip.
 * Loaders choose what they read by layout and content, not by the names a scanner might
 * expect, so every member is routed by its own bytes: a pickle is scanned wherever it is
 * and whatever it is called, an .npy (an .npz member needs no suffix) is checked, a zip
 * inside (Keras weights may be an .npz) is opened in turn. Only PyTorch's raw tensor
 * storage (`<archive>/data/<key>`, where `<archive>` is the first entry's folder, as
 * torch's reader takes it) is passed over. A Keras config is checked whenever present.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FindingList } from './findings.js';
import type { ModelFormat, ParseOptions, ParseResult } from './format.js';
import { checkKerasConfig } from './keras.js';
import { checkNpy, looksLikeNpy } from './numpy.js';
import { describeImports, scanWithPolicy } from './pickle-file.js';
import { looksLikePickle, startsPickle } from './pickle/scanner.js';
import { StreamReader } from './stream-reader.js';
import { readZip, type ZipArchive, type ZipEntry } from './zip.js';

const MAX_CONFIG = 64 << 20;
const MAX_DEPTH = 3;
const PICKLE_NAME = /\.(pkl|pickle|joblib|pt|pth|ckpt)$/i;
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/** Validates a zip-based model file and returns its format. */
export async function parseZipModel(
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
  depth = 0,
): Promise<ParseResult> {
  const zip = await readZip(path, size, findings);
  if (!zip) return { format: 'pickle' };
  try {
    const names = zip.entries.map((e) => e.name);
    const keras =
      names.includes('config.json') &&
      (names.includes('metadata.json') || names.some((n) => /^model\.weights\./.test(n)));
    // torch's reader: the archive folder is the first entry's, its pickle `<archive>/data.pkl`.
    const archive = names[0]?.includes('/') ? names[0].slice(0, names[0].indexOf('/')) : undefined;
    const torch = archive !== undefined && names.includes(`${archive}/data.pkl`);
    const kind: ModelFormat = keras ? 'keras' : torch ? 'pytorch' : 'pickle';
    const result = await scanEntries(
      zip,
      { kind, archive: torch ? archive : undefined, depth },
      findings,
      options,
    );
    if (keras) Object.assign(result.details ?? {}, await readKerasConfig(zip, findings));
    if (!keras && !torch && names.length > 0 && result.npy === names.length)
      return { ...result, format: 'numpy' };
    return result;
  } finally {
    zip.close();
  }
}

async function readKerasConfig(
  zip: ZipArchive,
  findings: FindingList,
): Promise<Record<string, unknown>> {
  const entry = zip.entries.find((e) => e.name === 'config.json') as ZipEntry;
  const at = findings.forEntry('config.json');
  if (entry.uncompressedSize > MAX_CONFIG) {
    at.error(
      'KERAS_CONFIG_TOO_LARGE',
      `config.json is ${entry.uncompressedSize} bytes (limit ${MAX_CONFIG})`,
    );
    return {};
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.open(entry)) chunks.push(chunk);
  let config: unknown;
  try {
    config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    at.error('KERAS_BAD_CONFIG', `config.json does not parse: ${(error as Error).message}`);
    return {};
  }
  const checked = checkKerasConfig(config, at);
  const root = config as { class_name?: string };
  return { model: root?.class_name, ...checked };
}

interface Layout {
  kind: ModelFormat;
  /** torch's archive folder, whose `data/` holds raw tensor storage. */
  archive?: string;
  depth: number;
}

async function scanEntries(
  zip: ZipArchive,
  layout: Layout,
  findings: FindingList,
  options: ParseOptions,
): Promise<ParseResult & { npy: number }> {
  const scanned: Record<string, unknown>[] = [];
  let torchScript = false;
  let npy = 0;
  const storage = layout.archive !== undefined ? `${layout.archive}/data/` : undefined;
  for (const entry of zip.entries) {
    const at = findings.forEntry(entry.name);
    if (storage && entry.name.startsWith(storage)) continue; // raw tensor bytes, never unpickled
    if (/(^|\/)code\//.test(entry.name)) torchScript = true;
    const reader = new StreamReader(await zip.open(entry));
    try {
      const head = await reader.peek(64);
      if (looksLikeNpy(head)) {
        npy += 1;
        const result = await checkNpy(reader, entry.uncompressedSize, at, options);
        scanned.push({
          entry: entry.name,
          kind: 'npy',
          shape: result.shape,
          globals: result.pickle ? describeImports(result.pickle) : [],
        });
      } else if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
        await reader.close();
        scanned.push(await scanNested(zip, entry, layout.depth, findings, options));
      } else if (
        PICKLE_NAME.test(entry.name) ||
        (await startsPickle(reader)) ||
        (await looksLikePickle(head))
      ) {
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
  if (layout.kind === 'pickle' && scanned.length === 0) {
    findings.error(
      'UNKNOWN_FORMAT',
      'zip archive holds no model file modelgate recognises (no pickle, .npy, Keras or PyTorch content)',
    );
  }
  return { format: layout.kind, details: { entries: zip.entries.length, scanned }, npy };
}

/** A zip inside the zip (Keras weights as .npz): copied out and read the same way. */
async function scanNested(
  zip: ZipArchive,
  entry: ZipEntry,
  depth: number,
  findings: FindingList,
  options: ParseOptions,
): Promise<Record<string, unknown>> {
  const at = findings.forEntry(entry.name);
  if (depth + 1 >= MAX_DEPTH) {
    at.error('ZIP_TOO_DEEP', `zips nested more than ${MAX_DEPTH} deep are not read`);
    return { entry: entry.name, kind: 'zip' };
  }
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-zip-'));
  try {
    const path = join(dir, 'inner.zip');
    await pipeline(await zip.open(entry), createWriteStream(path));
    const inner = new FindingList(entry.name);
    const result = await parseZipModel(path, entry.uncompressedSize, inner, options, depth + 1);
    for (const item of inner.items)
      findings.add(item.severity, item.code, item.message, {
        entry: item.location.entry ? `${entry.name}/${item.location.entry}` : entry.name,
        ...(item.location.offset !== undefined ? { offset: item.location.offset } : {}),
      });
    return { entry: entry.name, kind: 'zip', format: result.format, details: result.details };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
