/**
 * Installs zig through @actions/tool-cache from the release index (`<base>/index.json`, with the
 * SHA-256 of every tarball), verifies the tarball's SHA-256 and its minisign signature with Zig's
 * published key, and caches it. A zig of the requested version on PATH is used as is.
 */
import * as io from '@actions/io'
import * as tc from '@actions/tool-cache'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fetchJson, fetchText } from './download.js'
import { installArchive, type InstallContext } from './install.js'
import { parseMinisignPublicKey, verifyMinisign } from './minisign.js'
import { checkIndexFileName, checkIndexSha256, expectedZigArchive } from './index-names.js'
import { cacheToolName, redactUrl, urlUnder } from '../url.js'
import { runProcess } from '../proc/run.js'

export const DEFAULT_ZIG_VERSION = '0.15.2'
export const DEFAULT_ZIG_BASE_URL = 'https://ziglang.org/download'
/** Zig's release signing key, as published on ziglang.org/download. */
export const ZIG_PUBLIC_KEY = 'RWSGOq2NVecA2UPNdBUZykf1CCb147pkmdtYxgb3Ti+JO/wCYvhbAb/U'

export class ZigInstallError extends Error {}

type ZigIndex = Record<string, Record<string, { tarball: string; shasum: string; size?: string } | string>>

/** The index key for a runner: x86_64-linux, aarch64-macos, x86_64-windows … */
export function zigHostKey(platform: string, arch: string): string {
  const a = ({ x64: 'x86_64', arm64: 'aarch64', ia32: 'x86', arm: 'arm', riscv64: 'riscv64', ppc64: 'powerpc64le', s390x: 's390x', loong64: 'loongarch64' } as Record<string, string>)[arch]
  const o = ({ linux: 'linux', darwin: 'macos', win32: 'windows', freebsd: 'freebsd' } as Record<string, string>)[platform]
  if (!a || !o) throw new ZigInstallError(`zig publishes no toolchain for a ${platform}/${arch} runner`)
  return `${a}-${o}`
}

export async function zigVersionOf(zig: string): Promise<string | undefined> {
  const r = await runProcess({ kind: 'tool', file: zig, args: ['version'] })
  return r.exitCode === 0 ? r.stdout.trim() : undefined
}

export interface ZigRequest extends InstallContext {
  version: string
  baseUrl: string
  publicKey: string
}

export interface ZigTool {
  zig: string
  version: string
  source: 'path' | 'tool-cache' | 'download'
}

/**
 * The tarball's file name from an index entry. zig's index gives full URLs (`tarball`); go-xbuild
 * never fetches them as given: it takes the last path element, which must be the expected asset
 * name, and downloads `<zig-download-base-url>/<version>/<file>` — so an index (or a mirror's copy
 * of it) can point the download neither at another host nor outside the base URL.
 */
export function zigTarballName(entry: unknown, version: string, hostKey: string, where: string): { filename: string; sha256: string } {
  const e = entry as { tarball?: unknown; shasum?: unknown } | undefined
  if (typeof e !== 'object' || e === null || typeof e.tarball !== 'string') {
    throw new ZigInstallError(`${where} has no tarball for zig ${version} on ${hostKey}`)
  }
  let last: string
  try {
    last = decodeURIComponent(new URL(e.tarball).pathname.split('/').pop() ?? '')
  } catch {
    throw new ZigInstallError(`${where} gives ${JSON.stringify(e.tarball.slice(0, 120))} as the tarball of zig ${version} on ${hostKey}, which is not a URL`)
  }
  const filename = checkIndexFileName(last, expectedZigArchive(version, hostKey), where)
  return { filename, sha256: checkIndexSha256(e.shasum, filename, where) }
}

export async function installZig(req: ZigRequest): Promise<ZigTool> {
  const platform = req.platform ?? process.platform
  const arch = req.arch ?? process.arch
  const exe = platform === 'win32' ? 'zig.exe' : 'zig'
  const onPath = await io.which('zig', false)
  if (onPath && (await zigVersionOf(onPath)) === req.version) {
    req.log.info(`zig ${req.version} found on PATH at ${onPath}`)
    return { zig: onPath, version: req.version, source: 'path' }
  }
  // a zig from a mirror is cached apart from the official one (minisign-verified either way)
  const toolName = cacheToolName('zig', req.baseUrl, DEFAULT_ZIG_BASE_URL)
  const cached = tc.find(toolName, req.version, arch)
  if (cached) {
    req.log.info(`zig ${req.version} from the tool cache`)
    return { zig: path.join(cached, exe), version: req.version, source: 'tool-cache' }
  }
  const key = parseMinisignPublicKey(req.publicKey)
  const indexUrl = urlUnder(req.baseUrl, ['index.json'])
  const where = `the zig release index at ${redactUrl(indexUrl)}`
  const index = await fetchJson<ZigIndex>(indexUrl, { log: req.log, retry: req.retry })
  if (typeof index !== 'object' || index === null || Array.isArray(index)) throw new ZigInstallError(`${where} is not a JSON object of releases`)
  const release = Object.hasOwn(index, req.version) ? index[req.version] : undefined
  if (!release || typeof release !== 'object') {
    const known = Object.keys(index).filter((v) => /^\d+\.\d+\.\d+$/.test(v)).slice(0, 5)
    throw new ZigInstallError(`zig-version: ${req.version} is not in ${where} (newest: ${known.join(', ')})`)
  }
  const host = zigHostKey(platform, arch)
  const entry = Object.hasOwn(release, host) ? release[host] : undefined
  if (!entry || typeof entry === 'string') throw new ZigInstallError(`zig ${req.version} has no build for a ${host} runner`)
  const { filename, sha256 } = zigTarballName(entry, req.version, host, where)
  // mirrors are laid out like ziglang.org/download: <base>/<version>/<file>
  const url = urlUnder(req.baseUrl, [req.version, filename])
  const shown = redactUrl(url)
  const signature = await fetchText(urlUnder(req.baseUrl, [req.version, `${filename}.minisig`]), { log: req.log, retry: req.retry }).catch((error: Error) => {
    throw new ZigInstallError(`no minisign signature for ${shown} (${error.message}); refusing an unsigned zig`)
  })
  const dir = await installArchive({
    tool: 'zig',
    cacheName: toolName,
    version: req.version,
    arch,
    url,
    sha256,
    archiveName: filename,
    subdir: filename.replace(/\.(tar\.xz|zip)$/, ''),
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    verifyArchive: async (file) => {
      const { trustedComment } = verifyMinisign(await readFile(file), signature, key)
      req.log.info(`minisign signature verified (${trustedComment})`)
    },
    validate: async (root) => {
      const got = await zigVersionOf(path.join(root, exe))
      if (got !== req.version) throw new ZigInstallError(`${shown} holds ${got ? `zig ${got}` : 'no working zig'}, not ${req.version}`)
    }
  })
  return { zig: path.join(dir, exe), version: req.version, source: 'download' }
}
