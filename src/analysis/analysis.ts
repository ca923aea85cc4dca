/**
 * Analysis of a running release from Prometheus, as Argo Rollouts' AnalysisRun measures:
 * every `interval`, each query once (`{{ track }}` and `{{ image }}` filled in); a
 * measurement fails when a value is past its `max`/`min`, is inconclusive when a query
 * has no data or Prometheus cannot answer, and succeeds otherwise. More failures than
 * `failure-limit` fail the analysis at once, more inconclusive measurements than
 * `inconclusive-limit` end it inconclusive (never a pass), and with
 * `consecutive-success-limit` it passes as soon as that many succeed in a row.
 *
 * A comparison (`total` and `max-regression`) counts bad events of all events over the time
 * judged (`{{ window }}`) on the track and on what it is compared with — the stable track
 * beside a canary, or the stable track before a switch — and passes only when the
 * Farrington–Manning upper bound of the regression is within the margin (src/stats).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { readYamlInput } from '../core/yaml-input.js';
import { upperBound } from '../stats/two-proportions.js';
import type { PrometheusClient } from './prometheus.js';

const duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30s or 2m' });
    return z.NEVER;
  }
  return ms;
});

const regression = z
  .union([
    z.number().positive().max(1),
    z.string().regex(/^\d+(\.\d+)?%$/, 'a share (0.01) or a percentage ("20%")'),
  ])
  .describe(
    'Compare with the stable track: the canary\'s share of bad events (`query` / `total`) may be at most this much worse, absolute (0.01) or relative ("20%"), shown by a Farrington–Manning test at `confidence`.',
  );

export const analysisQuerySchema = z
  .object({
    name: z.string().min(1).describe('What it measures, for people (error-rate, p99-latency).'),
    query: z
      .string()
      .min(1)
      .describe(
        'PromQL giving one value; `{{ track }}`, `{{ image }}` and `{{ window }}` are filled in. With `total`: the count of bad events over `[{{ window }}]`.',
      ),
    max: z.number().optional().describe('The value must be at most this.'),
    min: z.number().optional().describe('The value must be at least this.'),
    total: z
      .string()
      .min(1)
      .optional()
      .describe(
        'With `max-regression`: PromQL counting all events over `[{{ window }}]` (requests), of which `query` counts the bad ones.',
      ),
    'max-regression': regression.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const compares = q.total !== undefined || q['max-regression'] !== undefined;
    if (!compares && q.max === undefined && q.min === undefined)
      ctx.addIssue({ code: 'custom', message: 'needs max or min, or total and max-regression' });
    if (!compares) return;
    if (q.max !== undefined || q.min !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'a comparison (total, max-regression) takes no max or min: make it two queries',
      });
    if (q.total === undefined || q['max-regression'] === undefined)
      ctx.addIssue({ code: 'custom', message: 'a comparison needs both total and max-regression' });
    for (const key of ['query', 'total'] as const)
      if (q[key] !== undefined && !/\{\{\s*window\s*\}\}/.test(q[key]!))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            'a comparison counts events over [{{ window }}] (the time being judged), so older traffic cannot dilute it',
        });
  });

export const analysisSchema = z
  .object({
    prometheus: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('The Prometheus server to query (deploy needs it), e.g. http://prometheus:9090.'),
    interval: duration.default(30_000).describe('Time between measurements (default 30s).'),
    count: z.number().int().min(1).max(1000).default(5).describe('Measurements to take.'),
    'failure-limit': z.number().int().min(0).default(0).describe('Failed measurements tolerated.'),
    'inconclusive-limit': z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Inconclusive measurements tolerated (no data, Prometheus down).'),
    'consecutive-success-limit': z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Pass as soon as this many measurements succeed in a row (0: take all `count`).'),
    confidence: z
      .number()
      .min(0.9)
      .lt(1)
      .default(0.95)
      .describe('Confidence of the comparisons (`max-regression`).'),
    queries: z.array(analysisQuerySchema).min(1).describe('What each measurement queries.'),
  })
  .strict();

export type AnalysisSpec = z.output<typeof analysisSchema>;

export type MeasurementOutcome = 'success' | 'failure' | 'inconclusive';

/** A comparison's counts and test, at one measurement. */
export interface Comparison {
  canary: { events: number; total: number };
  stable: { events: number; total: number };
  /** The upper confidence bound of canary − stable (or canary / stable, for a percentage). */
  upper: number;
  scale: 'difference' | 'ratio';
  /** The largest regression allowed, on the same scale (1.2 for "20%"). */
  margin: number;
}

export interface Measurement {
  at: string;
  outcome: MeasurementOutcome;
  /** Each query's value (undefined: no data); a comparison's is the canary's share. */
  values: Record<string, number | undefined>;
  /** A comparison's share on what it is compared with (the stable track, or before). */
  baselines?: Record<string, number | undefined>;
  comparisons?: Record<string, Comparison>;
  /** Why it failed or was inconclusive. */
  why?: string;
}

