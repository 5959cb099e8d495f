/**
 * Values are words, never syntax — end to end on dist/, as the runner runs it: an environment value
 * written to close the author's quotes and add linker flags (`-extld=/bin/sh`, an -X) ends up, whole,
 * as the value of its -X, and no word of it became a flag of its own (the hidden -X would show in
 * the binary). Hostile values that must be refused are refused before Go is downloaded.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, sh, tempDir } from '../support/workspace.js'

/**
 * Rendered before splitting (the old way), this closes the author's quotes and adds three linker
 * words: `-extld=/bin/sh` and `-X main.commit=INJECTED` — the second is visible in the binary.
 */
const HOSTILE = "1.0' -extld=/bin/sh -X 'main.commit=INJECTED"

describe('field values stay inside their words (e2e)', () => {
  let mirror: Mirror
  let go: Asset
  let toolCache: string
  let run: ActionRun
  const env = { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE }
  const inputs = (extra: Record<string, string>): Record<string, string> => ({
    targets: 'linux/amd64',
    archive: 'none',
    'go-download-base-url': `${mirror.url}/dl`,
    ...extra
  })

  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    toolCache = tempDir('toolcache')
    run = await runAction({
      inputs: inputs({ ldflags: "-s -w -X 'main.version={{.Env.XVAL}}'" }),
      workspace: fixtureWorkspace('app', { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }),
      runnerDir: tempDir('runner'),
      toolCache,
      env: { ...env, XVAL: HOSTILE }
    })
  })
  afterAll(async () => {
    await mirror?.close()
  })

  it('builds, with the whole value as the value of its -X, and no linker word of its own', () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    const [artifact] = JSON.parse(run.outputs.artifacts as string) as Array<{ path: string }>
    // main.commit keeps its default: the -X main.commit=INJECTED inside the value never became a flag
    // (go records -ldflags in the build info only without -trimpath, so the binary is the witness)
    expect(sh(artifact!.path, ['--version']).trim()).toBe(`xapp ${HOSTILE} (none) linux/amd64`)
  })

  it.each([
    [{ ldflags: '-X main.version={{.Env.XVAL}}' }, { XVAL: '1.0\n-extld=/bin/sh' }, /ldflags: the value of \{\{\.Env\.XVAL\}\} has U\+000A \(newline\) at character 4/],
    [{ package: '-toolexec=/bin/sh' }, {}, /package: "-toolexec=\/bin\/sh" starts with "-", which go would read as a flag/],
    [{ filename: 'SHA256SUMS' }, {}, /filename: the name for linux\/amd64 "SHA256SUMS" uses "SHA256SUMS", a name go-xbuild writes itself/],
    [{ name: '../evil' }, {}, /name: the project name "\.\.\/evil" has a path separator/]
  ])('refuses %j before downloading Go', async (extra, extraEnv, message) => {
    const before = mirror.requests.length
    const refused = await runAction({
      inputs: inputs(extra),
      workspace: fixtureWorkspace('app'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      env: { ...env, ...extraEnv }
    })
    expect(refused.exitCode).not.toBe(0)
    expect(refused.stdout).toMatch(message)
    expect(refused.stdout).not.toMatch(/\n\s+at .*\.js:\d+/) // a message, not a stack trace
    expect(mirror.requests.length).toBe(before)
  })

  it('fails at once, naming RUNNER_TEMP, when RUNNER_TEMP cannot be created', async () => {
    const runnerDir = tempDir('runner')
    writeFileSync(path.join(runnerDir, 'a-file'), '')
    const before = mirror.requests.length
    const refused = await runAction({
      inputs: inputs({}),
      workspace: fixtureWorkspace('app'),
      runnerDir,
      toolCache: tempDir('toolcache'),
      env: { ...env, RUNNER_TEMP: path.join(runnerDir, 'a-file', 'temp') }
    })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/::error::RUNNER_TEMP .*a-file\/temp cannot be created \(ENOTDIR\); point RUNNER_TEMP at a writable directory/)
    expect(refused.stderr).not.toMatch(/\n\s+at .*\.js:\d+/)
    expect(refused.ms).toBeLessThan(5000)
    expect(mirror.requests.length).toBe(before)
  })
})
