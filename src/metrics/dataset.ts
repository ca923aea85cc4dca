/**
 * Turns a predictions table into the typed arrays metrics are computed on: class codes
 * (sorted the way NumPy sorts labels) and scores for classification, numbers for
 * regression. `task: auto` is inferred here, with the reason said in words.
 */
import { ConfigurationError } from '../core/errors.js';
import { canonicalValue } from './columns.js';
import type { Task } from './catalogue.js';
import type { PredictionTable } from './predictions.js';

export interface ClassificationData {
  task: 'binary' | 'multiclass';
  /** Class names, sorted (numerically when all are numbers). */
  classes: string[];
  yTrue: Int32Array;
  yPred: Int32Array;
  /** Binary: index of the positive class (the greater label, 1 for 0/1 labels). */
  positive: number;
  /** Binary: the positive class's score per row. */
  score?: Float64Array;
  /** Multiclass: the score columns present, by class index. */
  classScores?: Map<number, Float64Array>;
}

export interface RegressionData {
  task: 'regression';
  yTrue: Float64Array;
  yPred: Float64Array;
}

export type Dataset = ClassificationData | RegressionData;

/** Past this many distinct integer labels, `auto` takes the target for a regression one. */
const MAX_AUTO_CLASSES = 50;

/** The task of a table: the one asked for, or inferred from its columns (with why). */
export function inferTask(table: PredictionTable): { task: Task; reason: string } {
  const labels = table.label.categoriesOf();
  const numeric = (values: Float64Array) => values.every((v) => Number.isFinite(v));
  const integral = (values: Float64Array) => values.every((v) => Number.isInteger(v));
  const labelNumbers = table.label.numbers.values();
  const predictionNumbers = table.prediction?.numbers.values();
  if (table.classScores.length > 2)
    return { task: 'multiclass', reason: `${table.classScores.length} per-class score columns` };
  if (!labels)
    return { task: 'regression', reason: 'the label column has more than 1000 distinct values' };
  if (numeric(labelNumbers) && !integral(labelNumbers))
    return { task: 'regression', reason: 'the label column has non-integer numbers' };
  if (predictionNumbers && numeric(predictionNumbers) && !integral(predictionNumbers))
    return { task: 'regression', reason: 'the prediction column has non-integer numbers' };
  const classes = classNames(table);
  if (classes.length <= 2)
    return { task: 'binary', reason: `${classes.length} classes (${classes.join(', ')})` };
  if (numeric(labelNumbers) && classes.length > MAX_AUTO_CLASSES)
    return { task: 'regression', reason: `${classes.length} distinct integer labels` };
  return { task: 'multiclass', reason: `${classes.length} classes` };
}

/** Builds the dataset of `task` from a table; `input` names the input for errors. */
export function buildDataset(
  table: PredictionTable,
  task: Task,
  input: string,
  positiveLabel = '',
): Dataset {
  if (task === 'regression') {
    const yTrue = table.label.numbers.values();
    const yPred = table.prediction?.numbers.values();
    if (!yPred)
      throw new ConfigurationError(input, `${table.path}: regression needs a prediction column`);
    if (!yTrue.every(Number.isFinite) || !yPred.every(Number.isFinite))
      throw new ConfigurationError(
        input,
        `${table.path}: regression needs numeric labels and predictions`,
      );
    return { task, yTrue, yPred };
  }
  const classes = classNames(table);
  if (classes.length === 0)
    throw new ConfigurationError(
      input,
      `${table.path}: the label column has too many distinct values for classification`,
    );
  if (task === 'binary') {
    if (classes.length > 2)
      throw new ConfigurationError(
        input,
        `${table.path}: task is binary but there are ${classes.length} classes (${classes.slice(0, 5).join(', ')}…)`,
      );
    // One class in the data: the other side of 0/1 is still the positive/negative class.
    if (classes.length === 1 && (classes[0] === '0' || classes[0] === '1'))
      classes.splice(0, 1, '0', '1');
  }
  checkLabelsMeetPredictions(table, input);
  checkScoreRange(table, input);
  const index = new Map(classes.map((name, i) => [name, i]));
  const recode = (column: { codes: Int32Array; dictionary: string[] }) => {
    const map = column.dictionary.map((value) => index.get(value) ?? -1);
    return column.codes.map((code) => map[code]);
  };
  const yTrue = recode(table.label.categoriesOf()!);
  const positive = positiveIndex(classes, task, positiveLabel);
  const classScores = new Map<number, Float64Array>();
  for (const column of table.classScores) {
    const i = index.get(canonicalValue(column.className));
    if (i !== undefined) classScores.set(i, column.values);
  }
  const score = table.score ?? (task === 'binary' ? classScores.get(positive) : undefined);
  let yPred: Int32Array;
  if (table.prediction) {
    const categories = table.prediction.categoriesOf();
    if (!categories)
      throw new ConfigurationError(
        input,
        `${table.path}: the prediction column has too many distinct values`,
      );
    yPred = recode(categories);
  } else if (task === 'binary' && score) {
    yPred = Int32Array.from(score, (s) => (s >= 0.5 ? positive : 1 - positive));
  } else if (classScores.size === classes.length) {
    yPred = argmax(table.rows, classes.length, classScores);
  } else {
    throw new ConfigurationError(
      input,
      `${table.path}: without a prediction column, every class needs a score column`,
    );
  }
  if (task === 'binary') return { task, classes, yTrue, yPred, positive, score };
  return { task, classes, yTrue, yPred, positive, classScores };
}

