/**
 * The release record (SPEC §6): its TypeScript shape, and the zod schema both ledgers
 * read records through (a ledger line, a deployment's payload), every field described for
 * the reference in docs/ — with a compile-time check that the two name the same fields.
 */
import type { Comparison } from '../analysis/analysis.js';
import { z } from 'zod';

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
  analysis: z
    .object({
      verdict: z.enum(['pass', 'fail', 'inconclusive']).describe('What the analysis decided.'),
      reason: text.describe('What decided it: the failing query, its value and threshold.'),
      queries: z
        .array(
          z.looseObject({
            name: text,
            max: z.number().optional(),
            min: z.number().optional(),
            'max-regression': z.union([z.number(), text]).optional(),
          }),
        )
        .optional()
        .describe('The queries by name, with their thresholds.'),
      measurements: z
        .array(
          z.looseObject({
            at: text,
            outcome: text,
            values: z.record(text, z.number().nullable()),
            baselines: z.record(text, z.number().nullable()).optional(),
            comparisons: z.record(text, z.looseObject({})).optional(),
            why: text.optional(),
          }),
        )
        .describe(
          "Each measurement: when, its outcome, each query's value, a comparison's stable value (`baselines`) with its counts and bound (`comparisons`), and why it failed or was inconclusive.",
        ),
    })
    .optional()
    .describe('The live analysis after the rollout (deploy input `analysis`), when there was one.'),
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
  /** The live analysis after the rollout, when deploy was given one. */
  analysis?: {
    verdict: 'pass' | 'fail' | 'inconclusive';
    reason: string;
    queries?: { name: string; max?: number; min?: number; 'max-regression'?: number | string }[];
    measurements: {
      at: string;
      outcome: string;
      values: Record<string, number | null>;
      baselines?: Record<string, number | null>;
      comparisons?: Record<string, Comparison>;
      why?: string;
    }[];
  };
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

// Every field of ReleaseRecord is in the schema, so the reference in docs/ misses none.
type Undescribed = Exclude<
  keyof ReleaseRecord,
  keyof typeof releaseRecordSchema.shape | 'deployment_id'
>;
export const everyFieldDescribed: [Undescribed] extends [never] ? true : Undescribed = true;
