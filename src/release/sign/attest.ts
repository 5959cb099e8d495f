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

/** The predicate types GitHub's attestations recognise for SBOMs (as actions/attest-sbom writes them). */
export const SBOM_PREDICATE_TYPE = { spdx: 'https://spdx.dev/Document/v2.3', cyclonedx: 'https://cyclonedx.org/bom' } as const
/** GitHub refuses SBOM predicates above 16 MiB. */
export const MAX_SBOM_PREDICATE_BYTES = 16 * 1024 * 1024

export interface SbomAttestation {
  /** The binary the SBOM describes: the attestation's one subject. */
  subject: Subject
  format: keyof typeof SBOM_PREDICATE_TYPE
  /** The SBOM document's file name (for messages) and its JSON text. */
  file: string
  text: string
}

/** One attestation per SBOM document, its binary the subject; returns each attestation's URL (or ''). */
export async function attestSboms(sboms: SbomAttestation[], token: string, env: Record<string, string | undefined>): Promise<string[]> {
  if (!token) throw new Error('attest: needs github-token (the default, ${{ github.token }}, works with `permissions: attestations: write`)')
  const big = sboms.filter((s) => Buffer.byteLength(s.text) > MAX_SBOM_PREDICATE_BYTES)
  if (big.length) {
    throw new Error(`attest: GitHub accepts SBOM attestations up to 16 MiB; too large: ${big.map((s) => `${s.file} (${Buffer.byteLength(s.text)} bytes)`).join(', ')}; set attest: false or sbom: none for this release`)
  }
  const { attest } = await import('@actions/attest')
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const urls: string[] = []
  for (const s of sboms) {
    let attestation
    try {
      attestation = await attest({
        subjects: [{ name: s.subject.name, digest: { sha256: s.subject.sha256 } }],
        predicateType: SBOM_PREDICATE_TYPE[s.format],
        predicate: JSON.parse(s.text) as object,
        token
      })
    } catch (error) {
      const message = (error as Error).message
      const hint = /403|Resource not accessible|permission/i.test(message) ? ': the job needs `permissions: attestations: write` (and id-token: write)' : ''
      throw new Error(`attest: the SBOM attestation of ${s.subject.name} (${s.file}) failed${hint} (${message})`, { cause: error })
    }
    const url = attestation.attestationID ? `${server}/${env.GITHUB_REPOSITORY}/attestations/${attestation.attestationID}` : ''
    urls.push(url)
  }
  core.info(`attest: ${sboms.length} SBOM attestation(s) (${[...new Set(sboms.map((s) => s.format))].join(', ')})`)
  return urls
}
