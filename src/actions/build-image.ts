/** build-image: inputs -> oci builder (or docker buildx) -> outputs, summary, report. */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildImage, type BuildImageResult } from '../build/build-image.js';
import { credentialResolver } from '../oci/credentials.js';
import { buildWithDocker } from '../build/docker-builder.js';
import { parseLabelLines } from '../build/labels.js';
import { defaultTags, resolveProvenance } from '../build/provenance.js';
import { renderBuildSummary } from '../build/render-summary.js';
import { readValidateReport } from '../build/validate-report.js';
import { defineAction } from '../core/action.js';
import { ConfigurationError } from '../core/errors.js';
import { bool, choice, lines, text } from '../core/inputs.js';
import { insecureRegistriesOf } from '../oci/image-store.js';
import { zstdAvailable } from '../oci/model-layer.js';
import { formatReference, isValidTag, parseImageReference } from '../oci/reference.js';

export const buildImageAction = defineAction({
  name: 'build-image',
  inputs: {
    model: text({ required: true }),
    image: text({ required: true }),
    tags: lines(),
    'base-image': text(),
    'model-path': text({ default: '/models' }),
    platforms: lines(),
    compression: choice(['none', 'gzip', 'zstd'], 'none'),
    labels: lines(),
    builder: choice(['auto', 'oci', 'docker'], 'auto'),
    dockerfile: text(),
    context: text(),
    'build-args': lines(),
    'registry-username': text(),
    'registry-password': text({ secret: true }),
    'github-token': text({ secret: true, expression: '${{ github.token }}' }),
    'validate-report': text(),
    push: bool(true),
    report: text(),
  },
  outputsOnError: { 'bytes-uploaded': '0' },
  async run(inputs, context) {
    const { env, log } = context;
    let image = parseImageReference(inputs.image, 'image');
    if (image.kind === 'registry' && (image.tag || image.digest))
      throw new ConfigurationError(
        'image',
        'is registry/repository without a tag or digest (tags go in tags)',
        inputs.image,
      );
    const base = inputs['base-image']
      ? parseImageReference(inputs['base-image'], 'base-image')
      : undefined;
    if (!inputs['model-path'].startsWith('/') || inputs['model-path'].split('/').includes('..'))
      throw new ConfigurationError(
        'model-path',
        'must be an absolute path inside the image, without ..',
        inputs['model-path'],
      );
    if (inputs.compression === 'zstd' && !zstdAvailable())
      throw new ConfigurationError(
        'compression',
        `zstd needs Node.js 22.15 or newer (this is ${process.version})`,
        'zstd',
      );
    if (inputs['registry-password'] && !inputs['registry-username'])
      throw new ConfigurationError('registry-username', 'is required with registry-password');
    const labels = parseLabelLines(inputs.labels);
    const provenance = await resolveProvenance(env, context.run);
    const tags = inputs.tags.length > 0 ? inputs.tags : defaultTags(provenance.revision);
    for (const tag of tags)
      if (!isValidTag(tag))
        throw new ConfigurationError('tags', `'${tag}' is not a valid tag`, tag);
    if (!inputs.push && image.kind === 'registry') {
      image = {
        kind: 'layout',
        dir: join(
          env.RUNNER_TEMP || tmpdir(),
          'modelgate',
          'images',
          image.repository.replace(/\//g, '_'),
        ),
      };
      log.info(`push: false: writing the image to ${formatReference(image)}`);
    }
    const validated = inputs['validate-report']
      ? await readValidateReport(inputs['validate-report'], inputs.model)
      : undefined;
    const credentials = credentialResolver(
      {
        registry: image.kind === 'registry' ? image.registry : undefined,
        username: inputs['registry-username'],
        password: inputs['registry-password'],
        githubToken: inputs['github-token'],
        actor: env.GITHUB_ACTOR,
      },
      env,
    );
    const builder =
      inputs.builder === 'auto' ? (inputs.dockerfile ? 'docker' : 'oci') : inputs.builder;
    let result: BuildImageResult;
    if (builder === 'docker') {
      result = await buildWithDocker({
        model: inputs.model,
        image,
        tags,
        labels,
        provenance,
        validated,
        modelPath: inputs['model-path'],
        dockerfile: inputs.dockerfile,
        context: inputs.context,
        buildArgs: inputs['build-args'],
        platforms: inputs.platforms,
        push: inputs.push,
        metadataFile: join(env.RUNNER_TEMP || tmpdir(), `modelgate-buildx-${process.pid}.json`),
        log,
      });
    } else {
      if (inputs.dockerfile)
        throw new ConfigurationError(
          'builder',
          'oci does not read a dockerfile; use builder: docker or auto',
          'oci',
        );
      result = await buildImage({
        model: inputs.model,
        image,
        tags,
        base,
        modelPath: inputs['model-path'],
        platforms: inputs.platforms,
        compression: inputs.compression,
        labels,
        credentials,
        insecureRegistries: insecureRegistriesOf(env),
        provenance,
        validated,
        log,
      });
    }
    return {
      outputs: {
        image: result.image,
        digest: result.digest,
        tags: result.tags.join('\n'),
        'model-digest': result.modelDigest,
        'layer-digest': result.layerDigest,
        'bytes-uploaded': String(result.bytesUploaded),
      },
      summary: renderBuildSummary(result, builder),
      report: {
        action: 'build-image',
        builder,
        subject: {
          model: { digest: result.modelDigest },
          image: { name: result.image, digest: result.digest },
        },
        ...result,
      },
    };
  },
});
