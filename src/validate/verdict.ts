/** validate-model's verdict: whether the findings pass the `fail-on` threshold, and why not. */
import type { Finding } from '../formats/findings.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface Verdict {
  /** No finding at the fail-on level (errors, when fail-on is never). */
  valid: boolean;
  errors: number;
  warnings: number;
  /** The one-line reason the step fails; undefined when it passes (or fail-on is never). */
  failure?: string;
}

/** Judges findings against `fail-on`. */
export function judgeFindings(findings: Finding[], failOn: FailOn): Verdict {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const valid = errors === 0 && (failOn !== 'warning' || warnings === 0);
  if (valid || failOn === 'never') return { valid, errors, warnings };
  const first =
    findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  const detail = first ? `; first: ${first.code}: ${first.message}` : '';
  return {
    valid,
    errors,
    warnings,
    failure: `model failed validation: ${errors} error(s), ${warnings} warning(s)${detail}`,
  };
}
