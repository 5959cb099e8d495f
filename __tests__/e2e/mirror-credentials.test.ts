/**
 * A credentialed mirror, end to end (bundled dist/, runner-like env): the credentials reach the
 * mirror as Basic auth and never the action's output — not its log, its warnings, its errors or
 * the job summary — on success, on a retried 503 and on a 404; and a plain-http mirror that is not
 * loopback fails before any request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

// `::add-mask::` commands are how the runner learns what to hide: it consumes them and never shows
// them, so they are the one place the secret may appear (and must, for the runner to mask it)
const masks = (text: string): string[] => [...text.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1] as string)
const everything = (r: ActionRun): string =>
  [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.state)].join('\n')

describe('credentials in a mirror URL', () => {
  let mirror: Mirror
  let go: Asset
  let credentialed: string
  const run = (inputs: Record<string, string>) =>
    runAction({
      inputs: { targets: 'linux/amd64', upload: 'false', cache: 'false', ...inputs },
      workspace: fixtureWorkspace('app'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE }
    })

  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    mirror.requireBasic('user:secret')
    credentialed = mirror.url.replace('http://', 'http://user:secret@')
  })
  afterAll(async () => {
    await mirror?.close()
  })

  it('builds through the mirror with Basic auth, a 503 retried, and never prints the secret', async () => {
    mirror.fault(`/dl/${go.filename}`, { remaining: 1, status: 503, retryAfter: '0' })
    const r = await run({ 'go-download-base-url': `${credentialed}/dl` })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(mirror.authorizations.every((a) => a === `Basic ${Buffer.from('user:secret').toString('base64')}`)).toBe(true)
    expect(r.stdout).toMatch(/::warning::HTTP 503 from http:\/\/\*\*\*@127\.0\.0\.1:\d+\/dl\/go[\d.]+\.linux-amd64\.tar\.gz; retrying/)
    expect(r.stdout).toMatch(/Downloading go [\d.]+ from http:\/\/\*\*\*@127\.0\.0\.1:\d+\/dl\//)
    expect(everything(r)).not.toContain('secret')
    expect(masks(r.stdout)).toContain('user:secret')
  })

  it('fails on a 404 from that mirror, naming the redacted URL, and never prints the secret or a query token', async () => {
    const r = await run({ 'go-download-base-url': `${credentialed}/nowhere?token=secret`, 'go-version': 'stable' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::could not read the Go release index at http:\/\/\*\*\*@127\.0\.0\.1:\d+\/nowhere\/\?token=\*\*\*&mode=json&include=all: HTTP 404 from http:\/\/\*\*\*@/)
    expect(everything(r)).not.toContain('secret')
  })

  it('refuses a plain http mirror that is not loopback before any request (allow-insecure-http: see mirrors.test.ts)', async () => {
    const before = mirror.requests.length
    const r = await run({ 'go-download-base-url': 'http://user:secret@mirror.invalid/dl' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /::error::go-download-base-url: http:\/\/\*\*\*@mirror\.invalid\/dl is plain http:\/\/ to a host that is not loopback; use https:\/\/, or set allow-insecure-http: true/
    )
    expect(everything(r)).not.toContain('secret')
    expect(mirror.requests.length).toBe(before)
  })
})
