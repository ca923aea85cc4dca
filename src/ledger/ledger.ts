/**
 * The release ledger: every promotion of an image to an environment, as the release
 * records of SPEC §6. Two backends implement it (`github`: Deployments and their
 * statuses; `file:<path>`: an append-only JSON Lines file). evaluate-gate reads the live
 * release's recorded metrics through it; deploy and rollback write it.
 */

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
  source?: { repository?: string; sha?: string; ref?: string; run_url?: string };
  provider?: { name: string; config: Record<string, unknown> };
  status: ReleaseStatus;
  rollback_of: string | null;
  created_at: string;
}

/** What the suite asks of a ledger. */
export interface Ledger {
  /** Where the ledger lives, for people (`file:.modelgate/ledger.jsonl`, `github:acme/churn`). */
  readonly description: string;
  /** Releases of an environment, newest first, each in its latest state. */
  history(environment: string, limit?: number): Promise<ReleaseRecord[]>;
}

/** The release live in an environment: the newest one whose rollout succeeded. */
export async function liveRelease(
  ledger: Ledger,
  environment: string,
): Promise<ReleaseRecord | undefined> {
  return (await ledger.history(environment)).find((release) => release.status === 'success');
}
