/**
 * SHA-256 of files on worker threads, so that shards of a model hash in parallel
 * and format parsing on the main thread overlaps the hashing. Each worker reads
 * with blocking reads into one reused 1 MiB buffer: the same work as `openssl dgst`,
 * through the same OpenSSL SHA-256.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { WORKER_THRESHOLD, hashParts, type PartsHashing } from './shared-read-hash.js';
import { fileHashWorker, startWorker, type FileJob, type FileReply } from './workers.js';

export interface FileHash {
  hex: string;
  size: number;
}

interface Job {
  path: string;
  onBytes?: (n: number) => void;
  resolve: (hash: FileHash) => void;
  reject: (error: Error) => void;
}

/** Hashes a file on the current thread, streaming. */
async function hashFileHere(path: string, onBytes?: (n: number) => void): Promise<FileHash> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
    onBytes?.((chunk as Buffer).length);
  }
  return { hex: hash.digest('hex'), size };
}

/** A small pool of hashing workers, started lazily and closed with `close()`. */
export class HashPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private nextId = 0;
  private readonly shared: PartsHashing[] = [];

  constructor(private readonly size = Math.max(1, availableParallelism())) {}

  /**
   * SHA-256 of each file, in parallel. A lone large file (nothing else to hash beside it)
   * is read ahead on a second thread while a first one hashes (see shared-read-hash).
   */
  hashAll(
    files: { path: string; size: number }[],
    onBytes?: (n: number) => void,
  ): Promise<FileHash>[] {
    const large = files.filter((f) => f.size >= WORKER_THRESHOLD);
    return files.map((file) => {
      if (large.length !== 1 || file !== large[0] || this.size < 2)
        return this.hash(file.path, file.size, onBytes);
      const hashing = hashParts([file], { onBytes });
      this.shared.push(hashing);
      return hashing.result.then(({ hex, size }) => ({ hex, size }));
    });
  }

  /** SHA-256 of a file; large files go to a worker. */
  private hash(path: string, sizeHint: number, onBytes?: (n: number) => void): Promise<FileHash> {
    if (sizeHint < WORKER_THRESHOLD) return hashFileHere(path, onBytes);
    return new Promise((resolve, reject) => {
      this.queue.push({ path, onBytes, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.workers.length < this.size) worker = this.spawn();
      if (!worker) return;
      const job = this.queue.shift() as Job;
      const id = this.nextId++;
      this.running.set(id, job);
      worker.postMessage({ id, path: job.path } satisfies FileJob);
    }
  }

  private spawn(): Worker {
    const worker = startWorker(fileHashWorker);
    worker.on('message', (message: FileReply) => {
      const job = this.running.get(message.id);
      if (!job) return;
      if (message.bytes) job.onBytes?.(message.bytes);
      if (message.error !== undefined) {
        this.running.delete(message.id);
        job.reject(new Error(message.error));
      } else if (message.hex !== undefined) {
        this.running.delete(message.id);
        job.resolve({ hex: message.hex, size: message.size ?? 0 });
      } else {
        return;
      }
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => {
      for (const job of this.running.values()) job.reject(error);
      this.running.clear();
    });
    this.workers.push(worker);
    return worker;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all([
      ...this.workers.map((w) => w.terminate()),
      ...this.shared.map((hashing) => hashing.cancel()),
    ]);
    this.workers.length = 0;
    this.idle.length = 0;
  }
}
