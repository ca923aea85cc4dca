/**
 * OCI 1.1 referrers: artifacts whose manifest names a `subject` (the image they are
 * about). Pushed through the referrers API where the registry offers it (it answers the
 * manifest PUT with `OCI-Subject`), else with the distribution spec's fallback: an
 * image index tagged `sha256-<hex>` after the subject's digest, listing its referrers.
 * An OCI image layout keeps them the same way. Written here: no maintained JS client
 * speaks the referrers API.
 */
import type { ImageStore } from './image-store.js';
import { manifestOf } from './image-store.js';
import { MediaType, type Descriptor, type ImageIndex } from './media-types.js';
import type { Manifest } from './registry-client.js';
import { sha256Of as sha256 } from '../core/digest.js';

/** The empty config of an artifact manifest (image spec 1.1: `{}`). */
export const EMPTY_CONFIG = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
} as const;

const TITLE = 'org.opencontainers.image.title';

export interface ArtifactFile {
  /** Its name, recorded as the layer's `org.opencontainers.image.title`. */
  title: string;
  mediaType: string;
  bytes: Buffer;
}

export interface ArtifactManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType: string;
  config: Descriptor;
  layers: Descriptor[];
  subject: Descriptor;
  annotations?: Record<string, string>;
}

export interface PushedArtifact {
  digest: string;
  /** How the subject's referrers list learnt of it. */
  indexedBy: 'referrers API' | 'tag fallback';
}

/** The fallback tag of a subject: `sha256-<hex>`. */
export const referrersTag = (digest: string) => digest.replace(':', '-');

/** Pushes files as one artifact about `subject`; blobs first, the manifest last. */
export async function pushArtifact(
  store: ImageStore,
  options: {
    artifactType: string;
    subject: Descriptor;
    files: ArtifactFile[];
    annotations?: Record<string, string>;
  },
): Promise<PushedArtifact> {
  await putBytes(store, Buffer.from('{}'));
  const layers: Descriptor[] = [];
  for (const file of options.files) {
    const digest = await putBytes(store, file.bytes);
    layers.push({
      mediaType: file.mediaType,
      digest,
      size: file.bytes.length,
      annotations: { [TITLE]: file.title },
    });
  }
  const body: ArtifactManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType: options.artifactType,
    config: { ...EMPTY_CONFIG },
    layers,
    subject: {
      mediaType: options.subject.mediaType,
      digest: options.subject.digest,
      size: options.subject.size,
    },
    ...(options.annotations ? { annotations: options.annotations } : {}),
  };
  const manifest = manifestOf(MediaType.ociManifest, body);
  if (await store.putReferrer(manifest))
    return { digest: manifest.digest, indexedBy: 'referrers API' };
  await addToFallbackIndex(store, body, manifest);
  return { digest: manifest.digest, indexedBy: 'tag fallback' };
}

/** The spec's fallback steps: read the tag's index (none = empty), append once, push it back. */
async function addToFallbackIndex(
  store: ImageStore,
  body: ArtifactManifest,
  manifest: Manifest,
): Promise<void> {
  const tag = referrersTag(body.subject.digest);
  const current = await store.findManifest(tag);
  let index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
  if (current) {
    if (current.mediaType !== MediaType.ociIndex)
      throw new Error(
        `${store.name}:${tag} is a ${current.mediaType || 'manifest'}, not the referrers index the tag schema keeps there`,
      );
    index = JSON.parse(current.bytes.toString('utf8')) as ImageIndex;
  }
  if (index.manifests.some((m) => m.digest === manifest.digest)) return;
  const descriptor = {
    mediaType: MediaType.ociManifest,
    digest: manifest.digest,
    size: manifest.bytes.length,
    artifactType: body.artifactType,
    ...(body.annotations ? { annotations: body.annotations } : {}),
  } as Descriptor;
  index = { ...index, manifests: [...index.manifests, descriptor] };
  await store.putManifest(manifestOf(MediaType.ociIndex, index), [tag]);
}

/** The referrers of `digest` (of one artifact type when given): the API's list, else the tag's. */
export async function listReferrers(
  store: ImageStore,
  digest: string,
  artifactType?: string,
): Promise<(Descriptor & { artifactType?: string })[]> {
  const fromApi = await store.getReferrers(digest);
  const bytes = fromApi ?? (await store.findManifest(referrersTag(digest)))?.bytes;
  if (!bytes) return [];
  const index = JSON.parse(bytes.toString('utf8')) as ImageIndex;
  const manifests = index.manifests as (Descriptor & { artifactType?: string })[];
  return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}

/**
 * Reads an artifact by digest and every file in it, checking each digest (the manifest's
 * and each blob's) and its type; a mismatch is an error, never a silent substitute.
 */
export async function readArtifact(
  store: ImageStore,
  digest: string,
  artifactType: string,
): Promise<{ manifest: ArtifactManifest; files: ArtifactFile[] }> {
  const found = await store.getManifest(digest);
  if (sha256(found.bytes) !== digest)
    throw new Error(`${store.name}: manifest ${digest} has digest ${sha256(found.bytes)}`);
  const manifest = JSON.parse(found.bytes.toString('utf8')) as ArtifactManifest;
  if (manifest.artifactType !== artifactType)
    throw new Error(
      `${store.name}@${digest} is a ${manifest.artifactType ?? 'manifest'}, not a ${artifactType}`,
    );
  const files: ArtifactFile[] = [];
  for (const layer of manifest.layers) {
    const bytes = await store.readBlob(layer.digest);
    if (sha256(bytes) !== layer.digest || bytes.length !== layer.size)
      throw new Error(`${store.name}: blob ${layer.digest} of ${digest} does not match its digest`);
    files.push({ title: layer.annotations?.[TITLE] ?? '', mediaType: layer.mediaType, bytes });
  }
  return { manifest, files };
}

async function putBytes(store: ImageStore, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  if (await store.hasBlob(digest)) return digest;
  return store.putBlob({
    size: bytes.length,
    digest,
    open: async function* (start) {
      yield bytes.subarray(start);
    },
  });
}
