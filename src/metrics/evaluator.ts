/**
 * Computes the metrics of one dataset, all at once or only those a gate needs, with or
 * without per-row weights. Score ranks and error orders are computed once and reused,
 * so a bootstrap can call it a thousand times.
 */
import { confusionMatrix, confusionMetrics, type Weights } from './classification.js';
import { metricsFor } from './catalogue.js';
import type { ClassificationData, Dataset } from './dataset.js';
import { MetricValues } from './metric-values.js';
import { orderErrors, regressionMetrics, type ErrorOrder } from './regression.js';
import {
  averagePrecision,
  binaryLogLoss,
  brierScore,
  multiclassLogLoss,
  rankScores,
  rocAuc,
  type ScoreRanks,
} from './scores.js';

const CONFUSION = new Set([
  'accuracy',
  'balanced_accuracy',
  'mcc',
  'cohen_kappa',
  ...['precision', 'recall', 'f1'].flatMap((m) => [m, `${m}_macro`, `${m}_micro`, `${m}_weighted`]),
]);

export class MetricEvaluator {
  private readonly ranks = new Map<number, ScoreRanks>();
  private errors: ErrorOrder | undefined;

  constructor(readonly data: Dataset) {}

  /** Every metric defined for the dataset's task (or only `names`). */
  compute(names?: Iterable<string>, weights?: Weights): MetricValues {
    const wanted = new Set(names ?? metricsFor(this.data.task));
    const out = new MetricValues();
    const data = this.data;
    if (wanted.has('n')) out.set('n', weights ? sum(weights) : data.yTrue.length);
    if (data.task === 'regression') {
      regressionMetrics(data, () => (this.errors ??= orderErrors(data)), out, weights);
    } else {
      if ([...wanted].some((name) => CONFUSION.has(name))) {
        const k = data.classes.length;
        const matrix = confusionMatrix(data.yTrue, data.yPred, k, weights);
        confusionMetrics(matrix, k, data.task === 'binary' ? data.positive : undefined, out);
      }
      this.scoreMetrics(data, wanted, out, weights);
    }
    for (const name of Object.keys(out.values)) if (!wanted.has(name)) delete out.values[name];
    for (const name of Object.keys(out.notes)) if (!wanted.has(name)) delete out.notes[name];
    return out;
  }

  private rankOf(c: number, score: Float64Array): ScoreRanks {
    let ranks = this.ranks.get(c);
    if (!ranks) this.ranks.set(c, (ranks = rankScores(score)));
    return ranks;
  }

  private scoreMetrics(
    data: ClassificationData,
    wanted: Set<string>,
    out: MetricValues,
    weights: Weights,
  ): void {
    const scoreNames = ['roc_auc', 'roc_auc_ovr', 'average_precision', 'log_loss', 'brier'];
    const needed = scoreNames.filter((name) => wanted.has(name));
    if (needed.length === 0) return;
    const { yTrue, positive } = data;
    if (data.task === 'binary') {
      if (!data.score) {
        for (const name of needed) out.undefined(name, 'needs a score column');
        return;
      }
      const ranks = () => this.rankOf(positive, data.score!);
      const single = 'only one class is present in the labels';
      if (wanted.has('roc_auc'))
        setOr(out, 'roc_auc', rocAuc(ranks(), yTrue, positive, weights), single);
      if (wanted.has('average_precision'))
        setOr(
          out,
          'average_precision',
          averagePrecision(ranks(), yTrue, positive, weights),
          single,
        );
      if (wanted.has('log_loss')) {
        if (presentClasses(data, weights).length < 2) out.undefined('log_loss', single);
        else out.set('log_loss', binaryLogLoss(yTrue, positive, data.score, weights));
      }
      if (wanted.has('brier'))
        out.set('brier', brierScore(yTrue, new Map([[positive, data.score]]), weights));
      return;
    }
    const scores = data.classScores ?? new Map<number, Float64Array>();
    const present = presentClasses(data, weights);
    const missing = present.filter((c) => !scores.has(c)).map((c) => data.classes[c]);
    if (missing.length > 0) {
      const reason = `needs a score column for every class (none for ${missing.slice(0, 3).join(', ')})`;
      for (const name of needed) out.undefined(name, reason);
      return;
    }
    if (present.length < 2) {
      for (const name of needed) out.undefined(name, 'only one class is present in the labels');
      return;
    }
    const perClass = (metric: typeof rocAuc) => {
      let total = 0;
      for (const c of present) total += metric(this.rankOf(c, scores.get(c)!), yTrue, c, weights)!;
      return total / present.length;
    };
    if (wanted.has('roc_auc_ovr')) out.set('roc_auc_ovr', perClass(rocAuc));
    if (wanted.has('average_precision')) out.set('average_precision', perClass(averagePrecision));
    if (wanted.has('log_loss'))
      setOr(out, 'log_loss', multiclassLogLoss(yTrue, scores, weights), 'no score');
    if (wanted.has('brier')) out.set('brier', brierScore(yTrue, scores, weights));
  }
}

function setOr(out: MetricValues, name: string, value: number | undefined, reason: string) {
  if (value === undefined) out.undefined(name, reason);
  else out.set(name, value);
}

/** Classes that occur in y_true (with non-zero weight). */
function presentClasses(data: ClassificationData, weights: Weights): number[] {
  const seen = new Uint8Array(data.classes.length);
  for (let i = 0; i < data.yTrue.length; i++)
    if (!weights || weights[i] > 0) seen[data.yTrue[i]] = 1;
  return [...seen.keys()].filter((c) => seen[c]);
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
