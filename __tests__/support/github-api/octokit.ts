/**
 * The real Octokit pointed at a stand-in, built as the product builds its client (@actions/github's
 * getOctokit with plugin-retry and plugin-throttling), with the plugins' waits scaled down so that
 * faults cost milliseconds, and the rate-limit callbacks recorded for assertions.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubStandIn } from './index.js'

/** The waits plugin-throttling reported, in seconds, per kind of limit. */
export interface Limits {
  secondary: number[]
  primary: number[]
}

export function standInClient(standIn: GitHubStandIn, token: string, limits: Limits = { secondary: [], primary: [] }) {
  return getOctokit(
    token,
    {
      baseUrl: standIn.apiUrl,
      // 5 ms per second of backoff or Retry-After: the retries happen, the waits almost do not
      retry: { retryAfterBaseValue: 5 },
      throttle: {
        retryAfterBaseValue: 5,
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          limits.primary.push(retryAfter)
          return retryCount < 2
        },
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          limits.secondary.push(retryAfter)
          return retryCount < 2
        }
      }
    },
    retry,
    throttling
  )
}

/** A rejected Octokit call's status and body (throws if the call succeeded). */
export async function failure(p: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await p
  } catch (error) {
    const e = error as { status: number; response?: { data: Record<string, unknown> } }
    return { status: e.status, data: e.response?.data ?? {} }
  }
  throw new Error('expected the call to fail')
}
