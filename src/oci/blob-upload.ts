/**
 * Blob uploads (distribution spec "pushing blobs"): a monolithic PUT for a small blob
 * whose digest is known, else a streamed PATCH (in `chunkSize` pieces if set) resumed
 * from the registry's offset after a failure, or restarted when the registry lost the
 * session, with the digest computed from the bytes sent when it was not known.
 */
import { createHash, type Hash } from 'node:crypto';
import type { BlobSource } from './registry-client.js';
import { RegistryError } from './registry-errors.js';
import type { RegistryTransport } from './registry-transport.js';
import { digestFrom } from '../core/digest.js';

/** Blobs up to this size with a known digest go in a single PUT. */
const MONOLITHIC_MAX = 64 << 20;

export interface UploadOptions {
  /** Bytes per PATCH (default: the whole blob in one streamed PATCH, as `docker push`). */
  chunkSize: number;
  onBytes?: (n: number) => void;
}

async function startUpload(transport: RegistryTransport): Promise<string> {
  const response = await transport.request('POST', transport.path('blobs/uploads/'), {
    expect: [202],
  });
  await response.body?.cancel();
  const location = response.headers.get('location');
  if (!location)
    throw new RegistryError(`${transport.registry}: upload started without a Location`);
  return transport.resolve(location);
}

/** Uploads a blob and returns its digest. */
export async function uploadBlob(
  transport: RegistryTransport,
  source: BlobSource,
  options: UploadOptions,
): Promise<string> {
  const { onBytes } = options;
  if (source.digest && source.size <= MONOLITHIC_MAX) {
    const digest = source.digest;
    let location = await startUpload(transport);
    await transport.retryStep(
      `upload of ${digest}`,
      async () => {
        const response = await transport.request('PUT', withQuery(location, 'digest', digest), {
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(source.size),
          },
          body: () => tap(source.open(0), onBytes),
          expect: [201],
          timeoutMs: 0,
          retries: false,
        });
        await response.body?.cancel();
      },
      async () => {
        location = await startUpload(transport);
      },
    );
    return digest;
  }
  return uploadChunked(transport, source, options);
}

async function uploadChunked(
  transport: RegistryTransport,
  source: BlobSource,
  { chunkSize, onBytes }: UploadOptions,
): Promise<string> {
  let hash = source.digest ? undefined : createHash('sha256');
  let hashed = 0;
  let location = await startUpload(transport);
  let offset = 0;
  const sendChunk = async () => {
    const from = offset;
    const end = Math.min(from + chunkSize, source.size);
    const response = await transport.request('PATCH', location, {
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `${from}-${end - 1}`,
        'content-length': String(end - from),
      },
      body: () =>
        slice(source.open(from), end - from, (chunk, at) => {
          if (hash && from + at + chunk.length > hashed) {
            hash.update(chunk.subarray(Math.max(0, hashed - from - at)));
            hashed = from + at + chunk.length;
          }
          onBytes?.(chunk.length);
        }),
      expect: [202],
      timeoutMs: 0,
      retries: false,
    });
    await response.body?.cancel();
    location = transport.resolve(response.headers.get('location') ?? location);
    offset = end;
  };
  const recover = async () => {
    const status = await uploadStatus(transport, location).catch(() => undefined);
    if (status) {
      transport.log?.info(
        `upload interrupted at ${offset}; the registry holds ${status.offset} bytes, resuming`,
      );
      location = status.location;
      offset = status.offset;
    } else {
      transport.log?.info('the registry lost the interrupted upload; starting it again');
      location = await startUpload(transport);
      offset = 0;
      if (hash) {
        hash = createHash('sha256');
        hashed = 0;
      }
    }
  };
  while (offset < source.size) await transport.retryStep(`chunk at ${offset}`, sendChunk, recover);
  const digest = source.digest ?? digestFrom(hash as Hash);
  const response = await transport.request('PUT', withQuery(location, 'digest', digest), {
    headers: { 'content-length': '0' },
    body: () => Buffer.alloc(0),
    expect: [201],
  });
  await response.body?.cancel();
  return digest;
}

/** How much of an upload the registry holds (GET on the upload URL). */
async function uploadStatus(
  transport: RegistryTransport,
  location: string,
): Promise<{ location: string; offset: number }> {
  const response = await transport.request('GET', location, { expect: [204] });
  const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
  // docker-registry says `0-0` for an upload that holds nothing yet: 0-0 is read as
  // nothing (resending one byte costs nothing; skipping one corrupts the blob).
  const end = range ? Number(range[1]) : -1;
  return {
    location: transport.resolve(response.headers.get('location') ?? location),
    offset: end > 0 ? end + 1 : 0,
  };
}

function withQuery(url: string, key: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(key, value);
  return parsed.toString();
}

async function* tap(
  source: AsyncIterable<Buffer>,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** The first `length` bytes of a stream, reporting each chunk with its offset. */
async function* slice(
  source: AsyncIterable<Buffer>,
  length: number,
  seen: (chunk: Buffer, at: number) => void,
): AsyncGenerator<Buffer> {
  let at = 0;
  for await (const chunk of source) {
    const part = chunk.length > length - at ? chunk.subarray(0, length - at) : chunk;
    seen(part, at);
    at += part.length;
    yield part;
    if (at >= length) break;
  }
  if (at < length) throw new Error(`blob source ended at ${at} of ${length} bytes`);
}
