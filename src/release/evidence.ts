/**
 * The evidence a release records: the model (digest, format), the gate (verdict and
 * metrics from evaluate-gate's JSON report; later the baseline of `environment:<name>`),
 * and where it came from (repository, commit, ref, run, who).
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import type { RunContext } from '../core/run-context.js';
import { MODEL_DIGEST_LABEL } from '../build/labels.js';
import type { GateEvidence, ReleaseRecord } from '../ledger/ledger.js';

export type Evidence = Pick<ReleaseRecord, 'model' | 'gate' | 'source' | 'evidence'>;

/** An evaluate-gate report as deploy reads it: what the release records, and its files. */
export interface GateReport {
  gate: GateEvidence;
  /** The candidate predictions (or metrics) file the report judged, as the report names it. */
  predictionsPath?: string;
  /** The report's own bytes (stored as evidence beside the image). */
  bytes: Buffer;
}

/** Reads an evaluate-gate report; refuses anything else, naming `gate-report`. */
export async function readGateReport(path: string): Promise<GateReport> {
  let bytes: Buffer;
  let report: {
    action?: string;
    verdict?: unknown;
    subject?: {
      model?: { digest?: unknown };
      predictions?: { digest?: unknown; path?: unknown };
      evaluation?: { digest?: unknown };
    };
    candidate?: {
      metrics?: Record<string, number>;
      slices?: Record<string, Record<string, number>>;
    };
    thresholds?: unknown;
  };
  try {
    bytes = await readFile(path);
    report = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not JSON';
    throw new ConfigurationError('gate-report', reason, path);
  }
  if (report?.action !== 'evaluate-gate' || typeof report.verdict !== 'string')
    throw new ConfigurationError('gate-report', 'is not an evaluate-gate report', path);
  const slices = report.candidate?.slices ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const subject = report.subject;
  const gate: GateEvidence = {
    verdict: report.verdict,
    metrics: report.candidate?.metrics ?? {},
    ...(Object.keys(slices).length > 0 ? { slices } : {}),
    ...(text(subject?.model?.digest) ? { model_digest: text(subject?.model?.digest) } : {}),
    ...(text(subject?.predictions?.digest)
      ? { predictions_digest: text(subject?.predictions?.digest) }
      : {}),
    ...(text(subject?.evaluation?.digest)
      ? { evaluation_digest: text(subject?.evaluation?.digest) }
      : {}),
    ...(report.thresholds ? { gates: report.thresholds } : {}),
  };
  return { gate, predictionsPath: text(subject?.predictions?.path), bytes };
}

/**
 * The chain check of SPEC §9: the report passed, and judged the model the image carries.
 * `imageModel` is the image's `dev.modelgate.model.digest` label; `given` the
 * `model-digest` input. Every refusal is one line naming the input, before anything changes.
 */
export function checkGateSubject(
  report: GateReport,
  reportPath: string,
  imageModel: string | undefined,
  given: string | undefined,
  image: string,
): string {
  if (imageModel && given && imageModel !== given)
    throw new ConfigurationError(
      'model-digest',
      `disagrees with the image's ${MODEL_DIGEST_LABEL} label (${imageModel})`,
      given,
    );
  const model = imageModel ?? given;
  if (report.gate.verdict !== 'pass')
    throw new ConfigurationError(
      'gate-report',
      `records gate verdict '${report.gate.verdict}': only a model that passed its gate is deployed`,
      reportPath,
    );
  const judged = report.gate.model_digest;
  if (!judged)
    throw new ConfigurationError(
      'gate-report',
      'names no model (subject.model.digest): run evaluate-gate with model-digest or validate-report',
      reportPath,
    );
  if (!model)
    throw new ConfigurationError(
      'gate-report',
      `cannot be checked against ${image}: the image has no ${MODEL_DIGEST_LABEL} label; pass model-digest`,
      reportPath,
    );
  if (judged !== model)
    throw new ConfigurationError(
      'gate-report',
      `judged model ${judged}, but ${image} carries model ${model}: gate this image's model`,
      reportPath,
    );
  return model;
}

/** Repository, commit, ref, run and actor of this run (the commit from git outside Actions). */
export async function sourceOf(run: RunContext): Promise<NonNullable<ReleaseRecord['source']>> {
  const sha = await run.commit();
  return {
    ...(run.repository ? { repository: run.repository.fullName } : {}),
    ...(sha ? { sha } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
    ...(run.runUrl ? { run_url: run.runUrl } : {}),
    ...(run.actor ? { actor: run.actor } : {}),
  };
}
