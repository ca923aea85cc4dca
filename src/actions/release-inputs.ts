/**
 * What the deploy and rollback actions share at their edges: the inputs they both
 * declare, registry access for resolving and tagging images, and the environment
 * name's rules.
 */
import { credentialResolver } from '../oci/credentials.js';
import { ConfigurationError } from '../core/errors.js';
import { bool, duration, text } from '../core/inputs.js';
import type { Logger } from '../core/logger.js';
import { insecureRegistriesOf, type StoreAccess } from '../oci/image-store.js';
import { PROVIDER_INPUTS, type ProviderSettings } from '../providers/create-provider.js';

/** The provider inputs, all optional strings (a rollback takes unset ones from the record). */
export const providerInputs = () =>
  Object.fromEntries(PROVIDER_INPUTS.map((name) => [name, text()])) as Record<
    (typeof PROVIDER_INPUTS)[number],
    ReturnType<typeof text>
  >;

/** The inputs deploy and rollback both take, declared once. */
export const sharedReleaseInputs = () => ({
  name: text(),
  ledger: text({ default: 'auto' }),
  'github-token': text({ secret: true, expression: '${{ github.token }}' }),
  url: text(),
  timeout: duration('10m'),
  'dry-run': bool(false),
  ...providerInputs(),
  'registry-username': text(),
  'registry-password': text({ secret: true }),
  report: text(),
});

/** The provider inputs that were given. */
export function providerSettingsOf(inputs: Record<string, unknown>): ProviderSettings {
  const settings: ProviderSettings = {};
  for (const name of PROVIDER_INPUTS) {
    const value = inputs[name];
    if (typeof value === 'string' && value !== '') settings[name] = value;
  }
  return settings;
}

/** A model name as given (empty = the action's default). */
export function checkName(name: string): string {
  if (name !== '' && !/^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/.test(name))
    throw new ConfigurationError(
      'name',
      'must be letters, digits, ., _, / or - (starting with a letter or digit)',
      name,
    );
  return name;
}

/** Environment names: what GitHub accepts, minus what would be confusing in tags and paths. */
export function checkEnvironment(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(name))
    throw new ConfigurationError(
      'environment',
      'must be letters, digits, ., _ or - (starting with a letter or digit)',
      name,
    );
  return name;
}

/** Registry access from the registry inputs, docker login, or the GitHub token for ghcr.io. */
export function registryAccess(
  inputs: { username: string; password: string; token: string },
  env: Record<string, string | undefined>,
  log: Logger,
): StoreAccess {
  if (inputs.password && !inputs.username)
    throw new ConfigurationError('registry-username', 'is required with registry-password');
  const resolver = credentialResolver(
    {
      githubToken: inputs.token,
      actor: env.GITHUB_ACTOR,
    },
    env,
  );
  return {
    // The username/password inputs are for the image's registry, whichever that is.
    credentials: async (registry) =>
      inputs.username && inputs.password
        ? { username: inputs.username, password: inputs.password }
        : resolver(registry),
    insecureRegistries: insecureRegistriesOf(env),
    log,
  };
}
