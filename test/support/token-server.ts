/**
 * A Docker token service (the Bearer flow of the distribution spec) for
 * docker-registry's `auth: token` mode: it checks Basic credentials and issues RS256
 * JWTs whose x5c certificate (made with openssl) the registry trusts.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certificate: string;
  /** Scopes requested, one entry per token request. */
  requests: { scope: string[]; user?: string }[];
  stop(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export async function startTokenServer(users: Record<string, string>): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'token-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=modelgate-test-token',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(join(dir, 'key.pem')));
  const certificate = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
  const service = 'modelgate-registry';
  const issuer = 'modelgate-test-issuer';
  const requests: TokenServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scope = url.searchParams.getAll('scope');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, password] = basic
      ? Buffer.from(basic[1], 'base64').toString().split(/:(.*)/s)
      : [];
    requests.push({ scope, user });
    if (basic && users[user] !== password) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"details":"wrong credentials"}');
      return;
    }
    const access = scope.map((s) => {
      const [type, name, actions] = s.split(':');
      const wanted = actions.split(',');
      return { type, name, actions: user ? wanted : wanted.filter((a) => a === 'pull') };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(
      JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [certificate.raw.toString('base64')] }),
    );
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: user ?? '',
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    );
    const token = `${header}.${claims}.${b64url(sign('sha256', Buffer.from(`${header}.${claims}`), key))}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, expires_in: 300 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certificate: join(dir, 'cert.pem'),
    requests,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
