/**
 * A forest plot of the regression gates, as text (it renders the same in a job summary, a
 * check run and a PR comment, where Mermaid does not always): one line per gate and
 * slice, on one scale per metric, oriented so that right is better. The dot is the
 * change, the bar its one-sided interval (open towards better), `┊` the margin a gate
 * may not cross and `│` no change; the scale always includes both, so a regression can
 * never hide off the axis or sit on a bar that starts mid-way.
 */
import type { GateResult } from './evaluate-gates.js';
import { text } from '../core/summary.js';
import { signed } from './evaluate-gates.js';

const WIDTH = 36;
const LABEL = 22;
const MARK = { pass: '✅', fail: '❌', inconclusive: '⚠️', skipped: '➖' } as const;

/** The plot (a fenced text block per metric), or '' when no regression gate has a change. */
export function renderForestPlot(rows: GateResult[]): string {
  const plotted = rows.filter((r) => r.kind === 'regression' && r.delta !== undefined);
  if (plotted.length === 0) return '';
  const metrics = [...new Set(plotted.map((r) => r.metric))];
  return metrics.map((metric) => block(plotted.filter((r) => r.metric === metric))).join('\n');
}

function block(rows: GateResult[]): string {
  // Right is better: a lower-is-better metric's change is turned around.
  const better = rows[0].direction === 'higher' ? 1 : -1;
  const points = rows.map((r) => {
    const bound = better > 0 ? r.interval?.lower : r.interval?.upper;
    return {
      row: r,
      change: better * r.delta!,
      bound: bound === undefined ? undefined : better * bound,
      margin: r.margin === undefined ? undefined : -r.margin,
    };
  });
  const values = points.flatMap((p) => [p.change, p.bound, p.margin, 0]);
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  const pad = (high - low || Math.abs(high) || 1) * 0.1;
  low -= pad;
  high += pad;
  const at = (v: number) =>
    Math.max(0, Math.min(WIDTH - 1, Math.round(((v - low) / (high - low)) * (WIDTH - 1))));
  const zero = at(0);
  const margin = points.find((p) => p.margin !== undefined)?.margin;
  const lines = points.map((p) => {
    const cells = Array.from({ length: WIDTH }, () => ' ');
    if (p.bound !== undefined && Number.isFinite(p.bound)) {
      for (let i = at(p.bound); i < WIDTH; i++) cells[i] = '─';
      cells[WIDTH - 1] = '▶';
    }
    // The lines stay visible through an interval: crossing the margin is the point.
    if (margin !== undefined) cells[at(margin)] = '┊';
    cells[zero] = '│';
    if (p.bound !== undefined && Number.isFinite(p.bound)) cells[at(p.bound)] = '[';
    cells[at(p.change)] = '●';
    // Inside a fenced block: nothing in a slice value may close the fence or break the line.
    const label = `${p.row.slice ?? 'all'}`
      .replace(/[`\r\n]/g, "'")
      .slice(0, LABEL)
      .padEnd(LABEL);
    const numbers = `Δ ${signed(p.row.delta!)}${
      p.bound !== undefined ? `, bound ${signed(better * p.bound)}` : ''
    }`;
    return `${label} ${cells.join('')}  ${MARK[p.row.result]} ${numbers}`;
  });
  const title =
    `${text(rows[0].metric)}: change against the baseline, ← worse · better →` +
    (margin !== undefined
      ? ` (┊ margin ${signed(better * margin)}, │ no change)`
      : ' (│ no change)');
  const axis = `${' '.repeat(LABEL)} ${signed(better * low).padEnd(WIDTH / 2)}${signed(better * high).padStart(WIDTH / 2)}`;
  return `${title}\n\n\`\`\`text\n${lines.join('\n')}\n${axis}\n\`\`\`\n`;
}
