/**
 * The GitHub REST stand-in driven by the real Octokit, configured as the product configures it
 * (@actions/github's getOctokit with plugin-retry and plugin-throttling), with every request and
 * response held to GitHub's OpenAPI description: after each valid scenario no violation is recorded.
 */
import { Ajv } from 'ajv'
import { createHash } from 'node:crypto'
import { createReadStream, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from '../support/github-api/index.js'
import { failure, standInClient, type Limits } from '../support/github-api/octokit.js'
import { toJsonSchema } from '../support/github-api/to-json-schema.js'
import { tempDir } from '../support/workspace.js'

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

/** The client as the product builds it. */
function client(s: GitHubStandIn, token = WRITE, limits?: Limits) {
  return standInClient(s, token, limits)
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

describe('GitHub REST stand-in, basic release flow', () => {
  it('starts and answers its first validated request quickly', async () => {
    const t0 = performance.now()
    const s = await standIn()
    const repo = await client(s).rest.repos.get({ owner: 'acme', repo: 'tool' })
    const ms = performance.now() - t0
    console.log(`stand-in start + first request (OpenAPI parse + compile included): ${ms.toFixed(0)} ms`)
    expect(repo.data.permissions).toMatchObject({ push: true, pull: true })
    expect(repo.data.full_name).toBe('acme/tool')
    // the aim is well under 2 s; the bound leaves room for a machine shared with other test runs
    expect(ms).toBeLessThan(5000)
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

    // the product's way: the generated method, pointed at upload_url. A Buffer goes without an explicit
    // Content-Length (fetch computes it; @actions/github's undici fetch refuses a second one with
    // "invalid content-length header"); a stream goes with one, below
    const bin = await gh.rest.repos.uploadReleaseAsset({
      ...o,
      release_id: draft.data.id,
      url: draft.data.upload_url,
      name: 'tool_linux_amd64',
      data: BIN as unknown as string,
      headers: { 'content-type': 'application/octet-stream' }
    })
    // plain @octokit/core request on the hypermedia template
    const sums = await gh.request({
      method: 'POST',
      url: draft.data.upload_url,
      name: 'SHA256SUMS',
      label: 'checksums',
      data: SUMS,
      headers: { 'content-type': 'text/plain' }
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
    // while a draft, its files are under an untagged name, for a write token only
    expect(bin.data.browser_download_url).toMatch(new RegExp(`^${s.serverUrl}/acme/tool/releases/download/untagged-[0-9a-f]+/tool_linux_amd64$`))
    expect((await fetch(bin.data.browser_download_url)).status).toBe(404)
    expect((await fetch(bin.data.browser_download_url, { headers: { authorization: `token ${READ}` } })).status).toBe(404)
    const draftBytes = await fetch(bin.data.browser_download_url, { headers: { authorization: `token ${WRITE}` } })
    expect(Buffer.from(await draftBytes.arrayBuffer()).equals(BIN)).toBe(true)

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
    expect(s.state.releases[0]?.assets.map((a) => a.download_count)).toEqual([3, 2])
    expect(s.requests.filter((r) => r.method === 'POST' && r.surface === 'uploads').map((r) => r.status)).toEqual([201, 201])
    expect(s.contractViolations).toEqual([])
  })

  it('takes an upload streamed from disk with its length, as the product sends it', async () => {
    const s = await standIn()
    const gh = client(s)
    const file = path.join(tempDir('standin'), 'tool_linux_amd64.tar.gz')
    const bytes = Buffer.alloc(5 * 1024 * 1024 + 3, 'go-xbuild ')
    writeFileSync(file, bytes)
    const r = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'tool', tag_name: 'v1.2.0', draft: true })
    const a = await gh.rest.repos.uploadReleaseAsset({
      owner: 'acme',
      repo: 'tool',
      release_id: r.data.id,
      url: r.data.upload_url,
      name: path.basename(file),
      data: createReadStream(file) as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length }
    })
    expect(a.data).toMatchObject({ size: bytes.length, digest: `sha256:${sha256(bytes)}`, content_type: 'application/gzip' })
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

describe('GitHub REST stand-in, releases and assets like GitHub', () => {
  const o = { owner: 'acme', repo: 'tool' }

  it('pages releases (35 over per_page 30) and assets with Link headers', async () => {
    const s = await standIn()
    for (let i = 0; i < 35; i++) s.seedRelease({ tag_name: `v0.${i}.0`, draft: i === 34 })
    const gh = client(s)
    const all = await gh.paginate(gh.rest.repos.listReleases, { ...o, per_page: 30 })
    expect(all).toHaveLength(35)
    // newest first, like GitHub
    expect(all[0]?.tag_name).toBe('v0.34.0')
    expect(all.at(-1)?.tag_name).toBe('v0.0.0')
    const pages = s.requests.filter((r) => r.operationId === 'repos/list-releases')
    expect(pages.map((r) => r.query)).toEqual(['per_page=30', 'per_page=30&page=2'])
    const first = await gh.rest.repos.listReleases({ ...o, per_page: 30 })
    expect(first.headers.link).toBe(
      `<${s.apiUrl}/repos/acme/tool/releases?per_page=30&page=2>; rel="next", <${s.apiUrl}/repos/acme/tool/releases?per_page=30&page=2>; rel="last"`
    )
    // a read token never sees the draft
    const readGh = client(s, READ)
    expect(await readGh.paginate(readGh.rest.repos.listReleases, { ...o, per_page: 30 })).toHaveLength(34)

    const target = s.state.releases[0]!
    for (const n of ['a', 'b', 'c']) s.seedAsset(target.id, n, Buffer.from(n))
    const assets = await gh.paginate(gh.rest.repos.listReleaseAssets, { ...o, release_id: target.id, per_page: 2 })
    expect(assets.map((a) => a.name)).toEqual(['a', 'b', 'c'])
    expect(s.contractViolations).toEqual([])
  })

  it('refuses a second published release for a tag but lets drafts pile up', async () => {
    const s = await standIn()
    const gh = client(s)
    await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.1.0' })
    const again = await failure(gh.rest.repos.createRelease({ ...o, tag_name: 'v1.1.0' }))
    expect(again.status).toBe(422)
    expect(again.data.errors).toEqual([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }])
    const d1 = await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })
    const d2 = await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })
    expect(d1.data.id).not.toBe(d2.data.id)
    // drafts for one tag have different untagged names, so their downloads do not collide
    expect(d1.data.html_url).not.toBe(d2.data.html_url)
    await gh.rest.repos.updateRelease({ ...o, release_id: d1.data.id, draft: false })
    const second = await failure(gh.rest.repos.updateRelease({ ...o, release_id: d2.data.id, draft: false }))
    expect(second.status).toBe(422)
    expect(second.data.errors).toEqual([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }])
    // one create per call: the refused ones stored nothing
    expect(s.state.releases.map((r) => [r.tag_name, r.draft])).toEqual([
      ['v1.1.0', false],
      ['v2.0.0', false],
      ['v2.0.0', true]
    ])
    expect(s.contractViolations).toEqual([])
  })

  it('renames like GitHub on upload, renames on PATCH, refuses duplicate names, deletes', async () => {
    const s = await standIn()
    const gh = client(s)
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v3.0.0', draft: true })
    const up = (name: string, data: Buffer) =>
      gh.rest.repos.uploadReleaseAsset({ ...o, release_id: r.data.id, url: r.data.upload_url, name, data: data as unknown as string, headers: { 'content-type': 'application/octet-stream' } })
    expect((await up('my tool~1.0 (beta).tar.gz', BIN)).data.name).toBe('my.tool.1.0.beta.tar.gz')
    expect((await up('.env', BIN)).data.name).toBe('default.env')
    const dup = await failure(up('my.tool.1.0.beta.tar.gz', BIN))
    expect(dup.status).toBe(422)
    expect(dup.data.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])

    const [first, second] = s.state.releases[0]!.assets
    const renamed = await gh.rest.repos.updateReleaseAsset({ ...o, asset_id: second!.id, name: 'tool.env' })
    expect(renamed.data).toMatchObject({ id: second!.id, name: 'tool.env', digest: `sha256:${sha256(BIN)}` })
    expect((await failure(gh.rest.repos.updateReleaseAsset({ ...o, asset_id: second!.id, name: first!.name }))).status).toBe(422)
    expect((await gh.rest.repos.deleteReleaseAsset({ ...o, asset_id: first!.id })).status).toBe(204)
    expect((await failure(gh.rest.repos.getReleaseAsset({ ...o, asset_id: first!.id }))).status).toBe(404)
    expect((await gh.rest.repos.listReleaseAssets({ ...o, release_id: r.data.id })).data.map((a) => a.name)).toEqual(['tool.env'])
    expect((await gh.rest.repos.deleteRelease({ ...o, release_id: r.data.id })).status).toBe(204)
    expect(s.state.releases).toEqual([])
    expect(s.contractViolations).toEqual([])
  })

  it('keeps a published immutable release as it is: no uploads, no asset changes, tag never reused', async () => {
    const s = await standIn({ immutableReleases: true })
    const gh = client(s)
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.2.0', draft: true })
    expect(r.data.immutable).toBe(false)
    const a = await gh.rest.repos.uploadReleaseAsset({ ...o, release_id: r.data.id, url: r.data.upload_url, name: 'tool', data: BIN as unknown as string, headers: { 'content-type': 'application/octet-stream' } })
    // a draft is still open to changes
    await gh.rest.repos.updateReleaseAsset({ ...o, asset_id: a.data.id, label: 'the binary' })
    const pub = await gh.rest.repos.updateRelease({ ...o, release_id: r.data.id, draft: false })
    expect(pub.data.immutable).toBe(true)

    const late = await failure(
      gh.rest.repos.uploadReleaseAsset({ ...o, release_id: r.data.id, url: r.data.upload_url, name: 'late', data: BIN as unknown as string, headers: { 'content-type': 'application/octet-stream' } })
    )
    expect(late).toMatchObject({ status: 422, data: { message: 'Cannot upload assets to an immutable release.' } })
    expect((await failure(gh.rest.repos.updateReleaseAsset({ ...o, asset_id: a.data.id, name: 'other' }))).status).toBe(422)
    expect((await failure(gh.rest.repos.deleteReleaseAsset({ ...o, asset_id: a.data.id }))).status).toBe(422)
    expect((await failure(gh.rest.repos.updateRelease({ ...o, release_id: r.data.id, draft: true }))).status).toBe(422)
    // title and notes stay editable
    expect((await gh.rest.repos.updateRelease({ ...o, release_id: r.data.id, body: 'notes, edited' })).data.body).toBe('notes, edited')
    expect(s.state.releases[0]?.assets.map((x) => x.name)).toEqual(['tool'])

    await gh.rest.repos.deleteRelease({ ...o, release_id: r.data.id })
    const reuse = await failure(gh.rest.repos.createRelease({ ...o, tag_name: 'v1.2.0' }))
    expect(reuse.status).toBe(422)
    expect(reuse.data.errors).toEqual([{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }])
    expect(s.contractViolations).toEqual([])
  })

  it('tells tokens apart: unknown 401, read-only 403 on writes, another repository 404', async () => {
    const s = await standIn()
    expect((await failure(client(s, 'nope').rest.repos.get(o))).status).toBe(401)
    const readGh = client(s, READ)
    expect((await readGh.rest.repos.get(o)).data.permissions).toMatchObject({ push: false, pull: true })
    const denied = await failure(readGh.rest.repos.createRelease({ ...o, tag_name: 'v9.0.0', draft: true }))
    expect(denied).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } })
    expect((await failure(client(s).rest.repos.listReleases({ owner: 'acme', repo: 'other' }))).status).toBe(404)
    expect((await failure(client(s).rest.git.getRef({ ...o, ref: 'tags/v9.9.9' }))).status).toBe(404)
    expect(s.state.releases).toEqual([])
    expect(s.contractViolations).toEqual([])
  })

  it('reports digest null where GitHub does not hash (older GHES), so clients must download and hash', async () => {
    const s = await standIn({ reportDigest: false })
    const r = s.seedRelease({ tag_name: 'v1.1.0' })
    s.seedAsset(r.id, 'tool', BIN)
    const gh = client(s)
    const [a] = (await gh.rest.repos.listReleaseAssets({ ...o, release_id: r.id })).data
    expect(a).toMatchObject({ name: 'tool', size: BIN.length, digest: null, state: 'uploaded' })
    expect(sha256(Buffer.from(await (await fetch(a!.browser_download_url)).arrayBuffer()))).toBe(sha256(BIN))
    expect(s.contractViolations).toEqual([])
  })

  it('records every kind of contract breach: no such operation, bad path, bad query, not JSON, no length', async () => {
    const s = await standIn()
    const auth = { authorization: `token ${WRITE}` }
    const noOp = await fetch(`${s.apiUrl}/repos/acme/tool/releasez`, { headers: auth })
    const badPath = await fetch(`${s.apiUrl}/repos/acme/tool/releases/abc`, { headers: auth })
    const badQuery = await fetch(`${s.apiUrl}/repos/acme/tool/releases?per_page=lots`, { headers: auth })
    const notJson = await fetch(`${s.apiUrl}/repos/acme/tool/releases`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"tag_name":' })
    const r = s.seedRelease({ tag_name: 'v1.1.0', draft: true })
    const chunked = await fetch(`${s.uploadUrl}/repos/acme/tool/releases/${r.id}/assets?name=x`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: new Blob([BIN]).stream(),
      duplex: 'half'
    } as RequestInit)
    const uploadOnApi = await fetch(`${s.apiUrl}/repos/acme/tool/releases/${r.id}/assets?name=x`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: BIN })
    expect([noOp.status, badPath.status, badQuery.status, notJson.status, chunked.status, uploadOnApi.status]).toEqual([404, 404, 422, 400, 422, 404])
    expect(r.assets).toEqual([])
    expect(s.contractViolations).toEqual([
      'GET /repos/acme/tool/releasez: no such operation on the api host in api.github.com',
      'GET /repos/{owner}/{repo}/releases/{release_id}: path /release_id must be integer',
      'GET /repos/{owner}/{repo}/releases: query /per_page must be integer',
      'POST /repos/{owner}/{repo}/releases: the body is not JSON',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets: the upload has no Content-Length (GitHub needs the length up front)',
      `POST /repos/acme/tool/releases/${r.id}/assets: no such operation on the api host in api.github.com`
    ])
  })
})

