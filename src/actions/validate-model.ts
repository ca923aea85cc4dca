/** validate-model: inputs -> validateModel -> outputs, summary, report, SARIF. */
import { defineAction } from '../core/action.js';
import { bool, choice, lines, size, text } from '../core/inputs.js';
import { writeReport } from '../core/report.js';
import { FORMATS } from '../formats/format.js';
import { renderValidationSummary } from '../validate/render-summary.js';
import { renderSarif } from '../validate/sarif.js';
import { loadSignatureContract } from '../validate/signature-contract.js';
import { validateModel } from '../validate/validate-model.js';
import { judgeFindings } from '../validate/verdict.js';
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
    const verdict = judgeFindings(result.findings, inputs['fail-on']);
    if (inputs.sarif)
      await writeReport(inputs.sarif, renderSarif(result, context.run.cwd, VERSION));
    const signature = result.signature ?? result.tensors ?? {};
    return {
      outputs: {
        valid: String(verdict.valid),
        format: result.format,
        digest: result.digest,
        size: String(result.size),
        signature: JSON.stringify(signature),
        findings: String(verdict.errors + verdict.warnings),
      },
      summary: renderValidationSummary(result, verdict),
      report: {
        action: 'validate-model',
        version: VERSION,
        // What the report is about (SPEC §9): later steps check they hold the same model.
        subject: { model: { digest: result.digest } },
        valid: verdict.valid,
        ...result,
      },
      failure: verdict.failure,
    };
  },
});
