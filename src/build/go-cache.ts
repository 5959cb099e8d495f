/**
 * The Go build and module caches across runs, through the Actions cache. The key covers what
 * decides the cache's content for a cross build — runner OS/arch, Go version, go.sum, and the
 * target set with its GOOS/GOARCH/variant/cgo settings, tags and flags — unlike setup-go's key
 * (go.sum only), which is why that cache rarely helps cross builds.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../context.js'
import type { CacheStore } from '../services/cache.js'
import { runChecked } from '../proc/run.js'

export const CACHE_STATE = 'go-xbuild-cache'
export const CACHE_SAVE_STATE = 'go-xbuild-cache-save'
const KEY_VERSION = 'v1'

export interface CacheState {
  key: string
  paths: string[]
  gocache: string
  hit: boolean
  /** Epoch ms when the build started: entries older than an hour before it were not used. */
  buildStart: number
}

export interface CacheKeyInput {
  runnerOs: string
  runnerArch: string
  goVersion: string
  /** sha256 of go.sum and go.work.sum ('' when there are none). */
  sumsHash: string
  targets: Array<{ canonical: string; cgo: boolean }>
  tags: string[]
  flags: string[]
}

const short = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** The key and its fallbacks, most specific first. Pure. */
export function cacheKeys(k: CacheKeyInput): { key: string; restoreKeys: string[] } {
  const base = `go-xbuild-${KEY_VERSION}-${k.runnerOs}-${k.runnerArch}-go${k.goVersion}-`
  const sums = `${k.sumsHash ? k.sumsHash.slice(0, 16) : 'nosum'}-`
  const build = short(JSON.stringify({ targets: k.targets.map((t) => `${t.canonical}:${t.cgo ? 'cgo' : 'nocgo'}`).sort(), tags: k.tags, flags: k.flags }))
  return { key: base + sums + build, restoreKeys: [base + sums, base] }
}

export async function hashSums(moduleDir: string): Promise<string> {
  const h = createHash('sha256')
  let any = false
  for (const f of ['go.sum', 'go.work.sum']) {
    const text = await readFile(path.join(moduleDir, f)).catch(() => undefined)
    if (text) {
      any = true
      h.update(f).update('\0').update(text)
    }
  }
  return any ? h.digest('hex') : ''
}

/** GOCACHE and GOMODCACHE: the job's own when set, else what this Go uses by default. */
export async function goCacheDirs(go: string, env: Record<string, string>, goEnv: Record<string, string> = {}): Promise<{ gocache: string; gomodcache: string }> {
  if (env.GOCACHE && env.GOMODCACHE) return { gocache: env.GOCACHE, gomodcache: env.GOMODCACHE }
  const out = await runChecked({ kind: 'go', file: go, args: ['env', 'GOCACHE', 'GOMODCACHE'], env: goEnv }, 'go env')
  const [gocache = '', gomodcache = ''] = out.stdout.trim().split('\n')
  return { gocache: env.GOCACHE || gocache, gomodcache: env.GOMODCACHE || gomodcache }
}

export async function restoreGoCache(ctx: RunContext, store: CacheStore): Promise<void> {
  const go = ctx.go
  if (!go) throw new Error('Go is not installed')
  const env = { ...(process.env as Record<string, string>), ...ctx.goEnv }
  const { gocache, gomodcache } = await goCacheDirs(go.go, env, ctx.goEnv)
  ctx.goEnv.GOCACHE = gocache
  ctx.goEnv.GOMODCACHE = gomodcache
  // module sources are re-extracted from the download cache's zips: saving only those keeps the entry small
  const paths = [gocache, path.join(gomodcache, 'cache', 'download'), ...ctx.cacheExtraPaths]
  const { key, restoreKeys } = cacheKeys({
    runnerOs: process.env.RUNNER_OS || process.platform,
    runnerArch: process.env.RUNNER_ARCH || process.arch,
    goVersion: go.version,
    sumsHash: await hashSums(ctx.project.moduleDir),
    targets: ctx.plans.map((p) => ({ canonical: p.canonical, cgo: p.cgo })),
    tags: ctx.config.tags,
    flags: [...ctx.config.flags, ...ctx.cacheKeyExtra]
  })
  let matched: string | undefined
  try {
    matched = await store.restore(paths, key, restoreKeys)
  } catch (error) {
    core.warning(`cache: restore failed, building without it: ${(error as Error).message}`)
  }
  const hit = matched === key
  ctx.outputs['cache-hit'] = String(hit)
  core.info(matched ? `cache: restored ${matched}${hit ? '' : ` (a fallback for ${key})`}` : `cache: no entry for ${key}`)
  const state: CacheState = { key, paths, gocache, hit, buildStart: Date.now() }
  core.saveState(CACHE_STATE, JSON.stringify(state))
}

/**
 * Go refreshes an entry's mtime when it uses it and the mtime is over an hour old, so anything
 * older than an hour before the build began was not used by it: dropping those keeps the saved
 * cache to what this build needs instead of growing with every restore.
 */
export async function trimUnused(gocache: string, buildStart: number): Promise<{ removed: number; kept: number }> {
  const cutoff = buildStart - 3600_000
  let removed = 0
  let kept = 0
  for (const dir of await readdir(gocache).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue
    for (const f of await readdir(path.join(gocache, dir))) {
      const file = path.join(gocache, dir, f)
      const s = await stat(file).catch(() => undefined)
      if (!s) continue
      if (s.mtimeMs < cutoff) {
        await rm(file, { force: true })
        removed++
      } else kept++
    }
  }
  return { removed, kept }
}

/** The post step's half: save on a miss, after a successful build. Never throws. */
export async function saveGoCache(state: CacheState, store: CacheStore): Promise<void> {
  if (state.hit) {
    core.info(`cache: ${state.key} was restored exactly; nothing to save`)
    return
  }
  const trimmed = await trimUnused(state.gocache, state.buildStart)
  core.info(`cache: kept ${trimmed.kept} build cache entries, dropped ${trimmed.removed} this build did not use`)
  const id = await store.save(state.paths, state.key)
  if (id === -1) core.warning(`cache: ${state.key} was not saved (see the messages above)`)
  else core.info(`cache: saved ${state.key}`)
}