describe('GitHub REST stand-in, fault switches', () => {
  const o = { owner: 'acme', repo: 'tool' }
  const upload = (gh: ReturnType<typeof client>, uploadUrl: string, name: string, data: Buffer, retries?: number) =>
    gh.rest.repos.uploadReleaseAsset({
      ...o,
      release_id: 0,
      url: uploadUrl,
      name,
      data: data as unknown as string,
      headers: { 'content-type': 'application/octet-stream' },
      ...(retries !== undefined ? { request: { retries } } : {})
    })

  it('serverError: a 5xx burst on matching requests only, survived by plugin-retry; then it turns itself off', async () => {
    const s = await standIn()
    const gh = client(s)
    s.faults.serverError(2, { method: 'GET', path: /\/releases$/ }, { status: 503 })
    await gh.rest.repos.get(o)
    const list = await gh.rest.repos.listReleases(o)
    expect(list.status).toBe(200)
    expect(s.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['repos/get', 200],
      ['repos/list-releases', 503],
      ['repos/list-releases', 503],
      ['repos/list-releases', 200]
    ])
    await gh.rest.repos.listReleases(o)
    expect(s.requests.at(-1)?.status).toBe(200)
    expect(s.contractViolations).toEqual([])
  })

  it('serverError with reset: the connection drops without an answer, and the retry gets through', async () => {
    const s = await standIn()
    const gh = client(s)
    s.faults.serverError(1, { path: /\/releases\/tags\// }, { reset: true })
    s.seedRelease({ tag_name: 'v1.1.0' })
    const got = await gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.1.0' })
    expect(got.data.tag_name).toBe('v1.1.0')
    expect(s.requests.map((r) => r.status)).toEqual([0, 200])
    expect(s.contractViolations).toEqual([])
  })

  it('secondaryRateLimit: 403 with Retry-After, seen by plugin-throttling as a secondary limit', async () => {
    const s = await standIn()
    const limits: Limits = { secondary: [], primary: [] }
    const gh = client(s, WRITE, limits)
    s.faults.secondaryRateLimit(2, 7, { method: 'POST' })
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })
    expect(r.status).toBe(201)
    expect(limits).toEqual({ secondary: [7, 7], primary: [] })
    expect(s.requests.map((x) => x.status)).toEqual([403, 403, 201])
    expect(s.state.releases).toHaveLength(1)
    expect(s.contractViolations).toEqual([])
  })

  it('primaryRateLimit: x-ratelimit-remaining 0 with the reset time, seen by plugin-throttling as a primary limit', async () => {
    const s = await standIn()
    const limits: Limits = { secondary: [], primary: [] }
    const gh = client(s, WRITE, limits)
    s.faults.primaryRateLimit(1, 3)
    expect((await gh.rest.repos.listReleases(o)).status).toBe(200)
    expect(limits.secondary).toEqual([])
    // reset in 3 s, plus the second the plugin adds to retry after it (rounding may move it by one)
    expect(limits.primary).toHaveLength(1)
    expect(limits.primary[0]).toBeGreaterThanOrEqual(3)
    expect(limits.primary[0]).toBeLessThanOrEqual(4)
    expect(s.requests.map((x) => x.status)).toEqual([403, 200])

    // the 429 form GitHub also uses (plugin-retry retries that one itself): its headers, seen raw
    s.faults.primaryRateLimit(1, 60, { method: 'GET', path: /\/tags$/ }, { status: 429 })
    const raw = await fetch(`${s.apiUrl}/repos/acme/tool/tags`, { headers: { authorization: `token ${WRITE}` } })
    expect(raw.status).toBe(429)
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(raw.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(55)
    expect(((await raw.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/)
    expect((await fetch(`${s.apiUrl}/repos/acme/tool/tags`, { headers: { authorization: `token ${WRITE}` } })).status).toBe(200)
    expect(s.contractViolations).toEqual([])
  })

  it('uploadStoredThenError: the asset is stored whole although the upload answered 502, or 422 already_exists', async () => {
    const s = await standIn()
    const gh = client(s)
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })
    s.faults.uploadStoredThenError(1)
    s.faults.uploadStoredThenError(1, { status: 422 })
    const e502 = await failure(upload(gh, r.data.upload_url, 'tool', BIN, 0))
    const e422 = await failure(upload(gh, r.data.upload_url, 'SHA256SUMS', SUMS, 0))
    expect(e502.status).toBe(502)
    expect(e422).toMatchObject({ status: 422, data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } })
    // looking before retrying finds both complete, with the digest of the bytes sent
    const assets = (await gh.rest.repos.listReleaseAssets({ ...o, release_id: r.data.id })).data
    expect(assets.map((a) => [a.name, a.state, a.size, a.digest])).toEqual([
      ['tool', 'uploaded', BIN.length, `sha256:${sha256(BIN)}`],
      ['SHA256SUMS', 'uploaded', SUMS.length, `sha256:${sha256(SUMS)}`]
    ])
    // the switch is off again: the next upload is an ordinary one
    expect((await upload(gh, r.data.upload_url, 'next', SUMS)).status).toBe(201)
    expect(s.contractViolations).toEqual([])
  })

  it('uploadPartialThenError: a cut-short asset left open (smaller, no digest, not downloadable) until deleted', async () => {
    const s = await standIn()
    const gh = client(s)
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0', draft: true })
    s.faults.uploadPartialThenError(1)
    s.faults.uploadPartialThenError(1, { reset: true })
    expect((await failure(upload(gh, r.data.upload_url, 'tool', BIN, 0))).status).toBe(502)
    // a dropped connection reaches Octokit as a request error without a response
    await expect(upload(gh, r.data.upload_url, 'tool2', BIN, 0)).rejects.toThrow()
    const assets = (await gh.rest.repos.listReleaseAssets({ ...o, release_id: r.data.id })).data
    expect(assets.map((a) => [a.name, a.state, a.digest])).toEqual([
      ['tool', 'open', null],
      ['tool2', 'open', null]
    ])
    for (const a of assets) expect(a.size).toBeLessThan(BIN.length)
    expect((await fetch(assets[0]!.browser_download_url)).status).toBe(404)
    // the name is taken until the open asset is deleted; then the upload goes through
    expect((await failure(upload(gh, r.data.upload_url, 'tool', BIN, 0))).status).toBe(422)
    await gh.rest.repos.deleteReleaseAsset({ ...o, asset_id: assets[0]!.id })
    expect((await upload(gh, r.data.upload_url, 'tool', BIN)).data).toMatchObject({ state: 'uploaded', size: BIN.length })
    expect(s.requests.filter((x) => x.surface === 'uploads').map((x) => x.status)).toEqual([502, 0, 422, 201])
    expect(s.contractViolations).toEqual([])
  })

  it('seeds the state an older racing run left: two drafts for one tag, one with an open asset', async () => {
    const s = await standIn()
    const older = s.seedRelease({ tag_name: 'v2.0.0', draft: true })
    const newer = s.seedRelease({ tag_name: 'v2.0.0', draft: true })
    const open = s.seedAsset(older.id, 'tool', BIN, { state: 'open' })
    expect(open.size).toBeLessThan(BIN.length)
    const gh = client(s)
    const listed = await gh.paginate(gh.rest.repos.listReleases, o)
    expect(listed.map((r) => r.id)).toEqual([newer.id, older.id])
    expect(listed[1]?.assets[0]).toMatchObject({ state: 'open', digest: null })
    expect((await failure(gh.rest.repos.getReleaseByTag({ ...o, tag: 'v2.0.0' }))).status).toBe(404)
    expect(s.contractViolations).toEqual([])
  })
})

