import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSmokeTest, smokeArgsFor, unknownSmokeTestNames } from '../../src/build/upx-config.js'
import { DEFAULT_FILENAME } from '../../src/inputs.js'
import { planBuilds, type ProjectFields } from '../../src/plan/build-plan.js'
import {
  binaryNameProblem,
  buildBatches,
  goExecName,
  parseGoList,
  parsePackageSpecs,
  placeholderBinaries,
  resolveBinaries,
  type ListedPackage
} from '../../src/plan/packages.js'
import { parseTargets } from '../../src/plan/targets.js'

const PROJECT: ProjectFields = {
  name: 'multi',
  version: '1.2.3',
  tag: 'v1.2.3',
  commit: 'abcdef1234567890abcdef1234567890abcdef12',
  shortCommit: 'abcdef1',
  commitDate: '2026-01-02T03:04:05Z',
  commitTimestamp: 1767323045,
  module: 'example.com/acme/multi'
}
const P = { name: PROJECT.name, module: PROJECT.module }
const M = 'example.com/acme/multi'
const pkg = (importPath: string, name = 'main'): ListedPackage => ({ importPath, name, dir: `/src/${importPath}` })

describe('package specs', () => {
  it.each([
    ['', '', [{ package: '.', pattern: false, input: 'package' }]],
    ['./cmd/tool', '', [{ package: './cmd/tool', pattern: false, input: 'package' }]],
    ['', './cmd/server', [{ package: './cmd/server', pattern: false, input: 'packages' }]],
    ['', './cmd/...', [{ package: './cmd/...', pattern: true, input: 'packages' }]],
    ['', 'admin=./cmd/adm', [{ package: './cmd/adm', name: 'admin', pattern: false, input: 'packages' }]],
    [
      '',
      './cmd/a, ./cmd/b\n  tool = ./tools/x  \n\n',
      [
        { package: './cmd/a', pattern: false, input: 'packages' },
        { package: './cmd/b', pattern: false, input: 'packages' },
        { package: './tools/x', name: 'tool', pattern: false, input: 'packages' }
      ]
    ],
    ['', 'example.com/acme/multi/cmd/server', [{ package: 'example.com/acme/multi/cmd/server', pattern: false, input: 'packages' }]]
  ])('package %j, packages %j', (one, list, want) => expect(parsePackageSpecs(one, list)).toEqual(want))

  it.each([
    [['./cmd/a', './cmd/b'], /^package \("\.\/cmd\/a"\) and packages \("\.\/cmd\/b"\) are both set; keep one/],
    [['.', './cmd/...'], /package .* and packages .* are both set/],
    [['', ', ,\n'], /packages: no package given; list main packages such as \.\/cmd\/server/],
    [['', './cmd/a, cmd/a'], /packages: "\.\/cmd\/a" and "cmd\/a" are the same package; list it once/],
    [['', 'x=./cmd/a, ./cmd/a/'], /are the same package/],
    [['', 'a/b=./cmd/a'], /packages: the binary name in "a\/b=\.\/cmd\/a" "a\/b" has a path separator; write name=path with a plain file name/],
    [['', 'a\\b=./cmd/a'], /has a path separator/],
    [['', '..=./cmd/a'], /holds "\.\."/],
    [['', 'x..y=./cmd/a'], /holds "\.\."/],
    [['', '.hidden=./cmd/a'], /starts with a dot/],
    [['', 'NUL=./cmd/a'], /is a device name on Windows/],
    [['', 'com1.exe=./cmd/a'], /is a device name on Windows/],
    [['', '=./cmd/a'], /the binary name in "=\.\/cmd\/a" is empty/],
    [['', '-x=./cmd/a'], /starts with "-"/],
    [['', 'all=./cmd/...'], /names a pattern, which can match several packages; name each package on its own line/],
    [['', '-toolexec=evil'], /"-toolexec" starts with "-"/],
    [['', 'x=-toolexec'], /starts with "-", which go would read as a flag/],
    [['', '/abs/cmd'], /is an absolute path/],
    [['', './cmd/*'], /is a pattern or holds shell syntax/],
    [['', './cmd/$(x)/...'], /"\.\/cmd\/\$\(x\)\/\.\.\." is a pattern or holds shell syntax/],
    [['', './c md/...'], /has white space/],
    [['-x', ''], /^package: .*starts with "-"/]
  ])('refuses %j', ([one, list], message) => expect(() => parsePackageSpecs(one as string, list as string)).toThrow(message))

  it('reports every bad entry at once', () => {
    expect(() => parsePackageSpecs('', '.x=./a, ./b, -c')).toThrow(/starts with a dot[\s\S]*\n.*starts with "-"/)
  })
})

