/**
 * Secrets never reach child processes, end to end: the bundled action runs with every secret input
 * set (real cosign and gpg keys, so the run gets past signing-setup to the build and smoke-test) and
 * the runner's tokens in its environment. A fixture binary dumps the environment it gets under
 * smoke-test; a stand-in `go` on PATH (in a directory whose name has a space) dumps the environment
 * of every go command before running the real go. Neither may hold a secret's name or value.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { gpgKey, handBuiltCosignKey } from '../support/keys.js'
import { PATH_WITHOUT_GO, runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

const PASSWORD = 'cosign password 7'
const PASSPHRASE = 'gpg passphrase 9'
const GITHUB_TOKEN_INPUT = 'ghs_inputTokenValue1234567890'
const RUNNER_SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJub25lIn0.runtime-token-value.x',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-value-4242',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc?token=request-url-value',
  GITHUB_TOKEN: 'ghs_envTokenValue0987654321'
}

/** A GOROOT look-alike on PATH: its bin/go records its environment, then runs the real go. */
function fakeGoOnPath(dumpDir: string): { pathDir: string; version: string } {
  const realRoot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()
  const root = path.join(tempDir('fakego'), 'x tc', 'go')
  mkdirSync(path.join(root, 'bin'), { recursive: true })
  copyFileSync(path.join(realRoot, 'VERSION'), path.join(root, 'VERSION'))
  const go = path.join(root, 'bin', 'go')
  writeFileSync(go, `#!/bin/sh\nenv > "${dumpDir}/go-$$"\nexec "${realRoot}/bin/go" "$@"\n`)
  chmodSync(go, 0o755)
  const version = (readFileSync(path.join(realRoot, 'VERSION'), 'utf8').split('\n')[0] as string).replace(/^go/, '')
  return { pathDir: path.join(root, 'bin'), version }
}

const dumps = (dir: string, prefix: string): Array<{ file: string; text: string }> =>
  readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }))

