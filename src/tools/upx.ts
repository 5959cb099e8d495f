/**
 * Installs UPX through @actions/tool-cache from the official release archives: a UPX of the
 * requested version on PATH or in the tool cache is used as is; otherwise the archive is
 * downloaded, verified against go-xbuild's release table or the upx-sha256 input, and cached.
 */
import * as tc from '@actions/tool-cache'
import * as io from '@actions/io'
import path from 'node:path'
import releases from './upx-releases.json' with { type: 'json' }
import { installArchive, type InstallContext } from './install.js'
import { cacheToolName, redactUrl, urlUnder } from '../url.js'
import { runProcess } from '../proc/run.js'

export const DEFAULT_UPX_BASE_URL = 'https://github.com/upx/upx/releases/download'
export const UPX_LATEST: string = releases.latest

export class UpxInstallError extends Error {}

/** UPX's release asset for a runner, e.g. upx-4.2.4-amd64_linux.tar.xz; the archive holds one directory of the same name. */
export function upxAsset(version: string, platform: string, arch: string): { name: string; dir: string; exe: string } {
  if (platform === 'linux') {
    const a = ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: 'i386', ppc64: 'powerpc64le' } as Record<string, string>)[arch]
    if (a) return { name: `upx-${version}-${a}_linux.tar.xz`, dir: `upx-${version}-${a}_linux`, exe: 'upx' }
  }
  if (platform === 'win32') {
    // Windows on arm64 runs the x64 build through its emulation: UPX publishes no arm64 one
    const w = ({ x64: 'win64', arm64: 'win64', ia32: 'win32' } as Record<string, string>)[arch]
    if (w) return { name: `upx-${version}-${w}.zip`, dir: `upx-${version}-${w}`, exe: 'upx.exe' }
  }
  if (platform === 'darwin') {
    throw new UpxInstallError('UPX publishes no macOS binary: install it first (brew install upx) and go-xbuild uses the upx on PATH')
  }
  throw new UpxInstallError(`UPX publishes no binary for a ${platform}/${arch} runner; put a upx on PATH`)
}

export function resolveUpxVersion(requested: string): string {
  const v = requested.trim().replace(/^v/, '')
  if (v === '' || v === 'latest') return UPX_LATEST
  if (!/^\d+\.\d+\.\d+$/.test(v)) throw new UpxInstallError(`upx-version: "${requested}" is not a UPX version (like 4.2.4) or latest`)
  return v
}

/** The SHA-256 to verify against: the user's, else the release table's; undefined when neither knows it. */
export function knownUpxSha256(version: string, asset: string): string | undefined {
  return (releases.releases as Record<string, Record<string, string>>)[version]?.[asset]
}

/** "upx 4.2.2" from the first line of `upx --version`. */
export async function upxVersionOf(upx: string): Promise<string | undefined> {
  const out = await runProcess({ kind: 'tool', file: upx, args: ['--version'] })
  return /^upx (\d+\.\d+\.\d+)/m.exec(out.stdout)?.[1]
}

export interface UpxRequest extends InstallContext {
  version: string
  sha256?: string
  baseUrl: string
}

export interface UpxTool {
  upx: string
  version: string
  source: 'path' | 'tool-cache' | 'download'
}

export async function installUpx(req: UpxRequest): Promise<UpxTool> {
  const platform = req.platform ?? process.platform
  const arch = req.arch ?? process.arch
  const onPath = await io.which('upx', false)
  const pathVersion = onPath ? await upxVersionOf(onPath) : undefined
  if (onPath && pathVersion === req.version) {
    req.log.info(`UPX ${pathVersion} found on PATH at ${onPath}`)
    return { upx: onPath, version: pathVersion, source: 'path' }
  }
  if (platform === 'darwin' && onPath && pathVersion) {
    req.log.warning(`UPX ${req.version} was asked for, but UPX publishes no macOS binary: using UPX ${pathVersion} from ${onPath}`)
    return { upx: onPath, version: pathVersion, source: 'path' }
  }
  const asset = upxAsset(req.version, platform, arch)
  // a UPX from a mirror is cached apart from the official one
  const toolName = cacheToolName('upx', req.baseUrl, DEFAULT_UPX_BASE_URL)
  const cached = tc.find(toolName, req.version, arch)
  if (cached) {
    req.log.info(`UPX ${req.version} from the tool cache`)
    return { upx: path.join(cached, asset.exe), version: req.version, source: 'tool-cache' }
  }
  const sha256 = req.sha256 || knownUpxSha256(req.version, asset.name)
  if (!sha256) {
    throw new UpxInstallError(
      `upx-version ${req.version}: go-xbuild has no SHA-256 for ${asset.name}, so the download could not be verified; ` +
        `give upx-sha256 (from the release page), or use upx-version ${UPX_LATEST}`
    )
  }
  const url = urlUnder(req.baseUrl, [`v${req.version}`, asset.name])
  const dir = await installArchive({
    tool: 'upx',
    cacheName: toolName,
    version: req.version,
    arch,
    url,
    sha256,
    archiveName: asset.name,
    subdir: asset.dir,
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const got = await upxVersionOf(path.join(root, asset.exe))
      if (got !== req.version) throw new UpxInstallError(`${redactUrl(url)} holds ${got ? `UPX ${got}` : 'no working upx'}, not UPX ${req.version}`)
    }
  })
  return { upx: path.join(dir, asset.exe), version: req.version, source: 'download' }
}
