/** Small parsers shared by every module that reads inputs (src/inputs.ts calls them all). */
import { isLoopbackUrl, redactUrl, redactUrls } from './url.js'

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
