/**
 * GitHub build-provenance attestations (SLSA v1, via @actions/attest) for every artifact, in one
 * attestation with one subject per file. Needs `id-token: write` and `attestations: write`.
 */
import * as core from '@actions/core'

export interface Subject {
  name: string
  sha256: string
}

/** Outside GitHub Actions attestations are a skip with a notice; undefined when they can be made. */
export function attestSkip(env: Record<string, string | undefined>): string | undefined {
  return env.GITHUB_ACTIONS === 'true' ? undefined : 'not running in GitHub Actions'
}

/** In Actions, the permissions attest needs, checked before any build. */
export function checkAttestPermissions(env: Record<string, string | undefined>, token: string): void {
  if (attestSkip(env)) return
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) throw new Error('attest: the job has no OIDC token: add `permissions: id-token: write` and `attestations: write` to the job')
  if (!token) throw new Error('attest: needs github-token (the default, ${{ github.token }}, works with `permissions: attestations: write`)')
}

export async function attestSubjects(subjects: Subject[], token: string, env: Record<string, string | undefined>): Promise<string> {
  if (!token) throw new Error('attest: needs github-token (the default, ${{ github.token }}, works with `permissions: attestations: write`)')
  const { attestProvenance } = await import('@actions/attest')
  let attestation
  try {
    attestation = await attestProvenance({ subjects: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })), token })
  } catch (error) {
    const message = (error as Error).message
    const hint = /403|Resource not accessible|permission/i.test(message) ? ': the job needs `permissions: attestations: write` (and id-token: write)' : ''
    throw new Error(`attest: the provenance attestation failed${hint} (${message})`, { cause: error })
  }
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const url = attestation.attestationID ? `${server}/${env.GITHUB_REPOSITORY}/attestations/${attestation.attestationID}` : ''
  core.info(`attest: provenance for ${subjects.length} files${attestation.tlogID ? `, Rekor entry ${attestation.tlogID}` : ''}${url ? `: ${url}` : ''}`)
  return url
}
