/**
 * A client for the Prometheus HTTP API (`/api/v1/query`): instant queries with a bearer
 * token or basic auth, a timeout per request and the core retry loop for transient
 * failures. A Prometheus that cannot be reached or answers an error is a
 * PrometheusError — analysis treats it as "inconclusive", never as a pass.
 */
import {
  DEFAULT_RETRY,
  isTransientError,
  isTransientStatus,
  RetriesExhausted,
  retrying,
  type RetryPolicy,
} from '../core/retry.js';

export interface PrometheusOptions {
  /** The server, e.g. http://prometheus.monitoring:9090 (a path prefix is kept). */
  url: string;
  token?: string;
  username?: string;
  password?: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
}

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export class PrometheusError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'PrometheusError';
  }
}

interface ApiAnswer {
  status: 'success' | 'error';
  error?: string;
  errorType?: string;
  data?: { resultType: string; result: unknown };
}

export class PrometheusClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: PrometheusOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.headers = { accept: 'application/json' };
    if (options.token) this.headers.authorization = `Bearer ${options.token}`;
    else if (options.username !== undefined)
      this.headers.authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
  }

  /**
   * The one value a query should give: a number, `undefined` when it gives none (no
   * series, NaN: no data), or why it cannot be read (several series, a Prometheus error).
   */
  async value(
    promql: string,
    at?: Date,
    signal?: AbortSignal,
  ): Promise<number | undefined | { problem: string }> {
    try {
      const samples = await this.query(promql, at, signal);
      if (samples.length > 1)
        return { problem: `the query gives ${samples.length} series, not one value` };
      const value = samples[0]?.value;
      return value === undefined || !Number.isFinite(value) ? undefined : value;
    } catch (error) {
      if (error instanceof PrometheusError) return { problem: error.message };
      throw error;
    }
  }

  /** The value of each series an instant query returns (a scalar is one unlabelled sample). */
  async query(promql: string, at?: Date, signal?: AbortSignal): Promise<Sample[]> {
    const url = new URL(`${this.base}/api/v1/query`);
    url.searchParams.set('query', promql);
    if (at) url.searchParams.set('time', String(at.getTime() / 1000));
    const where = `${this.base} (${promql})`;
    let response: Response;
    try {
      response = await retrying(
        () =>
          fetch(url, {
            headers: this.headers,
            signal: AbortSignal.any([
              AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
              ...(signal ? [signal] : []),
            ]),
          }),
        {
          // Tries end within 40 s, so one query (timeouts included) stays under a minute.
          policy: this.options.retry ?? { ...DEFAULT_RETRY, deadlineMs: 40_000 },
          judgeResult: (r) =>
            isTransientStatus(r.status)
              ? { retry: true, why: `HTTP ${r.status}` }
              : { retry: false },
          judgeError: (error) =>
            isTransientError(error)
              ? { retry: true, why: (error as Error).message }
              : { retry: false },
          discard: async (r) => void (await r.body?.cancel()),
          signal,
        },
      );
    } catch (error) {
      const cause = error instanceof RetriesExhausted ? error.cause : error;
      // fetch says "fetch failed"; what failed is its cause (ECONNREFUSED, a timeout).
      const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
      const why = inner?.code ?? inner?.message ?? (cause as Error)?.message ?? String(cause);
      throw new PrometheusError(`cannot reach Prometheus at ${where}: ${why}`, cause);
    }
    const answer = (await response.json().catch(() => undefined)) as ApiAnswer | undefined;
    if (!answer || answer.status !== 'success' || !answer.data) {
      const why = answer?.error
        ? `${answer.errorType}: ${answer.error}`
        : `HTTP ${response.status}`;
      if (response.status === 401 || response.status === 403)
        throw new PrometheusError(
          `Prometheus refused the credentials (${response.status}) for ${where}`,
        );
      throw new PrometheusError(`Prometheus answered ${why} for ${where}`);
    }
    const { resultType, result } = answer.data;
    if (resultType === 'scalar') {
      const [, value] = result as [number, string];
      return [{ labels: {}, value: Number(value) }];
    }
    if (resultType !== 'vector')
      throw new PrometheusError(
        `Prometheus answered a ${resultType} for ${where}; analysis needs an instant vector or a scalar`,
      );
    return (result as { metric: Record<string, string>; value: [number, string] }[]).map((s) => ({
      labels: s.metric,
      value: Number(s.value[1]),
    }));
  }
}
