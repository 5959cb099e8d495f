/**
 * Installs Go through @actions/tool-cache: tool cache → a Go on PATH that satisfies the request →
 * the release index (or a mirror laid out like it) → verified download → extract → cache.
 */
import * as tc from '@actions/tool-cache'
import * as io from '@actions/io'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { fetchJson, type DownloadLog, type RetryPolicy } from './download.js'
import {
  bestLocal,
  checkGoIndexFile,
  describeSpec,
  goPlatform,
  goToSemver,
  resolveFromIndex,
  resolveRelease,
  satisfiesLocally,
  type GoIndexRelease,
  type GoVersionSpec
} from './go-versions.js'
import { installArchive } from './install.js'
import type { ToolArchiveCache } from './archive-cache.js'
import { cacheToolName, redactUrl, urlUnder } from '../url.js'

export interface GoToolchain {
  version: string
  goroot: string
  /** The go executable. */
  go: string
  source: 'tool-cache' | 'path' | 'download'
}

export interface GoInstallRequest {
  spec: GoVersionSpec
  /** Where the request came from (input or file), for the log. */
  origin: string
  checkLatest: boolean
  baseUrl: string
  tempDir: string
  log: DownloadLog
  retry?: RetryPolicy
  /** Keep the downloaded archive in the Actions cache. */
  archiveCache?: ToolArchiveCache
  /** For tests: the runner platform. */
  platform?: NodeJS.Platform
  arch?: string
}

export const DEFAULT_GO_BASE_URL = 'https://go.dev/dl'

