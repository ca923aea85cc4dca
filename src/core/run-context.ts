/**
 * Where and for what an action runs, read once from the environment the host gives:
 * the working directory, the repository, the commit (GITHUB_SHA, else `git rev-parse
 * HEAD` there), the ref, the actor and the run's URL. Every action and domain module
 * asks this instead of reading GITHUB_* itself.
 */
import { gitOutput } from './git.js';

export interface RunContext {
  /** The directory the action runs in: relative paths in inputs start here. */
  cwd: string;
  /** `owner/name`, split; undefined outside Actions. */
  repository?: { owner: string; repo: string; fullName: string };
  /** The web server (https://github.com, or an Enterprise Server). */
  serverUrl: string;
  /** The workflow run (and its attempt), where the full job summary is. */
  runUrl?: string;
  ref?: string;
  actor?: string;
  /** The commit this run is for; undefined outside Actions and outside a git checkout. */
  commit(): Promise<string | undefined>;
}

export function runContextOf(env: Record<string, string | undefined>, cwd: string): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = owner && repo ? { owner, repo, fullName: `${owner}/${repo}` } : undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  let commit: Promise<string | undefined> | undefined;
  return {
    cwd,
    repository,
    serverUrl,
    runUrl:
      env.GITHUB_SERVER_URL && repository && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repository.fullName}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`
        : undefined,
    ref: env.GITHUB_REF || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    commit: () =>
      (commit ??= env.GITHUB_SHA
        ? Promise.resolve(env.GITHUB_SHA)
        : gitOutput(['rev-parse', 'HEAD'], cwd)),
  };
}
