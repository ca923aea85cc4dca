/**
 * build-image's domain for the `oci` builder: describe the model (digest, format),
 * plan its layer, open the destination and base stores, write the image.
 */
import type { Logger } from '../core/logger.js';
import { createProgress } from '../core/progress.js';
import { formatBytes } from '../core/size.js';
import { hashModel, modelDigestOf } from '../model/model-digest.js';
import { listModelFiles, type ModelFiles } from '../model/model-files.js';
import type { StoreAccess } from '../oci/image-store.js';
import { openImageStore } from '../oci/image-store.js';
import { storeModelLayer, writeImage } from '../oci/image-writer.js';
import { startMeasuringLayer, type Compression } from '../oci/model-layer.js';
import type { ImageReference } from '../oci/reference.js';
import { planTar } from '../oci/tar-layer.js';
import { FindingList } from '../formats/findings.js';
import { imageLabels, modelTitle, rfc3339, type ImageProvenance } from './labels.js';

export interface BuildImageOptions extends StoreAccess {
  model: string;
  image: ImageReference;
  tags: string[];
  base?: ImageReference;
  modelPath: string;
  platforms: string[];
  compression: Compression;
  labels: Record<string, string>;
  provenance: { source?: string; revision?: string; created: number };
  /** From a validate-model report: saves hashing and detection. */
  validated?: { digest: string; format: string; signature?: string };
  log: Logger;
}

export interface BuildImageResult {
  image: string;
  digest: string;
  mediaType: string;
  tags: string[];
  modelDigest: string;
  modelFormat: string;
  layerDigest: string;
  layerSize: number;
  bytesUploaded: number;
  platforms: string[];
  labels: Record<string, string>;
}

/** Builds the model image and stores it at `options.image` under every tag. */
export async function buildImage(options: BuildImageOptions): Promise<BuildImageResult> {
  const listing = await listModelFiles(options.model, new FindingList('.'));
  if (listing.files.length === 0)
    throw new Error(`the model directory ${options.model} holds no files`);
  const total = listing.files.reduce((sum, f) => sum + f.size, 0);
  const destination = await openImageStore(options.image, true, options);
  const base = options.base
    ? {
        store: await openImageStore(options.base, false, options),
        reference:
          options.base.kind === 'registry'
            ? (options.base.digest ?? options.base.tag ?? 'latest')
            : (options.base.tag ?? ''),
      }
    : undefined;
  const plan = planTar(
    listing.files.map((f) => ({ path: f.path, absolute: f.absolute, size: f.size })),
    options.modelPath,
    options.provenance.created,
  );
  const [model, result, labels] = await options.log.group(
    `Pushing ${formatBytes(total)} of model to ${destination.name}`,
    async () => {
      const progress = createProgress({
        label: 'model layer sent',
        total: plan.size,
        log: (l) => options.log.info(l),
      });
      const hashing = createProgress({
        label: 'model layer hashed',
        total: plan.size,
        log: (l) => options.log.info(l),
      });
      // Hashing the layer reads each model file once and, without a validate report,
      // hashes it on its own in the same read for the model digest.
      const measuring = startMeasuringLayer(plan, options.compression, {
        perFile: !options.validated,
        onBytes: (n) => hashing.add(n),
      });
      const described = options.validated
        ? Promise.resolve(options.validated)
        : describeModel(listing, measuring.files);
      const storing = storeModelLayer({
        destination,
        plan,
        compression: options.compression,
        log: options.log,
        measuring,
        onLayerBytes: (n) => progress.add(n),
      });
      // Stops the hashing workers when the push fails before it needs them.
      const [model, layer] = await Promise.all([described, storing]).finally(() =>
        measuring.cancel(),
      );
      hashing.done();
      progress.done();
      options.log.info(`model layer ${layer.digest} (${layer.size} bytes)`);
      const provenance: ImageProvenance = {
        ...options.provenance,
        title: modelTitle(options.model),
        modelDigest: model.digest,
        modelFormat: model.format,
        modelPath: options.modelPath,
        signature: model.signature,
      };
      const imageLabelSet = imageLabels(provenance, options.labels);
      const written = await writeImage({
        destination,
        base,
        layer,
        platforms: options.platforms,
        compression: options.compression,
        labels: imageLabelSet,
        created: rfc3339(options.provenance.created),
        tags: options.tags,
        log: options.log,
      });
      return [model, written, imageLabelSet] as const;
    },
  );
  return {
    image: `${destination.name}@${result.digest}`,
    digest: result.digest,
    mediaType: result.mediaType,
    tags: options.tags,
    modelDigest: model.digest,
    modelFormat: model.format,
    layerDigest: result.layer.digest,
    layerSize: result.layer.size,
    bytesUploaded: result.bytesUploaded,
    platforms: result.platforms,
    labels,
  };
}

/**
 * Model digest and the format of its largest model file. The files' hashes come from
 * the layer's measurement when it could give them, else from hashing them again.
 */
async function describeModel(
  listing: ModelFiles,
  hashed: Promise<Map<string, string> | undefined>,
): Promise<{ digest: string; format: string; signature?: string }> {
  const hashing = hashed.then((files) =>
    files ? modelDigestOf(listing, files) : hashModel(listing).then((h) => h.digest),
  );
  hashing.catch(() => {}); // awaited after detection; a failure meanwhile is not unhandled
  // Loaded here, not at start: with a validate report (the usual chain) build-image needs
  // neither. The head names most formats; only containers (zip, pickle) need the parsers,
  // the largest part of what build-image could load.
  const { detectFormat, formatOf, readHead } = await import('../formats/detect.js');
  let format = 'unknown';
  for (const file of [...listing.files].sort((a, b) => b.size - a.size)) {
    const detected = await detectFormat(await readHead(file.absolute), file.path);
    if (!detected) continue;
    const named =
      formatOf(detected) ??
      (await (
        await import('../formats/registry.js')
      ).detectModelFormat(file.absolute, file.path, file.size));
    if (named) {
      format = named;
      break;
    }
  }
  return { digest: await hashing, format };
}
