/**
 * URLs from inputs and from release indexes are untrusted text. This module holds the few rules
 * every place that builds, prints or caches a URL follows:
 * - `redactUrl`/`redactUrls`: the one way a URL reaches a log line, an error, the summary;
 * - `urlUnder`: a download URL is the base URL plus encoded plain segments, and provably under it;
 * - `sourceTag`: a short, credential-free name for a non-default download source (cache keys);
 * - `isLoopbackUrl`: the http:// rule for mirrors.
 */
import { createHash } from 'node:crypto'

export const REDACTED = '***'

/**
 * Query parameters whose values are safe to print: the ones go-xbuild adds itself. Every other
 * value is redacted, since signed-URL schemes name their tokens freely (sig, se, sp, sv, X-Amz-*,
 * token, Signature, Expires …) and a value cannot be told from a token by looking at it.
 */
const PRINTABLE_QUERY = new Set(['mode', 'include'])

/** A URL with its user:password and every query value (but go-xbuild's own) replaced by ***. */
export function redactUrl(url: string): string {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return redactLoosely(url)
  }
  if (!/^[a-z][a-z0-9+.-]*:$/.test(u.protocol)) return redactLoosely(url)
  if (u.username || u.password) {
    u.username = REDACTED
    u.password = ''
  }
  if (u.search) {
    const kept: string[] = []
    for (const [key, value] of u.searchParams) {
      kept.push(`${encodeURIComponent(key)}=${PRINTABLE_QUERY.has(key) ? encodeURIComponent(value) : REDACTED}`)
    }
    u.search = kept.length ? `?${kept.join('&')}` : ''
  }
  // a fragment never travels, but a user may have pasted a token there too
  if (u.hash) u.hash = REDACTED
  return u.toString()
}

/** For text that is not a parseable URL: the same redactions by pattern. */
function redactLoosely(text: string): string {
  return text
    .replace(/\/\/[^/?#\s@]{0,1024}@/g, `//${REDACTED}@`)
    .replace(/([?&][^=&#\s]{0,256}=)[^&#\s]*/g, (_, key: string) => (PRINTABLE_QUERY.has(key.slice(1, -1)) ? _ : `${key}${REDACTED}`))
    .replace(/#\S*/g, `#${REDACTED}`)
}

/** Every URL inside free text (a library's error message, an input echoed back) redacted. */
export function redactUrls(text: string): string {
  // a quote ends a URL only at its end: inside, it may be part of a password or a token
  // the scheme is bounded, so the scan stays linear on long runs of letters (a build log line)
  return text.replace(/\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"<>]+/gi, (m) => {
    // sentence punctuation and closing quotes after a URL are not part of it
    const tail = /[.,;:!?)\]'`]+$/.exec(m)?.[0] ?? ''
    return redactUrl(m.slice(0, m.length - tail.length)) + tail
  })
}

export class UnsafeUrlError extends Error {}

/**
 * `base` + `/` + each segment, percent-encoded, keeping the base's query (a mirror's access token).
 * Throws unless the result has the base's origin and sits strictly below the base's path: a segment
 * is a single path element, so `..`, `.` and anything with a slash are refused before encoding.
 */
export function urlUnder(base: string, segments: string[], query?: Record<string, string>): string {
  const b = new URL(base)
  const basePath = b.pathname.replace(/\/+$/, '')
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || /[/\\]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
      throw new UnsafeUrlError(`"${s}" is not a single path element`)
    }
  }
  const u = new URL(b.href)
  u.pathname = `${basePath}/${segments.map(encodeURIComponent).join('/')}`
  if (query) for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v)
  u.hash = ''
  const under = u.origin === b.origin && u.pathname.startsWith(`${basePath}/`) && u.pathname.slice(basePath.length + 1).split('/').length === segments.length
  if (!under) throw new UnsafeUrlError(`${redactUrl(u.href)} is not under ${redactUrl(base)}`)
  return u.href
}

/** The base URL as a download source: origin and path without trailing slashes, no credentials, no query. */
export function normalizeSource(base: string): string {
  try {
    const u = new URL(base)
    // URL has lower-cased the scheme and host already; a path is case-sensitive
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`
  } catch {
    return base.trim()
  }
}

/**
 * '' for the default source; otherwise `mirror-` and 12 hex digits of the SHA-256 of the normalized
 * base. Credentials and query are left out: they decide access, not content, and must not make a
 * key differ per run (a token that rotates) or leak through one.
 */
export function sourceTag(base: string, defaultBase: string): string {
  const source = normalizeSource(base)
  if (source === normalizeSource(defaultBase)) return ''
  return `mirror-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`
}

/** A tool-cache name that keeps downloads from a mirror apart from the official ones. */
export const cacheToolName = (tool: string, base: string, defaultBase: string): string => {
  const tag = sourceTag(base, defaultBase)
  return tag ? `${tool}-${tag}` : tool
}

export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}
