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
  requireToken(token)
}

function requireToken(token: string): void {
  if (!token) throw new Error('attest: needs github-token (the default, ${{ github.token }}, works with `permissions: attestations: write`)')
}

/** One attestation through @actions/attest; a failure names `what` and, for a refusal, the permission. */
async function attestOrExplain<T>(what: string, make: () => Promise<T>): Promise<T> {
  try {
    return await make()
  } catch (error) {
    const message = (error as Error).message
    const hint = /403|Resource not accessible|permission/i.test(message) ? ': the job needs `permissions: attestations: write` (and id-token: write)' : ''
    throw new Error(`attest: ${what} failed${hint} (${message})`, { cause: error })
  }
}

/** The attestation's page on GitHub, or '' when GitHub gave no id. */
function attestationUrl(env: Record<string, string | undefined>, id: string | undefined): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return id ? `${server}/${env.GITHUB_REPOSITORY}/attestations/${id}` : ''
}

const digestOf = (s: Subject): { name: string; digest: { sha256: string } } => ({ name: s.name, digest: { sha256: s.sha256 } })

export async function attestSubjects(subjects: Subject[], token: string, env: Record<string, string | undefined>): Promise<string> {
  requireToken(token)
  const { attestProvenance } = await import('@actions/attest')
  const attestation = await attestOrExplain('the provenance attestation', () => attestProvenance({ subjects: subjects.map(digestOf), token }))
  const url = attestationUrl(env, attestation.attestationID)
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
  requireToken(token)
  const big = sboms.filter((s) => Buffer.byteLength(s.text) > MAX_SBOM_PREDICATE_BYTES)
  if (big.length) {
    throw new Error(`attest: GitHub accepts SBOM attestations up to 16 MiB; too large: ${big.map((s) => `${s.file} (${Buffer.byteLength(s.text)} bytes)`).join(', ')}; set attest: false or sbom: none for this release`)
  }
  const { attest } = await import('@actions/attest')
  const urls: string[] = []
  for (const s of sboms) {
    const attestation = await attestOrExplain(`the SBOM attestation of ${s.subject.name} (${s.file})`, () =>
      attest({ subjects: [digestOf(s.subject)], predicateType: SBOM_PREDICATE_TYPE[s.format], predicate: JSON.parse(s.text) as object, token })
    )
    urls.push(attestationUrl(env, attestation.attestationID))
  }
  core.info(`attest: ${sboms.length} SBOM attestation(s) (${[...new Set(sboms.map((s) => s.format))].join(', ')})`)
  return urls
}
