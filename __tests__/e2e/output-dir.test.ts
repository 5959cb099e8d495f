/**
 * Nothing outside what go-xbuild wrote is touched, end to end on dist/index.js (one target,
 * linux/amd64, to stay fast): a second run replaces its own output; an output-dir holding a
 * foreign file, or an archive-files symlink that leads out of the checkout, fails the run in the
 * plan stage — before Go is downloaded — naming the file, and leaves every file as it was.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, sh, tempDir } from '../support/workspace.js'

const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }

describe('output-dir and archive-files stay within what go-xbuild owns', () => {
  let mirror: Mirror
  let go: Asset
  let toolCache: string

  const run = (workspace: string, extra: Record<string, string> = {}, runnerDir = tempDir('runner')): Promise<ActionRun & { runnerDir: string }> => {
    return runAction({
      inputs: { targets: 'linux/amd64', 'go-download-base-url': `${mirror.url}/dl`, 'archive-files': 'LICENSE*, README*', ...extra },
      workspace,
      runnerDir,
      toolCache,
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE }
    }).then((r) => ({ ...r, runnerDir }))
  }
  /** Every file below `dir` with its bytes (hex), for "untouched" checks. */
  const snapshot = (dir: string): Record<string, string> =>
    Object.fromEntries(
      (readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => !lstatSync(path.join(dir, f)).isDirectory())
        .map((f) => [f, readFileSync(path.join(dir, f)).toString('hex')])
    )
  /** go-xbuild's own leftovers in RUNNER_TEMP: staging and swap directories. */
  const leftovers = (runnerDir: string): string[] => readdirSync(path.join(runnerDir, 'temp')).filter((f) => f.startsWith('go-xbuild-staging-'))

  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    toolCache = tempDir('toolcache')
  })
  afterAll(async () => {
    await mirror?.close()
  })

  it('replaces its own output on a second run, then refuses it once a user file is added, leaving both untouched', async () => {
    const ws = fixtureWorkspace('app', GIT)
    writeFileSync(path.join(ws, 'LICENSE'), 'MIT\n')
    // the README is a symlink that stays inside the checkout: archived under its own name
    symlinkSync('greeting.txt', path.join(ws, 'README.txt'))
    const first = await run(ws)
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    const dist = path.join(ws, 'dist')
    const archive = readdirSync(dist).find((f) => f.endsWith('.tar.gz')) as string
    expect(sh('tar', ['-tzf', path.join(dist, archive)]).split('\n').filter(Boolean).sort()).toEqual(['LICENSE', 'README.txt', 'xapp'])
    expect(sh('tar', ['-xOzf', path.join(dist, archive), 'README.txt'])).toBe(readFileSync(path.join(ws, 'greeting.txt'), 'utf8'))

    const second = await run(ws)
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    expect(sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist })).not.toMatch(/FAILED/)
    // the parent holds output-dir only: no half-swapped .dist.new-*/.dist.old-* left beside it
    expect(readdirSync(ws).filter((f) => f.startsWith('.dist'))).toEqual([])

    writeFileSync(path.join(dist, 'my-notes.txt'), 'not go-xbuild’s\n')
    const before = snapshot(dist)
    const requestsBefore = mirror.requests.length
    const third = await run(ws)
    expect(third.exitCode).toBe(1)
    expect(third.stdout).toMatch(
      /::error::output-dir: .*\/dist holds my-notes\.txt, which go-xbuild did not write \(it is not in its manifest\.json\); it would be replaced, so delete it \(or move it out of the way\), or choose another output-dir/
    )
    expect(snapshot(dist)).toEqual(before)
    // refused in the plan stage: no download, no build, no staging left behind
    expect(mirror.requests.length).toBe(requestsBefore)
    expect(third.stdout).not.toMatch(/go build/)
    expect(leftovers(third.runnerDir)).toEqual([])
  })

  it('refuses a foreign file written into output-dir while the targets build: the old output stays whole, staging is removed', async () => {
    const ws = fixtureWorkspace('app', GIT)
    const first = await run(ws)
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    const dist = path.join(ws, 'dist')
    const before = snapshot(dist)
    const runnerDir = tempDir('runner')
    const pending = run(ws, {}, runnerDir)
    // the staging directory appears when the build stage starts: the plan-stage check has passed
    const started = Date.now()
    while (!(existsSync(path.join(runnerDir, 'temp')) && leftovers(runnerDir).length)) {
      if (Date.now() - started > 120_000) throw new Error('the build stage never started')
      await new Promise((r) => setTimeout(r, 5))
    }
    writeFileSync(path.join(dist, 'written-during-build.txt'), 'mine\n')
    const second = await pending
    expect(second.exitCode, second.stdout).toBe(1)
    expect(second.stdout).toMatch(/::error::output-dir: .*\/dist holds written-during-build\.txt, which go-xbuild did not write/)
    expect(second.stdout).toMatch(/go build/) // it was refused at the swap, after building
    expect(snapshot(dist)).toEqual({ ...before, 'written-during-build.txt': Buffer.from('mine\n').toString('hex') })
    expect(leftovers(runnerDir)).toEqual([])
    expect(readdirSync(ws).filter((f) => f.startsWith('.dist'))).toEqual([])
  })

  it('refuses an archive-files symlink that leads out of the checkout, naming it, and writes nothing', async () => {
    const ws = fixtureWorkspace('app', GIT)
    const secret = path.join(tempDir('outside'), 'deploy-key')
    writeFileSync(secret, 'secret\n')
    symlinkSync(secret, path.join(ws, 'LICENSE'))
    const requestsBefore = mirror.requests.length
    const r = await run(ws)
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain(`::error::archive-files: "LICENSE" resolves to ${secret}, outside working-directory ${ws}`)
    expect(existsSync(path.join(ws, 'dist'))).toBe(false)
    expect(mirror.requests.length).toBe(requestsBefore)
    expect(r.stdout + r.stderr).not.toContain('secret\n')
    expect(leftovers(r.runnerDir)).toEqual([])
  })

  it('refuses an output-dir or working-directory outside the workspace, and a regular file as output-dir', async () => {
    const ws = fixtureWorkspace('app', GIT)
    const outside = tempDir('elsewhere')
    const a = await run(ws, { 'output-dir': path.join(outside, 'dist') })
    expect(a.exitCode).toBe(1)
    expect(a.stdout).toMatch(/::error::output-dir: .* resolves to .*, outside the workspace .*; output-dir must stay inside the workspace/)
    expect(readdirSync(outside)).toEqual([])
    const b = await run(ws, { 'working-directory': '..' })
    expect(b.exitCode).toBe(1)
    expect(b.stdout).toMatch(/::error::working-directory: "\.\." resolves to .*, outside the workspace/)
    writeFileSync(path.join(ws, 'release'), 'a file\n')
    const c = await run(ws, { 'output-dir': 'release' })
    expect(c.exitCode).toBe(1)
    expect(c.stdout).toMatch(/::error::output-dir: .*\/release exists and is not a directory; go-xbuild never replaces it/)
    expect(readFileSync(path.join(ws, 'release'), 'utf8')).toBe('a file\n')
  })
})
