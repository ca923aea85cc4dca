/**
 * A minimal Kubernetes API client for what deploy needs: GET, server-side apply (PATCH
 * `application/apply-patch+yaml` with a field manager), DELETE. It speaks HTTPS with the
 * kubeconfig's CA, client certificate or token (plain HTTP only when the server URL says
 * so), retries transient failures, and turns the API's Status objects into one-line errors.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { isTransientError, isTransientStatus, RetriesExhausted, retrying } from '../core/retry.js';
import type { KubeTarget } from './kube-config.js';

export class KubeError extends Error {
  constructor(
    message: string,
    readonly status: number,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'KubeError';
  }
}

export const FIELD_MANAGER = 'modelgate';

export class KubeClient {
  private readonly agent: http.Agent;

  constructor(readonly target: KubeTarget) {
    this.agent = target.server.startsWith('https:')
      ? new https.Agent({
          keepAlive: true,
          ca: target.ca,
          cert: target.cert,
          key: target.key,
          rejectUnauthorized: !target.insecure,
        })
      : new http.Agent({ keepAlive: true });
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** Server-side apply of `object` at `path` (created when missing); returns the stored object. */
  apply<T>(path: string, object: unknown): Promise<T> {
    return this.request<T>('PATCH', `${path}?fieldManager=${FIELD_MANAGER}&force=true`, {
      body: JSON.stringify(object),
      type: 'application/apply-patch+yaml',
    });
  }

  async delete(path: string): Promise<void> {
    await this.request('DELETE', path, { allow404: true });
  }

  private async request<T>(
    method: string,
    path: string,
    options: { body?: string; type?: string; allow404?: boolean } = {},
  ): Promise<T> {
    const parse = ({ status, body }: { status: number; body: string }): T => {
      if (status === 404 && options.allow404) return undefined as T;
      if (status >= 200 && status < 300) return (body ? JSON.parse(body) : undefined) as T;
      throw new KubeError(`${method} ${path}: ${describeStatus(body) ?? `HTTP ${status}`}`, status);
    };
    try {
      return parse(
        await retrying(() => this.send(method, path, options), {
          judgeResult: ({ status }) =>
            isTransientStatus(status) ? { retry: true, why: `HTTP ${status}` } : { retry: false },
          judgeError: (error) =>
            isTransientError(error)
              ? { retry: true, why: (error as Error).message }
              : { retry: false },
        }),
      );
    } catch (error) {
      if (error instanceof KubeError) throw error;
      const cause = error instanceof RetriesExhausted ? error.cause : error;
      throw new KubeError(
        `${method} ${path}: ${(cause as Error).message} (${this.target.server})`,
        0,
        cause,
      );
    }
  }

  private send(
    method: string,
    path: string,
    options: { body?: string; type?: string },
  ): Promise<{ status: number; body: string }> {
    const url = new URL(path, `${this.target.server}/`);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.target.token) headers.authorization = `Bearer ${this.target.token}`;
    else if (this.target.basic)
      headers.authorization = `Basic ${Buffer.from(`${this.target.basic.username}:${this.target.basic.password}`).toString('base64')}`;
    if (options.body !== undefined) headers['content-type'] = options.type ?? 'application/json';
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        { method, headers, agent: this.agent, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
      );
      req.on('error', reject);
      req.end(options.body);
    });
  }
}

/** The message of a Kubernetes Status body, if it is one. */
function describeStatus(body: string): string | undefined {
  try {
    const status = JSON.parse(body) as { kind?: string; message?: string };
    return status.kind === 'Status' ? status.message : undefined;
  } catch {
    return undefined;
  }
}
