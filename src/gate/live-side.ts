/**
 * A side measured live: `candidate` or `baseline` given as `prometheus:<track>` (a shadow
 * or an A/B arm the team already serves), each metric of the gates file's `prometheus:`
 * section queried once over its `window`, ending now. A metric with `total` is a share of
 * bad events and keeps its counts, so a regression gate with `significance` tests it
 * (Farrington–Manning). A metric Prometheus has no value for is missing, with why (the
 * gates' `missing` policy decides; never a pass).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PrometheusClient } from '../analysis/prometheus.js';
import { parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import type { EventCounts } from '../metrics/metrics-file.js';
import type { LiveMetricsConfig } from './gates-file.js';
import { metricsOf, type Side } from './sides.js';

export const LIVE_PREFIX = 'prometheus:';

export const isLive = (value: string) => value.startsWith(LIVE_PREFIX);

export interface LiveAccess {
  token?: string;
  username?: string;
  password?: string;
}

/** Measures `prometheus:<track>`; `input` names the input for errors. */
export async function loadLiveSide(
  value: string,
  input: 'candidate' | 'baseline',
  config: LiveMetricsConfig | undefined,
  access: LiveAccess,
  at = new Date(),
): Promise<Side> {
  const track = value.slice(LIVE_PREFIX.length).trim();
  if (!track || /["\\\n]/.test(track))
    throw new ConfigurationError(
      input,
      'prometheus: needs a track name (prometheus:shadow)',
      value,
    );
  if (!config)
    throw new ConfigurationError(
      input,
      `${value} needs a prometheus: section in the gates file (url and metrics)`,
    );
  const client = new PrometheusClient({ url: config.url, ...access });
  const window = `${Math.round(parseDuration(config.window)! / 1000)}s`;
  const fill = (promql: string) =>
    promql.replace(/\{\{\s*(track|window)\s*\}\}/g, (_, key: string) =>
      key === 'track' ? track : window,
    );
  const values: Record<string, number> = {};
  const notes: Record<string, string> = {};
  const counts: Record<string, EventCounts> = {};
  // One value of a query, or why there is none.
  const one = async (promql: string): Promise<number | string> => {
    const value = await client.value(fill(promql), at);
    if (value === undefined) return `no data for ${track} in the last ${config.window}`;
    return typeof value === 'number' ? value : value.problem;
  };
  for (const [metric, entry] of Object.entries(config.metrics)) {
    const query = typeof entry === 'string' ? entry : entry.query;
    const total = typeof entry === 'string' ? undefined : entry.total;
    const measured = await one(query);
    if (typeof measured === 'string') {
      notes[metric] = measured;
      continue;
    }
    if (total === undefined) {
      values[metric] = measured;
      continue;
    }
    const all = await one(total);
    if (typeof all === 'string') {
      notes[metric] = all;
      continue;
    }
    // increase() extrapolates to the window's edges: counts are whole events.
    const c = { events: Math.round(measured), total: Math.round(all) };
    if (c.total === 0 || c.events < 0 || c.events > c.total) {
      notes[metric] =
        c.total === 0
          ? `no events for ${track} in the last ${config.window}`
          : `${c.events} bad events of ${c.total}: query must count a subset of total`;
      continue;
    }
    values[metric] = c.events / c.total;
    counts[metric] = c;
  }
  return {
    source: `${value} (${config.url}, ${config.window} up to ${at.toISOString()})`,
    overall: { values, notes },
    slices: new Map(),
    ...(Object.keys(counts).length ? { counts } : {}),
  };
}

/** Writes a live side's measurement as a metrics JSON file (the candidate's evidence). */
export async function writeMeasurement(side: Side, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    `${JSON.stringify({ source: side.source, ...metricsOf(side) }, null, 2)}\n`,
  );
}
