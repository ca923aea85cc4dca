/**
 * The registry's HTTP transport: one logical request (auth round trip on a 401, retries
 * of transient failures with the core retry loop, a status the caller expects or a
 * RegistryError naming what failed), streamed bodies over node:http, and the retry of
 * whole upload steps. The operations (blobs, uploads, manifests) build on it.
 */
import { once } from 'node:events';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Logger } from '../core/logger.js';
import {
  DEFAULT_RETRY,
  isTransientError,
  isTransientStatus,
  RetriesExhausted,
  retryAfterMs,
  retrying,
  type RetryPolicy,
} from '../core/retry.js';
import type { Credentials } from './auth.js';
import { isLoopback, registryHost } from './reference.js';
import { RegistryAuth } from './registry-auth.js';
import { describeFetchError, redact, RegistryError, UNAUTHORIZED_HINT } from './registry-errors.js';

export interface TransportOptions {
  registry: string;
  repository: string;
  credentials?: Credentials;
  /** Registries reached over plain HTTP besides loopback ones. */
  insecure?: boolean;
  /** push adds push scope to tokens; pull-only clients read base images. */
  push?: boolean;
  retry?: RetryPolicy;
  log?: Logger;
}

type Body = Buffer | AsyncIterable<Uint8Array>;

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: () => Body;
  expect: number[];
  /** Extra repositories to request pull scope for (cross-repository mount). */
  extraPull?: string[];
  timeoutMs?: number;
  /** false for upload bodies: the upload loop resumes or restarts them itself. */
  retries?: boolean;
  /** Aborts the request (and the waits between its retries) when the run is cancelled. */
  signal?: AbortSignal;
}

export class RegistryTransport {
  readonly base: string;
  readonly registry: string;
  readonly repository: string;
  readonly log: Logger | undefined;
  private readonly auth: RegistryAuth;
  private readonly retry: RetryPolicy;
  private readonly agent: http.Agent;

  constructor(options: TransportOptions) {
    this.registry = options.registry;
    this.repository = options.repository;
    this.log = options.log;
    const plain = isLoopback(options.registry) || options.insecure;
    this.base = `${plain ? 'http' : 'https'}://${registryHost(options.registry)}`;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.agent = plain ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
    this.auth = new RegistryAuth(
      options.registry,
      options.repository,
      options.credentials,
      options.push ?? false,
      (url, headers) =>
        this.withRetries('GET', url.toString(), this.retry.attempts, async () =>
          fetch(url, { headers, signal: AbortSignal.timeout(30_000) }),
        ),
    );
  }

  /** The URL of `suffix` in this repository (`blobs/...`, `manifests/...`). */
  path(suffix: string): string {
    return `${this.base}/v2/${this.repository}/${suffix}`;
  }

  /** A Location header as an absolute URL. */
  resolve(location: string): string {
    return new URL(location, this.base).toString();
  }

  /** One logical request with retries on transient failures and one auth round trip. */
  async request(method: string, url: string, options: RequestOptions): Promise<Response> {
    let authAttempts = 0;
    for (;;) {
      const response = await this.withRetries(
        method,
        url,
        options.retries === false ? 1 : this.retry.attempts,
        () => {
          const headers: Record<string, string> = { ...options.headers };
          if (this.auth.header) headers.authorization = this.auth.header;
          const body = options.body?.();
          if (body !== undefined && !Buffer.isBuffer(body))
            return this.sendStream(method, url, headers, body);
          const timeout =
            options.timeoutMs === 0 ? undefined : AbortSignal.timeout(options.timeoutMs ?? 60_000);
          const signals = [timeout, options.signal].filter((s) => s !== undefined);
          return fetch(url, {
            method,
            headers,
            body,
            redirect: 'follow',
            signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
          });
        },
        options.signal,
      );
      if (response.status === 401 && authAttempts === 0) {
        authAttempts += 1;
        await response.body?.cancel();
        if (await this.auth.answer(response, options.extraPull ?? [])) continue;
        throw new RegistryError(
          `${this.registry}/${this.repository}: authentication required; ${UNAUTHORIZED_HINT}`,
          401,
        );
      }
      if (options.expect.includes(response.status)) return response;
      throw await this.errorFrom(response, method, url, authAttempts > 0);
    }
  }

