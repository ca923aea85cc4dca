/**
 * Registry authentication as the distribution spec's token flow has it: a 401's
 * `WWW-Authenticate` challenge answered with Basic credentials, or with a Bearer token
 * fetched from the realm for the scopes the request needs (cached per scope set).
 */
import { basicHeader, parseChallenge, type Credentials } from './auth.js';
import { RegistryError, UNAUTHORIZED_HINT } from './registry-errors.js';

export class RegistryAuth {
  /** The Authorization header to send, once a challenge was answered. */
  header: string | undefined;
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly registry: string,
    private readonly repository: string,
    private readonly credentials: Credentials | undefined,
    private readonly push: boolean,
    /** GETs the token URL (with the client's retries). */
    private readonly fetchToken: (url: URL, headers: Record<string, string>) => Promise<Response>,
  ) {}

  private scopeFor(extraPull: string[] = []): string[] {
    const own = `repository:${this.repository}:${this.push ? 'pull,push' : 'pull'}`;
    return [own, ...extraPull.map((repo) => `repository:${repo}:pull`)];
  }

  /** Obtains an Authorization header for a 401 challenge; false when none can be had. */
  async answer(response: Response, extraPull: string[]): Promise<boolean> {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    const credentials = this.credentials;
    if (!challenge) return false;
    if (challenge.scheme === 'basic') {
      if (!credentials) return false;
      this.header = basicHeader(credentials);
      return true;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new RegistryError(`${this.registry}: Bearer challenge without a realm`);
    const scopes = challenge.params.scope
      ? [challenge.params.scope, ...this.scopeFor(extraPull)]
      : this.scopeFor(extraPull);
    const key = scopes.join(' ');
    const cached = this.tokens.get(key);
    if (cached && this.header !== `Bearer ${cached}`) {
      this.header = `Bearer ${cached}`;
      return true;
    }
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const scope of new Set(scopes)) url.searchParams.append('scope', scope);
    const tokenResponse = await this.fetchToken(
      url,
      credentials ? { authorization: basicHeader(credentials) } : {},
    );
    if (tokenResponse.status === 401 || tokenResponse.status === 403) {
      throw new RegistryError(
        `${this.registry}: the token service refused the credentials (${tokenResponse.status}); ${UNAUTHORIZED_HINT}`,
        tokenResponse.status,
      );
    }
    if (!tokenResponse.ok)
      throw new RegistryError(
        `${this.registry}: token service answered ${tokenResponse.status}`,
        tokenResponse.status,
      );
    const body = (await tokenResponse.json().catch(() => ({}))) as {
      token?: string;
      access_token?: string;
    };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${this.registry}: token service returned no token`);
    this.tokens.set(key, token);
    this.header = `Bearer ${token}`;
    return true;
  }
}