/** The binary task's positive class: `positive-label`, else the greater label (as scikit-learn). */
function positiveIndex(classes: string[], task: Task, positiveLabel: string): number {
  if (!positiveLabel) return classes.length - 1;
  const wanted = canonicalValue(positiveLabel);
  const found = classes.indexOf(wanted);
  if (task !== 'binary')
    throw new ConfigurationError(
      'positive-label',
      `applies to binary tasks, not ${task}`,
      positiveLabel,
    );
  if (found < 0)
    throw new ConfigurationError(
      'positive-label',
      `is not one of the labels (${classes.join(', ')})`,
      positiveLabel,
    );
  return found;
}

/**
 * Labels and predictions that share no value are two vocabularies (`cat`/`dog` against
 * `0`/`1`, or the wrong column), not a model that is always wrong: a configuration
 * error, not a failing gate. 0/1 on both sides is exempt (a one-class set can be that).
 */
function checkLabelsMeetPredictions(table: PredictionTable, input: string): void {
  const labels = table.label.categoriesOf()?.dictionary ?? [];
  const predictions = table.prediction?.categoriesOf()?.dictionary;
  if (!predictions || predictions.length === 0 || labels.length === 0) return;
  const shared = predictions.some((p) => labels.includes(p));
  const binaryCodes = [...labels, ...predictions].every((v) => v === '0' || v === '1');
  if (shared || binaryCodes) return;
  const list = (values: string[]) =>
    values.slice(0, 4).join(', ') + (values.length > 4 ? ', …' : '');
  throw new ConfigurationError(
    input,
    `${table.path}: labels (${list(labels)}) and predictions (${list(predictions)}) have no value in common; check label-column and prediction-column`,
  );
}

/** Scores are probabilities: a value outside [0, 1] is a logit or a column mix-up. */
function checkScoreRange(table: PredictionTable, input: string): void {
  const columns = [
    ...(table.score ? [{ name: 'score', values: table.score }] : []),
    ...table.classScores.map((c) => ({ name: c.className, values: c.values })),
  ];
  for (const { name, values } of columns)
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < 0 || v > 1)
        throw new ConfigurationError(
          input,
          `${table.path}: score ${name} of row ${i + 1} is ${v}, outside [0, 1]: scores must be probabilities (apply a sigmoid or softmax to logits)`,
        );
    }
}

/** Sorted union of label and prediction values, as NumPy's unique would order them. */
function classNames(table: PredictionTable): string[] {
  const labels = table.label.categoriesOf();
  if (!labels) return [];
  const names = new Set(labels.dictionary);
  for (const name of table.prediction?.categoriesOf()?.dictionary ?? []) names.add(name);
  const all = [...names];
  if (all.every((name) => Number.isFinite(Number(name))))
    return all.sort((a, b) => Number(a) - Number(b));
  return all.sort();
}

function argmax(rows: number, k: number, scores: Map<number, Float64Array>): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (scores.get(c)![r] > scores.get(best)![r]) best = c;
    out[r] = best;
  }
  return out;
}

/** The rows of a dataset at `indices`, as a dataset of the same task. */
export function selectRows(data: Dataset, indices: Uint32Array | number[]): Dataset {
  const pick = <T extends Float64Array | Int32Array>(values: T): T => {
    const out = new (values.constructor as { new (n: number): T })(indices.length);
    for (let i = 0; i < indices.length; i++) out[i] = values[indices[i]];
    return out;
  };
  if (data.task === 'regression')
    return { task: data.task, yTrue: pick(data.yTrue), yPred: pick(data.yPred) };
  return {
    ...data,
    yTrue: pick(data.yTrue),
    yPred: pick(data.yPred),
    score: data.score && pick(data.score),
    classScores:
      data.classScores && new Map([...data.classScores].map(([c, values]) => [c, pick(values)])),
  };
}
