/**
 * evaluate-gate's work, free of @actions/*: read the gates, the candidate and the
 * baseline, decide, and describe the decision (Markdown and the JSON report).
 */
import type { Logger } from '../core/logger.js';
import type { Task } from '../metrics/catalogue.js';
import type { ColumnNames } from '../metrics/predictions.js';
import { resolveBaseline, type BaselineSettings, type ResolvedBaseline } from './baseline.js';
import type { Ledger, ReleaseRecord } from '../ledger/ledger.js';
import type { DriftEvaluation } from '../drift/evaluate-drift.js';
import { runDrift } from '../drift/run-drift.js';
import { evaluateGates, type GateEvaluation } from './evaluate-gates.js';
import { ConfigurationError } from '../core/errors.js';
import { checkGatesFitTask, loadGates, type GatesConfig } from './gates-file.js';
import { isLive, loadLiveSide, writeMeasurement, type LiveAccess } from './live-side.js';
import { loosenedSince } from './loosened.js';
import { loadSide, metricsOf, type Side } from './sides.js';
import { evaluationDigest, fileDigest, type GateSubject } from './subject.js';

export interface GateOptions {
  candidate: string;
  baseline: string;
  gates: string;
  task: Task | 'auto';
  columns: ColumnNames;
  /** Binary tasks: the label `score` is the probability of (default: the greater label). */
  positiveLabel?: string;
  openLedger: () => Ledger;
  /** The digest of the model whose predictions `candidate` holds (the report's subject). */
  modelDigest?: string;
  /** Which model's release an `environment:` baseline reads, and what to do when none is live. */
  baselineSettings?: BaselineSettings;
  /** Credentials for `prometheus:<track>` sides. */
  liveAccess?: LiveAccess;
  /** Where a `prometheus:` candidate's measurement is written (the report's subject). */
  measurementPath?: string;
  /** The datasets the drift and data-quality gates compare (`reference`, `current`). */
  data?: { reference: string; current: string };
  /** Reads the gate report a release stored as evidence (`reference: environment:<name>`). */
  readReport?: (release: ReleaseRecord) => Promise<unknown>;
  log: Logger;
}

export interface GateRun {
  evaluation: GateEvaluation;
  /** The drift and data-quality gates, when there were any. */
  drift?: DriftEvaluation;
  candidate: Side;
  baseline: ResolvedBaseline;
  subject: GateSubject;
  /** Thresholds looser than the gates the baseline release passed. */
  loosened: string[];
  report: Record<string, unknown>;
}

