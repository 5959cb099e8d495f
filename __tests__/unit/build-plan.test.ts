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
    expect(plan('linux/amd64, linux/arm/v7, windows/arm64, darwin/arm64, js/wasm, linux/amd64/v3').map((p) => p.file)).toEqual([
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
    expect(plan('linux/amd64, windows/amd64', { filename: '{{.Os}}_{{.Arch}}/{{.ProjectName}}' }).map((p) => p.file)).toEqual([
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

describe('go build command line', () => {
  it('quotes words for the go command, which has its own quoting', () => {
    expect(quoteForGo(['-s', '-X', 'main.msg=hello world', "it's", 'say "hi"', ''])).toBe(`-s -X 'main.msg=hello world' "it's" 'say "hi"' ''`)
    expect(() => quoteForGo([`both ' and "`])).toThrow(/holds both quote characters/)
  })

  it('is an argument array with -trimpath, the ldflags, tags, flags, output and package', () => {
    const [p] = plan('linux/amd64', { ldflags: "-s -X 'main.v=a b'" })
    expect(goBuildArgs(p!, { tags: ['netgo', 'osusergo'], flags: ['-mod=readonly'], output: '/out/tool', package: './cmd/tool' })).toEqual([
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
