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

/** The HTTP status of an octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
