/**
 * The foundation end to end: dist/index.js run as the runner runs it, Go installed from the local
 * mirror (a real archive repacked from this machine's Go), ten targets built, and the results
 * checked with independent tools — sha256sum, file, the binaries themselves (natively and under
 * qemu-user), and the manifest against its JSON Schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, ROOT, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, sh, tempDir } from '../support/workspace.js'
import { TEN_TARGETS } from '../support/targets.js'
import { DEFAULT_GO_BASE_URL } from '../../src/tools/go.js'
import { cacheToolName } from '../../src/url.js'


// what `file` must say about each target's binary
const FILE_SAYS: Record<string, RegExp> = {
  'linux/amd64': /ELF 64-bit LSB executable, x86-64.*statically linked/,
  'linux/arm64': /ELF 64-bit LSB executable, ARM aarch64.*statically linked/,
  'linux/arm/v7': /ELF 32-bit LSB executable, ARM, EABI5.*statically linked/,
  'linux/386': /ELF 32-bit LSB executable, Intel 80386.*statically linked/,
  'linux/riscv64': /ELF 64-bit LSB executable, UCB RISC-V.*statically linked/,
  'darwin/amd64': /Mach-O 64-bit x86_64 executable/,
  'darwin/arm64': /Mach-O 64-bit arm64 executable/,
  'windows/amd64': /PE32\+ executable \(console\) x86-64/,
  'windows/arm64': /PE32\+ executable \(console\) Aarch64/,
  'freebsd/amd64': /ELF 64-bit LSB executable, x86-64, version 1 \(FreeBSD\)/
}

// how each Linux binary runs on this amd64 machine
const RUNNER: Record<string, string[]> = {
  'linux/amd64': [],
  'linux/386': [],
  'linux/arm64': ['qemu-aarch64-static'],
  'linux/arm/v7': ['qemu-arm-static'],
  'linux/riscv64': ['qemu-riscv64-static']
}

const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }
const LDFLAGS = '-s -w -X main.version={{.Version}} -X main.commit={{.ShortCommit}}'

describe('build end to end', () => {
  let mirror: Mirror
  let go: Asset
  let toolCache: string
  let first: ActionRun
  let workspace: string

  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    targets: TEN_TARGETS.join(', '),
    ldflags: LDFLAGS,
    'go-download-base-url': `${mirror.url}/dl`,
    ...extra
  })
  const env = { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE }

  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    toolCache = tempDir('toolcache')
    workspace = fixtureWorkspace('app', GIT)
    first = await runAction({ inputs: inputs(), workspace, runnerDir: tempDir('runner'), toolCache, env })
  })
  afterAll(async () => {
    await mirror?.close()
  })

  it('succeeds, having downloaded Go once from the mirror', () => {
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all', `/dl/${go.filename}`])
    expect(first.outputs['go-version']).toBe(go.version)
    // cached under the mirror's own name, never as the official 'go' (see mirror-trust.test.ts)
    expect(existsSync(path.join(toolCache, cacheToolName('go', `${mirror.url}/dl`, DEFAULT_GO_BASE_URL), go.version, 'x64.complete'))).toBe(true)
  })

  it('writes a SHA256SUMS that sha256sum -c accepts, covering every binary and archive', () => {
    const dir = first.outputs['output-dir'] as string
    expect(dir).toBe(path.join(workspace, 'dist'))
    const check = sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir })
    expect(check.trim().split('\n')).toHaveLength(2 * TEN_TARGETS.length)
    expect(check).not.toMatch(/FAILED/)
    expect(check).toContain('xapp_1.4.2_linux_armv7.tar.gz: OK')
    expect(check).toContain('xapp_1.4.2_windows_arm64.zip: OK')
  })

  it('packs each binary, executable, into a reproducible per-target archive', () => {
    const dir = first.outputs['output-dir'] as string
    const listing = sh('tar', ['-tvzf', path.join(dir, 'xapp_1.4.2_linux_arm64.tar.gz'), '--numeric-owner'])
    expect(listing).toMatch(/^-rwxr-xr-x 0\/0 +\d+ 2026-01-02 03:04 xapp$/m)
    const out = tempDir('untar')
    sh('tar', ['-xzf', path.join(dir, 'xapp_1.4.2_linux_amd64.tar.gz'), '-C', out])
    expect(sh(path.join(out, 'xapp'), ['--version'])).toMatch(/^xapp 1\.4\.2 /)
    expect(sh('unzip', ['-Z1', path.join(dir, 'xapp_1.4.2_windows_amd64.zip')]).trim()).toBe('xapp.exe')
  })

  it('produces binaries that file(1) identifies as their targets', () => {
    const artifacts = JSON.parse(first.outputs.artifacts as string) as Array<{ target: string; path: string }>
    expect(artifacts.map((a) => a.target)).toEqual(TEN_TARGETS)
    for (const a of artifacts) expect(sh('file', ['-b', a.path]), a.target).toMatch(FILE_SAYS[a.target] as RegExp)
  })

  it('runs the Linux binaries (natively or under qemu-user) with the injected version', () => {
    const artifacts = JSON.parse(first.outputs.artifacts as string) as Array<{ target: string; path: string }>
    const commit = sh('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: workspace }).trim()
    for (const [target, prefix] of Object.entries(RUNNER)) {
      const bin = artifacts.find((a) => a.target === target)?.path as string
      const [cmd, ...args] = [...prefix, bin]
      const out = sh(cmd as string, [...args, '--version'])
      const [goos, goarch] = target.split('/')
      expect(out.trim()).toBe(`xapp 1.4.2 (${commit}) ${goos}/${goarch}`)
      expect(sh(cmd as string, [...args, 'selftest']).trim()).toBe('Hello, ada; Hello, grace; Hello, ken; Hello, rob')
    }
  })

  it('writes a manifest that validates against the published schema and matches the files', () => {
    const manifest = JSON.parse(readFileSync(first.outputs.manifest as string, 'utf8'))
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'manifest.schema.json'), 'utf8'))
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true)
    expect(manifest.project).toMatchObject({ name: 'xapp', module: 'example.com/acme/xapp', version: '1.4.2', tag: 'v1.4.2', commitDate: GIT.date })
    expect(manifest.go.version).toBe(go.version)
    const sums = readFileSync(first.outputs.checksums as string, 'utf8')
    for (const a of manifest.artifacts) {
      expect(sums).toContain(`${a.sha256}  ${a.file}\n`)
      expect(a.cgo).toBe(false)
    }
    expect(manifest.artifacts.find((a: { target: string }) => a.target === 'linux/arm/v7')).toMatchObject({
      goos: 'linux',
      goarch: 'arm',
      variant: 'v7',
      file: 'xapp-linux-armv7',
      static: true
    })
  })

  it('sets every output and writes a summary table', () => {
    for (const name of ['go-version', 'version', 'output-dir', 'manifest', 'checksums', 'artifacts', 'matrix']) {
      expect(first.outputs[name], name).toBeTruthy()
    }
    const matrix = JSON.parse(first.outputs.matrix as string) as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => e.target)).toEqual(TEN_TARGETS)
    expect(matrix.include[2]).toEqual({ id: 'linux-arm-v7', target: 'linux/arm/v7', targets: 'linux/arm/v7', 'runs-on': 'ubuntu-latest' })
    expect(first.outputs.version).toBe('1.4.2')
    expect(first.summary).toContain('<table>')
    expect(first.summary).toContain('xapp-windows-arm64.exe')
  })

  it('downloads nothing on a second run in another checkout of the same commit, and yields identical hashes', async () => {
    const before = mirror.requests.length
    const other = fixtureWorkspace('app', GIT)
    const second = await runAction({ inputs: inputs(), workspace: other, runnerDir: tempDir('runner'), toolCache, env })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(mirror.requests.length).toBe(before)
    expect(second.stdout).toMatch(/from the tool cache/)
    expect(readFileSync(path.join(other, 'dist', 'SHA256SUMS'), 'utf8')).toBe(readFileSync(first.outputs.checksums as string, 'utf8'))
    expect(readFileSync(path.join(other, 'dist', 'manifest.json'), 'utf8')).toBe(readFileSync(first.outputs.manifest as string, 'utf8'))
  })

  it('replaces output-dir on a rerun in the same checkout, with the same bytes and no vcs.modified', async () => {
    const again = await runAction({ inputs: inputs(), workspace, runnerDir: tempDir('runner'), toolCache, env })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(again.stdout).not.toMatch(/uncommitted changes/)
    expect(readFileSync(path.join(workspace, 'dist', 'SHA256SUMS'), 'utf8')).toBe(readFileSync(first.outputs.checksums as string, 'utf8'))
    expect(readdirSync(path.dirname(path.join(workspace, 'dist'))).filter((f) => f.includes('.dist.'))).toEqual([])
  })

  it('fails a typo in targets in milliseconds, before any request, naming the nearest valid target', async () => {
    const before = mirror.requests.length
    const run = await runAction({
      inputs: inputs({ targets: 'linux/amd64, linux/arm65' }),
      workspace: fixtureWorkspace('app'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      env
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::targets: "linux\/arm65": unknown GOARCH "arm65"; did you mean "linux\/arm64"\?/)
    expect(mirror.requests.length).toBe(before)
    expect(run.ms).toBeLessThan(5000) // includes Node start-up; the check itself takes milliseconds
  })

  it('refuses a corrupted Go archive, names the URL and both hashes, and caches nothing', async () => {
    const cache = tempDir('toolcache')
    mirror.fault(`/dl/${go.filename}`, { remaining: 1, corrupt: true })
    const run = await runAction({ inputs: inputs({ targets: 'linux/amd64' }), workspace: fixtureWorkspace('app'), runnerDir: tempDir('runner'), toolCache: cache, env })
    mirror.clearFaults()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`checksum mismatch for ${mirror.url}/dl/${go.filename}: expected sha256 ${go.sha256}, got `)
    expect(existsSync(path.join(cache, 'go'))).toBe(false)
  })

  it('rides out a burst of 503s from the mirror', async () => {
    mirror.fault(`/dl/${go.filename}`, { remaining: 3, status: 503, retryAfter: '0' })
    const run = await runAction({
      inputs: inputs({ targets: 'linux/amd64' }),
      workspace: fixtureWorkspace('app'),
      runnerDir: tempDir('runner'),
      toolCache: tempDir('toolcache'),
      env
    })
    mirror.clearFaults()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout.match(/::warning::HTTP 503 from .*retrying/g)).toHaveLength(3)
  })

  it('fails every broken target at the end, listing them, with compiler errors as annotations', async () => {
    const ws = fixtureWorkspace('app')
    writeFileSync(path.join(ws, 'broken_windows.go'), 'package main\n\nfunc init() { undefinedOnWindows() }\n')
    const run = await runAction({
      inputs: inputs({ targets: 'linux/amd64, windows/amd64, windows/arm64' }),
      workspace: ws,
      runnerDir: tempDir('runner'),
      toolCache,
      env
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error title=go build,file=broken_windows.go,line=3,col=15::undefined: undefinedOnWindows \(windows\/amd64, windows\/arm64\)/)
    expect(run.stdout).toMatch(/::error::2 of 3 target\(s\) failed:%0A\s+windows\/amd64: go build exited with 1/)
    // the run failed: output-dir was not written
    expect(existsSync(path.join(ws, 'dist'))).toBe(false)
  })

  it('fails a port this Go no longer has once Go is installed, naming it', async () => {
    const run = await runAction({ inputs: inputs({ targets: 'linux/amd64, windows/arm' }), workspace: fixtureWorkspace('app'), runnerDir: tempDir('runner'), toolCache, env })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`::error::targets: windows/arm is not a port of Go ${go.version} (go tool dist list); pick another go-version or drop the target`)
    expect(run.stdout).not.toMatch(/go build/)
  })

  it('builds another package from a working-directory, with a name and a filename template', async () => {
    const ws = path.dirname(fixtureWorkspace('app', GIT))
    const run = await runAction({
      inputs: inputs({
        'working-directory': 'app',
        package: './cmd/xsum',
        name: 'xsum',
        filename: '{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.Arch}}{{.Variant}}/{{.ProjectName}}',
        ldflags: '-s -w -X main.version={{.Version}}',
        targets: 'linux/amd64, linux/arm64, windows/amd64',
        tags: 'netgo osusergo',
        flags: '-mod=readonly'
      }),
      workspace: ws,
      runnerDir: tempDir('runner'),
      toolCache,
      env
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const dir = path.join(ws, 'app', 'dist')
    expect(run.outputs['output-dir']).toBe(dir)
    expect(sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir })).toMatch(/xsum_1\.4\.2_windows_amd64\/xsum\.exe: OK/)
    expect(sh(path.join(dir, 'xsum_1.4.2_linux_amd64', 'xsum'), ['a']).trim()).toMatch(/^xsum 1\.4\.2 linux\/amd64 [0-9a-f]{8}$/)
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.build).toMatchObject({ package: './cmd/xsum', tags: ['netgo', 'osusergo'], flags: ['-mod=readonly'] })
    expect(run.stdout).toMatch(/-tags netgo,osusergo -mod=readonly -o /)
  })
})
