/**
 * What merge accepts as a partial manifest: the published schema (compiled with ajv), then plain
 * relative file names. Every refusal names the partial and the field, never a TypeError.
 */
import { describe, expect, it } from 'vitest'
import { checkRelativePath, validateManifest } from '../../src/release/manifest-check.js'
import { buildManifest, buildSettings } from '../../src/release/manifest.js'

const SHA = 'cd'.repeat(32)
const good = () =>
  JSON.parse(
    JSON.stringify(
      buildManifest({
        project: { name: 'xapp', module: 'example.com/xapp', version: '1.4.2', tag: 'v1.4.2', commit: 'a'.repeat(40), commitDate: '2026-01-02T03:04:05Z' },
        go: { version: '1.26.8' },
        build: buildSettings({ package: '.', ldflags: '-s -w', flags: [], tags: [] }),
        checksums: 'SHA256SUMS',
        artifacts: [
          {
            target: { goos: 'linux', goarch: 'amd64', variant: '' } as never,
            canonical: 'linux/amd64',
            binaryName: 'xapp',
            package: '.',
            file: 'xapp-linux-amd64',
            path: '/x',
            size: 10,
            sha256: SHA,
            cgo: false,
            binary: { format: 'elf', os: 'linux', arch: 'amd64', description: '', static: true },
            archive: { file: 'xapp_1.4.2_linux_amd64.tar.gz', format: 'tar.gz', size: 5, sha256: SHA },
            extensions: {},
            companions: []
          }
        ],
        releaseFiles: []
      })
    )
  ) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const WHAT = 'the manifest.json of partial artifact p1'

describe('validateManifest', () => {
  it('accepts what buildManifest writes', () => {
    expect(validateManifest(good(), WHAT).artifacts[0]?.file).toBe('xapp-linux-amd64')
  })
  it.each([
    ['not an object', () => 'hello', /p1 does not match the manifest schema: \(the top level\) must be object/],
    ['null', () => null, /\(the top level\) must be object/],
    ['an array', () => [], /\(the top level\) must be object/],
    ['a missing build', (m: any) => void delete m.build, /missing field "build"/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an unknown top-level field', (m: any) => void (m.extra = 1), /\(the top level\): unknown field "extra"/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a size as a string', (m: any) => void (m.artifacts[0].size = '10'), /\/artifacts\/0\/size must be integer/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a negative size', (m: any) => void (m.artifacts[0].size = -1), /\/artifacts\/0\/size must be >= 0/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a short sha256', (m: any) => void (m.artifacts[0].sha256 = 'abc'), /\/artifacts\/0\/sha256 must match pattern/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an unknown format', (m: any) => void (m.artifacts[0].format = 'exe'), /\/artifacts\/0\/format must be one of "elf"/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['ldflags as an array', (m: any) => void (m.build.ldflags = ['-s']), /\/build\/ldflags must be string/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['trimpath false', (m: any) => void (m.build.trimpath = false), /\/build\/trimpath must be equal to constant/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['artifacts not an array', (m: any) => void (m.artifacts = {}), /\/artifacts must be array/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a bad target', (m: any) => void (m.artifacts[0].target = '../x'), /\/artifacts\/0\/target must match pattern/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a file that climbs', (m: any) => void (m.artifacts[0].file = '../../x'), /p1: artifacts\/0\/file "\.\.\/\.\.\/x" has an empty, "\." or "\.\." element/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an absolute file', (m: any) => void (m.artifacts[0].file = '/etc/passwd'), /artifacts\/0\/file "\/etc\/passwd" is absolute/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an archive that climbs', (m: any) => void (m.artifacts[0].archive.file = 'a/../../b'), /artifacts\/0\/archive\/file "a\/\.\.\/\.\.\/b" has an empty/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a non-string file', (m: any) => void (m.artifacts[0].file = 3), /\/artifacts\/0\/file must be string/] // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('refuses %s, naming the partial and the field', (_name, mutate, message) => {
    const m = good()
    const out = mutate(m)
    const value = out === undefined ? m : out
    expect(() => validateManifest(value, WHAT)).toThrow(message)
    expect(() => validateManifest(value, WHAT)).toThrow(/the manifest\.json of partial artifact p1/)
  })
})

describe('checkRelativePath', () => {
  it.each(['a', 'dir/a.tar.gz', 'x y/z.exe', 'ü.bin'])('accepts %j', (f) => {
    expect(checkRelativePath(f, 'f')).toBe(f)
  })
  it.each([
    ['', /is empty/],
    ['/abs', /is absolute/],
    ['a\\b', /holds a backslash/],
    ['C:evil', /starts with a drive letter/],
    ['a\nb', /control or bidi character/],
    ['a\u202eb', /control or bidi character/],
    ['a//b', /has an empty/],
    ['a/', /has an empty/],
    ['./a', /has an empty, "\." or "\.\." element/],
    ['..', /has an empty/]
  ])('refuses %j', (f, message) => {
    expect(() => checkRelativePath(f, 'f')).toThrow(message)
  })
})
