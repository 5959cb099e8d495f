import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  goArchiveName,
  goPlatform,
  goToSemver,
  parseGoVersionSpec,
  resolveFromIndex,
  satisfiesLocally,
  bestLocal,
  semverToGo,
  type GoIndexRelease
} from '../../src/tools/go-versions.js'

// an index in the official ?mode=json&include=all format (sha256s are stand-ins: resolution only)
const INDEX = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'go-index.json'), 'utf8')) as GoIndexRelease[]
const LINUX = { os: 'linux', arch: 'amd64' }
const resolve = (spec: string, platform = LINUX): string => resolveFromIndex(INDEX, parseGoVersionSpec(spec), platform).version

describe('Go version spellings', () => {
  it.each([
    ['go1.22.3', '1.22.3'],
    ['1.22.3', '1.22.3'],
    ['go1.20', '1.20.0'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['go1.9beta1', '1.9.0-beta.1'],
    ['go1.22.x', undefined],
    ['golang', undefined]
  ])('%s → %s', (go, want) => expect(goToSemver(go)).toBe(want))

  it.each([
    ['1.22.3', 'go1.22.3'],
    ['1.21.0', 'go1.21.0'],
    ['1.20.0', 'go1.20'],
    ['1.21.0-rc.2', 'go1.21rc2'],
    ['1.9.0-beta.1', 'go1.9beta1']
  ])('%s → %s', (v, want) => expect(semverToGo(v)).toBe(want))
})

describe('go-version grammar', () => {
  it.each([
    ['1.23.4', { kind: 'exact', version: '1.23.4' }],
    ['go1.23.4', { kind: 'exact', version: '1.23.4' }],
    ['1.27rc1', { kind: 'exact', version: '1.27.0-rc.1' }],
    ['1.27.0-rc.1', { kind: 'exact', version: '1.27.0-rc.1' }],
    ['1.23', { kind: 'range', range: '~1.23.0' }],
    ['1.23.x', { kind: 'range', range: '1.23.x' }],
    ['^1.22', { kind: 'range', range: '^1.22' }],
    ['>=1.21 <1.24', { kind: 'range', range: '>=1.21 <1.24' }],
    ['stable', { kind: 'alias', alias: 'stable' }],
    ['latest', { kind: 'alias', alias: 'stable' }],
    ['oldstable', { kind: 'alias', alias: 'oldstable' }]
  ])('%s', (raw, want) => expect(parseGoVersionSpec(raw)).toMatchObject(want))

  it.each(['one.two', '1.2.3.4', 'go', '>=banana'])('refuses %j, naming the input and the forms', (raw) => {
    expect(() => parseGoVersionSpec(raw)).toThrow(/^go-version: ".*" is not a Go version; use an exact version \(1\.23\.4\), a line \(1\.23\)/)
  })
})

describe('resolution against the release index', () => {
  it.each([
    ['1.26.7', '1.26.7'],
    ['1.26', '1.26.8'],
    ['1.25.x', '1.25.12'],
    ['^1.22', '1.26.8'],
    ['>=1.21 <1.24', '1.23.12'],
    ['~1.23.4', '1.23.12'],
    ['stable', '1.26.8'],
    ['oldstable', '1.25.12'],
    ['1.20', '1.20.14'],
    ['1.20.0', '1.20.0'], // listed as go1.20
    ['1.27rc1', '1.27.0-rc.1'], // prereleases only when asked for exactly
    ['>=1.26.8', '1.26.8'] // a range never picks a prerelease
  ])('%s → %s', (spec, want) => expect(resolve(spec)).toBe(want))

  it('picks the archive for the runner (zip on Windows, armv6l for arm)', () => {
    const spec = parseGoVersionSpec('1.26.8')
    expect(resolveFromIndex(INDEX, spec, goPlatform('win32', 'x64')).file.filename).toBe('go1.26.8.windows-amd64.zip')
    expect(resolveFromIndex(INDEX, spec, goPlatform('linux', 'arm')).file.filename).toBe('go1.26.8.linux-armv6l.tar.gz')
    expect(resolveFromIndex(INDEX, spec, goPlatform('darwin', 'arm64')).file).toMatchObject({ kind: 'archive', os: 'darwin', arch: 'arm64' })
  })

  it('says what is missing', () => {
    expect(() => resolve('1.30.1')).toThrow(/no Go release matches "1\.30\.1" in the release index \(newest stable: 1\.26\.8, 1\.26\.7, 1\.26\.0\)/)
    expect(() => resolve('1.9.2', { os: 'darwin', arch: 'arm64' })).toThrow(/Go 1\.9\.2 has no archive for darwin\/arm64/)
  })
})

describe('local toolchains', () => {
  it('satisfy exact requests and ranges, never aliases', () => {
    expect(satisfiesLocally('1.26.8', parseGoVersionSpec('>=1.22.0'))).toBe(true)
    expect(satisfiesLocally('1.26.8', parseGoVersionSpec('1.26.8'))).toBe(true)
    expect(satisfiesLocally('1.26.8', parseGoVersionSpec('1.25'))).toBe(false)
    expect(satisfiesLocally('1.26.8', parseGoVersionSpec('stable'))).toBe(false)
    expect(bestLocal(['1.25.1', '1.26.8', '1.26.1', 'junk'], parseGoVersionSpec('1.26'))).toBe('1.26.8')
  })
})

describe('archive names for every runner', () => {
  it.each([
    ['linux', 'x64', 'go1.26.8.linux-amd64.tar.gz'],
    ['linux', 'arm64', 'go1.26.8.linux-arm64.tar.gz'],
    ['linux', 'arm', 'go1.26.8.linux-armv6l.tar.gz'],
    ['linux', 'ia32', 'go1.26.8.linux-386.tar.gz'],
    ['linux', 'ppc64', 'go1.26.8.linux-ppc64le.tar.gz'],
    ['linux', 's390x', 'go1.26.8.linux-s390x.tar.gz'],
    ['linux', 'riscv64', 'go1.26.8.linux-riscv64.tar.gz'],
    ['linux', 'loong64', 'go1.26.8.linux-loong64.tar.gz'],
    ['darwin', 'x64', 'go1.26.8.darwin-amd64.tar.gz'],
    ['darwin', 'arm64', 'go1.26.8.darwin-arm64.tar.gz'],
    ['win32', 'x64', 'go1.26.8.windows-amd64.zip'],
    ['win32', 'arm64', 'go1.26.8.windows-arm64.zip'],
    ['freebsd', 'x64', 'go1.26.8.freebsd-amd64.tar.gz']
  ])('%s/%s → %s', (platform, arch, want) => expect(goArchiveName('1.26.8', platform, arch)).toBe(want))

  it('names prereleases and pre-1.21 releases the way Go does', () => {
    expect(goArchiveName('1.27.0-rc.1', 'linux', 'x64')).toBe('go1.27rc1.linux-amd64.tar.gz')
    expect(goArchiveName('1.20.0', 'linux', 'x64')).toBe('go1.20.linux-amd64.tar.gz')
  })

  it('refuses a runner Go publishes nothing for', () => {
    expect(() => goPlatform('aix', 'ppc64')).toThrow(/Go publishes no toolchain for a aix\/ppc64 runner/)
  })
})