/** `<base>/?mode=json&include=all`, keeping a query the base carries (a mirror's token). */
export function goIndexUrl(baseUrl: string): string {
  const u = new URL(baseUrl)
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/`
  u.searchParams.set('mode', 'json')
  u.searchParams.set('include', 'all')
  u.hash = ''
  return u.href
}

/** The version a GOROOT holds, from its VERSION file ("go1.26.8\ntime …"). */
export async function goVersionOf(goroot: string): Promise<string | undefined> {
  const text = await readFile(path.join(goroot, 'VERSION'), 'utf8').catch(() => undefined)
  const first = text?.split('\n')[0]?.trim()
  return first ? goToSemver(first) : undefined
}

const goExe = (goroot: string, platform: string): string => path.join(goroot, 'bin', platform === 'win32' ? 'go.exe' : 'go')

async function fromPath(platform: string): Promise<GoToolchain | undefined> {
  const found = await io.which('go', false)
  if (!found) return undefined
  const goroot = path.dirname(path.dirname(await realpath(found)))
  const version = await goVersionOf(goroot)
  return version ? { version, goroot, go: goExe(goroot, platform), source: 'path' } : undefined
}

/** The release index at `baseUrl` (the official site or a mirror), read with the downloader's retries. */
async function readGoIndex(baseUrl: string, log: DownloadLog, retry?: RetryPolicy): Promise<{ index: GoIndexRelease[]; shownIndex: string }> {
  const indexUrl = goIndexUrl(baseUrl)
  const shownIndex = redactUrl(indexUrl)
  const index = await fetchJson<GoIndexRelease[]>(indexUrl, { log, retry }).catch((error: Error) => {
    throw new Error(`could not read the Go release index at ${shownIndex}: ${error.message}`, { cause: error })
  })
  if (!Array.isArray(index)) throw new Error(`the Go release index at ${shownIndex} is not a JSON array of releases`)
  return { index, shownIndex }
}

export type GoPinRequest = Pick<GoInstallRequest, 'spec' | 'origin' | 'baseUrl' | 'log' | 'retry' | 'platform' | 'arch'>

/**
 * mode: plan — the one exact Go version every build job of a fan-out uses, resolved against the
 * same release index (or mirror) the build jobs download from; never the tool cache or PATH, which
 * differ from runner to runner. When the release lists an archive for this runner, it is held to
 * the installer's name and SHA-256 checks, so a mirror's bad entry fails here, not in every job.
 */
export async function pinGoVersion(req: GoPinRequest): Promise<string> {
  const { index, shownIndex } = await readGoIndex(req.baseUrl, req.log, req.retry)
  const chosen = resolveRelease(index, req.spec)
  let here: { os: string; arch: string } | undefined
  try {
    here = goPlatform(req.platform ?? process.platform, req.arch ?? process.arch)
  } catch {
    here = undefined
  }
  const file = here && chosen.release.files.find((f) => typeof f === 'object' && f !== null && f.kind === 'archive' && f.os === here.os && f.arch === here.arch)
  if (here && file) checkGoIndexFile({ version: chosen.version, file }, here, `the Go release index at ${shownIndex}`)
  req.log.info(`${describeSpec(req.spec)} (${req.origin}) resolves to Go ${chosen.version} in the release index; every build job gets go-version ${chosen.version}`)
  return chosen.version
}

export async function installGo(req: GoInstallRequest): Promise<GoToolchain> {
  const platform = req.platform ?? process.platform
  const arch = req.arch ?? process.arch
  const { os: goos, arch: goarch } = goPlatform(platform, arch)
  const want = describeSpec(req.spec)
  // a Go from a mirror is cached apart from the official one (and the runner's preinstalled Go),
  // so a later run that asks for the official source never gets the mirror's build
  const toolName = cacheToolName('go', req.baseUrl, DEFAULT_GO_BASE_URL)

  const cached = (version: string): GoToolchain | undefined => {
    const dir = tc.find(toolName, version, arch)
    return dir ? { version, goroot: dir, go: goExe(dir, platform), source: 'tool-cache' } : undefined
  }

  if (!req.checkLatest && req.spec.kind !== 'alias') {
    const inCache = bestLocal(tc.findAllVersions(toolName, arch), req.spec)
    const hit = inCache ? cached(inCache) : undefined
    if (hit) {
      req.log.info(`Go ${hit.version} from the tool cache satisfies ${want} (${req.origin})`)
      return hit
    }
    const onPath = await fromPath(platform)
    if (onPath && satisfiesLocally(onPath.version, req.spec)) {
      req.log.info(`Go ${onPath.version} found on PATH at ${onPath.goroot} satisfies ${want} (${req.origin}); nothing to download`)
      return onPath
    }
  }

  const { index, shownIndex } = await readGoIndex(req.baseUrl, req.log, req.retry)
  const found = resolveFromIndex(index, req.spec, { os: goos, arch: goarch })
  const resolved = { ...found, file: checkGoIndexFile(found, { os: goos, arch: goarch }, `the Go release index at ${shownIndex}`) }
  req.log.info(`${want} (${req.origin}) resolves to Go ${resolved.version} in the release index`)

  const hit = cached(resolved.version)
  if (hit) {
    req.log.info(`Go ${resolved.version} is already in the tool cache`)
    return hit
  }
  const onPath = await fromPath(platform)
  if (onPath && onPath.version === resolved.version) {
    req.log.info(`Go ${onPath.version} found on PATH at ${onPath.goroot}; nothing to download`)
    return onPath
  }

  const url = urlUnder(req.baseUrl, [resolved.file.filename])
  const dir = await installArchive({
    tool: 'go',
    cacheName: toolName,
    version: resolved.version,
    arch,
    url,
    sha256: resolved.file.sha256,
    archiveName: resolved.file.filename,
    // the archives hold one top-level directory, go/
    subdir: 'go',
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const version = await goVersionOf(root)
      if (version !== resolved.version) {
        throw new Error(`the archive ${redactUrl(url)} holds Go ${version ?? 'of unknown version'}, not ${resolved.version}`)
      }
    }
  })
  return { version: resolved.version, goroot: dir, go: goExe(dir, platform), source: 'download' }
}
