/**
 * The post step (`post-if: always()`: it runs after a failure and after a cancel too): first
 * removes what the main step could not (a GNUPGHOME with its gpg-agent, the staging directory —
 * when main was killed before its own cleanup ran), then saves the Go caches (after a successful
 * build only) and the toolchain archives this run downloaded. It never fails the job: every
 * problem is a warning.
 */
import * as core from '@actions/core'
import os from 'node:os'
import { cleanLeftovers, LEFTOVERS_STATE, parseLeftovers } from './proc/leftovers.js'
import { CACHE_SAVE_STATE, CACHE_STATE, saveGoCache, type CacheState } from './build/go-cache.js'
import { openCacheStore } from './services/cache.js'
import { forgetSecretInputs } from './release/sign/config.js'
import { saveToolArchives, TOOL_ARCHIVES_STATE } from './tools/archive-cache.js'

export async function cleanup(): Promise<void> {
  // the post step reads no input: the secret ones leave the environment the cache client's tar inherits
  forgetSecretInputs(process.env)
  try {
    const left = parseLeftovers(core.getState(LEFTOVERS_STATE))
    const temp = process.env.RUNNER_TEMP || os.tmpdir()
    // the gpg signing-setup would pick (Windows: Gpg4win, or Git's MSYS gpg with POSIX-form homes)
    const gpgFor = async () => (await import('./release/sign/gpg.js')).runnerGpg(temp)
    await cleanLeftovers(left, temp, (m) => core.info(m), gpgFor)
  } catch (error) {
    core.warning(`cleanup: ${(error as Error).message}`)
  }
}

export async function post(): Promise<void> {
  await cleanup()
  try {
    const archives = core.getState(TOOL_ARCHIVES_STATE)
    const goCache = core.getState(CACHE_STATE)
    if (!archives && !goCache) return core.debug('go-xbuild post: no cache was used')
    const store = await openCacheStore()
    // downloaded archives were verified when they arrived: worth keeping even when the build failed
    if (archives) await saveToolArchives(archives, store)
    if (!goCache) return
    if (core.getState(CACHE_SAVE_STATE) !== 'true') return core.info('cache: the build did not succeed, so the cache is not saved')
    await saveGoCache(JSON.parse(goCache) as CacheState, store)
  } catch (error) {
    core.warning(`cache: not saved: ${(error as Error).message}`)
  }
}

await post()
