/**
 * The `registry-tag` provider: what is live in an environment is the image a tag points
 * at (default: the environment's name) in the image's own repository, in a registry or
 * an `oci:` layout. A rollout is one manifest PUT of that tag to the image's manifest,
 * then a read-back of the tag: the move is atomic, so the tag is never on a broken image.
 * A cancelled run aborts the PUT and reads the tag back to say whether it moved (a
 * registry may have applied a PUT whose answer never arrived).
 */
import { ConfigurationError } from '../core/errors.js';
import { openImageStore, type ImageStore, type StoreAccess } from '../oci/image-store.js';
import { formatReference, isValidTag, parseImageReference } from '../oci/reference.js';
import { CancelledError, RolloutError, type Provider, type RolloutResult } from './provider.js';

export interface RegistryTagSettings {
  tag: string;
  /** The image whose repository holds the tag (any image of that repository). */
  image: string;
}

export function registryTagProvider(settings: RegistryTagSettings, access: StoreAccess): Provider {
  const { tag } = settings;
  if (!isValidTag(tag)) throw new ConfigurationError('tag', 'is not a valid tag', tag);
  const repository = parseImageReference(settings.image, 'image');
  const name = formatReference(repository);
  let opened: Promise<ImageStore> | undefined;
  const store = () => (opened ??= openImageStore(repository, true, access));
  const current = async () => {
    try {
      return `${name}@${(await (await store()).getManifest(tag)).digest}`;
    } catch {
      return undefined;
    }
  };

  return {
    name: 'registry-tag',
    config: { tag },
    current,
    plan: (image) => `move ${name}:${tag} to ${image.slice(image.lastIndexOf('@') + 1)}`,
    async rollout(image, { signal }): Promise<RolloutResult> {
      const target = parseImageReference(image, 'image');
      if (formatReference(target) !== name || !target.digest)
        throw new RolloutError(`${image} is not an image of ${name} by digest`, false);
      const destination = await store();
      const manifest = await destination.getManifest(target.digest).catch((error: Error) => {
        throw new RolloutError(
          `${name} has no manifest ${target.digest}: ${error.message}`,
          false,
          error,
        );
      });
      const before = await current();
      if (signal?.aborted) throw new CancelledError(false);
      try {
        await destination.putManifest(manifest, [tag], signal);
      } catch (error) {
        if (!signal?.aborted) throw error;
        // Whether the registry applied it is only known by asking (without the signal).
        const after = await current();
        throw new CancelledError(after !== before);
      }
      const now = (await destination.getManifest(tag)).digest;
      if (now !== target.digest)
        throw new RolloutError(`${name}:${tag} reads back as ${now}, not ${target.digest}`);
      return { detail: `${name}:${tag} → ${target.digest}` };
    },
  };
}
