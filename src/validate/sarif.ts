/** Findings as SARIF 2.1.0, for GitHub code scanning (upload-sarif). */
import { join, relative } from 'node:path';
import type { Finding } from '../formats/findings.js';
import type { ValidationResult } from './validate-model.js';

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/** Builds the SARIF log; artifact URIs are relative to `cwd` (the repository root in Actions). */
export function renderSarif(
  result: ValidationResult,
  cwd: string,
  version: string,
): Record<string, unknown> {
  const rules = new Map<string, Finding>();
  for (const finding of result.findings)
    if (!rules.has(finding.code)) rules.set(finding.code, finding);
  const uriOf = (finding: Finding) => {
    const path = result.kind === 'file' ? result.model : join(result.model, finding.location.path);
    return relative(cwd, path).split('\\').join('/') || '.';
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'modelgate validate-model',
            version,
            informationUri: 'https://github.com/modelgate/modelgate',
            rules: [...rules.values()].map((f) => ({
              id: f.code,
              name: f.code,
              shortDescription: { text: f.code.toLowerCase().replace(/_/g, ' ') },
              defaultConfiguration: { level: LEVEL[f.severity] },
            })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.code,
          level: LEVEL[f.severity],
          message: { text: describeLocation(f) + f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f) } } }],
        })),
      },
    ],
  };
}

/** `entry 'x' at byte 12: ` prefix for findings inside a file. */
export function describeLocation(finding: Finding): string {
  const parts = [];
  if (finding.location.entry) parts.push(`entry '${finding.location.entry}'`);
  if (finding.location.offset !== undefined) parts.push(`byte ${finding.location.offset}`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}