describe('least environment for every child process', () => {
  let run: ActionRun
  let dumpDir: string
  let secrets: Record<string, string>

  beforeAll(async () => {
    dumpDir = tempDir('dumps')
    const fake = fakeGoOnPath(dumpDir)
    const cosign = handBuiltCosignKey(PASSWORD)
    const gpg = gpgKey(PASSPHRASE)
    secrets = {
      'signing-key': cosign.privateKey,
      'signing-password': PASSWORD,
      'gpg-private-key': gpg.privateKey,
      'gpg-passphrase': PASSPHRASE,
      'github-token': GITHUB_TOKEN_INPUT,
      ...RUNNER_SECRETS
    }
    run = await runAction({
      inputs: {
        targets: 'linux/amd64',
        'go-version': fake.version,
        'smoke-test': `dump ${dumpDir}`,
        sign: 'cosign, gpg',
        'signing-key': cosign.privateKey,
        'signing-password': PASSWORD,
        'gpg-private-key': gpg.privateKey,
        'gpg-passphrase': PASSPHRASE,
        'github-token': GITHUB_TOKEN_INPUT,
        upload: 'false',
        cache: 'false'
      },
      workspace: fixtureWorkspace('envdump'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      path: `${fake.pathDir}:${PATH_WITHOUT_GO}`,
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE, GOFLAGS: '-mod=mod', ...RUNNER_SECRETS }
    })
  }, 1_200_000)

  const assertClean = (text: string, where: string): void => {
    for (const line of text.split('\n').filter(Boolean)) {
      const name = line.slice(0, line.indexOf('='))
      expect(name, `${where}: ${name}`).not.toMatch(/^(INPUT_|ACTIONS_)|TOKEN|SIGNING|PASSW|PASSPHRASE|PRIVATE/i)
    }
    for (const [input, value] of Object.entries(secrets)) {
      expect(text.includes(value), `${where} holds the value of ${input}`).toBe(false)
      for (const part of value.split('\n').map((l) => l.trim()).filter((l) => l.length >= 16 && !/^-----/.test(l))) {
        expect(text.includes(part), `${where} holds a line of ${input}`).toBe(false)
      }
    }
  }

  it('signs, builds with the go found on PATH (under "x tc") and smoke-tests', () => {
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/found on PATH at .*x tc\/go/)
    expect(run.stdout).toMatch(/smoke-test of the binary: envdump-linux-amd64 dump .* → exit 0/)
  })

  it('the binary under smoke-test gets PATH, HOME, TMPDIR-like variables and LANG=C: no secret input, no runner token', () => {
    const found = dumps(dumpDir, 'env-')
    expect(found).toHaveLength(1)
    const text = (found[0] as { text: string }).text
    assertClean(text, 'smoke-test binary')
    const names = text.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf('='))).sort()
    expect(names.filter((n) => !['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'RUNNER_TRACKING_ID', 'LANG', 'LC_ALL'].includes(n))).toEqual([])
    expect(text).toMatch(/^LANG=C$/m)
  })

  it('every go command gets the go allow-list: GOCACHE and GOFLAGS from the job, GOENV=off, and no secret', () => {
    const found = dumps(dumpDir, 'go-')
    // go tool dist list, go list (the cgo check) and go build at least
    expect(found.length).toBeGreaterThanOrEqual(3)
    for (const d of found) {
      assertClean(d.text, `go (${d.file})`)
      expect(d.text).toMatch(/^GOENV=off$/m)
      expect(d.text).toMatch(/^GOFLAGS=-mod=mod$/m)
      expect(d.text).toMatch(new RegExp(`^GOCACHE=${SHARED_GOCACHE}$`, 'm'))
      expect(d.text).not.toMatch(/^(GITHUB_|RUNNER_|CI=)/m)
      // go-xbuild's own GC setting for the compiler and linker (the job set none): ADR 0013
      expect(d.text).toMatch(/^GOGC=off$/m)
      expect(d.text).toMatch(/^GOMEMLIMIT=\d+MiB$/m)
    }
    expect(found.some((d) => /^GOOS=linux$/m.test(d.text) && /^GOARCH=amd64$/m.test(d.text))).toBe(true)
    expect(run.stdout).toMatch(/GOGC=off GOMEMLIMIT=\d+MiB for go and its compiles and links/)
  })

  it('records GOFLAGS from the job in manifest.json build.env: the manifest describes the build that happened', () => {
    const manifest = JSON.parse(readFileSync(path.join(run.outputs['output-dir'] as string, 'manifest.json'), 'utf8'))
    expect(manifest.build.env).toEqual({ GOFLAGS: '-mod=mod' })
  })
})

describe("the job's GOGC wins over go-xbuild's", () => {
  it.each([
    ['100', 'GOGC=100'],
    // empty: Go's own defaults (the compiler's starting heap included), the bench's baseline
    ['', "GOGC=\\(empty: Go's default\\)"]
  ])('a job that sets GOGC=%j gets it in every go command, and no GOMEMLIMIT of go-xbuild', async (gogc, said) => {
    const dumpDir = tempDir('dumps-gogc')
    const fake = fakeGoOnPath(dumpDir)
    const run = await runAction({
      inputs: { targets: 'linux/amd64', 'go-version': fake.version, upload: 'false', cache: 'false' },
      workspace: fixtureWorkspace('envdump'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      path: `${fake.pathDir}:${PATH_WITHOUT_GO}`,
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE, GOFLAGS: '-mod=mod', GOGC: gogc }
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`${said} from the job's environment: go-xbuild sets no GC setting of its own`))
    const found = dumps(dumpDir, 'go-')
    expect(found.length).toBeGreaterThanOrEqual(3)
    for (const d of found) {
      expect(d.text).toMatch(new RegExp(`^GOGC=${gogc}$`, 'm'))
      expect(d.text).not.toMatch(/^GOMEMLIMIT=/m)
    }
  }, 600_000)
})
