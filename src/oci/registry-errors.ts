/** What goes wrong talking to a registry, said for people. */

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

export const UNAUTHORIZED_HINT =
  'set registry-username/registry-password (or docker login) with access to it';

/** A URL without its query (upload URLs carry session state) for messages. */
export function redact(url: string): string {
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
