import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { changelogSection, checkRelease, parseReleaseTag, ReleaseCheckError } from '../../scripts/release-lib.mjs'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8')
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const yml = (f: string): any => parse(read(f))

describe('the action\'s own release: tags, package.json and CHANGELOG.md', () => {
  it.each([
    ['v1.2.3', { version: '1.2.3', major: 'v1', prerelease: false }],
    ['v0.1.0', { version: '0.1.0', major: 'v0', prerelease: false }],
    ['v10.0.12', { version: '10.0.12', major: 'v10', prerelease: false }],
    ['v1.3.0-rc.1', { version: '1.3.0-rc.1', major: 'v1', prerelease: true }],
    ['v2.0.0-beta', { version: '2.0.0-beta', major: 'v2', prerelease: true }]
  ])('%s → %j', (tag, expected) => expect(parseReleaseTag(tag)).toEqual(expected))

  it.each(['1.2.3', 'v1.2', 'v1', 'v01.2.3', 'v1.2.3+build.5', 'v1.2.3-', 'v1.2.3-01', 'refs/tags/v1.2.3', 'v1.2.3\n', 'latest'])('%j is refused, saying what to push', (tag) => {
    expect(() => parseReleaseTag(tag)).toThrow(ReleaseCheckError)
    expect(() => parseReleaseTag(tag)).toThrow(/push a semver version tag such as v1\.2\.3/)
  })

  const changelog = ['# Changelog', '', '## [Unreleased]', '', '## [1.2.3] - 2027-01-05', '', '### Fixed', '- a thing', '', '## [1.2.2]', '- older', ''].join('\n')

  it('the notes are the version\'s section, up to the next one', () => {
    expect(changelogSection(changelog, '1.2.3')).toBe('### Fixed\n- a thing')
    expect(changelogSection(changelog, '1.2.2')).toBe('- older')
    expect(() => changelogSection(changelog, '1.2.4')).toThrow(/no "## \[1\.2\.4\]" section: move the Unreleased entries under it/)
    expect(() => changelogSection(changelog, 'Unreleased')).toThrow(/section is empty/)
    // a dot in the version is not a wildcard
    expect(() => changelogSection('## [1x2x3]\n- x\n', '1.2.3')).toThrow(/no "## \[1\.2\.3\]"/)
  })

  it('package.json must say the tagged version', () => {
    expect(checkRelease({ tag: 'v1.2.3', packageVersion: '1.2.3', changelog })).toMatchObject({ version: '1.2.3', major: 'v1', prerelease: false, notes: '### Fixed\n- a thing' })
    expect(() => checkRelease({ tag: 'v1.2.3', packageVersion: '1.2.2', changelog })).toThrow(/package\.json says version "1\.2\.2", the tag says 1\.2\.3: set "version" to 1\.2\.3/)
  })

  it('this repository: CHANGELOG.md has a section for package.json\'s version, and the CLI checks it', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    expect(checkRelease({ tag: `v${version}`, packageVersion: version, changelog: read('CHANGELOG.md') }).notes.length).toBeGreaterThan(0)
    const dir = mkdtempSync(path.join(tmpdir(), 'release-check-'))
    try {
      const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'release-check.mjs'), `v${version}`, '--notes-file', path.join(dir, 'notes.md')], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_OUTPUT: path.join(dir, 'out') }
      })
      expect(out).toMatch(new RegExp(`version ${version.replaceAll('.', '\\.')}, moves v\\d+`))
      expect(readFileSync(path.join(dir, 'out'), 'utf8')).toBe(`version=${version}\nmajor=v${version.split('.')[0]}\nprerelease=false\n`)
      expect(readFileSync(path.join(dir, 'notes.md'), 'utf8').trim()).toBe(changelogSection(read('CHANGELOG.md'), version))
      let failed: { status: number; stderr: string } | undefined
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'release-check.mjs'), 'v99.0.0'], { encoding: 'utf8', stdio: 'pipe' })
      } catch (e) {
        failed = e as { status: number; stderr: string }
      }
      expect(failed?.status).toBe(1)
      expect(failed?.stderr).toMatch(/^release-check: package\.json says version/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the workflows', () => {
  it('release.yml: on version tags; checks and the whole suite before the release; moves the major tag for full releases only', () => {
    const w = yml('.github/workflows/release.yml')
    expect(w.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'])
    expect(w.permissions).toEqual({ contents: 'read' })
    const testRuns = (w.jobs.test.steps as Array<{ run?: string }>).map((s) => s.run).filter(Boolean)
    expect(testRuns).toEqual(['node scripts/release-check.mjs "$GITHUB_REF_NAME"', 'npm ci', 'npm test'])
    expect(w.jobs.release.needs).toBe('test')
    expect(w.jobs.release.permissions).toEqual({ contents: 'write' })
    const steps = w.jobs.release.steps as Array<{ id?: string; name?: string; if?: string; run?: string; env?: Record<string, string> }>
    expect(steps.find((s) => s.id === 'check')?.run).toMatch(/release-check\.mjs "\$GITHUB_REF_NAME" --notes-file/)
    expect(steps.find((s) => s.name === 'Create the release')?.run).toMatch(/gh release create "\$GITHUB_REF_NAME" --verify-tag/)
    const move = steps.find((s) => s.name === 'Move the major tag')
    expect(move?.if).toBe("steps.check.outputs.prerelease == 'false'")
    expect(move?.run).toContain('git push -f origin "refs/tags/$MAJOR"')
    // no expression is pasted into a script: values reach the shell as environment variables
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/)
  })

  it('ci.yml: the example runs on Linux x64 and arm64, macOS and Windows, each checking with its own tools', () => {
    const w = yml('.github/workflows/ci.yml')
    const include = w.jobs.example.strategy.matrix.include as Array<{ runner: string; native: string }>
    expect(include.map((e) => e.runner)).toEqual(['ubuntu-latest', 'ubuntu-24.04-arm', 'macos-latest', 'windows-latest'])
    expect(include.map((e) => e.native)).toEqual(['hello-xbuild-linux-amd64', 'hello-xbuild-linux-arm64', 'hello-xbuild-darwin-arm64', 'hello-xbuild-windows-amd64.exe'])
    const check = (w.jobs.example.steps as Array<{ name?: string; run?: string; shell?: string }>).find((s) => s.name === 'Check what the action wrote')
    expect(check?.shell).toBe('bash')
    expect(check?.run).toMatch(/sha256sum -c SHA256SUMS; else shasum -a 256 -c SHA256SUMS/)
    expect(check?.run).toContain('"./$NATIVE" selftest')
    expect(w.jobs.test.steps.some((s: { run?: string }) => s.run === 'npm test')).toBe(true)
  })

  it('dependabot: npm and the workflows\' actions; .gitattributes: LF everywhere, dist/ generated', () => {
    const d = yml('.github/dependabot.yml')
    expect(d.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem'])).toEqual(['npm', 'github-actions'])
    const attributes = read('.gitattributes').split('\n').filter((l) => l && !l.startsWith('#'))
    expect(attributes).toEqual(['* text=auto eol=lf', 'dist/** linguist-generated=true'])
    expect(execFileSync('git', ['check-attr', 'linguist-generated', 'eol', '--', 'dist/index.js'], { cwd: ROOT, encoding: 'utf8' })).toBe(
      'dist/index.js: linguist-generated: true\ndist/index.js: eol: lf\n'
    )
  })
})
