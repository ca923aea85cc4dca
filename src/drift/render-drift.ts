/**
 * The drift and data-quality gates for people: drifted features first, each with its
 * test, statistic, Holm-adjusted p-value, PSI and Jensen–Shannon distance against the
 * limits and the decision; failing quality checks; then, per drifted feature, the
 * reference's binned shares as bars (from zero) with the current data's as a line.
 */
import { code, table, text } from '../core/summary.js';
import { fmt, fmtP, type DriftEvaluation, type DriftRow } from './evaluate-drift.js';

const ICONS = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };
const RANK = { fail: 0, inconclusive: 1, pass: 2 };

export function renderDriftSection(drift: DriftEvaluation): string {
  const tests = drift.rows
    .filter((r) => r.kind === 'drift')
    .sort((a, b) => RANK[a.result] - RANK[b.result] || (b.psi ?? 0) - (a.psi ?? 0));
  const quality = drift.rows.filter((r) => r.kind === 'quality');
  const failing = quality.filter((r) => r.result !== 'pass');
  const s = drift.settings;
  const head =
    `### Data drift: ${drift.drifted.length ? `${drift.drifted.length} drifted (${drift.drifted.map(text).join(', ')})` : 'no feature drifted'}\n\n` +
    `Reference ${code(drift.reference.path)} (${drift.reference.rows} rows) → current ${code(drift.current.path)} (${drift.current.rows} rows). ` +
    `A feature drifts when its test rejects at family-wise α ${s.alpha} (Holm) **and** its PSI is past ${s['max-psi']}` +
    `${s['max-js'] !== undefined ? ` or its Jensen–Shannon distance past ${s['max-js']}` : ''}` +
    `${s['max-ks'] !== undefined ? ` or its KS statistic past ${s['max-ks']}` : ''}.\n\n`;
  const testTable = table(
    ['result', 'feature', 'test', 'statistic', 'p (Holm)', 'PSI', 'Jensen–Shannon', 'decision'],
    tests.map((r) => [
      ICONS[r.result],
      text(r.slice ? `${r.feature} (${r.slice})` : r.feature),
      r.check,
      r.statistic === undefined ? undefined : fmt(r.statistic),
      r.adjusted === undefined ? undefined : fmtP(r.adjusted),
      r.psi === undefined ? undefined : fmt(r.psi),
      r.js === undefined ? undefined : fmt(r.js),
      text(r.decision ?? r.reason),
    ]),
  );
  const qualityPart = failing.length
    ? `\n**Data quality:** ${failing.length} of ${quality.length} checks fail\n\n` +
      table(
        ['result', 'feature', 'check', 'measured', 'limit', 'detail'],
        failing.map((r) => [
          ICONS[r.result],
          text(r.feature),
          r.check,
          r.value === undefined ? undefined : fmt(r.value),
          r.limit,
          text(r.reason),
        ]),
      )
    : `\n**Data quality:** all ${quality.length} checks pass (missing values, new categories, range, type).\n`;
  const untested = drift.untested?.length
    ? `\n_Slices not tested (fewer than ${s['min-count']} rows on a side): ${drift.untested.map(text).join(', ')}._\n`
    : '';
  const charts = tests
    .filter((r) => r.result !== 'pass' && r.bins)
    .slice(0, 10)
    .map(chart)
    .join('\n');
  return head + testTable + untested + qualityPart + (charts ? `\n${charts}` : '');
}

/** Reference shares as grey bars from zero, current shares as a red line, per bin. */
function chart(row: DriftRow): string {
  const bins = row.bins!;
  const top = Math.max(...bins.reference, ...bins.current) * 1.1 || 1;
  const label = (s: string) => `"${s.replace(/"/g, "'").slice(0, 18)}"`;
  const round = (v: number) => +v.toFixed(4);
  return (
    '```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#8c959f, #cf222e"}}}}%%\nxychart-beta\n' +
    `  title "${(row.slice ? `${row.feature} (${row.slice})` : row.feature).replace(/"/g, "'")}: reference (grey bars) vs current (red line), share of rows"\n` +
    `  x-axis [${bins.labels.map(label).join(', ')}]\n` +
    `  y-axis "share" 0 --> ${round(top)}\n` +
    `  bar [${bins.reference.map(round).join(', ')}]\n` +
    `  line [${bins.current.map(round).join(', ')}]\n` +
    '```\n'
  );
}

/** Drift rows for the step's failure line. */
export function driftFailures(drift: DriftEvaluation, result: string): string[] {
  return drift.rows
    .filter((r) => r.result === result)
    .map((r) => `${r.feature}${r.slice ? ` [${r.slice}]` : ''} (${r.check}): ${r.reason}`);
}
