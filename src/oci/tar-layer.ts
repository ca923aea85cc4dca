/**
 * The model layer as a deterministic tar: entries sorted by path, uid/gid 0, fixed
 * modes and one mtime, no user names or host metadata. The byte offset of every
 * entry is known before anything is read, so the stream can start at any offset
 * (an upload resumed after a failure re-reads only what it must).
 */
import { createReadStream } from 'node:fs';
import { posix } from 'node:path';

export interface TarSource {
  /** Path inside the layer, relative, POSIX, without leading slash. */
  path: string;
  /** File on disk. */
  absolute: string;
  size: number;
}

interface Entry {
  name: string;
  header: Buffer;
  /** Offset of the header in the tar. */
  offset: number;
  file?: TarSource;
}

export interface TarPlan {
  entries: Entry[];
  /** Total tar length, end-of-archive blocks included. */
  size: number;
}

const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;
const padding = (n: number) => (BLOCK - (n % BLOCK)) % BLOCK;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function ustarHeader(
  name: string,
  type: '0' | '5' | 'x',
  size: number,
  mode: number,
  mtime: number,
): Buffer {
  const header = Buffer.alloc(BLOCK);
  let base = name;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const split = name.lastIndexOf('/', name.length - 2);
    prefix = name.slice(0, split);
    base = name.slice(split + 1);
  }
  header.write(base, 0, 100, 'utf8');
  header.write(octal(mode, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size > MAX_OCTAL_SIZE ? 0 : size, 12), 124, 'ascii');
  header.write(octal(mtime, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write(type, 156, 'ascii');
  header.write('ustar\x0000', 257, 'binary');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 'ascii');
  return header;
}

/** A PAX record `<len> key=value\n` where len counts the whole record. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
  return `${length}${body}`;
}

/** Header block(s) for one entry: a PAX extended header first when ustar cannot hold it. */
function headerFor(name: string, type: '0' | '5', size: number, mtime: number): Buffer {
  const mode = type === '5' ? 0o755 : 0o644;
  const fitsUstar = (() => {
    if (size > MAX_OCTAL_SIZE) return false;
    if (Buffer.byteLength(name) <= 100) return true;
    const split = name.lastIndexOf('/', name.length - 2);
    return (
      split > 0 &&
      Buffer.byteLength(name.slice(0, split)) <= 155 &&
      Buffer.byteLength(name.slice(split + 1)) <= 100
    );
  })();
  if (fitsUstar) return ustarHeader(name, type, size, mode, mtime);
  const records = Buffer.from(
    paxRecord('path', name) + (size > MAX_OCTAL_SIZE ? paxRecord('size', String(size)) : ''),
  );
  const paxName = `PaxHeaders/${posix.basename(name).slice(0, 80)}`;
  return Buffer.concat([
    ustarHeader(paxName, 'x', records.length, 0o644, mtime),
    records,
    Buffer.alloc(padding(records.length)),
    ustarHeader(name.slice(0, 100), type, size, mode, mtime),
  ]);
}

/**
 * Plans the layer: the directories of `modelPath` and of every file, then the files,
 * all sorted by path bytes, with `mtime` (seconds) on every entry.
 */
export function planTar(files: TarSource[], modelPath: string, mtime: number): TarPlan {
  const root = modelPath.replace(/^\/+|\/+$/g, '');
  const directories = new Set<string>();
  const addParents = (path: string) => {
    for (let dir = posix.dirname(path); dir !== '.' && dir !== '/'; dir = posix.dirname(dir))
      directories.add(dir);
  };
  if (root) {
    directories.add(root);
    addParents(root);
  }
  const placed = files.map((file) => ({
    ...file,
    path: root ? `${root}/${file.path}` : file.path,
  }));
  for (const file of placed) addParents(file.path);
  const named: { name: string; file?: TarSource }[] = [
    ...[...directories].map((dir) => ({ name: `${dir}/` })),
    ...placed.map((file) => ({ name: file.path, file })),
  ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  let offset = 0;
  const entries: Entry[] = named.map(({ name, file }) => {
    const header = headerFor(name, file ? '0' : '5', file?.size ?? 0, mtime);
    const entry = { name, header, offset, file };
    offset += header.length + (file ? file.size + padding(file.size) : 0);
    return entry;
  });
  return { entries, size: offset + 2 * BLOCK };
}

/** Streams the planned tar from byte `start`. Fails if a file changed size meanwhile. */
export async function* streamTar(plan: TarPlan, start = 0): AsyncGenerator<Buffer> {
  let position = 0;
  const emit = function* (buffer: Buffer) {
    const from = Math.max(0, start - position);
    position += buffer.length;
    if (from < buffer.length) yield from === 0 ? buffer : buffer.subarray(from);
  };
  for (const entry of plan.entries) {
    const end =
      entry.offset +
      entry.header.length +
      (entry.file ? entry.file.size + padding(entry.file.size) : 0);
    if (end <= start) {
      position = end;
      continue;
    }
    yield* emit(entry.header);
    if (!entry.file) continue;
    const skip = Math.max(0, start - position);
    if (skip < entry.file.size) {
      let read = 0;
      for await (const chunk of createReadStream(entry.file.absolute, {
        start: skip,
        highWaterMark: 1 << 20,
      })) {
        read += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      if (read !== entry.file.size - skip)
        throw new Error(`${entry.file.absolute} changed size while it was being read`);
    }
    position += entry.file.size;
    yield* emit(Buffer.alloc(padding(entry.file.size)));
  }
  yield* emit(Buffer.alloc(2 * BLOCK));
}

/** The tar as parts to hash elsewhere (a worker): header bytes, files, zero padding. */
export function tarParts(
  plan: TarPlan,
): ({ bytes: Uint8Array } | { path: string; size: number })[] {
  const parts: ({ bytes: Uint8Array } | { path: string; size: number })[] = [];
  for (const entry of plan.entries) {
    parts.push({ bytes: entry.header });
    if (!entry.file) continue;
    parts.push({ path: entry.file.absolute, size: entry.file.size });
    if (padding(entry.file.size) > 0) parts.push({ bytes: Buffer.alloc(padding(entry.file.size)) });
  }
  parts.push({ bytes: Buffer.alloc(2 * BLOCK) });
  return parts;
}
