/**
 * The objects GitHub returns, built in full (every field the OpenAPI description
 * requires), for the emulator in github-emulator.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** A simple-user: the github-actions bot, or a named user. */
export function user(base: string, login = 'github-actions[bot]', id = 41898282): Json {
  const api = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `MDM6Qm90${id}`,
    avatar_url: `https://avatars.githubusercontent.com/in/15368?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/apps/github-actions`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
}

/** The GitHub Actions app, which owns check runs made with GITHUB_TOKEN. */
export function actionsApp(base: string): Json {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: user(base, 'github', 9919),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'pull_request'],
  };
}

import { createRequire } from 'node:module';

/** URLs of one repository, for building objects. */
export function repoFixtures(base: string, owner?: string, repo?: string) {
  const api = `${base}/repos/${owner}/${repo}`;
  return {
    api,
    html: `https://github.com/${owner}/${repo}`,
    user: user(base),
    app: actionsApp(base),
  };
}

export const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * A pull request object: GitHub's own example from the OpenAPI description, with the
 * fields of this one set (so it is as complete as the real thing).
 */
export function pullRequestObject(
  fixtures: ReturnType<typeof repoFixtures>,
  pull: {
    id: number;
    number: number;
    title: string;
    body: string | null;
    head: string;
    base: string;
    headSha: string;
  },
): Json {
  const spec = createRequire(import.meta.url)(
    '@octokit/openapi/generated/api.github.com.json',
  ) as Json;
  const example = structuredClone(spec.components.examples['pull-request'].value) as Json;
  const url = `${fixtures.api}/pulls/${pull.number}`;
  return {
    ...example,
    id: pull.id,
    node_id: `PR_${pull.id}`,
    number: pull.number,
    url,
    html_url: `${fixtures.html}/pull/${pull.number}`,
    title: pull.title,
    body: pull.body,
    state: 'open',
    merged: false,
    merged_at: null,
    closed_at: null,
    merge_commit_sha: null,
    user: fixtures.user,
    // GitHub's example lists a team without the `type` its own schema requires.
    requested_teams: [],
    created_at: now(),
    updated_at: now(),
    head: { ...example.head, ref: pull.head, label: pull.head, sha: pull.headSha },
    base: { ...example.base, ref: pull.base, label: pull.base },
  };
}
