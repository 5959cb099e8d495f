import { describe, expect, it } from 'vitest'
import { goBuildArgs, goBuildEnv, parseCompilerMessages } from '../../src/build/go-build.js'
import { planBuilds, quoteForGo, type ProjectFields } from '../../src/plan/build-plan.js'
import { parseTargets } from '../../src/plan/targets.js'

const PROJECT: ProjectFields = {
  name: 'tool',
  version: '1.2.3',
  tag: 'v1.2.3',
  commit: 'abcdef1234567890abcdef1234567890abcdef12',
  shortCommit: 'abcdef1',
  commitDate: '2026-01-02T03:04:05Z',
  commitTimestamp: 1767323045,
  module: 'github.com/acme/tool'
}
const plan = (targets: string, extra: Partial<Parameters<typeof planBuilds>[0]> = {}) =>
  planBuilds(
    { targets: parseTargets(targets), filename: '{{.ProjectName}}-{{.Os}}-{{.Arch}}{{.Variant}}', ldflags: '-s -w', cgoFor: () => false, env: {}, ...extra },
    PROJECT
  )

describe('build plan', () => {
  it('names files per target, with .exe for windows and .wasm for wasm', () => {
    expect(plan('linux/amd64, linux/arm/v7, windows/arm64, darwin/arm64, js/wasm, linux/amd64/v3').map((p) => p.binaries[0]!.file)).toEqual([
      'tool-linux-amd64',
      'tool-linux-armv7',
      'tool-windows-arm64.exe',
      'tool-darwin-arm64',
      'tool-js-wasm.wasm',
      'tool-linux-amd64v3'
    ])
  })

  it('renders ldflags per target and always adds an empty build id', () => {
    const [p] = plan('linux/arm/v6', { ldflags: "-s -w -X main.version={{.Version}} -X 'main.target={{.Target}} ({{.Arm}})'" })
    expect(p?.ldflags).toEqual(['-s', '-w', '-X', 'main.version=1.2.3', '-X', 'main.target=linux/arm/v6 (6)', '-buildid='])
  })

  it('sets the Go environment and CGO_ENABLED from the plan', () => {
    const [a, b] = plan('linux/arm/v7, linux/amd64', { cgoFor: (t) => t.goarch === 'amd64' })
    expect(a?.env).toEqual({ GOOS: 'linux', GOARCH: 'arm', GOARM: '7', CGO_ENABLED: '0' })
    expect(b?.env).toEqual({ GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '1' })
    expect(b?.cgo).toBe(true)
  })

  it('allows subdirectories', () => {
    expect(plan('linux/amd64, windows/amd64', { filename: '{{.Os}}_{{.Arch}}/{{.ProjectName}}' }).map((p) => p.binaries[0]!.file)).toEqual([
      'linux_amd64/tool',
      'windows_amd64/tool.exe'
    ])
  })

  it.each([
    ['{{.ProjectName}}', /linux\/amd64 and linux\/arm64 would both write "tool"; add \{\{\.Os\}\}, \{\{\.Arch\}\} and \{\{\.Variant\}\}/],
    ['{{.ProjectName}}-{{.Os}}-{{.Arch}}', /linux\/arm\/v6 and linux\/arm\/v7 would both write "tool-linux-arm"/],
    ['../{{.Os}}{{.Arch}}{{.Variant}}', /must be a relative path inside output-dir/],
    ['/abs/{{.Os}}{{.Arch}}{{.Variant}}', /must be a relative path inside output-dir/],
    ['{{.Os}}:{{.Arch}}{{.Variant}}', /has a character that is not allowed/],
    ['{{.Oss}}', /unknown template field \{\{\.Oss\}\}/]
  ])('refuses filename %j', (filename, message) => {
    expect(() => plan('linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7', { filename })).toThrow(message)
  })

  it('fails a template whose only field is the same for every target', () => {
    expect(() =>
      planBuilds({ targets: parseTargets('linux/amd64, darwin/amd64'), filename: 'x{{.Env.A}}', ldflags: '', cgoFor: () => false, env: { A: 'a' } }, PROJECT)
    ).toThrow(/would both write/)
  })
})

