/**
 * The release ledger: every promotion of an image to an environment, as the release
 * records of SPEC §6. Two backends implement it (`github`: Deployments and their
 * statuses; `file:<path>`: an append-only JSON Lines file). evaluate-gate reads the live
 * release's recorded metrics through it; deploy and rollback write it.
 */
import { randomBytes } from 'node:crypto';

export type ReleaseStatus = 'in_progress' | 'success' | 'failure' | 'rolled-back' | 'inactive';

export interface ReleaseRecord {
  schema: 'modelgate.release/v1';
  id: string;
  environment: string;
  image: string;
  model?: { digest?: string; format?: string };
  gate?: {
    verdict?: string;
    metrics?: Record<string, number>;
    slices?: Record<string, Record<string, number>>;
  };
  source?: { repository?: string; sha?: string; ref?: string; run_url?: string; actor?: string };
  provider?: { name: string; config: Record<string, unknown> };
  status: ReleaseStatus;
  /** For a rollback: the release it undid (what was live, or the rollout that failed). */
  rollback_of: string | null;
  /** For a rollback: the original release whose image it brought back. */
  restores?: string | null;
  /** Why it was made (a rollback's reason). */
  reason?: string;
  /** What its latest status said (a failure's cause). */
  detail?: string;
  url?: string;
  created_at: string;
  updated_at?: string;
  /** The GitHub deployment that carries it (github ledger only; not part of the payload). */
  deployment_id?: number;
}

/** Links for a status change: the run's log and the environment's URL. */
export interface StatusDetails {
  description?: string;
  logUrl?: string;
  environmentUrl?: string;
}

/** What the suite asks of a ledger. */
export interface Ledger {
  /** Where the ledger lives, for people (`file:.modelgate/ledger.jsonl`, `github:acme/churn`). */
  readonly description: string;
  /** Releases of an environment, newest first, each in its latest state, read as needed. */
  releases(environment: string): AsyncIterable<ReleaseRecord>;
  /** The newest `limit` releases of an environment (all when no limit), newest first. */
  history(environment: string, limit?: number): Promise<ReleaseRecord[]>;
  /** Records a new release (its status is `in_progress`); returns it as the ledger holds it. */
  create(release: ReleaseRecord, details?: StatusDetails): Promise<ReleaseRecord>;
  /** Records a release's new state; the history is never rewritten. */
  update(release: ReleaseRecord, status: ReleaseStatus, details?: StatusDetails): Promise<void>;
}

/** A new release id: environment, UTC time to the second, and 4 random hex digits. */
export function newReleaseId(environment: string, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${environment}-${stamp}-${randomBytes(2).toString('hex')}`;
}

/** True for a release whose rollout succeeded and was not undone (live, or superseded). */
export const wasHealthy = (release: ReleaseRecord) =>
  release.status === 'success' || release.status === 'inactive';

/** The release live in an environment: the newest one whose rollout succeeded. */
export async function liveRelease(
  ledger: Ledger,
  environment: string,
): Promise<ReleaseRecord | undefined> {
  // Read only as far back as the live one (on GitHub every release costs a request).
  for await (const release of ledger.releases(environment))
    if (release.status === 'success') return release;
  return undefined;
}

/** The digest of an image reference (`...@sha256:…`), if it names one. */
export function digestOf(image: string): string | undefined {
  return /@(sha256:[a-f0-9]{64})$/.exec(image)?.[1];
}

/** A release by id, GitHub deployment id, or image digest (the newest healthy one with it). */
export function findRelease(history: ReleaseRecord[], to: string): ReleaseRecord | undefined {
  const byId = history.find((r) => r.id === to || String(r.deployment_id) === to);
  if (byId) return byId;
  const digest = digestOf(to) ?? (/^sha256:[a-f0-9]{64}$/.test(to) ? to : undefined);
  if (!digest) return undefined;
  return (
    history.find((r) => wasHealthy(r) && digestOf(r.image) === digest) ??
    history.find((r) => digestOf(r.image) === digest)
  );
}

/**
 * The release `to: previous` restores: the newest healthy release older than the live
 * one's place in history, with a different image. A rollback's place is that of the
 * release it restored, so rolling back again goes one step further back, never forward.
 */
export function previousRelease(
  history: ReleaseRecord[],
  live: ReleaseRecord,
): ReleaseRecord | undefined {
  const anchor = live.restores ?? live.id;
  let position = history.findIndex((r) => r.id === anchor);
  if (position < 0) position = history.indexOf(live);
  return history
    .slice(position + 1)
    .find((r) => wasHealthy(r) && !r.restores && r.image !== live.image);
}

/** The original release a target stands for (a rollback release stands for what it restored). */
export function originalOf(history: ReleaseRecord[], release: ReleaseRecord): ReleaseRecord {
  return (release.restores && history.find((r) => r.id === release.restores)) || release;
}
