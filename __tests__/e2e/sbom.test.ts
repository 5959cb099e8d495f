/**
 * SBOMs end to end on the bundled action: the multi fixture (three main packages, one with a
 * local replace) for four targets, with UPX and cosign signing on. Checked with tools that are not
 * go-xbuild: `sha256sum -c` over the checksum file, openssl for the SBOMs' signatures, the
 * vendored SPDX 2.3 / CycloneDX 1.6 schemas, and `go version -m` on a copy that `upx -d` unpacked —
 * the packed file hides its build info, the SBOM made before packing does not. A second run from
 * another checkout gives the same SBOM bytes; SOURCE_DATE_EPOCH sets their time.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, type Asset } from '../support/assets.js'
import { handBuiltCosignKey, opensslVerify } from '../support/keys.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { schemaErrors } from '../support/sbom-schemas.js'
import { pathWithoutUpx, upxAsset } from '../support/upx-assets.js'
import { fixtureWorkspace, SHARED_GOCACHE, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, linux/arm64, windows/amd64, darwin/arm64'
const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }
const PASSWORD = 'sbom pass phrase'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
interface Entry {
  target: string
  binary: string
  file: string
  sha256: string
  upx?: { packed: boolean }
  sboms: Array<{ format: string; file: string; size: number; sha256: string }>
  signatures: string[]
}

describe('SBOMs end to end', () => {
  let mirror: Mirror
  let go: Asset
  let toolCache: string
  let noUpxPath: string
  let cosign: { privateKey: string; publicKey: string }
  let upxInputs: Record<string, string>
  let run: ActionRun
  let dir: string
  let manifest: { artifacts: Entry[] }

  const action = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({
      inputs: {
        targets: TARGETS,
        packages: './cmd/...',
        ldflags: '-s -w -X main.version={{.Version}}',
        'go-download-base-url': `${mirror.url}/dl`,
        'upx-download-base-url': `${mirror.url}/upx`,
        sbom: 'both',
        ...inputs
      },
      workspace: fixtureWorkspace('multi', GIT),
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: SHARED_GOCACHE, ...env },
      path: noUpxPath
    })

  beforeAll(async () => {
    go = await goAsset()
    const upx = await upxAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    mirror.file(`/upx/v${upx.version}/${upx.filename}`, upx.file)
    upxInputs = { upx: 'true', 'upx-version': upx.version, 'upx-sha256': upx.sha256 }
    toolCache = tempDir('toolcache')
    noUpxPath = pathWithoutUpx()
    cosign = handBuiltCosignKey(PASSWORD)
    run = await action({ ...upxInputs, sign: 'cosign', 'signing-key': cosign.privateKey, 'signing-password': PASSWORD })
    expect(run.exitCode, run.stdout.slice(-4000)).toBe(0)
    dir = run.outputs['output-dir'] as string
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
  })

  it('writes both documents beside every binary, lists them in the manifest and the outputs, and the checksum file covers them', () => {
    expect(manifest.artifacts).toHaveLength(12)
    for (const a of manifest.artifacts) {
      expect(a.sboms.map((s) => [s.format, s.file])).toEqual([
        ['spdx', `${a.file}.spdx.json`],
        ['cyclonedx', `${a.file}.cdx.json`]
      ])
    }
    const check = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
    for (const a of manifest.artifacts) for (const s of a.sboms) expect(check).toContain(`${s.file}: OK`)
    const outputs = JSON.parse(run.outputs.artifacts as string) as Array<{ file: string; sboms: Array<{ file: string; path: string; sha256: string }> }>
    for (const o of outputs) for (const s of o.sboms) expect(s.path).toBe(path.join(dir, s.file))
    expect(readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json')).toHaveLength(24)
  })

  it('every document is valid against the published schemas and names the shipped file by its SHA-256 and the target, not the runner', () => {
    for (const a of manifest.artifacts) {
      const [goos, goarch] = a.target.split('/') as [string, string]
      const spdx = readFileSync(path.join(dir, `${a.file}.spdx.json`), 'utf8')
      const cdx = readFileSync(path.join(dir, `${a.file}.cdx.json`), 'utf8')
      expect(schemaErrors('spdx', spdx), a.file).toBe('')
      expect(schemaErrors('cyclonedx', cdx), a.file).toBe('')
      const c = JSON.parse(cdx) as Json
      expect(c.metadata.component.hashes).toEqual([{ alg: 'SHA-256', content: a.sha256 }])
      expect(c.metadata.component.purl).toBe(`pkg:golang/example.com/acme/multi@v1.4.2?goarch=${goarch}&goos=${goos}#cmd/${a.binary}`)
      expect(c.metadata.timestamp).toBe(GIT.date.replace('.000', ''))
      const s = JSON.parse(spdx) as Json
      const main = (s.packages as Json[]).find((p) => p.primaryPackagePurpose === 'APPLICATION' && p.checksums)
      expect(main?.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: a.sha256 }])
      expect(s.creationInfo.created).toBe(GIT.date)
    }
  })

  it('a UPX-packed binary hides its build info, but its SBOM, read before packing, lists everything go version -m finds in the unpacked bytes', () => {
    const packed = manifest.artifacts.find((a) => a.target === 'linux/amd64' && a.binary === 'greeter')!
    expect(packed.upx?.packed).toBe(true)
    const file = path.join(dir, packed.file)
    // the trap the anchors fell into: a scanner reading the shipped file sees no modules
    expect(spawnSync('go', ['version', '-m', file], { encoding: 'utf8' }).stdout).not.toMatch(/\bdep\b/)
    const copy = path.join(tempDir('unpacked'), 'greeter')
    copyFileSync(file, copy)
    execFileSync('upx', ['-q', '-d', copy], { stdio: 'ignore' })
    const lines = execFileSync('go', ['version', '-m', copy], { encoding: 'utf8' }).split('\n')
    const cdx = JSON.parse(readFileSync(path.join(dir, `${packed.file}.cdx.json`), 'utf8')) as Json
    const components = (cdx.components as Json[]).map((c) => `${c.name}@${c.version}`).sort()
    const deps = lines.filter((l) => /^\s+dep\s/.test(l)).map((l) => l.trim().split(/\s+/))
    expect(deps.map((d) => d[1])).toEqual(['example.com/greet'])
    // the local replace (=> ./third_party/greet) is the module's own path, marked (devel), as Go marks unversioned code
    expect(components).toEqual(['example.com/greet@(devel)', `stdlib@${go.version}`])
    expect(lines.some((l) => /^\s+=>\s+\.\/third_party\/greet/.test(l))).toBe(true)
    const settings = Object.fromEntries(lines.filter((l) => /^\s+build\s/.test(l)).map((l) => l.trim().replace(/^build\s+/, '').split('=', 2) as [string, string]))
    const props = Object.fromEntries((cdx.metadata.properties as Json[]).map((p) => [p.name, p.value]))
    for (const k of ['GOOS', 'GOARCH', 'CGO_ENABLED', 'vcs.revision']) expect(props[`go-xbuild:build:${k}`], k).toBe(settings[k])
  })

  it('signs every SBOM with the release key: openssl verifies the signatures', () => {
    for (const a of manifest.artifacts) {
      for (const s of a.sboms) {
        expect(a.signatures).toContain(`${s.file}.sig`)
        expect(opensslVerify(cosign.publicKey, path.join(dir, s.file), path.join(dir, `${s.file}.sig`)), s.file).toBe(true)
      }
    }
  })

  it('gives the same SBOM bytes from another checkout, and takes their time from SOURCE_DATE_EPOCH when set', async () => {
    const again = await action({ ...upxInputs, targets: 'linux/amd64, windows/amd64' })
    expect(again.exitCode, again.stdout.slice(-3000)).toBe(0)
    const other = again.outputs['output-dir'] as string
    for (const f of readdirSync(other).filter((x) => /\.(spdx|cdx)\.json$/.test(x))) {
      expect(readFileSync(path.join(other, f)).equals(readFileSync(path.join(dir, f))), f).toBe(true)
    }
    const epoch = await action({ targets: 'linux/amd64', packages: './cmd/server', sbom: 'spdx' }, { SOURCE_DATE_EPOCH: '1700000000' })
    expect(epoch.exitCode, epoch.stdout.slice(-3000)).toBe(0)
    const out = epoch.outputs['output-dir'] as string
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toEqual(['manifest.json', 'server-linux-amd64.spdx.json'])
    expect(JSON.parse(readFileSync(path.join(out, 'server-linux-amd64.spdx.json'), 'utf8')).creationInfo.created).toBe('2023-11-14T22:13:20Z')
  })

  it('refuses a wrong sbom value before any download', async () => {
    const before = mirror.requests.length
    const bad = await action({ sbom: 'syft' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/::error::sbom: "syft" is not none, spdx, cyclonedx or both/)
    expect(mirror.requests.length).toBe(before)
  })
})
