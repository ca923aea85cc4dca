/** evaluate-gate: inputs -> gates over candidate and baseline -> outputs, summary, PR report. */
import { defineAction } from '../core/action.js';
import { actionsCacheOf } from '../core/actions-cache.js';
import { createGitHubClient } from '../core/github-client.js';
import { dirname, join } from 'node:path';
import { defaultReportPath } from '../core/report.js';
import { bool, choice, lines, text } from '../core/inputs.js';
import { publishGate } from '../gate/publish-gate.js';
import { renderFailureLine, renderGateSummary } from '../gate/render-summary.js';
import { runGate } from '../gate/run-gate.js';
import { modelDigestOf } from '../gate/subject.js';
import { pullRequestOf } from '../github/pull-request.js';
import { openLedger } from '../ledger/open-ledger.js';
import { loadSide } from '../gate/sides.js';
import { releaseGateReport, withReleaseEvidence } from '../release/evidence-store.js';
import { checkName, registryAccess } from './release-inputs.js';

export const evaluateGateAction = defineAction({
  name: 'evaluate-gate',
  inputs: {
    candidate: text({ required: true }),
    baseline: text(),
    gates: text({ required: true }),
    task: choice(['auto', 'binary', 'multiclass', 'regression'], 'auto'),
    'id-column': text({ default: 'id' }),
    'label-column': text({ default: 'label' }),
    'prediction-column': text({ default: 'prediction' }),
    'score-column': text({ default: 'score' }),
    'slice-columns': lines(),
    'model-digest': text(),
    'validate-report': text(),
    name: text(),
    'allow-missing-baseline': bool(false),
    'positive-label': text(),
    reference: text(),
    current: text(),
    'prometheus-token': text({ secret: true }),
    'prometheus-username': text(),
    'prometheus-password': text({ secret: true }),
    'github-token': text({ secret: true, expression: '${{ github.token }}' }),
    'check-name': text({ default: 'Model gate' }),
    comment: choice(['auto', 'true', 'false'], 'auto'),
    ledger: text({ default: 'auto' }),
    fail: bool(true),
    report: text(),
  },
  outputsOnError: { passed: 'false', verdict: '', 'failed-gates': '[]' },
  async run(inputs, { env, log, run: runContext }) {
    const token = inputs['github-token'];
    const modelDigest = await modelDigestOf(inputs['model-digest'], inputs['validate-report']);
    if (!modelDigest)
      log.warning(
        'no model-digest or validate-report: the gate report names no model, so deploy will not accept it',
      );
    const run = await runGate({
      candidate: inputs.candidate,
      baseline: inputs.baseline,
      gates: inputs.gates,
      task: inputs.task,
      columns: {
        id: inputs['id-column'],
        label: inputs['label-column'],
        prediction: inputs['prediction-column'],
        score: inputs['score-column'],
        slices: inputs['slice-columns'],
      },
      positiveLabel: inputs['positive-label'],
      openLedger: () => openLedger(inputs.ledger, { token, env, run: runContext }),
      modelDigest,
      baselineSettings: {
        name: checkName(inputs.name),
        allowMissing: inputs['allow-missing-baseline'],
        readEvidence: (release, options) =>
          withReleaseEvidence(
            release,
            registryAccess({ username: '', password: '', token }, env, log),
            (path) => loadSide(path, options),
            actionsCacheOf(env),
          ),
      },
      liveAccess: {
        token: inputs['prometheus-token'] || undefined,
        username: inputs['prometheus-username'] || undefined,
        password: inputs['prometheus-password'] || undefined,
      },
      data: { reference: inputs.reference, current: inputs.current },
      readReport: (release) =>
        releaseGateReport(
          release,
          registryAccess({ username: '', password: '', token }, env, log),
          actionsCacheOf(env),
        ),
      measurementPath: join(
        dirname(inputs.report || defaultReportPath('evaluate-gate', env)),
        'evaluate-gate-candidate.json',
      ),
      log,
    });
    const { evaluation } = run;
    const view = {
      evaluation,
      candidate: run.candidate,
      baseline: run.baseline.side,
      noBaseline: run.baseline.missing,
      firstRelease: run.baseline.firstRelease,
      drift: run.drift,
      ...(run.baseline.release
        ? { loosened: { release: run.baseline.release.id, lines: run.loosened } }
        : {}),
    };
    const pr = await pullRequestOf(env);
    const published = await publishGate(view, {
      pr,
      client: () => createGitHubClient(token, env),
      checkName: inputs['check-name'],
      comment: inputs.comment,
      runUrl: runContext.runUrl,
    });
    for (const warning of published.warnings) log.warning(warning);
    if (pr) Object.assign(run.report, { published });
    const verdict = evaluation.verdict;
    const failed = evaluation.failedGates;
    return {
      outputs: {
        passed: String(verdict === 'pass'),
        verdict,
        metrics: JSON.stringify(run.candidate.overall.values),
        'baseline-metrics': run.baseline.side
          ? JSON.stringify(run.baseline.side.overall.values)
          : '',
        'failed-gates': JSON.stringify(failed),
      },
      summary: renderGateSummary(view, { title: inputs['check-name'] || 'Model gate' }),
      report: run.report,
      failure:
        inputs.fail && verdict !== 'pass' ? renderFailureLine(evaluation, run.drift) : undefined,
    };
  },
});
