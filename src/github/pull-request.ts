/**
 * Reporting on a pull request: a check run on the PR's head commit (not the merge commit
 * the workflow checked out) and one sticky comment, found again by a hidden marker and
 * updated in place. Missing permissions and fork PRs' read-only tokens are warnings
 * that say what to add: the gate's verdict does not depend on being able to post it.
 */
import { readFile } from 'node:fs/promises';
import { statusOf, type GitHubClient } from '../core/github-client.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** From a fork: the workflow's token cannot write to the base repository. */
  fork: boolean;
}

/** GitHub's limit on a comment body and on a check run's summary. */
export const GITHUB_TEXT_LIMIT = 65535;

/** The pull request of a `pull_request`/`pull_request_target` event, if this is one. */
export async function pullRequestOf(
  env: Record<string, string | undefined>,
): Promise<PullRequestRef | undefined> {
  const name = env.GITHUB_EVENT_NAME;
  if (name !== 'pull_request' && name !== 'pull_request_target') return undefined;
  if (!env.GITHUB_EVENT_PATH) return undefined;
  const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
    pull_request?: {
      number: number;
      head: { sha: string; repo: { full_name: string } | null };
      base: { repo: { full_name: string; name: string; owner: { login: string } } };
    };
  };
  const pr = event.pull_request;
  if (!pr) return undefined;
  return {
    owner: pr.base.repo.owner.login,
    repo: pr.base.repo.name,
    number: pr.number,
    headSha: pr.head.sha,
    fork: name === 'pull_request' && pr.head.repo?.full_name !== pr.base.repo.full_name,
  };
}

/**
 * Creates the named check run on `sha`, or updates the one this workflow already made
 * there (a re-run), so a commit shows one "Model gate" check.
 */
export async function publishCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string },
  check: {
    name: string;
    conclusion: 'success' | 'failure' | 'neutral';
    title: string;
    summary: string;
    detailsUrl?: string;
  },
): Promise<number> {
  const { owner, repo, sha } = target;
  const output = { title: check.title, summary: check.summary.slice(0, GITHUB_TEXT_LIMIT) };
  const fields = {
    status: 'completed' as const,
    conclusion: check.conclusion,
    completed_at: new Date().toISOString(),
    output,
    ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
  };
  const { data: existing } = await client.rest.checks.listForRef({
    owner,
    repo,
    ref: sha,
    check_name: check.name,
    filter: 'latest',
  });
  const previous = existing.check_runs.find((run) => run.name === check.name);
  if (previous) {
    await client.rest.checks.update({ owner, repo, check_run_id: previous.id, ...fields });
    return previous.id;
  }
  const { data } = await client.rest.checks.create({
    owner,
    repo,
    name: check.name,
    head_sha: sha,
    ...fields,
  });
  return data.id;
}

/** The hidden line that marks modelgate's comment for one gate on a pull request. */
export function stickyMarker(key: string): string {
  return `<!-- modelgate:${key} -->`;
}

/**
 * Updates the comment carrying `marker` on the pull request, or creates it: one
 * comment, however many times the workflow runs. Returns its id and what was done.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: { owner: string; repo: string; number: number },
  marker: string,
  body: string,
): Promise<{ id: number; action: 'created' | 'updated' }> {
  const text = `${marker}\n${body}`.slice(0, GITHUB_TEXT_LIMIT);
  const comments = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  for await (const page of comments)
    for (const comment of page.data)
      if (comment.body?.includes(marker)) {
        await client.rest.issues.updateComment({
          owner: pr.owner,
          repo: pr.repo,
          comment_id: comment.id,
          body: text,
        });
        return { id: comment.id, action: 'updated' };
      }
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body: text,
  });
  return { id: data.id, action: 'created' };
}

/**
 * Runs a write to GitHub; a permission refusal becomes a warning naming the permission
 * to add (returned), anything else is thrown.
 */
export async function withPermission<T>(
  permission: string,
  what: string,
  write: () => Promise<T>,
): Promise<{ value?: T; warning?: string }> {
  try {
    return { value: await write() };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404)
      return {
        warning: `could not ${what}: the token was refused (HTTP ${status}); add \`permissions: ${permission}\` to the job`,
      };
    throw error;
  }
}
