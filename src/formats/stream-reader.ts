/**
 * A pull reader over a stream of Buffers, for parsers that walk a file front to back
 * (pickle opcodes, GGUF headers, zip entries). It keeps only what a parser asks for
 * buffered, and skips payloads without holding them.
 */
export class StreamReader {
  private buffer: Buffer = Buffer.alloc(0);
  private position = 0;
  private consumed = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Bytes consumed so far (the offset of the next byte). */
  get offset(): number {
    return this.consumed;
  }

  private get available(): number {
    return this.buffer.length - this.position;
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const rest = this.buffer.subarray(this.position);
    this.buffer = rest.length === 0 ? next.value : Buffer.concat([rest, next.value]);
    this.position = 0;
    return true;
  }

  /** Ensures `n` bytes are buffered; false when the stream ends first. */
  async need(n: number): Promise<boolean> {
    while (this.available < n) {
      if (!(await this.pull())) return false;
    }
    return true;
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    return !(await this.need(1));
  }

  /** Takes `n` bytes (call `need(n)` first). */
  take(n: number): Buffer {
    const out = this.buffer.subarray(this.position, this.position + n);
    this.position += n;
    this.consumed += n;
    return out;
  }

  /** Reads `n` bytes, or undefined when the stream is shorter. */
  async read(n: number): Promise<Buffer | undefined> {
    return (await this.need(n)) ? this.take(n) : undefined;
  }

  /** Looks at the next `n` bytes without consuming them (fewer at the end). */
  async peek(n: number): Promise<Buffer> {
    await this.need(n);
    return this.buffer.subarray(this.position, this.position + n);
  }

  /** Skips `n` bytes without buffering them; false when the stream is shorter. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      if (this.available === 0 && !(await this.pull())) return false;
      const step = Math.min(left, this.available);
      this.position += step;
      this.consumed += step;
      left -= step;
    }
    return true;
  }

  /** Reads up to and excluding the next '\n' (at most `max` bytes), or undefined. */
  async readLine(max = 1 << 16): Promise<Buffer | undefined> {
    let scanned = 0;
    for (;;) {
      const index = this.buffer.indexOf(0x0a, this.position + scanned);
      if (index >= 0 && index - this.position <= max) {
        const line = this.take(index - this.position);
        this.take(1);
        return line;
      }
      scanned = this.available;
      if (scanned > max || !(await this.pull())) return undefined;
    }
  }

  /** Stops the underlying stream early. */
  async close(): Promise<void> {
    await this.iterator.return?.();
  }
}
