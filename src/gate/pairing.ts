/**
 * Joins candidate and baseline predictions on the id column, for the paired bootstrap.
 * The two files must agree on the label of every example they share; otherwise they are
 * not predictions on the same data and no comparison of them is honest.
 */
import { ConfigurationError } from '../core/errors.js';
import type { Dataset } from '../metrics/dataset.js';
import type { PredictionTable } from '../metrics/predictions.js';

export interface Pairing {
  candidateRows: Uint32Array;
  baselineRows: Uint32Array;
  /** Examples only one side has. */
  candidateOnly: number;
  baselineOnly: number;
}

type Predictions = { table: PredictionTable; dataset: Dataset };

/** Pairs rows by id; undefined (with why) when either side has no id column. */
export function pairRows(
  candidate: Predictions,
  baseline: Predictions,
  idColumn: string,
): Pairing | string {
  const candidateIds = candidate.table.ids;
  const baselineIds = baseline.table.ids;
  if (!candidateIds || !baselineIds)
    return `the ${!candidateIds ? 'candidate' : 'baseline'} predictions have no '${idColumn}' column to pair examples on`;
  // The usual case: both files list the same ids in the same order. Pairing is the
  // identity; only duplicates need a set.
  if (
    candidateIds.length === baselineIds.length &&
    candidateIds.every((id, i) => id === baselineIds[i])
  ) {
    const seen = new Set<string>();
    for (const id of candidateIds) {
      if (seen.has(id))
        throw new ConfigurationError(
          'candidate',
          `${candidate.table.path}: id '${id}' appears twice`,
        );
      seen.add(id);
    }
    const rows = Uint32Array.from(candidateIds.keys());
    for (let i = 0; i < rows.length; i++) checkLabels(candidate, baseline, i, i, candidateIds[i]);
    return { candidateRows: rows, baselineRows: rows, candidateOnly: 0, baselineOnly: 0 };
  }
  const baselineIndex = new Map<string, number>();
  baselineIds.forEach((id, i) => {
    if (baselineIndex.has(id))
      throw new ConfigurationError('baseline', `${baseline.table.path}: id '${id}' appears twice`);
    baselineIndex.set(id, i);
  });
  const seen = new Set<string>();
  const candidateRows: number[] = [];
  const baselineRows: number[] = [];
  candidateIds.forEach((id, i) => {
    if (seen.has(id))
      throw new ConfigurationError(
        'candidate',
        `${candidate.table.path}: id '${id}' appears twice`,
      );
    seen.add(id);
    const j = baselineIndex.get(id);
    if (j === undefined) return;
    checkLabels(candidate, baseline, i, j, id);
    candidateRows.push(i);
    baselineRows.push(j);
  });
  return {
    candidateRows: Uint32Array.from(candidateRows),
    baselineRows: Uint32Array.from(baselineRows),
    candidateOnly: candidateIds.length - candidateRows.length,
    baselineOnly: baselineIds.length - baselineRows.length,
  };
}

function checkLabels(
  candidate: Predictions,
  baseline: Predictions,
  i: number,
  j: number,
  id: string,
) {
  if (labelOf(candidate.dataset, i) !== labelOf(baseline.dataset, j))
    throw new ConfigurationError(
      'baseline',
      `${baseline.table.path}: example '${id}' has label ${labelOf(baseline.dataset, j)} but ${labelOf(candidate.dataset, i)} in the candidate; both must be predictions on the same data`,
    );
}

function labelOf(data: Dataset, row: number): string {
  return data.task === 'regression' ? String(data.yTrue[row]) : data.classes[data.yTrue[row]];
}
