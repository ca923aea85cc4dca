/**
 * Bounded exponential backoff for transient failures (resets, 429, 5xx), and the one
 * retry loop every client uses (the registry, its uploads, the Kubernetes API).
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** Give up once this much time has passed since the first attempt. */
  deadlineMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseMs: 250,
  maxMs: 8000,
  deadlineMs: 60_000,
};

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** True for a status worth retrying. */
export const isTransientStatus = (status: number) =>
  status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);

/** True for a thrown network error worth retrying (fetch wraps the cause). */
export function isTransientError(error: unknown): boolean {
  let current = error as { code?: string; cause?: unknown; name?: string } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.code && TRANSIENT_CODES.has(current.code)) return true;
    if (current.name === 'TimeoutError') return true;
    current = current.cause as typeof current;
  }
  return false;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if any. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before attempt `attempt` (1-based retry count), capped. */
export function backoffMs(policy: RetryPolicy, attempt: number, requested?: number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.min(policy.maxMs, requested ?? exponential);
}

/** Whether an attempt's result or error is worth another try, and why (for the log). */
export type RetryVerdict = { retry: false } | { retry: true; why: string; afterMs?: number };
const FINAL: RetryVerdict = { retry: false };

/** Thrown when an error stayed worth retrying until the attempts or the deadline ran out. */
export class RetriesExhausted extends Error {
  constructor(
    readonly attempts: number,
    readonly cause: unknown,
  ) {
    super(
      `${(cause as Error)?.message ?? String(cause)}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`,
    );
    this.name = 'RetriesExhausted';
  }
}

/**
 * The one retry loop: runs `attempt` until it gives a result that is final, an error that
 * is not worth retrying (thrown as it is), or the policy's attempts or deadline run out
 * (the last result is returned; the last error thrown as RetriesExhausted). Waits with
 * bounded exponential backoff (or what the verdict asks, e.g. Retry-After); `recover`
 * runs before each new try; a cancelled `signal` ends the wait and the loop.
 */
export async function retrying<T>(
  attempt: () => Promise<T>,
  options: {
    policy?: RetryPolicy;
    judgeResult?: (value: T) => RetryVerdict;
    judgeError: (error: unknown) => RetryVerdict;
    /** Before the next try (a fresh upload session, a rewound stream). */
    recover?: () => Promise<void>;
    /** Lets go of a result that will not be used (a response body). */
    discard?: (value: T) => Promise<void>;
    onRetry?: (why: string, waitMs: number, attempt: number, of: number) => void;
    signal?: AbortSignal;
  },
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const started = Date.now();
  for (let n = 1; ; n++) {
    let verdict: RetryVerdict;
    let value: T | undefined;
    let failure: unknown;
    let failed = false;
    try {
      value = await attempt();
      verdict = options.judgeResult?.(value) ?? FINAL;
      if (!verdict.retry) return value;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      verdict = options.judgeError(error);
      if (!verdict.retry) throw error;
      failure = error;
      failed = true;
    }
    const wait = backoffMs(policy, n, verdict.afterMs);
    if (n >= policy.attempts || Date.now() - started + wait > policy.deadlineMs) {
      if (failed) throw new RetriesExhausted(n, failure);
      return value as T;
    }
    if (!failed) await options.discard?.(value as T);
    options.onRetry?.(verdict.why, wait, n, policy.attempts - 1);
    await delay(wait, undefined, { signal: options.signal }).catch(() => {});
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('cancelled');
    await options.recover?.();
  }
}
