/**
 * A client for the OCI Distribution API, written for this project because no
 * well-kept TypeScript one exists. It covers what pushing a model image needs: ping,
 * auth (anonymous, Basic, Bearer token flow with scopes), blob HEAD/GET, cross-
 * repository mount, monolithic and chunked (resumable) uploads, manifest and index
 * GET/PUT, tag listing. Transient failures are retried with bounded backoff. The HTTP
 * transport and its auth (registry-transport.ts, registry-auth.ts) and blob uploads
 * (blob-upload.ts) live beside it; this is the API the image stores use.
 */
import { uploadBlob } from './blob-upload.js';
import { MANIFEST_ACCEPT, MediaType } from './media-types.js';
import { RegistryError } from './registry-errors.js';
import { RegistryTransport, type TransportOptions } from './registry-transport.js';
import { sha256Of } from '../core/digest.js';

export interface RegistryClientOptions extends TransportOptions {
  /**
   * Bytes per PATCH of an upload whose digest is computed while sending. Default: the
   * whole blob in one streamed PATCH, as `docker push` does (no round trip per chunk);
   * after a failure the upload resumes where the registry says it stopped.
   */
  chunkSize?: number;
}

/** A blob to upload; `open(start)` streams its bytes from an offset (for resuming). */
export interface BlobSource {
  size: number;
  /** Known digest; when absent it is computed while uploading. */
  digest?: string;
  open(start: number): AsyncIterable<Buffer>;
}

export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

export class RegistryClient {
  readonly base: string;
  readonly registry: string;
  readonly repository: string;
  private readonly transport: RegistryTransport;
  private readonly chunkSize: number;

  constructor(options: RegistryClientOptions) {
    this.transport = new RegistryTransport(options);
    this.base = this.transport.base;
    this.registry = options.registry;
    this.repository = options.repository;
    this.chunkSize = options.chunkSize ?? Number.MAX_SAFE_INTEGER;
  }

  private request(...args: Parameters<RegistryTransport['request']>): Promise<Response> {
    return this.transport.request(...args);
  }

  private path(suffix: string): string {
    return this.transport.path(suffix);
  }

  private resolve(location: string): string {
    return this.transport.resolve(location);
  }

  /** GET /v2/: checks the registry answers (and primes authentication). */
  async ping(): Promise<void> {
    const response = await this.request('GET', `${this.base}/v2/`, { expect: [200] });
    await response.body?.cancel();
  }

  /** Size of a blob the repository already has, or undefined. */
  async blobSize(digest: string): Promise<number | undefined> {
    const response = await this.request('HEAD', this.path(`blobs/${digest}`), {
      expect: [200, 404],
    });
    if (response.status === 404) return undefined;
    return Number(response.headers.get('content-length') ?? -1);
  }

  /** Streams a blob. */
  async getBlob(digest: string): Promise<AsyncIterable<Uint8Array>> {
    const response = await this.request('GET', this.path(`blobs/${digest}`), {
      expect: [200],
      timeoutMs: 0,
    });
    if (!response.body) throw new RegistryError(`GET blob ${digest}: empty response`);
    return response.body as unknown as AsyncIterable<Uint8Array>;
  }

  /** Reads a small blob whole and checks its digest. */
  async getBlobBytes(digest: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.getBlob(digest)) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    const actual = sha256Of(bytes);
    if (actual !== digest)
      throw new RegistryError(
        `blob ${digest} has digest ${actual}: the registry returned something else`,
      );
    return bytes;
  }

  /** Cross-repository mount: true when the registry linked the blob without an upload. */
  async mountBlob(digest: string, from: string): Promise<boolean> {
    const url = `${this.path('blobs/uploads/')}?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await this.request('POST', url, { expect: [201, 202], extraPull: [from] });
    await response.body?.cancel();
    if (response.status === 201) return true;
    const location = response.headers.get('location');
    if (location)
      await this.request('DELETE', this.resolve(location), { expect: [204, 404, 405] })
        .then((r) => r.body?.cancel())
        .catch(() => {});
    return false;
  }

  /** Uploads a blob and returns its digest (blob-upload.ts). */
  uploadBlob(source: BlobSource, onBytes?: (n: number) => void): Promise<string> {
    return uploadBlob(this.transport, source, { chunkSize: this.chunkSize, onBytes });
  }

  /** GET a manifest or index by tag or digest; the digest is computed from the bytes. */
  async getManifest(reference: string): Promise<Manifest> {
    const response = await this.request('GET', this.path(`manifests/${reference}`), {
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200],
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Of(bytes);
    if (reference.startsWith('sha256:') && reference !== digest)
      throw new RegistryError(`manifest ${reference} has digest ${digest}`);
    let mediaType = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
    try {
      mediaType =
        (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? mediaType;
    } catch {
      throw new RegistryError(
        `manifest ${reference} of ${this.registry}/${this.repository} is not JSON`,
      );
    }
    return { mediaType, digest, bytes };
  }

  /** True when a manifest exists for the reference. */
  async hasManifest(reference: string, signal?: AbortSignal): Promise<boolean> {
    const response = await this.request('HEAD', this.path(`manifests/${reference}`), {
      signal,
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200, 404],
    });
    return response.status === 200;
  }

  /**
   * PUT a manifest by tag or digest; checks the registry computed the same digest.
   * Returns the `OCI-Subject` the registry answered with: a registry that indexes
   * referrers itself says so there (distribution spec 1.1).
   */
  async putManifest(
    reference: string,
    manifest: Manifest,
    signal?: AbortSignal,
  ): Promise<{ subject?: string }> {
    const response = await this.request('PUT', this.path(`manifests/${reference}`), {
      signal,
      headers: { 'content-type': manifest.mediaType },
      body: () => manifest.bytes,
      expect: [201],
    });
    await response.body?.cancel();
    const echoed = response.headers.get('docker-content-digest');
    if (echoed && echoed !== manifest.digest)
      throw new RegistryError(`registry stored manifest as ${echoed}, not ${manifest.digest}`);
    const subject = response.headers.get('oci-subject');
    return subject ? { subject } : {};
  }

  /** A manifest by tag or digest, or undefined when the registry has none (404). */
  async findManifest(reference: string): Promise<Manifest | undefined> {
    if (!(await this.hasManifest(reference))) return undefined;
    return this.getManifest(reference);
  }

  /**
   * The referrers of a manifest from the referrers API (an image index), or undefined
   * when the registry does not offer it (404: the client falls back to the tag schema).
   */
  async getReferrers(digest: string): Promise<Buffer | undefined> {
    const response = await this.request('GET', this.path(`referrers/${digest}`), {
      headers: { accept: MediaType.ociIndex },
      expect: [200, 404],
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    const type = response.headers.get('content-type')?.split(';')[0].trim();
    const bytes = Buffer.from(await response.arrayBuffer());
    // A registry without the API may answer 200 with something else for an unknown path.
    return type === MediaType.ociIndex ? bytes : undefined;
  }

  /** All tags of the repository (empty when it does not exist yet). */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = this.path('tags/list?n=1000');
    while (url) {
      const response = await this.request('GET', url, { expect: [200, 404] });
      if (response.status === 404) return tags;
      const body = (await response.json().catch(() => ({}))) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
      url = next ? this.resolve(next[1]) : undefined;
    }
    return tags;
  }
}
