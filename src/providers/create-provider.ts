/**
 * Builds a provider from its settings: the deploy inputs, or for a rollback the settings
 * recorded with the target release overlaid with any inputs given. Each provider
 * records only its own settings, and never a secret.
 */
import { ConfigurationError } from '../core/errors.js';
import { createGitHubClient } from '../core/github-client.js';
import { parseBoolean } from '../core/inputs.js';
import type { StoreAccess } from '../oci/image-store.js';
import { commandProvider } from './command.js';
import { gitopsProvider } from './gitops.js';
import { kubernetesProvider, parseCanarySteps, parseStepDuration } from './kubernetes.js';
import type { Provider, ProviderName } from './provider.js';
import { registryTagProvider } from './registry-tag.js';

/** Provider inputs, by input name, as strings ('' when unset). */
export const PROVIDER_INPUTS = [
  'tag',
  'namespace',
  'deployment',
  'container',
  'manifests',
  'kubeconfig',
  'context',
  'strategy',
  'canary-steps',
  'canary-step-duration',
  'repository',
  'branch',
  'path',
  'pull-request',
  'run',
] as const;
export type ProviderSettings = Partial<Record<(typeof PROVIDER_INPUTS)[number], string>>;

export interface ProviderDeps {
  environment: string;
  /** The image being rolled out (registry-tag moves the tag of its repository). */
  image: string;
  access: StoreAccess;
  env: Record<string, string | undefined>;
  token?: string;
}

/**
 * The provider that restores a release: the one named now, else the one recorded with
 * the release, else registry-tag; the recorded settings kept when it is the same
 * provider, overlaid with the non-empty ones given now.
 */
export function restoringProvider(
  recorded: { name: string; config: Record<string, unknown> } | undefined,
  named: ProviderName | undefined,
  given: ProviderSettings,
): { name: ProviderName; settings: ProviderSettings } {
  const name = (named || recorded?.name || 'registry-tag') as ProviderName;
  const settings: ProviderSettings = {};
  if (recorded?.name === name)
    for (const [key, value] of Object.entries(recorded.config))
      if (typeof value === 'string' && (PROVIDER_INPUTS as readonly string[]).includes(key))
        settings[key as keyof ProviderSettings] = value;
  for (const [key, value] of Object.entries(given))
    if (value) settings[key as keyof ProviderSettings] = value;
  return { name, settings };
}

export function createProvider(
  name: ProviderName,
  settings: ProviderSettings,
  deps: ProviderDeps,
): Provider {
  const need = (input: keyof ProviderSettings) => {
    const value = settings[input];
    if (!value) throw new ConfigurationError(input, `is required by the ${name} provider`);
    return value;
  };
  switch (name) {
    case 'registry-tag':
      return registryTagProvider(
        { tag: settings.tag || deps.environment, image: deps.image },
        deps.access,
      );
    case 'command':
      return commandProvider(need('run'), deps.env);
    case 'gitops':
      return gitopsProvider(
        {
          repository: need('repository'),
          branch: settings.branch ?? '',
          path: settings.path || '.',
          pullRequest: parseFlag('pull-request', settings['pull-request']),
        },
        {
          token: deps.token,
          serverUrl: deps.env.GITHUB_SERVER_URL || 'https://github.com',
          tempDir: deps.env.RUNNER_TEMP,
          client: () => createGitHubClient(deps.token ?? '', deps.env),
        },
      );
    case 'kubernetes': {
      const strategy = settings.strategy || 'rolling';
      if (strategy !== 'rolling' && strategy !== 'canary')
        throw new ConfigurationError('strategy', 'must be rolling or canary', strategy);
      return kubernetesProvider(
        {
          namespace: settings.namespace,
          deployment: settings.deployment,
          container: settings.container,
          manifests: (settings.manifests ?? '')
            .split(/[\n,]/)
            .map((m) => m.trim())
            .filter(Boolean),
          kubeconfig: settings.kubeconfig,
          context: settings.context,
          strategy,
          canarySteps: parseCanarySteps(settings['canary-steps']),
          canaryStepMs: parseStepDuration(settings['canary-step-duration']),
        },
        deps.env,
      );
    }
  }
}

/** A boolean provider setting (empty is false), spelled as boolean inputs are. */
function parseFlag(input: keyof ProviderSettings, value: string | undefined): boolean {
  const parsed = value ? parseBoolean(value) : false;
  if (parsed === undefined) throw new ConfigurationError(input, 'must be true or false', value);
  return parsed;
}