describe('GitHub REST stand-in, GitHub Enterprise Server layout', () => {
  it('serves the API under /api/v3 and uploads under /api/uploads, held to the ghes-3.19 description', async () => {
    const s = await standIn({ basePath: '/api/v3' })
    const origin = new URL(s.apiUrl).origin
    expect(s.apiUrl).toBe(`${origin}/api/v3`)
    expect(s.uploadUrl).toBe(`${origin}/api/uploads`)
    expect(s.serverUrl).toBe(origin)
    const gh = client(s)
    const o = { owner: 'acme', repo: 'tool' }
    const notes = await gh.rest.repos.generateReleaseNotes({ ...o, tag_name: 'v1.2.0' })
    // without previous_tag_name: the tag before it
    expect(notes.data.body).toContain('/compare/v1.1.0...v1.2.0')
    const r = await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.2.0', draft: true, body: notes.data.body })
    expect(r.data.upload_url).toBe(`${origin}/api/uploads/repos/acme/tool/releases/${r.data.id}/assets{?name,label}`)
    const a = await gh.rest.repos.uploadReleaseAsset({ ...o, release_id: r.data.id, url: r.data.upload_url, name: 'tool', data: BIN as unknown as string, headers: { 'content-type': 'application/octet-stream' } })
    await gh.rest.repos.updateRelease({ ...o, release_id: r.data.id, draft: false })
    const got = await gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.2.0' })
    expect(got.data.assets[0]?.browser_download_url).toBe(`${origin}/acme/tool/releases/download/v1.2.0/tool`)
    expect(sha256(Buffer.from(await (await fetch(got.data.assets[0]!.browser_download_url)).arrayBuffer()))).toBe(sha256(BIN))
    expect(a.data.digest).toBe(`sha256:${sha256(BIN)}`)
    expect(s.requests.every((x) => x.path.startsWith('/api/v3/') || x.path.startsWith('/api/uploads/') || x.surface === 'web')).toBe(true)
    // the github.com layout is not served here
    expect((await fetch(`${origin}/repos/acme/tool/releases`, { headers: { authorization: `token ${WRITE}` } })).status).toBe(404)
    expect(s.contractViolations).toEqual([])
  })
})

