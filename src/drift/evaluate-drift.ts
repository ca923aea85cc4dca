/**
 * The drift and data-quality gates between a reference dataset (what the model was built
 * on) and a current one: per feature, KS (numeric) or chi-square (categorical) with
 * Holm-adjusted p-values, PSI and Jensen–Shannon as effect sizes — a feature drifts only
 * when its test rejects at the family-wise `alpha` *and* its effect is past the limits,
 * so a huge dataset does not flag every trivial shift, and a large effect the data cannot
 * tell from chance is inconclusive, not a pass — then missing values, new categories,
 * values out of the reference's range and a changed type.
 */
import { binCounts, jensenShannon, psi, quantileSorted } from './binned.js';
import { chiSquareHomogeneity } from './chi-square.js';
import type { DriftConfig } from './config.js';
import type { Feature, FeatureSet } from './dataset.js';
import { holm } from './holm.js';
import { ksPValue, ksStatistic } from './ks.js';
import { countAtOrBelow, type DataSketch } from './sketch.js';

export type DriftResult = 'pass' | 'fail' | 'inconclusive';

export interface DriftRow {
  feature: string;
  /** The slice (`column=value`) it compares, when not all rows. */
  slice?: string;
  kind: 'drift' | 'quality';
  /** What was checked: the test, or the data-quality check. */
  check: string;
  result: DriftResult;
  reason: string;
  /** A drift row's decision in a few words (drifted, no drift shown, ...). */
  decision?: string;
  statistic?: number;
  pValue?: number;
  /** Holm-adjusted p-value. */
  adjusted?: number;
  psi?: number;
  js?: number;
  /** A quality check's measured share, and its limit. */
  value?: number;
  limit?: number;
  /** The binned shares behind PSI/JS, for a chart. */
  bins?: { labels: string[]; reference: number[]; current: number[] };
}

export interface DriftEvaluation {
  verdict: DriftResult;
  rows: DriftRow[];
  /** Features whose drift gate failed, most shifted first. */
  drifted: string[];
  settings: DriftConfig;
  reference: { path: string; rows: number };
  /** Slices not tested: fewer rows than `min-count` on a side. */
  untested?: string[];
  /** The reference's sketch, kept in the report (and so in a release's evidence). */
  reference_sketch?: DataSketch;
  current: { path: string; rows: number };
}

interface Tested {
  row: DriftRow;
  effectPast: string[];
}

export function evaluateDrift(
  config: DriftConfig,
  features: string[],
  reference: FeatureSet,
  current: FeatureSet,
  /** Compared without data-quality checks (the models' predictions, not input data). */
  predictions?: Set<string>,
  /** Each slice's rows of both datasets, tested feature by feature (quality is overall). */
  slices: { slice: string; reference: FeatureSet; current: FeatureSet }[] = [],
): DriftEvaluation {
  const rows: DriftRow[] = [];
  const tested: Tested[] = [];
  for (const group of slices)
    for (const name of features) {
      if (predictions?.has(name)) continue;
      const ref = group.reference.features.get(name)!;
      const cur = group.current.features.get(name)!;
      const categorical = ref.kind === 'categorical' || config.categorical.includes(name);
      if (ref.present === 0 || cur.present === 0) continue;
      if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical) continue;
      const t = categorical
        ? compareCategories(config, ref, cur)
        : compareNumbers(config, ref, cur);
      t.row.slice = group.slice;
      tested.push(t);
    }
  for (const name of features) {
    const ref = reference.features.get(name)!;
    const cur = current.features.get(name)!;
    const categorical = ref.kind === 'categorical' || config.categorical.includes(name);
    if (!predictions?.has(name))
      rows.push(...qualityRows(config, ref, cur, categorical, reference.rows, current.rows));
    if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical) continue;
    if (ref.present === 0 || cur.present === 0) {
      rows.push({
        feature: name,
        kind: 'drift',
        check: categorical ? 'chi-square' : 'KS',
        result: 'inconclusive',
        reason: `no values in the ${ref.present === 0 ? 'reference' : 'current data'}`,
      });
      continue;
    }
    tested.push(
      categorical ? compareCategories(config, ref, cur) : compareNumbers(config, ref, cur),
    );
  }
  const adjusted = holm(tested.map((t) => t.row.pValue!));
  tested.forEach((t, i) => {
    const row = t.row;
    row.adjusted = adjusted[i];
    const rejected = adjusted[i] < config.alpha;
    const effect = t.effectPast.length
      ? t.effectPast.join(', ')
      : `PSI ${fmt(row.psi!)} ≤ ${config['max-psi']}`;
    const test = `${row.check} p ${fmtP(adjusted[i])} (Holm, α ${config.alpha})`;
    if (rejected && t.effectPast.length) {
      row.result = 'fail';
      row.decision = 'drifted';
      row.reason = `drifted: ${effect}; ${test}`;
    } else if (rejected) {
      row.result = 'pass';
      row.decision = 'a detectable but small shift';
      row.reason = `a detectable but small shift: ${effect}; ${test}`;
    } else if (t.effectPast.length) {
      row.result = 'inconclusive';
      row.decision = 'too little data to tell';
      row.reason = `${effect}, but the test cannot tell it from chance: ${test}`;
    } else {
      row.result = 'pass';
      row.decision = 'no drift shown';
      row.reason = `no drift shown: ${effect}; ${test}`;
    }
    rows.push(row);
  });
  const drifted = rows
    .filter((r) => r.kind === 'drift' && r.result === 'fail')
    .sort((a, b) => b.psi! - a.psi!)
    .map((r) => (r.slice ? `${r.feature} (${r.slice})` : r.feature));
  const verdict: DriftResult = rows.some((r) => r.result === 'fail')
    ? 'fail'
    : rows.some((r) => r.result === 'inconclusive')
      ? 'inconclusive'
      : 'pass';
  return {
    verdict,
    rows,
    drifted,
    settings: config,
    reference: { path: reference.path, rows: reference.rows },
    current: { path: current.path, rows: current.rows },
  };
}

