/**
 * Image references: `registry/repository[:tag][@sha256:...]` (Docker Hub short names
 * included) and `oci:<dir>[:tag]` for an OCI image layout on disk.
 */
import { ConfigurationError } from '../core/errors.js';
import { isDigest } from '../core/digest.js';

export type ImageReference =
  | { kind: 'registry'; registry: string; repository: string; tag?: string; digest?: string }
  | { kind: 'layout'; dir: string; tag?: string; digest?: string };

const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** True for a tag the distribution spec accepts. */
export const isValidTag = (tag: string) => TAG.test(tag);

/** Parses an image reference; `input` names the action input in errors. */
export function parseImageReference(text: string, input: string): ImageReference {
  const value = text.trim();
  if (value.startsWith('oci:')) {
    let rest = value.slice(4);
    let digest: string | undefined;
    const at = rest.lastIndexOf('@');
    if (at >= 0 && /^sha256:/.test(rest.slice(at + 1))) {
      digest = rest.slice(at + 1);
      rest = rest.slice(0, at);
      if (!isDigest(digest))
        throw new ConfigurationError(input, `'${digest}' is not a sha256 digest`, text);
    }
    const colon = rest.lastIndexOf(':');
    const slash = rest.lastIndexOf('/');
    const hasTag = colon > slash && colon > 0;
    const dir = hasTag ? rest.slice(0, colon) : rest;
    const tag = hasTag ? rest.slice(colon + 1) : undefined;
    if (!dir) throw new ConfigurationError(input, 'oci: needs a directory', text);
    if (tag !== undefined && !TAG.test(tag))
      throw new ConfigurationError(input, `'${tag}' is not a valid tag`, text);
    return { kind: 'layout', dir, tag, digest };
  }
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest))
      throw new ConfigurationError(input, `'${digest}' is not a sha256 digest`, text);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ConfigurationError(input, `'${tag}' is not a valid tag`, text);
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  let registry: string;
  let repository: string;
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    repository = rest.slice(slash + 1);
  } else {
    registry = 'docker.io';
    repository = rest.includes('/') ? rest : `library/${rest}`;
  }
  if (!REPOSITORY.test(repository)) {
    throw new ConfigurationError(
      input,
      `'${repository}' is not a valid repository name (lowercase letters, digits, separators)`,
      text,
    );
  }
  return { kind: 'registry', registry, repository, tag, digest };
}

/** The host to talk to for a registry name (Docker Hub's API lives elsewhere). */
export function registryHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

/** True for registries on this machine, the only ones plain HTTP is used for by default. */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `registry/repository` (or `oci:dir`) for messages and outputs. */
export function formatReference(ref: ImageReference): string {
  if (ref.kind === 'layout') return `oci:${ref.dir}`;
  return `${ref.registry}/${ref.repository}`;
}

/** True when `value` names an image of `repository` (`repo`, `repo:tag`, `repo@sha256:…`, or both). */
export function namesRepository(value: string, repository: string): boolean {
  if (!value.startsWith(repository)) return false;
  const rest = value.slice(repository.length);
  return rest === '' || /^(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/.test(rest);
}
