/**
 * cgo end to end: the bundled action installs zig from the local mirror (the real zig from PyPI,
 * repacked, with an index.json and a minisign signature), builds the cgo fixture — its own C code
 * calling qsort, malloc and snprintf — static against musl for four Linux architectures, and every
 * binary runs (natively or under qemu-user) printing the same line. Then the musl-cross and system
 * providers, and the failures that must come before any download.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inspectBinary } from '../../src/build/inspect.js'
import { goAsset, serveGo } from '../support/assets.js'
import { muslCrossAsset, zigAsset, type ZigAsset } from '../support/cgo-assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, sh, tempDir } from '../support/workspace.js'

const EXPECTED = 'sorted=-250,-7,0,3,8,19,42,1000 checksum=796820557'
const RUN: Record<string, string[]> = {
  'linux/amd64': [],
  'linux/arm64': ['qemu-aarch64-static'],
  'linux/arm/v7': ['qemu-arm-static'],
  'linux/riscv64': ['qemu-riscv64-static']
}
const GIT = { tag: 'v0.3.0', date: '2026-01-02T03:04:05Z' }
const SYSTEM_DLL = /^(kernel32|ntdll|ws2_32|advapi32|winmm|bcrypt|bcryptprimitives|crypt32|secur32|iphlpapi|dnsapi|netapi32|mswsock|psapi|userenv|shell32|user32|powrprof|api-ms-win-[a-z0-9-]+)\.dll$/

interface Entry {
  target: string
  file: string
  sha256: string
  cgo: boolean
  static: boolean
  cToolchain: { provider: string; version: string; triple: string }
}

describe('cgo end to end', () => {
  let mirror: Mirror
  let zig: ZigAsset
  let toolCache: string
  let runnerTemp: string
  let run: ActionRun
  let manifest: { artifacts: Entry[] }

  const action = (inputs: Record<string, string>, opts: { workspace?: string; cache?: string; temp?: string } = {}) =>
    runAction({
      inputs: {
        'go-download-base-url': `${mirror.url}/dl`,
        'zig-download-base-url': `${mirror.url}/zig`,
        'zig-public-key': zig.publicKey,
        ldflags: '-s -w -X main.version={{.Version}}',
        ...inputs
      },
      workspace: opts.workspace ?? fixtureWorkspace('cgo', GIT),
      runnerDir: tempDir('runner'),
      toolCache: opts.cache ?? toolCache,
      // zig's own caches live under RUNNER_TEMP: one for the file, so musl is compiled once per target
      env: { GOCACHE: SHARED_GOCACHE, RUNNER_TEMP: opts.temp ?? runnerTemp }
    })

  beforeAll(async () => {
    const go = await goAsset()
    zig = await zigAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    mirror.json('/zig/index.json', zig.index)
    mirror.file(`/zig/${zig.version}/${zig.filename}`, zig.file)
    mirror.body(`/zig/${zig.version}/${zig.filename}.minisig`, zig.minisig, 'text/plain')
    for (const triple of ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-musl'] as const) {
      const a = await muslCrossAsset(triple)
      mirror.file(`/musl-cross/20250929/${a.filename}`, a.file)
    }
    toolCache = tempDir('toolcache')
    runnerTemp = tempDir('runner-temp')
    run = await action({ targets: Object.keys(RUN).join(', '), cgo: 'true' })
    manifest = JSON.parse(readFileSync(run.outputs.manifest as string, 'utf8'))
  }, 1_800_000)
  afterAll(async () => {
    await mirror?.close()
  })

  it('installs zig from the index, verified by SHA-256 and minisign', () => {
    expect(run.exitCode, run.stdout.slice(-4000)).toBe(0)
    expect(run.stdout).toContain(`Verified sha256 ${zig.sha256}`)
    expect(run.stdout).toMatch(/minisign signature verified \(timestamp:\d+\tfile:zig-x86_64-linux-[\d.]+\.tar\.xz\thashed\)/)
    expect(run.outputs['zig-version']).toBe(zig.version)
  })

  it('builds static cgo binaries that run everywhere with the same answer', () => {
    const dir = run.outputs['output-dir'] as string
    for (const [target, prefix] of Object.entries(RUN)) {
      const a = manifest.artifacts.find((x) => x.target === target) as Entry
      expect(a, target).toMatchObject({ cgo: true, static: true, cToolchain: { provider: 'zig', version: zig.version } })
      expect(sh('file', ['-b', path.join(dir, a.file)])).toMatch(/statically linked/)
      const all = [...prefix, path.join(dir, a.file)]
      expect(execFileSync(all[0] as string, all.slice(1), { encoding: 'utf8' }).trim(), target).toBe(EXPECTED)
    }
    expect(manifest.artifacts.find((x) => x.target === 'linux/arm/v7')?.cToolchain.triple).toBe('arm-linux-musleabihf')
  })

  it('leaves no build paths in the binaries and gives the same bytes from another checkout and tool cache', async () => {
    const dir = run.outputs['output-dir'] as string
    for (const a of manifest.artifacts) {
      const text = readFileSync(path.join(dir, a.file)).toString('latin1')
      expect(text.includes('/tmp/'), `${a.file} holds a /tmp path`).toBe(false)
      expect(text.includes(toolCache), a.file).toBe(false)
    }
    const again = await action({ targets: 'linux/arm64', cgo: 'true' }, { cache: tempDir('other-toolcache'), temp: tempDir('other-temp') })
    expect(again.exitCode, again.stdout.slice(-3000)).toBe(0)
    const other = JSON.parse(readFileSync(again.outputs.manifest as string, 'utf8')) as { artifacts: Entry[] }
    expect(other.artifacts[0]?.sha256).toBe(manifest.artifacts.find((a) => a.target === 'linux/arm64')?.sha256)
  })

  it('builds with musl-cross toolchains from a URL template, verified by the given SHA-256s', async () => {
    const sums = await Promise.all((['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-musl'] as const).map(muslCrossAsset))
    const r = await action({
      targets: 'linux/amd64, linux/arm64',
      cgo: 'true',
      'c-toolchain': 'musl-cross',
      'musl-cross-url': `${mirror.url}/musl-cross/{{.Version}}/{{.Triple}}.tar.xz`,
      'musl-cross-sha256': sums.map((a) => `${a.sha256}  ${a.filename}`).join('\n'),
      sbom: 'cyclonedx'
    })
    expect(r.exitCode, r.stdout.slice(-3000)).toBe(0)
    const m = JSON.parse(readFileSync(r.outputs.manifest as string, 'utf8')) as { artifacts: Entry[] }
    for (const a of m.artifacts) {
      expect(a).toMatchObject({ static: true, cToolchain: { provider: 'musl-cross', version: '20250929' } })
      // the SBOM records the C toolchain that compiled the cgo code and the musl linked into it
      const bom = JSON.parse(readFileSync(path.join(r.outputs['output-dir'] as string, `${a.file}.cdx.json`), 'utf8')) as {
        components: Array<{ name: string; version?: string; type: string; properties?: Array<{ name: string; value: string }> }>
        metadata: { properties: Array<{ name: string; value: string }> }
      }
      const toolchain = bom.components.find((c) => c.name === 'musl-cross')
      expect(toolchain).toMatchObject({ type: 'application', version: '20250929' })
      expect(toolchain?.properties).toContainEqual({ name: 'go-xbuild:c-toolchain:triple', value: a.cToolchain.triple })
      expect(bom.components.find((c) => c.name === 'musl')).toMatchObject({ type: 'library' })
      expect(bom.metadata.properties).toContainEqual({ name: 'go-xbuild:build:CGO_ENABLED', value: '1' })
      const all = [...(RUN[a.target] as string[]), path.join(r.outputs['output-dir'] as string, a.file)]
      expect(execFileSync(all[0] as string, all.slice(1), { encoding: 'utf8' }).trim()).toBe(EXPECTED)
    }
  })

  it('refuses a musl-cross archive nobody can verify, before downloading it', async () => {
    const before = mirror.requests.length
    const r = await action({ targets: 'linux/arm64', cgo: 'true', 'c-toolchain': 'musl-cross', 'musl-cross-url': `${mirror.url}/musl-cross/{{.Version}}/{{.Triple}}.tar.xz`, 'musl-cross-version': '20991231' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/musl-cross 20991231: go-xbuild has no SHA-256 for aarch64-unknown-linux-musl\.tar\.xz; give it in musl-cross-sha256/)
    expect(mirror.requests.slice(before).filter((u) => u.startsWith('/musl-cross/'))).toEqual([])
  })

  it('builds with the runner own compilers through cc: {{.Triple}}-gcc, cgo for the listed targets only', async () => {
    const r = await action(
      { targets: 'linux/amd64, linux/arm64', cgo: 'linux/arm64', 'c-toolchain': 'system', cc: '{{.Triple}}-gcc' },
      { workspace: fixtureWorkspace('cgodrop', GIT) }
    )
    expect(r.exitCode, r.stdout.slice(-3000)).toBe(0)
    const m = JSON.parse(readFileSync(r.outputs.manifest as string, 'utf8')) as { artifacts: Entry[] }
    const arm64 = m.artifacts.find((a) => a.target === 'linux/arm64') as Entry
    expect(arm64).toMatchObject({ cgo: true, static: true, cToolchain: { provider: 'system', triple: 'aarch64-linux-musl' } })
    expect(m.artifacts.find((a) => a.target === 'linux/amd64')).toMatchObject({ cgo: false })
    expect(r.stdout).toMatch(/CC=aarch64-linux-musl-gcc/)
    const dir = r.outputs['output-dir'] as string
    expect(execFileSync('qemu-aarch64-static', [path.join(dir, arm64.file)], { encoding: 'utf8' }).trim()).toBe('needscgo works: true')
    // the target built without cgo got the stub, and the run said so
    expect(execFileSync(path.join(dir, 'xdrop-linux-amd64'), { encoding: 'utf8' }).trim()).toBe('needscgo works: false')
    expect(r.stdout).toMatch(/::warning title=cgo files dropped::example\.com\/needscgo .* so linux\/amd64 may get a stub/)
  })

  it('builds windows cgo targets through zig (MinGW-w64), linking only system DLLs', async () => {
    const r = await action({ targets: 'windows/amd64, windows/arm64, windows/386', cgo: 'true' })
    expect(r.exitCode, r.stdout.slice(-3000)).toBe(0)
    const m = JSON.parse(readFileSync(r.outputs.manifest as string, 'utf8')) as { artifacts: Array<Entry & { format: string; goarch: string }> }
    const dir = r.outputs['output-dir'] as string
    for (const a of m.artifacts) {
      expect(a).toMatchObject({ cgo: true, format: 'pe', cToolchain: { provider: 'zig' } })
      expect(sh('file', ['-b', path.join(dir, a.file)])).toMatch(/^PE32\+? executable \(console\)/)
      // the DLLs it imports, read from its import table: Windows' own and the Universal CRT, nothing to ship beside it
      const info = await inspectBinary(path.join(dir, a.file))
      expect(info.arch).toBe(a.goarch)
      expect(info.needed?.length).toBeGreaterThan(3)
      for (const dll of info.needed ?? []) expect(dll.toLowerCase(), a.file).toMatch(SYSTEM_DLL)
    }
  })

  it('refuses a zig signed by another key', async () => {
    const r = await action({ targets: 'linux/amd64', cgo: 'true', 'zig-public-key': 'RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3' }, { cache: tempDir('tc') })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::.*signed by key [0-9A-F]{16}, not by [0-9A-F]{16}/)
  })

  it.each([
    ['darwin/arm64', /darwin\/arm64: cgo for Apple platforms needs Apple's SDK, which a linux runner cannot use; build this target on a macOS runner/],
    ['linux/arm/v5', /linux\/arm\/v5: c-toolchain zig cannot build it \(zig's compiler-rt has no __sync_\* atomics for ARMv5.*\); use c-toolchain: musl-cross or system/],
    ['linux/mips', /linux\/mips: c-toolchain zig cannot build it/],
    ['js/wasm', /js\/wasm has no cgo in Go/]
  ])('fails cgo for %s before any download', async (target, message) => {
    const before = mirror.requests.length
    const r = await action({ targets: target, cgo: 'true' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(message)
    expect(mirror.requests.length).toBe(before)
  })

  it('warns when CGO_ENABLED=0 silently drops a dependency\'s cgo files', async () => {
    const r = await action({ targets: 'linux/amd64' }, { workspace: fixtureWorkspace('cgodrop', GIT) })
    expect(r.exitCode, r.stdout.slice(-3000)).toBe(0)
    expect(r.stdout).toMatch(/::warning title=cgo files dropped::example\.com\/needscgo has cgo files \(cgo\.go\) that CGO_ENABLED=0 leaves out, so every target may get a stub that fails at run time; set cgo: true/)
  })
})
