/** Inputs for UPX and smoke-test, parsed with everything else before any work. */
import { checkUrl, InputError, parseBoolean, type InputReader } from '../inputs-common.js'
import { splitShellWords } from '../plan/shellwords.js'
import { DEFAULT_UPX_BASE_URL, resolveUpxVersion } from '../tools/upx.js'

export interface UpxConfig {
  enabled: boolean
  version: string
  args: string[]
  baseUrl: string
  /** The expected SHA-256 of the UPX archive, for versions go-xbuild's table does not know. */
  sha256?: string
}

/** UPX's own default method (NRV2x at level 7 for files this size): chosen by bench/upx.ts, see the README. */
export const DEFAULT_UPX_ARGS = ''

const FORBIDDEN_UPX_ARGS: Record<string, string> = {
  '-o': 'go-xbuild chooses the output file',
  '-d': 'go-xbuild packs; it unpacks only a copy, to audit it',
  '-t': 'go-xbuild tests every packed file itself',
  '-l': 'go-xbuild packs',
  '--force-macos': 'packed macOS binaries crash on recent macOS, so darwin targets ship unpacked'
}

export function readUpxConfig(read: InputReader): UpxConfig {
  const args = splitShellWords(read('upx-args') || DEFAULT_UPX_ARGS, 'upx-args')
  for (const a of args) {
    const key = a.split('=')[0] as string
    if (FORBIDDEN_UPX_ARGS[key]) throw new InputError(`upx-args: ${a} is not allowed: ${FORBIDDEN_UPX_ARGS[key]}`)
    if (!a.startsWith('-')) throw new InputError(`upx-args: "${a}" is not an option; go-xbuild passes the file itself`)
  }
  const sha256 = read('upx-sha256').toLowerCase()
  if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) throw new InputError(`upx-sha256: "${read('upx-sha256')}" is not 64 hex digits`)
  const baseUrl = read('upx-download-base-url') || DEFAULT_UPX_BASE_URL
  checkUrl('upx-download-base-url', baseUrl)
  let version: string
  try {
    version = resolveUpxVersion(read('upx-version'))
  } catch (error) {
    throw new InputError((error as Error).message)
  }
  return { enabled: parseBoolean(read, 'upx', false), version, args, baseUrl, ...(sha256 ? { sha256 } : {}) }
}

/** `smoke-test`: arguments to run each binary with (e.g. --version), or undefined when off. */
export function readSmokeTest(read: InputReader): string[] | undefined {
  const raw = read('smoke-test')
  return raw ? splitShellWords(raw, 'smoke-test') : undefined
}