  /** One request's attempts: transient statuses and network errors tried again (retrying). */
  private async withRetries(
    method: string,
    url: string,
    attempts: number,
    attempt: () => Promise<Response>,
    signal?: AbortSignal,
  ): Promise<Response> {
    const what = `${method} ${redact(url)}`;
    try {
      return await retrying(attempt, {
        policy: { ...this.retry, attempts },
        judgeResult: (response) =>
          isTransientStatus(response.status)
            ? {
                retry: true,
                why: `HTTP ${response.status}`,
                afterMs: retryAfterMs(response.headers.get('retry-after')),
              }
            : { retry: false },
        judgeError: (error) =>
          isTransientError(error)
            ? { retry: true, why: describeFetchError(error) }
            : { retry: false },
        discard: async (response) => void (await response.body?.cancel()),
        onRetry: (why, wait, n, of) =>
          this.log?.info(`${what}: ${why}; retrying in ${wait} ms (${n}/${of})`),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw new RegistryError(`${what}: cancelled`, undefined, false, error);
      if (error instanceof RetriesExhausted)
        throw new RegistryError(
          `${what}: ${describeFetchError(error.cause)}${error.attempts > 1 ? ` (after ${error.attempts} attempts)` : ''}`,
          undefined,
          true,
          error.cause,
        );
      throw new RegistryError(`${what}: ${describeFetchError(error)}`, undefined, false, error);
    }
  }

  /** Runs an upload step again on transient failures, with backoff; `recover` prepares the next try. */
  retryStep<T>(what: string, step: () => Promise<T>, recover: () => Promise<void>): Promise<T> {
    return retrying(step, {
      policy: this.retry,
      judgeError: (error) =>
        error instanceof RegistryError && error.transient
          ? { retry: true, why: error.message }
          : { retry: false },
      recover,
      onRetry: (why, wait, n, of) =>
        this.log?.info(`${what} failed (${why}); trying again in ${wait} ms (${n}/${of})`),
    }).catch((error: unknown) => {
      // The last transient failure, as it was (its message says what failed).
      throw error instanceof RetriesExhausted ? error.cause : error;
    });
  }

  /**
   * Sends a streamed body with node:http (written with backpressure, no WHATWG stream
   * conversion: far less CPU per gigabyte than fetch) and answers as a fetch Response.
   */
  private sendStream(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: AsyncIterable<Uint8Array>,
  ): Promise<Response> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const transport = target.protocol === 'https:' ? https : http;
      const request = transport.request(
        target,
        { method, headers, agent: this.agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(response.headers)) {
              if (value !== undefined)
                responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = response.statusCode ?? 500;
            const content = [204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
            resolve(new Response(content, { status, headers: responseHeaders }));
          });
        },
      );
      request.on('error', reject);
      (async () => {
        for await (const chunk of body) {
          if (!request.write(chunk)) await once(request, 'drain');
        }
        request.end();
      })().catch((error: Error) => {
        request.destroy(error);
        reject(error);
      });
    });
  }

  private async errorFrom(
    response: Response,
    method: string,
    url: string,
    authenticated: boolean,
  ): Promise<RegistryError> {
    const text = await response.text().catch(() => '');
    let detail = text.slice(0, 200).replace(/\s+/g, ' ').trim();
    try {
      const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      if (parsed.errors?.length)
        detail = parsed.errors.map((e) => `${e.code}: ${e.message}`).join('; ');
    } catch {
      // not JSON: keep the text
    }
    if (response.status === 401 || response.status === 403) {
      const why = authenticated ? 'the credentials were refused' : 'access denied';
      return new RegistryError(
        `${this.registry}/${this.repository}: ${why} (${response.status}); ${UNAUTHORIZED_HINT}`,
        response.status,
      );
    }
    // A 429 or 5xx is worth another try: uploads (sent once per try) retry on it too.
    return new RegistryError(
      `${method} ${redact(url)}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`,
      response.status,
      isTransientStatus(response.status),
    );
  }
}