describe('binary names', () => {
  it.each([
    ['example.com/acme/multi/cmd/server', 'server'],
    ['example.com/acme/multi', 'multi'],
    ['example.com/acme/tool/v2', 'tool'],
    ['example.com/acme/tool/cmd/v3', 'cmd'],
    ['v2', 'v2']
  ])('go names %s %s', (importPath, name) => expect(goExecName(importPath)).toBe(name))

  it('names the one-package form after the project, as before', () => {
    expect(resolveBinaries(parsePackageSpecs('./cmd/tool', ''), P)).toEqual([{ name: 'multi', package: './cmd/tool' }])
    expect(resolveBinaries(parsePackageSpecs('', ''), { name: 'renamed', module: M })).toEqual([{ name: 'renamed', package: '.' }])
  })

  it('leaves the one-package form\'s name to the name input\'s own check (the project name)', () => {
    expect(resolveBinaries(parsePackageSpecs('', ''), { name: '../evil', module: M })).toEqual([{ name: '../evil', package: '.' }])
    expect(() => planBuilds({ targets: parseTargets('linux/amd64'), filename: DEFAULT_FILENAME, ldflags: '', cgoFor: () => false, env: {} }, { ...PROJECT, name: '../evil' })).toThrow(
      /^name: the project name "\.\.\/evil" has a path separator/
    )
  })

  it('names packages entries after their directory, "." after the module, and keeps given names', () => {
    const specs = parsePackageSpecs('', '., ./cmd/server/, admin=./cmd/adm, example.com/x/tool/v2')
    expect(resolveBinaries(specs, P).map((b) => b.name)).toEqual(['multi', 'server', 'admin', 'tool'])
  })

  it('expands a pattern to its main packages only, in go list order, with import paths', () => {
    const specs = parsePackageSpecs('', './cmd/..., extra=./tools/x')
    const listed = new Map([
      ['./cmd/...', [pkg(`${M}/cmd/client`), pkg(`${M}/cmd/internal/banner`, 'banner'), pkg(`${M}/cmd/server`)]],
      ['./tools/x', [pkg(`${M}/tools/x`)]]
    ])
    expect(resolveBinaries(specs, P, listed)).toEqual([
      { name: 'client', package: `${M}/cmd/client`, importPath: `${M}/cmd/client` },
      { name: 'server', package: `${M}/cmd/server`, importPath: `${M}/cmd/server` },
      { name: 'extra', package: './tools/x', importPath: `${M}/tools/x` }
    ])
  })

  it('leaves patterns out before go list has run, and plans stand-ins for them', () => {
    const specs = parsePackageSpecs('', './cmd/..., ./tools/x')
    expect(resolveBinaries(specs, P).map((b) => b.name)).toEqual(['x'])
    expect(placeholderBinaries(specs, P).map((b) => b.name)).toEqual(['cmd-pattern-0', 'x'])
  })

  it.each([
    ['./cmd/a/server, ./cmd/b/server', new Map(), /packages: "\.\/cmd\/a\/server" and "\.\/cmd\/b\/server" would both make the binary "server"; name one of them, as in server2=\.\/cmd\/b\/server/],
    ['tool=./cmd/a, tool=./cmd/b', new Map(), /would both make the binary "tool"/],
    ['./cmd/Tool, ./x/tool', new Map(), /"\.\/cmd\/Tool" and "\.\/x\/tool" would both make the binary "tool" \("Tool" differs only by case\)/],
    ['./cmd/..., ./other/server', new Map([['./cmd/...', [pkg(`${M}/cmd/server`)]], ['./other/server', [pkg(`${M}/other/server`)]]]), /"example\.com\/acme\/multi\/cmd\/server" and "\.\/other\/server" would both make the binary "server"/],
    ['./internal/x', new Map([['./internal/x', [pkg(`${M}/internal/x`, 'x')]]]), /packages: "\.\/internal\/x" is package "x", not a main package/],
    ['./cmd/...', new Map([['./cmd/...', [pkg(`${M}/cmd/lib`, 'lib')]]]), /the pattern "\.\/cmd\/\.\.\." matches no main package \(only example\.com\/acme\/multi\/cmd\/lib\)/],
    ['./cmd/...', new Map([['./cmd/...', []]]), /matches no main package; check the path/],
    ['./con', new Map(), /the binary of "\.\/con" would be named "con" is a device name on Windows .*; name it yourself in packages \(tool=\.\/con\)/]
  ])('refuses %j', (list, listed, message) => expect(() => resolveBinaries(parsePackageSpecs('', list), P, listed as Map<string, ListedPackage[]>)).toThrow(message))

  it('holds any accepted name to the binary-name rule (property)', () => {
    const element = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'B', '1', '.', '-', '_', '/', '\\', ' ', ':', '\n', 'é') })
    fc.assert(
      fc.property(element, element, (name, dir) => {
        let specs
        try {
          specs = parsePackageSpecs('', `${name}=./cmd/x, ./cmd/${dir}`)
        } catch {
          return
        }
        let binaries
        try {
          binaries = resolveBinaries(specs, P)
        } catch {
          return
        }
        for (const b of binaries) {
          expect(binaryNameProblem(b.name)).toBeUndefined()
          expect(b.name).not.toMatch(/[/\\]|^\.|\.\./)
        }
        expect(new Set(binaries.map((b) => b.name.toLowerCase())).size).toBe(binaries.length)
      }),
      { numRuns: 400 }
    )
  })
})

