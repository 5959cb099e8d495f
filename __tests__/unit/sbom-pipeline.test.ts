/** The SBOM's place in the pipeline: file names, the documents' time, the modules whose licenses are looked up, the manifest entry. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { linkedModules, sbomCreated, sbomFileNames } from '../../src/sbom/steps.js'
import { validateManifest } from '../../src/release/manifest-check.js'
import { shippedFiles } from '../../src/pipeline.js'

describe('SBOM files and times', () => {
  it('names the documents after the binary, spdx first', () => {
    expect(sbomFileNames('xapp_1.4.2_linux_amd64', ['spdx', 'cyclonedx'])).toEqual(['xapp_1.4.2_linux_amd64.spdx.json', 'xapp_1.4.2_linux_amd64.cdx.json'])
    expect(sbomFileNames('bin/x.exe', ['cyclonedx'])).toEqual(['bin/x.exe.cdx.json'])
    expect(sbomFileNames('x', [])).toEqual([])
  })

  it.each([
    [{}, 1764583200, '2025-12-01T10:00:00Z'],
    [{ SOURCE_DATE_EPOCH: '1700000000' }, 1764583200, '2023-11-14T22:13:20Z'],
    [{ SOURCE_DATE_EPOCH: ' 1700000000\n' }, 1764583200, '2023-11-14T22:13:20Z'],
    // not a positive whole number of seconds: the commit's time
    [{ SOURCE_DATE_EPOCH: '' }, 1764583200, '2025-12-01T10:00:00Z'],
    [{ SOURCE_DATE_EPOCH: '0' }, 1764583200, '2025-12-01T10:00:00Z'],
    [{ SOURCE_DATE_EPOCH: '-5' }, 1764583200, '2025-12-01T10:00:00Z'],
    [{ SOURCE_DATE_EPOCH: '1.5e9' }, 1764583200, '2025-12-01T10:00:00Z'],
    [{ SOURCE_DATE_EPOCH: '99999999999999999999' }, 1764583200, '2025-12-01T10:00:00Z']
  ])('created with %j and commit time %d is %s', (env, commit, want) => expect(sbomCreated(env, commit)).toBe(want))

  it('created never depends on the clock and is always whole seconds in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 253402300799 }), fc.option(fc.string(), { nil: undefined }), (commit, epoch) => {
        const a = sbomCreated({ SOURCE_DATE_EPOCH: epoch }, commit)
        expect(a).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
        expect(sbomCreated({ SOURCE_DATE_EPOCH: epoch }, commit)).toBe(a)
      })
    )
  })

  it('looks up the licenses of the modules as linked: a replacement stands for what it replaces', () => {
    const info = {
      GoVersion: 'go1.26.8',
      Path: 'example.com/app/cmd/x',
      Main: { Path: 'example.com/app', Version: '(devel)' },
      Deps: [
        { Path: 'example.com/a', Version: 'v1.0.0', Sum: 'h1:x' },
        { Path: 'example.com/b', Version: 'v1.2.0', Replace: { Path: 'example.com/fork/b', Version: 'v1.2.1-0.20240101000000-abcdefabcdef', Sum: 'h1:y' } },
        { Path: 'example.com/c', Version: 'v0.1.0', Replace: { Path: '../c', Version: '' } }
      ],
      Settings: []
    }
    expect(linkedModules(info)).toEqual([
      { path: 'example.com/a', version: 'v1.0.0' },
      { path: 'example.com/fork/b', version: 'v1.2.1-0.20240101000000-abcdefabcdef' },
      { path: 'example.com/c', version: '(devel)' }
    ])
  })
})

describe('SBOMs in the manifest and the checksum file', () => {
  const entry = {
    target: 'linux/amd64',
    binary: 'x',
    package: '.',
    goos: 'linux',
    goarch: 'amd64',
    variant: 'v1',
    file: 'x_linux_amd64',
    size: 10,
    sha256: 'a'.repeat(64),
    cgo: false
  }
  const manifest = (artifact: Record<string, unknown>): unknown => ({
    schemaVersion: 2,
    generator: { name: 'go-xbuild', version: '0.1.0' },
    project: { name: 'x', module: 'example.com/x', version: '1.0.0', tag: 'v1.0.0', commit: 'c'.repeat(40), commitDate: '2025-12-01T10:00:00Z' },
    go: { version: '1.26.8' },
    build: { package: '.', ldflags: '-s -w', flags: [], tags: [], trimpath: true },
    checksums: 'SHA256SUMS',
    artifacts: [artifact]
  })
  const sboms = [
    { format: 'spdx', file: 'x_linux_amd64.spdx.json', size: 900, sha256: 'b'.repeat(64) },
    { format: 'cyclonedx', file: 'x_linux_amd64.cdx.json', size: 800, sha256: 'c'.repeat(64) }
  ]
  it('the schema documents sboms and refuses what go-xbuild never writes', () => {
    expect(() => validateManifest(manifest({ ...entry, sboms }), 'm')).not.toThrow()
    expect(() => validateManifest(manifest({ ...entry, sboms: [{ ...sboms[0], format: 'syft' }] }), 'm')).toThrow(/sboms\/0\/format must be one of "spdx", "cyclonedx"/)
    expect(() => validateManifest(manifest({ ...entry, sboms: [{ ...sboms[0], file: 'x.txt' }] }), 'm')).toThrow(/sboms\/0\/file/)
    expect(() => validateManifest(manifest({ ...entry, sboms: [{ ...sboms[0], extra: 1 }] }), 'm')).toThrow(/unknown field "extra"/)
    expect(() => validateManifest(manifest({ ...entry, sboms: [{ ...sboms[0], file: '../x.spdx.json' }] }), 'm')).toThrow(/sboms\/0\/file "\.\.\/x\.spdx\.json" has an empty, "\." or "\.\." element/)
  })
  it('the checksum file covers every SBOM once', () => {
    const artifact = { file: 'x_linux_amd64', sha256: 'a'.repeat(64), sboms } as unknown as Parameters<typeof shippedFiles>[0][number]
    expect(shippedFiles([artifact]).map((f) => f.file)).toEqual(['x_linux_amd64', 'x_linux_amd64.spdx.json', 'x_linux_amd64.cdx.json'])
  })
})
