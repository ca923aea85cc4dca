/**
 * The Actions cache (@actions/cache), for a folder under one key: what a later job can
 * restore when it cannot reach a registry (a pull request from a fork has no registry
 * credentials). Loaded only inside a job whose runner offers the cache service, so the
 * CLI and other jobs never load it.
 */
export interface FolderCache {
  /** Saves `dir` (a path relative to the workspace) under `key`; an existing entry is kept. */
  save(dir: string, key: string): Promise<void>;
  /** Restores `dir` from `key`; false when there is no such entry. */
  restore(dir: string, key: string): Promise<boolean>;
}

/** The runner's cache service, or undefined outside a job that has one. */
export function actionsCacheOf(env: Record<string, string | undefined>): FolderCache | undefined {
  const service = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
  if (env.GITHUB_ACTIONS !== 'true' || !env.ACTIONS_RUNTIME_TOKEN || !service) return undefined;
  return {
    async save(dir, key) {
      const cache = await import('@actions/cache');
      try {
        await cache.saveCache([dir], key);
      } catch (error) {
        // Content-addressed: an entry that exists already holds the same bytes.
        if ((error as Error).name !== cache.ReserveCacheError.name) throw error;
      }
    },
    async restore(dir, key) {
      const cache = await import('@actions/cache');
      return (await cache.restoreCache([dir], key)) === key;
    },
  };
}
