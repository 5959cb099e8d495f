/**
 * Toolchain archives (Go, UPX, zig) kept in the Actions cache, so a warm run on a fresh hosted
 * runner downloads nothing. An archive restored from the cache is verified against the same
 * SHA-256 as a download; one that was downloaded is remembered and saved by the post step.
 */
import * as core from '@actions/core'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { sha256File } from '../release/checksums.js'
import type { CacheStore } from '../services/cache.js'
import { redactUrls } from '../url.js'

export const TOOL_ARCHIVES_STATE = 'go-xbuild-tool-archives'

export interface ToolArchive {
  key: string
  file: string
}

/** Where an archive lives so its cache path is the same on every run (part of the cache version). */
export const toolArchivePath = (runnerTemp: string, archiveName: string): string => path.join(runnerTemp, 'go-xbuild-toolchains', archiveName)

export const toolArchiveKey = (tool: string, version: string, archiveName: string, sha256: string): string =>
  `go-xbuild-tool-${tool}-${version}-${archiveName}-${sha256.slice(0, 16)}`

export class ToolArchiveCache {
  private readonly downloaded: ToolArchive[] = []
  constructor(private readonly store: () => Promise<CacheStore>) {}

  /** True when the archive is now at `file` and matches `sha256`. Never throws: the download is the fallback. */
  async restore(key: string, file: string, sha256: string): Promise<boolean> {
    try {
      const matched = await (await this.store()).restore([file], key, [])
      if (matched !== key) return false
      const got = await sha256File(file)
      if (got.sha256 === sha256.toLowerCase()) {
        core.info(`Restored ${path.basename(file)} from the Actions cache (sha256 verified)`)
        return true
      }
      core.warning(`the cached ${path.basename(file)} has sha256 ${got.sha256}, not ${sha256}; downloading it instead`)
      await rm(file, { force: true })
    } catch (error) {
      // the cache client's errors can quote its signed blob URLs
      core.warning(`toolchain cache: restore of ${key} failed, downloading instead: ${redactUrls((error as Error).message)}`)
    }
    return false
  }

  /** A verified download for the post step to save. */
  remember(key: string, file: string): void {
    this.downloaded.push({ key, file })
    core.saveState(TOOL_ARCHIVES_STATE, JSON.stringify(this.downloaded))
  }
}

/** The post step's half; never throws. */
export async function saveToolArchives(raw: string, store: CacheStore): Promise<void> {
  for (const a of JSON.parse(raw) as ToolArchive[]) {
    try {
      const id = await store.save([a.file], a.key)
      if (id !== -1) core.info(`toolchain cache: saved ${a.key}`)
    } catch (error) {
      core.warning(`toolchain cache: ${a.key} not saved: ${redactUrls((error as Error).message)}`)
    }
  }
}
