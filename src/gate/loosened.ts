/**
 * "Gates loosened since the live release" (SPEC §5): every threshold of the gates file
 * that is looser than the gates the live release passed, so a reviewer sees a lowered
 * bar next to the verdict it allowed. The release records the gates it passed (the
 * gate report's `thresholds`); gates match by metric and slice columns.
 */
import type { Gate, GatesConfig, MissingPolicy } from './gates-file.js';

/** What a gate report records of its gates file. */
export interface RecordedThresholds {
  confidence?: number;
  gates?: Partial<Gate>[];
}

const scopeOf = (gate: Partial<Gate>) =>
  `${gate.metric}${gate.slices?.length ? ` (per ${gate.slices.join(', ')})` : ''}`;

const STRICTNESS: Record<MissingPolicy, number> = { fail: 2, inconclusive: 1, skip: 0 };

/** One line per loosening, in the order of the recorded gates; empty when none. */
export function loosenedSince(current: GatesConfig, recorded: unknown): string[] {
  const before = recorded as RecordedThresholds | undefined;
  if (!before || !Array.isArray(before.gates)) return [];
  const lines: string[] = [];
  if (before.confidence !== undefined && current.confidence < before.confidence)
    lines.push(`confidence lowered from ${before.confidence} to ${current.confidence}`);
  for (const old of before.gates) {
    const scope = scopeOf(old);
    const now = current.gates.filter((g) => scopeOf(g) === scope);
    const first = now[0];
    if (!first) {
      lines.push(`${scope}: gate removed`);
      continue;
    }
    const tightest = <T>(pick: (g: Gate) => T | undefined, better: (a: T, b: T) => boolean) =>
      now
        .map(pick)
        .reduce<T | undefined>(
          (best, v) => (v === undefined ? best : best === undefined || better(v, best) ? v : best),
          undefined,
        );
    const min = tightest(
      (g) => g.min,
      (a, b) => a > b,
    );
    const max = tightest(
      (g) => g.max,
      (a, b) => a < b,
    );
    if (old.min !== undefined && (min === undefined || min < old.min))
      lines.push(
        `${scope}: floor ${min === undefined ? 'removed' : `lowered from ${old.min} to ${min}`}`,
      );
    if (old.max !== undefined && (max === undefined || max > old.max))
      lines.push(
        `${scope}: ceiling ${max === undefined ? 'removed' : `raised from ${old.max} to ${max}`}`,
      );
    const was = old.maxRegression;
    if (was) {
      const tolerances = now.map((g) => g.maxRegression).filter((t) => t !== undefined);
      const same = tolerances.filter((t) => t.relative === was.relative);
      const text = (t: { value: number; relative: boolean }) =>
        t.relative ? `${+(t.value * 100).toFixed(6)}%` : String(t.value);
      if (tolerances.length === 0) lines.push(`${scope}: regression gate removed`);
      else if (same.length === 0)
        lines.push(`${scope}: max-regression changed from ${text(was)} to ${text(tolerances[0])}`);
      else {
        const least = Math.min(...same.map((t) => t.value));
        if (least > was.value)
          lines.push(
            `${scope}: max-regression raised from ${text(was)} to ${text({ ...was, value: least })}`,
          );
      }
      if (old.significance && !now.some((g) => g.significance && g.maxRegression))
        lines.push(`${scope}: significance test dropped (decided on the point estimate)`);
    }
    if (old.minCount !== undefined && Math.min(...now.map((g) => g.minCount)) > old.minCount)
      lines.push(
        `${scope}: min-count raised from ${old.minCount} to ${Math.min(...now.map((g) => g.minCount))} (more slices go ungated)`,
      );
    if (old.missing && Math.max(...now.map((g) => STRICTNESS[g.missing])) < STRICTNESS[old.missing])
      lines.push(`${scope}: a missing metric now counts as ${first.missing}, not ${old.missing}`);
  }
  return lines;
}