describe('go list output', () => {
  it('reads import path, package name and directory, one package a line', () => {
    expect(parseGoList(`${M}/cmd/a\tmain\t/w/cmd/a\n${M}/lib\tlib\tC:\\w\\lib\n`, 'packages')).toEqual([
      { importPath: `${M}/cmd/a`, name: 'main', dir: '/w/cmd/a' },
      { importPath: `${M}/lib`, name: 'lib', dir: 'C:\\w\\lib' }
    ])
    expect(parseGoList('', 'packages')).toEqual([])
  })
  it.each([
    `${M}/cmd/a main /w/cmd/a`,
    `${M}/cmd/a\tmain`,
    `${M}/cmd/a\tmain\t/w\textra`,
    `${M}/cmd/a\tmain\trelative/dir`,
    `../evil\tmain\t/w`,
    `${M}/cmd/a\tma-in\t/w`,
    `${M}/cmd a\tmain\t/w`,
    `${M}/cmd/a\tmain\t/w/\u001b[31m`,
    `-toolexec\tmain\t/w`
  ])('refuses the line %j', (line) => expect(() => parseGoList(`${M}/ok\tmain\t/w\n${line}\n`, 'packages')).toThrow(/packages: go list printed a line it should not have \(line 2: /))
  it('refuses whatever it cannot read, never passing a bad import path on (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        try {
          for (const p of parseGoList(text, 'packages')) {
            expect(p.importPath).toMatch(/^[A-Za-z0-9_.~+\-/]+$/)
            expect(p.importPath.split('/')).not.toContain('..')
          }
        } catch (error) {
          expect((error as Error).message).toMatch(/^packages: go list printed a line/)
        }
      })
    )
  })
})

