/**
 * SBOM documents from real binaries, held to independent tools. The sbomdeps fixture links a
 * pseudo-version dependency and a module replaced by a fork (both served by a file:// GOPROXY
 * committed beside it: no network), its main package below the module root, committed without a
 * tag (so the main module gets a pseudo-version too); it is built with the
 * Go on PATH for two targets that are not the runner's and not the same OS. Every document must be
 * valid against the vendored schemas and accepted by the SPDX project's own validator (pyspdxtools);
 * cyclonedx-gomod `bin`, reading the same binary, must find the same modules with the same hashes;
 * and `go version -m` must agree with every component.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_CACHE } from '../support/assets.js'
import { schemaErrors } from '../support/sbom-schemas.js'
import { FIXTURES, fixtureWorkspace, tempDir } from '../support/workspace.js'
import { readBuildInfo, type GoBuildInfo } from '../../src/sbom/buildinfo.js'
import { cycloneDxDocument, spdxDocument, type SbomInput } from '../../src/sbom/documents.js'
import { identifyLicenses } from '../../src/sbom/licenses.js'
import { linkedModules } from '../../src/sbom/steps.js'

const PYSPDXTOOLS = path.join(TEST_CACHE, 'spdx-venv', 'bin', 'pyspdxtools')
const CYCLONEDX_GOMOD = path.join(TEST_CACHE, 'gobin', 'cyclonedx-gomod')
const GO = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim() + '/bin/go'
const PSEUDO = 'v0.0.0-20240102030405-abcdefabcdef'
const TARGETS = [
  { goos: 'windows', goarch: 'arm64', variant: '', file: 'sbomx-windows-arm64.exe' },
  { goos: 'linux', goarch: 'riscv64', variant: '', file: 'sbomx-linux-riscv64' }
]

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SBOMs of real binaries, checked by independent tools', () => {
  const out = tempDir('sbom-out')
  const gomodcache = tempDir('sbom-modcache')
  const built: Array<{ target: (typeof TARGETS)[number]; binary: string; info: GoBuildInfo; input: SbomInput; spdx: string; cdx: string }> = []

  beforeAll(async () => {
    for (const tool of [PYSPDXTOOLS, CYCLONEDX_GOMOD]) if (!existsSync(tool)) throw new Error(`${tool} is missing: run scripts/setup-test-env.sh`)
    // a commit without a tag: Go stamps the main module with a pseudo-version from it
    const src = fixtureWorkspace('sbomdeps', { date: '2026-01-02T03:04:05Z' })
    const env = {
      ...process.env,
      GOPROXY: `file://${path.join(FIXTURES, 'sbomdeps-proxy')}`,
      GOSUMDB: 'off',
      GOFLAGS: '-mod=mod',
      GOMODCACHE: gomodcache,
      GOTOOLCHAIN: 'local',
      CGO_ENABLED: '0'
    }
    for (const target of TARGETS) {
      const binary = path.join(out, target.file)
      execFileSync(GO, ['build', '-trimpath', '-ldflags=-s -w', '-o', binary, './cmd/sbomx'], { cwd: src, env: { ...env, GOOS: target.goos, GOARCH: target.goarch } })
      const info = await readBuildInfo(GO, binary, { GOTOOLCHAIN: 'local' })
      const licenses = await identifyLicenses(linkedModules(info), gomodcache)
      const sha256 = createHash('sha256').update(readFileSync(binary)).digest('hex')
      const input: SbomInput = {
        buildInfo: info,
        file: target.file,
        sha256,
        target,
        created: '2026-01-02T03:04:05Z',
        licenses,
        tool: { name: 'go-xbuild', version: '0.1.0' }
      }
      const spdx = spdxDocument(input)
      const cdx = cycloneDxDocument(input)
      writeFileSync(`${binary}.spdx.json`, spdx)
      writeFileSync(`${binary}.cdx.json`, cdx)
      built.push({ target, binary, info, input, spdx, cdx })
    }
  }, 300_000)

  it('identifies the licenses of the modules in the module cache', () => {
    for (const b of built) {
      expect(Object.fromEntries(b.input.licenses)).toEqual({ 'example.com/fork@v1.1.0': 'Apache-2.0', [`example.com/pseudo@${PSEUDO}`]: 'MIT' })
    }
  })

  it('every document is valid against the vendored SPDX 2.3 and CycloneDX 1.6 schemas', () => {
    for (const b of built) {
      expect(schemaErrors('spdx', b.spdx), b.target.file).toBe('')
      expect(schemaErrors('cyclonedx', b.cdx), b.target.file).toBe('')
    }
  })

  it("the SPDX project's validator accepts every SPDX document", () => {
    for (const b of built) {
      const r = spawnSync(PYSPDXTOOLS, ['-i', `${b.binary}.spdx.json`], { encoding: 'utf8' })
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0)
      expect(r.stdout + r.stderr).not.toMatch(/invalid|error/i)
    }
  })

  it('cyclonedx-gomod bin, reading the same binary, finds the same modules with the same hashes and the same main version', () => {
    for (const b of built) {
      const theirs = path.join(out, `${b.target.file}.cyclonedx-gomod.json`)
      execFileSync(CYCLONEDX_GOMOD, ['bin', '-json', '-output', theirs, b.binary], { env: { ...process.env, GOTOOLCHAIN: 'local' }, stdio: 'pipe' })
      const them = JSON.parse(readFileSync(theirs, 'utf8')) as Json
      const us = JSON.parse(b.cdx) as Json
      // cyclonedx-gomod lists modules only (no stdlib component, no C toolchain): compare those
      const modules = (doc: Json): string[] =>
        (doc.components as Json[]).filter((c) => c.name !== 'stdlib' && c.type === 'library').map((c) => `${c.name}@${c.version} ${(c.hashes as Json[] | undefined)?.[0]?.content ?? ''}`).sort()
      expect(modules(us)).toEqual(modules(them))
      expect(modules(us)).toHaveLength(2)
      expect(us.metadata.component.version).toMatch(/^v0\.0\.0-20260102030405-[0-9a-f]{12}$/)
      expect(us.metadata.component.version).toBe(them.metadata.component.version)
      expect(us.metadata.component.name).toBe(them.metadata.component.name)
    }
  })

  it('go version -m agrees with every component: paths, versions, replacements and h1 sums', () => {
    for (const b of built) {
      const lines = execFileSync(GO, ['version', '-m', b.binary], { encoding: 'utf8' }).split('\n').map((l) => l.trim().split(/\s+/))
      const us = JSON.parse(b.cdx) as Json
      const byName = new Map((us.components as Json[]).map((c) => [c.name as string, c]))
      const linked = lines.filter((l, i) => l[0] === 'dep' && lines[i + 1]?.[0] !== '=>').concat(lines.filter((l) => l[0] === '=>'))
      expect(linked.map((l) => `${l[1]}@${l[2]}`).sort()).toEqual(['example.com/fork@v1.1.0', `example.com/pseudo@${PSEUDO}`])
      for (const [, name, version, sum] of linked) {
        const c = byName.get(name as string)
        expect(c?.version, name).toBe(version)
        expect((c?.properties as Json[]).find((p) => p.name === 'go-xbuild:module:h1')?.value, name).toBe(sum)
        expect(c?.hashes[0].content).toBe(Buffer.from((sum as string).slice(3), 'base64').toString('hex'))
      }
      expect((byName.get('example.com/fork')?.properties as Json[]).find((p) => p.name === 'go-xbuild:module:replaces')?.value).toBe('example.com/orig@v1.0.0')
      const goVersion = lines[0]?.[1]?.replace(/^go/, '')
      expect(byName.get('stdlib')?.purl).toBe(`pkg:golang/stdlib@${goVersion}`)
    }
  })

  it("names the target's platform and the main package's subpath in the main purl, and the shipped file's SHA-256", () => {
    for (const b of built) {
      const us = JSON.parse(b.cdx) as Json
      expect(us.metadata.component.purl).toMatch(new RegExp(`^pkg:golang/example\\.com/acme/sbomdeps@[^?]+\\?goarch=${b.target.goarch}&goos=${b.target.goos}#cmd/sbomx$`))
      expect(us.metadata.component.hashes).toEqual([{ alg: 'SHA-256', content: b.input.sha256 }])
      const spdx = JSON.parse(b.spdx) as Json
      const main = (spdx.packages as Json[]).find((p) => p.SPDXID === 'SPDXRef-Package-main')
      expect(main?.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: b.input.sha256 }])
      expect(main?.externalRefs[0].referenceLocator).toBe(us.metadata.component.purl)
      const pseudo = (spdx.packages as Json[]).find((p) => p.name === 'example.com/pseudo')
      expect(pseudo).toMatchObject({ versionInfo: PSEUDO, licenseDeclared: 'MIT' })
      expect((spdx.packages as Json[]).find((p) => p.name === 'example.com/fork')).toMatchObject({ versionInfo: 'v1.1.0', licenseDeclared: 'Apache-2.0' })
    }
  })
})
