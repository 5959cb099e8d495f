/**
 * The GitHub REST adapter: the toolkit's own client (@actions/github's Octokit, with rest and
 * paginate) plus @octokit/plugin-retry and @octokit/plugin-throttling, so retries and rate limits
 * follow GitHub's documented rules instead of hand-written HTTP. The token goes to Octokit and
 * nowhere else: no child process, no log line.
 *
 * Two clients share one token: `rest` for JSON calls, retried by the plugins; `uploads` for asset
 * bodies, with the plugins' retries off, because a body streamed from disk cannot be replayed by
 * them — the publisher retries uploads itself (after looking whether GitHub stored the asset anyway),
 * with the same classification the plugins use (`classifyFailure`).
 */
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClients {
  rest: Octokit
  uploads: Octokit
  /** Milliseconds per second of a server-given wait (1000; smaller in tests). */
  msPerSecond: number
}

/** Longest server-given wait (Retry-After, x-ratelimit-reset) worth sleeping through in a release step. */
export const MAX_WAIT_SECONDS = 600
/** Attempts after the first, for network errors, 5xx and rate limits. */
export const RETRIES = 4

/**
 * Tests shorten every wait (Retry-After, rate-limit resets, backoff) by this factor, so a fault test
 * proves the wait is honoured without sleeping a minute. Read here and nowhere else.
 */
export const WAIT_SCALE_ENV = 'GO_XBUILD_TEST_GITHUB_WAIT_SCALE'

export function waitScale(env: Record<string, string | undefined>): number {
  const raw = env[WAIT_SCALE_ENV]
  const scale = raw === undefined || raw === '' ? 1 : Number(raw)
  return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : 1
}

export interface FailureFacts {
  /** HTTP status; undefined (or Octokit's 500 for a failed fetch) for a network error. */
  status?: number
  headers?: Record<string, string | number | undefined>
  message?: string
}

export type FailureClass =
  | { retry: true; kind: 'network' | 'server' | 'rate-limit' | 'secondary-rate-limit'; waitSeconds: number }
  | { retry: false; kind: 'client' | 'rate-limit-too-long'; waitSeconds?: number }

/**
 * Whether a failed request is worth another try, and after how long: network errors, 5xx and rate
 * limits (secondary: Retry-After, else 60 s as GitHub advises; primary: until x-ratelimit-reset)
 * are; any other 4xx is not (repeating a 404 or a 422 cannot change the answer).
 * `attempt` counts from 0 (the first retry); backoff is (attempt+1)² seconds, like plugin-retry's.
 */
export function classifyFailure(f: FailureFacts, attempt: number, nowMs = Date.now()): FailureClass {
  const header = (name: string): string | undefined => {
    const v = f.headers?.[name]
    return v === undefined ? undefined : String(v)
  }
  const backoff = (attempt + 1) ** 2
  if (f.status === undefined || f.status === 0) return { retry: true, kind: 'network', waitSeconds: backoff }
  if (f.status === 403 || f.status === 429) {
    const retryAfter = Number(header('retry-after'))
    if (/secondary rate/i.test(f.message ?? '') || (header('retry-after') !== undefined && Number.isFinite(retryAfter))) {
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60
      return wait <= MAX_WAIT_SECONDS ? { retry: true, kind: 'secondary-rate-limit', waitSeconds: wait } : { retry: false, kind: 'rate-limit-too-long', waitSeconds: wait }
    }
    if (header('x-ratelimit-remaining') === '0') {
      const reset = Number(header('x-ratelimit-reset'))
      const wait = Number.isFinite(reset) ? Math.max(0, Math.ceil((reset * 1000 - nowMs) / 1000) + 1) : 60
      return wait <= MAX_WAIT_SECONDS ? { retry: true, kind: 'rate-limit', waitSeconds: wait } : { retry: false, kind: 'rate-limit-too-long', waitSeconds: wait }
    }
    if (f.status === 429) return { retry: true, kind: 'rate-limit', waitSeconds: backoff }
    return { retry: false, kind: 'client' }
  }
  if (f.status >= 500) return { retry: true, kind: 'server', waitSeconds: backoff }
  return { retry: false, kind: 'client' }
}

/** The facts of an Octokit RequestError (or a bare network error) for classifyFailure. */
export function failureFacts(error: unknown): FailureFacts {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string | number | undefined> } }
  return { status: typeof e.status === 'number' ? e.status : undefined, headers: e.response?.headers, message: e.message }
}

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or a GHES https://HOST/api/v3. */
  apiUrl: string
  env: Record<string, string | undefined>
}

export function openGitHub(opts: ClientOptions): GitHubClients {
  const scale = waitScale(opts.env)
  const msPerSecond = 1000 * scale
  // Octokit's own log lines go to the debug log; they never carry the authorization header
  const log = { debug: (m: string) => core.debug(m), info: (m: string) => core.debug(m), warn: (m: string) => core.warning(m), error: (m: string) => core.debug(m) }
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= RETRIES || retryAfter > MAX_WAIT_SECONDS) return false
      core.info(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: retrying in ${retryAfter} s`)
      return true
    }
  const rest = getOctokit(
    opts.token,
    {
      baseUrl: opts.apiUrl,
      log,
      retry: { retries: RETRIES, retryAfterBaseValue: msPerSecond },
      throttle: {
        retryAfterBaseValue: msPerSecond,
        onRateLimit: limitHandler('rate limit'),
        onSecondaryRateLimit: limitHandler('secondary rate limit')
      }
    },
    retry,
    throttling
  )
  const uploads = getOctokit(opts.token, { baseUrl: opts.apiUrl, log })
  return { rest, uploads, msPerSecond }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
