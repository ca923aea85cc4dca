/**
 * A client for the OCI Distribution API, written for this project because no
 * well-kept TypeScript one exists. It covers what pushing a model image needs: ping,
 * auth (anonymous, Basic, Bearer token flow with scopes), blob HEAD/GET, cross-
 * repository mount, monolithic and chunked (resumable) uploads, manifest and index
 * GET/PUT, tag listing. Transient failures are retried with bounded backoff.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Logger } from '../core/logger.js';
import { basicHeader, parseChallenge, type Credentials } from './auth.js';
import { MANIFEST_ACCEPT, MediaType } from './media-types.js';
import { isLoopback, registryHost } from './reference.js';
import {
  DEFAULT_RETRY,
  isTransientError,
  isTransientStatus,
  RetriesExhausted,
  retryAfterMs,
  retrying,
  type RetryPolicy,
} from '../core/retry.js';

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** A network failure or a status worth trying again (429, 5xx). */
    readonly transient = false,
    /** What it came from (a network error), for `instanceof` checks and logs. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'RegistryError';
  }
}

export interface RegistryClientOptions {
  registry: string;
  repository: string;
  credentials?: Credentials;
  /** Registries reached over plain HTTP besides loopback ones. */
  insecure?: boolean;
  /** push adds push scope to tokens; pull-only clients read base images. */
  push?: boolean;
  retry?: RetryPolicy;
  log?: Logger;
  /**
   * Bytes per PATCH of an upload whose digest is computed while sending. Default: the
   * whole blob in one streamed PATCH, as `docker push` does (no round trip per chunk);
   * after a failure the upload resumes where the registry says it stopped.
   */
  chunkSize?: number;
}

/** A blob to upload; `open(start)` streams its bytes from an offset (for resuming). */
export interface BlobSource {
  size: number;
  /** Known digest; when absent it is computed while uploading. */
  digest?: string;
  open(start: number): AsyncIterable<Buffer>;
}

export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

type Body = Buffer | AsyncIterable<Uint8Array>;

interface RequestOptions {
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

/** Blobs up to this size with a known digest go in a single PUT. */
const MONOLITHIC_MAX = 64 << 20;

const UNAUTHORIZED_HINT =
  'set registry-username/registry-password (or docker login) with access to it';

export class RegistryClient {
  readonly base: string;
  readonly registry: string;
  readonly repository: string;
  private authorization: string | undefined;
  private readonly tokens = new Map<string, string>();
  private readonly retry: RetryPolicy;
  private readonly chunkSize: number;
  private readonly agent: http.Agent;

  constructor(private readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.repository = options.repository;
    const plain = isLoopback(options.registry) || options.insecure;
    this.base = `${plain ? 'http' : 'https'}://${registryHost(options.registry)}`;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.chunkSize = options.chunkSize ?? Number.MAX_SAFE_INTEGER;
    this.agent = plain ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  }

  private path(suffix: string): string {
    return `${this.base}/v2/${this.repository}/${suffix}`;
  }

  private scopeFor(extraPull: string[] = []): string[] {
    const own = `repository:${this.repository}:${this.options.push ? 'pull,push' : 'pull'}`;
    return [own, ...extraPull.map((repo) => `repository:${repo}:pull`)];
  }

