/**
 * The GitHub Release, driven through Octokit: find the tag's release by listing (the by-tag lookup
 * never returns drafts), create a draft, upload and verify assets, publish with one update. Every
 * step is safe to repeat: "same name, same SHA-256" means "already done".
 */
import * as core from '@actions/core'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { classifyFailure, failureFacts, RETRIES, sleep, type GitHubClients, type Octokit } from '../services/github-retry.js'

export type Release = Awaited<ReturnType<Octokit['rest']['repos']['getRelease']>>['data']
export type Asset = Awaited<ReturnType<Octokit['rest']['repos']['getReleaseAsset']>>['data']

export interface Repo {
  owner: string
  repo: string
}

/** A file to publish: its asset name, where it is, and what it must be. */
export interface LocalAsset {
  name: string
  path: string
  size: number
  sha256: string
  /** The content type to upload with, when the name does not tell (the checksum file under a custom name). */
  contentType?: string
}

/** How many uploads run at once: a few, as GitHub asks of writes, and enough to overlap latency. */
export const UPLOAD_CONCURRENCY = 3

export class ReleaseError extends Error {}

export async function listReleases(gh: GitHubClients, r: Repo): Promise<Release[]> {
  return gh.rest.paginate(gh.rest.rest.repos.listReleases, { ...r, per_page: 100 })
}

export async function listAssets(gh: GitHubClients, r: Repo, releaseId: number): Promise<Asset[]> {
  return gh.rest.paginate(gh.rest.rest.repos.listReleaseAssets, { ...r, release_id: releaseId, per_page: 100 })
}

/** The asset's SHA-256: GitHub's `digest` when it reports one (github.com does), else the downloaded bytes hashed. */
export async function remoteSha256(gh: GitHubClients, r: Repo, asset: Asset): Promise<string> {
  const digest = (asset as { digest?: string | null }).digest
  if (digest?.startsWith('sha256:')) return digest.slice('sha256:'.length)
  const res = await gh.rest.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...r,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false }
  })
  const hash = createHash('sha256')
  const body = res.data as unknown as ReadableStream<Uint8Array> | ArrayBuffer
  if (body instanceof ArrayBuffer) hash.update(Buffer.from(body))
  else for await (const chunk of Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Whether an asset on GitHub is exactly the local file: uploaded completely, same size, same SHA-256. */
export async function sameAsset(gh: GitHubClients, r: Repo, asset: Asset, local: LocalAsset): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== local.size) return false
  return (await remoteSha256(gh, r, asset)) === local.sha256
}

export function contentType(name: string): string {
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return 'application/gzip'
  if (name.endsWith('.zip')) return 'application/zip'
  // the media types the SPDX 2.3 and CycloneDX 1.6 specifications register for their JSON
  if (name.endsWith('.spdx.json')) return 'application/spdx+json'
  if (name.endsWith('.cdx.json')) return 'application/vnd.cyclonedx+json'
  if (name.endsWith('.json')) return 'application/json'
  if (/^SHA256SUMS$|\.(asc|txt|pub)$/.test(name)) return 'text/plain'
  return 'application/octet-stream'
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e))

async function postAsset(gh: GitHubClients, release: Release, name: string, local: LocalAsset): Promise<Asset> {
  const res = await gh.uploads.request({
    method: 'POST',
    url: release.upload_url,
    name,
    // streamed from disk with its length: a 2 GiB file never sits in memory
    data: createReadStream(local.path) as unknown as string,
    headers: { 'content-type': local.contentType ?? contentType(local.name), 'content-length': local.size }
  })
  return res.data as Asset
}

/**
 * Uploads one file as `name` and returns the stored asset. After a failed upload it looks before
 * retrying, because GitHub can store an asset although the upload answered an error: a complete
 * asset with the right SHA-256 counts as uploaded; an incomplete one (state `starter`/`open`) or a
 * damaged one is deleted and the upload repeated. Network errors, 5xx and rate limits are retried
 * (after Retry-After / the reset when given); other 4xx fail at once.
 */
