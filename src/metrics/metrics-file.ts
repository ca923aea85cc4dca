/**
 * Metrics JSON files: `{"accuracy": 0.93, "latency_p95_ms": 41}`, or
 * `{"metrics": {...}, "slices": {"region=eu": {...}}}`. Non-numeric values are refused
 * with the key that holds them.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError, describeError } from '../core/errors.js';

export interface MetricsFile {
  metrics: Record<string, number>;
  /** Per-slice metrics keyed `column=value`. */
  slices: Record<string, Record<string, number>>;
  /**
   * For a metric that is a share of events (measured live, `prometheus:`): its counts, so
   * a later gate can test against it.
   */
  counts?: Record<string, EventCounts>;
}

/** Bad events of all events. */
export interface EventCounts {
  events: number;
  total: number;
}

/** Reads and checks a metrics JSON file; `input` names the input for errors. */
export async function readMetricsFile(path: string, input: string): Promise<MetricsFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(input, `${path}: ${describeError(error)}`);
  }
  return parseMetricsObject(parsed, `${path}`, input);
}

/** Checks an already-parsed metrics object (a file's, or one recorded in a release). */
export function parseMetricsObject(value: unknown, where: string, input: string): MetricsFile {
  const fail = (problem: string): never => {
    throw new ConfigurationError(input, `${where}: ${problem}`);
  };
  if (!isObject(value)) return fail('is not a JSON object of metrics');
  const nested = isObject(value.metrics);
  const metrics = numbers(nested ? value.metrics : value, nested ? 'metrics' : '', fail);
  const slices: Record<string, Record<string, number>> = {};
  if (nested && value.slices !== undefined) {
    if (!isObject(value.slices)) fail("'slices' is not an object");
    for (const [key, entry] of Object.entries(value.slices as Record<string, unknown>)) {
      if (!/^[^=]+=/.test(key)) fail(`slice key '${key}' is not column=value`);
      slices[key] = numbers(entry, `slices.${key}`, fail);
    }
  }
  const counts: Record<string, EventCounts> = {};
  if (nested && value.counts !== undefined) {
    if (!isObject(value.counts)) fail("'counts' is not an object");
    for (const [name, entry] of Object.entries(value.counts as Record<string, unknown>)) {
      const { events, total } = numbers(entry, `counts.${name}`, fail);
      if (!(Number.isInteger(events) && Number.isInteger(total) && events >= 0 && events <= total))
        fail(`'counts.${name}' is not {events, total} with 0 ≤ events ≤ total`);
      counts[name] = { events, total };
    }
  }
  return { metrics, slices, ...(Object.keys(counts).length ? { counts } : {}) };
}

function numbers(value: unknown, path: string, fail: (problem: string) => never) {
  if (!isObject(value)) return fail(`'${path}' is not an object`);
  const out: Record<string, number> = {};
  for (const [name, metric] of Object.entries(value)) {
    if (!path && (name === 'slices' || name === 'metrics' || name === 'counts')) continue;
    if (typeof metric !== 'number' || !Number.isFinite(metric))
      fail(`'${path ? `${path}.` : ''}${name}' is not a number (got ${JSON.stringify(metric)})`);
    out[name] = metric as number;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
