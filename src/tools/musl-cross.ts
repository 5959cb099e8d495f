/**
 * musl-cross gcc toolchains (one archive per target triple, `<triple>/bin/<triple>-gcc` inside),
 * from a URL template — by default the cross-tools/musl-cross GitHub releases, which serve CI
 * runners (musl.cc has blocked GitHub Actions since May 2025). Verified against go-xbuild's table or
 * the musl-cross-sha256 input, then cached per triple.
 */
import * as tc from '@actions/tool-cache'
import path from 'node:path'
import { renderTemplate } from '../plan/template.js'
import type { DownloadLog, RetryPolicy } from './download.js'
import { installArchive } from './install.js'
import releases from './musl-cross-releases.json' with { type: 'json' }
import type { ToolArchiveCache } from './archive-cache.js'
import { isPlainFileName } from './index-names.js'
import { redactUrl, sourceTag } from '../url.js'
import { runProcess } from '../proc/run.js'

export const DEFAULT_MUSL_CROSS_URL = 'https://github.com/cross-tools/musl-cross/releases/download/{{.Version}}/{{.Triple}}.tar.xz'
export const DEFAULT_MUSL_CROSS_VERSION = '20250929'

export class MuslCrossError extends Error {}

export function muslCrossUrl(template: string, version: string, triple: string): string {
  return renderTemplate(template, { Version: version, Triple: triple }, {}, 'musl-cross-url')
}

export function knownMuslCrossSha256(version: string, file: string): string | undefined {
  const table = releases as unknown as Record<string, Record<string, string> | string>
  const release = table[version]
  return typeof release === 'object' ? release[file] : undefined
}

export interface MuslCrossRequest {
  triple: string
  version: string
  urlTemplate: string
  /** From musl-cross-sha256: archive file name → SHA-256. */
  sha256s: Map<string, string>
  tempDir: string
  log: DownloadLog
  retry?: RetryPolicy
  archiveCache?: ToolArchiveCache
}

export interface MuslCrossTool {
  cc: string
  cxx: string
  triple: string
  version: string
}

export async function installMuslCross(req: MuslCrossRequest): Promise<MuslCrossTool> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MuslCrossError(`c-toolchain musl-cross: the toolchains run on x86_64 Linux runners only; use c-toolchain: zig here`)
  }
  const url = muslCrossUrl(req.urlTemplate, req.version, req.triple)
  const file = decodeURIComponent(path.posix.basename(new URL(url).pathname))
  if (!isPlainFileName(file)) {
    throw new MuslCrossError(`musl-cross-url: ${redactUrl(url)} ends in ${JSON.stringify(file)}, which is not a plain archive file name`)
  }
  // toolchains from another URL template are cached apart from the default release's
  const tag = sourceTag(req.urlTemplate, DEFAULT_MUSL_CROSS_URL)
  const tool = `musl-cross-${req.triple}${tag ? `-${tag}` : ''}`
  const at = (dir: string): MuslCrossTool => ({
    cc: path.join(dir, 'bin', `${req.triple}-gcc`),
    cxx: path.join(dir, 'bin', `${req.triple}-g++`),
    triple: req.triple,
    version: req.version
  })
  // the tool cache wants semver: release tags like 20250929 become 0.0.0-20250929
  const cacheVersion = /^\d+\.\d+\.\d+$/.test(req.version) ? req.version : `0.0.0-${req.version}`
  const cached = tc.find(tool, cacheVersion, process.arch)
  if (cached) return at(cached)
  const sha256 = req.sha256s.get(file) ?? knownMuslCrossSha256(req.version, file)
  if (!sha256) {
    throw new MuslCrossError(
      `musl-cross ${req.version}: go-xbuild has no SHA-256 for ${file}; give it in musl-cross-sha256 as "<sha256>  ${file}" (one line per archive)`
    )
  }
  const dir = await installArchive({
    tool,
    version: cacheVersion,
    arch: process.arch,
    url,
    sha256,
    archiveName: file,
    subdir: req.triple,
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const r = await runProcess({ kind: 'tool', file: at(root).cc, args: ['--version'] })
      if (r.exitCode !== 0) throw new MuslCrossError(`${redactUrl(url)} holds no working ${req.triple}-gcc`)
    }
  })
  return at(dir)
}

/** musl-cross-sha256: coreutils lines, `<sha256>  <archive file>`. */
export function parseMuslCrossSha256(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line)
    if (!m) throw new MuslCrossError(`musl-cross-sha256: "${line}" is not "<sha256>  <archive file>"`)
    out.set(m[2] as string, (m[1] as string).toLowerCase())
  }
  return out
}