/** Draft-07 keywords (validation and annotation) that strict ajv compiles. */
const DRAFT7 = new Set([
  '$ref', 'type', 'enum', 'const', 'format', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'required', 'properties', 'patternProperties',
  'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties', 'dependencies', 'allOf', 'anyOf', 'oneOf', 'not',
  'if', 'then', 'else', 'definitions'
])

/** Every keyword used in a schema and its subschemas (property names and enum values are data). */
function keywords(schema: unknown, out = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return out
  for (const [k, v] of Object.entries(schema)) {
    out.add(k)
    if (k === 'properties' || k === 'definitions') for (const sub of Object.values(v as object)) keywords(sub, out)
    else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') for (const sub of v as unknown[]) keywords(sub, out)
    else if (k === 'items' || k === 'not' || k === 'additionalProperties') keywords(v, out)
  }
  return out
}

describe('OpenAPI 3.0 → JSON Schema conversion', () => {
  const ref = (r: string) => r.replace('#/components/schemas/', '#/definitions/')
  const strictAjv = () => new Ajv({ strict: true, allowUnionTypes: true })

  it('turns nullable into a null type, a null enum member, or an anyOf with null', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, format: 'uri' }, ref)).toEqual({ type: ['string', 'null'], format: 'uri' })
    expect(toJsonSchema({ type: 'string', enum: ['a', 'b'], nullable: true }, ref)).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] })
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/x' }], nullable: true }, ref)).toEqual({ anyOf: [{ type: 'null' }, { allOf: [{ $ref: '#/definitions/x' }] }] })
    const v = strictAjv().compile(toJsonSchema({ type: 'object', nullable: true, required: ['a'], properties: { a: { type: 'integer' } } }, ref) as object)
    expect([v(null), v({ a: 1 }), v({}), v('x')]).toEqual([true, true, false, false])
  })

  it('makes a boolean exclusiveMinimum the bound, and drops what is annotation only in 3.0', () => {
    expect(toJsonSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false }, ref)).toEqual({ type: 'integer', exclusiveMinimum: 0, maximum: 9 })
    expect(
      toJsonSchema({ type: 'object', example: { a: 1 }, 'x-github': {}, deprecated: true, discriminator: { propertyName: 'k' }, properties: { a: { $ref: '#/components/schemas/y', description: 'ignored beside $ref' } } }, ref)
    ).toEqual({ type: 'object', properties: { a: { $ref: '#/definitions/y' } } })
  })

  it('converts every schema of both descriptions into valid draft-07 with only keywords strict ajv knows', () => {
    const require = createRequire(import.meta.url)
    for (const name of ['api.github.com', 'ghes-3.19']) {
      const spec = JSON.parse(readFileSync(require.resolve(`@octokit/openapi/generated/${name}.json`), 'utf8')) as { components: { schemas: Record<string, unknown> } }
      const ajv = strictAjv()
      const bad: string[] = []
      for (const [schemaName, schema] of Object.entries(spec.components.schemas)) {
        const converted = toJsonSchema(schema, ref)
        if (!ajv.validateSchema(converted as object)) bad.push(`${schemaName}: ${ajv.errorsText(ajv.errors)}`)
        // the meta-schema allows any extra keyword; strict ajv refuses unknown ones at compile time
        for (const k of keywords(converted)) if (!DRAFT7.has(k)) bad.push(`${schemaName}: keeps ${k}`)
      }
      expect(Object.keys(spec.components.schemas).length).toBeGreaterThan(500)
      expect(bad).toEqual([])
    }
  })

  it('records a response that breaks the contract as a stand-in bug', async () => {
    const s = await standIn()
    // state no real GitHub would hold: a release name that is a number
    s.seedRelease({ tag_name: 'v1.1.0', name: 42 as unknown as string })
    await client(s).rest.repos.getReleaseByTag({ owner: 'acme', repo: 'tool', tag: 'v1.1.0' })
    expect(s.contractViolations).toEqual(['stand-in response: GET /repos/{owner}/{repo}/releases/tags/{tag} → 200: /name must be string,null'])
  })
})
