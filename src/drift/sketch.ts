/**
 * A compact summary of a dataset (SPEC §9 evidence holds it, not the data): per numeric
 * feature its values at 1,001 evenly spaced quantiles (numpy's linear method) with the
 * exact count of values at or below each, per categorical feature the count of each
 * value, and the missing values. The gate report of a release keeps its reference data's
 * sketch, so a later gate can compare new data with what the live model was built on
 * (`reference: environment:<name>`).
 *
 * From a sketch, the reference's bins at quantiles on the grid (deciles, quintiles…),
 * PSI and Jensen–Shannon are exact, as are chi-square, the range and missing values; the
 * KS statistic is exact at the grid's points and between them uses the count at the point
 * below, so it is within the largest step of the grid (about 0.001) of the exact one.
 */
import { z } from 'zod';
import { quantileSorted } from './binned.js';
import type { Feature, FeatureSet } from './dataset.js';

export const SKETCH_POINTS = 1000;

export const sketchSchema = z.object({
  schema: z.literal('modelgate.data-sketch/v1'),
  path: z.string(),
  rows: z.number().int().positive(),
  features: z.record(
    z.string(),
    z.object({
      kind: z.enum(['numeric', 'categorical']),
      present: z.number().int().min(0),
      missing: z.number().int().min(0),
      quantiles: z.array(z.number()).optional(),
      atOrBelow: z.array(z.number().int().min(0)).optional(),
      counts: z.record(z.string(), z.number().int().min(0)).optional(),
    }),
  ),
});

export type DataSketch = z.output<typeof sketchSchema>;

/** Counts of values ≤ x in a sorted array (upper bound by bisection). */
export function countAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function sketchOf(data: FeatureSet): DataSketch {
  const features: DataSketch['features'] = {};
  for (const [name, f] of data.features) {
    const base = { kind: f.kind, present: f.present, missing: f.missing };
    if (f.sorted && f.sorted.length > 0) {
      const quantiles = Array.from({ length: SKETCH_POINTS + 1 }, (_, k) =>
        quantileSorted(f.sorted!, k / SKETCH_POINTS),
      );
      features[name] = {
        ...base,
        quantiles,
        atOrBelow: quantiles.map((q) => countAtOrBelow(f.sorted!, q)),
        // A numeric feature's values as categories too, while there are few (codes).
        ...distinctCounts(f.sorted),
      };
    } else
      features[name] = { ...base, ...(f.counts ? { counts: Object.fromEntries(f.counts) } : {}) };
  }
  return { schema: 'modelgate.data-sketch/v1', path: data.path, rows: data.rows, features };
}

/** A sketch read back as the features drift compares (numeric ones carry their grid). */
export function featuresOfSketch(sketch: DataSketch, source: string): FeatureSet {
  const features = new Map<string, Feature>();
  for (const [name, f] of Object.entries(sketch.features))
    features.set(name, {
      name,
      kind: f.kind,
      present: f.present,
      missing: f.missing,
      ...(f.counts ? { counts: new Map(Object.entries(f.counts)) } : {}),
      ...(f.quantiles && f.atOrBelow
        ? { grid: { quantiles: f.quantiles, atOrBelow: f.atOrBelow } }
        : {}),
    });
  return { path: source, rows: sketch.rows, header: Object.keys(sketch.features), features };
}

/** A sorted numeric feature's counts per value (as categories compare them), if at most 1,000. */
function distinctCounts(sorted: Float64Array): { counts?: Record<string, number> } {
  const counts: Record<string, number> = {};
  let distinct = 0;
  for (let i = 0; i < sorted.length;) {
    const value = sorted[i];
    let j = i;
    while (j < sorted.length && sorted[j] === value) j++;
    if (++distinct > 1000) return {};
    counts[String(value)] = j - i;
    i = j;
  }
  return { counts };
}