describe('build batches', () => {
  it('puts every binary of a target into one go build unless go would give two the same name', () => {
    expect(buildBatches([{ goName: 'a' }, { goName: 'b' }, { goName: 'c' }])).toEqual([[{ goName: 'a' }, { goName: 'b' }, { goName: 'c' }]])
    expect(buildBatches([{ goName: 'a' }, { goName: 'A' }, { goName: 'b' }]).map((b) => b.length)).toEqual([2, 1])
  })
})

describe('the plan with several binaries', () => {
  const binaries = resolveBinaries(parsePackageSpecs('', './cmd/server, ./cmd/client, gr=./cmd/greeter'), P)
  const plan = (targets: string, extra: Partial<Parameters<typeof planBuilds>[0]> = {}) =>
    planBuilds({ targets: parseTargets(targets), binaries, filename: DEFAULT_FILENAME, ldflags: '-s -w', cgoFor: () => false, env: {}, ...extra }, PROJECT)

  it('names every binary of every target with {{.Binary}}, .exe for windows, and one archive per target', () => {
    const plans = plan('linux/amd64, windows/amd64', { archive: 'auto' })
    expect(plans.map((p) => p.binaries.map((b) => b.file))).toEqual([
      ['server-linux-amd64', 'client-linux-amd64', 'gr-linux-amd64'],
      ['server-windows-amd64.exe', 'client-windows-amd64.exe', 'gr-windows-amd64.exe']
    ])
    expect(plans.map((p) => p.binaries.map((b) => b.archiveName))).toEqual([
      ['server', 'client', 'gr'],
      ['server.exe', 'client.exe', 'gr.exe']
    ])
    // go names outputs after the package directory: the renamed greeter is moved to its own name
    expect(plans[1]!.binaries.map((b) => b.goName)).toEqual(['server.exe', 'client.exe', 'greeter.exe'])
    expect(plans.map((p) => p.archive)).toEqual([
      { file: 'multi_1.2.3_linux_amd64.tar.gz', format: 'tar.gz' },
      { file: 'multi_1.2.3_windows_amd64.zip', format: 'zip' }
    ])
  })

  it('gives the same names as before for one binary named after the module', () => {
    const one = planBuilds({ targets: parseTargets('linux/arm/v7, windows/amd64'), filename: DEFAULT_FILENAME, ldflags: '', cgoFor: () => false, env: {} }, PROJECT)
    expect(one.map((p) => p.binaries.map((b) => b.file))).toEqual([['multi-linux-armv7'], ['multi-windows-amd64.exe']])
    const old = planBuilds({ targets: parseTargets('linux/arm/v7, windows/amd64'), filename: '{{.ProjectName}}-{{.Os}}-{{.Arch}}{{.Variant}}', ldflags: '', cgoFor: () => false, env: {} }, PROJECT)
    expect(old.map((p) => p.binaries[0]!.file)).toEqual(one.map((p) => p.binaries[0]!.file))
  })

  it.each([
    ['{{.Binary}}/{{.Os}}-{{.Arch}}', 'server/linux-amd64'],
    ['{{.Os}}_{{.Arch}}/{{.Binary}}', 'linux_amd64/server'],
    ['{{.ProjectName}}-{{.Binary}}-{{.Version}}-{{.Target}}', 'multi-server-1.2.3-linux/amd64']
  ])('renders {{.Binary}} in filename %j', (filename, first) => expect(plan('linux/amd64', { filename })[0]!.binaries[0]!.file).toBe(first))

  it.each([
    [{ filename: '{{.ProjectName}}-{{.Os}}-{{.Arch}}' }, /filename: linux\/amd64 \(server\) and linux\/amd64 \(client\) would both write "multi-linux-amd64"; add \{\{\.Binary\}\}, \{\{\.Os\}\}/],
    [{ filename: '{{.Binary}}' }, /filename: linux\/amd64 \(server\) and linux\/arm64 \(server\) would both write "server"/],
    [{ filename: '{{.Binary}}-{{.Os}}', archive: 'auto', archiveName: 'server-linux' }, /archive-name: .*server-linux/],
    [{ archive: 'auto', archiveName: '{{.Binary}}_{{.Os}}' }, /archive-name: unknown template field \{\{\.Binary\}\}/],
    [{ ldflags: '-X main.name={{.Binary}}' }, /ldflags: unknown template field \{\{\.Binary\}\}/]
  ])('refuses output names that collide across binaries and targets: %j', (extra, message) =>
    expect(() => plan('linux/amd64, linux/arm64', extra as Partial<Parameters<typeof planBuilds>[0]>)).toThrow(message)
  )

  it('never lets two binaries or targets write one file (property)', () => {
    const field = fc.constantFrom('{{.Binary}}', '{{.Os}}', '{{.Arch}}', '{{.Variant}}', '{{.ProjectName}}', '-', '_', '/', 'x')
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (parts) => {
        let plans
        try {
          plans = plan('linux/amd64, linux/arm64, windows/amd64, linux/amd64/v3', { filename: parts.join(''), archive: 'auto' })
        } catch {
          return
        }
        const files = plans.flatMap((p) => [...p.binaries.map((b) => b.file), p.archive!.file]).map((f) => f.toLowerCase())
        expect(new Set(files).size).toBe(files.length)
      }),
      { numRuns: 300 }
    )
  })
})

