/**
 * Walks protobuf wire format directly in a file, field by field, so a multi-gigabyte
 * ONNX model's tensor bytes are stepped over rather than loaded. Small messages are
 * handed to protobufjs as bytes.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface WireField {
  number: number;
  wireType: number;
  /** Varint value (wire type 0). */
  value?: number;
  /** Start and length of a length-delimited payload (wire type 2). */
  start?: number;
  length?: number;
}

export class WireError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const BLOCK = 1 << 20;

/** A file read through a one-block cache, for many small positional reads. */
export class FileWindow {
  private blockStart = -1;
  private block: Buffer = Buffer.alloc(0);

  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string, size: number): Promise<FileWindow> {
    return new FileWindow(await open(path, 'r'), size);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Reads `length` bytes at `offset`; the caller has checked they lie inside the file. */
  async bytes(offset: number, length: number): Promise<Buffer> {
    if (offset >= this.blockStart && offset + length <= this.blockStart + this.block.length) {
      return this.block.subarray(offset - this.blockStart, offset - this.blockStart + length);
    }
    if (length > BLOCK) {
      const out = Buffer.alloc(length);
      await this.handle.read(out, 0, length, offset);
      return out;
    }
    this.block = Buffer.alloc(Math.min(BLOCK, this.size - offset));
    const { bytesRead } = await this.handle.read(this.block, 0, this.block.length, offset);
    this.block = this.block.subarray(0, bytesRead);
    this.blockStart = offset;
    if (bytesRead < length) throw new WireError('unexpected end of file', offset);
    return this.block.subarray(0, length);
  }

  private async varint(offset: number, end: number): Promise<[number, number]> {
    const head = await this.bytes(offset, Math.min(10, end - offset));
    return decodeVarint(head, 0, offset);
  }

  /** Iterates the fields of the message occupying [start, end) of the file. */
  async *fields(start: number, end: number): AsyncGenerator<WireField> {
    let at = start;
    while (at < end) {
      const [tag, tagLength] = await this.varint(at, end);
      at += tagLength;
      const field: WireField = { number: Math.floor(tag / 8), wireType: tag & 7 };
      if (field.number === 0) throw new WireError('field number 0', at);
      switch (field.wireType) {
        case 0: {
          const [value, length] = await this.varint(at, end);
          field.value = value;
          at += length;
          break;
        }
        case 1:
          at += 8;
          break;
        case 5:
          at += 4;
          break;
        case 2: {
          const [length, prefix] = await this.varint(at, end);
          at += prefix;
          if (at + length > end)
            throw new WireError(
              `field ${field.number} claims ${length} bytes, more than its message holds`,
              at,
            );
          field.start = at;
          field.length = length;
          at += length;
          break;
        }
        default:
          throw new WireError(`unsupported wire type ${field.wireType}`, at);
      }
      if (at > end) throw new WireError('field runs past the end of its message', at);
      yield field;
    }
  }

  /** Counts varints in a packed region without holding it. */
  async countVarints(start: number, length: number): Promise<number> {
    let count = 0;
    for (let at = start; at < start + length; at += BLOCK) {
      const chunk = await this.bytes(at, Math.min(BLOCK, start + length - at));
      for (const byte of chunk) if ((byte & 0x80) === 0) count += 1;
    }
    return count;
  }
}

/** Decodes a varint at `index`; returns [value, bytes used]. Values past 2^53 lose precision. */
export function decodeVarint(
  buffer: Buffer,
  index: number,
  offsetForErrors = index,
): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (index + i >= buffer.length) throw new WireError('truncated varint', offsetForErrors);
    const byte = buffer[index + i];
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return [value, i + 1];
    scale *= 128;
  }
  throw new WireError('varint longer than 10 bytes', offsetForErrors);
}

/**
 * True when `head` parses as the start of a protobuf message whose fields all come
 * from `allowed` (field number -> wire type), with at least `minFields` fields.
 */
export function looksLikeMessage(
  head: Buffer,
  allowed: Record<number, number>,
  minFields: number,
  required: number[],
): boolean {
  let at = 0;
  let count = 0;
  const seen = new Set<number>();
  try {
    while (at < head.length) {
      const [tag, n] = decodeVarint(head, at);
      at += n;
      const number = Math.floor(tag / 8);
      const wireType = tag & 7;
      if (allowed[number] !== wireType) return false;
      seen.add(number);
      count += 1;
      if (wireType === 0) at += decodeVarint(head, at)[1];
      else if (wireType === 2) {
        const [length, prefix] = decodeVarint(head, at);
        at += prefix + length;
      } else return false;
    }
  } catch {
    // the head ended inside a field: judge on what was seen
  }
  return count >= minFields && required.some((r) => seen.has(r));
}
