/**
 * The GitHub REST stand-in driven by the real Octokit, configured as the product configures it
 * (@actions/github's getOctokit with plugin-retry and plugin-throttling), with every request and
 * response held to GitHub's OpenAPI description: after each valid scenario no violation is recorded.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from '../support/github-api/index.js'

const WRITE = 'ghs_write_token'
const READ = 'ghs_read_token'
const TAGS = [
  { name: 'v1.0.0', sha: 'a'.repeat(40) },
  { name: 'v1.1.0', sha: 'b'.repeat(40) }
]
const BIN = Buffer.from('\x7fELF go-xbuild test binary\n'.repeat(400))
const SUMS = Buffer.from(`${sha256(BIN)}  tool_linux_amd64\n`)

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex')
}

interface Limits {
  secondary: number[]
  primary: number[]
}

/** The client as the product builds it; retry waits scaled down so faults cost milliseconds. */
function client(standIn: GitHubStandIn, token = WRITE, limits: Limits = { secondary: [], primary: [] }) {
  return getOctokit(
    token,
    {
      baseUrl: standIn.apiUrl,
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

const started: GitHubStandIn[] = []
async function standIn(extra: Partial<StandInOptions> = {}): Promise<GitHubStandIn> {
  const s = await startGitHubStandIn({ owner: 'acme', repo: 'tool', tokens: { [WRITE]: 'write', [READ]: 'read' }, tags: TAGS, ...extra })
  started.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()))
})

/** A rejected Octokit call's status and body. */
async function failure(p: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await p
  } catch (error) {
    const e = error as { status: number; response?: { data: Record<string, unknown> } }
    return { status: e.status, data: e.response?.data ?? {} }
  }
  throw new Error('expected the call to fail')
}

