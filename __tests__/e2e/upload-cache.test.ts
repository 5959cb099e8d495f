/**
 * Upload and cache end to end: the bundled action against the results-service stand-in and
 * Azurite, with the real @actions/artifact and @actions/cache clients inside dist/.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { startResultsService, type ResultsService } from '../support/results-service.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOMODCACHE, sh, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, linux/arm64, windows/amd64'
const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }

/** Build cache entries (the NN/<hash>-a|d files), as a set of names. */
const entries = (gocache: string): Set<string> =>
  new Set(
    readdirSync(gocache)
      .filter((d) => /^[0-9a-f]{2}$/.test(d))
      .flatMap((d) => readdirSync(path.join(gocache, d)).map((f) => `${d}/${f}`))
  )

describe('upload and cache end to end', () => {
  let mirror: Mirror
  let svc: ResultsService
  let go: Asset
  let toolCache: string
  let gocache: string
  let first: ActionRun
  let firstWorkspace: string
  let savedEntries: Set<string>
  // one RUNNER_TEMP for every run, as on a hosted runner: cached paths are part of a cache entry's version
  const runnerTemp = tempDir('runner-temp')

  const run = (opts: { env: Record<string, string>; inputs?: Record<string, string>; workspace?: string; state?: Record<string, string>; entry?: 'index' | 'post' }) =>
    runAction({
      inputs: { targets: TARGETS, ldflags: '-s -w -X main.version={{.Version}}', 'go-download-base-url': `${mirror.url}/dl`, ...opts.inputs },
      workspace: opts.workspace ?? fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: gocache, GOMODCACHE: SHARED_GOMODCACHE, RUNNER_TEMP: runnerTemp, ...opts.env },
      state: opts.state,
      entry: opts.entry
    })
  /** STATE_* variables for a post step, from what the main step saved. */
  const stateOf = (r: ActionRun): Record<string, string> => Object.fromEntries(Object.entries(r.state).map(([k, v]) => [`STATE_${k}`, v]))

  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    svc = await startResultsService()
    toolCache = tempDir('toolcache')
    gocache = path.join(tempDir('gocache'), 'go-build')
    firstWorkspace = fixtureWorkspace('app', GIT)
    first = await run({ env: svc.env('job-1'), workspace: firstWorkspace })
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
    await svc?.close()
  })

  it('uploads one finalized artifact and reports its id, url and digest', () => {
    expect(first.exitCode, first.stdout).toBe(0)
    const stored = svc.artifacts.filter((a) => a.finalized)
    expect(stored).toHaveLength(1)
    const a = stored[0]!
    expect(a.name).toMatch(/^xapp-1\.4\.2-targets-[0-9a-f]{8}$/)
    expect(first.outputs['artifact-name']).toBe(a.name)
    expect(first.outputs['artifact-id']).toBe(String(a.id))
    expect(first.outputs['artifact-url']).toBe(`https://github.com/acme/xapp/actions/runs/4242/artifacts/${a.id}`)
    expect(first.outputs['artifact-digest']).toBe(a.digest)
    expect(first.outputs['cache-hit']).toBe('false')
  })

  it('stores exactly the release, byte for byte, and a binary fetched back runs', async () => {
    const a = svc.artifacts.find((x) => x.finalized)!
    const zip = await svc.read(a.blob)
    expect(`sha256:${createHash('sha256').update(zip).digest('hex')}`).toBe(a.digest)
    const into = tempDir('fetched')
    writeFileSync(path.join(into, 'artifact.zip'), zip)
    sh('unzip', ['-q', 'artifact.zip', '-d', 'x'], { cwd: into })
    const x = path.join(into, 'x')
    const dist = first.outputs['output-dir'] as string
    const shipped = readdirSync(dist).filter((f) => f !== '.gitignore').sort()
    expect(readdirSync(x).sort()).toEqual(shipped)
    for (const f of shipped) expect(readFileSync(path.join(x, f)).equals(readFileSync(path.join(dist, f))), f).toBe(true)
    expect(sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: x })).not.toMatch(/FAILED/)
    // the zip dropped the mode of the raw binary; the archive inside kept it
    const out = tempDir('untar')
    sh('tar', ['-xzf', path.join(x, 'xapp_1.4.2_linux_amd64.tar.gz'), '-C', out])
    expect(statSync(path.join(out, 'xapp')).mode & 0o111).toBe(0o111)
    expect(sh(path.join(out, 'xapp'), ['--version'])).toMatch(/^xapp 1\.4\.2 \(none\) linux\/amd64/)
  })

  const buildCacheSaves = (): number => svc.calls.filter((c) => c.method === 'CreateCacheEntry' && String(c.body.key).startsWith('go-xbuild-v1-')).length

  it('saves the caches once, in the post step, after the successful build', async () => {
    expect(svc.calls.filter((c) => c.method === 'CreateCacheEntry')).toHaveLength(0)
    const post = await run({ env: svc.env('job-1'), workspace: firstWorkspace, state: stateOf(first), entry: 'post' })
    expect(post.exitCode, post.stdout).toBe(0)
    expect(buildCacheSaves()).toBe(1)
    const saved = svc.caches.filter((c) => c.finalized).map((c) => c.key).sort()
    expect(saved).toEqual([
      // the Go came from the test mirror, so its key names that source (see README: Mirrors are untrusted)
      expect.stringMatching(/^go-xbuild-tool-go-mirror-[0-9a-f]{12}-\d+\.\d+\.\d+-go[\d.]+\.linux-amd64\.tar\.gz-[0-9a-f]{16}$/),
      expect.stringMatching(/^go-xbuild-v1-Linux-X64-go\d+\.\d+\.\d+-nosum-[0-9a-f]{16}$/)
    ])
    savedEntries = entries(gocache)
    expect(savedEntries.size).toBeGreaterThan(100)
  })

  it('restores them on a second run (cache-hit), recompiles nothing, and saves nothing again', async () => {
    rmSync(gocache, { recursive: true, force: true })
    // the same checkout path, as on a runner (Go's module index entries are keyed by directory)
    const second = await run({ env: svc.env('job-2', randomUUID()), workspace: firstWorkspace })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
    // go build compiled nothing: every output entry it added is a module-index record ("go index"),
    // which Go keys by the directory's listing (output-dir appeared there), none a compiled package
    const added = [...entries(gocache)].filter((e) => !savedEntries.has(e))
    const outputs = added.filter((e) => e.endsWith('-d')).map((e) => readFileSync(path.join(gocache, e)).subarray(0, 8).toString('latin1'))
    expect(outputs.every((head) => head === 'go index'), JSON.stringify(outputs)).toBe(true)
    const post = await run({ env: svc.env('job-2'), state: stateOf(second), entry: 'post' })
    expect(post.stdout).toMatch(/was restored exactly; nothing to save/)
    expect(buildCacheSaves()).toBe(1)
  })

  it('restores the Go archive from the Actions cache on a fresh runner: no toolchain download', async () => {
    const before = mirror.requests.filter((r) => r.endsWith('.tar.gz')).length
    rmSync(path.join(runnerTemp, 'go-xbuild-toolchains'), { recursive: true, force: true })
    const fresh = await runAction({
      inputs: { targets: 'linux/amd64', 'go-download-base-url': `${mirror.url}/dl`, upload: 'false' },
      workspace: fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('empty-toolcache'),
      env: { GOCACHE: gocache, RUNNER_TEMP: runnerTemp, ...svc.env('job-3', randomUUID()) }
    })
    expect(fresh.exitCode, fresh.stdout).toBe(0)
    expect(fresh.stdout).toMatch(/Restored go[\d.]+\.linux-amd64\.tar\.gz from the Actions cache \(sha256 verified\)/)
    expect(mirror.requests.filter((r) => r.endsWith('.tar.gz')).length).toBe(before)
    // the index is still asked which release ">=1.22" means today
    expect(mirror.requests.at(-1)).toBe('/dl/?mode=json&include=all')
  })

  it('does not save the caches after a failed build', async () => {
    const ws = fixtureWorkspace('app', GIT)
    writeFileSync(path.join(ws, 'broken.go'), 'package main\nfunc init() { nope() }\n')
    const failed = await run({ env: svc.env(), workspace: ws, inputs: { targets: 'linux/386' } })
    expect(failed.exitCode).toBe(1)
    const post = await run({ env: svc.env(), workspace: ws, state: stateOf(failed), entry: 'post' })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/the build did not succeed, so the cache is not saved/)
    expect(buildCacheSaves()).toBe(1)
  })

  it('retries 500s from the service and still finalizes', async () => {
    svc.failNext('CreateArtifact', 1)
    svc.failNext('FinalizeArtifact', 1)
    const r = await run({ env: svc.env(randomUUID(), randomUUID()), inputs: { targets: 'linux/amd64', cache: 'false' } })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(500\)/)
    expect(r.outputs['artifact-id']).toBeTruthy()
  })

  it('fails naming the artifact when finalize keeps failing, and reports no artifact', async () => {
    const runId = randomUUID()
    svc.failNext('FinalizeArtifact', 5)
    const r = await run({ env: svc.env(randomUUID(), runId), inputs: { targets: 'linux/amd64', cache: 'false' } })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::upload of artifact "xapp-1\.4\.2-linux-amd64" failed: .*Failed to make request after 5 attempts/)
    expect(r.outputs['artifact-id']).toBeUndefined()
    expect(svc.artifacts.filter((a) => a.runId === runId && a.finalized)).toEqual([])
  })

  it('fails naming the artifact when the blob store keeps dropping the upload', async () => {
    const runId = randomUUID()
    svc.dropUploads(100, 64 * 1024)
    const r = await run({ env: svc.env(randomUUID(), runId), inputs: { targets: 'linux/amd64', cache: 'false' } })
    svc.dropUploads(0, 0)
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::upload of artifact "xapp-1\.4\.2-linux-amd64" failed/)
    expect(svc.artifacts.filter((a) => a.runId === runId && a.finalized)).toEqual([])
    expect(svc.calls.filter((c) => c.method === 'FinalizeArtifact' && (c.body.workflow_run_backend_id as string) === runId)).toEqual([])
  })

  it('rides out one dropped upload connection', async () => {
    svc.dropUploads(1, 64 * 1024)
    const r = await run({ env: svc.env(randomUUID(), randomUUID()), inputs: { targets: 'linux/amd64', cache: 'false' } })
    svc.dropUploads(0, 0)
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.outputs['artifact-id']).toBeTruthy()
  })

  it('on GHES warns (or errors, when asked) instead of uploading', async () => {
    const ghes = { ...svc.env(), GITHUB_SERVER_URL: 'https://ghes.example.com' }
    const warn = await run({ env: ghes, inputs: { targets: 'linux/amd64', cache: 'false' } })
    expect(warn.exitCode, warn.stdout).toBe(0)
    expect(warn.stdout).toMatch(/::warning::upload: no artifact service: GitHub Enterprise Server \(https:\/\/ghes\.example\.com\)/)
    const error = await run({ env: ghes, inputs: { targets: 'linux/amd64', cache: 'false', 'upload-unavailable': 'error' } })
    expect(error.exitCode).toBe(1)
    expect(error.stdout).toMatch(/::error::upload: no artifact service: GitHub Enterprise Server/)
    expect(error.stdout).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('outside GitHub Actions keeps the release in output-dir without a warning', async () => {
    const ws = fixtureWorkspace('app', GIT)
    const r = await runAction({
      inputs: { targets: 'linux/amd64', 'go-download-base-url': `${mirror.url}/dl` },
      workspace: ws,
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: gocache, GITHUB_ACTIONS: '' }
    })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/upload: skipped \(not running in GitHub Actions: the release stays in output-dir\)/)
    expect(r.stdout).not.toMatch(/::warning::|^warning:/m)
    expect(existsSync(path.join(ws, 'dist', 'SHA256SUMS'))).toBe(true)
  })
})
