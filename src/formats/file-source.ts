import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Streams a file (from `start`) in 1 MiB chunks. */
export function readChunks(path: string, start = 0): AsyncIterable<Buffer> {
  return createReadStream(path, { start, highWaterMark: 1 << 20 });
}

/**
 * Reads `length` bytes at `offset` (fewer at end of file). Callers bound `length`
 * by the file size, never by a length field read from the file.
 */
export async function readAt(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