describe('names the plan accepts', () => {
  const four = 'linux/amd64, linux/arm64, windows/amd64, darwin/arm64'
  const one = (filename: string, extra: Partial<Parameters<typeof planBuilds>[0]> = {}) => plan('linux/amd64', { filename, ...extra })

  it.each([
    ['{{.Os}}/{{.Arch}}/{{.ProjectName}}', ['linux/amd64/tool', 'linux/arm64/tool', 'windows/amd64/tool.exe', 'darwin/arm64/tool']],
    ['./bin//{{.Os}}-{{.Arch}}', ['bin/linux-amd64', 'bin/linux-arm64', 'bin/windows-amd64.exe', 'bin/darwin-arm64']],
    ['{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.Arch}}.bin', ['tool_1.2.3_linux_amd64.bin', 'tool_1.2.3_linux_arm64.bin', 'tool_1.2.3_windows_amd64.bin.exe', 'tool_1.2.3_darwin_arm64.bin']]
  ])('accepts %j', (filename, files) => expect(plan(four, { filename }).map((p) => p.binaries[0]!.file)).toEqual(files))

  it.each([
    ['SHA256SUMS', /filename: the name for linux\/amd64 "SHA256SUMS" uses "SHA256SUMS", a name go-xbuild writes itself/],
    ['sha256sums', /a name go-xbuild writes itself/],
    ['manifest.json', /a name go-xbuild writes itself/],
    ['Manifest.JSON', /a name go-xbuild writes itself/],
    ['.gitignore', /a name go-xbuild writes itself/],
    ['cosign.pub', /a name go-xbuild writes itself/],
    ['SHA256SUMS/{{.Os}}', /uses "SHA256SUMS", a name go-xbuild writes itself/],
    ['tool.sig', /ends in \.sig, which go-xbuild keeps for the signatures/],
    ['tool.ASC', /ends in \.asc/],
    ['tool.sigstore.json', /ends in \.sigstore\.json/],
    ['bin/', /ends with "\/", so it names a directory, not a file/],
    ['{{.Os}}/', /ends with "\/"/],
    ['a\\b', /has a backslash; use \/ between directories/],
    ['C:tool', /must be a relative path inside output-dir/],
    ['c:/tool', /must be a relative path inside output-dir/],
    ['/tmp/tool', /must be a relative path inside output-dir/],
    ['a/../../tool', /has a "\.\." element/],
    ['a/../tool', /has a "\.\." element/],
    ['..', /has a "\.\." element/],
    ['.', /must be a relative path inside output-dir/],
    ['./', /ends with "\/"/],
    ['con', /"con" is a device name on Windows/],
    ['bin/NUL.txt', /the element "NUL\.txt" is a device name on Windows/],
    ['Lpt9.tar', /device name on Windows/],
    ['COM1', /device name on Windows/],
    ['tool.', /ends with a dot or a space/],
    ['dir /tool', /ends with a dot or a space/],
    ['a\nb', /U\+000A \(newline\)/],
    ['a\u202eexe.txt', /U\+202E/],
    ['a\u0000', /U\+0000 \(NUL\)/],
    ['a|b', /not allowed in file names on every OS/]
  ])('refuses filename %j', (filename, message) => expect(() => one(filename)).toThrow(message))

  it('accepts names that merely contain a reserved word or device name', () => {
    expect(one('console-sha256sums-manifest.json.bin').map((p) => p.binaries[0]!.file)).toEqual(['console-sha256sums-manifest.json.bin'])
    expect(one('com10').map((p) => p.binaries[0]!.file)).toEqual(['com10'])
    expect(one('tool.signed').map((p) => p.binaries[0]!.file)).toEqual(['tool.signed'])
  })

  it('refuses an archive-name that is reserved or a companion, and one that is empty or a directory', () => {
    const withArchive = (archiveName: string) => plan('linux/amd64', { archive: 'tar.gz', archiveName })
    expect(() => withArchive('x.sig/{{.Os}}')).toThrow(/archive-name: .*ends in \.sig/)
    expect(() => withArchive('dist/')).toThrow(/archive-name: .*ends with "\/"/)
    expect(() => plan('linux/amd64', { archive: 'tar.gz', archiveName: '{{.Env.E}}', env: { E: '' } })).toThrow(/archive-name: .* is empty/)
    expect(() => withArchive('nul')).toThrow(/device name on Windows/)
  })

  it('refuses one target writing a file where another needs a directory', () => {
    // linux/arm → "x/linux/arm", linux/arm/v7 → "x/linux/arm/v7": a file and a directory with one name
    expect(() => plan('linux/arm, linux/arm/v7', { filename: 'x/{{.Target}}' })).toThrow(
      /filename: "x\/linux\/arm\/v7" \(linux\/arm\/v7\) needs a directory "x\/linux\/arm", which linux\/arm writes as a file \(filename\)/
    )
    const clash = () =>
      planBuilds(
        { targets: parseTargets('linux/amd64, linux/arm64'), filename: '{{.Env.A}}', ldflags: '', cgoFor: () => false, env: { A: 'unused' } },
        PROJECT
      )
    expect(clash).toThrow(/would both write/)
    const fileAndDir = () =>
      planBuilds(
        {
          targets: parseTargets('linux/amd64, linux/arm64'),
          filename: 'bin/tool{{.Env.SUFFIX}}',
          ldflags: '',
          cgoFor: () => false,
          env: { SUFFIX: '' },
          archive: 'tar.gz',
          archiveName: 'bin/tool/{{.Arch}}'
        },
        PROJECT
      )
    expect(fileAndDir).toThrow(/would both write "bin\/tool"/)
    expect(() =>
      planBuilds(
        { targets: parseTargets('linux/amd64, windows/amd64'), filename: '{{.Os}}', ldflags: '', cgoFor: () => false, env: {}, archive: 'zip', archiveName: 'linux/{{.Arch}}' },
        PROJECT
      )
    ).toThrow(/archive-name: "linux\/amd64\.zip" \(linux\/amd64\) needs a directory "linux", which linux\/amd64 writes as a file \(filename\)/)
  })

  it('refuses names that differ only by case (one file on macOS and Windows)', () => {
    expect(() => plan('darwin/amd64, windows/amd64', { filename: '{{.Env.N}}', env: { N: 'Tool' }, archive: 'tar.gz', archiveName: '{{.Os}}' })).not.toThrow()
    expect(() => plan('linux/amd64, linux/arm64', { filename: '{{.Arch}}/{{.ProjectName}}', archive: 'tar.gz', archiveName: '{{.Arch}}/TOOL' })).not.toThrow()
    expect(() => plan('linux/amd64, linux/arm64', { filename: '{{.Arch}}/tool.tar.gz', archive: 'tar.gz', archiveName: '{{.Arch}}/TOOL' })).toThrow(
      /archive-name: "amd64\/tool\.tar\.gz" \(linux\/amd64\) and "amd64\/TOOL\.tar\.gz" \(linux\/amd64\) differ only by case/
    )
    expect(() =>
      planBuilds(
        { targets: parseTargets('linux/amd64, linux/arm64'), filename: '{{.Arch}}-{{.Env.C}}', ldflags: '', cgoFor: () => false, env: { C: 'x' }, archive: 'tar.gz', archiveName: '{{.Arch}}-X' },
        PROJECT
      )
    ).not.toThrow()
    expect(() =>
      planBuilds(
        { targets: parseTargets('linux/amd64'), filename: 'Tool.tar.gz', ldflags: '', cgoFor: () => false, env: {}, archive: 'tar.gz', archiveName: 'tool' },
        PROJECT
      )
    ).toThrow(/"Tool\.tar\.gz" \(linux\/amd64\) and "tool\.tar\.gz" \(linux\/amd64\) differ only by case/)
  })

  it.each([
    ['', /name: the project name is empty/],
    ['a/b', /name: the project name "a\/b" has a path separator; it becomes the file name inside every archive/],
    ['a\\b', /has a path separator/],
    ['..', /is not a file name/],
    ['tool\n', /U\+000A/],
    ['aux', /device name on Windows/],
    ['to:ol', /not allowed in file names/]
  ])('validates name %j like a file name element', (name, message) => {
    expect(() => planBuilds({ targets: parseTargets('linux/amd64'), filename: 'x', ldflags: '', cgoFor: () => false, env: {} }, { ...PROJECT, name })).toThrow(message)
  })

  it.each([
    ['version', '1.0\n-X main.evil=1'],
    ['tag', 'v1.0\u202e'],
    ['version', 'a\u0000']
  ] as const)('refuses a control character in the %s', (field, value) => {
    expect(() => planBuilds({ targets: parseTargets('linux/amd64'), filename: 'x', ldflags: '', cgoFor: () => false, env: {} }, { ...PROJECT, [field]: value })).toThrow(
      new RegExp(`version: the ${field} .* \\(from the version input, the git tag or GITHUB_REF\\) has U\\+`)
    )
  })

  it('fails at plan time for an ldflags word the go command cannot carry (both quote characters)', () => {
    expect(() => plan('linux/amd64', { ldflags: '-X main.x={{.Env.X}}', env: { X: `'"` } })).toThrow(/ldflags: the word .* holds both quote characters/)
  })
})

