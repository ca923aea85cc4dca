/**
 * The release ledger: every promotion of an image to an environment, as the release
 * records of SPEC §6. Two backends implement it (`github`: Deployments and their
 * statuses; `file:<path>`: an append-only JSON Lines file). evaluate-gate reads the live
 * release's recorded metrics through it; deploy and rollback write it.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigurationError } from '../core/errors.js';
import { digestOfReference, isDigest } from '../core/digest.js';

export const RELEASE_STATUSES = [
  'in_progress',
  'success',
  'failure',
  'rolled-back',
  'inactive',
] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

const text = z.string();
/**
 * A release record as both ledgers read it: what a record must have to be one (a line of
 * a file ledger, a deployment's payload), with every field described for the reference in
 * docs/. Fields it does not know are kept (a newer writer's).
 */
export const releaseRecordSchema = z.looseObject({
  schema: z.literal('modelgate.release/v1').describe('Always `modelgate.release/v1`.'),
  id: text.describe('The release id: `<environment>-<UTC time>-<4 hex>`.'),
  environment: text.describe('The environment it went to.'),
  name: text
    .optional()
    .describe(
      "What it is a release of (default the image's last path segment); the ledger keeps each name's releases apart.",
    ),
  image: text.describe('The image, by digest (`registry/repository@sha256:...`).'),
  model: z
    .object({
      digest: text.optional().describe("The model's digest (sha256:...)."),
      format: text.optional().describe('Its format (onnx, safetensors, sklearn-pickle, ...).'),
    })
    .optional()
    .describe("The model's digest and format, from the image's labels."),
  gate: z
    .object({
      verdict: text
        .optional()
        .describe('pass (deploy refuses anything else unless allow-ungated).'),
      metrics: z
        .record(text, z.number())
        .optional()
        .describe('The candidate metrics the gate judged.'),
      slices: z.record(text, z.record(text, z.number())).optional().describe('Per-slice metrics.'),
      ungated: z
        .boolean()
        .optional()
        .describe('Deployed without a gate report (allow-ungated: true).'),
      model_digest: text.optional().describe('The model digest the gate report judged.'),
      gates: z
        .unknown()
        .optional()
        .describe('The gates it passed (to tell when a later gate is looser).'),
      predictions_digest: text
        .optional()
        .describe('Digest of the candidate predictions the gate read.'),
      evaluation_digest: text
        .optional()
        .describe('Digest of the evaluation set (sorted id and label lines).'),
    })
    .optional()
    .describe('What the release recorded of the gate it passed.'),
  evidence: z
    .object({
      digest: text.describe("The artifact manifest's digest."),
      image: text.describe('Where it is: the repository @ that digest.'),
    })
    .optional()
    .describe('The evidence artifact (gate report and predictions) stored beside the image.'),
  source: z
    .object({
      repository: text.optional().describe('owner/name.'),
      sha: text.optional().describe('The commit.'),
      ref: text.optional().describe('The branch or tag.'),
      run_url: text.optional().describe('The workflow run.'),
      actor: text.optional().describe('Who ran it.'),
    })
    .optional()
    .describe('Where it came from: the repository, commit, ref, run and actor.'),
  provider: z
    .object({
      name: text.describe('registry-tag, kubernetes, gitops or command.'),
      config: z.record(text, z.unknown()).describe('Its settings (tag, namespace, ...).'),
    })
    .optional()
    .describe('The provider and its settings (never secrets): enough for a rollback to redo it.'),
  status: z.enum(RELEASE_STATUSES).describe(`One of ${RELEASE_STATUSES.join(', ')}.`),
  rollback_of: text
    .nullable()
    .optional()
    .describe('For a rollback: the release it undid; null for a deploy.'),
  restores: text
    .nullable()
    .optional()
    .describe('For a rollback: the release whose image it brought back.'),
  reason: text.optional().describe("Why it was made (a rollback's reason)."),
  detail: text.optional().describe("What its latest status said (a failure's cause)."),
  url: text.optional().describe("The environment's URL."),
  created_at: text.describe('When it started (ISO 8601, UTC).'),
  deadline: text
    .optional()
    .describe(
      'While in_progress: when its run must have finished; past it, the next run takes the environment over.',
    ),
  updated_at: text.optional().describe('When its status last changed.'),
});

/** The record in `value` when it is one (a ledger line, a deployment's payload). */
export function asReleaseRecord(value: unknown): ReleaseRecord | undefined {
  return releaseRecordSchema.safeParse(value).success ? (value as ReleaseRecord) : undefined;
}

export interface ReleaseRecord {
  schema: 'modelgate.release/v1';
  id: string;
  environment: string;
  /** What the release is of: the ledger keeps each model's releases apart (SPEC §9). */
  name?: string;
  image: string;
  model?: { digest?: string; format?: string };
  gate?: GateEvidence;
  /** The evidence artifact pushed beside the image (gate report and predictions). */
  evidence?: { digest: string; image: string };
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
  /**
   * While `in_progress`: when the run that holds it must have finished (its start, its
   * timeout and the time its automatic rollback may take). Past it, the next run of the
   * environment takes the environment over.
   */
  deadline?: string;
  updated_at?: string;
  /** The GitHub deployment that carries it (github ledger only; not part of the payload). */
  deployment_id?: number;
}

/** What a release recorded of the gate it passed. */
export interface GateEvidence {
  verdict?: string;
  metrics?: Record<string, number>;
  slices?: Record<string, Record<string, number>>;
  /** Deployed without a gate report (allow-ungated). */
  ungated?: boolean;
  /** The gate report's subject: the model digest it judged. */
  model_digest?: string;
  /** The gates the release passed (to tell when a later gate is looser). */
  gates?: unknown;
  /** Digests of the candidate predictions and of the evaluation set (ids and labels). */
  predictions_digest?: string;
  evaluation_digest?: string;
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

// Every field of ReleaseRecord is in the schema, so the reference in docs/ misses none.
type Undescribed = Exclude<
  keyof ReleaseRecord,
  keyof typeof releaseRecordSchema.shape | 'deployment_id'
>;
export const everyFieldDescribed: [Undescribed] extends [never] ? true : Undescribed = true;
