/**
 * The drift and data-quality gates of one evaluate-gate run, from its inputs: which
 * reference (a file, or the sketch the live release recorded), the current data read at
 * the same time, the models' predictions when both sides have them, then the evaluation
 * (src/drift/evaluate-drift.ts), with the reference's sketch kept for the report.
 */
import { ConfigurationError } from '../core/errors.js';
import type { Side } from '../gate/sides.js';
import { liveRelease, onlyLiveName, type Ledger, type ReleaseRecord } from '../ledger/ledger.js';
import { sortFloat64 } from '../stats/argsort.js';
import { driftSchema, type DriftConfig } from './config.js';
import { readFeatures, type Feature, type FeatureSet } from './dataset.js';
import { countsOfNumbers, evaluateDrift, type DriftEvaluation } from './evaluate-drift.js';
import { featuresOfSketch, sketchOf, sketchSchema, type DataSketch } from './sketch.js';

export interface DriftInputs {
  /** A dataset path, `environment:<name>`, or empty. */
  reference: string;
  current: string;
  /** The columns that are not features (id, label, prediction, score). */
  columns: { id: string; label: string; prediction: string; score: string };
  openLedger: () => Ledger;
  /** Which model's live release an `environment:` reference reads (default: the only one). */
  name?: string;
  /** Reads the gate report a release stored as evidence. */
  readReport?: (release: ReleaseRecord) => Promise<unknown>;
}

/**
 * The drift and data-quality gates: the gates file's `drift:` section (defaults when only
 * the data is given) over the `reference` and `current` datasets.
 */
export async function runDrift(
  drift: DriftConfig | undefined,
  options: DriftInputs,
  candidate: Side,
  baseline: Side | undefined,
): Promise<DriftEvaluation | undefined> {
  const { reference, current } = options;
  if (!drift && !reference && !current) return undefined;
  if (!reference || !current)
    throw new ConfigurationError(
      reference ? 'current' : 'reference',
      drift
        ? 'the gates file has a drift: section: give both reference and current datasets'
        : 'drift gates compare two datasets: give both reference and current',
    );
  const settings = drift ?? driftSchema.parse({});
  const { columns } = options;
  const own = new Set([columns.id, columns.label, columns.prediction, columns.score]);
  let features: string[] = [];
  // What is read: the features, and the slice columns.
  let read: string[] = [];
  const choose = (header: string[], where: string) => {
    features = settings.features ?? header.filter((name) => !own.has(name));
    read = [...new Set([...features, ...settings.slices])];
    const absent = read.filter((name) => !header.includes(name));
    if (absent.length)
      throw new ConfigurationError(
        'reference',
        `${where} has no column ${absent.map((n) => `'${n}'`).join(', ')} (drift.features, drift.slices; columns: ${header.join(', ')})`,
      );
    return read;
  };
  if (settings.slices.length && reference.startsWith('environment:'))
    throw new ConfigurationError(
      'reference',
      'drift.slices compares rows of each slice: give reference as the data itself, not the sketch a release recorded',
      reference,
    );
  // Both datasets are read at once (each in a worker): the current one as soon as the
  // reference's header says which features there are.
  let known!: () => void;
  let broken!: (error: unknown) => void;
  const featuresKnown = new Promise<void>((resolve, reject) => {
    known = resolve;
    broken = reject;
  });
  const referenceRead: Promise<{ features: FeatureSet; sketch?: DataSketch }> =
    reference.startsWith('environment:')
      ? liveSketch(reference, options).then((live) => {
          choose(live.features.header, live.features.path);
          known();
          return live;
        })
      : readFeatures(reference, 'reference', (header) => {
          const chosen = choose(header, reference);
          known();
          return chosen;
        }).then((set) => ({ features: set }));
  referenceRead.catch(broken);
  const currentRead = featuresKnown.then(() =>
    readFeatures(current, 'current', (header) => {
      const absent = read.filter((name) => !header.includes(name));
      if (absent.length)
        throw new ConfigurationError(
          'current',
          `${current} has no column ${absent.map((n) => `'${n}'`).join(', ')}, which the reference has: a schema change (rename it back, or list the features to compare in drift.features)`,
        );
      return read;
    }),
  );
  const [referenceSide, currentSet] = await Promise.all([referenceRead, currentRead]);
  const referenceSet = referenceSide.features;
  const sketch = referenceSide.sketch ?? sketchOf(referenceSet);
  const predicted = predictionDrift(candidate, baseline);
  if (predicted) {
    referenceSet.features.set(predicted.name, predicted.baseline);
    currentSet.features.set(predicted.name, predicted.candidate);
  }
  const { groups, untested } = await readSlices(settings, features, referenceSet, {
    reference,
    current,
  });
  return {
    ...evaluateDrift(
      settings,
      predicted ? [...features, predicted.name] : features,
      referenceSet,
      currentSet,
      predicted ? new Set([predicted.name]) : undefined,
      groups,
    ),
    ...(untested.length ? { untested } : {}),
    reference_sketch: sketch,
  };
}