describe('go build command line', () => {
  it('quotes words for the go command, which has its own quoting', () => {
    expect(quoteForGo(['-s', '-X', 'main.msg=hello world', "it's", 'say "hi"', ''])).toBe(`-s -X 'main.msg=hello world' "it's" 'say "hi"' ''`)
    expect(() => quoteForGo([`both ' and "`])).toThrow(/holds both quote characters/)
  })

  it('is an argument array with -trimpath, the ldflags, tags, flags, output and package', () => {
    const [p] = plan('linux/amd64', { ldflags: "-s -X 'main.v=a b'" })
    expect(goBuildArgs(p!, { tags: ['netgo', 'osusergo'], flags: ['-mod=readonly'], output: '/out/tool', packages: ['./cmd/tool'] })).toEqual([
      'build',
      '-trimpath',
      '-ldflags',
      "-s -X 'main.v=a b' -buildid=",
      '-tags',
      'netgo,osusergo',
      '-mod=readonly',
      '-o',
      '/out/tool',
      './cmd/tool'
    ])
  })

  it('clears Go settings inherited from the job so only the target decides', () => {
    const [p] = plan('linux/amd64')
    const env = goBuildEnv({ PATH: '/bin', GOAMD64: 'v3', GOARM: '5', GOOS: 'windows', CGO_ENABLED: '1', GOROOT: '/elsewhere', HOME: '/h' }, p!, { GOTOOLCHAIN: 'local' })
    expect(env).toEqual({ PATH: '/bin', HOME: '/h', GOENV: 'off', GOTOOLCHAIN: 'local', GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' })
  })
})

describe('compiler messages', () => {
  it('become workspace-relative annotations', () => {
    const stderr = '# example.com/x\n./main.go:12:5: undefined: foo\ninternal/a/a.go:3: syntax error\nnote: module requires Go 1.99\n/elsewhere/x.go:1:1: outside\n'
    expect(parseCompilerMessages(stderr, '/ws/sub', '/ws')).toEqual([
      { file: 'sub/main.go', line: 12, column: 5, message: 'undefined: foo' },
      { file: 'sub/internal/a/a.go', line: 3, column: undefined, message: 'syntax error' },
      { file: '/elsewhere/x.go', line: 1, column: 1, message: 'outside' }
    ])
  })
})
