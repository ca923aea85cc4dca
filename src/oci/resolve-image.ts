/**
 * Turns the image a user names (by tag or by digest) into the digest that gets
 * deployed, checking the store really holds that manifest: nothing is ever promoted by
 * a tag that could move underneath it, or to a digest that does not exist.
 */
import { ConfigurationError } from '../core/errors.js';
import { openImageStore, type ImageStore, type StoreAccess } from './image-store.js';
import { isIndex, type ImageConfig, type ImageIndex, type ImageManifest } from './media-types.js';
import type { Manifest } from './registry-client.js';
import { formatReference, parseImageReference, type ImageReference } from './reference.js';

export interface ResolvedImage {
  /** `registry/repository@sha256:…` or `oci:dir@sha256:…`. */
  image: string;
  digest: string;
  reference: ImageReference;
  /** The image config's labels (of the first platform, for an index). */
  labels: Record<string, string>;
}

/** Parses and resolves `text`; `input` names the action input in errors. */
export async function resolveImage(
  text: string,
  input: string,
  access: StoreAccess,
  open: (ref: ImageReference) => Promise<ImageStore> = (ref) => openImageStore(ref, false, access),
): Promise<ResolvedImage> {
  const reference = parseImageReference(text, input);
  const store = await open(reference);
  const wanted =
    reference.digest ?? reference.tag ?? (reference.kind === 'registry' ? 'latest' : '');
  let manifest: Manifest;
  try {
    manifest = await store.getManifest(wanted);
  } catch (error) {
    throw new ConfigurationError(
      input,
      `${store.name} has no image ${wanted || '(untagged)'}: ${(error as Error).message}`,
      text,
    );
  }
  const { digest } = manifest;
  return {
    image: `${formatReference(reference)}@${digest}`,
    digest,
    reference,
    labels: await labelsOf(store, manifest).catch(() => ({})),
  };
}

async function labelsOf(store: ImageStore, manifest: Manifest): Promise<Record<string, string>> {
  let value = JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest | ImageIndex;
  if (isIndex(manifest.mediaType) && 'manifests' in value && value.manifests[0])
    value = JSON.parse(
      (await store.getManifest(value.manifests[0].digest)).bytes.toString('utf8'),
    ) as ImageManifest;
  if (!('config' in value)) return {};
  const config = JSON.parse(
    (await store.readBlob(value.config.digest)).toString('utf8'),
  ) as ImageConfig;
  return config.config?.Labels ?? {};
}
