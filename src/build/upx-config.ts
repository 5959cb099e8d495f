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

/** smoke-test: the arguments for every binary, and per binary its own arguments or `skip`. */
export interface SmokeTestConfig {
  /** Arguments for every binary without a line of its own; undefined: those binaries are not run. */
  args?: string[]
  /** `name: args` lines: that binary's own arguments, or 'skip' to not run it. */
  binaries: Record<string, string[] | 'skip'>
}

/** `NAME: args` — a binary's name, a colon, then white space or the end of the line. */
const PER_BINARY = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*):(?:\s+(.*))?$/

/**
 * `smoke-test`: arguments to run each binary with (e.g. --version), or undefined when off. Lines
 * of the form `name: args` give one binary its own arguments (`name: skip` runs it not at all);
 * the other lines, together, are the arguments of every other binary. Without such lines the
 * whole value is one set of arguments, as before.
 */
export function readSmokeTest(read: InputReader): SmokeTestConfig | undefined {
  const raw = read('smoke-test')
  if (!raw) return undefined
  const binaries: Record<string, string[] | 'skip'> = {}
  const rest: string[] = []
  for (const line of raw.split('\n')) {
    const m = PER_BINARY.exec(line.trim())
    if (!m) {
      rest.push(line)
      continue
    }
    const name = m[1] as string
    if (Object.hasOwn(binaries, name)) throw new InputError(`smoke-test: the binary ${JSON.stringify(name)} has two lines; keep one`)
    const args = (m[2] ?? '').trim()
    binaries[name] = args === 'skip' ? 'skip' : splitShellWords(args, `smoke-test (${name})`)
  }
  const text = rest.join('\n').trim()
  return { ...(text ? { args: splitShellWords(text, 'smoke-test') } : {}), binaries }
}

/** The arguments to smoke-test one binary with, or undefined when it is not run. */
export function smokeArgsFor(config: SmokeTestConfig | undefined, binary: string): string[] | undefined {
  if (!config) return undefined
  const own = Object.hasOwn(config.binaries, binary) ? config.binaries[binary] : undefined
  if (own === 'skip') return undefined
  return own ?? config.args
}

/** Names in smoke-test lines that are no binary of the run: a typo would silently test nothing. */
export function unknownSmokeTestNames(config: SmokeTestConfig | undefined, binaries: string[]): string | undefined {
  const unknown = Object.keys(config?.binaries ?? {}).filter((n) => !binaries.includes(n))
  if (!unknown.length) return undefined
  return `smoke-test: no binary is named ${unknown.map((n) => JSON.stringify(n)).join(', ')}; the binaries are ${binaries.map((n) => JSON.stringify(n)).join(', ')} (write name: args, or name: skip)`
}
