/**
 * UPX end to end on the ten-target fixture: the real UPX (Debian's, repacked in the official
 * layout) installed from the local mirror, what it can pack packed, proven with the real upx -t
 * and by running the binaries (natively or under qemu-user), the rest shipped unpacked with
 * warnings; fakes that crash or corrupt fail their target and say why.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { corruptingUpxAsset, crashingUpxAsset, pathWithoutUpx, upxAsset } from '../support/upx-assets.js'
import { fixtureWorkspace, SHARED_GOCACHE, sh, tempDir } from '../support/workspace.js'
import { TEN_TARGETS } from '../support/targets.js'

const PACKED = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'windows/amd64']
const UNPACKED = ['linux/riscv64', 'darwin/amd64', 'darwin/arm64', 'windows/arm64', 'freebsd/amd64']
const QEMU: Record<string, string[]> = { 'linux/amd64': [], 'linux/386': [], 'linux/arm64': ['qemu-aarch64-static'], 'linux/arm/v7': ['qemu-arm-static'] }
const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }

interface UpxEntry {
  target: string
  file: string
  sha256: string
  size: number
  upx: { packed: boolean; reason?: string; sizeBefore: number; sizeAfter?: number; sha256Before: string; sha256After?: string; roundTrip?: string }
}

describe('UPX end to end', () => {
  let mirror: Mirror
  let go: Asset
  let upx: Asset
  let toolCache: string
  let noUpxPath: string
  let run: ActionRun
  let manifest: { artifacts: UpxEntry[] }

  const action = (inputs: Record<string, string>, opts: { path?: string; cache?: string } = {}) =>
    runAction({
      inputs: { targets: TEN_TARGETS.join(', '), ldflags: '-s -w -X main.version={{.Version}}', 'go-download-base-url': `${mirror.url}/dl`, 'upx-download-base-url': `${mirror.url}/upx`, ...inputs },
      workspace: fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache: opts.cache ?? toolCache,
      env: { GOCACHE: SHARED_GOCACHE },
      path: opts.path ?? noUpxPath
    })

  beforeAll(async () => {
    go = await goAsset()
    upx = await upxAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    mirror.file(`/upx/v${upx.version}/${upx.filename}`, upx.file)
    for (const fake of [await crashingUpxAsset(), await corruptingUpxAsset()]) mirror.file(`/upx/v${fake.version}/${fake.filename}`, fake.file)
    // the 4.2.4 name, but other bytes: verification against the release table must refuse it
    mirror.file(`/upx/v4.2.4/upx-4.2.4-amd64_linux.tar.xz`, upx.file)
    toolCache = tempDir('toolcache')
    noUpxPath = pathWithoutUpx()
    run = await action({ upx: 'true', 'upx-version': upx.version, 'upx-sha256': upx.sha256 })
    manifest = JSON.parse(readFileSync(run.outputs.manifest as string, 'utf8'))
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
  })

  it('installs UPX from the mirror, verified by the given SHA-256, into the tool cache', () => {
    expect(run.exitCode, run.stdout).toBe(0)
    expect(mirror.requests).toContain(`/upx/v${upx.version}/${upx.filename}`)
    expect(run.outputs['upx-version']).toBe(upx.version)
    expect(run.stdout).toContain(`Verified sha256 ${upx.sha256}`)
  })

  it('packs what UPX supports; the real upx -t accepts every packed file', () => {
    const dir = run.outputs['output-dir'] as string
    for (const target of PACKED) {
      const a = manifest.artifacts.find((x) => x.target === target) as UpxEntry
      expect(a.upx, target).toMatchObject({ packed: true, roundTrip: expect.stringMatching(/identical|headers/) })
      expect(a.upx.sizeAfter).toBeLessThan(a.upx.sizeBefore * 0.7)
      expect(a.upx.sha256After).toBe(a.sha256)
      expect(a.size).toBe(a.upx.sizeAfter)
      execFileSync('/usr/bin/upx', ['-t', '-q', path.join(dir, a.file)])
    }
    // without smoke-test the known arm64 stub bug can only be pointed at
    expect(run.stdout).toMatch(/::warning::upx: packed linux\/arm64 binaries have crashed when the environment holds ~500 or more variables/)
  })

  it('with smoke-test, runs each binary before and after packing, and in a crowded environment: a packed file that breaks ships unpacked', async () => {
    const r = await action({ targets: 'linux/amd64, linux/arm64', upx: 'true', 'upx-version': upx.version, 'smoke-test': '--version' }, { path: `${noUpxPath}:/usr/bin` })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/smoke-test before packing: xapp-linux-amd64 --version → exit 0, output "xapp 1\.4\.2 \(none\) linux\/amd64\\n"/)
    expect(r.stdout).toMatch(/smoke-test after packing: xapp-linux-amd64 --version → exit 0/)
    expect(r.stdout).toMatch(/smoke-test with 1000 more environment variables: the packed binary answers the same/)
    const m = JSON.parse(readFileSync(r.outputs.manifest as string, 'utf8')) as { artifacts: UpxEntry[] }
    expect(m.artifacts.find((a) => a.target === 'linux/amd64')?.upx.packed).toBe(true)
    // UPX 4.2.2's arm64 stub crashes with ~500+ variables (upx/upx#743): that binary ships unpacked
    const arm64 = m.artifacts.find((a) => a.target === 'linux/arm64') as UpxEntry
    expect(arm64.upx).toMatchObject({ packed: false, reason: expect.stringMatching(/fails when the environment holds 1000 more variables .*upx\/upx#743/) })
    expect(arm64.sha256).toBe(arm64.upx.sha256Before)
  })

  it('runs the packed Linux binaries with the same answer as before', () => {
    const dir = run.outputs['output-dir'] as string
    for (const [target, prefix] of Object.entries(QEMU)) {
      const a = manifest.artifacts.find((x) => x.target === target) as UpxEntry
      const all = [...prefix, path.join(dir, a.file)]
      const cmd = all[0] as string
      const args = all.slice(1)
      const [goos, goarch] = target.split('/')
      expect(execFileSync(cmd, [...args, '--version'], { encoding: 'utf8' }).trim()).toBe(`xapp 1.4.2 (none) ${goos}/${goarch}`)
      expect(execFileSync(cmd, [...args, 'selftest'], { encoding: 'utf8' }).trim()).toBe('Hello, ada; Hello, grace; Hello, ken; Hello, rob')
    }
  })

  it('ships the others unpacked, each with a warning that says why', () => {
    for (const target of UNPACKED) {
      const a = manifest.artifacts.find((x) => x.target === target) as UpxEntry
      expect(a.upx.packed, target).toBe(false)
      expect(a.sha256).toBe(a.upx.sha256Before)
      expect(run.stdout).toContain(`::warning::upx: ${target} ships unpacked: ${a.upx.reason}`)
    }
    expect(run.stdout).toMatch(/darwin\/arm64 ships unpacked: UPX 4 refuses macOS/)
    expect(sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: run.outputs['output-dir'] as string })).not.toMatch(/FAILED/)
  })

  it('shows the ratio in the job summary', () => {
    expect(run.summary).toMatch(/<th>UPX<\/th>/)
    expect(run.summary).toMatch(/MiB → [\d.]+ MiB \(\d+\.\d %\)/)
  })

  it('fails the target, saying why, when UPX crashes', async () => {
    const fake = await crashingUpxAsset()
    const r = await action({ targets: 'linux/amd64, darwin/arm64', upx: 'true', 'upx-version': fake.version, 'upx-sha256': fake.sha256 }, { cache: tempDir('tc') })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::1 of 2 target\(s\) failed:%0A {2}linux\/amd64: upx: upx failed \(killed by SIGSEGV\)/)
  })

  it('fails the target when UPX writes a corrupt file, even when the fake says its own test passed', async () => {
    const fake = await corruptingUpxAsset()
    const r = await action({ targets: 'linux/amd64', upx: 'true', 'upx-version': fake.version, 'upx-sha256': fake.sha256 }, { cache: tempDir('tc') })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/linux\/amd64: upx: the unpacked copy differs from the original: /)
    expect(r.stdout).not.toMatch(/Wrote 1 binaries/)
  })

  it('refuses a UPX archive that does not match the release table, before any build', async () => {
    const r = await action({ targets: 'linux/amd64', upx: 'true', 'upx-version': '4.2.4' }, { cache: tempDir('tc') })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/checksum mismatch for .*upx-4\.2\.4-amd64_linux\.tar\.xz: expected sha256 75cab4e57ab72fb4585ee45ff36388d280c7afd72aa03e8d4b9c3cbddb474193, got /)
    expect(r.stdout).not.toMatch(/go build/)
  })

  it('refuses a version it cannot verify, before any download', async () => {
    const before = mirror.requests.length
    const r = await action({ targets: 'linux/amd64', upx: 'true', 'upx-version': '5.0.2' }, { cache: tempDir('tc') })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/upx-version 5\.0\.2: go-xbuild has no SHA-256 for upx-5\.0\.2-amd64_linux\.tar\.xz.*give upx-sha256/)
    expect(mirror.requests.slice(before).filter((u) => u.startsWith('/upx/'))).toEqual([])
  })

  it('uses a UPX of the requested version found on PATH as is', async () => {
    const before = mirror.requests.length
    const r = await action({ targets: 'linux/amd64', upx: 'true', 'upx-version': upx.version }, { path: `${noUpxPath}:/usr/bin`, cache: tempDir('tc') })
    expect(r.exitCode, r.stdout).toBe(0)
    expect(r.stdout).toContain(`UPX ${upx.version} found on PATH at /usr/bin/upx`)
    expect(mirror.requests.slice(before).filter((u) => u.startsWith('/upx/'))).toEqual([])
  })

  it('smoke-tests binaries without UPX too, and fails one that does not run', async () => {
    const ok = await action({ targets: 'linux/amd64, linux/riscv64, windows/amd64', 'smoke-test': 'selftest' })
    expect(ok.exitCode, ok.stdout).toBe(0)
    expect(ok.stdout).toMatch(/smoke-test of the binary: qemu-riscv64-static xapp-linux-riscv64 selftest → exit 0/)
    expect(ok.stdout).toMatch(/windows\/amd64[\s\S]*smoke-test: this runner cannot run windows\/amd64 binaries/)
    const bad = await action({ targets: 'linux/amd64', 'smoke-test': 'no-such-command' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/linux\/amd64: smoke-test: smoke-test of the binary: xapp-linux-amd64 no-such-command failed \(exit 2/)
  })
})
