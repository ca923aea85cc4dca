/**
 * Writes the model image: the model layer on a base image's layers (or on nothing),
 * a config and manifest derived from the base's, and for multi-platform bases an
 * index with one manifest per platform. Blobs the destination has are not sent again
 * (HEAD, then cross-repository mount); a manifest is stored only once every blob it
 * names is confirmed present, and tags move only after that.
 *
 * Over 300 lines because single- and multi-platform images share the ordering rules above
 * (blobs, then manifests, then tags); the layer itself is model-layer.ts and tar-layer.ts.
 */
import type { Logger } from '../core/logger.js';
import type { ImageStore } from './image-store.js';
import { manifestOf } from './image-store.js';
import type { Manifest } from './registry-client.js';
import {
  MediaType,
  isIndex,
  platformName,
  toOciMediaType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from './media-types.js';
import {
  layerMediaType,
  layerSource,
  type Compression,
  type LayerDigests,
  type LayerMeasuring,
} from './model-layer.js';
import type { TarPlan } from './tar-layer.js';

export interface WriteImageOptions {
  destination: ImageStore;
  /** The model layer, already in the destination (see storeModelLayer). */
  layer: LayerDigests;
  base?: { store: ImageStore; reference: string };
  /** Platforms to keep from a multi-platform base (`linux/amd64`); empty = all. */
  platforms: string[];
  compression: Compression;
  /** Config labels, also set as manifest annotations. */
  labels: Record<string, string>;
  /** RFC 3339 time used for `created` everywhere (reproducible). */
  created: string;
  tags: string[];
  log: Logger;
}

export interface WriteImageResult {
  digest: string;
  mediaType: string;
  layer: LayerDigests;
  platforms: string[];
  bytesUploaded: number;
}

interface BasePlatform {
  platform?: Platform;
  manifest?: ImageManifest;
  config?: ImageConfig;
}

export class ImageWriteError extends Error {}

/** Builds and stores the image; returns the digest of the top manifest or index. */
export async function writeImage(options: WriteImageOptions): Promise<WriteImageResult> {
  const { destination, layer } = options;
  const bases: BasePlatform[] = options.base
    ? await readBase(options.base.store, options.base.reference, options.platforms)
    : [{ platform: undefined }];
  // A multi-platform base (an index, even with one platform kept) gives an index.
  const asIndex = bases.length > 1 || bases[0].platform !== undefined;
  const manifests: Descriptor[] = [];
  for (const base of bases) {
    const { stored, config } = await storePlatformImage(base, options);
    if (!asIndex) {
      await destination.putManifest(stored, options.tags);
      return {
        digest: stored.digest,
        mediaType: MediaType.ociManifest,
        layer,
        platforms: [platformName(config as Platform)],
        bytesUploaded: destination.bytesSent(),
      };
    }
    await destination.putManifest(stored, []);
    manifests.push({
      mediaType: MediaType.ociManifest,
      digest: stored.digest,
      size: stored.bytes.length,
      platform: base.platform,
    });
  }
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests,
    annotations: options.labels,
  };
  const stored = manifestOf(MediaType.ociIndex, index);
  for (const item of manifests) {
    const present = await destination.getManifest(item.digest).then(
      () => true,
      () => false,
    );
    if (!present) {
      throw new ImageWriteError(
        `manifest ${item.digest} is not in ${destination.name}; the index was not pushed`,
      );
    }
  }
  await destination.putManifest(stored, options.tags);
  return {
    digest: stored.digest,
    mediaType: MediaType.ociIndex,
    layer,
    platforms: manifests.map((m) => platformName(m.platform)),
    bytesUploaded: destination.bytesSent(),
  };
}

/**
 * One platform's image: base blobs made present, config stored, every blob the
 * manifest names confirmed; returns the manifest, not yet stored.
 */
async function storePlatformImage(
  base: BasePlatform,
  options: WriteImageOptions,
): Promise<{ stored: Manifest; config: ImageConfig }> {
  const { destination, layer } = options;
  const baseLayers = base.manifest?.layers ?? [];
  if (options.base) {
    for (const item of baseLayers) await ensureBlob(destination, options.base.store, item);
  }
  const config = composeConfig(base, layer.diffId, options);
  const configBlob = manifestOf(MediaType.ociConfig, config);
  if (!(await destination.hasBlob(configBlob.digest))) {
    await destination.putBlob({
      size: configBlob.bytes.length,
      digest: configBlob.digest,
      open: async function* () {
        yield configBlob.bytes;
      },
    });
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: {
      mediaType: MediaType.ociConfig,
      digest: configBlob.digest,
      size: configBlob.bytes.length,
    },
    layers: [
      ...baseLayers.map((l) => ({
        mediaType: toOciMediaType(l.mediaType),
        digest: l.digest,
        size: l.size,
        ...(l.annotations ? { annotations: l.annotations } : {}),
      })),
      {
        mediaType: layerMediaType(options.compression),
        digest: layer.digest,
        size: layer.size,
        annotations: {
          'org.opencontainers.image.title':
            options.labels['org.opencontainers.image.title'] ?? 'model',
        },
      },
    ],
    annotations: options.labels,
  };
  await confirmBlobs(destination, [
    ...baseLayers.map((l) => l.digest),
    configBlob.digest,
    layer.digest,
  ]);
  return { stored: manifestOf(MediaType.ociManifest, manifest), config };
}

export interface LayerOptions {
  destination: ImageStore;
  plan: TarPlan;
  compression: Compression;
  log: Logger;
  /** The layer's measurement, started by the caller as early as it could. */
  measuring: LayerMeasuring;
  /** Bytes of the layer sent. */
  onLayerBytes?: (n: number) => void;
}

