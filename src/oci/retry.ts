/** Bounded exponential backoff for transient network failures (resets, 429, 5xx). */

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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
