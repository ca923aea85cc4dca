/**
 * The metrics modelgate computes from predictions, with the direction in which each is
 * better and the tasks it is defined for. Metric names in gates files are checked here.
 */
export type Task = 'binary' | 'multiclass' | 'regression';
export type Direction = 'higher' | 'lower';

interface MetricInfo {
  direction: Direction;
  tasks: readonly Task[];
  /** Needs a score (probability) column. */
  scores?: boolean;
  /** What to use instead, for a metric not defined on a task. */
  hint?: string;
}

const classification: readonly Task[] = ['binary', 'multiclass'];
const binary: readonly Task[] = ['binary'];
const regression: readonly Task[] = ['regression'];

const averaged = (name: string) =>
  Object.fromEntries(
    ['macro', 'micro', 'weighted'].map((avg) => [
      `${name}_${avg}`,
      { direction: 'higher', tasks: classification },
    ]),
  ) as Record<string, MetricInfo>;

export const METRICS: Record<string, MetricInfo> = {
  n: { direction: 'higher', tasks: ['binary', 'multiclass', 'regression'] },
  accuracy: { direction: 'higher', tasks: classification },
  balanced_accuracy: { direction: 'higher', tasks: classification },
  precision: { direction: 'higher', tasks: binary, hint: 'precision_macro' },
  recall: { direction: 'higher', tasks: binary, hint: 'recall_macro' },
  f1: { direction: 'higher', tasks: binary, hint: 'f1_macro' },
  ...averaged('precision'),
  ...averaged('recall'),
  ...averaged('f1'),
  roc_auc: { direction: 'higher', tasks: binary, scores: true, hint: 'roc_auc_ovr' },
  roc_auc_ovr: { direction: 'higher', tasks: ['multiclass'], scores: true, hint: 'roc_auc' },
  average_precision: { direction: 'higher', tasks: classification, scores: true },
  log_loss: { direction: 'lower', tasks: classification, scores: true },
  brier: { direction: 'lower', tasks: classification, scores: true },
  mcc: { direction: 'higher', tasks: classification },
  cohen_kappa: { direction: 'higher', tasks: classification },
  mae: { direction: 'lower', tasks: regression },
  mse: { direction: 'lower', tasks: regression },
  rmse: { direction: 'lower', tasks: regression },
  r2: { direction: 'higher', tasks: regression },
  mape: { direction: 'lower', tasks: regression },
  median_ae: { direction: 'lower', tasks: regression },
};

/** True for a metric modelgate computes itself. */
export function isKnownMetric(name: string): boolean {
  return Object.hasOwn(METRICS, name);
}

/** The better direction of a known metric, or undefined for a custom one. */
export function directionOf(name: string): Direction | undefined {
  return isKnownMetric(name) ? METRICS[name].direction : undefined;
}

/** The metrics defined for a task, in catalogue order. */
export function metricsFor(task: Task): string[] {
  return Object.keys(METRICS).filter((name) => METRICS[name].tasks.includes(task));
}

/** Why `name` has no value for `task` (not defined there), or undefined when it is. */
export function notDefinedFor(name: string, task: Task): string | undefined {
  const info = METRICS[name];
  if (!info || info.tasks.includes(task)) return undefined;
  const instead = info.hint && METRICS[info.hint]?.tasks.includes(task) ? `; use ${info.hint}` : '';
  return `${name} is not defined for ${task} tasks${instead}`;
}
