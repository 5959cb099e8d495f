/** Small parsers shared by every module that reads inputs (src/inputs.ts calls them all). */
import { isLoopbackUrl, redactUrl, redactUrls } from './url.js'

import { controlCharacterProblem } from './plan/values.js'
export class InputError extends Error {}

export type InputReader = (name: string) => string

export function parseBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name)
  if (raw === '') return fallback
  if (/^(true|yes|on)$/i.test(raw)) return true
  if (/^(false|no|off)$/i.test(raw)) return false
  throw new InputError(`${name}: "${raw}" is not a boolean; use true or false`)
}

/** Items separated by newlines or commas, trimmed, empties dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name).toLowerCase()
  if (raw === '') return fallback
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw new InputError(`${name}: "${read(name)}" is not one of ${allowed.join(', ')}`)
}

export function checkUrl(name: string, value: string): void {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(`${name}: "${redactUrls(value)}" is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`${name}: "${redactUrl(value)}" must be an http(s) URL`)
}

/**
 * The http:// rule for every URL input the action downloads from or sends a token to: plain HTTP
 * only to loopback (127.0.0.0/8, ::1, localhost — a mirror on the runner itself), unless
 * allow-insecure-http says so. SHA-256 and signatures still guard what is downloaded, but the
 * index that names those checksums, a mirror's credentials and the signing services' tokens
 * would cross the network in clear.
 */
export function checkTransport(urls: Array<{ name: string; url: string }>, allowInsecureHttp: boolean): void {
  if (allowInsecureHttp) return
  for (const { name, url } of urls) {
    if (new URL(url).protocol === 'http:' && !isLoopbackUrl(url)) {
      throw new InputError(
        `${name}: ${redactUrl(url)} is plain http:// to a host that is not loopback; use https://, or set allow-insecure-http: true if this network is trusted`
      )
    }
  }
}

/**
 * The longest value an input may hold. Generous for real use and small enough that no parser
 * downstream can be made to work for long, nor a message that quotes the value grow large: 1 KiB
 * for a value (a name, a path, a URL, a number), 8 KiB for word and item lists (ldflags, flags,
 * targets), 64 KiB for keys and checksum lists.
 */
export const INPUT_MAX_LENGTH = 1024
const LONG_INPUTS: Record<string, number> = {
  ldflags: 8 * 1024,
  flags: 8 * 1024,
  tags: 8 * 1024,
  'smoke-test': 8 * 1024,
  'upx-args': 8 * 1024,
  targets: 8 * 1024,
  packages: 8 * 1024,
  cgo: 8 * 1024,
  'archive-files': 8 * 1024,
  'signing-key': 64 * 1024,
  'gpg-private-key': 64 * 1024,
  'musl-cross-sha256': 64 * 1024
}

/** A reader that refuses an input longer than its cap, naming it (the value is not echoed). */
export function limitInputs(read: InputReader): InputReader {
  return (name) => {
    const value = read(name)
    const max = LONG_INPUTS[name] ?? INPUT_MAX_LENGTH
    if (value.length > max) {
      throw new InputError(`${name}: ${value.length} characters is more than the ${max} this input may hold; check what the workflow passes to it`)
    }
    return value
  }
}

/**
 * Inputs that are one value each — a name, a path, a version, a URL — and so may hold no control or
 * bidi character (a URL parser drops tabs and newlines silently; a path or name would carry them on).
 * Multi-line inputs (targets, ldflags, flags, lists, keys) are split first and checked per item
 * where their items become names.
 */
export const SINGLE_VALUE_INPUTS = [
  'working-directory',
  'package',
  'name',
  'filename',
  'version',
  'output-dir',
  'go-version',
  'go-version-file',
  'go-download-base-url',
  'upx-download-base-url',
  'zig-download-base-url',
  'musl-cross-url',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'archive-name',
  'checksums-name',
  'artifact-name',
  'runs-on',
  'macos-runs-on',
  'cc',
  'cxx'
] as const

export function checkSingleValueInputs(read: InputReader): void {
  for (const name of SINGLE_VALUE_INPUTS) {
    const problem = controlCharacterProblem(read(name))
    if (problem) throw new InputError(`${name} has ${problem}; it is one value (a name, a path, a version or a URL) and cannot hold control or bidi characters`)
  }
}
