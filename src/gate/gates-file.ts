/**
 * The gates file of SPEC §5 (a path, or the YAML inline in the `gates` input), checked
 * with zod. Every problem is one line naming the `gates` input and the offending entry.
 */
import { z } from 'zod';
import { ConfigurationError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { driftSchema, type DriftConfig } from '../drift/config.js';
import { readYamlInput } from '../core/yaml-input.js';
import {
  directionOf,
  isKnownMetric,
  metricsFor,
  METRICS,
  notDefinedFor,
  type Direction,
  type Task,
} from '../metrics/catalogue.js';

export type MissingPolicy = 'fail' | 'inconclusive' | 'skip';

/** A regression tolerance: absolute, or relative to the baseline's value. */
export interface Tolerance {
  value: number;
  relative: boolean;
}

export interface Gate {
  metric: string;
  min?: number;
  max?: number;
  maxRegression?: Tolerance;
  significance: boolean;
  slices: string[];
  minCount: number;
  direction: Direction;
  missing: MissingPolicy;
}

export interface GatesConfig {
  /** Drift and data-quality gates between the `reference` and `current` datasets. */
  drift?: DriftConfig;
  /** Where `prometheus:<track>` sides are measured, and what. */
  prometheus?: LiveMetricsConfig;
  confidence: number;
  bootstrap: number;
  /** The bootstrap seed; when the file sets none it is derived from the data (run-gate). */
  seed?: number;
  missing: MissingPolicy;
  gates: Gate[];
}

const missing = z
  .enum(['fail', 'inconclusive', 'skip'])
  .describe(
    'What a gate whose metric or slice is missing from the candidate or the baseline becomes: fail, inconclusive or skip.',
  );

const tolerance = z.unknown().transform((raw, ctx): Tolerance => {
  if (typeof raw === 'number' && raw >= 0) return { value: raw, relative: false };
  const percent = typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw) : null;
  if (percent) return { value: parseFloat(percent[1]) / 100, relative: true };
  ctx.addIssue({
    code: 'custom',
    message:
      typeof raw === 'number'
        ? 'must not be negative'
        : 'must be a number or a percentage such as "1%"',
  });
  return z.NEVER;
});

/** One entry of `gates:` (exported for the reference in docs/). */
export const gateSchema = z
  .object({
    metric: z
      .string()
      .min(1, 'is required')
      .describe('The metric (accuracy, f1, roc_auc, rmse, ...; or a key of a metrics file).'),
    min: z.number().optional().describe('The candidate must be at least this.'),
    max: z.number().optional().describe('The candidate must be at most this.'),
    'max-regression': tolerance
      .optional()
      .describe(
        'How much worse than the baseline the candidate may be: a number (absolute) or a percentage such as "1%" (of the baseline).',
      ),
    significance: z
      .boolean()
      .default(false)
      .describe(
        'true: judge max-regression with a paired non-inferiority test (the margin is max-regression) instead of the point estimate.',
      ),
    slices: z
      .array(z.string().min(1))
      .default([])
      .describe('Columns to gate per value as well (each slice must pass).'),
    'min-count': z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Slices with fewer rows are reported, not gated (default 20 with slices, else 1).'),
    direction: z
      .enum(['higher', 'lower'])
      .optional()
      .describe(
        'Whether higher or lower is better; needed only for a custom metric with max-regression.',
      ),
    missing: missing.optional(),
  })
  .strict();

/** A metric measured live: one PromQL value, or bad events (`query`) of all (`total`). */
export const liveMetricSchema = z.union([
  z.string().min(1),
  z
    .object({
      query: z.string().min(1).describe('PromQL: the value, or with `total` the bad events.'),
      total: z
        .string()
        .min(1)
        .optional()
        .describe(
          'PromQL counting all events: the metric is then query / total (lower is better), tested with Farrington–Manning.',
        ),
    })
    .strict(),
]);

/** The `prometheus:` section: what `candidate`/`baseline: prometheus:<track>` measure. */
export const liveMetricsSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .describe('The Prometheus server, e.g. http://prometheus:9090.'),
    window: z
      .string()
      .refine((text) => (parseDuration(text) ?? 0) >= 1000, 'must be a duration such as 1h or 30m')
      .default('1h')
      .describe('The time measured, ending now: `{{ window }}` in the queries (default 1h).'),
    metrics: z
      .record(z.string().regex(/^[A-Za-z_][\w.-]*$/), liveMetricSchema)
      .refine((m) => Object.keys(m).length > 0, 'lists no metrics')
      .describe(
        'Metric name → PromQL (`{{ track }}` is the text after `prometheus:`), or {query, total} for a share of bad events.',
      ),
  })
  .strict();

export type LiveMetricsConfig = z.output<typeof liveMetricsSchema>;

