/**
 * Where images are read from and written to: a registry repository or an OCI image
 * layout. The image writer speaks only this interface.
 */
import type { Logger } from '../core/logger.js';
import type { Credentials } from './auth.js';
import { ImageLayout } from './layout.js';
import type { ImageReference } from './reference.js';
import { RegistryClient, type BlobSource, type Manifest } from './registry-client.js';
import { sha256Of } from '../core/digest.js';

export interface ImageStore {
  /** `registry/repository` or `oci:dir`, for messages. */
  readonly name: string;
  /** Set for registries: lets the writer mount blobs across repositories of one registry. */
  readonly client?: RegistryClient;
  hasBlob(digest: string): Promise<boolean>;
  openBlob(digest: string): Promise<AsyncIterable<Uint8Array>>;
  readBlob(digest: string): Promise<Buffer>;
  /** Stores a blob; returns its digest (computed when the source did not know it). */
  putBlob(source: BlobSource, onBytes?: (n: number) => void): Promise<string>;
  getManifest(reference: string): Promise<Manifest>;
  /** A manifest by tag or digest, or undefined when the store has none by that name. */
  findManifest(reference: string): Promise<Manifest | undefined>;
  /**
   * Stores a manifest by digest, then points each tag at it; `signal` aborts the
   * registry's requests (a local layout's writes are not interrupted).
   */
  putManifest(manifest: Manifest, tags: string[], signal?: AbortSignal): Promise<void>;
  /**
   * Stores a manifest that has a `subject`, untagged; true when the store indexed it as a
   * referrer itself (a registry with the referrers API), false when the client must
   * keep the `sha256-<hex>` tag's index (distribution spec 1.1's fallback).
   */
  putReferrer(manifest: Manifest): Promise<boolean>;
  /** The referrers API's index for a digest; undefined when the store has no such API. */
  getReferrers(digest: string): Promise<Buffer | undefined>;
  /** True when the store holds nothing yet (so nothing can be deduplicated). */
  isEmpty(): Promise<boolean>;
  bytesSent(): number;
}

/** Wraps JSON bytes as a manifest with its digest. */
export function manifestOf(mediaType: string, value: unknown): Manifest {
  const bytes = Buffer.from(JSON.stringify(value));
  return { mediaType, bytes, digest: sha256Of(bytes) };
}

/** Wraps a blob source so every byte handed to the transport is counted (retries too). */
function counting(source: BlobSource, count: (n: number) => void): BlobSource {
  return {
    ...source,
    open: async function* (start) {
      for await (const chunk of source.open(start)) {
        count(chunk.length);
        yield chunk;
      }
    },
  };
}

/** A registry repository as an image store; bytesSent counts blob bytes only. */
export function registryStore(client: RegistryClient): ImageStore {
  let sent = 0;
  return {
    name: `${client.registry}/${client.repository}`,
    client,
    hasBlob: async (digest) => (await client.blobSize(digest)) !== undefined,
    openBlob: (digest) => client.getBlob(digest),
    readBlob: (digest) => client.getBlobBytes(digest),
    putBlob: (source, onBytes) =>
      client.uploadBlob(
        counting(source, (n) => (sent += n)),
        onBytes,
      ),
    getManifest: (reference) => client.getManifest(reference),
    findManifest: (reference) => client.findManifest(reference),
    async putManifest(manifest, tags, signal) {
      if (!(await client.hasManifest(manifest.digest, signal)))
        await client.putManifest(manifest.digest, manifest, signal);
      for (const tag of tags) await client.putManifest(tag, manifest, signal);
    },
    async putReferrer(manifest) {
      const { subject } = await client.putManifest(manifest.digest, manifest);
      return subject !== undefined;
    },
    getReferrers: (digest) => client.getReferrers(digest),
    isEmpty: async () => (await client.listTags()).length === 0,
    bytesSent: () => sent,
  };
}

/** An OCI image layout directory as an image store. */
export async function layoutStore(dir: string, create: boolean): Promise<ImageStore> {
  const layout = await ImageLayout.open(dir, create);
  let written = 0;
  const store: ImageStore = {
    name: `oci:${dir}`,
    hasBlob: (digest) => layout.hasBlob(digest),
    openBlob: async (digest) => layout.openBlob(digest),
    readBlob: (digest) => layout.readBlob(digest),
    async putBlob(source, onBytes) {
      const counted = (async function* () {
        for await (const chunk of source.open(0)) {
          written += chunk.length;
          onBytes?.(chunk.length);
          yield chunk;
        }
      })();
      return (await layout.writeBlob(counted, source.digest)).digest;
    },
    async getManifest(reference) {
      const digest = reference.startsWith('sha256:')
        ? reference
        : (await layout.resolve(reference || undefined)).digest;
      const bytes = await layout.readBlob(digest);
      const mediaType =
        (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? '';
      return { mediaType, digest, bytes };
    },
    async findManifest(reference) {
      if (reference.startsWith('sha256:'))
        return (await layout.hasBlob(reference)) ? store.getManifest(reference) : undefined;
      const tagged = (await layout.readIndex()).manifests.some(
        (m) => m.annotations?.['org.opencontainers.image.ref.name'] === reference,
      );
      return tagged ? store.getManifest(reference) : undefined;
    },
    async putReferrer(manifest) {
      if (!(await layout.hasBlob(manifest.digest))) await layout.writeBlobBytes(manifest.bytes);
      return false;
    },
    getReferrers: async () => undefined,
    async putManifest(manifest, tags) {
      if (!(await layout.hasBlob(manifest.digest))) await layout.writeBlobBytes(manifest.bytes);
      // Per-platform manifests of an index are blobs only; index.json lists what is tagged.
      if (tags.length > 0)
        await layout.tag(
          { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
          tags,
        );
    },
    isEmpty: async () => (await layout.readIndex()).manifests.length === 0,
    bytesSent: () => written,
  };
  return store;
}

/** How to reach registries: credentials per registry, and which ones speak plain HTTP. */
export interface StoreAccess {
  credentials: (registry: string) => Promise<Credentials | undefined>;
  insecureRegistries: string[];
  log?: Logger;
}

/** Opens the store an image reference names; `push` asks for write access (and creates layouts). */
export async function openImageStore(
  ref: ImageReference,
  push: boolean,
  access: StoreAccess,
): Promise<ImageStore> {
  if (ref.kind === 'layout') return layoutStore(ref.dir, push);
  const client = new RegistryClient({
    registry: ref.registry,
    repository: ref.repository,
    credentials: await access.credentials(ref.registry),
    insecure: access.insecureRegistries.includes(ref.registry),
    push,
    log: access.log,
  });
  return registryStore(client);
}

/** Registries named in MODELGATE_INSECURE_REGISTRIES (comma-separated), reached over plain HTTP. */
export function insecureRegistriesOf(env: Record<string, string | undefined>): string[] {
  return (env.MODELGATE_INSECURE_REGISTRIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