  /** Obtains an Authorization header for a 401 challenge; false when none can be had. */
  private async authenticate(response: Response, extraPull: string[]): Promise<boolean> {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    const credentials = this.options.credentials;
    if (!challenge) return false;
    if (challenge.scheme === 'basic') {
      if (!credentials) return false;
      this.authorization = basicHeader(credentials);
      return true;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new RegistryError(`${this.registry}: Bearer challenge without a realm`);
    const scopes = challenge.params.scope
      ? [challenge.params.scope, ...this.scopeFor(extraPull)]
      : this.scopeFor(extraPull);
    const key = scopes.join(' ');
    const cached = this.tokens.get(key);
    if (cached && this.authorization !== `Bearer ${cached}`) {
      this.authorization = `Bearer ${cached}`;
      return true;
    }
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const scope of new Set(scopes)) url.searchParams.append('scope', scope);
    const tokenResponse = await this.withRetries(
      'GET',
      url.toString(),
      this.retry.attempts,
      async () =>
        fetch(url, {
          headers: credentials ? { authorization: basicHeader(credentials) } : {},
          signal: AbortSignal.timeout(30_000),
        }),
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
    this.authorization = `Bearer ${token}`;
    return true;
  }

  /** One logical request with retries on transient failures and one auth round trip. */
  private async request(method: string, url: string, options: RequestOptions): Promise<Response> {
    let authAttempts = 0;
    for (;;) {
      const response = await this.withRetries(
        method,
        url,
        options.retries === false ? 1 : this.retry.attempts,
        () => {
          const headers: Record<string, string> = { ...options.headers };
          if (this.authorization) headers.authorization = this.authorization;
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
        if (await this.authenticate(response, options.extraPull ?? [])) continue;
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
          this.options.log?.info(`${what}: ${why}; retrying in ${wait} ms (${n}/${of})`),
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
  private retryUpload<T>(
    what: string,
    step: () => Promise<T>,
    recover: () => Promise<void>,
  ): Promise<T> {
    return retrying(step, {
      policy: this.retry,
      judgeError: (error) =>
        error instanceof RegistryError && error.transient
          ? { retry: true, why: error.message }
          : { retry: false },
      recover,
      onRetry: (why, wait, n, of) =>
        this.options.log?.info(`${what} failed (${why}); trying again in ${wait} ms (${n}/${of})`),
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

  /** GET /v2/: checks the registry answers (and primes authentication). */
  async ping(): Promise<void> {
    const response = await this.request('GET', `${this.base}/v2/`, { expect: [200] });
    await response.body?.cancel();
  }

  /** Size of a blob the repository already has, or undefined. */
  async blobSize(digest: string): Promise<number | undefined> {
    const response = await this.request('HEAD', this.path(`blobs/${digest}`), {
      expect: [200, 404],
    });
    if (response.status === 404) return undefined;
    return Number(response.headers.get('content-length') ?? -1);
  }

  /** Streams a blob. */
  async getBlob(digest: string): Promise<AsyncIterable<Uint8Array>> {
    const response = await this.request('GET', this.path(`blobs/${digest}`), {
      expect: [200],
      timeoutMs: 0,
    });
    if (!response.body) throw new RegistryError(`GET blob ${digest}: empty response`);
    return response.body as unknown as AsyncIterable<Uint8Array>;
  }

  /** Reads a small blob whole and checks its digest. */
  async getBlobBytes(digest: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.getBlob(digest)) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (actual !== digest)
      throw new RegistryError(
        `blob ${digest} has digest ${actual}: the registry returned something else`,
      );
    return bytes;
  }

  /** Cross-repository mount: true when the registry linked the blob without an upload. */
  async mountBlob(digest: string, from: string): Promise<boolean> {
    const url = `${this.path('blobs/uploads/')}?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await this.request('POST', url, { expect: [201, 202], extraPull: [from] });
    await response.body?.cancel();
    if (response.status === 201) return true;
    const location = response.headers.get('location');
    if (location)
      await this.request('DELETE', this.resolve(location), { expect: [204, 404, 405] })
        .then((r) => r.body?.cancel())
        .catch(() => {});
    return false;
  }

  private resolve(location: string): string {
    return new URL(location, this.base).toString();
  }

  private async startUpload(): Promise<string> {
    const response = await this.request('POST', this.path('blobs/uploads/'), { expect: [202] });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new RegistryError(`${this.registry}: upload started without a Location`);
    return this.resolve(location);
  }

  /**
   * Uploads a blob and returns its digest. Small blobs with a known digest go in one
   * PUT (sent again on a new session if it fails); others by PATCH (one, unless
   * `chunkSize` says otherwise), resumed from the registry's offset after a failure (or
   * restarted when the registry lost the session), with the digest computed from the
   * bytes sent when it was not known.
   */
  async uploadBlob(source: BlobSource, onBytes?: (n: number) => void): Promise<string> {
    if (source.digest && source.size <= MONOLITHIC_MAX) {
      const digest = source.digest;
      let location = await this.startUpload();
      await this.retryUpload(
        `upload of ${digest}`,
        async () => {
          const response = await this.request('PUT', withQuery(location, 'digest', digest), {
            headers: {
              'content-type': 'application/octet-stream',
              'content-length': String(source.size),
            },
            body: () => tap(source.open(0), onBytes),
            expect: [201],
            timeoutMs: 0,
            retries: false,
          });
          await response.body?.cancel();
        },
        async () => {
          location = await this.startUpload();
        },
      );
      return digest;
    }
    return this.uploadChunked(source, onBytes);
  }

  private async uploadChunked(source: BlobSource, onBytes?: (n: number) => void): Promise<string> {
    let hash = source.digest ? undefined : createHash('sha256');
    let hashed = 0;
    let location = await this.startUpload();
    let offset = 0;
    const sendChunk = async () => {
      const from = offset;
      const end = Math.min(from + this.chunkSize, source.size);
      const response = await this.request('PATCH', location, {
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${from}-${end - 1}`,
          'content-length': String(end - from),
        },
        body: () =>
          slice(source.open(from), end - from, (chunk, at) => {
            if (hash && from + at + chunk.length > hashed) {
              hash.update(chunk.subarray(Math.max(0, hashed - from - at)));
              hashed = from + at + chunk.length;
            }
            onBytes?.(chunk.length);
          }),
        expect: [202],
        timeoutMs: 0,
        retries: false,
      });
      await response.body?.cancel();
      location = this.resolve(response.headers.get('location') ?? location);
      offset = end;
    };
    const recover = async () => {
      const status = await this.uploadStatus(location).catch(() => undefined);
      if (status) {
        this.options.log?.info(
          `upload interrupted at ${offset}; the registry holds ${status.offset} bytes, resuming`,
        );
        location = status.location;
        offset = status.offset;
      } else {
        this.options.log?.info('the registry lost the interrupted upload; starting it again');
        location = await this.startUpload();
        offset = 0;
        if (hash) {
          hash = createHash('sha256');
          hashed = 0;
        }
      }
    };
    while (offset < source.size) await this.retryUpload(`chunk at ${offset}`, sendChunk, recover);
    const digest = source.digest ?? `sha256:${(hash as Hash).digest('hex')}`;
    const response = await this.request('PUT', withQuery(location, 'digest', digest), {
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      expect: [201],
    });
    await response.body?.cancel();
    return digest;
  }

  /** How much of an upload the registry holds (GET on the upload URL). */
  private async uploadStatus(location: string): Promise<{ location: string; offset: number }> {
    const response = await this.request('GET', location, { expect: [204] });
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    // docker-registry says `0-0` for an upload that holds nothing yet: 0-0 is read as
    // nothing (resending one byte costs nothing; skipping one corrupts the blob).
    const end = range ? Number(range[1]) : -1;
    return {
      location: this.resolve(response.headers.get('location') ?? location),
      offset: end > 0 ? end + 1 : 0,
    };
  }

  /** GET a manifest or index by tag or digest; the digest is computed from the bytes. */
  async getManifest(reference: string): Promise<Manifest> {
    const response = await this.request('GET', this.path(`manifests/${reference}`), {
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200],
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (reference.startsWith('sha256:') && reference !== digest)
      throw new RegistryError(`manifest ${reference} has digest ${digest}`);
    let mediaType = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
    try {
      mediaType =
        (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? mediaType;
    } catch {
      throw new RegistryError(
        `manifest ${reference} of ${this.registry}/${this.repository} is not JSON`,
      );
    }
    return { mediaType, digest, bytes };
  }

  /** True when a manifest exists for the reference. */
  async hasManifest(reference: string, signal?: AbortSignal): Promise<boolean> {
    const response = await this.request('HEAD', this.path(`manifests/${reference}`), {
      signal,
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200, 404],
    });
    return response.status === 200;
  }

  /**
   * PUT a manifest by tag or digest; checks the registry computed the same digest.
   * Returns the `OCI-Subject` the registry answered with: a registry that indexes
   * referrers itself says so there (distribution spec 1.1).
   */
  async putManifest(
    reference: string,
    manifest: Manifest,
    signal?: AbortSignal,
  ): Promise<{ subject?: string }> {
    const response = await this.request('PUT', this.path(`manifests/${reference}`), {
      signal,
      headers: { 'content-type': manifest.mediaType },
      body: () => manifest.bytes,
      expect: [201],
    });
    await response.body?.cancel();
    const echoed = response.headers.get('docker-content-digest');
    if (echoed && echoed !== manifest.digest)
      throw new RegistryError(`registry stored manifest as ${echoed}, not ${manifest.digest}`);
    const subject = response.headers.get('oci-subject');
    return subject ? { subject } : {};
  }

  /** A manifest by tag or digest, or undefined when the registry has none (404). */
  async findManifest(reference: string): Promise<Manifest | undefined> {
    if (!(await this.hasManifest(reference))) return undefined;
    return this.getManifest(reference);
  }

  /**
   * The referrers of a manifest from the referrers API (an image index), or undefined
   * when the registry does not offer it (404: the client falls back to the tag schema).
   */
  async getReferrers(digest: string): Promise<Buffer | undefined> {
    const response = await this.request('GET', this.path(`referrers/${digest}`), {
      headers: { accept: MediaType.ociIndex },
      expect: [200, 404],
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    const type = response.headers.get('content-type')?.split(';')[0].trim();
    const bytes = Buffer.from(await response.arrayBuffer());
    // A registry without the API may answer 200 with something else for an unknown path.
    return type === MediaType.ociIndex ? bytes : undefined;
  }

  /** All tags of the repository (empty when it does not exist yet). */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = this.path('tags/list?n=1000');
    while (url) {
      const response = await this.request('GET', url, { expect: [200, 404] });
      if (response.status === 404) return tags;
      const body = (await response.json().catch(() => ({}))) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
      url = next ? this.resolve(next[1]) : undefined;
    }
    return tags;
  }
}

function withQuery(url: string, key: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(key, value);
  return parsed.toString();
}

async function* tap(
  source: AsyncIterable<Buffer>,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** The first `length` bytes of a stream, reporting each chunk with its offset. */
async function* slice(
  source: AsyncIterable<Buffer>,
  length: number,
  seen: (chunk: Buffer, at: number) => void,
): AsyncGenerator<Buffer> {
  let at = 0;
  for await (const chunk of source) {
    const part = chunk.length > length - at ? chunk.subarray(0, length - at) : chunk;
    seen(part, at);
    at += part.length;
    yield part;
    if (at >= length) break;
  }
  if (at < length) throw new Error(`blob source ended at ${at} of ${length} bytes`);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/** A short reason for a failed fetch (the cause's code and message). */
export function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  if ((error as Error)?.name === 'TimeoutError') return 'timed out';
  return (error as Error)?.message ?? String(error);
}