describe('GitHub REST stand-in, basic release flow', () => {
  it('starts and answers its first validated request quickly', async () => {
    const t0 = performance.now()
    const s = await standIn()
    const repo = await client(s).rest.repos.get({ owner: 'acme', repo: 'tool' })
    const ms = performance.now() - t0
    console.log(`stand-in start + first request (OpenAPI parse + compile included): ${ms.toFixed(0)} ms`)
    expect(repo.data.permissions).toMatchObject({ push: true, pull: true })
    expect(repo.data.full_name).toBe('acme/tool')
    expect(ms).toBeLessThan(2000)
    expect(s.contractViolations).toEqual([])
  })

  it('draft → upload (both ways) → list → verify → publish → by-tag → download', async () => {
    const s = await standIn()
    const gh = client(s)
    const o = { owner: 'acme', repo: 'tool' }

    const notes = await gh.rest.repos.generateReleaseNotes({ ...o, tag_name: 'v1.2.0', previous_tag_name: 'v1.1.0' })
    expect(notes.data.body).toContain(`${s.serverUrl}/acme/tool/compare/v1.1.0...v1.2.0`)

    const draft = await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.2.0', name: 'v1.2.0', body: notes.data.body, draft: true })
    expect(draft.status).toBe(201)
    expect(draft.data).toMatchObject({ draft: true, tag_name: 'v1.2.0', published_at: null, immutable: false })
    expect(draft.data.upload_url).toBe(`${s.uploadUrl}/repos/acme/tool/releases/${draft.data.id}/assets{?name,label}`)
    // github.com-like: uploads have their own origin, so a client that ignores upload_url fails
    expect(new URL(s.uploadUrl).origin).not.toBe(new URL(s.apiUrl).origin)

    // the product's way: the generated method, pointed at upload_url
    const bin = await gh.rest.repos.uploadReleaseAsset({
      ...o,
      release_id: draft.data.id,
      url: draft.data.upload_url,
      name: 'tool_linux_amd64',
      data: BIN as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': BIN.length }
    })
    // plain @octokit/core request on the hypermedia template
    const sums = await gh.request({
      method: 'POST',
      url: draft.data.upload_url,
      name: 'SHA256SUMS',
      label: 'checksums',
      data: SUMS,
      headers: { 'content-type': 'text/plain', 'content-length': SUMS.length }
    })
    expect(bin.status).toBe(201)
    expect(bin.data).toMatchObject({ name: 'tool_linux_amd64', size: BIN.length, state: 'uploaded', digest: `sha256:${sha256(BIN)}` })
    expect(sums.data).toMatchObject({ name: 'SHA256SUMS', label: 'checksums', content_type: 'text/plain' })

    const assets = await gh.rest.repos.listReleaseAssets({ ...o, release_id: draft.data.id })
    expect(assets.data.map((a) => [a.name, a.size, a.digest])).toEqual([
      ['tool_linux_amd64', BIN.length, `sha256:${sha256(BIN)}`],
      ['SHA256SUMS', SUMS.length, `sha256:${sha256(SUMS)}`]
    ])

    // a draft: listed for a write token, hidden from a read token and from the by-tag lookup
    const listed = await gh.paginate(gh.rest.repos.listReleases, { ...o, per_page: 100 })
    expect(listed.map((r) => [r.id, r.draft])).toEqual([[draft.data.id, true]])
    expect(await client(s, READ).paginate(client(s, READ).rest.repos.listReleases, o)).toEqual([])
    expect((await failure(gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.2.0' }))).status).toBe(404)
    // while a draft, downloads work under its untagged name
    expect(bin.data.browser_download_url).toMatch(new RegExp(`^${s.serverUrl}/acme/tool/releases/download/untagged-[0-9a-f]+/tool_linux_amd64$`))

    const published = await gh.rest.repos.updateRelease({ ...o, release_id: draft.data.id, draft: false, make_latest: 'true' })
    expect(published.data).toMatchObject({ draft: false, tag_name: 'v1.2.0', html_url: `${s.serverUrl}/acme/tool/releases/tag/v1.2.0` })
    expect(published.data.published_at).not.toBeNull()
    const byTag = await gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.2.0' })
    expect(byTag.data.id).toBe(draft.data.id)
    expect((await gh.rest.repos.getLatestRelease(o)).data.id).toBe(draft.data.id)
    // publishing created the tag
    expect(s.state.tags.map((t) => t.name)).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0'])
    const ref = await gh.rest.git.getRef({ ...o, ref: 'tags/v1.1.0' })
    expect(ref.data.object.sha).toBe('b'.repeat(40))
    const tags = await gh.rest.repos.listTags(o)
    expect(tags.data.map((t) => t.name)).toEqual(['v1.2.0', 'v1.1.0', 'v1.0.0'])

    // downloads: browser_download_url (what `curl -L` and users fetch) and the API's octet-stream
    for (const a of byTag.data.assets) {
      expect(a.browser_download_url).toBe(`${s.serverUrl}/acme/tool/releases/download/v1.2.0/${a.name}`)
      const web = Buffer.from(await (await fetch(a.browser_download_url)).arrayBuffer())
      const api = await gh.rest.repos.getReleaseAsset({ ...o, asset_id: a.id, headers: { accept: 'application/octet-stream' } })
      const apiBytes = Buffer.from(api.data as unknown as ArrayBuffer)
      expect(`sha256:${sha256(web)}`).toBe(a.digest)
      expect(apiBytes.equals(web)).toBe(true)
    }
    expect(s.state.releases[0]?.assets.map((a) => a.download_count)).toEqual([2, 2])
    expect(s.requests.filter((r) => r.method === 'POST' && r.surface === 'uploads').map((r) => r.status)).toEqual([201, 201])
    expect(s.contractViolations).toEqual([])
  })

  it('answers a request that breaks the contract as GitHub would, and records it', async () => {
    const s = await standIn()
    const gh = client(s)
    const bad = await failure(gh.request('POST /repos/{owner}/{repo}/releases', { owner: 'acme', repo: 'tool', tag_name: 'v2.0.0', draft: 'yes' as unknown as boolean }))
    expect(bad.status).toBe(422)
    expect(String(bad.data.message)).toContain('/draft must be boolean')
    expect(s.state.releases).toEqual([])
    expect(s.contractViolations).toEqual(['POST /repos/{owner}/{repo}/releases: body /draft must be boolean'])
  })
})
