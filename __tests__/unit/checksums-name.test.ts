import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ProjectFields } from '../../src/plan/build-plan.js'
import { ChecksumsNameError, DEFAULT_CHECKSUMS_NAME, planChecksumsName } from '../../src/plan/checksums-name.js'
import { buildManifest, buildSettings } from '../../src/release/manifest.js'
import { readReleaseConfig } from '../../src/release/release-inputs.js'
import { InputError } from '../../src/inputs-common.js'

const PROJECT: ProjectFields = {
  name: 'task',
  version: '3.40.1',
  tag: 'v3.40.1',
  commit: 'abcdef1234567890abcdef1234567890abcdef12',
  shortCommit: 'abcdef1',
  commitDate: '2026-01-02T03:04:05Z',
  commitTimestamp: 1767323045,
  module: 'github.com/go-task/task/v3'
}
const CLAIMED = ['task-linux-amd64', 'task_3.40.1_linux_amd64.tar.gz', 'bin/task-windows-amd64.exe']
const name = (template: string, env: Record<string, string> = {}, claimed = CLAIMED) => planChecksumsName(template, PROJECT, env, claimed)

describe('checksums-name', () => {
  it.each([
    ['SHA256SUMS', 'SHA256SUMS'],
    ['task_checksums.txt', 'task_checksums.txt'],
    ['{{.ProjectName}}_{{.Version}}_checksums.txt', 'task_3.40.1_checksums.txt'],
    ['{{ .ProjectName }}-{{.Tag}}.sha256', 'task-v3.40.1.sha256'],
    ['  checksums.txt  ', 'checksums.txt']
  ])('%j → %j', (template, expected) => expect(name(template)).toBe(expected))

  it('takes {{.Env.X}}', () => expect(name('{{.Env.PREFIX}}_sums', { PREFIX: 'nightly' })).toBe('nightly_sums'))

  it.each([
    ['{{.Os}}_checksums.txt', /checksums-name: unknown template field \{\{\.Os\}\}; known fields: \{\{\.ProjectName\}\}/],
    ['{{.Env.NOPE}}', /checksums-name: \{\{\.Env\.NOPE\}\} refers to an environment variable that is not set/],
    ['sums/SHA256SUMS', /checksums-name: "sums\/SHA256SUMS" has a path separator; the checksum file sits at the top of output-dir/],
    ['..\\SHA256SUMS', /has a path separator/],
    ['', /checksums-name: the name is empty/],
    ['   ', /checksums-name: the name is empty/],
    ['sums:1', /not allowed in file names on every OS/],
    ['NUL.txt', /is a device name on Windows/],
    ['checksums.', /ends with a dot or a space/],
    ['.sums', /starts with a dot/],
    ['manifest.json', /is a file go-xbuild writes itself/],
    ['Cosign.pub', /is a file go-xbuild writes itself/],
    ['.gitignore', /starts with a dot|writes itself/],
    ['sums.asc', /ends in \.asc, which go-xbuild keeps for signatures/],
    ['sums.sigstore.json', /ends in \.sigstore\.json/],
    ['task-linux-amd64', /is also the name of a built file or archive \("task-linux-amd64"\)/],
    ['TASK_3.40.1_linux_amd64.tar.gz', /is also the name of a built file or archive/],
    ['bin', /is also a directory the plan writes "bin\/task-windows-amd64.exe" into/]
  ])('%j is refused: %s', (template, message) => {
    expect(() => name(template)).toThrow(ChecksumsNameError)
    expect(() => name(template)).toThrow(message)
  })

  it('every refusal names the input and says how to fix it', () => {
    for (const bad of ['sums/x', '', 'NUL', 'sums.sig', 'manifest.json']) {
      expect(() => name(bad)).toThrow(/^checksums-name: .*(set checksums-name to a plain file name|another name)/)
    }
  })

  it('property: a name it accepts is one plain element, clear of every claimed file and directory and of the signature suffixes', () => {
    const chars = fc.constantFrom('a', 'B', '0', '.', '_', '-', '+', ' ', '/', '\\', ':', '*', '\u202e', '\n', 'é')
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((c) => c.join('')), (raw) => {
        let out: string
        try {
          out = name(raw, {}, ['ab', 'x/y'])
        } catch (e) {
          expect(e).toBeInstanceOf(ChecksumsNameError)
          expect((e as Error).message.startsWith('checksums-name: ')).toBe(true)
          return
        }
        expect(out).toBe(raw.trim())
        expect(out).not.toMatch(/[/\\\n\u202e]|^\.|[. ]$/)
        expect(['ab', 'x']).not.toContain(out.toLowerCase())
        expect(out).not.toMatch(/\.(sig|asc|sigstore\.json)$/i)
      }),
      { numRuns: 500 }
    )
  })

  it('the input: SHA256SUMS by default; bad template syntax fails when the inputs are read', () => {
    const read = (v: Record<string, string>) => (n: string) => v[n] ?? ''
    expect(readReleaseConfig(read({})).checksumsName).toBe(DEFAULT_CHECKSUMS_NAME)
    expect(readReleaseConfig(read({ 'checksums-name': '{{.ProjectName}}_checksums.txt' })).checksumsName).toBe('{{.ProjectName}}_checksums.txt')
    expect(() => readReleaseConfig(read({ 'checksums-name': '{{.ProjectName' }))).toThrow(InputError)
    expect(() => readReleaseConfig(read({ 'checksums-name': '{{.ProjectName' }))).toThrow(/checksums-name: the "\{\{" at character 1 is never closed/)
  })

  it('the manifest names the file and lists its signatures (and only its signatures)', () => {
    const m = buildManifest({
      project: { name: 'task', module: PROJECT.module, version: '3.40.1', tag: 'v3.40.1', commit: PROJECT.commit, commitDate: PROJECT.commitDate },
      go: { version: '1.26.0' },
      build: buildSettings({ package: '.', ldflags: '', flags: [], tags: [] }),
      checksums: 'task_checksums.txt',
      artifacts: [],
      releaseFiles: ['task_checksums.txt', 'task_checksums.txt.asc', 'task_checksums.txt.sig', 'SHA256SUMS.asc', 'cosign.pub', 'manifest.json']
    })
    expect(m.checksums).toBe('task_checksums.txt')
    expect(m.signatures).toEqual(['task_checksums.txt.asc', 'task_checksums.txt.sig'])
    expect(m.publicKeys).toEqual(['cosign.pub'])
  })
})
