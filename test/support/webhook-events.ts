/**
 * Real webhook payloads from @octokit/webhooks-examples, written to a file for
 * GITHUB_EVENT_PATH. `head` overrides the PR's head commit (a new push) or makes the
 * head repository a fork.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Json } from './github-objects.js';

const require = createRequire(import.meta.url);

/** The first example of `event` with `action`, deep-copied. */
export function webhookExample(event: string, action?: string): Json {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Json[];
  }[];
  const found = all
    .find((e) => e.name === event)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${event}.${action} example`);
  return JSON.parse(JSON.stringify(found)) as Json;
}

/** Writes a pull_request event into `dir` and returns the GITHUB_* variables for it. */
export function pullRequestEvent(
  dir: string,
  options: { action?: string; headSha?: string; forkOwner?: string } = {},
): Record<string, string> {
  const event = webhookExample('pull_request', options.action ?? 'opened');
  if (options.headSha) event.pull_request.head.sha = options.headSha;
  if (options.forkOwner) {
    event.pull_request.head.repo.full_name = `${options.forkOwner}/${event.repository.name}`;
    event.pull_request.head.repo.owner.login = options.forkOwner;
  }
  const path = join(dir, `event-${options.headSha ?? 'head'}-${options.forkOwner ?? ''}.json`);
  writeFileSync(path, JSON.stringify(event));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: event.repository.full_name,
    // The merge commit a pull_request workflow checks out: not where the check belongs.
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
  };
}
