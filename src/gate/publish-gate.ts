/**
 * Puts the gate's verdict on the pull request: the check run named by `check-name` on
 * the head commit and the sticky comment. Returns warnings (a missing permission, a fork
 * PR) rather than failing: the gate's verdict stands whether or not it could be posted.
 */
import type { GitHubClient } from '../core/github-client.js';
import {
  GITHUB_TEXT_LIMIT,
  publishCheckRun,
  stickyMarker,
  upsertStickyComment,
  withPermission,
  type PullRequestRef,
} from '../github/pull-request.js';
import { renderGateSummary, type GateSummaryInput } from './render-summary.js';

export interface PublishOptions {
  /** The pull request of the event; undefined on other events. */
  pr: PullRequestRef | undefined;
  client: () => GitHubClient;
  checkName: string;
  /** `auto` comments on pull requests only. */
  comment: 'auto' | 'true' | 'false';
  runUrl?: string;
}

export interface Published {
  checkRunId?: number;
  commentId?: number;
  warnings: string[];
}

/** Publishes the check run and the comment the options ask for (on pull requests only). */
export async function publishGate(
  summary: GateSummaryInput,
  options: PublishOptions,
): Promise<Published> {
  const { pr, checkName } = options;
  const published: Published = { warnings: [] };
  if (!pr) {
    if (options.comment === 'true')
      published.warnings.push('comment: true needs a pull_request event; no comment was posted');
    return published;
  }
  const comment = options.comment !== 'false';
  if (!checkName && !comment) return published;
  if (pr.fork) {
    published.warnings.push(
      'pull request from a fork: its token is read-only, so no check run or comment was posted (the verdict is in the job summary)',
    );
    return published;
  }
  const client = options.client();
  const title = checkName || 'Model gate';
  // A comment outlives the push it is about: say which commit and which run.
  const byline = `_Commit \`${pr.headSha.slice(0, 7)}\`${options.runUrl ? ` · [workflow run](${options.runUrl})` : ''}_`;
  if (checkName) {
    const verdict = summary.evaluation.verdict;
    const result = await withPermission(
      'checks: write',
      `create the "${checkName}" check run`,
      () =>
        publishCheckRun(
          client,
          { owner: pr.owner, repo: pr.repo, sha: pr.headSha },
          {
            name: checkName,
            conclusion: verdict === 'pass' ? 'success' : verdict === 'fail' ? 'failure' : 'neutral',
            title: `${verdict}: ${summary.evaluation.failedGates.length} failed gate(s)`,
            summary: renderGateSummary(summary, {
              title,
              byline,
              maxLength: GITHUB_TEXT_LIMIT,
              moreAt: options.runUrl,
            }),
            detailsUrl: options.runUrl,
          },
        ),
    );
    published.checkRunId = result.value;
    if (result.warning) published.warnings.push(result.warning);
  }
  if (comment) {
    const marker = stickyMarker(`evaluate-gate:${title}`);
    const body = renderGateSummary(summary, {
      title,
      byline,
      maxLength: GITHUB_TEXT_LIMIT - marker.length - 1,
      moreAt: options.runUrl,
    });
    const result = await withPermission('pull-requests: write', 'comment on the pull request', () =>
      upsertStickyComment(client, pr, marker, body),
    );
    published.commentId = result.value?.id;
    if (result.warning) published.warnings.push(result.warning);
  }
  return published;
}
