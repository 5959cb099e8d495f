/** The post step: saves the Go caches after a successful build. It never fails the job. */
import * as core from '@actions/core'
import { CACHE_SAVE_STATE, CACHE_STATE, saveGoCache, type CacheState } from './build/go-cache.js'
import { openCacheStore } from './services/cache.js'

export async function post(): Promise<void> {
  try {
    const raw = core.getState(CACHE_STATE)
    if (!raw) return core.debug('go-xbuild post: the cache was not used')
    if (core.getState(CACHE_SAVE_STATE) !== 'true') {
      return core.info('cache: the build did not succeed, so the cache is not saved')
    }
    await saveGoCache(JSON.parse(raw) as CacheState, await openCacheStore())
  } catch (error) {
    core.warning(`cache: not saved: ${(error as Error).message}`)
  }
}

await post()