/** What the numeric comparisons need of the reference: exact values, or a sketch's grid. */
interface NumericReference {
  n: number;
  min: number;
  max: number;
  quantile(q: number): number;
  /** Values at or below x. */
  atOrBelow(x: number): number;
}

function numericReference(feature: Feature): NumericReference {
  if (feature.sorted) {
    const sorted = feature.sorted;
    return {
      n: sorted.length,
      min: sorted[0],
      max: sorted[sorted.length - 1],
      quantile: (q) => quantileSorted(sorted, q),
      atOrBelow: (x) => countAtOrBelow(sorted, x),
    };
  }
  const { quantiles, atOrBelow } = feature.grid!;
  const last = quantiles.length - 1;
  // The grid point at or below x (−1 below the minimum).
  const below = (x: number) => countAtOrBelow(quantiles, x) - 1;
  return {
    n: feature.present,
    min: quantiles[0],
    max: quantiles[last],
    quantile: (q) => {
      // Snapped, so a quantile on the grid (a decile) is its grid point exactly.
      const position = Math.round(q * last * 1e6) / 1e6;
      const k = Math.floor(position);
      return k >= last
        ? quantiles[last]
        : quantiles[k] + (quantiles[k + 1] - quantiles[k]) * (position - k);
    },
    atOrBelow: (x) => {
      const k = below(x);
      return k < 0 ? 0 : atOrBelow[k];
    },
  };
}

function compareNumbers(config: DriftConfig, ref: Feature, cur: Feature): Tested {
  const reference = numericReference(ref);
  const b = cur.sorted!;
  const statistic = ref.sorted
    ? ksStatistic(ref.sorted, b)
    : sketchKsStatistic(reference, ref.grid!.quantiles, b);
  const pValue = ksPValue(statistic, reference.n, b.length);
  const edges: number[] = [];
  for (let i = 1; i < config.bins; i++) {
    const edge = reference.quantile(i / config.bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  const below = edges.map((e) => reference.atOrBelow(e));
  const r = [...below, reference.n].map((count, i) => count - (i === 0 ? 0 : below[i - 1]));
  const c = binCounts(b, edges);
  const labels = r.map((_, i) =>
    edges.length === 0
      ? 'all'
      : i === edges.length
        ? `>${short(edges[i - 1])}`
        : `≤${short(edges[i])}`,
  );
  const row = binnedRow(ref.name, 'KS', statistic, pValue, r, c, labels);
  const effectPast = effects(config, row);
  if (config['max-ks'] !== undefined && statistic > config['max-ks'])
    effectPast.push(`KS D ${fmt(statistic)} > ${config['max-ks']}`);
  return { row, effectPast };
}

/**
 * D against a sketch: |F_ref − F_cur| at every grid point (F_ref exact there) and at every
 * distinct current value (F_ref from the grid point below it).
 */
function sketchKsStatistic(reference: NumericReference, grid: number[], b: Float64Array): number {
  const n2 = b.length;
  let d = 0;
  for (const q of grid)
    d = Math.max(d, Math.abs(reference.atOrBelow(q) / reference.n - countAtOrBelow(b, q) / n2));
  for (let j = 0; j < n2;) {
    const x = b[j];
    while (j < n2 && b[j] === x) j++;
    d = Math.max(d, Math.abs(reference.atOrBelow(x) / reference.n - j / n2));
  }
  return d;
}

function compareCategories(config: DriftConfig, ref: Feature, cur: Feature): Tested {
  const refCounts = ref.counts ?? countsOfNumbers(ref);
  const curCounts = cur.counts ?? countsOfNumbers(cur);
  const labels = [...new Set([...refCounts.keys(), ...curCounts.keys()])].sort();
  const r = labels.map((k) => refCounts.get(k) ?? 0);
  const c = labels.map((k) => curCounts.get(k) ?? 0);
  const test = chiSquareHomogeneity(r, c);
  const row = binnedRow(ref.name, 'chi-square', test.statistic, test.pValue, r, c, labels);
  return { row, effectPast: effects(config, row) };
}

/** A numeric feature's values as categories (each value's count, written as JavaScript does). */
export function countsOfNumbers(feature: Feature): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of feature.sorted ?? []) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return counts;
}

