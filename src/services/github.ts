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

import { MAX_WAIT_SECONDS, RETRIES, waitScale, type GitHubClients } from './github-retry.js'

export * from './github-retry.js'

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

