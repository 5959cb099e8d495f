import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { autoParallel, usableMemory, DEFAULT_FILENAME, DEFAULT_TARGETS, envInputReader, readConfig } from '../../src/inputs.js'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: Record<string, string>
}

const workspace = (files: Record<string, string> = { 'go.mod': 'module example.com/x\n\ngo 1.22\n' }): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'go-xbuild-inputs-'))
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text)
  return dir
}
const config = (inputs: Record<string, string>, dir = workspace()) => {
  const env: Record<string, string> = { GITHUB_WORKSPACE: dir }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  return readConfig(envInputReader(env), env, dir)
}

describe('action.yml', () => {
  it('runs on node24 with a main and a post entry that runs always (it cleans up after a cancel)', () => {
    expect(ACTION.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' })
  })
  it('declares the defaults the code applies when an input is absent (local runs)', () => {
    expect(ACTION.inputs.targets?.default).toBe(DEFAULT_TARGETS)
    expect(ACTION.inputs.filename?.default).toBe(DEFAULT_FILENAME)
    expect(ACTION.inputs.ldflags?.default).toBe('-s -w')
    expect(ACTION.inputs['output-dir']?.default).toBe('dist')
    expect(ACTION.inputs['go-download-base-url']?.default).toBe('https://go.dev/dl')
  })
  it('is documented: the README names every input and output', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const name of [...Object.keys(ACTION.inputs), ...Object.keys(ACTION.outputs)]) expect(readme, name).toContain(`\`${name}\``)
  })
  it('gives every input a description', () => {
    for (const [name, input] of Object.entries(ACTION.inputs)) expect((input as { description?: string }).description, name).toBeTruthy()
  })
})

