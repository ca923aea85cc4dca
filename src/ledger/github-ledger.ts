/**
 * The `github` ledger: one GitHub Deployment per release, its `payload` the release
 * record, its state the latest deployment status. Reading pages through the
 * environment's deployments, newest first; deployments modelgate did not create are
 * passed over. A release that a later rollback undid reads as `rolled-back` (GitHub
 * shows it inactive): payloads cannot change, so that state is derived from the
 * rollback's `rollback_of`. GitHub's own `inactive` never ends a release (SPEC §9): it
 * marks every earlier deployment of an environment inactive when any later one succeeds,
 * a workflow job's own deployment or another model's release included. So a release
 * whose rollout succeeded stays live until a later release of the same name succeeds
 * (`markLive`) or a rollback undoes it.
 */
import { statusOf, type GitHubClient } from '../core/github-client.js';
import {
  asReleaseRecord,
  markLive,
  releaseName,
  type Ledger,
  type ReleaseRecord,
  type ReleaseStatus,
  type StatusDetails,
} from './ledger.js';

const STATES: Record<string, ReleaseStatus> = {
  success: 'success',
  failure: 'failure',
  error: 'failure',
  inactive: 'inactive',
  in_progress: 'in_progress',
  queued: 'in_progress',
  pending: 'in_progress',
};

type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

const DEPLOYMENT_STATE: Record<ReleaseStatus, DeploymentState> = {
  in_progress: 'in_progress',
  success: 'success',
  failure: 'failure',
  'rolled-back': 'inactive',
  inactive: 'inactive',
};

/** Environments GitHub should treat as production (its Environments page, protections). */
export const isProductionLike = (environment: string) => /^prod/i.test(environment);

export class GitHubLedger implements Ledger {
  readonly description: string;

  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    this.description = `github:${owner}/${repo}`;
  }

  async *releases(environment: string, name?: string): AsyncIterable<ReleaseRecord> {
    const undone = new Set<string>();
    const live = markLive();
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
        const latest = statuses[0];
        let status = STATES[latest?.state ?? 'pending'] ?? 'in_progress';
        if (undone.has(payload.id) && (status === 'success' || status === 'inactive'))
          status = 'rolled-back';
        if (payload.rollback_of && status !== 'failure' && status !== 'in_progress')
          undone.add(payload.rollback_of);
        const release = live({ ...payload, status });
        if (name !== undefined && releaseName(release) !== name) continue;
        yield {
          ...release,
          deployment_id: deployment.id,
          ...(latest?.description ? { detail: latest.description } : {}),
          ...(latest?.environment_url ? { url: latest.environment_url } : {}),
          ...(latest?.updated_at ? { updated_at: latest.updated_at } : {}),
        };
      }
  }

  async history(environment: string, limit = 100, name?: string): Promise<ReleaseRecord[]> {
    const releases: ReleaseRecord[] = [];
    if (limit <= 0) return releases;
    for await (const release of this.releases(environment, name))
      if (releases.push(release) >= limit) break;
    return releases;
  }

  /** Environments of the newest 300 deployments that carry a modelgate release. */
  async environments(): Promise<string[]> {
    const found = new Set<string>();
    let pages = 0;
    const iterator = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
      owner: this.owner,
      repo: this.repo,
      per_page: 100,
    });
    for await (const page of iterator) {
      for (const deployment of page.data)
        if (parsePayload(deployment.payload)) found.add(deployment.environment);
      if (++pages >= 3) break;
    }
    return [...found];
  }

  async create(release: ReleaseRecord, details: StatusDetails = {}): Promise<ReleaseRecord> {
    const ref = release.source?.sha || release.source?.ref;
    if (!ref) throw new Error('the github ledger needs the commit of a release (GITHUB_SHA)');
    const payload: ReleaseRecord = { ...release, status: 'in_progress' };
    delete payload.deployment_id;
    const { data } = await this.needsWrite(() =>
      this.client.rest.repos.createDeployment({
        owner: this.owner,
        repo: this.repo,
        ref,
        environment: release.environment,
        payload: payload as never,
        description: describe(release),
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: isProductionLike(release.environment),
      }),
    );
    const id = (data as { id?: number }).id;
    if (typeof id !== 'number')
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
    const recorded = { ...payload, deployment_id: id };
    await this.update(recorded, 'in_progress', details);
    return recorded;
  }

  /** A 403 on a write becomes what to grant. */
  private async needsWrite<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (statusOf(error) !== 403) throw error;
      throw new Error(
        `the github ledger cannot write deployments of ${this.owner}/${this.repo} (${(error as Error).message}): ` +
          'give the job permissions: deployments: write, or use ledger: file:<path>',
      );
    }
  }

  async update(
    release: ReleaseRecord,
    status: ReleaseStatus,
    details: StatusDetails = {},
  ): Promise<void> {
    if (release.deployment_id === undefined)
      throw new Error(`release ${release.id} has no GitHub deployment`);
    await this.client.rest.repos.createDeploymentStatus({
      owner: this.owner,
      repo: this.repo,
      deployment_id: release.deployment_id,
      state: DEPLOYMENT_STATE[status],
      description: (details.description ?? '').slice(0, 140),
      ...(details.logUrl ? { log_url: details.logUrl } : {}),
      ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
      auto_inactive: status === 'success',
    });
  }
}

function describe(release: ReleaseRecord): string {
  const what = release.rollback_of ? `rollback of ${release.rollback_of}` : 'release';
  return `modelgate ${what} ${release.id}`.slice(0, 140);
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
  return asReleaseRecord(value);
}
