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
import { runGit } from '../core/git.js';
import { parseImageReference, formatReference } from '../oci/reference.js';
import { writeImageDigest } from './gitops-files.js';
import {
  RolloutError,
  type Provider,
  type RolloutContext,
  type RolloutResult,
} from './provider.js';

export interface GitOpsSettings {
  repository: string;
  branch: string;
  path: string;
}

export interface GitOpsAccess {
  token?: string;
  serverUrl: string;
  tempDir?: string;
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

  async function attempt(image: string, context: RolloutContext): Promise<RolloutResult | 'retry'> {
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
        throw new RolloutError(`${where}: ${error.message}`, false);
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
      await git([
        '-c',
        'user.name=modelgate',
        '-c',
        'user.email=modelgate@users.noreply.github.com',
        'commit',
        '--quiet',
        '-m',
        commitMessage(
          image,
          context,
          edited.map((e) => e.path),
        ),
      ]);
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

  function commitUrl(sha: string): string | undefined {
    return github ? `${access.serverUrl}/${settings.repository}/commit/${sha}` : undefined;
  }

  return {
    name: 'gitops',
    config: { repository: settings.repository, branch: settings.branch, path: settings.path },
    current: async () => undefined,
    plan: (image) => `commit ${image} to ${where} and push`,
    async rollout(image, context) {
      for (let i = 1; i <= PUSH_ATTEMPTS; i++) {
        const result = await attempt(image, context).catch((error: Error) => {
          if (error instanceof RolloutError) throw error;
          throw new RolloutError(error.message, false);
        });
        if (result !== 'retry') return result;
        context.log.info(
          `${settings.repository} moved while committing; redoing on its new tip (${i}/${PUSH_ATTEMPTS})`,
        );
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
