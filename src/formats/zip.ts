/**
 * Reading zip archives (PyTorch, Keras v3, .npz, any zip with pickles inside) with
 * yauzl, plus the checks yauzl leaves to us: names that escape the archive, entries
 * whose bytes overlap (quine bombs), and compression ratios no model has.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { FindingList } from './findings.js';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  entry: Entry;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** Streams an entry's inflated bytes; yauzl checks the size against the header. */
  open(entry: ZipEntry): Promise<AsyncIterable<Buffer>>;
  close(): void;
}

const MAX_ENTRIES = 100_000;
const MAX_RATIO = 200;
const RATIO_FLOOR = 64 << 20;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('cannot open zip')) : resolve(zip),
    );
  });
}

/** Why a name may not be used, or undefined when it is a plain relative path. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return "contains '..'";
  if (name.includes('\0')) return 'contains a NUL byte';
  return undefined;
}

/**
 * Opens a zip and lists its entries, reporting hostile ones as findings.
 * Returns undefined (with a finding) when the archive cannot be read at all.
 */
export async function readZip(
  path: string,
  size: number,
  findings: FindingList,
): Promise<ZipArchive | undefined> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    findings.error('ZIP_MALFORMED', `not a readable zip archive: ${(error as Error).message}`);
    return undefined;
  }
  const entries: ZipEntry[] = [];
  const raw: Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        raw.push(entry);
        if (raw.length > MAX_ENTRIES) {
          reject(new Error(`more than ${MAX_ENTRIES} entries`));
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    findings.error('ZIP_MALFORMED', `zip archive is malformed: ${(error as Error).message}`);
    zip.close();
    return undefined;
  }
  let declaredTotal = 0;
  for (const entry of raw) {
    const nameBytes = entry.fileName as unknown as Buffer;
    const name = nameBytes.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
    const problem = unsafeEntryName(name);
    if (problem) {
      findings.error(
        'ZIP_PATH_TRAVERSAL',
        `entry '${name}' ${problem}: it would be written outside the model when extracted`,
        { entry: name },
      );
      continue;
    }
    declaredTotal += entry.uncompressedSize;
    if (
      entry.uncompressedSize > RATIO_FLOOR &&
      entry.uncompressedSize > MAX_RATIO * Math.max(entry.compressedSize, 1)
    ) {
      findings.error(
        'ZIP_BOMB',
        `entry '${name}' inflates ${entry.compressedSize} bytes to ${entry.uncompressedSize} (over ${MAX_RATIO}:1)`,
        { entry: name },
      );
      continue;
    }
    if (/\/$/.test(name)) continue;
    entries.push({
      name,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      entry,
    });
  }
  if (declaredTotal > RATIO_FLOOR && declaredTotal > MAX_RATIO * size) {
    findings.error(
      'ZIP_BOMB',
      `entries inflate to ${declaredTotal} bytes from a ${size}-byte archive (over ${MAX_RATIO}:1)`,
    );
  }
  checkOverlap(entries, findings);
  checkDuplicates(entries, findings);
  return {
    entries,
    open: (item) =>
      new Promise((resolve, reject) => {
        zip.openReadStream(item.entry, (error, stream) =>
          error || !stream ? reject(error ?? new Error('cannot read entry')) : resolve(stream),
        );
      }),
    close: () => zip.close(),
  };
}

/**
 * Two entries of one name are read differently by different readers (Python's zipfile
 * returns the last, others the first): an error, whichever one is hostile.
 */
function checkDuplicates(entries: ZipEntry[], findings: FindingList): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name))
      findings.error(
        'ZIP_DUPLICATE_ENTRY',
        `entry '${entry.name}' appears more than once: loaders disagree on which one they read`,
        { entry: entry.name },
      );
    seen.add(entry.name);
  }
}

/** Entries whose compressed bytes overlap another's are how non-recursive zip bombs work. */
function checkOverlap(entries: ZipEntry[], findings: FindingList): void {
  const spans = entries
    .map((e) => ({
      name: e.name,
      start: e.entry.relativeOffsetOfLocalHeader,
      length: e.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    if (spans[i].start < previous.start + 30 + previous.length) {
      findings.error(
        'ZIP_OVERLAP',
        `entries '${previous.name}' and '${spans[i].name}' share bytes (an overlapping-entry zip bomb)`,
        { entry: spans[i].name },
      );
      return;
    }
  }
}
