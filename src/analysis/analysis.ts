/**
 * Analysis of a running release from Prometheus, as Argo Rollouts' AnalysisRun measures:
 * every `interval`, each query once (`{{ track }}` and `{{ image }}` filled in); a
 * measurement fails when a value is past its `max`/`min`, is inconclusive when a query
 * has no data or Prometheus cannot answer, and succeeds otherwise. More failures than
 * `failure-limit` fail the analysis at once, more inconclusive measurements than
 * `inconclusive-limit` end it inconclusive (never a pass), and with
 * `consecutive-success-limit` it passes as soon as that many succeed in a row.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { readYamlInput } from '../core/yaml-input.js';
import { PrometheusError, type PrometheusClient } from './prometheus.js';

const duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30s or 2m' });
    return z.NEVER;
  }
  return ms;
});

export const analysisQuerySchema = z
  .object({
    name: z.string().min(1).describe('What it measures, for people (error-rate, p99-latency).'),
    query: z
      .string()
      .min(1)
      .describe('PromQL giving one value; `{{ track }}` and `{{ image }}` are filled in.'),
    max: z.number().optional().describe('The value must be at most this.'),
    min: z.number().optional().describe('The value must be at least this.'),
  })
  .strict()
  .refine((q) => q.max !== undefined || q.min !== undefined, 'needs max or min');

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
    queries: z.array(analysisQuerySchema).min(1).describe('What each measurement queries.'),
  })
  .strict();

export type AnalysisSpec = z.output<typeof analysisSchema>;

export type MeasurementOutcome = 'success' | 'failure' | 'inconclusive';

export interface Measurement {
  at: string;
  outcome: MeasurementOutcome;
  /** Each query's value (undefined: no data). */
  values: Record<string, number | undefined>;
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

/** Runs the analysis of `track` (canary or stable) of `image`; cancelled runs end inconclusive. */
export async function runAnalysis(
  spec: AnalysisSpec,
  prometheus: PrometheusClient,
  target: { track: string; image: string },
  options: { signal?: AbortSignal; wait?: (ms: number) => Promise<void> } = {},
): Promise<AnalysisResult> {
  const measurements: Measurement[] = [];
  const wait =
    options.wait ??
    ((ms: number) => delay(ms, undefined, { signal: options.signal }).catch(() => {}));
  let failures = 0;
  let inconclusive = 0;
  let streak = 0;
  const limit = spec['consecutive-success-limit'];
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
  target: { track: string; image: string },
  signal?: AbortSignal,
): Promise<Measurement> {
  const at = new Date();
  const values: Measurement['values'] = {};
  const failed: string[] = [];
  const unknown: string[] = [];
  for (const q of spec.queries) {
    const promql = q.query.replace(/\{\{\s*(track|image)\s*\}\}/g, (_, key: 'track' | 'image') =>
      target[key].replace(/["\\]/g, '\\$&'),
    );
    let value: number | undefined;
    try {
      const samples = await prometheus.query(promql, at, signal);
      if (samples.length > 1) {
        unknown.push(`${q.name}: the query gives ${samples.length} series, not one value`);
        continue;
      }
      value = samples[0]?.value;
    } catch (error) {
      if (!(error instanceof PrometheusError)) throw error;
      unknown.push(`${q.name}: ${error.message}`);
      continue;
    }
    values[q.name] = value;
    if (value === undefined || !Number.isFinite(value)) {
      values[q.name] = undefined;
      unknown.push(`${q.name}: no data for ${target.track} (no traffic, or the series is missing)`);
    } else if (q.max !== undefined && value > q.max)
      failed.push(`${q.name} is ${format(value)}, above its max ${q.max}`);
    else if (q.min !== undefined && value < q.min)
      failed.push(`${q.name} is ${format(value)}, below its min ${q.min}`);
  }
  const stamp = at.toISOString();
  if (failed.length) return { at: stamp, outcome: 'failure', values, why: failed.join('; ') };
  if (unknown.length)
    return { at: stamp, outcome: 'inconclusive', values, why: unknown.join('; ') };
  return { at: stamp, outcome: 'success', values };
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));
