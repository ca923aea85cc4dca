/**
 * The release ledger: every promotion of an image to an environment, as the release
 * records of SPEC §6. Two backends implement it (`github`: Deployments and their
 * statuses; `file:<path>`: an append-only JSON Lines file). evaluate-gate reads the live
 * release's recorded metrics through it; deploy and rollback write it.
 */
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../core/errors.js';
import { digestOfReference, isDigest } from '../core/digest.js';
import type { ReleaseRecord, ReleaseStatus } from './release-record.js';

// The record's shape and schema live in release-record.ts; the ledger's users get them here.
export {
  asReleaseRecord,
  RELEASE_STATUSES,
  releaseRecordSchema,
  type GateEvidence,
  type ReleaseRecord,
  type ReleaseStatus,
} from './release-record.js';

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
  /**
   * Releases of an environment (of one model when `name` is given), newest first, each in
   * its latest state, read as needed.
   */
  releases(environment: string, name?: string): AsyncIterable<ReleaseRecord>;
  /** The newest `limit` releases of an environment (all when no limit), newest first. */
  history(environment: string, limit?: number, name?: string): Promise<ReleaseRecord[]>;
  /** Every environment that has a modelgate release. */
  environments(): Promise<string[]>;
  /** What a person should know about the ledger itself (a torn line moved aside). */
  readonly warnings?: readonly string[];
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

/**
 * The name a release is of: its recorded `name`, else (records from before names) the
 * last path segment of its image repository, which is also deploy's default.
 */
export function releaseName(release: Pick<ReleaseRecord, 'name' | 'image'>): string {
  return release.name ?? defaultReleaseName(release.image);
}

/** The last path segment of an image's repository (or of an `oci:` layout's directory). */
export function defaultReleaseName(image: string): string {
  let rest = image.replace(/@[^/@]*$/, '').replace(/^oci:/, '');
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) rest = rest.slice(0, colon);
  return rest.replace(/\/+$/, '').split('/').pop() || rest;
}

/**
 * Newest first per model: the newest healthy release of each name is `success` (live),
 * older healthy ones `inactive` (superseded). Both ledgers read through this, so what is
 * live never depends on what a backend marked inactive on its own (GitHub does so to
 * every other deployment of an environment when one succeeds).
 */
export function markLive(): (release: ReleaseRecord) => ReleaseRecord {
  const seen = new Set<string>();
  return (release) => {
    if (!wasHealthy(release)) return release;
    const name = releaseName(release);
    const status = seen.has(name) ? 'inactive' : 'success';
    seen.add(name);
    return status === release.status ? release : { ...release, status };
  };
}

/** The release of `name` live in an environment: the newest one whose rollout succeeded. */
export async function liveRelease(
  ledger: Ledger,
  environment: string,
  name?: string,
): Promise<ReleaseRecord | undefined> {
  // Read only as far back as the live one (on GitHub every release costs a request).
  for await (const release of ledger.releases(environment, name))
    if (release.status === 'success') return release;
  return undefined;
}

/** The names with a live release in an environment. */
export async function liveNames(ledger: Ledger, environment: string): Promise<string[]> {
  const names = new Set<string>();
  for (const release of await ledger.history(environment))
    if (release.status === 'success') names.add(releaseName(release));
  return [...names].sort();
}

/** The environments where a release of `name` is live. */
export async function environmentsLive(ledger: Ledger, name: string): Promise<string[]> {
  const live: string[] = [];
  for (const environment of await ledger.environments())
    if (await liveRelease(ledger, environment, name)) live.push(environment);
  return live.sort();
}

/** The digest of an image reference (`...@sha256:…`), if it names one. */
export function digestOf(image: string): string | undefined {
  return digestOfReference(image);
}

/** A release by id, GitHub deployment id, or image digest (the newest healthy one with it). */
export function findRelease(history: ReleaseRecord[], to: string): ReleaseRecord | undefined {
  const byId = history.find((r) => r.id === to || String(r.deployment_id) === to);
  if (byId) return byId;
  const digest = digestOf(to) ?? (isDigest(to) ? to : undefined);
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

/**
 * The model a rollback or an `environment:` baseline is about when no `name` is given:
 * the only one live in the environment. Several is an error listing them (naming
 * `input`); none gives undefined.
 */
export async function onlyLiveName(
  ledger: Ledger,
  environment: string,
  input: string,
): Promise<string | undefined> {
  const names = await liveNames(ledger, environment);
  if (names.length > 1)
    throw new ConfigurationError(
      input,
      `${environment} has live releases of ${names.length} models (${names.join(', ')}): say which one`,
    );
  return names[0];
}
