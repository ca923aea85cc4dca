/**
 * The evidence a release records: the model (digest, format), the gate (verdict and
 * metrics from evaluate-gate's JSON report; later the baseline of `environment:<name>`),
 * and where it came from (repository, commit, ref, run, who).
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import { gitOutput } from '../core/git.js';
import { runUrl } from '../core/github-client.js';
import type { ReleaseRecord } from '../ledger/ledger.js';

export type Evidence = Pick<ReleaseRecord, 'model' | 'gate' | 'source'>;

/** The verdict and metrics of an evaluate-gate report. */
export async function readGateReport(path: string): Promise<NonNullable<ReleaseRecord['gate']>> {
  let report: {
    action?: string;
    verdict?: unknown;
    candidate?: {
      metrics?: Record<string, number>;
      slices?: Record<string, Record<string, number>>;
    };
  };
  try {
    report = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not JSON';
    throw new ConfigurationError('gate-report', reason, path);
  }
  if (report?.action !== 'evaluate-gate' || typeof report.verdict !== 'string')
    throw new ConfigurationError('gate-report', 'is not an evaluate-gate report', path);
  const slices = report.candidate?.slices ?? {};
  return {
    verdict: report.verdict,
    metrics: report.candidate?.metrics ?? {},
    ...(Object.keys(slices).length > 0 ? { slices } : {}),
  };
}

/** Repository, commit, ref, run and actor of this run (the commit from git outside Actions). */
export async function sourceOf(
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<NonNullable<ReleaseRecord['source']>> {
  const sha = env.GITHUB_SHA || (await gitOutput(['rev-parse', 'HEAD'], cwd));
  return {
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(sha ? { sha } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(runUrl(env) ? { run_url: runUrl(env) } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}
