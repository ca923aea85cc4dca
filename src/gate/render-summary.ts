/**
 * The gate's report for people: the verdict first, then one table with every gate,
 * then a forest plot of the regression gates (change, interval, margin) and all metrics. The same
 * Markdown serves the job summary, the check run and the PR comment; the latter two
 * are cut to GitHub's size limits with a pointer to the full summary.
 */
import { code, details, table, text } from '../core/summary.js';
import type { GateEvaluation, GateResult } from './evaluate-gates.js';
import { format, METHOD_NAMES, signed } from './evaluate-gates.js';
import { driftFailures, renderDriftSection } from '../drift/render-drift.js';
import type { DriftEvaluation } from '../drift/evaluate-drift.js';
import { renderForestPlot } from './forest-plot.js';
import type { Side } from './sides.js';

export interface GateSummaryInput {
  evaluation: GateEvaluation;
  candidate: Side;
  baseline?: Side;
  /** Why there is no baseline. */
  noBaseline?: string;
  /** Nothing of the model is live anywhere yet. */
  firstRelease?: boolean;
  /** Thresholds looser than the gates the live release passed, and that release. */
  loosened?: { release: string; lines: string[] };
  /** The drift and data-quality gates, when there were any. */
  drift?: DriftEvaluation;
}

const ICONS = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '⚠️ inconclusive',
  skipped: '➖ skipped',
};

/** The verdict line: `## ✅ Model gate: pass — 2 pass, 4 skipped (first release)`. */
export function renderVerdict(
  { evaluation, firstRelease, drift }: GateSummaryInput,
  title = 'Model gate',
): string {
  const all: { result: string }[] = [...evaluation.results, ...(drift?.rows ?? [])];
  const counts = (['fail', 'inconclusive', 'pass', 'skipped'] as const)
    .map((result) => [result, all.filter((r) => r.result === result).length] as const)
    .filter(([, n]) => n > 0)
    .map(([result, n]) => `${n} ${result}`);
  const icon = { pass: '✅', fail: '❌', inconclusive: '⚠️' }[evaluation.verdict];
  const first = firstRelease ? ' (first release: no live model to compare with)' : '';
  return `## ${icon} ${title}: ${evaluation.verdict} — ${counts.join(', ') || 'no gates'}${first}\n`;
}

/**
 * The whole report. With `maxLength`, later sections are dropped and then gate rows
 * cut until it fits, ending with `moreAt` (a link to the full summary).
 */
export function renderGateSummary(
  input: GateSummaryInput,
  options: {
    title?: string;
    maxLength?: number;
    moreAt?: string;
    header?: string;
    /** Under the verdict: which commit and run it is about (a PR comment, a check run). */
    byline?: string;
  } = {},
): string {
  const head =
    (options.header ?? '') +
    renderVerdict(input, options.title) +
    (options.byline ? `\n${options.byline}\n` : '') +
    '\n' +
    facts(input) +
    loosenedSection(input);
  const rows = input.evaluation.results;
  // Drifted features come first; data that did not drift is reported after the gates.
  const drift = input.drift ? renderDriftSection(input.drift) : '';
  const driftFirst = input.drift && input.drift.verdict !== 'pass';
  const sections = [
    ...(driftFirst ? [] : [drift]),
    reasons(rows),
    testsSection(rows),
    forestSection(input),
    metricsSection(input),
    bootstrapNote(input),
  ];
  const gatePart = (shown: GateResult[], more = '') =>
    (driftFirst ? `${drift}\n` : '') +
    (shown.length || !input.drift ? gateTable(shown) + more : '');
  const full = [head, gatePart(rows), ...sections].join('\n');
  const limit = options.maxLength;
  if (!limit || full.length <= limit) return full;
  const pointer = `\n_Trimmed to fit; the full report is in the job summary${options.moreAt ? `: ${options.moreAt}` : ''}._\n`;
  for (let keep = sections.length - 1; keep >= 0; keep--) {
    const text = [head, gatePart(rows), ...sections.slice(0, keep)].join('\n') + pointer;
    if (text.length <= limit) return text;
  }
  // Failing and undecided rows first, then as many rows as fit.
  const order = [...rows].sort((a, b) => rank(a) - rank(b));
  let count = order.length;
  let text = '';
  do {
    count = Math.floor(count * 0.8);
    const more = `\n_…and ${order.length - count} more gates._\n`;
    text = [head, gatePart(order.slice(0, count), more)].join('\n') + pointer;
  } while (text.length > limit && count > 0);
  return text.length <= limit ? text : text.slice(0, limit);
}

