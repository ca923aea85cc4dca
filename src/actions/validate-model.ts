/** validate-model: inputs -> validateModel -> outputs, summary, report, SARIF. */
import { defineAction } from '../core/action.js';
import { bool, choice, lines, size, text } from '../core/inputs.js';
import { writeReport } from '../core/report.js';
import { FORMATS } from '../formats/format.js';
import { renderValidationSummary } from '../validate/render-summary.js';
import { renderSarif } from '../validate/sarif.js';
import { loadSignatureContract } from '../validate/signature-contract.js';
import { validateModel } from '../validate/validate-model.js';
import { VERSION } from '../version.js';

export const validateModelAction = defineAction({
  name: 'validate-model',
  inputs: {
    model: text({ required: true }),
    format: choice(['auto', ...FORMATS], 'auto'),
    signature: text(),
    'max-size': size(),
    'pickle-policy': choice(['allowlist', 'denylist'], 'allowlist'),
    'allow-globals': lines(),
    'require-model-card': bool(false),
    sarif: text(),
    'fail-on': choice(['error', 'warning', 'never'], 'error'),
    report: text(),
  },
  outputsOnError: { valid: 'false', findings: '0' },
  async run(inputs, context) {
    const contract = inputs.signature ? await loadSignatureContract(inputs.signature) : undefined;
    const result = await validateModel({
      model: inputs.model,
      format: inputs.format,
      contract,
      maxSize: inputs['max-size'],
      policy: inputs['pickle-policy'],
      allowGlobals: inputs['allow-globals'],
      requireModelCard: inputs['require-model-card'],
      log: context.log,
    });
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    const valid = errors === 0 && (inputs['fail-on'] !== 'warning' || warnings === 0);
    if (inputs.sarif) await writeReport(inputs.sarif, renderSarif(result, process.cwd(), VERSION));
    const signature = result.signature ?? result.tensors ?? {};
    return {
      outputs: {
        valid: String(valid),
        format: result.format,
        digest: result.digest,
        size: String(result.size),
        signature: JSON.stringify(signature),
        findings: String(errors + warnings),
      },
      summary: renderValidationSummary(result, valid),
      report: { action: 'validate-model', version: VERSION, valid, ...result },
      failure:
        !valid && inputs['fail-on'] !== 'never'
          ? `model failed validation: ${errors} error(s), ${warnings} warning(s)${firstError(result.findings)}`
          : undefined,
    };
  },
});

function firstError(findings: { severity: string; code: string; message: string }[]): string {
  const first =
    findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  return first ? `; first: ${first.code}: ${first.message}` : '';
}
