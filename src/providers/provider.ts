/**
 * How a release reaches a runtime. Each provider puts an image (always by digest) live
 * in an environment and waits until the runtime confirms it is healthy; deploy and
 * rollback drive them alike, so a rollback goes through the very provider (and the
 * settings recorded with the release) the deploy used.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../core/logger.js';

export const PROVIDERS = ['registry-tag', 'kubernetes', 'gitops', 'command'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** What a provider is told about the release it rolls out (commit messages, env vars). */
export interface RolloutContext {
  releaseId: string;
  environment: string;
  /** What was live before, when known. */
  previousImage?: string;
  /** `deploy`, or `rollback` when restoring an earlier release. */
  kind: 'deploy' | 'rollback';
  modelDigest?: string;
  gateVerdict?: string;
  reason?: string;
  runUrl?: string;
  timeoutMs: number;
  log: Logger;
  /** Aborted when the run is cancelled: stop, leaving what was started stopped. */
  signal?: AbortSignal;
  /**
   * Measures the canary track live (deploy's `analysis`) after each canary step; anything
   * but `pass` stops the canary there.
   */
  analyseCanary?: (
    signal?: AbortSignal,
    since?: Date,
  ) => Promise<{ verdict: string; reason: string }>;
}

export interface RolloutResult {
  /** One line for people: what changed and how health was confirmed. */
  detail: string;
  /** Where the release can be seen (a commit, a pull request), when there is one. */
  url?: string;
}

export interface Provider {
  readonly name: ProviderName;
  /** Settings recorded with the release (never secrets): enough to redo it in a rollback. */
  readonly config: Record<string, string>;
  /** What the runtime has live now, when the provider can tell (`...@sha256:`). */
  current(): Promise<string | undefined>;
  /** One line saying what a rollout of `image` would change (dry-run). */
  plan(image: string): string;
  /** Puts `image` live and waits until healthy; throws RolloutError when it is not. */
  rollout(image: string, context: RolloutContext): Promise<RolloutResult>;
}

/** The rollout did not become healthy (or could not start); `changed` says whether it touched the runtime. */
export class RolloutError extends Error {
  constructor(
    message: string,
    readonly changed = true,
    /** What failed underneath (a RegistryError, a KubeError), kept for logs and checks. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'RolloutError';
  }
}

/** The rollout was stopped because the run was cancelled. */
export class CancelledError extends RolloutError {
  constructor(changed = true) {
    super('cancelled', changed);
    this.name = 'CancelledError';
  }
}

/**
 * Waits `ms` between polls of a rollout, or throws `CancelledError` as soon as the run is
 * cancelled (the runner allows seconds between SIGINT and the kill).
 */
export async function pollPause(ms: number, signal?: AbortSignal, changed = true): Promise<void> {
  // Ends early (rejecting) on abort; either way a cancelled run throws CancelledError.
  await delay(ms, undefined, { signal }).catch(() => {});
  if (signal?.aborted) throw new CancelledError(changed);
}