describe('smoke-test per binary', () => {
  const read = (v: string) => (name: string) => (name === 'smoke-test' ? v : '')
  it('keeps one line of arguments for every binary', () => {
    const c = readSmokeTest(read('--version'))
    expect(c).toEqual({ args: ['--version'], binaries: {} })
    expect(smokeArgsFor(c, 'any')).toEqual(['--version'])
    expect(readSmokeTest(read(''))).toBeUndefined()
    expect(smokeArgsFor(undefined, 'x')).toBeUndefined()
  })
  it('gives a binary its own arguments with "name: args" and skips it with "name: skip"', () => {
    const c = readSmokeTest(read("--version\nserver: --help 'a b'\nclient: skip\ngreeter:"))
    expect(smokeArgsFor(c, 'server')).toEqual(['--help', 'a b'])
    expect(smokeArgsFor(c, 'client')).toBeUndefined()
    expect(smokeArgsFor(c, 'greeter')).toEqual([])
    expect(smokeArgsFor(c, 'other')).toEqual(['--version'])
  })
  it('runs only the named binaries when no line is for every binary', () => {
    const c = readSmokeTest(read('server: --version'))
    expect(smokeArgsFor(c, 'server')).toEqual(['--version'])
    expect(smokeArgsFor(c, 'client')).toBeUndefined()
  })
  it('reads URLs and flags with colons as arguments, not names', () => {
    expect(readSmokeTest(read('--url=http://x:1 -a:b'))).toEqual({ args: ['--url=http://x:1', '-a:b'], binaries: {} })
    expect(readSmokeTest(read('http://x'))).toEqual({ args: ['http://x'], binaries: {} })
  })
  it('refuses a binary named twice, and names that are no binary', () => {
    expect(() => readSmokeTest(read('a: x\na: y'))).toThrow(/smoke-test: the binary "a" has two lines; keep one/)
    expect(unknownSmokeTestNames(readSmokeTest(read('sever: --version')), ['server', 'client'])).toBe(
      'smoke-test: no binary is named "sever"; the binaries are "server", "client" (write name: args, or name: skip)'
    )
    expect(unknownSmokeTestNames(readSmokeTest(read('server: x')), ['server'])).toBeUndefined()
  })
})
