/**
 * The gate decision of SPEC §5. Every gate becomes one row per scope (all examples, or
 * each value of a slice column) and kind (accuracy: min/max; regression: against the
 * baseline), each with a result and a reason a person can act on. The verdict is `fail`
 * if any row fails, else `inconclusive` if any is, else `pass`.
 *
 * Over 300 lines because every row kind's reasons are written here, next to the rule that
 * decides it, so what a person reads and what the code decides cannot drift apart.
 */
import type { Gate, GatesConfig, MissingPolicy } from './gates-file.js';
import {
  computeIntervals,
  intervalKey,
  type BootstrapInfo,
  type Interval,
} from './significance.js';
import type { MetricSet, Side } from './sides.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';

export type GateOutcome = 'pass' | 'fail' | 'inconclusive' | 'skipped';
export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface GateResult {
  metric: string;
  slice?: string;
  kind: 'accuracy' | 'regression';
  direction: 'higher' | 'lower';
  candidate?: number;
  baseline?: number;
  /** candidate − baseline */
  delta?: number;
  interval?: Interval;
  /** The significance test behind a regression row, and what it can see. */
  test?: {
    method: Interval['method'];
    n: number;
    se?: number;
    /** The smallest regression detected with 80% power. */
    detectable?: number;
    /** About how many examples would detect the margin with 80% power. */
    nNeeded?: number;
    /** The margin tested against (max-regression, in the metric's units). */
    margin?: number;
    /** P(this row passes | nothing changed), for the chance that every slice passes. */
    passIfUnchanged?: number;
  };
  /** The bar, in words: `≥ 0.9`, `≤ 0.005 worse`. */
  threshold: string;
  /** A regression row's margin: how much worse it may be, in the metric's units. */
  margin?: number;
  result: GateOutcome;
  reason: string;
  /** Examples in the slice (candidate). */
  n?: number;
}

export interface GateEvaluation {
  verdict: Verdict;
  results: GateResult[];
  /** Every row that blocks promotion: failed or inconclusive. */
  failedGates: {
    metric: string;
    slice?: string;
    kind: GateResult['kind'] | 'drift' | 'quality';
    /** Drift and quality rows: what was checked (KS, chi-square, missing values, ...). */
    check?: string;
    result: GateOutcome;
    reason: string;
  }[];
  bootstrap?: BootstrapInfo;
  /** Why intervals could not be computed, when regression gates wanted them. */
  intervalsUnavailable?: string;
}

export interface EvaluateOptions {
  idColumn: string;
  /** Why there is no baseline (shown on the regression gates). */
  noBaseline?: string;
  /** What the regression gates are without a baseline (default skipped). */
  noBaselineResult?: 'skipped' | 'fail';
  onProgress?: (done: number, total: number) => void;
}

/** Evaluates every gate of `config` on the candidate against the (optional) baseline. */
export function evaluateGates(
  config: GatesConfig,
  candidate: Side,
  baseline: Side | undefined,
  options: EvaluateOptions,
): GateEvaluation {
  const scopes = config.gates.map((gate) => ({ gate, scopes: scopesOf(gate, candidate) }));
  const requests = scopes.flatMap(({ gate, scopes }) =>
    gate.maxRegression ? scopes.map((s) => ({ metric: gate.metric, scope: s.key })) : [],
  );
  const intervals = computeIntervals(
    baseline ? requests : [],
    candidate,
    baseline,
    {
      resamples: config.bootstrap,
      seed: config.seed ?? 0,
      confidence: config.confidence,
      idColumn: options.idColumn,
    },
    options.onProgress,
  );
  const results: GateResult[] = [];
  for (const { gate, scopes: list } of scopes)
    for (const scope of list) {
      if (scope.problem) {
        results.push(missingRow(gate, scope.key, 'accuracy', scope.problem));
        continue;
      }
      const own = scope.key ? candidate.slices.get(scope.key)! : candidate.overall;
      const small = own.n !== undefined && own.n < gate.minCount;
      const context = { gate, slice: scope.key, n: scope.key ? own.n : undefined };
      if (gate.min !== undefined || gate.max !== undefined)
        results.push(small ? skippedSmall(context, 'accuracy') : accuracyRow(context, own));
      if (gate.maxRegression) {
        if (small) results.push(skippedSmall(context, 'regression'));
        else if (!baseline)
          results.push({
            ...rowBase(context, 'regression'),
            candidate: own.values[gate.metric],
            result: options.noBaselineResult ?? 'skipped',
            reason: options.noBaseline ?? 'no baseline',
          });
        else {
          const theirs = scope.key ? baseline.slices.get(scope.key) : baseline.overall;
          const interval = intervals.byKey.get(intervalKey(gate.metric, scope.key));
          results.push(regressionRow(context, own, theirs, interval, intervals.unavailable));
        }
      }
    }
  const verdict: Verdict = results.some((r) => r.result === 'fail')
    ? 'fail'
    : results.some((r) => r.result === 'inconclusive')
      ? 'inconclusive'
      : 'pass';
  return {
    verdict,
    results,
    failedGates: results
      .filter((r) => r.result === 'fail' || r.result === 'inconclusive')
      .map((r) => ({
        metric: r.metric,
        ...(r.slice ? { slice: r.slice } : {}),
        kind: r.kind,
        result: r.result,
        reason: r.reason,
      })),
    bootstrap: intervals.info,
    intervalsUnavailable: requests.length > 0 ? intervals.unavailable : undefined,
  };
}

