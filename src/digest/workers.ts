/**
 * The hashing workers' code, as typed functions. A worker runs a function's own source
 * (`startWorker`), so each must be self-contained: nothing is taken from this module's
 * scope, and Node's modules come from `process.getBuiltinModule` (a bundler rewrites
 * `require` and `import`, which would leave the worker's copy pointing at nothing).
 */
import { Worker } from 'node:worker_threads';

/** A part of a ring job: literal bytes, or a file's whole content. */
export type RingPart = { bytes: Uint8Array; path?: undefined } | { path: string; size: number };

/** What a ring worker is told (one message, then it runs to the end). */
export interface RingJob {
  parts: RingPart[];
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
  chunk: number;
  slots: number;
  /** 0 hashes the whole sequence; 1 hashes each file (perFile) or only reads ahead. */
  role: 0 | 1;
  perFile: boolean;
  /** Progress messages every this many bytes. */
  every: number;
}

export interface RingReply {
  done?: boolean;
  bytes?: number;
  hex?: string;
  size?: number;
  files?: string[];
  error?: string;
}

export interface FileJob {
  id: number;
  path: string;
}

export interface FileReply {
  id: number;
  bytes?: number;
  hex?: string;
  size?: number;
  error?: string;
}

/** Starts a worker running `main`'s source. */
export function startWorker(main: () => void): Worker {
  return new Worker(`(${main.toString()})()`, { eval: true });
}

/**
 * Hashes whole files, one job at a time, with blocking reads into one reused 1 MiB
 * buffer (the same work as `openssl dgst`), reporting progress every 64 MiB.
 */
/* istanbul ignore next -- runs in a worker from its source; counters would not exist there */
export function fileHashWorker(): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  const port = parentPort!;
  const buffer = Buffer.allocUnsafe(1 << 20);
  port.on('message', ({ id, path }: FileJob) => {
    let fd: number | undefined;
    const reply = (message: FileReply) => port.postMessage(message);
    try {
      const hash = crypto.createHash('sha256');
      let size = 0;
      let pending = 0;
      let n: number;
      fd = fs.openSync(path, 'r');
      while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        size += n;
        pending += n;
        if (pending >= 64 << 20) {
          reply({ id, bytes: pending });
          pending = 0;
        }
      }
      reply({ id, bytes: pending, hex: hash.digest('hex'), size });
    } catch (error) {
      reply({ id, error: String((error as Error)?.message ?? error) });
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  });
}

/**
 * One of the two ring workers (shared-read-hash.ts): they share a ring of `slots`
 * chunks in a SharedArrayBuffer. Control cells: ready[slot] = 1 + the chunk the slot
 * holds; consumed[role] = chunks that role is done with; abort = set by whichever fails.
 */
/* istanbul ignore next -- runs in a worker from its source; counters would not exist there */
export function ringHashWorker(): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  const port = parentPort!;
  port.once('message', (job: RingJob) => {
    const { parts, control, data, chunk: CHUNK, slots: SLOTS, role, perFile, every } = job;
    const reply = (message: RingReply) => port.postMessage(message);
    const ready = new Int32Array(control, 0, SLOTS);
    const consumed = new Int32Array(control, SLOTS * 4, 2);
    const abort = new Int32Array(control, (SLOTS + 2) * 4, 1);
    const ring = new Uint8Array(data);
    const chunks: { path: string; size: number; position: number; length: number }[] = [];
    for (const part of parts) {
      if (part.path === undefined) continue;
      for (let position = 0; position < part.size; position += CHUNK)
        chunks.push({
          path: part.path,
          size: part.size,
          position,
          length: Math.min(CHUNK, part.size - position),
        });
    }
    const other = 1 - role;
    // Which chunks this worker reads: alternate ones when both hash, all for a pure reader.
    const step = perFile ? 2 : 1;
    let next = perFile ? role : role === 1 ? 0 : chunks.length;
    // Chunks are read in order, so one file is open at a time (a model may have thousands).
    let openPath: string | undefined;
    let openFd: number | undefined;
    const fdOf = (path: string): number => {
      if (path !== openPath) {
        if (openFd !== undefined) fs.closeSync(openFd);
        openFd = undefined; // a failing open below then leaves nothing to close twice
        openFd = fs.openSync(path, 'r');
        openPath = path;
      }
      return openFd as number;
    };
    const waitUntil = (cells: Int32Array, index: number, done: (value: number) => boolean) => {
      for (let value; !done((value = Atomics.load(cells, index)));) {
        if (Atomics.load(abort, 0)) throw new Error('cancelled');
        Atomics.wait(cells, index, value, 1000);
      }
    };
    // Reads this worker's chunks up to k + SLOTS - 1 into free slots; waits only for chunk k.
    const readAhead = (k: number) => {
      while (next < chunks.length && next < k + SLOTS) {
        const previous = next - SLOTS;
        if (previous >= 0) {
          if (next > k && Atomics.load(consumed, other) <= previous) return;
          waitUntil(consumed, other, (done) => done > previous);
        }
        const c = chunks[next];
        const slot = next % SLOTS;
        const fd = fdOf(c.path);
        const n = fs.readSync(fd, ring, slot * CHUNK, c.length, c.position);
        const end = c.position + c.length;
        if (n !== c.length || (end === c.size && fs.readSync(fd, ring, slot * CHUNK, 1, end) !== 0))
          throw new Error(`${c.path} changed size while it was being read`);
        Atomics.store(ready, slot, next + 1);
        Atomics.notify(ready, slot);
        next += step;
      }
    };
    const release = (k: number) => {
      Atomics.store(consumed, role, k + 1);
      Atomics.notify(consumed, role);
    };
    try {
      if (role === 1 && !perFile) {
        for (let k = 0; k < chunks.length; k++) {
          readAhead(k);
          release(k);
        }
        reply({ done: true });
        return;
      }
      const whole = role === 0 ? crypto.createHash('sha256') : undefined;
      const files: string[] = [];
      let size = 0;
      let pending = 0;
      let k = 0;
      for (const part of parts) {
        if (part.path === undefined) {
          whole?.update(part.bytes);
          size += part.bytes.length;
          continue;
        }
        const hash = whole ?? crypto.createHash('sha256');
        for (const end = k + Math.ceil(part.size / CHUNK); k < end; k++) {
          readAhead(k);
          const slot = k % SLOTS;
          waitUntil(ready, slot, (held) => held === k + 1);
          const length = chunks[k].length;
          hash.update(ring.subarray(slot * CHUNK, slot * CHUNK + length));
          release(k);
          size += length;
          pending += length;
          if (whole && pending >= every) {
            reply({ bytes: pending });
            pending = 0;
          }
        }
        if (!whole) files.push(hash.digest('hex'));
      }
      reply({ done: true, bytes: whole ? pending : 0, hex: whole?.digest('hex'), size, files });
    } catch (error) {
      Atomics.store(abort, 0, 1);
      for (let slot = 0; slot < SLOTS; slot++) Atomics.notify(ready, slot);
      Atomics.notify(consumed, 0);
      Atomics.notify(consumed, 1);
      reply({ error: String((error as Error)?.message ?? error) });
    } finally {
      if (openFd !== undefined) fs.closeSync(openFd);
    }
  });
}
