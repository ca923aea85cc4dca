/** Resolves the `ledger` input (`auto`, `github`, `file:<path>`) to a Ledger. */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { createGitHubClient } from '../core/github-client.js';
import type { RunContext } from '../core/run-context.js';
import { FileLedger } from './file-ledger.js';
import { GitHubLedger } from './github-ledger.js';
import type { Ledger } from './ledger.js';

export const DEFAULT_FILE_LEDGER = '.modelgate/ledger.jsonl';

/**
 * An explicit ledger file must be a file (or not exist yet) in a folder that exists: a
 * typo must not start a new, empty ledger somewhere else.
 */
function checkLedgerPath(path: string, input: string): void {
  const folder = dirname(path) || '.';
  const stats = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (!stats(folder)?.isDirectory())
    throw new ConfigurationError(
      'ledger',
      `folder ${folder} does not exist (only the default ledger's folder is created)`,
      input,
    );
  if (stats(path)?.isDirectory())
    throw new ConfigurationError('ledger', `${path} is a directory, not a ledger file`, input);
}

/** `auto` is the github ledger inside Actions, the file ledger elsewhere. */
export function openLedger(
  input: string,
  options: { token: string; env: Record<string, string | undefined>; run: RunContext },
): Ledger {
  const { env, token } = options;
  const spec =
    input === 'auto'
      ? env.GITHUB_ACTIONS === 'true'
        ? 'github'
        : `file:${DEFAULT_FILE_LEDGER}`
      : input;
  if (spec.startsWith('file:')) {
    const path = spec.slice('file:'.length);
    if (!path) throw new ConfigurationError('ledger', 'file: needs a path', input);
    const isDefault = input === 'auto';
    if (!isDefault) checkLedgerPath(path, input);
    return new FileLedger(path, isDefault);
  }
  if (spec === 'github') {
    const repository = options.run.repository;
    if (!repository)
      throw new ConfigurationError('ledger', 'github needs GITHUB_REPOSITORY', input);
    if (!token) throw new ConfigurationError('github-token', 'is required by the github ledger');
    return new GitHubLedger(createGitHubClient(token, env), repository.owner, repository.repo);
  }
  throw new ConfigurationError('ledger', 'must be auto, github or file:<path>', input);
}