/** The gates file (exported for the reference in docs/). */
export const gatesFileSchema = z
  .object({
    // A pull request may edit the gates file: what makes a test weaker has a floor.
    confidence: z
      .number()
      .min(0.9, 'must be at least 0.9 (0.975 gives the regulatory one-sided 2.5%)')
      .lt(1)
      .default(0.95)
      .describe('Confidence of the one-sided intervals and tests, at least 0.9.'),
    bootstrap: z
      .number()
      .int()
      .min(1000, 'must be at least 1000')
      .max(100000)
      .default(2000)
      .describe('Bootstrap resamples for the intervals of metrics without a closed form.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(4294967295)
      .optional()
      .describe('Bootstrap seed (default: derived from the data, so a run is reproducible).'),
    missing: missing.default('fail'),
    prometheus: liveMetricsSchema
      .optional()
      .describe('Where `prometheus:<track>` candidates and baselines are measured (below).'),
    drift: driftSchema
      .optional()
      .describe(
        'Drift and data-quality gates between the `reference` and `current` datasets (below).',
      ),
    gates: z.array(z.unknown()).default([]).describe('The gates (the table below).'),
  })
  .strict();
const fileSchema = gatesFileSchema;

/** Reads the `gates` input: a path to a YAML file, or the YAML itself. */
export async function loadGates(input: string): Promise<GatesConfig> {
  return parseGates(await readYamlInput(input, 'gates'));
}

/**
 * Gates that cannot apply to a candidate read from predictions: a metric not defined for
 * its task (`roc_auc_ovr` on a binary task), or one modelgate does not compute (a custom
 * metric exists only in a metrics file). One line naming `gates`.
 */
export function checkGatesFitTask(config: GatesConfig, task: Task): void {
  config.gates.forEach((gate, i) => {
    const where = `gates[${i}] (metric: ${gate.metric})`;
    if (!isKnownMetric(gate.metric))
      throw new ConfigurationError(
        'gates',
        `${where}: modelgate does not compute ${gate.metric} from predictions (it computes ${metricsFor(task).join(', ')}); a custom metric needs a metrics file`,
      );
    const why = notDefinedFor(gate.metric, task);
    if (why) throw new ConfigurationError('gates', `${where}: ${why}`);
  });
}

/** Checks a parsed gates document. */
export function parseGates(document: unknown): GatesConfig {
  const file = fileSchema.safeParse(document);
  if (!file.success) throw new ConfigurationError('gates', describeIssue(file.error, ''));
  const config = file.data;
  if (config.gates.length === 0 && !config.drift)
    throw new ConfigurationError('gates', 'gates: lists no gates (and there is no drift: section)');
  const gates = config.gates.map((entry, i) => {
    const where = `gates[${i}]${describeEntry(entry)}`;
    const parsed = gateSchema.safeParse(entry);
    if (!parsed.success) throw new ConfigurationError('gates', describeIssue(parsed.error, where));
    return checkGate(parsed.data, where, config.missing);
  });
  return { ...config, gates };
}

function checkGate(
  entry: z.output<typeof gateSchema>,
  where: string,
  fileMissing: MissingPolicy,
): Gate {
  const fail = (problem: string): never => {
    throw new ConfigurationError('gates', `${where}: ${problem}`);
  };
  const known = directionOf(entry.metric);
  const maxRegression = entry['max-regression'] ?? undefined;
  const alias = suggest(entry.metric);
  // A near miss of a metric modelgate computes is a typo, not a custom metric.
  if (!known && alias) fail(`unknown metric '${entry.metric}'${alias}`);
  // A floor or ceiling says which side is bad by itself; a regression needs a direction.
  if (!known && !entry.direction && maxRegression !== undefined)
    fail(
      `unknown metric '${entry.metric}'; a custom metric from a metrics file needs direction: higher or lower for max-regression`,
    );
  if (known && entry.direction && entry.direction !== known)
    fail(`direction of ${entry.metric} is ${known}, not ${entry.direction}`);
  if (entry.min === undefined && entry.max === undefined && maxRegression === undefined)
    fail('needs min, max or max-regression');
  if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max)
    fail(`min ${entry.min} is above max ${entry.max}`);
  if (entry.significance && maxRegression === undefined)
    fail('significance: true needs max-regression (the non-inferiority margin)');
  return {
    metric: entry.metric,
    min: entry.min,
    max: entry.max,
    maxRegression,
    significance: entry.significance,
    slices: entry.slices,
    // A slice smaller than a valid test needs is reported, not gated (SPEC §5).
    minCount: entry['min-count'] ?? (entry.slices.length > 0 ? 20 : 1),
    direction:
      entry.direction ??
      known ??
      (entry.min === undefined && entry.max !== undefined ? 'lower' : 'higher'),
    missing: entry.missing ?? fileMissing,
  };
}

function describeEntry(entry: unknown): string {
  const metric = (entry as { metric?: unknown } | null)?.metric;
  return typeof metric === 'string' ? ` (metric: ${metric})` : '';
}

function describeIssue(error: z.ZodError, where: string): string {
  // An unknown key explains the rest (a misspelt `metric` is also a missing one).
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  const path = issue.path.join('.');
  const subject = [where, path].filter(Boolean).join(': ');
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'${nearest(k, where ? GATE_KEYS : FILE_KEYS)}`).join(', ')}`
      : issue.message;
  return subject ? `${subject}: ${message}` : message;
}

/** Other names people give the metrics modelgate computes. */
const METRIC_ALIASES: Record<string, string> = {
  auc: 'roc_auc',
  roc: 'roc_auc',
  auroc: 'roc_auc',
  acc: 'accuracy',
  f1_score: 'f1',
  logloss: 'log_loss',
  cross_entropy: 'log_loss',
  ap: 'average_precision',
  brier_score: 'brier',
  kappa: 'cohen_kappa',
  matthews_corrcoef: 'mcc',
};

/** " (did you mean accuracy?)" for a near miss or another name of a known metric. */
function suggest(name: string): string {
  const lower = name.toLowerCase();
  const close =
    METRIC_ALIASES[lower] ??
    (isKnownMetric(lower) ? lower : undefined) ??
    (lower.length >= 4
      ? Object.keys(METRICS).find((known) => distance(known, lower) <= (lower.length >= 8 ? 2 : 1))
      : undefined);
  return close && isKnownMetric(close) ? ` (did you mean ${close}?)` : '';
}

const GATE_KEYS = Object.keys(gateSchema.shape);
const FILE_KEYS = Object.keys(fileSchema.shape);

/** " (did you mean metric?)" for a near miss of a key the schema knows. */
function nearest(key: string, keys: string[]): string {
  const close = keys.find((known) => distance(known, key) <= 2);
  return close ? ` (did you mean ${close}?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
