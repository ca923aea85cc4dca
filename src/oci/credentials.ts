/** Which credentials to use for a registry: the inputs, docker login, or the GitHub token for ghcr.io. */
import { dockerConfigCredentials, type Credentials } from './auth.js';

export interface CredentialInputs {
  /** The registry the username/password inputs are for (the destination). */
  registry?: string;
  username?: string;
  password?: string;
  githubToken?: string;
  actor?: string;
}

/** Returns a resolver: inputs for the destination, ~/.docker/config.json, then ghcr.io's token. */
export function credentialResolver(
  inputs: CredentialInputs,
  env: Record<string, string | undefined>,
): (registry: string) => Promise<Credentials | undefined> {
  return async (registry) => {
    if (registry === inputs.registry && inputs.username && inputs.password)
      return { username: inputs.username, password: inputs.password };
    const fromDocker = await dockerConfigCredentials(registry, undefined, env);
    if (fromDocker) return fromDocker;
    if (registry === 'ghcr.io' && inputs.githubToken)
      return { username: inputs.actor || 'x-access-token', password: inputs.githubToken };
    return undefined;
  };
}
