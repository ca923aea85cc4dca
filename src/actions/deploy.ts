/** deploy: inputs -> resolve the image, open ledger and provider -> deployRelease -> outputs, summary. */
import { releaseAnalysis } from '../analysis/release-analysis.js';
import { defineAction } from '../core/action.js';
import { actionsCacheOf } from '../core/actions-cache.js';
import { listenForCancellation } from '../core/cancellation.js';
import { ConfigurationError } from '../core/errors.js';
import { bool, choice, text } from '../core/inputs.js';
import { defaultReleaseName } from '../ledger/ledger.js';
import { openLedger } from '../ledger/open-ledger.js';
import { resolveImage } from '../oci/resolve-image.js';
import { createProvider } from '../providers/create-provider.js';
import { PROVIDERS } from '../providers/provider.js';
import { deployRelease } from '../release/deploy-release.js';
import { readGateReport, sourceOf } from '../release/evidence.js';
import { releaseEvidence } from '../release/evidence-store.js';
import {
  checkEnvironment,
  checkName,
  sharedReleaseInputs,
  providerSettingsOf,
  registryAccess,
} from './release-inputs.js';
import { renderReleaseSummary } from '../release/render-summary.js';
import { isDigest } from '../core/digest.js';

export const deployAction = defineAction({
  name: 'deploy',
  inputs: {
    image: text({ required: true }),
    environment: text({ required: true }),
    provider: choice(PROVIDERS, 'registry-tag'),
    'gate-report': text(),
    'allow-ungated': bool(false),
    'model-digest': text(),
    'auto-rollback': bool(true),
    analysis: text(),
    'prometheus-token': text({ secret: true }),
    'prometheus-username': text(),
    'prometheus-password': text({ secret: true }),
    ...sharedReleaseInputs(),
  },
  outputsOnError: { status: 'failure' },
  async run(inputs, { env, log, run: runContext }) {
    const environment = checkEnvironment(inputs.environment);
    const givenName = checkName(inputs.name);
    const token = inputs['github-token'];
    const modelDigest = inputs['model-digest'];
    if (modelDigest && !isDigest(modelDigest))
      throw new ConfigurationError('model-digest', 'must be sha256:<64 hex digits>', modelDigest);
    const reportPath = inputs['gate-report'];
    if (!reportPath && !inputs['allow-ungated'])
      throw new ConfigurationError(
        'gate-report',
        "is required: pass evaluate-gate's report (its model must be the image's), or set allow-ungated: true",
      );
    const report = reportPath ? await readGateReport(reportPath) : undefined;
    const access = registryAccess(
      { username: inputs['registry-username'], password: inputs['registry-password'], token },
      env,
      log,
    );
    const resolved = await resolveImage(inputs.image, 'image', access);
    const { image } = resolved;
    if (image !== inputs.image) log.info(`${inputs.image} is ${image}`);
    const release = await releaseEvidence({
      resolved,
      report,
      reportPath,
      modelDigest: modelDigest || undefined,
      store: !inputs['dry-run'],
      access,
      cache: actionsCacheOf(env),
      log,
    });
    const ledger = openLedger(inputs.ledger, { token, env, run: runContext });
    const provider = createProvider(inputs.provider, providerSettingsOf(inputs), {
      environment,
      image,
      access,
      env,
      token,
    });
    const analysis = inputs.analysis
      ? await releaseAnalysis(inputs, image, environment)
      : undefined;
    const cancellation = listenForCancellation((signal) =>
      log.warning(`${signal}: stopping the rollout and putting back what was live`),
    );
    const outcome = await deployRelease({
      environment,
      name: givenName || defaultReleaseName(image),
      image,
      ledger,
      provider,
      evidence: { ...release, source: await sourceOf(runContext) },
      timeoutMs: inputs.timeout,
      autoRollback: inputs['auto-rollback'],
      dryRun: inputs['dry-run'],
      url: inputs.url || undefined,
      logUrl: runContext.runUrl,
      log,
      signal: cancellation.signal,
      analysis,
    }).finally(() => cancellation.dispose());
    for (const warning of ledger.warnings ?? []) log.warning(warning);
    const status = outcome.status === 'dry-run' ? 'success' : outcome.status;
    return {
      outputs: {
        'release-id': outcome.release?.id ?? '',
        'deployment-id': String(outcome.release?.deployment_id ?? ''),
        image: outcome.status === 'dry-run' ? (outcome.previousImage ?? '') : outcome.image,
        'previous-image': outcome.previousImage ?? '',
        status,
      },
      summary: renderReleaseSummary(outcome),
      report: { action: 'deploy', ...outcome },
      failure: outcome.failure,
    };
  },
});
