/** The validate-model job summary: verdict first, then facts, signature, and findings. */
import { code, details, table, text, verdict } from '../core/summary.js';
import { formatBytes, formatCount } from '../core/size.js';
import type { TensorSpec } from '../formats/findings.js';
import { describeLocation } from './sarif.js';
import type { ValidationResult } from './validate-model.js';
import type { Verdict } from './verdict.js';

const MAX_ROWS = 200;
const ICON = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' } as const;

function shapeText(spec: TensorSpec): string {
  return spec.shape === null
    ? 'unknown rank'
    : `[${spec.shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}

/** Renders the summary under the verdict (after `fail-on`). */
export function renderValidationSummary(result: ValidationResult, outcome: Verdict): string {
  const { valid, errors, warnings } = outcome;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  let md = verdict(
    valid,
    valid
      ? `Model valid: ${result.format}, ${formatBytes(result.size)} (${counts})`
      : `Model failed validation: ${counts}`,
  );
  md +=
    '\n' +
    table(
      ['', ''],
      [
        ['Model', code(result.model)],
        ['Format', result.format],
        ['Digest', code(result.digest)],
        ['Size', `${formatBytes(result.size)} (${formatCount(result.size)} bytes)`],
        ['Files', result.files.length],
        ...(result.modelCard
          ? [
              [
                'Model card',
                `${code(result.modelCard.path)}${result.modelCard.metadata.license ? `, license ${text(result.modelCard.metadata.license)}` : ''}`,
              ],
            ]
          : []),
      ],
    );
  if (result.signature) {
    md += '\n### Signature\n\n';
    const rows = [
      ...result.signature.inputs.map((t) => ['input', code(t.name), t.dtype, shapeText(t)]),
      ...result.signature.outputs.map((t) => ['output', code(t.name), t.dtype, shapeText(t)]),
    ];
    md += table(['', 'name', 'dtype', 'shape'], rows);
  }
  if (result.tensors) {
    md += '\n### Tensors\n\n';
    const dtypes = Object.entries(result.tensors.dtypes)
      .map(([d, n]) => `${d} × ${n}`)
      .join(', ');
    md += table(
      ['tensors', 'parameters', 'dtypes'],
      [[result.tensors.tensors, formatCount(result.tensors.parameters), dtypes]],
    );
  }
  md += '\n### Findings\n\n';
  const order = { error: 0, warning: 1, note: 2 };
  const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  md += table(
    ['severity', 'code', 'message', 'location'],
    sorted.slice(0, MAX_ROWS).map((f) => [
      ICON[f.severity],
      code(f.code),
      // Messages quote what the file holds (`__main__.Exploit`, a template): literal.
      text(f.message),
      text(
        `${f.location.path}${describeLocation(f) ? ` (${describeLocation(f).slice(0, -2)})` : ''}`,
      ),
    ]),
    '_No findings._',
  );
  if (sorted.length > MAX_ROWS)
    md += `\n_${sorted.length - MAX_ROWS} more findings are in the JSON report._\n`;
  if (result.files.length > 1) {
    md +=
      '\n' +
      details(
        `${result.files.length} files`,
        table(
          ['path', 'format', 'size', 'sha256'],
          result.files.map((f) => [
            code(f.path),
            f.format ?? '—',
            formatBytes(f.size),
            code(f.sha256.slice(0, 16) + '…'),
          ]),
        ),
      );
  }
  return md;
}