/** Evaluates the gates; throws ConfigurationError for bad inputs, never for a failed gate. */
export async function runGate(options: GateOptions): Promise<GateRun> {
  const { log } = options;
  const config = await loadGates(options.gates);
  const sliceColumns = [
    ...new Set([...options.columns.slices, ...config.gates.flatMap((g) => g.slices)]),
  ];
  const columns = { ...options.columns, slices: sliceColumns };
  const live = (value: string, input: 'candidate' | 'baseline') =>
    loadLiveSide(value, input, config.prometheus, options.liveAccess ?? {});
  const candidate = isLive(options.candidate)
    ? await live(options.candidate, 'candidate')
    : await loadSide(options.candidate, {
        columns,
        task: options.task,
        input: 'candidate',
        positiveLabel: options.positiveLabel,
      });
  // What was measured is the subject: written out, so deploy can store it as evidence.
  const candidatePath =
    isLive(options.candidate) && options.measurementPath
      ? options.measurementPath
      : options.candidate;
  if (candidatePath !== options.candidate) await writeMeasurement(candidate, candidatePath);
  if (candidate.taskReason) log.info(`task: ${candidate.task} (inferred: ${candidate.taskReason})`);
  if (candidate.predictions) checkGatesFitTask(config, candidate.predictions.dataset.task);
  const subject: GateSubject = {
    ...(options.modelDigest ? { model: { digest: options.modelDigest } } : {}),
    ...(isLive(candidatePath)
      ? {}
      : { predictions: { digest: await fileDigest(candidatePath), path: candidatePath } }),
    ...(candidate.predictions
      ? {
          evaluation: {
            digest: evaluationDigest(candidate.predictions.table),
            rows: candidate.predictions.table.rows,
          },
        }
      : {}),
  };
  const baseline: ResolvedBaseline = isLive(options.baseline)
    ? { side: await live(options.baseline, 'baseline') }
    : await resolveBaseline(
        options.baseline,
        {
          columns,
          task: candidate.task ?? options.task,
          input: 'baseline',
          positiveLabel: options.positiveLabel,
        },
        options.openLedger,
        options.baselineSettings,
      );
  checkSharesLowerIsBetter(config, candidate, baseline.side);
  if (baseline.missing)
    log.info(
      `baseline: ${baseline.missing}; regression gates ${baseline.missingResult === 'fail' ? 'fail' : 'are skipped'}`,
    );
  // Unless the gates file fixes it, the seed comes from the data: the same files give the
  // same intervals, and a pull request cannot shop for a lucky seed without saying so.
  const seed =
    config.seed ??
    Number.parseInt((subject.predictions?.digest ?? 'sha256:00000000').slice(7, 15), 16);
  let reported = Date.now();
  const evaluation = evaluateGates({ ...config, seed }, candidate, baseline.side, {
    idColumn: columns.id,
    noBaseline: baseline.missing,
    noBaselineResult: baseline.missingResult,
    onProgress: (done, total) => {
      if (Date.now() - reported < 5000 && done < total) return;
      reported = Date.now();
      log.info(`bootstrap: ${done}/${total} resamples`);
    },
  });
  const drift = await runDrift(
    config.drift,
    {
      reference: options.data?.reference ?? '',
      current: options.data?.current ?? '',
      columns: options.columns,
      openLedger: options.openLedger,
      name: options.baselineSettings?.name,
      readReport: options.readReport,
    },
    candidate,
    baseline.side,
  );
  if (drift) mergeDrift(evaluation, drift);
  const release = baseline.release;
  const loosened = loosenedSince(config, release?.gate?.gates);
  for (const line of loosened) log.warning(`loosened since release ${release?.id}: ${line}`);
  return {
    evaluation,
    drift,
    candidate,
    baseline,
    subject,
    loosened,
    report: {
      action: 'evaluate-gate',
      verdict: evaluation.verdict,
      passed: evaluation.verdict === 'pass',
      subject,
      task: candidate.task,
      candidate: {
        source: candidate.source,
        ...metricsOf(candidate),
        notes: candidate.overall.notes,
      },
      baseline: baseline.side
        ? {
            source: baseline.side.source,
            ...metricsOf(baseline.side),
            predictions: Boolean(baseline.side.predictions),
            ...(release ? { release: releaseSummary(release) } : {}),
          }
        : {
            missing: baseline.missing,
            regression: baseline.missingResult ?? 'skipped',
            ...(baseline.firstRelease ? { firstRelease: true } : {}),
            ...(release ? { release: releaseSummary(release) } : {}),
          },
      gates: evaluation.results,
      ...(drift ? { drift } : {}),
      failedGates: evaluation.failedGates,
      ...(release ? { loosened } : {}),
      bootstrap: evaluation.bootstrap,
      settings: {
        confidence: config.confidence,
        bootstrap: config.bootstrap,
        seed,
        seedFrom: config.seed === undefined ? 'the candidate predictions digest' : 'the gates file',
      },
      // The gates as parsed: a release records them, so a later gate can say what loosened.
      thresholds: { confidence: config.confidence, gates: config.gates },
    },
  };
}

/** The drift rows join the gates: the worse verdict, their failures among failed-gates. */
function mergeDrift(evaluation: GateEvaluation, drift: DriftEvaluation): void {
  for (const row of drift.rows)
    if (row.result !== 'pass')
      evaluation.failedGates.push({
        metric: row.feature,
        ...(row.slice ? { slice: row.slice } : {}),
        kind: row.kind,
        check: row.check,
        result: row.result,
        reason: row.reason,
      });
  const rank = { pass: 0, inconclusive: 1, fail: 2 } as const;
  if (rank[drift.verdict] > rank[evaluation.verdict]) evaluation.verdict = drift.verdict;
}

/** A share of bad events is better lower: a gate saying otherwise would pass regressions. */
function checkSharesLowerIsBetter(config: GatesConfig, ...sides: (Side | undefined)[]) {
  config.gates.forEach((gate, i) => {
    if (gate.direction === 'higher' && sides.some((side) => side?.counts?.[gate.metric]))
      throw new ConfigurationError(
        'gates',
        `gates[${i}] (metric: ${gate.metric}): it is a share of bad events (query / total), so lower is better: direction: lower`,
      );
  });
}

function releaseSummary(release: NonNullable<ResolvedBaseline['release']>) {
  const { id, name, image, environment, evidence } = release;
  return { id, name, image, environment, ...(evidence ? { evidence } : {}) };
}