export interface AnalysisResult {
  verdict: 'pass' | 'fail' | 'inconclusive';
  /** One line for people: what decided it. */
  reason: string;
  measurements: Measurement[];
}

/** Reads the `analysis` input (a path, or the YAML inline); errors name the input. */
export async function loadAnalysis(value: string, input = 'analysis'): Promise<AnalysisSpec> {
  const parsed = analysisSchema.safeParse(await readYamlInput(value, input));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ConfigurationError(input, `${where}${issue.message}`);
  }
  return parsed.data;
}

/** What an analysis judges. */
export interface AnalysisTarget {
  /** The track its queries select (`{{ track }}`): canary, or stable after a switch. */
  track: string;
  image: string;
  /** When the time being judged began: `{{ window }}` runs from it to each measurement. */
  since?: Date;
  /**
   * What comparisons (`max-regression`) compare with: the stable track at the same time
   * (beside a canary), or at `at` (just before a switch) over a window as long.
   */
  baseline?: { track: string; at?: Date };
}

/** Events a comparison needs on each side before its normal approximation is trusted. */
export const MIN_COMPARISON_EVENTS = 20;

/** Runs the analysis of `track` (canary or stable) of `image`; cancelled runs end inconclusive. */
export async function runAnalysis(
  spec: AnalysisSpec,
  prometheus: PrometheusClient,
  target: AnalysisTarget,
  options: { signal?: AbortSignal; wait?: (ms: number) => Promise<void> } = {},
): Promise<AnalysisResult> {
  const measurements: Measurement[] = [];
  target = { ...target, since: target.since ?? new Date() };
  const wait =
    options.wait ??
    ((ms: number) => delay(ms, undefined, { signal: options.signal }).catch(() => {}));
  let failures = 0;
  let inconclusive = 0;
  let streak = 0;
  const limit = spec['consecutive-success-limit'];
  // A comparison needs traffic to count: its first measurement is an interval after `since`.
  const due = target.since!.getTime() + spec.interval - Date.now();
  if (spec.queries.some((q) => q.total !== undefined) && due > 0) await wait(due);
  for (let n = 0; n < spec.count; n++) {
    if (n > 0) await wait(spec.interval);
    if (options.signal?.aborted)
      return { verdict: 'inconclusive', reason: 'the run was cancelled', measurements };
    const measurement = await measure(spec, prometheus, target, options.signal);
    measurements.push(measurement);
    if (measurement.outcome === 'failure') {
      failures += 1;
      streak = 0;
      if (failures > spec['failure-limit'])
        return { verdict: 'fail', reason: measurement.why!, measurements };
    } else if (measurement.outcome === 'inconclusive') {
      inconclusive += 1;
      streak = 0;
      if (inconclusive > spec['inconclusive-limit'])
        return { verdict: 'inconclusive', reason: measurement.why!, measurements };
    } else {
      streak += 1;
      if (limit > 0 && streak >= limit)
        return {
          verdict: 'pass',
          reason: `${streak} measurements in a row within every threshold`,
          measurements,
        };
    }
  }
  if (limit > 0)
    return {
      verdict: 'inconclusive',
      reason: `never ${limit} successful measurements in a row in ${spec.count}`,
      measurements,
    };
  return {
    verdict: 'pass',
    reason: `${measurements.length} measurements, ${failures} failed (limit ${spec['failure-limit']}), ${inconclusive} inconclusive`,
    measurements,
  };
}

