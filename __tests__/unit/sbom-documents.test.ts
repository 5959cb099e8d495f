/**
 * SBOM documents from build info: purls (subpath, qualifiers of the TARGET), replacement
 * resolution, the stdlib and C toolchain components, byte-for-byte determinism (fast-check), and
 * every document valid against the vendored SPDX 2.3 / CycloneDX 1.6 schemas.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { GoBuildInfo } from '../../src/sbom/buildinfo.js'
import { cycloneDxDocument, cycloneDxSerial, sbomDocument, SBOM_SUFFIX, spdxDocument, spdxNamespace, type SbomInput } from '../../src/sbom/documents.js'
import { h1Hex, mainSubpath, mainVersion, modulePurl, resolveModule, SBOM_NAMESPACE, stdlibVersion, uuidV5, NAMESPACE_URL } from '../../src/sbom/model.js'
import { schemaErrors } from '../support/sbom-schemas.js'

const SUM_A = 'h1:D7kFSWS2HzfD+LpEuBO89D1KfOAODlkWuuhzXS8yzi0='
const SUM_B = 'h1:74yCm7hCj2rUyyAocqnFzsAYXgJhrG26XCFimrc/Kz4='
const info = (): GoBuildInfo => ({
  GoVersion: 'go1.26.8',
  Path: 'example.com/app/cmd/x',
  Main: { Path: 'example.com/app', Version: 'v1.2.3' },
  Deps: [
    { Path: 'example.com/old', Version: 'v1.0.0', Replace: { Path: 'example.com/new', Version: 'v1.1.0', Sum: SUM_B } },
    { Path: 'example.com/local', Version: 'v0.0.0-00010101000000-000000000000', Replace: { Path: './dep', Version: '' } },
    { Path: 'github.com/Foo/Bar', Version: 'v0.0.0-20240102030405-abcdefabcdef', Sum: SUM_A }
  ],
  Settings: [
    { Key: '-buildmode', Value: 'exe' },
    { Key: '-ldflags', Value: '-s -w -X main.version=1.2.3' },
    { Key: '-tags', Value: 'netgo,osusergo' },
    { Key: 'CGO_ENABLED', Value: '0' },
    { Key: 'GOARCH', Value: 'arm64' },
    { Key: 'GOOS', Value: 'windows' },
    { Key: 'vcs', Value: 'git' },
    { Key: 'vcs.revision', Value: '0123456789abcdef0123456789abcdef01234567' },
    { Key: 'vcs.time', Value: '2026-11-30T12:00:00Z' }
  ]
})
const input = (over: Partial<SbomInput> = {}): SbomInput => ({
  buildInfo: info(),
  file: 'app_1.2.3_windows_arm64.exe',
  sha256: 'ab'.repeat(32),
  target: { goos: 'windows', goarch: 'arm64', variant: '' },
  created: '2026-12-01T10:00:00Z',
  licenses: new Map([
    ['example.com/new@v1.1.0', 'MIT'],
    ['github.com/Foo/Bar@v0.0.0-20240102030405-abcdefabcdef', 'Apache-2.0']
  ]),
  tool: { name: 'go-xbuild', version: '0.1.0' },
  ...over
})

describe('purls and versions', () => {
  it.each([
    ['example.com/app', 'v1.2.3', { goarch: 'amd64', goos: 'linux' }, 'cmd/x', 'pkg:golang/example.com/app@v1.2.3?goarch=amd64&goos=linux#cmd/x'],
    ['github.com/Foo/Bar', 'v0.0.0-20240102030405-abcdefabcdef', undefined, undefined, 'pkg:golang/github.com/Foo/Bar@v0.0.0-20240102030405-abcdefabcdef'],
    ['stdlib', '1.26.8', undefined, undefined, 'pkg:golang/stdlib@1.26.8'],
    ['example.com/app', '(devel)', undefined, undefined, 'pkg:golang/example.com/app@(devel)']
  ])('%s@%s', (p, v, q, sub, want) => {
    expect(modulePurl(p, v, q, sub)).toBe(want)
  })

  it('the main purl carries the TARGET goos/goarch and the main package subpath', () => {
    const doc = JSON.parse(cycloneDxDocument(input())) as { metadata: { component: { purl: string; hashes: unknown } } }
    expect(doc.metadata.component.purl).toBe('pkg:golang/example.com/app@v1.2.3?goarch=arm64&goos=windows#cmd/x')
    expect(doc.metadata.component.hashes).toEqual([{ alg: 'SHA-256', content: 'ab'.repeat(32) }])
  })

  it.each([
    ['example.com/app', 'example.com/app', undefined],
    ['example.com/app/cmd/x', 'example.com/app', 'cmd/x'],
    ['example.com/application', 'example.com/app', undefined]
  ])('subpath of %s in %s', (pkg, mod, want) => {
    expect(mainSubpath({ ...info(), Path: pkg, Main: { Path: mod, Version: 'v1.0.0' } })).toBe(want)
  })

  it('the main version: stamped, else the pseudo-version of vcs.time/vcs.revision, else (devel)', () => {
    expect(mainVersion(info())).toBe('v1.2.3')
    const devel = { ...info(), Main: { Path: 'example.com/app', Version: '(devel)' } }
    expect(mainVersion(devel)).toBe('v0.0.0-20261130120000-0123456789ab')
    expect(mainVersion({ ...devel, Settings: [] })).toBe('(devel)')
  })

  it.each([
    ['go1.26.8', '1.26.8'],
    ['go1.26.8 X:boringcrypto', '1.26.8'],
    ['go1.27rc1', '1.27rc1']
  ])('stdlib version of %s', (go, want) => {
    expect(stdlibVersion(go)).toBe(want)
  })
})

describe('replacements resolve to what was linked', () => {
  it.each([
    [{ Path: 'a.example/x', Version: 'v1.0.0', Sum: SUM_A }, { path: 'a.example/x', version: 'v1.0.0', sum: SUM_A }],
    [
      { Path: 'a.example/x', Version: 'v1.0.0', Replace: { Path: 'b.example/y', Version: 'v2.0.0', Sum: SUM_B } },
      { path: 'b.example/y', version: 'v2.0.0', sum: SUM_B, replaces: 'a.example/x@v1.0.0' }
    ],
    [{ Path: 'a.example/x', Version: 'v1.0.0', Replace: { Path: '../x', Version: '' } }, { path: 'a.example/x', version: '(devel)', replaces: 'a.example/x@v1.0.0' }],
    // what go version -m -json writes for `replace example.com/greet => ./third_party/greet`
    [{ Path: 'example.com/greet', Version: 'v0.0.0', Replace: { Path: './third_party/greet', Version: '(devel)' } }, { path: 'example.com/greet', version: '(devel)', replaces: 'example.com/greet@v0.0.0' }],
    [{ Path: 'a.example/x', Version: 'v1.0.0', Replace: { Path: 'C:\\src\\x', Version: '' } }, { path: 'a.example/x', version: '(devel)', replaces: 'a.example/x@v1.0.0' }]
  ])('%j', (m, want) => {
    expect(resolveModule(m)).toEqual(want)
  })

  it('components are what was linked, h1 recorded as SHA-256 (decoded, as cyclonedx-gomod) and as a property', () => {
    const doc = JSON.parse(cycloneDxDocument(input())) as { components: Array<{ name: string; version?: string; hashes?: Array<{ content: string }>; properties?: Array<{ name: string; value: string }>; licenses?: unknown }> }
    expect(doc.components.map((c) => `${c.name}@${c.version ?? ''}`)).toEqual([
      'example.com/local@(devel)',
      'example.com/new@v1.1.0',
      'github.com/Foo/Bar@v0.0.0-20240102030405-abcdefabcdef',
      'stdlib@1.26.8'
    ])
    const replaced = doc.components[1]
    expect(replaced?.hashes?.[0]?.content).toBe(h1Hex(SUM_B))
    expect(h1Hex(SUM_B)).toMatch(/^[0-9a-f]{64}$/)
    expect(replaced?.properties).toEqual([
      { name: 'go-xbuild:module:h1', value: SUM_B },
      { name: 'go-xbuild:module:replaces', value: 'example.com/old@v1.0.0' }
    ])
    expect(replaced?.licenses).toEqual([{ license: { id: 'MIT' } }])
  })
})

describe('ids derive from the file, not the clock', () => {
  it('UUIDv5 matches RFC 9562 (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    expect(SBOM_NAMESPACE).toBe(uuidV5('https://github.com/go-xbuild/sbom', NAMESPACE_URL))
  })
  it('serialNumber and namespace follow the sha256', () => {
    expect(cycloneDxSerial('ab'.repeat(32))).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(cycloneDxSerial('ab'.repeat(32))).not.toBe(cycloneDxSerial('cd'.repeat(32)))
    expect(spdxNamespace('example.com/app', 'dist/app x.exe', 'ab'.repeat(32))).toBe(`https://spdx.org/spdxdocs/go-xbuild/example.com/app/dist/app%20x.exe-${'ab'.repeat(32)}`)
    expect(SBOM_SUFFIX).toEqual({ spdx: '.spdx.json', cyclonedx: '.cdx.json' })
  })
  it.each([
    [{ sha256: 'AB'.repeat(32) }, /sha256/],
    [{ created: '2026-12-01T10:00:00.123Z' }, /created/],
    [{ created: '2026-12-01 10:00:00' }, /created/],
    [{ file: '../app' }, /relative path/],
    [{ file: 'a\\b' }, /relative path/]
  ])('refuses %j', (over, re) => {
    expect(() => spdxDocument(input(over))).toThrow(re)
    expect(() => cycloneDxDocument(input(over))).toThrow(re)
  })
})

describe('SPDX specifics', () => {
  it('main DEPENDS_ON each dependency and the stdlib; the document DESCRIBES main; settings are annotations', () => {
    const doc = JSON.parse(spdxDocument(input())) as {
      packages: Array<{ SPDXID: string; name: string; checksums?: unknown; annotations?: Array<{ comment: string }>; licenseDeclared: string }>
      relationships: Array<{ spdxElementId: string; relationshipType: string; relatedSpdxElement: string }>
    }
    const main = doc.packages[0]
    expect(main?.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) }])
    expect(main?.annotations?.map((a) => a.comment)).toContain('go-xbuild:build:-ldflags=-s -w -X main.version=1.2.3')
    expect(main?.annotations?.map((a) => a.comment)).toContain('go-xbuild:target:goos=windows')
    const deps = doc.relationships.filter((r) => r.relationshipType === 'DEPENDS_ON')
    expect(deps).toHaveLength(4)
    expect(doc.relationships[0]).toEqual({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Package-main' })
    expect(doc.packages.find((p) => p.name === 'example.com/local')?.licenseDeclared).toBe('NOASSERTION')
    expect(new Set(doc.packages.map((p) => p.SPDXID)).size).toBe(doc.packages.length)
  })
})

describe('cgo targets record the C toolchain', () => {
  it.each([
    [{ provider: 'zig', version: '0.15.2', triple: 'x86_64-linux-musl' }, ['zig', 'musl']],
    [{ provider: 'system', version: '12.2.0', triple: 'x86_64-linux-gnu' }, ['system']],
    [{ provider: 'native', version: '', triple: '' }, []]
  ])('%j', (cToolchain, names) => {
    const i = input({ cToolchain })
    const cdx = JSON.parse(cycloneDxDocument(i)) as { components: Array<{ name: string; 'bom-ref': string }> }
    expect(cdx.components.filter((c) => c['bom-ref'].startsWith('go-xbuild:c-toolchain:')).map((c) => c.name)).toEqual(names)
    const spdx = JSON.parse(spdxDocument(i)) as { relationships: Array<{ relationshipType: string }> }
    expect(spdx.relationships.filter((r) => r.relationshipType === 'BUILD_TOOL_OF')).toHaveLength(names.length ? 1 : 0)
    for (const f of ['spdx', 'cyclonedx'] as const) expect(schemaErrors(f, sbomDocument(f, i))).toBe('')
  })
})

// ---------------------------------------------------------------- properties

const modulePath = fc
  .array(fc.stringMatching(/^[a-z0-9][a-zA-Z0-9._~-]{0,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => ['example.com', ...parts].join('/'))
const version = fc.oneof(
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `v${a}.${b}.${c}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.stringMatching(/^[0-9a-f]{12}$/)).map(([y, h]) => `v0.0.0-${y}0102030405-${h}`)
)
const sum = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `h1:${Buffer.from(b).toString('base64')}`)
const dep = fc.record(
  { Path: modulePath, Version: version, Sum: sum, Replace: fc.option(fc.record({ Path: modulePath, Version: version, Sum: sum }), { nil: undefined }) },
  { requiredKeys: ['Path', 'Version'] }
)
const arbInfo = fc.record({
  deps: fc.uniqueArray(dep, { selector: (d) => d.Path, maxLength: 12 }),
  settings: fc.uniqueArray(fc.record({ Key: fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/), Value: fc.string({ maxLength: 20 }).map((s) => [...s].filter((c) => c >= ' ' && c !== '\u007f').join('')) }), { selector: (s) => s.Key, maxLength: 10 }),
  sha: fc.stringMatching(/^[0-9a-f]{64}$/)
})
const toInput = (a: Parameters<Parameters<typeof arbInfo.map>[0]>[0], order: (xs: number[]) => number[] = (xs) => xs): SbomInput => {
  const deps = order(a.deps.map((_, i) => i)).map((i) => a.deps[i]!)
  const settings = order(a.settings.map((_, i) => i)).map((i) => a.settings[i]!)
  return input({ buildInfo: { ...info(), Deps: deps.map((d) => ({ ...d, ...(d.Replace ? { Replace: d.Replace } : {}) })), Settings: settings }, sha256: a.sha })
}

describe('reproducible and valid (fast-check)', () => {
  it('same input → same bytes; shuffled Deps/Settings → same bytes', () => {
    fc.assert(
      fc.property(arbInfo, fc.func(fc.integer()), (a, f) => {
        const shuffle = (xs: number[]): number[] => [...xs].sort((x, y) => (f(x) & 0xff) - (f(y) & 0xff) || y - x)
        for (const format of ['spdx', 'cyclonedx'] as const) {
          const one = sbomDocument(format, toInput(a))
          expect(sbomDocument(format, toInput(a))).toBe(one)
          expect(sbomDocument(format, toInput(a, shuffle))).toBe(one)
          expect(one.endsWith('}\n')).toBe(true)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('every document validates against the vendored schema', () => {
    fc.assert(
      fc.property(arbInfo, (a) => {
        for (const format of ['spdx', 'cyclonedx'] as const) expect(schemaErrors(format, sbomDocument(format, toInput(a)))).toBe('')
      }),
      { numRuns: 40 }
    )
  })
})
