/** rollback: inputs -> open the ledger -> rollbackRelease (provider from the target's record) -> outputs, summary. */
import { defineAction } from '../core/action.js';
import { listenForCancellation } from '../core/cancellation.js';
import { ConfigurationError } from '../core/errors.js';
import { bool, text } from '../core/inputs.js';
import { onlyLiveName } from '../ledger/ledger.js';
import { openLedger } from '../ledger/open-ledger.js';
import { createProvider, restoringProvider } from '../providers/create-provider.js';
import { PROVIDERS, type ProviderName } from '../providers/provider.js';
import { sourceOf } from '../release/evidence.js';
import {
  checkEnvironment,
  checkName,
  sharedReleaseInputs,
  providerSettingsOf,
  registryAccess,
} from './release-inputs.js';
import { renderReleaseSummary } from '../release/render-summary.js';
import { rollbackRelease } from '../release/rollback-release.js';

export const rollbackAction = defineAction({
  name: 'rollback',
  inputs: {
    environment: text({ required: true }),
    to: text({ default: 'previous' }),
    reason: text(),
    force: bool(false),
    provider: text(),
    ...sharedReleaseInputs(),
  },
  outputsOnError: { status: 'failure' },
  async run(inputs, { env, log, run: runContext }) {
    const environment = checkEnvironment(inputs.environment);
    if (inputs.provider && !(PROVIDERS as readonly string[]).includes(inputs.provider))
      throw new ConfigurationError(
        'provider',
        `must be one of ${PROVIDERS.join(', ')}`,
        inputs.provider,
      );
    const token = inputs['github-token'];
    const access = registryAccess(
      { username: inputs['registry-username'], password: inputs['registry-password'], token },
      env,
      log,
    );
    const given = providerSettingsOf(inputs);
    const source = await sourceOf(runContext);
    const ledger = openLedger(inputs.ledger, { token, env, run: runContext });
    const name = checkName(inputs.name) || (await onlyLiveName(ledger, environment, 'name'));
    if (!name)
      throw new Error(
        `nothing is live in ${environment} (${ledger.description}): nothing to roll back`,
      );
    const cancellation = listenForCancellation((signal) =>
      log.warning(`${signal}: stopping the rollback and putting back what was live`),
    );
    const outcome = await rollbackRelease({
      environment,
      name,
      to: inputs.to,
      reason: inputs.reason || undefined,
      force: inputs.force,
      ledger,
      providerFor(target) {
        const { name, settings } = restoringProvider(
          target.provider,
          (inputs.provider || undefined) as ProviderName | undefined,
          given,
        );
        return createProvider(name, settings, {
          environment,
          image: target.image,
          access,
          env,
          token,
        });
      },
      source: { run_url: source.run_url, actor: source.actor },
      timeoutMs: inputs.timeout,
      dryRun: inputs['dry-run'],
      url: inputs.url || undefined,
      logUrl: runContext.runUrl,
      log,
      signal: cancellation.signal,
    }).finally(() => cancellation.dispose());
    for (const warning of ledger.warnings ?? []) log.warning(warning);
    return {
      outputs: {
        'from-image': outcome.previousImage ?? '',
        'to-image': outcome.status === 'dry-run' ? (outcome.previousImage ?? '') : outcome.image,
        'release-id': outcome.release?.id ?? '',
        'deployment-id': String(outcome.release?.deployment_id ?? ''),
        status: outcome.status === 'dry-run' ? 'success' : outcome.status,
      },
      summary: renderReleaseSummary(outcome),
      report: { action: 'rollback', ...outcome },
      failure: outcome.failure,
    };
  },
});
