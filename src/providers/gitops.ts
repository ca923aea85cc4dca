/**
 * The `gitops` provider: the environment is whatever a Git repository's manifests say;
 * a controller (Argo CD, Flux) applies them. A rollout clones `repository@branch`,
 * writes the image digest into the manifests under `path`, commits with a message that
 * names the release, the model digest and the gate verdict, and pushes. A rollback is a
 * new commit, never a force push; a push that loses a race is redone on the new tip.
 * `repository` is a GitHub `owner/name` (authenticated with the token, sent as a header
 * so it is never in a URL or in .git/config) or any URL git understands.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { runGit } from '../core/git.js';
import { statusOf, type GitHubClient } from '../core/github-client.js';
import { parseImageReference, formatReference } from '../oci/reference.js';
import { writeImageDigest } from './gitops-files.js';
import {
  CancelledError,
  pollPause,
  RolloutError,
  type Provider,
  type RolloutContext,
  type RolloutResult,
} from './provider.js';

export interface GitOpsSettings {
  repository: string;
  branch: string;
  path: string;
  /** Open a pull request and wait for it to be merged, instead of pushing to `branch`. */
  pullRequest: boolean;
}

export interface GitOpsAccess {
  token?: string;
  serverUrl: string;
  tempDir?: string;
  /** The GitHub API client (pull requests). */
  client?: () => GitHubClient;
}

/** A commit pushed to its own branch, waiting to be proposed. */
interface Proposal {
  head: string;
  base: string;
  message: string;
}

const PUSH_ATTEMPTS = 3;