/** Kept in the head, so a trimmed PR comment still shows it. */
function loosenedSection({ loosened }: GateSummaryInput): string {
  if (!loosened || loosened.lines.length === 0) return '';
  return (
    `\n> [!WARNING]\n> **Gates loosened since the live release** (${loosened.release} passed stricter ones):\n` +
    loosened.lines.map((line) => `> - ${text(line)}`).join('\n') +
    '\n'
  );
}

function rank(row: GateResult): number {
  return { fail: 0, inconclusive: 1, pass: 2, skipped: 3 }[row.result];
}

function facts({ candidate, baseline, noBaseline }: GateSummaryInput): string {
  const task = candidate.task
    ? ` · ${candidate.task}${candidate.taskReason ? ` (inferred: ${candidate.taskReason})` : ''}`
    : '';
  const n = candidate.overall.n !== undefined ? ` · ${candidate.overall.n} examples` : '';
  const against = baseline ? code(baseline.source) : `none (${noBaseline ?? 'not given'})`;
  return `**Candidate** ${code(candidate.source)}${task}${n}  \n**Baseline** ${against}\n`;
}

function gateTable(rows: GateResult[]): string {
  // The result first: a PR comment is narrow, and it is what a reader looks for.
  return table(
    ['result', 'metric', 'slice', 'candidate', 'baseline', 'delta', 'interval', 'threshold'],
    rows.map((r) => [
      ICONS[r.result],
      text(r.kind === 'regression' ? `${r.metric} vs baseline` : r.metric),
      r.slice ? `${text(r.slice)}${r.n !== undefined ? ` (n=${r.n})` : ''}` : 'all',
      r.candidate === undefined ? undefined : format(r.candidate),
      r.baseline === undefined ? undefined : format(r.baseline),
      r.delta === undefined ? undefined : signed(r.delta),
      intervalText(r),
      r.threshold,
    ]),
  );
}

function intervalText(row: GateResult): string | undefined {
  const interval = row.interval;
  if (!interval) return undefined;
  const bound = row.direction === 'higher' ? interval.lower : interval.upper;
  if (bound === undefined) return undefined;
  return `${row.direction === 'higher' ? '≥' : '≤'} ${signed(bound)} (${Math.round(interval.confidence * 100)}%)`;
}

function reasons(rows: GateResult[]): string {
  const notable = rows.filter((r) => r.result !== 'pass');
  if (notable.length === 0) return '';
  return (
    notable
      .map(
        (r) =>
          `- ${ICONS[r.result].split(' ')[0]} **${text(r.metric)}**${r.slice ? ` (${text(r.slice)})` : ''}: ${text(r.reason)}`,
      )
      .join('\n') + '\n'
  );
}

/**
 * What each significance test can see (standard error, the regression it detects with 80%
 * power, the examples the margin would need), the chance that all slices of a gate pass
 * when nothing changed, and a warning for point comparisons.
 */
