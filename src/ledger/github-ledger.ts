/**
 * The `github` ledger: one GitHub Deployment per release, its `payload` the release
 * record, its state the latest deployment status. Reading pages through the
 * environment's deployments, newest first; deployments modelgate did not create are
 * passed over.
 */
import type { GitHubClient } from '../core/github-client.js';
import type { Ledger, ReleaseRecord, ReleaseStatus } from './ledger.js';

const STATES: Record<string, ReleaseStatus> = {
  success: 'success',
  failure: 'failure',
  error: 'failure',
  inactive: 'inactive',
  in_progress: 'in_progress',
  queued: 'in_progress',
  pending: 'in_progress',
};

export class GitHubLedger implements Ledger {
  readonly description: string;

  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    this.description = `github:${owner}/${repo}`;
  }

  async history(environment: string, limit = 30): Promise<ReleaseRecord[]> {
    const releases: ReleaseRecord[] = [];
    const pages = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
      owner: this.owner,
      repo: this.repo,
      environment,
      per_page: 30,
    });
    for await (const page of pages)
      for (const deployment of page.data) {
        const payload = parsePayload(deployment.payload);
        if (!payload) continue;
        const { data: statuses } = await this.client.rest.repos.listDeploymentStatuses({
          owner: this.owner,
          repo: this.repo,
          deployment_id: deployment.id,
          per_page: 1,
        });
        const state = statuses[0]?.state ?? 'pending';
        // A rolled-back release stays rolled back even after GitHub marks it inactive.
        const status =
          payload.status === 'rolled-back' && state !== 'success'
            ? 'rolled-back'
            : (STATES[state] ?? 'in_progress');
        releases.push({ ...payload, status });
        if (releases.length >= limit) return releases;
      }
    return releases;
  }
}

function parsePayload(payload: unknown): ReleaseRecord | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const record = value as Partial<ReleaseRecord> | null;
  return record?.schema === 'modelgate.release/v1' ? (record as ReleaseRecord) : undefined;
}
