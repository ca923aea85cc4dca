/**
 * Turns the image a user names (by tag or by digest) into the digest that gets
 * deployed, checking the store really holds that manifest: nothing is ever promoted by
 * a tag that could move underneath it, or to a digest that does not exist.
 */
import { ConfigurationError } from '../core/errors.js';
import { openImageStore, type ImageStore, type StoreAccess } from './image-store.js';
import { readBase } from './image-writer.js';
import type { Manifest } from './registry-client.js';
import { formatReference, parseImageReference, type ImageReference } from './reference.js';

export interface ResolvedImage {
  /** `registry/repository@sha256:…` or `oci:dir@sha256:…`. */
  image: string;
  digest: string;
  /** The manifest's descriptor (what an artifact about this image names as its subject). */
  descriptor: { mediaType: string; digest: string; size: number };
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
  // A layout that is not one (a missing folder, a file): the input's error, not a raw one.
  const store = await open(reference).catch((error: unknown) => {
    if (error instanceof ConfigurationError || reference.kind === 'registry') throw error;
    throw new ConfigurationError(input, (error as Error).message, text);
  });
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
    descriptor: { mediaType: manifest.mediaType, digest, size: manifest.bytes.length },
    reference,
    // The labels of its (first) platform's config, as build-image's base reading sees them.
    labels: await readBase(store, manifest, []).then(
      ([first]) => first?.config?.config?.Labels ?? {},
      () => ({}),
    ),
  };
}