function testsSection(rows: GateResult[]): string {
  const lines: string[] = [];
  const tested = rows.filter(
    (r) =>
      r.kind === 'regression' && r.test?.se !== undefined && r.threshold.includes('significance'),
  );
  if (tested.length > 0) {
    lines.push(
      table(
        [
          'metric',
          'slice',
          'test',
          'rows',
          'standard error',
          'detects (80% power)',
          'margin',
          'rows for the margin',
        ],
        tested.map((r) => [
          text(r.metric),
          r.slice ? text(r.slice) : 'all',
          METHOD_NAMES[r.test!.method],
          String(r.test!.n),
          format(r.test!.se!),
          r.test!.detectable === undefined ? undefined : format(r.test!.detectable),
          r.test!.margin === undefined ? undefined : format(r.test!.margin),
          r.test!.nNeeded === undefined ? undefined : String(r.test!.nNeeded),
        ]),
      ),
    );
    const bySlicedGate = new Map<string, GateResult[]>();
    for (const r of tested)
      if (r.slice) bySlicedGate.set(r.metric, [...(bySlicedGate.get(r.metric) ?? []), r]);
    for (const [metric, slices] of bySlicedGate) {
      if (slices.length < 2) continue;
      const all = slices.reduce((p, r) => p * (r.test!.passIfUnchanged ?? 1), 1);
      lines.push(
        `_${metric}: if nothing changed, all ${slices.length} slices would pass with probability ${(all * 100).toFixed(1)}%._`,
      );
    }
  }
  const points = rows.filter(
    (r) => r.kind === 'regression' && r.reason.includes('a point comparison'),
  ).length;
  if (points > 0)
    lines.push(
      `> [!NOTE]\n> ${points} regression gate${points > 1 ? 's are point comparisons' : ' is a point comparison'} (no significance test): noise on this test set decides ${points > 1 ? 'them' : 'it'}.`,
    );
  return lines.length > 0 ? `### What the tests can see\n\n${lines.join('\n\n')}\n` : '';
}

/** The regression gates' changes with their intervals against the margin (a forest plot). */
function forestSection({ evaluation }: GateSummaryInput): string {
  const plot = renderForestPlot(evaluation.results);
  return plot ? `### Change against the baseline\n\n${plot}` : '';
}

function metricsSection({ candidate, baseline }: GateSummaryInput): string {
  const names = Object.keys({ ...candidate.overall.values, ...candidate.overall.notes });
  const rows = names.map((name) => {
    const c = candidate.overall.values[name];
    const b = baseline?.overall.values[name];
    return [
      text(name),
      c === undefined ? text(candidate.overall.notes[name]) : format(c),
      b === undefined ? undefined : format(b),
      c !== undefined && b !== undefined ? signed(c - b) : undefined,
    ];
  });
  return details(
    `All metrics (${rows.length})`,
    table(['metric', 'candidate', 'baseline', 'delta'], rows),
  );
}

function bootstrapNote({ evaluation }: GateSummaryInput): string {
  const info = evaluation.bootstrap;
  if (info) {
    const unpaired =
      info.candidateOnly + info.baselineOnly > 0
        ? `; ${info.candidateOnly} only in the candidate, ${info.baselineOnly} only in the baseline`
        : '';
    return `_Intervals: one-sided ${Math.round(info.confidence * 1000) / 10}% over ${info.pairs} examples in both${unpaired}; the paired bootstrap draws ${info.resamples} resamples (seed ${info.seed})._\n`;
  }
  return evaluation.intervalsUnavailable
    ? `_No intervals: ${evaluation.intervalsUnavailable}._\n`
    : '';
}

/** The step's one failure line: `verdict fail: accuracy (region=eu): 0.87 is below …; …` */
export function renderFailureLine(evaluation: GateEvaluation, drift?: DriftEvaluation): string {
  const rows = evaluation.results.filter((r) => r.result === evaluation.verdict);
  const reasons = [
    ...(drift ? driftFailures(drift, evaluation.verdict) : []),
    ...rows.map((r) => `${r.metric}${r.slice ? ` (${r.slice})` : ''}: ${r.reason}`),
  ];
  return `verdict ${evaluation.verdict}: ${reasons.join('; ')}`;
}