export function gitopsProvider(settings: GitOpsSettings, access: GitOpsAccess): Provider {
  const github = /^[\w.-]+\/[\w.-]+$/.test(settings.repository);
  const url = github ? `${access.serverUrl}/${settings.repository}.git` : settings.repository;
  const auth =
    github && access.token
      ? [
          '-c',
          `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${access.token}`).toString('base64')}`,
        ]
      : [];
  const redact = access.token
    ? [access.token, Buffer.from(`x-access-token:${access.token}`).toString('base64')]
    : [];
  const where = `${settings.repository}${settings.branch ? `@${settings.branch}` : ''}:${settings.path}`;
  if (settings.pullRequest && !github)
    throw new ConfigurationError(
      'pull-request',
      'needs repository as a GitHub owner/name (pull requests are opened through the API)',
      'true',
    );

  async function attempt(
    image: string,
    context: RolloutContext,
  ): Promise<RolloutResult | Proposal | 'retry'> {
    const dir = await mkdtemp(join(access.tempDir ?? tmpdir(), 'modelgate-gitops-'));
    const git = (args: string[]) => runGit(args, { cwd: dir, redact });
    try {
      const branchArgs = settings.branch ? ['--branch', settings.branch] : [];
      await git([
        ...auth,
        'clone',
        '--quiet',
        '--depth',
        '1',
        '--single-branch',
        ...branchArgs,
        url,
        '.',
      ]);
      const branch = settings.branch || (await git(['rev-parse', '--abbrev-ref', 'HEAD']));
      const reference = parseImageReference(image, 'image');
      if (!reference.digest) throw new RolloutError(`${image} is not by digest`, false);
      const edited = await writeImageDigest(
        join(dir, settings.path),
        formatReference(reference),
        reference.digest,
      ).catch((error: Error) => {
        throw new RolloutError(`${where}: ${error.message}`, false, error);
      });
      if (edited.length === 0)
        throw new RolloutError(
          `no manifest under ${where} references ${formatReference(reference)}`,
          false,
        );
      if ((await git(['status', '--porcelain'])) === '') {
        const head = await git(['rev-parse', 'HEAD']);
        return {
          detail: `${where} already deploys ${reference.digest} (commit ${head.slice(0, 7)})`,
          url: commitUrl(head),
        };
      }
      await git(['add', '--all', '--', settings.path]);
      const message = commitMessage(
        image,
        context,
        edited.map((e) => e.path),
      );
      await git([
        '-c',
        'user.name=modelgate',
        '-c',
        'user.email=modelgate@users.noreply.github.com',
        'commit',
        '--quiet',
        '-m',
        message,
      ]);
      if (settings.pullRequest) {
        // A branch of its own: nobody else pushes to it, so there is no race to lose.
        const head = `modelgate/${context.environment}/${context.releaseId}`;
        await git([...auth, 'push', '--quiet', 'origin', `HEAD:refs/heads/${head}`]);
        return { head, base: branch, message };
      }
      try {
        await git([...auth, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
      } catch (error) {
        // Only a lost race is retried (the branch moved before, or while, the server took
        // our push); a hook or branch protection refusing the push is final.
        const race =
          /\(fetch first\)|non-fast-forward|stale info|failed to update ref|cannot lock ref/i;
        if (race.test((error as Error).message)) return 'retry';
        throw error;
      }
      const head = await git(['rev-parse', 'HEAD']);
      return {
        detail: `pushed ${head.slice(0, 7)} to ${settings.repository}@${branch} (${edited.map((e) => `${e.path}: ${e.kind}`).join(', ')})`,
        url: commitUrl(head),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Opens the pull request and waits until it is merged (healthy), closed, or out of time. */
  async function proposeAndWait(
    proposal: Proposal,
    context: RolloutContext,
  ): Promise<RolloutResult> {
    const [owner, repo] = settings.repository.split('/');
    if (!access.client) throw new RolloutError('pull-request needs a GitHub token', false);
    const client = access.client();
    const [title, ...body] = proposal.message.split('\n');
    let created;
    try {
      created = await client.rest.pulls.create({
        owner,
        repo,
        head: proposal.head,
        base: proposal.base,
        title,
        body: body.join('\n').trim(),
      });
    } catch (error) {
      const hint = statusOf(error) === 403 ? ' (the token needs pull-requests: write)' : '';
      throw new RolloutError(
        `could not open the pull request: ${(error as Error).message}${hint}`,
        false,
      );
    }
    const pull = created.data;
    context.log.info(`opened ${pull.html_url}; waiting for it to be merged`);
    const deadline = Date.now() + context.timeoutMs;
    const poll = Math.min(10_000, Math.max(50, context.timeoutMs / 40));
    for (;;) {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull.number });
      if (data.merged)
        return {
          detail: `pull request #${pull.number} merged into ${proposal.base}${data.merge_commit_sha ? ` (${data.merge_commit_sha.slice(0, 7)})` : ''}`,
          url: data.html_url,
        };
      if (data.state === 'closed')
        throw new RolloutError(`pull request #${pull.number} was closed without merging`, false);
      if (Date.now() > deadline)
        throw new RolloutError(
          `pull request #${pull.number} was not merged within ${formatDuration(context.timeoutMs)}; it stays open: ${pull.html_url}`,
          false,
        );
      try {
        await pollPause(poll, context.signal, false);
      } catch (error) {
        // Cancelled: nothing reached the environment; close the proposal so that nobody
        // merges a release the ledger records as cancelled.
        await client.rest.pulls
          .update({ owner, repo, pull_number: pull.number, state: 'closed' })
          .then(
            () => context.log.info(`closed ${pull.html_url}: the run was cancelled`),
            (closing: Error) =>
              context.log.warning(
                `the run was cancelled, but ${pull.html_url} could not be closed (${closing.message}): close it, do not merge it`,
              ),
          );
        // Merged just before it could be closed: it did reach the environment.
        const last = await client.rest.pulls
          .get({ owner, repo, pull_number: pull.number })
          .catch(() => undefined);
        if (last?.data.merged !== false) throw new CancelledError(true);
        throw error;
      }
    }
  }

  function commitUrl(sha: string): string | undefined {
    return github ? `${access.serverUrl}/${settings.repository}/commit/${sha}` : undefined;
  }

  return {
    name: 'gitops',
    config: {
      repository: settings.repository,
      branch: settings.branch,
      path: settings.path,
      ...(settings.pullRequest ? { 'pull-request': 'true' } : {}),
    },
    current: async () => undefined,
    plan: (image) =>
      settings.pullRequest
        ? `commit ${image} to ${where} and open a pull request`
        : `commit ${image} to ${where} and push`,
    async rollout(image, context) {
      for (let i = 1; i <= PUSH_ATTEMPTS; i++) {
        const result = await attempt(image, context).catch((error: Error) => {
          if (error instanceof RolloutError) throw error;
          throw new RolloutError(error.message, false, error);
        });
        if (result === 'retry') {
          context.log.info(
            `${settings.repository} moved while committing; redoing on its new tip (${i}/${PUSH_ATTEMPTS})`,
          );
          continue;
        }
        if (!('head' in result)) return result;
        // Until the pull request is merged nothing reached the environment.
        return proposeAndWait(result, context).catch((error: Error) => {
          if (error instanceof RolloutError) throw error;
          throw new RolloutError(error.message, false, error);
        });
      }
      throw new RolloutError(
        `${settings.repository} kept moving: ${PUSH_ATTEMPTS} pushes were rejected`,
        false,
      );
    },
  };
}

function commitMessage(image: string, context: RolloutContext, files: string[]): string {
  const digest = image.slice(image.lastIndexOf('@') + 1);
  const title =
    context.kind === 'rollback'
      ? `modelgate: roll back ${context.environment} to ${digest.slice(0, 19)}`
      : `modelgate: deploy ${digest.slice(0, 19)} to ${context.environment}`;
  return [
    title,
    '',
    `Release: ${context.releaseId}`,
    `Image: ${image}`,
    `Model: ${context.modelDigest ?? 'not recorded'}`,
    `Gate: ${context.gateVerdict ?? 'not recorded'}`,
    ...(context.previousImage ? [`Previous: ${context.previousImage}`] : []),
    ...(context.reason ? [`Reason: ${context.reason}`] : []),
    ...(context.runUrl ? [`Run: ${context.runUrl}`] : []),
    `Files: ${files.join(', ')}`,
  ].join('\n');
}
