/**
 * release: true end to end: the bundled dist/ against the GitHub REST stand-in (every request and
 * response held to GitHub's OpenAPI description), the real Octokit reaching it through
 * GITHUB_API_URL. A tag push makes a draft, uploads and verifies every asset, then publishes it
 * once; re-runs are no-ops or fail naming what differs; faults are survived; every asset is
 * downloaded back and checked with `sha256sum -c SHA256SUMS`.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo } from '../support/assets.js'
import { cosignGeneratedKey, gpgKey, handBuiltCosignKey, hasCosign } from '../support/keys.js'
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from '../support/github-api/index.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, windows/amd64'
const GIT = { tag: 'v1.2.3', date: '2026-01-02T03:04:05Z' }
const LDFLAGS = '-s -w -X main.version={{.Version}} -X main.commit={{.ShortCommit}}'
const TOKEN = 'ghs_e2eWriteToken0123456789'
const READ_TOKEN = 'ghs_e2eReadToken0123456789'
const EXPECTED_ASSETS = ['SHA256SUMS', 'manifest.json', 'xapp_1.2.3_linux_amd64.tar.gz', 'xapp_1.2.3_windows_amd64.zip']

describe('release: publish a GitHub Release', () => {
  let mirror: Mirror
  let toolCache: string
  const open: GitHubStandIn[] = []

  async function standIn(opts: Partial<StandInOptions> = {}): Promise<GitHubStandIn> {
    const gh = await startGitHubStandIn({ owner: 'acme', repo: 'xapp', tokens: { [TOKEN]: 'write', [READ_TOKEN]: 'read' }, tags: [{ name: 'v1.2.2', sha: 'a'.repeat(40) }], ...opts })
    open.push(gh)
    return gh
  }

  const run = (gh: GitHubStandIn, inputs: Record<string, string> = {}, opts: { workspace?: string; env?: Record<string, string> } = {}): Promise<ActionRun> =>
    runAction({
      inputs: {
        targets: TARGETS,
        ldflags: LDFLAGS,
        'go-download-base-url': `${mirror.url}/dl`,
        cache: 'false',
        upload: 'false',
        release: 'true',
        'github-token': TOKEN,
        ...inputs
      },
      workspace: opts.workspace ?? fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache,
      env: {
        GOCACHE: SHARED_GOCACHE,
        GOMODCACHE: SHARED_GOMODCACHE,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_REPOSITORY: 'acme/xapp',
        GITHUB_REF: 'refs/tags/v1.2.3',
        // every server-given wait (Retry-After, backoff) a hundred times shorter
        GO_XBUILD_TEST_GITHUB_WAIT_SCALE: '0.01',
        ...opts.env
      }
    })

  const writes = (gh: GitHubStandIn, from = 0) => gh.requests.slice(from).filter((r) => r.method !== 'GET')
  const releaseOf = (gh: GitHubStandIn, tag = 'v1.2.3') => gh.state.releases.filter((r) => r.tag_name === tag)

  /** Every asset fetched from its browser_download_url into a fresh directory, checked with sha256sum -c. */
  async function downloadAndCheck(run: ActionRun, sums = 'SHA256SUMS'): Promise<{ dir: string; check: string }> {
    const assets = JSON.parse(run.outputs['release-assets'] as string) as Array<{ name: string; url: string; sha256: string; size: number }>
    const dir = tempDir('download')
    for (const a of assets) {
      const res = await fetch(a.url)
      expect(res.status, a.url).toBe(200)
      const bytes = Buffer.from(await res.arrayBuffer())
      expect(bytes.length, a.name).toBe(a.size)
      writeFileSync(path.join(dir, a.name), bytes)
    }
    // the binaries are inside the archives, not assets of their own: check what was published
    const check = execFileSync('sha256sum', ['-c', '--ignore-missing', '--strict', sums], { cwd: dir, encoding: 'utf8' })
    return { dir, check }
  }

  beforeAll(async () => {
    const go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    toolCache = tempDir('toolcache')
  }, 1_200_000)
  afterEach(async () => {
    for (const gh of open) expect(gh.contractViolations).toEqual([])
    await Promise.all(open.splice(0).map((gh) => gh.close()))
  })
  afterAll(async () => {
    await mirror?.close()
  })

  it('tag push: draft first, every asset uploaded and verified, published with one update; a re-run is a no-op', async () => {
    const gh = await standIn()
    const ws = fixtureWorkspace('app', GIT)
    const first = await run(gh, {}, { workspace: ws })
    expect(first.exitCode, first.stdout).toBe(0)

    const [release, ...others] = releaseOf(gh)
    expect(others).toEqual([])
    expect(release).toMatchObject({ draft: false, prerelease: false, name: 'v1.2.3', make_latest: 'legacy' })
    expect(release?.assets.map((a) => a.name).sort()).toEqual(EXPECTED_ASSETS)
    for (const a of release?.assets ?? []) {
      expect(a.state).toBe('uploaded')
      expect(a.bytes.equals(readFileSync(path.join(ws, 'dist', a.name))), a.name).toBe(true)
    }
    expect(release?.body).toMatch(/v1\.2\.2/) // generated against the previous tag

    // the order of writes: notes, one draft, the uploads, then exactly one update that publishes it
    const w = writes(gh).map((r) => `${r.method} ${r.surface === 'uploads' ? 'upload' : r.path.replace(/\d+/g, 'N')}`)
    expect(w[0]).toBe('POST /repos/acme/xapp/releases/generate-notes')
    expect(w[1]).toBe('POST /repos/acme/xapp/releases')
    expect(w.slice(2, 2 + EXPECTED_ASSETS.length)).toEqual(EXPECTED_ASSETS.map(() => 'POST upload'))
    expect(w.slice(2 + EXPECTED_ASSETS.length)).toEqual(['PATCH /repos/acme/xapp/releases/N'])
    const create = gh.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/xapp/releases')
    expect(create?.body).toMatchObject({ tag_name: 'v1.2.3', draft: true })
    const publish = gh.requests.find((r) => r.method === 'PATCH')
    expect(publish?.body).toEqual({ draft: false, make_latest: 'legacy' })
    // drafts are never looked up by tag (that lookup cannot see them)
    expect(gh.requests.some((r) => r.path.includes('/releases/tags/'))).toBe(false)

    expect(first.outputs['release-id']).toBe(String(release?.id))
    expect(first.outputs['release-url']).toBe(`${gh.serverUrl}/acme/xapp/releases/tag/v1.2.3`)
    const outAssets = JSON.parse(first.outputs['release-assets'] as string) as Array<Record<string, unknown>>
    expect(outAssets.map((a) => a.name)).toEqual(EXPECTED_ASSETS)
    for (const a of outAssets) expect(Object.keys(a).sort()).toEqual(['id', 'name', 'sha256', 'size', 'url'])
    expect(first.summary).toMatch(/GitHub Release/)
    expect(first.summary).toContain(`${gh.serverUrl}/acme/xapp/releases/tag/v1.2.3`)
    expect(first.summary).toContain('xapp_1.2.3_linux_amd64.tar.gz')
    // the token is never printed
    expect(first.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    expect(first.stdout.split('\n').filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'))).toEqual([])

    const { check } = await downloadAndCheck(first)
    expect(check).toContain('xapp_1.2.3_linux_amd64.tar.gz: OK')
    expect(check).toContain('xapp_1.2.3_windows_amd64.zip: OK')

    // the same commit again: nothing uploaded, nothing updated, nothing deleted
    const before = gh.requests.length
    const again = await run(gh)
    expect(again.exitCode, again.stdout).toBe(0)
    expect(writes(gh, before)).toEqual([])
    expect(again.outputs['release-id']).toBe(first.outputs['release-id'])
    expect(again.stdout).toMatch(/4 asset\(s\) already there with the same SHA-256: kept/)
  })

  it('a re-run after a changed binary fails naming the assets, and replaces them cleanly with release-replace', async () => {
    const gh = await standIn()
    const first = await run(gh)
    expect(first.exitCode, first.stdout).toBe(0)
    const old = new Map(releaseOf(gh)[0]?.assets.map((a) => [a.name, a.id]))

    const changed = { ldflags: `${LDFLAGS} -X main.commit=changed` }
    const before = gh.requests.length
    const refused = await run(gh, changed)
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/::error::release: v1\.2\.3 already has SHA256SUMS, manifest\.json, xapp_1\.2\.3_linux_amd64\.tar\.gz, xapp_1\.2\.3_windows_amd64\.zip with different bytes .*set release-replace: true/)
    expect(writes(gh, before)).toEqual([])

    const ws = fixtureWorkspace('app', GIT)
    const replaced = await run(gh, { ...changed, 'release-replace': 'true' }, { workspace: ws })
    expect(replaced.exitCode, replaced.stdout).toBe(0)
    const [release] = releaseOf(gh)
    expect(release?.assets.map((a) => a.name).sort()).toEqual(EXPECTED_ASSETS)
    for (const a of release?.assets ?? []) {
      expect(a.bytes.equals(readFileSync(path.join(ws, 'dist', a.name))), a.name).toBe(true)
      expect(a.id).not.toBe(old.get(a.name))
    }
    // each replacement: upload under a temporary name, delete the old asset, rename the new one
    const w = writes(gh, before).map((r) => `${r.method} ${r.surface === 'uploads' ? 'upload' : r.path.replace(/\d+/g, 'N')}`)
    expect(w.filter((x) => x === 'POST upload')).toHaveLength(4)
    expect(w.filter((x) => x === 'DELETE /repos/acme/xapp/releases/assets/N')).toHaveLength(4)
    expect(w.filter((x) => x === 'PATCH /repos/acme/xapp/releases/assets/N')).toHaveLength(4)
    expect(w).not.toContain('PATCH /repos/acme/xapp/releases/N') // already published: not updated
    const uploads = gh.requests.slice(before).filter((r) => r.surface === 'uploads')
    expect(uploads.every((r) => /name=[^&]*\.replacing-[0-9a-f]{8}/.test(r.query))).toBe(true)
    const { check } = await downloadAndCheck(replaced)
    expect(check).toContain('xapp_1.2.3_linux_amd64.tar.gz: OK')
  })

  it('survives a 5xx burst and a secondary rate limit with Retry-After', async () => {
    const gh = await standIn()
    gh.faults.serverError(2, { method: 'GET', path: /\/releases$/ })
    gh.faults.serverError(1, { method: 'POST', path: /\/releases$/ }, { status: 503 })
    gh.faults.secondaryRateLimit(2, 1, { method: 'POST', path: /\/assets$/ })
    const r = await run(gh)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(releaseOf(gh)).toHaveLength(1)
    expect(releaseOf(gh)[0]?.draft).toBe(false)
    expect(releaseOf(gh)[0]?.assets.map((a) => a.name).sort()).toEqual(EXPECTED_ASSETS)
    expect(gh.requests.filter((q) => q.status >= 500).length).toBe(3)
    expect(gh.requests.filter((q) => q.status === 403).length).toBe(2)
    expect(r.stdout).toMatch(/upload failed \(secondary-rate-limit: .*\); retrying in 1 s/)
    await downloadAndCheck(r)
  })

  it('survives a primary rate limit (waits for x-ratelimit-reset) and an upload whose connection drops', async () => {
    const gh = await standIn()
    gh.faults.primaryRateLimit(1, 2, { method: 'GET', path: /\/releases$/ })
    gh.faults.serverError(1, { method: 'POST', path: /\/assets$/ }, { reset: true })
    const r = await run(gh)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(gh.requests.filter((q) => q.status === 403 || q.status === 429)).toHaveLength(1)
    expect(gh.requests.filter((q) => q.status === 0)).toHaveLength(1)
    expect(r.stdout).toMatch(/GitHub rate limit on GET .*\/releases.*: retrying in \d+ s/)
    expect(r.stdout).toMatch(/upload failed \(server: .*\); retrying in 1 s/)
    expect(releaseOf(gh)[0]?.draft).toBe(false)
    await downloadAndCheck(r)
  })

  it('an upload GitHub stored although it answered an error counts as uploaded, not as "different bytes"', async () => {
    const gh = await standIn()
    gh.faults.uploadStoredThenError(1)
    gh.faults.uploadStoredThenError(1, { status: 422 })
    const r = await run(gh)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout.match(/but GitHub stored it complete with the right SHA-256; counted as uploaded/g)).toHaveLength(2)
    expect(r.stdout).not.toMatch(/different bytes/)
    expect(releaseOf(gh)[0]?.assets.map((a) => a.name).sort()).toEqual(EXPECTED_ASSETS)
    await downloadAndCheck(r)
  })

  it('an incomplete asset left by a failed upload is deleted and uploaded again; a leftover from an earlier run too', async () => {
    const gh = await standIn({ reportDigest: false })
    const draft = gh.seedRelease({ tag_name: 'v1.2.3', draft: true })
    gh.seedAsset(draft.id, 'manifest.json', Buffer.from('{"partial": tr'), { state: 'open' })
    gh.faults.uploadPartialThenError(1)
    const r = await run(gh)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/manifest\.json: incomplete \(state open\) from an earlier upload; deleting it/)
    expect(r.stdout).toMatch(/left an incomplete asset \(state open, \d+ of \d+ bytes\); deleting it and uploading again/)
    const [release, ...others] = releaseOf(gh)
    expect(others).toEqual([])
    expect(release?.id).toBe(draft.id)
    expect(release?.draft).toBe(false)
    expect(release?.assets.every((a) => a.state === 'uploaded')).toBe(true)
    // without a digest the assets were verified by downloading them
    expect(gh.requests.some((q) => q.method === 'GET' && /\/releases\/assets\/\d+$/.test(q.path))).toBe(true)
    await downloadAndCheck(r)
  })

  it('two drafts for the tag (an older racing run): the oldest is completed and published, the other deleted', async () => {
    const gh = await standIn()
    const a = gh.seedRelease({ tag_name: 'v1.2.3', draft: true })
    const b = gh.seedRelease({ tag_name: 'v1.2.3', draft: true })
    gh.seedAsset(b.id, 'SHA256SUMS', Buffer.from('stale\n'))
    const r = await run(gh)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toContain(`2 drafts for v1.2.3 (${a.id}, ${b.id}): using the oldest, ${a.id}; the others will be deleted once it is published`)
    expect(r.stdout).toContain(`Deleted leftover draft release ${b.id} for v1.2.3`)
    expect(releaseOf(gh).map((x) => [x.id, x.draft])).toEqual([[a.id, false]])
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path === '/repos/acme/xapp/releases')).toEqual([])
  })

  it('an immutable published release: identical is a no-op; one that differs fails before anything is downloaded or built', async () => {
    const gh = await standIn({ immutableReleases: true })
    const first = await run(gh)
    expect(first.exitCode, first.stdout).toBe(0)
    expect(releaseOf(gh)[0]?.immutable).toBe(true)
    const before = gh.requests.length
    const same = await run(gh)
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.stdout).toMatch(/is published and immutable and already holds these 4 assets, byte for byte: nothing to do/)
    expect(writes(gh, before)).toEqual([])

    const other = await standIn({ immutableReleases: true })
    const rel = other.seedRelease({ tag_name: 'v1.2.3', draft: false, immutable: true })
    other.seedAsset(rel.id, 'xapp_1.2.3_linux_amd64.tar.gz', Buffer.from('old bytes'))
    other.seedAsset(rel.id, 'notes.txt', Buffer.from('x'))
    const mirrorBefore = mirror.requests.length
    const r = await run(other)
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /::error::release: v1\.2\.3 is published and immutable \(release \d+\), and its assets differ from this run's: missing SHA256SUMS, manifest\.json, xapp_1\.2\.3_windows_amd64\.zip; not planned notes\.txt\. An immutable release can never change: publish a new tag/
    )
    expect(mirror.requests.length).toBe(mirrorBefore)
    // the tool cache may hold Go already: the proof is that the go stage never started
    expect(r.stdout).not.toMatch(/^::group::go$/m)
    expect(writes(other)).toEqual([])
  })

  it('with signatures (cosign, gpg) and binaries too: all published, checked with sha256sum -c; a re-run keeps the published signatures of unchanged files, even on an immutable release', async () => {
    const gh = await standIn({ immutableReleases: true })
    const cosign = hasCosign() ? cosignGeneratedKey('pw') : handBuiltCosignKey('pw')
    const gpg = gpgKey('pp')
    const inputs = {
      sign: 'cosign, gpg',
      'signing-key': cosign.privateKey,
      'signing-password': 'pw',
      'gpg-private-key': gpg.privateKey,
      'gpg-passphrase': 'pp',
      'release-assets': 'archives, binaries, checksums, signatures, manifest'
    }
    const first = await run(gh, inputs)
    expect(first.exitCode, first.stdout).toBe(0)
    const names = releaseOf(gh)[0]?.assets.map((a) => a.name).sort()
    const files = ['xapp-linux-amd64', 'xapp-windows-amd64.exe', 'xapp_1.2.3_linux_amd64.tar.gz', 'xapp_1.2.3_windows_amd64.zip', 'SHA256SUMS']
    expect(names).toEqual([...files.flatMap((f) => [f, `${f}.asc`, `${f}.sig`]), 'cosign.pub', 'manifest.json'].sort())
    // everything SHA256SUMS lists is published here: a strict check, no file missing
    const { dir } = await downloadAndCheck(first)
    expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(4)

    // new signature bytes (ECDSA nonces, gpg timestamps) for the same files: the published ones stay
    const before = gh.requests.length
    const again = await run(gh, inputs)
    expect(again.exitCode, again.stdout).toBe(0)
    expect(again.stdout).toMatch(/SHA256SUMS\.sig: kept the published signature \(signatures are not reproducible; it signs the same SHA256SUMS\)/)
    expect(again.stdout).toMatch(/already holds these 17 assets, byte for byte: nothing to do/)
    expect(writes(gh, before)).toEqual([])
    const published = new Map(releaseOf(gh)[0]?.assets.map((a) => [a.name, a]))
    for (const a of JSON.parse(again.outputs['release-assets'] as string) as Array<{ name: string; size: number }>) expect(a.size).toBe(published.get(a.name)?.size)
  })

  it('sbom: both: every binary\'s SBOMs are assets beside the archives, signed, with their registered media types, and sha256sum -c checks them', async () => {
    const gh = await standIn()
    const gpg = gpgKey('pp')
    const first = await run(gh, { sbom: 'both', sign: 'gpg', 'gpg-private-key': gpg.privateKey, 'gpg-passphrase': 'pp' })
    expect(first.exitCode, first.stdout).toBe(0)
    const assets = releaseOf(gh)[0]?.assets ?? []
    const sboms = ['xapp-linux-amd64.cdx.json', 'xapp-linux-amd64.spdx.json', 'xapp-windows-amd64.exe.cdx.json', 'xapp-windows-amd64.exe.spdx.json']
    expect(assets.map((a) => a.name).sort()).toEqual(
      [...EXPECTED_ASSETS, 'SHA256SUMS.asc', ...sboms, ...sboms.map((f) => `${f}.asc`), 'xapp_1.2.3_linux_amd64.tar.gz.asc', 'xapp_1.2.3_windows_amd64.zip.asc'].sort()
    )
    expect(assets.filter((a) => a.name.endsWith('.spdx.json')).map((a) => a.content_type)).toEqual(['application/spdx+json', 'application/spdx+json'])
    expect(assets.filter((a) => a.name.endsWith('.cdx.json')).map((a) => a.content_type)).toEqual(['application/vnd.cyclonedx+json', 'application/vnd.cyclonedx+json'])
    const { dir, check } = await downloadAndCheck(first)
    for (const f of sboms) expect(check).toContain(`${f}: OK`)
    // each downloaded SBOM names the binary it describes by its SHA-256, as the checksum file lists it
    const sums = new Map(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)]))
    for (const f of sboms) expect(readFileSync(path.join(dir, f), 'utf8')).toContain(sums.get(f.replace(/\.(spdx|cdx)\.json$/, '')))
  })

  it('checksums-name: the named file is written, signed, listed in the manifest, published as text/plain and checked with sha256sum -c; no SHA256SUMS anywhere; a re-run in the same output-dir owns it', async () => {
    const gh = await standIn()
    const gpg = gpgKey('pp')
    const ws = fixtureWorkspace('app', GIT)
    const inputs = { 'checksums-name': '{{.ProjectName}}_{{.Version}}_checksums.txt', sign: 'gpg', 'gpg-private-key': gpg.privateKey, 'gpg-passphrase': 'pp', 'sign-artifacts': 'checksums-only' }
    const first = await run(gh, inputs, { workspace: ws })
    expect(first.exitCode, first.stdout).toBe(0)
    const SUMS = 'xapp_1.2.3_checksums.txt'
    const out = path.join(ws, 'dist')
    expect(first.outputs.checksums).toBe(path.join(out, SUMS))
    expect(readdirSync(out).sort()).toEqual(['.gitignore', SUMS, `${SUMS}.asc`, 'manifest.json', 'xapp-linux-amd64', 'xapp-windows-amd64.exe', 'xapp_1.2.3_linux_amd64.tar.gz', 'xapp_1.2.3_windows_amd64.zip'].sort())
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { checksums: string; signatures: string[] }
    expect(manifest.checksums).toBe(SUMS)
    expect(manifest.signatures).toEqual([`${SUMS}.asc`])
    expect(execFileSync('sha256sum', ['-c', '--strict', SUMS], { cwd: out, encoding: 'utf8' }).trim().split('\n')).toHaveLength(4)
    // the signature verifies with gpg against the public key alone
    const home = tempDir('gpg-verify')
    execFileSync('gpg', ['--homedir', home, '--batch', '--import'], { input: gpg.publicKey, stdio: ['pipe', 'ignore', 'ignore'] })
    execFileSync('gpg', ['--homedir', home, '--batch', '--verify', `${SUMS}.asc`, SUMS], { cwd: out, stdio: 'ignore' })
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'])

    const assets = releaseOf(gh)[0]?.assets ?? []
    expect(assets.map((a) => a.name).sort()).toEqual([SUMS, `${SUMS}.asc`, 'manifest.json', 'xapp_1.2.3_linux_amd64.tar.gz', 'xapp_1.2.3_windows_amd64.zip'].sort())
    expect(assets.find((a) => a.name === SUMS)?.content_type).toBe('text/plain')
    const { dir, check } = await downloadAndCheck(first, SUMS)
    expect(readdirSync(dir)).not.toContain('SHA256SUMS')
    expect(check).toContain('xapp_1.2.3_windows_amd64.zip: OK')

    // the next run replaces the output-dir it wrote (its manifest names the checksum file) and keeps the release as it is
    const before = gh.requests.length
    const again = await run(gh, inputs, { workspace: ws })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(again.stdout).toMatch(new RegExp(`${SUMS.replaceAll('.', '\\.')}\\.asc: kept the published signature`))
    expect(writes(gh, before)).toEqual([])

    // a name that clashes with a built file fails in the plan, naming the input
    const clash = await run(gh, { 'checksums-name': 'xapp-linux-amd64' })
    expect(clash.exitCode).not.toBe(0)
    expect(clash.stdout).toMatch(/::error::checksums-name: "xapp-linux-amd64" is also the name of a built file or archive/)
    expect(clash.stdout).not.toMatch(/Building \d+ target/)
  })

  it('fails before any work without write access, without a tag, or with names GitHub would rewrite', async () => {
    const gh = await standIn()
    const mirrorBefore = mirror.requests.length
    const read = await run(gh, { 'github-token': READ_TOKEN })
    expect(read.exitCode).toBe(1)
    expect(read.stdout).toMatch(/::error::release: github-token can read acme\/xapp but not write to it; the token needs `contents: write`/)

    const untagged = await run(gh, {}, { workspace: fixtureWorkspace('app', { date: GIT.date }), env: { GITHUB_REF: 'refs/heads/main' } })
    expect(untagged.exitCode).toBe(1)
    expect(untagged.stdout).toMatch(/::error::release: there is no tag to publish: run on a tag push .* or set release-tag/)

    const spaced = await run(gh, { 'archive-name': '{{.ProjectName}} {{.Version}} {{.Os}}' })
    expect(spaced.exitCode).toBe(1)
    expect(spaced.stdout).toMatch(/::error::release: GitHub would rename 2 asset\(s\).*%0A {2}xapp 1\.2\.3 linux\.tar\.gz: it holds a space/)

    const noToken = await run(gh, { 'github-token': '' })
    expect(noToken.exitCode).toBe(1)
    expect(noToken.stdout).toMatch(/::error::release: cannot publish without a token: set github-token \(or GITHUB_TOKEN outside Actions\)/)

    for (const r of [read, untagged, spaced, noToken]) expect(r.stdout).not.toMatch(/^::group::go$/m)
    expect(mirror.requests.length).toBe(mirrorBefore)
    expect(writes(gh)).toEqual([])
  })

  it('release: draft leaves a verified draft; GHES layout (basePath) works the same', async () => {
    const gh = await standIn({ basePath: '/api/v3' })
    const r = await run(gh, { release: 'draft', 'release-notes': 'Hand-written notes.', prerelease: 'true' })
    expect(r.exitCode, r.stdout).toBe(0)
    const [release] = releaseOf(gh)
    expect(release).toMatchObject({ draft: true, prerelease: true, body: 'Hand-written notes.' })
    expect(release?.assets.map((a) => a.name).sort()).toEqual(EXPECTED_ASSETS)
    expect(gh.requests.some((q) => q.method === 'PATCH')).toBe(false)
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.startsWith('/api/uploads/')).length).toBe(4)
  })

  it('a local run (no GITHUB_REPOSITORY) takes the repository from the origin remote and the token from GITHUB_TOKEN', async () => {
    const gh = await standIn()
    const ws = fixtureWorkspace('app', GIT)
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/xapp.git'], { cwd: ws })
    const r = await run(gh, { 'github-token': '' }, { workspace: ws, env: { GITHUB_REPOSITORY: '', GITHUB_TOKEN: TOKEN } })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(releaseOf(gh)[0]?.draft).toBe(false)
    expect(readdirSync(path.join(ws, 'dist')).sort()).toEqual(expect.arrayContaining(EXPECTED_ASSETS))
  })
})