interface RowContext {
  gate: Gate;
  slice?: string;
  n?: number;
}

/** All examples, or every value of each slice column the gate names. */
function scopesOf(gate: Gate, candidate: Side): { key?: string; problem?: string }[] {
  if (gate.slices.length === 0) return [{}];
  return gate.slices.flatMap((column) => {
    const keys = [...candidate.slices.keys()].filter((key) => key.startsWith(`${column}=`));
    return keys.length > 0
      ? keys.map((key) => ({ key }))
      : [{ key: `${column}=*`, problem: `the candidate has no slice column '${column}'` }];
  });
}

function rowBase(context: RowContext, kind: GateResult['kind']) {
  const { gate, slice, n } = context;
  const threshold = kind === 'accuracy' ? boundsText(gate) : toleranceText(gate);
  return { metric: gate.metric, slice, kind, direction: gate.direction, threshold, n };
}

function skippedSmall(context: RowContext, kind: GateResult['kind']): GateResult {
  return {
    ...rowBase(context, kind),
    result: 'skipped',
    reason: `only ${context.n} examples (min-count ${context.gate.minCount})`,
  };
}

function missingRow(gate: Gate, slice: string | undefined, kind: GateResult['kind'], why: string) {
  return { ...rowBase({ gate, slice }, kind), ...applyMissing(gate.missing, why) };
}

function applyMissing(policy: MissingPolicy, why: string): Pick<GateResult, 'result' | 'reason'> {
  return { result: policy === 'skip' ? 'skipped' : policy, reason: why };
}

function absent(set: MetricSet | undefined, metric: string, side: string): string {
  const note = set?.notes[metric];
  return note ? `${metric} has no ${side} value: ${note}` : `no ${metric} in the ${side} metrics`;
}

function accuracyRow(context: RowContext, own: MetricSet): GateResult {
  const { gate } = context;
  const base = rowBase(context, 'accuracy');
  const value = own.values[gate.metric];
  if (value === undefined)
    return { ...base, ...applyMissing(gate.missing, absent(own, gate.metric, 'candidate')) };
  if (gate.min !== undefined && value < gate.min)
    return {
      ...base,
      candidate: value,
      result: 'fail',
      reason: `${format(value)} is below the floor ${gate.min}`,
    };
  if (gate.max !== undefined && value > gate.max)
    return {
      ...base,
      candidate: value,
      result: 'fail',
      reason: `${format(value)} is above the ceiling ${gate.max}`,
    };
  return {
    ...base,
    candidate: value,
    result: 'pass',
    reason: `${format(value)} is within ${base.threshold}`,
  };
}

