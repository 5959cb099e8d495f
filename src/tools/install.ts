/**
 * The shape every installer shares: download with verification → extract into a private temporary
 * directory → check what was extracted → tc.cacheDir. Each step happens before the next, so a bad
 * or unverifiable download never reaches the tool cache, and a failed copy leaves no `.complete`
 * marker for tc.find to trust.
 */
import * as tc from '@actions/tool-cache'
import { randomUUID } from 'node:crypto'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { downloadVerified, type DownloadLog, type RetryPolicy } from './download.js'
import { toolArchiveKey, toolArchivePath, type ToolArchiveCache } from './archive-cache.js'
import { isPlainFileName } from './index-names.js'
import { redactUrl } from '../url.js'
import { extractTar, extractZip } from './extract.js'
import { registerCleanup } from '../proc/lifecycle.js'

/** What every installer needs besides what it installs. */
export interface InstallContext {
  tempDir: string
  log: DownloadLog
  retry?: RetryPolicy
  /** Keep the archive in the Actions cache across runs (see archive-cache.ts). */
  archiveCache?: ToolArchiveCache
  /** For tests: the runner's platform and arch. */
  platform?: string
  arch?: string
}

export interface ArchiveInstall {
  tool: string
  /**
   * The name in the tool cache and in the Actions-cache key: `tool`, or `tool-mirror-<hash>` for a
   * non-default download source (see url.ts sourceTag), so sources never share an entry.
   */
  cacheName?: string
  version: string
  arch: string
  url: string
  /** Expected SHA-256 (hex) of the archive. */
  sha256: string
  /** Decides the extractor: .tar.gz, .tgz, .tar.xz, .zip. */
  archiveName: string
  /** The directory inside the archive to cache ('' for the archive's root). */
  subdir: string
  tempDir: string
  log: DownloadLog
  retry?: RetryPolicy
  /** Checks the extracted tree before it is cached; throws to refuse it. */
  validate?: (dir: string) => Promise<void>
  /** A further check of the verified archive (a vendor's signature) before it is extracted. */
  verifyArchive?: (file: string) => Promise<void>
  /** Keep the archive in the Actions cache across runs (see archive-cache.ts). */
  archiveCache?: ToolArchiveCache
}

export async function extractArchive(file: string, name: string, dest: string): Promise<string> {
  if (name.endsWith('.zip')) return extractZip(file, dest)
  if (name.endsWith('.tar.xz') || name.endsWith('.txz')) return extractTar(file, dest, 'xz')
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return extractTar(file, dest, 'gz')
  if (name.endsWith('.tar')) return extractTar(file, dest, 'none')
  throw new Error(`do not know how to extract ${name}`)
}

export async function installArchive(opts: ArchiveInstall): Promise<string> {
  // the name becomes a path in RUNNER_TEMP and a cache key: the installers check it against the
  // expected asset name; this is the last guard before any file is written
  if (!isPlainFileName(opts.archiveName)) throw new Error(`${opts.tool}: refusing the archive name ${JSON.stringify(opts.archiveName)}: not a plain file name`)
  const cacheName = opts.cacheName ?? opts.tool
  const shown = redactUrl(opts.url)
  const work = path.join(opts.tempDir, `${opts.tool}-${randomUUID()}`)
  await mkdir(work, { recursive: true })
  // a cancel mid-download or mid-extract removes the partial tree too
  const unregister = registerCleanup(`download of ${opts.tool}`, () => rm(work, { recursive: true, force: true }))
  try {
    const key = toolArchiveKey(cacheName, opts.version, opts.archiveName, opts.sha256)
    const file = opts.archiveCache ? toolArchivePath(opts.tempDir, opts.archiveName) : path.join(work, opts.archiveName)
    const restored = (await opts.archiveCache?.restore(key, file, opts.sha256)) ?? false
    if (!restored) {
      opts.log.info(`Downloading ${opts.tool} ${opts.version} from ${shown}`)
      const archive = await downloadVerified({ url: opts.url, dest: file, sha256: opts.sha256, log: opts.log, retry: opts.retry })
      opts.log.info(`Verified sha256 ${archive.sha256} (${archive.size} bytes)`)
    }
    await opts.verifyArchive?.(file).catch(async (error: unknown) => {
      await rm(file, { force: true })
      throw error
    })
    const extracted = await extractArchive(file, opts.archiveName, path.join(work, 'x'))
    const root = opts.subdir ? path.join(extracted, opts.subdir) : extracted
    if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
      throw new Error(`${shown} does not hold the expected directory "${opts.subdir}"`)
    }
    await opts.validate?.(root)
    const cached = await tc.cacheDir(root, cacheName, opts.version, opts.arch)
    opts.log.info(`Cached ${opts.tool} ${opts.version} at ${cached}`)
    if (!restored) opts.archiveCache?.remember(key, file)
    return cached
  } finally {
    unregister()
    await rm(work, { recursive: true, force: true })
  }
}