export async function uploadAsset(gh: GitHubClients, r: Repo, release: Release, local: LocalAsset, name = local.name): Promise<Asset> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postAsset(gh, release, name, local)
    } catch (error) {
      const facts = failureFacts(error)
      const verdict = classifyFailure(facts, attempt)
      const stored = (await listAssets(gh, r, release.id)).find((a) => a.name === name)
      if (stored) {
        if (await sameAsset(gh, r, stored, { ...local, name })) {
          core.info(`${name}: the upload answered "${errorText(error)}", but GitHub stored it complete with the right SHA-256; counted as uploaded`)
          return stored
        }
        core.info(`${name}: the upload answered "${errorText(error)}" and left an incomplete asset (state ${stored.state}, ${stored.size} of ${local.size} bytes); deleting it and uploading again`)
        await deleteAsset(gh, r, stored.id)
      }
      // a 422 already_exists for an asset we just cleared is worth one more try; other 4xx are final
      const retryable = verdict.retry || (facts.status === 422 && Boolean(stored))
      if (!retryable || attempt >= RETRIES) {
        throw new ReleaseError(`release: uploading ${name} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${errorText(error)}${describeStatus(facts.status)}`, { cause: error })
      }
      const wait = verdict.retry ? verdict.waitSeconds : 1
      core.info(`${name}: upload failed (${verdict.kind}: ${errorText(error)}); retrying in ${wait} s`)
      await sleep(wait * gh.msPerSecond)
    }
  }
}

/** Deletes an asset; one already gone (a retried DELETE that had succeeded) counts as deleted. */
export async function deleteAsset(gh: GitHubClients, r: Repo, assetId: number): Promise<void> {
  try {
    await gh.rest.rest.repos.deleteReleaseAsset({ ...r, asset_id: assetId })
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e
  }
}

/**
 * Creates the tag's draft. Not retried blindly: a create that answered an error may have created
 * the draft anyway, and a second one would split the assets — so after a failure the releases are
 * listed again, and a draft for the tag found there is the one (the oldest, as for racing runs).
 */
export async function createDraft(gh: GitHubClients, r: Repo, params: { tag_name: string; name: string; body: string; prerelease: boolean; target_commitish?: string }): Promise<Release> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await gh.rest.rest.repos.createRelease({ ...r, ...params, draft: true, request: { retries: 0 } })
      return res.data
    } catch (error) {
      const facts = failureFacts(error)
      const verdict = classifyFailure(facts, attempt)
      const found = (await listReleases(gh, r)).filter((x) => x.tag_name === params.tag_name && x.draft).sort((a, b) => a.id - b.id)[0]
      if (found) {
        core.info(`Creating the draft for ${params.tag_name} answered "${errorText(error)}", but draft ${found.id} exists now: using it`)
        return found
      }
      if (!verdict.retry || attempt >= RETRIES) {
        throw new ReleaseError(`release: creating the draft release for ${params.tag_name} failed: ${errorText(error)}${describeStatus(facts.status)}`, { cause: error })
      }
      core.info(`Creating the draft for ${params.tag_name} failed (${verdict.kind}: ${errorText(error)}); retrying in ${verdict.waitSeconds} s`)
      await sleep(verdict.waitSeconds * gh.msPerSecond)
    }
  }
}

/** The fix for a status the user can act on. */
export function describeStatus(status: number | undefined): string {
  if (status === 401) return '; github-token was not accepted (expired or wrong?)'
  if (status === 403) return '; the token needs `contents: write` (permissions: contents: write in the workflow, or a token with that scope)'
  if (status === 404) return '; the repository or release is not visible to github-token'
  return ''
}

/** Runs `work` over `items`, `limit` at a time; the first failure is rethrown after the others settle. */
export async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const errors: unknown[] = []
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (e) {
        errors.push(e)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (errors.length) throw errors[0]
}

/**
 * Replaces an asset with no moment in which a download finds nothing under a name: the new bytes
 * go up under a temporary name, the old asset is deleted, the new one renamed.
 */
export async function replaceAsset(gh: GitHubClients, r: Repo, release: Release, old: Asset, local: LocalAsset): Promise<Asset> {
  const temporary = `${local.name}.replacing-${randomBytes(4).toString('hex')}`
  const fresh = await uploadAsset(gh, r, release, local, temporary)
  await deleteAsset(gh, r, old.id)
  const renamed = await gh.rest.rest.repos.updateReleaseAsset({ ...r, asset_id: fresh.id, name: local.name })
  core.info(`${local.name}: replaced (asset ${old.id} → ${renamed.data.id})`)
  return renamed.data as Asset
}