async function measure(
  spec: AnalysisSpec,
  prometheus: PrometheusClient,
  target: AnalysisTarget,
  signal?: AbortSignal,
): Promise<Measurement> {
  const at = new Date();
  const values: Measurement['values'] = {};
  const baselines: NonNullable<Measurement['baselines']> = {};
  const comparisons: NonNullable<Measurement['comparisons']> = {};
  const failed: string[] = [];
  const unknown: string[] = [];
  // The time judged so far, whole seconds (Prometheus' range selectors take no fractions).
  const window = `${Math.max(1, Math.round((at.getTime() - target.since!.getTime()) / 1000))}s`;
  // One value of a query for a track at a time; a string says why there is none.
  const valueOf = async (promql: string, track: string, when: Date) => {
    const filled = promql.replace(
      /\{\{\s*(track|image|window)\s*\}\}/g,
      (_, key: 'track' | 'image' | 'window') =>
        key === 'window'
          ? window
          : (key === 'track' ? track : target.image).replace(/["\\]/g, '\\$&'),
    );
    const value = await prometheus.value(filled, when, signal);
    if (value === undefined) return `no data for ${track} (no traffic, or the series is missing)`;
    return typeof value === 'number' ? value : value.problem;
  };
  for (const q of spec.queries) {
    if (q.total !== undefined) {
      const result = await compare(q, target, at, valueOf, spec.confidence);
      values[q.name] = result.canary;
      baselines[q.name] = result.stable;
      if (result.comparison) comparisons[q.name] = result.comparison;
      if (result.outcome === 'failure') failed.push(result.why!);
      else if (result.outcome === 'inconclusive') unknown.push(result.why!);
      continue;
    }
    const value = await valueOf(q.query, target.track, at);
    if (typeof value === 'string') {
      values[q.name] = undefined;
      unknown.push(`${q.name}: ${value}`);
    } else {
      values[q.name] = value;
      if (q.max !== undefined && value > q.max)
        failed.push(`${q.name} is ${format(value)}, above its max ${q.max}`);
      else if (q.min !== undefined && value < q.min)
        failed.push(`${q.name} is ${format(value)}, below its min ${q.min}`);
    }
  }
  const stamp = at.toISOString();
  const extra = Object.keys(baselines).length ? { baselines, comparisons } : {};
  if (failed.length)
    return { at: stamp, outcome: 'failure', values, ...extra, why: failed.join('; ') };
  if (unknown.length)
    return { at: stamp, outcome: 'inconclusive', values, ...extra, why: unknown.join('; ') };
  return { at: stamp, outcome: 'success', values, ...extra };
}

/**
 * A comparison of the canary's share of bad events with the stable track's: success when
 * the test's upper bound is within `max-regression`, failure when the estimate itself is
 * past it, inconclusive while too few events (or too wide a bound) cannot tell.
 */
async function compare(
  q: AnalysisSpec['queries'][number],
  target: AnalysisTarget,
  at: Date,
  valueOf: (promql: string, track: string, when: Date) => Promise<number | string>,
  confidence: number,
): Promise<{
  outcome: MeasurementOutcome;
  why?: string;
  canary?: number;
  stable?: number;
  comparison?: Comparison;
}> {
  const baseline = target.baseline;
  if (!baseline)
    return {
      outcome: 'inconclusive',
      why: `${q.name}: nothing runs beside ${target.track} to compare with`,
    };
  const sides = [
    { name: target.track, track: target.track, when: at },
    {
      name: baseline.at ? `${baseline.track} before the switch` : baseline.track,
      track: baseline.track,
      when: baseline.at ?? at,
    },
  ];
  const counts: { events: number; total: number }[] = [];
  for (const side of sides) {
    const events = await valueOf(q.query, side.track, side.when);
    const total = await valueOf(q.total!, side.track, side.when);
    const problem =
      typeof events === 'string' ? events : typeof total === 'string' ? total : undefined;
    if (problem) return { outcome: 'inconclusive', why: `${q.name} (${side.name}): ${problem}` };
    // increase() extrapolates to the window's edges: counts are rounded to whole events.
    const count = { events: Math.round(events as number), total: Math.round(total as number) };
    if (count.events < 0 || count.events > count.total)
      return {
        outcome: 'inconclusive',
        why: `${q.name} (${side.name}): ${count.events} bad events of ${count.total}: query must count a subset of total`,
      };
    counts.push(count);
  }
  const [canary, stable] = counts;
  const shares = { canary: share(canary), stable: share(stable) };
  const seen = `${canary.total} ${sides[0].name} vs ${stable.total} ${sides[1].name} events`;
  if (canary.total < MIN_COMPARISON_EVENTS || stable.total < MIN_COMPARISON_EVENTS)
    return {
      outcome: 'inconclusive',
      ...shares,
      why: `${q.name}: ${seen}; a comparison needs ${MIN_COMPARISON_EVENTS} on each side`,
    };
  const setting = q['max-regression']!;
  const scale = typeof setting === 'string' ? 'ratio' : 'difference';
  const margin = typeof setting === 'string' ? 1 + parseFloat(setting) / 100 : setting;
  const samples = { x1: canary.events, n1: canary.total, x2: stable.events, n2: stable.total };
  const upper = upperBound(samples, scale, confidence);
  const comparison: Comparison = { canary, stable, upper, scale, margin };
  const estimate =
    scale === 'difference'
      ? shares.canary! - shares.stable!
      : shares.stable! > 0
        ? shares.canary! / shares.stable!
        : shares.canary! > 0
          ? Infinity
          : 1;
  const shown = (v: number) =>
    scale === 'difference'
      ? `${v >= 0 ? '+' : ''}${format(v)}`
      : Number.isFinite(v)
        ? `×${format(v)}`
        : 'unbounded';
  const detail = `${format(shares.canary!)} on ${sides[0].name} vs ${format(shares.stable!)} on ${sides[1].name} (${shown(estimate)}; upper bound ${shown(upper)} at ${confidence * 100}%, ${seen})`;
  const allowed = `max-regression ${setting}`;
  if (upper < margin) return { outcome: 'success', ...shares, comparison };
  if (estimate > margin)
    return {
      outcome: 'failure',
      ...shares,
      comparison,
      why: `${q.name} is ${detail}, past ${allowed}`,
    };
  return {
    outcome: 'inconclusive',
    ...shares,
    comparison,
    why: `${q.name} is ${detail}: not yet shown within ${allowed}`,
  };
}

const share = ({ events, total }: { events: number; total: number }) =>
  total > 0 ? events / total : undefined;

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));
