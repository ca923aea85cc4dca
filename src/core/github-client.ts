/**
 * The GitHub REST client every action shares: the octokit inside @actions/github, aimed
 * at GITHUB_API_URL (GitHub Enterprise Server, or the emulator in tests), plus the facts
 * of the run it reports on. Domain code receives the client; only this module builds it.
 */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A client authenticated with `token` against the run's API URL. */
export function createGitHubClient(
  token: string,
  env: Record<string, string | undefined>,
): GitHubClient {
  return getOctokit(token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    userAgent: 'modelgate',
  });
}

/** `owner/name` of the run's repository, split; undefined outside Actions. */
export function repositoryOf(
  env: Record<string, string | undefined>,
): { owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** The URL of the workflow run, where the full job summary is. */
export function runUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${repo}/actions/runs/${run}${attempt}`;
}

/** The HTTP status of an octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
