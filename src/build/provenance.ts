/** Where an image comes from: commit, time and repository, from the Actions environment or git. */
import { ConfigurationError } from '../core/errors.js';
import { gitOutput as git } from '../core/git.js';

export interface Provenance {
  revision?: string;
  /** Seconds since the epoch, for every timestamp in the image. */
  created: number;
  source?: string;
}

/**
 * The commit (GITHUB_SHA, else `git rev-parse HEAD`), the time (SOURCE_DATE_EPOCH,
 * else the commit time, else 0) and the repository URL.
 */
export async function resolveProvenance(
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<Provenance> {
  const revision = env.GITHUB_SHA || (await git(['rev-parse', 'HEAD'], cwd));
  let created = 0;
  if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
    created = Number(env.SOURCE_DATE_EPOCH);
    if (!Number.isSafeInteger(created) || created < 0)
      throw new ConfigurationError(
        'SOURCE_DATE_EPOCH',
        'must be whole seconds since 1970',
        env.SOURCE_DATE_EPOCH,
      );
  } else if (revision) {
    created = Number((await git(['show', '-s', '--format=%ct', revision], cwd)) ?? 0) || 0;
  }
  const source = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : undefined;
  return { revision, created, source };
}

/** The default tag: `sha-<7-char commit>`. */
export function defaultTags(revision: string | undefined): string[] {
  if (!revision)
    throw new ConfigurationError(
      'tags',
      'has no default outside a git checkout (no GITHUB_SHA, no HEAD); set tags',
    );
  return [`sha-${revision.slice(0, 7)}`];
}
