/** Whether GitHub's results service (artifacts, caches v2) can be reached from this run. */
export type ServiceAvailability = { available: true } | { available: false; inActions: boolean; reason: string }

/** Mirrors the toolkit's own checks, so the action can say why before a client throws. */
export function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase()
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

export function artifactService(env: Record<string, string | undefined>): ServiceAvailability {
  const inActions = env.GITHUB_ACTIONS === 'true' || Boolean(env.ACTIONS_RUNTIME_TOKEN)
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return { available: false, inActions, reason: inActions ? 'ACTIONS_RUNTIME_TOKEN is not set' : 'not running in GitHub Actions' }
  }
  if (isGhes(env.GITHUB_SERVER_URL)) {
    return { available: false, inActions, reason: `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for @actions/artifact v2+` }
  }
  if (!env.ACTIONS_RESULTS_URL) return { available: false, inActions, reason: 'ACTIONS_RESULTS_URL is not set (a runner older than 2.308?)' }
  return { available: true }
}

export function artifactUrl(env: Record<string, string | undefined>, id: number): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : ''
}
