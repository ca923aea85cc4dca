/** Where an image comes from: commit, time and repository, from the Actions environment or git. */
import { ConfigurationError } from '../core/errors.js';
import { gitOutput as git } from '../core/git.js';
import type { RunContext } from '../core/run-context.js';

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
  run: RunContext,
): Promise<Provenance> {
  const revision = await run.commit();
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
    created = Number((await git(['show', '-s', '--format=%ct', revision], run.cwd)) ?? 0) || 0;
  }
  const source = run.repository ? `${run.serverUrl}/${run.repository.fullName}` : undefined;
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