export interface Reconciled {
  /** Assets already on the release with the same bytes: kept. */
  kept: Asset[]
  /** Not there yet (or incomplete, deleted): to upload. */
  missing: LocalAsset[]
  /** There with other bytes. */
  different: Array<{ local: LocalAsset; remote: Asset }>
  /** Incomplete assets (a failed upload's leftovers) to delete before uploading. */
  incomplete: Asset[]
  /** On the release but not planned (left alone). */
  extra: Asset[]
}

/** Compares the release's assets with the planned files, by name, size and SHA-256. */
export async function reconcile(gh: GitHubClients, r: Repo, remote: Asset[], locals: LocalAsset[]): Promise<Reconciled> {
  const out: Reconciled = { kept: [], missing: [], different: [], incomplete: [], extra: [] }
  const byName = new Map(remote.map((a) => [a.name, a]))
  for (const local of locals) {
    const a = byName.get(local.name)
    if (!a) out.missing.push(local)
    else if (a.state !== 'uploaded') {
      out.incomplete.push(a)
      out.missing.push(local)
    } else if (await sameAsset(gh, r, a, local)) out.kept.push(a)
    else out.different.push({ local, remote: a })
  }
  const planned = new Set(locals.map((l) => l.name))
  out.extra = remote.filter((a) => !planned.has(a.name))
  return out
}

/**
 * Signatures are not reproducible (ECDSA nonces, gpg timestamps, new transparency-log entries), so
 * a re-run of the same commit makes new signature bytes for the same files. A published signature
 * of a file that is kept byte for byte signs exactly what is published: it is kept too, and the
 * local entry takes its size and SHA-256 (what is verified and reported is what is published).
 * Not when a public key differs: then the old signatures would not verify with the new key.
 */
export async function keepPublishedSignatures(gh: GitHubClients, r: Repo, rec: Reconciled, locals: LocalAsset[], isSignature: (name: string) => boolean): Promise<Reconciled> {
  if (rec.different.some((d) => d.local.name.endsWith('.pub'))) return rec
  const keptNames = new Set(rec.kept.map((a) => a.name))
  const names = locals.map((l) => l.name)
  const still: Reconciled['different'] = []
  for (const d of rec.different) {
    const subject = names.filter((n) => n !== d.local.name && d.local.name.startsWith(`${n}.`)).sort((a, b) => b.length - a.length)[0]
    if (isSignature(d.local.name) && subject && keptNames.has(subject)) {
      const sha256 = await remoteSha256(gh, r, d.remote)
      Object.assign(d.local, { size: d.remote.size, sha256 })
      rec.kept.push(d.remote)
      core.info(`${d.local.name}: kept the published signature (signatures are not reproducible; it signs the same ${subject})`)
    } else still.push(d)
  }
  return { ...rec, different: still }
}

/**
 * Every planned asset is on the release, complete, with its size and SHA-256; the problems
 * otherwise (the release is then left unpublished).
 */
export async function verifyAssets(gh: GitHubClients, r: Repo, releaseId: number, locals: LocalAsset[]): Promise<{ assets: Asset[]; problems: string[] }> {
  const remote = await listAssets(gh, r, releaseId)
  const byName = new Map(remote.map((a) => [a.name, a]))
  const problems: string[] = []
  const assets: Asset[] = []
  for (const local of locals) {
    const a = byName.get(local.name)
    if (!a) problems.push(`${local.name}: missing`)
    else if (a.state !== 'uploaded') problems.push(`${local.name}: state ${a.state}`)
    else if (a.size !== local.size) problems.push(`${local.name}: ${a.size} bytes, expected ${local.size}`)
    else {
      const sha = await remoteSha256(gh, r, a)
      if (sha !== local.sha256) problems.push(`${local.name}: sha256 ${sha}, expected ${local.sha256}`)
      else assets.push(a)
    }
  }
  return { assets, problems }
}