function binnedRow(
  feature: string,
  check: string,
  statistic: number,
  pValue: number,
  r: number[],
  c: number[],
  labels: string[],
): DriftRow {
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const [rt, ct] = [total(r), total(c)];
  return {
    feature,
    kind: 'drift',
    check,
    result: 'pass',
    reason: '',
    statistic,
    pValue,
    psi: psi(r, c),
    js: jensenShannon(r, c),
    bins: { labels, reference: r.map((x) => x / rt), current: c.map((x) => x / ct) },
  };
}

function effects(config: DriftConfig, row: DriftRow): string[] {
  const past: string[] = [];
  if (row.psi! > config['max-psi']) past.push(`PSI ${fmt(row.psi!)} > ${config['max-psi']}`);
  if (config['max-js'] !== undefined && row.js! > config['max-js'])
    past.push(`Jensen–Shannon ${fmt(row.js!)} > ${config['max-js']}`);
  return past;
}

function qualityRows(
  config: DriftConfig,
  ref: Feature,
  cur: Feature,
  categorical: boolean,
  refRows: number,
  curRows: number,
): DriftRow[] {
  const rows: DriftRow[] = [];
  const quality = (check: string, value: number, limit: number, what: string): DriftRow => ({
    feature: ref.name,
    kind: 'quality',
    check,
    value,
    limit,
    result: value > limit ? 'fail' : 'pass',
    reason: `${what} (limit ${limit})`,
  });
  const refMissing = ref.missing / refRows;
  const curMissing = cur.missing / curRows;
  rows.push(
    quality(
      'missing values',
      curMissing - refMissing,
      config['max-missing-increase'],
      `${pct(curMissing)} missing, ${pct(refMissing)} in the reference`,
    ),
  );
  if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical) {
    const example = [...cur.counts!.keys()].find((k) => !Number.isFinite(Number(k)));
    rows.push({
      feature: ref.name,
      kind: 'quality',
      check: 'type',
      result: 'fail',
      reason: `type changed: numbers in the reference, text in the current data (${JSON.stringify(example)})`,
    });
    return rows;
  }
  if (cur.present === 0) return rows;
  if (categorical) {
    const known = ref.counts ?? countsOfNumbers(ref);
    const seen = cur.counts ?? countsOfNumbers(cur);
    let fresh = 0;
    const examples: string[] = [];
    for (const [value, count] of seen)
      if (!known.has(value)) {
        fresh += count;
        if (examples.length < 3) examples.push(JSON.stringify(value));
      }
    rows.push(
      quality(
        'new categories',
        fresh / cur.present,
        config['max-new-categories'],
        fresh
          ? `${pct(fresh / cur.present)} of rows have a category the reference never had (${examples.join(', ')})`
          : 'no new categories',
      ),
    );
  } else if (ref.present > 0) {
    const { min, max } = numericReference(ref);
    const values = cur.sorted!;
    let outside = 0;
    for (let i = 0; i < values.length && values[i] < min; i++) outside++;
    for (let i = values.length - 1; i >= 0 && values[i] > max; i--) outside++;
    rows.push(
      quality(
        'out of range',
        outside / values.length,
        config['max-out-of-range'],
        `${pct(outside / values.length)} of values outside the reference's [${fmt(min)}, ${fmt(max)}]`,
      ),
    );
  }
  return rows;
}

export const fmt = (v: number) =>
  Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e-3 ? v.toPrecision(3) : v.toExponential(2);
export const fmtP = (p: number) =>
  p >= 1e-3 ? p.toPrecision(2) : p > 0 ? p.toExponential(1) : '< 1e-16';
const pct = (share: number) => `${+(share * 100).toPrecision(3)}%`;

/** A bin edge in a few characters, for a chart's axis: 0.25, 31, 1.4k, 2.2M. */
function short(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e6) return `${+(v / 1e6).toPrecision(2)}M`;
  if (abs >= 1e3) return `${+(v / 1e3).toPrecision(2)}k`;
  return String(+v.toPrecision(2));
}
