/**
 * The one downloader every installer uses: streams to a temporary file while hashing, retries
 * transient failures with backoff (honouring Retry-After), and only hands back a file whose SHA-256
 * matched — a bad download is deleted, so nothing unverified can reach the tool cache.
 * @actions/http-client gives proxy support (https_proxy, no_proxy) as on self-hosted runners.
 */
import { HttpClient } from '../lazy-http-client.js'
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { hashTap } from '../release/checksums.js'
import { redactUrl, redactUrls } from '../url.js'
import { registerCleanup } from '../proc/lifecycle.js'

export class DownloadError extends Error {}
export class ChecksumError extends DownloadError {}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** Backoff before retry k (1-based) is baseMs·2^(k-1), ±25 %, unless the server sends Retry-After. */
  baseMs: number
  /** No single wait is longer than this. */
  maxWaitMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 1000, maxWaitMs: 30_000 }

export interface DownloadLog {
  info(message: string): void
  warning(message: string): void
}

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504])

const client = (): HttpClient =>
  new HttpClient('go-xbuild', undefined, { allowRetries: false, socketTimeout: 120_000, keepAlive: false })

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function waitFor(attempt: number, policy: RetryPolicy, retryAfter?: string | string[]): number {
  const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter
  if (header !== undefined) {
    const seconds = Number(header)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now()
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), policy.maxWaitMs)
  }
  const base = policy.baseMs * 2 ** (attempt - 1)
  return Math.min(base * (0.75 + Math.random() * 0.5), policy.maxWaitMs)
}

/**
 * What the HTTP client gets for a URL: @actions/http-client ignores a URL's user:password, so a
 * credentialed mirror (`https://user:token@mirror/go`) gets them as a Basic Authorization header
 * and the request line never carries them. The client drops that header on a redirect to another
 * host.
 */
export function requestOf(url: string): { href: string; headers: Record<string, string> } {
  const u = new URL(url)
  if (!u.username && !u.password) return { href: u.href, headers: {} }
  const credentials = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`
  u.username = ''
  u.password = ''
  return { href: u.href, headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } }
}

async function withRetries<T>(
  url: string,
  log: DownloadLog | undefined,
  policy: RetryPolicy,
  attemptOnce: () => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce()
    } catch (error) {
      const transient = error instanceof TransientError
      if (!transient || attempt >= policy.attempts) {
        if (error instanceof TransientError) {
          throw new DownloadError(`${error.message} from ${redactUrl(url)}, ${policy.attempts} attempts in all; giving up`, {
            cause: error
          })
        }
        throw error
      }
      const ms = waitFor(attempt, policy, error.retryAfter)
      log?.warning(`${error.message} from ${redactUrl(url)}; retrying in ${(ms / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`)
      await sleep(ms)
    }
  }
}

class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfter?: string | string[]
  ) {
    super(message)
  }
}

async function get(url: string): Promise<Awaited<ReturnType<HttpClient['get']>>> {
  let response
  try {
    const { href, headers } = requestOf(url)
    response = await client().get(href, { accept: '*/*', ...headers })
  } catch (error) {
    throw new TransientError(`network error (${redactUrls((error as Error).message)})`)
  }
  const status = response.message.statusCode ?? 0
  if (status >= 200 && status < 300) return response
  response.message.resume()
  if (TRANSIENT_STATUS.has(status)) throw new TransientError(`HTTP ${status}`, response.message.headers['retry-after'])
  throw new DownloadError(`HTTP ${status} from ${redactUrl(url)}`)
}

/**
 * Release indexes are a few MiB (Go's full index, ~2 MiB, is the largest); a body past this is
 * not an index, and a hostile mirror must not make the action buffer without end.
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024

/** A small text body (an index, a signature), with the same retries and redaction as a download. */
export async function fetchText(url: string, opts: { log?: DownloadLog; retry?: RetryPolicy; maxBytes?: number } = {}): Promise<string> {
  const max = opts.maxBytes ?? MAX_TEXT_BYTES
  return withRetries(url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
    const response = await get(url)
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of response.message) {
        size += (chunk as Buffer).length
        if (size > max) {
          response.message.destroy()
          throw new DownloadError(`${redactUrl(url)} answered more than ${max} bytes; that is no release index`)
        }
        chunks.push(chunk as Buffer)
      }
    } catch (error) {
      if (error instanceof DownloadError) throw error
      throw new TransientError(`connection lost while reading (${(error as Error).message})`)
    }
    return Buffer.concat(chunks).toString('utf8')
  })
}

export async function fetchJson<T>(url: string, opts: { log?: DownloadLog; retry?: RetryPolicy; maxBytes?: number } = {}): Promise<T> {
  const body = await fetchText(url, opts)
  try {
    return JSON.parse(body) as T
  } catch (error) {
    throw new DownloadError(`${redactUrl(url)} did not answer JSON: ${(error as Error).message}`, { cause: error })
  }
}

export interface Downloaded {
  path: string
  sha256: string
  size: number
}

export interface DownloadOptions {
  url: string
  /** Where the verified file ends up. Its directory is created. */
  dest: string
  /** Expected SHA-256 (hex). Without one, the caller must say why none is needed (`unverified`). */
  sha256?: string
  /** Set only where no checksum can exist; the log says the file is unverified. */
  unverified?: string
  log?: DownloadLog
  retry?: RetryPolicy
}

export async function downloadVerified(opts: DownloadOptions): Promise<Downloaded> {
  const expected = opts.sha256?.trim().toLowerCase()
  if (!expected && !opts.unverified) {
    throw new DownloadError(`no SHA-256 is known for ${redactUrl(opts.url)}; refusing to use an unverified download`)
  }
  if (expected && !/^[0-9a-f]{64}$/.test(expected)) {
    throw new DownloadError(`the expected SHA-256 for ${redactUrl(opts.url)} is not 64 hex digits: "${opts.sha256}"`)
  }
  await mkdir(path.dirname(opts.dest), { recursive: true })
  const partial = `${opts.dest}.${randomUUID()}.partial`
  // a cancel mid-download removes the partial file (the signal handler runs the registry)
  const unregister = registerCleanup(`partial download ${partial}`, () => rm(partial, { force: true }))
  try {
    const got = await withRetries(opts.url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
      const response = await get(opts.url)
      const tap = hashTap()
      try {
        await pipeline(response.message, tap.stream, createWriteStream(partial))
      } catch (error) {
        await rm(partial, { force: true })
        throw new TransientError(`connection lost while downloading (${(error as Error).message})`)
      }
      const got = tap.result()
      const declared = Number(response.message.headers['content-length'])
      if (Number.isFinite(declared) && declared !== got.size) {
        await rm(partial, { force: true })
        throw new TransientError(`truncated body (${got.size} of ${declared} bytes)`)
      }
      return got
    })
    if (expected && got.sha256 !== expected) {
      throw new ChecksumError(
        `checksum mismatch for ${redactUrl(opts.url)}: expected sha256 ${expected}, got ${got.sha256} (${got.size} bytes); the file was deleted and nothing was cached`
      )
    }
    if (!expected) opts.log?.warning(`${redactUrl(opts.url)} was not verified: ${opts.unverified}`)
    await rename(partial, opts.dest)
    return { path: opts.dest, ...got }
  } finally {
    unregister()
    await rm(partial, { force: true })
  }
}