/**
 * Puts the model layer in the destination unless it is there: measured first (one
 * hashing pass) so an unchanged layer is never sent again, or, into an empty
 * repository, streamed while hashing (one pass: nothing there to deduplicate against).
 */
export async function storeModelLayer(options: LayerOptions): Promise<LayerDigests> {
  const { destination, plan, compression, log, measuring } = options;
  // An empty repository cannot already hold the layer: hash while uploading, one pass.
  if (compression === 'none' && (await destination.isEmpty())) {
    await measuring.cancel();
    log.info(`${destination.name} is empty: uploading the model layer while hashing it`);
    const digest = await destination.putBlob(layerSource(plan, compression), options.onLayerBytes);
    return { digest, diffId: digest, size: plan.size };
  }
  const layer = await measuring.result;
  if (await destination.hasBlob(layer.digest)) {
    log.info(`${destination.name} already has the model layer ${layer.digest}: not uploaded again`);
    return layer;
  }
  const stored = await destination.putBlob(
    layerSource(plan, compression, layer),
    options.onLayerBytes,
  );
  if (stored !== layer.digest)
    throw new ImageWriteError(
      `model layer digest changed during upload (${layer.digest} → ${stored}): did a model file change?`,
    );
  return layer;
}

/** Makes a base blob present in the destination: already there, mounted, or copied. */
async function ensureBlob(
  destination: ImageStore,
  source: ImageStore,
  blob: Descriptor,
): Promise<void> {
  if (await destination.hasBlob(blob.digest)) return;
  if (
    destination.client &&
    source.client &&
    destination.client.registry === source.client.registry
  ) {
    if (await destination.client.mountBlob(blob.digest, source.client.repository)) return;
  }
  const stream = await source.openBlob(blob.digest);
  let used = false;
  await destination.putBlob({
    size: blob.size,
    digest: blob.digest,
    open: async function* (start) {
      // A source stream can be read once; a retry needs a fresh one.
      const chunks = used ? await source.openBlob(blob.digest) : stream;
      used = true;
      let skipped = 0;
      for await (const chunk of chunks) {
        const buffer = Buffer.from(chunk);
        if (skipped + buffer.length <= start) skipped += buffer.length;
        else {
          yield skipped >= start ? buffer : buffer.subarray(start - skipped);
          skipped += buffer.length;
        }
      }
    },
  });
}

/** HEADs every blob a manifest names, all at once; a missing one stops the push first. */
async function confirmBlobs(destination: ImageStore, digests: string[]): Promise<void> {
  const present = await Promise.all(
    [...new Set(digests)].map(
      async (digest) => [digest, await destination.hasBlob(digest)] as const,
    ),
  );
  for (const [digest, there] of present) {
    if (!there)
      throw new ImageWriteError(
        `blob ${digest} is not in ${destination.name} after upload; no manifest was pushed`,
      );
  }
}

/** An image's manifest(s) and configs, one per platform kept (a base's, or any image's). */
export async function readBase(
  store: ImageStore,
  reference: string | Manifest,
  platforms: string[],
): Promise<BasePlatform[]> {
  // A manifest already fetched (by digest) is not fetched again.
  const top = typeof reference === 'string' ? await store.getManifest(reference) : reference;
  const parsed = JSON.parse(top.bytes.toString('utf8')) as ImageManifest & ImageIndex;
  const entries: { descriptor?: Descriptor; manifest: ImageManifest }[] = [];
  if (isIndex(top.mediaType) || Array.isArray(parsed.manifests)) {
    const wanted = (parsed.manifests ?? []).filter(
      (m) =>
        m.platform &&
        m.platform.architecture !== 'unknown' &&
        (platforms.length === 0 || platforms.includes(platformName(m.platform))),
    );
    if (wanted.length === 0) {
      const offered = (parsed.manifests ?? []).map((m) => platformName(m.platform)).join(', ');
      throw new ImageWriteError(
        `base image has no manifest for ${platforms.join(', ') || 'any platform'} (it offers ${offered})`,
      );
    }
    for (const descriptor of wanted) {
      const manifest = await store.getManifest(descriptor.digest);
      entries.push({
        descriptor,
        manifest: JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest,
      });
    }
  } else entries.push({ manifest: parsed });
  const bases: BasePlatform[] = [];
  for (const { descriptor, manifest } of entries) {
    if (!manifest.config?.digest || !Array.isArray(manifest.layers))
      throw new ImageWriteError('base manifest has no config or layers');
    const config = JSON.parse(
      (await store.readBlob(manifest.config.digest)).toString('utf8'),
    ) as ImageConfig;
    bases.push({ platform: descriptor?.platform, manifest, config });
  }
  return bases;
}

/** The new image config: the base's (entrypoint, env, labels kept) plus the model layer. */
function composeConfig(
  base: BasePlatform,
  diffId: string,
  options: WriteImageOptions,
): ImageConfig {
  const from = base.config;
  const [os, architecture] = (options.platforms[0] ?? 'linux/amd64').split('/');
  return {
    ...(from ?? { architecture, os }),
    created: options.created,
    config: {
      ...(from?.config ?? {}),
      Labels: { ...(from?.config?.Labels ?? {}), ...options.labels },
    },
    rootfs: { type: 'layers', diff_ids: [...(from?.rootfs?.diff_ids ?? []), diffId] },
    history: [
      ...(from?.history ?? []),
      {
        created: options.created,
        created_by: 'modelgate build-image',
        comment: `model at ${options.labels['dev.modelgate.model.path'] ?? '/models'}`,
      },
    ],
  };
}
