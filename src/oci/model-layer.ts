/** The model layer blob: the deterministic tar, optionally gzip- or zstd-compressed. */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { MediaType } from './media-types.js';
import type { BlobSource } from './registry-client.js';
import { hashParts } from '../digest/shared-read-hash.js';
import { streamTar, tarParts, type TarPlan } from './tar-layer.js';
import { digestFrom } from '../core/digest.js';

export type Compression = 'none' | 'gzip' | 'zstd';

export interface LayerDigests {
  /** Digest of the blob as stored (compressed). */
  digest: string;
  /** Digest of the uncompressed tar (the config's diff_id). */
  diffId: string;
  size: number;
}

export function layerMediaType(compression: Compression): string {
  return compression === 'gzip'
    ? MediaType.ociLayerGzip
    : compression === 'zstd'
      ? MediaType.ociLayerZstd
      : MediaType.ociLayer;
}

/** True when this Node.js can write zstd (22.15+, 23.8+). */
export const zstdAvailable = () =>
  typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function';

function compressor(compression: Exclude<Compression, 'none'>) {
  if (compression === 'gzip') return zlib.createGzip({ level: 6 });
  const create = (zlib as unknown as { createZstdCompress: (o?: object) => NodeJS.ReadWriteStream })
    .createZstdCompress;
  return create() as unknown as zlib.Gzip;
}

/** The layer's bytes from `start`: tar offsets are known, compressed streams are re-made and skipped. */
export async function* layerBytes(
  plan: TarPlan,
  compression: Compression,
  start = 0,
  onTar?: (chunk: Buffer) => void,
): AsyncGenerator<Buffer> {
  if (compression === 'none') {
    for await (const chunk of streamTar(plan, start)) {
      onTar?.(chunk);
      yield chunk;
    }
    return;
  }
  const tar = Readable.from(
    (async function* () {
      for await (const chunk of streamTar(plan)) {
        onTar?.(chunk);
        yield chunk;
      }
    })(),
  );
  let skipped = 0;
  for await (const chunk of tar.pipe(compressor(compression)) as AsyncIterable<Buffer>) {
    if (skipped >= start) yield chunk;
    else if (skipped + chunk.length > start) yield chunk.subarray(start - skipped);
    skipped += chunk.length;
  }
}

/**
 * One pass over a compressed layer: the tar is hashed for the diff_id as it is made,
 * the blob as it comes out of the compressor.
 */
async function measureCompressedLayer(
  plan: TarPlan,
  compression: Exclude<Compression, 'none'>,
  onBytes?: (n: number) => void,
): Promise<LayerDigests> {
  const blobHash = createHash('sha256');
  const tarHash = createHash('sha256');
  let size = 0;
  for await (const chunk of layerBytes(plan, compression, 0, (c) => tarHash.update(c))) {
    blobHash.update(chunk);
    size += chunk.length;
    onBytes?.(chunk.length);
  }
  return {
    digest: digestFrom(blobHash),
    diffId: digestFrom(tarHash),
    size,
  };
}

/** The layer as an upload source (digest known, or computed while uploading when not). */
export function layerSource(
  plan: TarPlan,
  compression: Compression,
  digests?: LayerDigests,
): BlobSource {
  return {
    size: digests?.size ?? plan.size,
    digest: digests?.digest,
    open: (start) => layerBytes(plan, compression, start),
  };
}

/** The layer being measured; `files` are the model files' own SHA-256s when asked for. */
export interface LayerMeasuring {
  result: Promise<LayerDigests>;
  /** By absolute path; `undefined` when this measurement cannot give them (compressed, cancelled). */
  files: Promise<Map<string, string> | undefined>;
  cancel(): Promise<void>;
}

/**
 * Starts measuring the layer at once (an uncompressed one on worker threads, which can
 * hash each model file in the same read), so hashing overlaps the registry round trips;
 * `cancel()` stops it when it turns out unneeded.
 */
export function startMeasuringLayer(
  plan: TarPlan,
  compression: Compression,
  options: { perFile?: boolean; onBytes?: (n: number) => void } = {},
): LayerMeasuring {
  if (compression !== 'none') {
    return {
      result: measureCompressedLayer(plan, compression, options.onBytes),
      files: Promise.resolve(undefined),
      cancel: async () => {},
    };
  }
  const hashing = hashParts(tarParts(plan), options);
  let cancelled = false;
  const result = hashing.result.then(({ hex, size }) => ({
    digest: `sha256:${hex}`,
    diffId: `sha256:${hex}`,
    size,
  }));
  const files = options.perFile
    ? hashing.result.then(
        ({ files }) => files,
        (error: Error) => {
          if (cancelled) return undefined;
          throw error;
        },
      )
    : Promise.resolve(undefined);
  // Both are awaited later (after registry round trips): a failure meanwhile is not unhandled.
  result.catch(() => {});
  files.catch(() => {});
  return {
    result,
    files,
    cancel: async () => {
      cancelled = true;
      await hashing.cancel();
    },
  };
}
