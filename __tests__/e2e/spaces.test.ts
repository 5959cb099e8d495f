/**
 * Paths with spaces, end to end on dist/: the workspace, RUNNER_TEMP, the tool cache and HOME all
 * sit in directories whose names hold spaces (as `C:\Program Files\Go`, `C:\Users\Jane Doe` or a
 * self-hosted runner under such a path do). Go and UPX are downloaded into that tool cache and run
 * from there, gpg gets a GNUPGHOME under that RUNNER_TEMP, the builds write into that workspace, and
 * smoke tests run the binaries from there. The results are checked with sha256sum -c and gpg.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo } from '../support/assets.js'
import { gpgKey } from '../support/keys.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction } from '../support/run-action.js'
import { pathWithoutUpx, upxAsset } from '../support/upx-assets.js'
import { FIXTURES, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

describe('directories whose names hold spaces', () => {
  let mirror: Mirror

  beforeAll(async () => {
    mirror = await startMirror()
    serveGo(mirror, await goAsset())
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
  })

  it('workspace, RUNNER_TEMP, tool cache and HOME with spaces: Go and UPX installed and run from there, signed, checked', async () => {
    const upx = await upxAsset()
    mirror.file(`/upx/v${upx.version}/${upx.filename}`, upx.file)
    const root = tempDir('spaces')
    const workspace = path.join(root, 'Jane Doe', 'my project')
    cpSync(path.join(FIXTURES, 'app'), workspace, { recursive: true })
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: workspace,
        env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z' }
      })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'fixture')
    git('tag', 'v2.0.0')
    const home = path.join(root, 'home dir')
    mkdirSync(home)
    const toolCache = path.join(root, 'x tc')
    const gpg = gpgKey('space pass')

    const run = await runAction({
      inputs: {
        targets: 'linux/amd64, linux/arm64, windows/amd64',
        ldflags: '-s -w -X main.version={{.Version}}',
        'go-download-base-url': `${mirror.url}/dl`,
        'upx-download-base-url': `${mirror.url}/upx`,
        upx: 'true',
        'upx-version': upx.version,
        'upx-sha256': upx.sha256,
        sign: 'gpg',
        'gpg-private-key': gpg.privateKey,
        'gpg-passphrase': 'space pass',
        'output-dir': 'release files',
        cache: 'false',
        upload: 'false'
      },
      workspace,
      runnerDir: path.join(root, 'runner dir'),
      toolCache,
      path: pathWithoutUpx(),
      env: { HOME: home, GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE }
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).not.toMatch(/Unable to locate executable/)
    // Go and UPX came from the mirror into the tool cache with a space in its name, and ran from there
    expect(mirror.requests.some((r) => r.startsWith('/dl/'))).toBe(true)
    expect(mirror.requests).toContain(`/upx/v${upx.version}/${upx.filename}`)
    const tools = readdirSync(toolCache)
    expect(tools.some((t) => /^go(-|$)/.test(t)) && tools.some((t) => /^upx(-|$)/.test(t)), tools.join(', ')).toBe(true)
    expect(run.stdout).toContain(toolCache)

    const out = run.outputs['output-dir'] as string
    expect(out).toBe(path.join(workspace, 'release files'))
    execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out })
    const verify = path.join(root, 'gpg verify')
    mkdirSync(verify, { mode: 0o700 })
    execFileSync('gpg', ['--homedir', verify, '--batch', '--import'], { input: gpg.publicKey, stdio: ['pipe', 'ignore', 'ignore'] })
    execFileSync('gpg', ['--homedir', verify, '--batch', '--verify', 'SHA256SUMS.asc', 'SHA256SUMS'], { cwd: out, stdio: 'ignore' })
    execFileSync('gpgconf', ['--homedir', verify, '--kill', 'all'])
    expect(execFileSync(path.join(out, 'xapp-linux-amd64'), ['--version'], { encoding: 'utf8' })).toMatch(/2\.0\.0/)
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { artifacts: Array<{ target: string; upx?: { packed: boolean } }> }
    expect(manifest.artifacts.find((a) => a.target === 'linux/amd64')?.upx?.packed).toBe(true)
    // nothing of the run is left in the spaced RUNNER_TEMP
    expect(readdirSync(path.join(root, 'runner dir', 'temp')).filter((f) => /^go-xbuild-|^g.{6}$/.test(f))).toEqual([])
  })
})
