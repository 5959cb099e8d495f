/**
 * Retry rules for GitHub REST calls and the client types, without the client itself: the publisher
 * and the release check need these at start-up, Octokit loads only when a run talks to GitHub
 * (services/github.ts, imported lazily).
 */
import type { getOctokit } from '@actions/github'

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

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
