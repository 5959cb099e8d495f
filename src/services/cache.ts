/** The Actions cache through the real @actions/cache client, loaded only when a run uses it. */
export interface CacheStore {
  /** The key that matched, or undefined. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  /** The entry id; -1 when the client declined (it logs why). */
  save(paths: string[], key: string): Promise<number>
  available(): Promise<boolean>
}

export async function openCacheStore(): Promise<CacheStore> {
  const cache = await import('@actions/cache')
  return {
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: (paths, key) => cache.saveCache(paths, key),
    available: async () => cache.isFeatureAvailable()
  }
}