/** Slices with more values than this are not slices (an identifier, a measurement). */
const MAX_SLICE_VALUES = 50;

/**
 * Each value of each slice column with at least `min-count` rows on both sides: its rows
 * of both datasets, read again with a filter (both at once).
 */
async function readSlices(
  settings: DriftConfig,
  features: string[],
  referenceSet: FeatureSet,
  paths: { reference: string; current: string },
): Promise<{
  groups: { slice: string; reference: FeatureSet; current: FeatureSet }[];
  untested: string[];
}> {
  const groups: { slice: string; reference: FeatureSet; current: FeatureSet }[] = [];
  const untested: string[] = [];
  for (const column of settings.slices) {
    const feature = referenceSet.features.get(column)!;
    const counts = feature.counts ?? countsOfNumbers(feature);
    if (counts.size > MAX_SLICE_VALUES)
      throw new ConfigurationError(
        'gates',
        `drift.slices: '${column}' has ${counts.size} values in the reference (at most ${MAX_SLICE_VALUES}): not a slice column`,
      );
    for (const [value, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      const slice = `${column}=${value}`;
      if (count < settings['min-count']) {
        untested.push(`${slice} (${count} reference rows)`);
        continue;
      }
      const where = { column, value };
      const [reference, current] = await Promise.all([
        readFeatures(paths.reference, 'reference', () => features, where),
        readFeatures(paths.current, 'current', () => features, where).catch((error: unknown) => {
          // A slice the current data does not have at all has no rows: untested.
          if (error instanceof ConfigurationError && /has no rows/.test(error.message))
            return undefined;
          throw error;
        }),
      ]);
      if (!current || current.rows < settings['min-count']) {
        untested.push(`${slice} (${current?.rows ?? 0} current rows)`);
        continue;
      }
      groups.push({ slice, reference, current });
    }
  }
  return { groups, untested };
}

/**
 * Prediction drift: the candidate's score distribution (a regression's predicted values)
 * against the baseline's — the live model's, with an `environment:` baseline — when both
 * sides are predictions with scores.
 */
function predictionDrift(
  candidate: Side,
  baseline: Side | undefined,
): { name: string; candidate: Feature; baseline: Feature } | undefined {
  const values = (side: Side | undefined) => {
    const table = side?.predictions?.table;
    if (!table) return undefined;
    if (table.score) return table.score;
    return side.task === 'regression' ? table.prediction?.numbers.values() : undefined;
  };
  const c = values(candidate);
  const b = values(baseline);
  if (!c || !b) return undefined;
  const name = candidate.predictions!.table.score ? 'prediction score' : 'predicted value';
  const feature = (all: Float64Array, side: string): Feature => {
    const sorted = sortFloat64(all.filter(Number.isFinite));
    return {
      name: `${name} (${side})`,
      kind: 'numeric',
      present: sorted.length,
      missing: all.length - sorted.length,
      sorted,
    };
  };
  return {
    name,
    candidate: { ...feature(c, 'candidate'), name },
    baseline: { ...feature(b, 'baseline'), name },
  };
}

/** The data sketch the live release of the model recorded with its gate report. */
async function liveSketch(
  input: string,
  options: DriftInputs,
): Promise<{ features: FeatureSet; sketch: DataSketch }> {
  const environment = input.slice('environment:'.length).trim();
  const fail = (problem: string): never => {
    throw new ConfigurationError('reference', problem, input);
  };
  if (!environment) fail('environment: needs a name');
  const ledger = options.openLedger();
  const name = options.name || (await onlyLiveName(ledger, environment, 'name'));
  const release = name ? await liveRelease(ledger, environment, name) : undefined;
  if (!release)
    return fail(
      `nothing ${name ? `of ${name} ` : ''}is live in ${environment} (${ledger.description}): no data it was built on to compare with; give reference as a file`,
    );
  const where = `the live release ${release.id} in ${environment}`;
  let report: unknown;
  try {
    report = await options.readReport?.(release);
  } catch (error) {
    fail(
      `cannot read the evidence ${release.evidence?.digest} of ${where}: ${(error as Error).message}`,
    );
  }
  const parsed = sketchSchema.safeParse(
    (report as { drift?: { reference_sketch?: unknown } } | undefined)?.drift?.reference_sketch,
  );
  if (!parsed.success)
    return fail(
      `${where} recorded no data sketch (its gate compared no reference dataset${release.evidence ? '' : ', and it stored no evidence'}); give reference as a file`,
    );
  const source = `${where}: the sketch of ${parsed.data.path} (${parsed.data.rows} rows)`;
  return { features: featuresOfSketch(parsed.data, source), sketch: parsed.data };
}
