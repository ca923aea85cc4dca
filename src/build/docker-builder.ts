/**
 * The `docker` builder: `docker buildx build` of the user's Dockerfile with modelgate's
 * labels, pushed, and the digest read back from buildx's --metadata-file.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { FindingList } from '../formats/findings.js';
import { hashModel } from '../model/model-digest.js';
import { listModelFiles } from '../model/model-files.js';
import { formatReference, type ImageReference } from '../oci/reference.js';
import type { BuildImageResult } from './build-image.js';
import { imageLabels, modelTitle } from './labels.js';
import type { Provenance } from './provenance.js';
import type { ValidatedModel } from './validate-report.js';
import { isDigest } from '../core/digest.js';

export interface DockerBuildOptions {
  dockerfile: string;
  context: string;
  /** `registry/repository` */
  repository: string;
  tags: string[];
  labels: Record<string, string>;
  buildArgs: string[];
  platforms: string[];
  push: boolean;
  metadataFile: string;
}

/** The arguments of `docker` for the build (without the binary). */
export function dockerBuildArguments(options: DockerBuildOptions): string[] {
  const args = ['buildx', 'build', '--file', options.dockerfile];
  for (const tag of options.tags) args.push('--tag', `${options.repository}:${tag}`);
  for (const [key, value] of Object.entries(options.labels))
    args.push('--label', `${key}=${value}`);
  for (const [key, value] of Object.entries(options.labels))
    args.push('--annotation', `index,manifest:${key}=${value}`);
  for (const arg of options.buildArgs) args.push('--build-arg', arg);
  if (options.platforms.length > 0) args.push('--platform', options.platforms.join(','));
  args.push('--provenance=false', '--metadata-file', options.metadataFile);
  args.push(options.push ? '--push' : '--load');
  args.push(options.context);
  return args;
}

/** The image digest buildx wrote to its metadata file. */
export function parseBuildxMetadata(text: string): string {
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error('buildx metadata file is not JSON');
  }
  const digest = metadata['containerimage.digest'];
  if (!isDigest(digest)) throw new Error('buildx metadata has no containerimage.digest');
  return digest;
}

export type CommandRunner = (command: string, args: string[], log: Logger) => Promise<number>;

/** Runs a command, its output going to the log line by line. */
export const runCommand: CommandRunner = (command, args, log) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (data: Buffer) =>
      data
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .forEach((l) => log.info(l));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });

/** Builds and pushes with buildx; returns the pushed digest. */
export async function dockerBuild(
  options: DockerBuildOptions,
  log: Logger,
  run: CommandRunner = runCommand,
): Promise<string> {
  const args = dockerBuildArguments(options);
  const code = await log.group(`docker ${args.slice(0, 2).join(' ')} ${options.context}`, () =>
    run('docker', args, log),
  );
  if (code !== 0)
    throw new Error(`docker buildx build failed (exit ${code}); no tag was pushed by modelgate`);
  return parseBuildxMetadata(await readFile(options.metadataFile, 'utf8'));
}

export interface DockerImageOptions {
  model: string;
  image: ImageReference;
  tags: string[];
  labels: Record<string, string>;
  provenance: Provenance;
  validated?: ValidatedModel;
  modelPath: string;
  dockerfile: string;
  context: string;
  buildArgs: string[];
  platforms: string[];
  push: boolean;
  metadataFile: string;
  log: Logger;
}

/** The docker builder end to end: model digest and labels, then buildx. */
export async function buildWithDocker(options: DockerImageOptions): Promise<BuildImageResult> {
  const { model, image, tags, provenance, validated, log } = options;
  if (image.kind !== 'registry')
    throw new ConfigurationError(
      'image',
      'the docker builder pushes to a registry, not an oci: layout',
      formatReference(image),
    );
  const modelDigest =
    validated?.digest ??
    (await hashModel(await listModelFiles(model, new FindingList('.')))).digest;
  const labels = imageLabels(
    {
      ...provenance,
      title: modelTitle(model),
      modelDigest,
      modelFormat: validated?.format ?? 'unknown',
      modelPath: options.modelPath,
      signature: validated?.signature,
    },
    options.labels,
  );
  const repository = `${image.registry}/${image.repository}`;
  const digest = await dockerBuild(
    {
      dockerfile: options.dockerfile,
      context: options.context || '.',
      repository,
      tags,
      labels,
      buildArgs: options.buildArgs,
      platforms: options.platforms,
      push: options.push,
      metadataFile: options.metadataFile,
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
    platforms: options.platforms,
    labels,
  };
}
