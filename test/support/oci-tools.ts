/**
 * skopeo and umoci, which no one here wrote, as independent readers (and base-image
 * builders) for what build-image writes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function skopeo(args: string[]): string {
  return execFileSync('skopeo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `skopeo inspect` of a registry image (plain HTTP). */
export function inspect(
  reference: string,
  what: '--config' | '--raw' | '' = '',
): Record<string, unknown> {
  return JSON.parse(
    skopeo(['inspect', '--tls-verify=false', ...(what ? [what] : []), `docker://${reference}`]),
  );
}

/** Copies a registry image into a layout with skopeo and unpacks it with umoci; returns rootfs. */
export function pullAndUnpack(reference: string, workdir: string, extra: string[] = []): string {
  const layout = join(workdir, `pulled-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  skopeo([
    'copy',
    ...extra,
    '--src-tls-verify=false',
    `docker://${reference}`,
    `oci:${layout}:pulled`,
  ]);
  return unpackLayout(`${layout}:pulled`, `${layout}-bundle`);
}

/** `umoci unpack` of `layout:tag`; returns the rootfs path. */
export function unpackLayout(image: string, bundle: string): string {
  execFileSync('umoci', ['unpack', '--image', image, bundle], { stdio: 'pipe' });
  return join(bundle, 'rootfs');
}

/** sha256 of every regular file under `dir`, by relative path. */
export function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/**
 * A base image built with umoci in `layout` under `tag`: one layer with /etc/base-release
 * and /usr/bin/serve, an entrypoint, env and a label.
 */
export function buildBaseImage(layout: string, tag: string, architecture = 'amd64'): void {
  const image = `${layout}:${tag}`;
  try {
    statSync(join(layout, 'oci-layout'));
  } catch {
    execFileSync('umoci', ['init', '--layout', layout]);
  }
  execFileSync('umoci', ['new', '--image', image]);
  const bundle = `${layout}-${tag}-bundle`;
  execFileSync('umoci', ['unpack', '--image', image, bundle]);
  mkdirSync(join(bundle, 'rootfs', 'etc'), { recursive: true });
  mkdirSync(join(bundle, 'rootfs', 'usr', 'bin'), { recursive: true });
  writeFileSync(join(bundle, 'rootfs', 'etc', 'base-release'), `base ${architecture}\n`);
  writeFileSync(join(bundle, 'rootfs', 'usr', 'bin', 'serve'), '#!/bin/sh\necho serving\n', {
    mode: 0o755,
  });
  execFileSync('umoci', ['repack', '--image', image, bundle]);
  execFileSync('umoci', [
    'config',
    '--image',
    image,
    '--config.entrypoint',
    '/usr/bin/serve',
    '--config.env',
    'MODEL_DIR=/models',
    '--config.label',
    'base.label=kept',
    '--architecture',
    architecture,
    '--os',
    'linux',
  ]);
}

/** Adds an index tagged `tag` to a layout, over the images tagged `members`. */
export function addIndex(
  layout: string,
  tag: string,
  members: { tag: string; architecture: string }[],
): void {
  const indexPath = join(layout, 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
    manifests: {
      digest: string;
      size: number;
      mediaType: string;
      annotations?: Record<string, string>;
    }[];
  };
  const manifests = members.map((m) => {
    const entry = index.manifests.find(
      (e) => e.annotations?.['org.opencontainers.image.ref.name'] === m.tag,
    );
    if (!entry) throw new Error(`no ${m.tag} in ${layout}`);
    return {
      mediaType: entry.mediaType,
      digest: entry.digest,
      size: entry.size,
      platform: { architecture: m.architecture, os: 'linux' },
    };
  });
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests,
    }),
  );
  const digest = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(layout, 'blobs', 'sha256', digest), bytes);
  index.manifests.push({
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: `sha256:${digest}`,
    size: bytes.length,
    annotations: { 'org.opencontainers.image.ref.name': tag },
  });
  writeFileSync(indexPath, JSON.stringify(index));
}

/**
 * Extracts every layer of `layout:tag` in order with the zstd CLI or gzip and GNU tar
 * (for zstd layers, which Debian's umoci 0.4 cannot read); returns the rootfs.
 */
export function extractLayersWithTar(layout: string, tag: string, into: string): string {
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string; annotations?: Record<string, string> }[];
  };
  const entry = index.manifests.find(
    (m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag,
  );
  if (!entry) throw new Error(`no ${tag} in ${layout}`);
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  const manifest = JSON.parse(readFileSync(blob(entry.digest), 'utf8')) as {
    layers: { digest: string; mediaType: string }[];
  };
  mkdirSync(into, { recursive: true });
  for (const layer of manifest.layers) {
    const decompress = layer.mediaType.endsWith('+zstd')
      ? '--zstd'
      : layer.mediaType.endsWith('+gzip')
        ? '--gzip'
        : '';
    execFileSync('tar', [
      '-x',
      ...(decompress ? [decompress] : []),
      '-f',
      blob(layer.digest),
      '-C',
      into,
    ]);
  }
  return into;
}
