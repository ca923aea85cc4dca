/**
 * Reads a kubeconfig the way kubectl does for the parts a deploy needs: the context
 * (given, else current-context), its cluster (server, CA, insecure-skip-tls-verify) and
 * its user (bearer token or token file, client certificate and key, basic auth). `exec`
 * and auth-provider plugins are refused with a clear error rather than half-supported.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../core/errors.js';

export interface KubeTarget {
  server: string;
  namespace?: string;
  context: string;
  ca?: Buffer;
  insecure?: boolean;
  token?: string;
  cert?: Buffer;
  key?: Buffer;
  basic?: { username: string; password: string };
}

interface Named {
  name: string;
  [key: string]: unknown;
}

/** The kubeconfig path: the input, else KUBECONFIG's first file, else ~/.kube/config. */
export function kubeconfigPath(
  input: string | undefined,
  env: Record<string, string | undefined>,
): string {
  return (
    input ||
    (env.KUBECONFIG ?? '').split(':').find(Boolean) ||
    join(env.HOME || homedir(), '.kube', 'config')
  );
}

export async function loadKubeconfig(path: string, contextName?: string): Promise<KubeTarget> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigurationError('kubeconfig', 'cannot be read', path);
  }
  let config: Record<string, unknown>;
  try {
    config = (parse(text) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      'kubeconfig',
      `is not YAML: ${(error as Error).message.split('\n')[0]}`,
      path,
    );
  }
  const find = <T>(list: string, name: string): T => {
    const entry = ((config[list] ?? []) as Named[]).find((e) => e.name === name);
    const key = list.slice(0, -1);
    const value = entry?.[key] as T | undefined;
    if (!value)
      throw new ConfigurationError(
        contextName ? 'context' : 'kubeconfig',
        `${path} has no ${key} '${name}'`,
        name,
      );
    return value;
  };
  const context = contextName || (config['current-context'] as string | undefined);
  if (!context) throw new ConfigurationError('context', `${path} has no current-context; name one`);
  const ctx = find<{ cluster: string; user?: string; namespace?: string }>('contexts', context);
  const cluster = find<Record<string, string | boolean>>('clusters', ctx.cluster);
  const user = ctx.user ? find<Record<string, unknown>>('users', ctx.user) : {};
  if (user.exec || user['auth-provider'])
    throw new ConfigurationError(
      'kubeconfig',
      `user '${ctx.user}' uses an exec/auth-provider plugin; give a token or client certificate`,
      path,
    );
  const base = dirname(path);
  const bytes = async (data: unknown, file: unknown) =>
    typeof data === 'string'
      ? Buffer.from(data, 'base64')
      : typeof file === 'string'
        ? readFile(isAbsolute(file) ? file : join(base, file))
        : undefined;
  const server = String(cluster.server ?? '');
  if (!/^https?:\/\//.test(server))
    throw new ConfigurationError('kubeconfig', `cluster '${ctx.cluster}' has no server URL`, path);
  const token =
    typeof user.token === 'string'
      ? user.token
      : typeof user.tokenFile === 'string'
        ? (await readFile(user.tokenFile, 'utf8')).trim()
        : undefined;
  return {
    server: server.replace(/\/+$/, ''),
    context,
    namespace: ctx.namespace,
    ca: await bytes(cluster['certificate-authority-data'], cluster['certificate-authority']),
    insecure: cluster['insecure-skip-tls-verify'] === true,
    token,
    cert: await bytes(user['client-certificate-data'], user['client-certificate']),
    key: await bytes(user['client-key-data'], user['client-key']),
    basic:
      typeof user.username === 'string' && typeof user.password === 'string'
        ? { username: user.username, password: user.password }
        : undefined,
  };
}
