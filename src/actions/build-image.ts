/** build-image: inputs -> oci builder (or docker buildx) -> outputs, summary, report. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildImage, type BuildImageResult } from '../build/build-image.js';
import { credentialResolver } from '../build/credentials.js';
import { dockerBuild } from '../build/docker-builder.js';
import { imageLabels } from '../build/labels.js';
import { defaultTags, resolveProvenance } from '../build/provenance.js';
import { renderBuildSummary } from '../build/render-summary.js';
import { defineAction } from '../core/action.js';
import { ConfigurationError } from '../core/errors.js';
import { bool, choice, lines, text } from '../core/inputs.js';
import { hashModel } from '../model/model-digest.js';
import { listModelFiles } from '../model/model-files.js';
import { FindingList } from '../formats/findings.js';
import { zstdAvailable } from '../oci/model-layer.js';
import {
  formatReference,
  isValidTag,
  parseImageReference,
  type ImageReference,
} from '../oci/reference.js';

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
    const labels = parseLabels(inputs.labels);
    const provenance = await resolveProvenance(env, process.cwd());
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
      result = await runDocker(inputs, image, tags, labels, provenance, validated, env, log);
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
        insecureRegistries: (env.MODELGATE_INSECURE_REGISTRIES ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
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
      report: { action: 'build-image', builder, ...result },
    };
  },
});

function parseLabels(entries: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ConfigurationError('labels', 'each line must be key=value', entry);
    labels[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return labels;
}

async function readValidateReport(path: string, model: string) {
  let report: {
    valid?: boolean;
    digest?: string;
    format?: string;
    model?: string;
    signature?: unknown;
    tensors?: unknown;
  };
  try {
    report = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      'validate-report',
      `cannot be read as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      path,
    );
  }
  if (typeof report.digest !== 'string' || typeof report.format !== 'string')
    throw new ConfigurationError(
      'validate-report',
      'is not a validate-model report (no digest/format)',
      path,
    );
  if (report.valid === false)
    throw new ConfigurationError(
      'validate-report',
      'says the model failed validation; refusing to build it',
      path,
    );
  if (report.model && report.model.replace(/\/+$/, '') !== model.replace(/\/+$/, ''))
    throw new ConfigurationError(
      'validate-report',
      `is for '${report.model}', not '${model}'`,
      path,
    );
  const signature = report.signature ?? report.tensors;
  return {
    digest: report.digest,
    format: report.format,
    signature: signature ? JSON.stringify(signature) : undefined,
  };
}

async function runDocker(
  inputs: {
    model: string;
    dockerfile: string;
    context: string;
    'build-args': string[];
    platforms: string[];
    push: boolean;
    'model-path': string;
  },
  image: ImageReference,
  tags: string[],
  extra: Record<string, string>,
  provenance: Awaited<ReturnType<typeof resolveProvenance>>,
  validated: { digest: string; format: string; signature?: string } | undefined,
  env: Record<string, string | undefined>,
  log: Parameters<typeof dockerBuild>[1],
): Promise<BuildImageResult> {
  if (image.kind !== 'registry')
    throw new ConfigurationError(
      'image',
      'the docker builder pushes to a registry, not an oci: layout',
      formatReference(image),
    );
  const modelDigest =
    validated?.digest ??
    (await hashModel(await listModelFiles(inputs.model, new FindingList('.')))).digest;
  const labels = imageLabels(
    {
      ...provenance,
      title: inputs.model.split('/').filter(Boolean).pop() ?? 'model',
      modelDigest,
      modelFormat: validated?.format ?? 'unknown',
      modelPath: inputs['model-path'],
      signature: validated?.signature,
    },
    extra,
  );
  const repository = `${image.registry}/${image.repository}`;
  const digest = await dockerBuild(
    {
      dockerfile: inputs.dockerfile,
      context: inputs.context || '.',
      repository,
      tags,
      labels,
      buildArgs: inputs['build-args'],
      platforms: inputs.platforms,
      push: inputs.push,
      metadataFile: join(env.RUNNER_TEMP || tmpdir(), `modelgate-buildx-${process.pid}.json`),
    },
    log,
  );
  return {
    image: `${repository}@${digest}`,
    digest,
    mediaType: '',
    tags,
    modelDigest,
    modelFormat: validated?.format ?? 'unknown',
    layerDigest: '',
    layerSize: 0,
    bytesUploaded: 0,
    platforms: inputs.platforms,
    labels,
  };
}