describe('inputs', () => {
  it('default to something useful with no input at all', async () => {
    const dir = workspace()
    const c = await config({}, dir)
    expect(c.mode).toBe('build')
    expect(c.targets).toHaveLength(6)
    expect(c.goVersion).toMatchObject({ spec: { kind: 'range', range: '>=1.22.0' }, origin: 'go.mod (go 1.22, a minimum)' })
    expect(c.ldflags).toBe('-s -w')
    expect(c.outputDir).toBe(path.join(dir, 'dist'))
    expect(c.parallel).toBeGreaterThanOrEqual(1)
  })

  it('read packages (or package) into specs, and record the packages list for the manifest', async () => {
    const one = await config({})
    expect(one.packages).toEqual([{ package: '.', pattern: false, input: 'package' }])
    expect(one.package).toBe('.')
    expect(one.packagesInput).toBeUndefined()
    const many = await config({ packages: './cmd/...,\nadmin=./tools/adm' })
    expect(many.packages).toEqual([
      { package: './cmd/...', pattern: true, input: 'packages' },
      { package: './tools/adm', name: 'admin', pattern: false, input: 'packages' }
    ])
    expect(many.package).toBe('./cmd/...')
    expect(many.packagesInput).toEqual(['./cmd/...', 'admin=./tools/adm'])
    await expect(config({ package: './cmd/a', packages: './cmd/b' })).rejects.toThrow(/^package \("\.\/cmd\/a"\) and packages \("\.\/cmd\/b"\) are both set; keep one/)
    await expect(config({ packages: 'a/b=./cmd/x' })).rejects.toThrow(/^packages: the binary name in "a\/b=\.\/cmd\/x" "a\/b" has a path separator/)
    await expect(config({ packages: 'x'.repeat(9000) })).rejects.toThrow(/^packages: 9000 characters is more than the 8192/)
    await expect(config({ 'smoke-test': 'a: x\na: y' })).rejects.toThrow(/smoke-test: the binary "a" has two lines/)
  })

  it('read sbom as none, one format or both, always in the order spdx, cyclonedx', async () => {
    expect((await config({})).release.sbom).toEqual([])
    expect((await config({ sbom: 'none' })).release.sbom).toEqual([])
    expect((await config({ sbom: 'spdx' })).release.sbom).toEqual(['spdx'])
    expect((await config({ sbom: 'CycloneDX' })).release.sbom).toEqual(['cyclonedx'])
    expect((await config({ sbom: 'both' })).release.sbom).toEqual(['spdx', 'cyclonedx'])
    expect((await config({ sbom: 'cyclonedx, spdx' })).release.sbom).toEqual(['spdx', 'cyclonedx'])
    await expect(config({ sbom: 'syft' })).rejects.toThrow(/^sbom: "syft" is not none, spdx, cyclonedx or both/)
    await expect(config({ sbom: 'none spdx' })).rejects.toThrow(/^sbom: "none spdx" is not none/)
  })

  it('keep an explicitly empty ldflags empty', async () => {
    expect((await config({ ldflags: '' })).ldflags).toBe('')
  })

  it('prefer go.work to go.mod, and fall back to stable without either', async () => {
    expect((await config({}, workspace({ 'go.work': 'go 1.23.1\n', 'go.mod': 'module x\ngo 1.22\n' }))).goVersion.origin).toMatch(/^go\.work/)
    expect((await config({}, workspace({}))).goVersion).toMatchObject({ spec: { kind: 'alias', alias: 'stable' } })
  })

  it.each([
    [{ 'go-version': '1.23', 'go-version-file': 'go.mod' }, /go-version \("1\.23"\) and go-version-file \("go\.mod"\) are both set; keep one/],
    [{ 'go-version-file': 'nope/.go-version' }, /go-version-file: .*nope\/\.go-version cannot be read/],
    [{ 'go-version': 'banana' }, /go-version: "banana" is not a Go version/],
    [{ targets: 'linux/arm65' }, /did you mean "linux\/arm64"/],
    [{ mode: 'deploy' }, /mode: "deploy" is not one of build, plan, merge/],
    [{ 'check-latest': 'maybe' }, /check-latest: "maybe" is not a boolean; use true or false/],
    [{ parallel: '0' }, /parallel: "0" is not auto or a whole number ≥ 1/],
    [{ parallel: 'lots' }, /parallel: "lots" is not auto/],
    [{ flags: '-o out' }, /flags: -o is not allowed here: the output path comes from output-dir and filename/],
    [{ flags: '-ldflags=-s' }, /flags: -ldflags=-s is not allowed here: use the ldflags input/],
    [{ flags: '--tags=x' }, /use the tags input/],
    [{ ldflags: '-X main.v=$V' }, /ldflags: shell substitution is not supported/],
    [{ 'go-download-base-url': 'ftp://mirror/go' }, /go-download-base-url: "ftp:\/\/mirror\/go" must be an http\(s\) URL/],
    [{ 'go-download-base-url': 'not a url' }, /is not a URL/],
    [{ 'working-directory': 'missing' }, /working-directory: .*missing is not a directory/]
  ])('%j fails: %s', async (inputs, message) => {
    await expect(config(inputs)).rejects.toThrow(message)
  })

  it('hold working-directory inside the workspace, symlinks included; an absolute path inside is fine', async () => {
    const dir = workspace()
    mkdirSync(path.join(dir, 'app'))
    writeFileSync(path.join(dir, 'app', 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
    expect((await config({ 'working-directory': path.join(dir, 'app') }, dir)).workingDirectory).toBe(path.join(dir, 'app'))
    symlinkSync('app', path.join(dir, 'inside'))
    expect((await config({ 'working-directory': 'inside' }, dir)).workingDirectory).toBe(path.join(dir, 'inside'))
    const outside = workspace()
    symlinkSync(outside, path.join(dir, 'out'))
    for (const value of ['..', outside, 'out', 'app/../../x']) {
      await expect(config({ 'working-directory': value }, dir), value).rejects.toThrow(
        /^working-directory: ".*" resolves to .*, outside the workspace .*; working-directory must stay inside the workspace \(GITHUB_WORKSPACE\)/
      )
    }
  })

  it('split tags on commas, spaces and newlines', async () => {
    expect((await config({ tags: 'netgo, osusergo\nsqlite_omit_load_extension  x' })).tags).toEqual(['netgo', 'osusergo', 'sqlite_omit_load_extension', 'x'])
  })

  const GiB = 1024 ** 3
  it.each([
    // platform, cpus, free, total → builds
    ['linux', 2, 24 * GiB, 32 * GiB, 2],
    ['linux', 8, 4 * GiB, 32 * GiB, 2],
    ['linux', 4, 0.5 * GiB, 16 * GiB, 1],
    ['win32', 4, 3.2 * GiB, 16 * GiB, 2],
    ['win32', 2, 12 * GiB, 16 * GiB, 2],
    // macOS: free pages mean little (a hosted runner shows a few hundred MiB free); the total counts
    ['darwin', 3, 0.3 * GiB, 7 * GiB, 3],
    ['darwin', 3, 0.3 * GiB, 3 * GiB, 2],
    ['darwin', 12, 0.1 * GiB, 16 * GiB, 10],
    ['darwin', 1, 0, 1 * GiB, 1]
  ] as const)('size the pool on %s: %d CPUs, %d bytes free of %d → %d', (platform, cpus, freeBytes, totalBytes, want) => {
    expect(autoParallel({ platform, cpus, freeBytes, totalBytes })).toBe(want)
  })
  it('use usable memory: total on macOS, free elsewhere', () => {
    expect(usableMemory({ platform: 'darwin', freeBytes: 1, totalBytes: 9 })).toBe(9)
    expect(usableMemory({ platform: 'linux', freeBytes: 1, totalBytes: 9 })).toBe(1)
    expect(usableMemory({ platform: 'win32', freeBytes: 1, totalBytes: 9 })).toBe(1)
  })
})