function regressionRow(
  context: RowContext,
  own: MetricSet,
  theirs: MetricSet | undefined,
  interval: Interval | undefined,
  unavailable: string | undefined,
): GateResult {
  const { gate } = context;
  const base = rowBase(context, 'regression');
  // On paired predictions, values and the delta come from the rows both sides predicted.
  const candidate = interval?.candidate ?? own.values[gate.metric];
  const baseline = interval?.baseline ?? theirs?.values[gate.metric];
  if (candidate === undefined)
    return {
      ...base,
      baseline,
      ...applyMissing(gate.missing, absent(own, gate.metric, 'candidate')),
    };
  if (baseline === undefined)
    return {
      ...base,
      candidate,
      ...applyMissing(gate.missing, absent(theirs, gate.metric, 'baseline')),
    };
  const tolerance = gate.maxRegression!;
  const allowed = tolerance.relative ? tolerance.value * Math.abs(baseline) : tolerance.value;
  const delta = candidate - baseline;
  const better = gate.direction === 'higher' ? 1 : -1;
  const worse = -better * delta;
  const row = {
    ...base,
    candidate,
    baseline,
    delta,
    margin: allowed,
    interval,
    test: testFacts(interval, allowed),
  };
  const pointFails = worse > allowed + 1e-12;
  const pointText = `${signed(delta)} (${worse > 0 ? `${format(worse)} worse` : 'no worse'}; allowed ${format(allowed)})`;
  if (!gate.significance)
    return {
      ...row,
      result: pointFails ? 'fail' : 'pass',
      reason: `${pointFails ? 'regressed' : 'changed'} by ${pointText} — a point comparison: noise on this test set decides it`,
    };
  // Non-inferiority: the one-sided bound of the improvement must be strictly better than -allowed.
  const bound = better > 0 ? interval?.lower : interval?.upper;
  if (bound === undefined) {
    const why =
      interval?.unavailable ??
      unavailable ??
      'the test gave no bound (too few examples of a class)';
    return pointFails
      ? { ...row, result: 'fail', reason: `regressed by ${pointText}` }
      : { ...row, result: 'inconclusive', reason: `significance not testable: ${why}` };
  }
  const level = `${Math.round(interval!.confidence * 1000) / 10}%`;
  const boundText = `${better > 0 ? '≥' : '≤'} ${signed(bound)}`;
  const method = METHOD_NAMES[interval!.method];
  if (better * bound > -allowed)
    return {
      ...row,
      result: 'pass',
      reason: `non-inferior (${method}): delta ${boundText} at ${level}, margin ${format(allowed)}`,
    };
  if (pointFails) return { ...row, result: 'fail', reason: `regressed by ${pointText}` };
  const needed = row.test?.nNeeded;
  return {
    ...row,
    result: 'inconclusive',
    reason: `non-inferiority not shown (${method}): at ${level} the delta may be as bad as ${signed(bound)}, past the margin ${format(allowed)}${needed ? `; about ${needed} examples would show a margin this size` : ''}`,
  };
}

/** The significance tests by name, for people. */
export const METHOD_NAMES = {
  tango: "Tango's score test",
  delong: "DeLong's test",
  bootstrap: 'paired bootstrap',
  'farrington-manning': 'Farrington–Manning test',
} as const;

/**
 * What the test can see: its standard error, the smallest regression it detects with 80%
 * power at its confidence, and about how many examples it would take to detect the margin.
 */
function testFacts(interval: Interval | undefined, allowed: number): GateResult['test'] {
  if (!interval?.se || interval.unavailable)
    return interval ? { method: interval.method, n: interval.n } : undefined;
  const detectable = (normalQuantile(interval.confidence) + normalQuantile(0.8)) * interval.se;
  const nNeeded = allowed > 0 ? Math.ceil(interval.n * (detectable / allowed) ** 2) : undefined;
  const passIfUnchanged = normalCdf(allowed / interval.se - normalQuantile(interval.confidence));
  return {
    method: interval.method,
    n: interval.n,
    se: interval.se,
    detectable,
    nNeeded,
    margin: allowed,
    passIfUnchanged,
  };
}

function boundsText(gate: Gate): string {
  if (gate.min !== undefined && gate.max !== undefined) return `${gate.min} – ${gate.max}`;
  return gate.min !== undefined ? `≥ ${gate.min}` : `≤ ${gate.max}`;
}

function toleranceText(gate: Gate): string {
  const t = gate.maxRegression!;
  const amount = t.relative ? `${+(t.value * 100).toFixed(6)}%` : String(t.value);
  return `≤ ${amount} worse${gate.significance ? ' (significance)' : ''}`;
}

/** A metric value for people: up to 4 significant decimals, integers as they are. */
export function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 1000
    ? value.toFixed(1)
    : abs >= 1
      ? value.toFixed(3)
      : value.toPrecision(4).replace(/0+$/, '');
}

export function signed(value: number): string {
  return value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : '0';
}
