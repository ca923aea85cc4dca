/**
 * One side of a comparison (the candidate, or the baseline): its metrics overall and per
 * slice, from a metrics JSON file, a predictions file (computed here), or the metrics a
 * release recorded in the ledger. Predictions are kept for the paired bootstrap.
 */
import type { Task } from '../metrics/catalogue.js';
import { buildDataset, inferTask, selectRows, type Dataset } from '../metrics/dataset.js';
import { MetricEvaluator } from '../metrics/evaluator.js';
import { readMetricsFile, type EventCounts, type MetricsFile } from '../metrics/metrics-file.js';
import {
  isPredictionsFile,
  readPredictions,
  type ColumnNames,
  type PredictionTable,
} from '../metrics/predictions.js';

export interface MetricSet {
  values: Record<string, number>;
  /** Metrics without a value, and why. */
  notes: Record<string, string>;
  /** Examples behind the values, when known. */
  n?: number;
}

export interface Side {
  /** Where the numbers came from, for people: a path, or a release in an environment. */
  source: string;
  overall: MetricSet;
  /** Per-slice metrics keyed `column=value`. */
  slices: Map<string, MetricSet>;
  task?: Task;
  /** Why `task: auto` chose the task, when it did. */
  taskReason?: string;
  predictions?: { table: PredictionTable; dataset: Dataset; evaluator: MetricEvaluator };
  /** Metrics that are shares of bad events, with their counts (measured live). */
  counts?: Record<string, EventCounts>;
}

export interface LoadOptions {
  columns: ColumnNames;
  /** `auto`, or the task to compute. */
  task: Task | 'auto';
  /** The input the path came from, for error messages. */
  input: string;
  /** Binary tasks: the positive class (`positive-label`); default the greater label. */
  positiveLabel?: string;
}

/** Reads a metrics file or predictions file into a Side. */
export async function loadSide(path: string, options: LoadOptions): Promise<Side> {
  if (!isPredictionsFile(path))
    return sideFromMetrics(await readMetricsFile(path, options.input), path);
  const table = await readPredictions(path, options.columns, options.input);
  const inferred = options.task === 'auto' ? inferTask(table) : undefined;
  const task = inferred?.task ?? (options.task as Task);
  const dataset = buildDataset(table, task, options.input, options.positiveLabel);
  const evaluator = new MetricEvaluator(dataset);
  const overall = evaluator.compute();
  const slices = new Map<string, MetricSet>();
  for (const [column, categories] of table.slices) {
    const rows = new Map<number, number[]>();
    categories.codes.forEach((code, i) => {
      let list = rows.get(code);
      if (!list) rows.set(code, (list = []));
      list.push(i);
    });
    for (const [code, indices] of [...rows].sort((a, b) => a[0] - b[0])) {
      const metrics = new MetricEvaluator(selectRows(dataset, indices)).compute();
      slices.set(`${column}=${categories.dictionary[code]}`, {
        values: metrics.values,
        notes: metrics.notes,
        n: indices.length,
      });
    }
  }
  return {
    source: path,
    overall: { values: overall.values, notes: overall.notes, n: table.rows },
    slices,
    task,
    taskReason: inferred?.reason,
    predictions: { table, dataset, evaluator },
  };
}

/** A Side from metrics already computed (a metrics file, or a release's record). */
export function sideFromMetrics(file: MetricsFile, source: string): Side {
  const withCount = (values: Record<string, number>): MetricSet => ({
    values,
    notes: {},
    n: values.n,
  });
  return {
    source,
    overall: withCount(file.metrics),
    slices: new Map(Object.entries(file.slices).map(([key, values]) => [key, withCount(values)])),
    ...(file.counts ? { counts: file.counts } : {}),
  };
}

/** The metrics JSON shape of a Side (what the report and the ledger record). */
export function metricsOf(side: Side): MetricsFile {
  return {
    metrics: side.overall.values,
    slices: Object.fromEntries([...side.slices].map(([key, set]) => [key, set.values])),
    ...(side.counts ? { counts: side.counts } : {}),
  };
}
