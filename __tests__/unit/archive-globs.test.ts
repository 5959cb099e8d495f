/** archive-files globs: the items as written (pure), then matched in small temporary trees. */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import picomatch from 'picomatch/posix.js'
import { describe, expect, it } from 'vitest'
import { isExcluded, parseArchivePattern, splitArchiveFiles } from '../../src/plan/archive-globs.js'
import { resolveArchiveFiles } from '../../src/release/archive-files.js'
import { readReleaseConfig } from '../../src/release/release-inputs.js'
import { tempDir } from '../support/workspace.js'

function tree(files: string[]): string {
  const wd = path.join(tempDir('globs'), 'repo')
  mkdirSync(wd, { recursive: true })
  for (const rel of files) {
    mkdirSync(path.dirname(path.join(wd, rel)), { recursive: true })
    writeFileSync(path.join(wd, rel), `${rel}\n`)
  }
  return wd
}

const FILES = [
  'LICENSE',
  'LICENSE.md',
  'README.md',
  'NOTES.txt',
  'a.md',
  'b.md',
  'c.md',
  'ab.md',
  '.env',
  'completion/bash/task.bash',
  'completion/zsh/_task',
  'completion/fish/task.fish',
  'completion/.hidden',
  'docs/guide.md',
  'docs/api/ref.md',
  'docs/api/old/ref.md',
  'vendor/x/README.md',
  '.git/config',
  '.git/HEAD',
  'dist/SHA256SUMS',
  'dist/notes.md'
]

describe('archive-files: which files each pattern takes', () => {
  it.each<[string, string[], string[]]>([
    ['plain paths', ['README.md', './docs/guide.md', 'docs\\api\\ref.md'], ['README.md', 'docs/api/ref.md', 'docs/guide.md']],
    ['* stays in one directory', ['*.md'], ['LICENSE.md', 'README.md', 'a.md', 'ab.md', 'b.md', 'c.md']],
    ['** crosses directories', ['completion/**/*'], ['completion/bash/task.bash', 'completion/fish/task.fish', 'completion/zsh/_task']],
    ['** alone, under a directory', ['docs/**'], ['docs/api/old/ref.md', 'docs/api/ref.md', 'docs/guide.md']],
    ['**/ at the start', ['**/ref.md'], ['docs/api/old/ref.md', 'docs/api/ref.md']],
    ['{a,b} alternatives', ['{a,b}.md', 'completion/*/*.{bash,fish}'], ['a.md', 'b.md', 'completion/bash/task.bash', 'completion/fish/task.fish']],
    ['? is one character', ['?.md'], ['a.md', 'b.md', 'c.md']],
    ['character classes', ['[ab].md', '[!a-b].md'], ['a.md', 'b.md', 'c.md']],
    ['exclusions leave matches out, in any order', ['!b.md', '?.md', '!docs/api', 'docs/**'], ['a.md', 'c.md', 'docs/guide.md']],
    ['an exclusion covers a plain path too', ['README.md', 'LICENSE*', '!README.md'], ['LICENSE', 'LICENSE.md']],
    ['a directory the walk meets is not a match', ['completion/*'], []],
    ['dot files only when the pattern spells the dot', ['*', 'completion/.*'], ['LICENSE', 'NOTES.txt', 'README.md', 'a.md', 'ab.md', 'b.md', 'c.md', 'completion/.hidden', 'LICENSE.md'].sort()],
    ['.git is never walked, even when spelled', ['.*/*', '**/config'], []],
    ['output-dir is never walked', ['**/*.md', '!vendor', '!docs'], ['LICENSE.md', 'README.md', 'a.md', 'ab.md', 'b.md', 'c.md']],
    ['matches are deduplicated and sorted', ['README.md', 'READ*', '*.md', 'LICENSE'], ['LICENSE', 'LICENSE.md', 'README.md', 'a.md', 'ab.md', 'b.md', 'c.md']]
  ])('%s', async (_what, items, expected) => {
    const wd = tree(FILES)
    const got = await resolveArchiveFiles(wd, items, { outputDir: path.join(wd, 'dist') })
    expect(got.map((f) => f.name)).toEqual(expected)
    for (const f of got) expect(f.source).toBe(path.join(realpathSync(wd), ...f.name.split('/')))
  })

  it('a glob that matches nothing warns and the run goes on; a plain path that is missing fails', async () => {
    const wd = tree(FILES)
    const warnings: string[] = []
    const got = await resolveArchiveFiles(wd, ['README.md', 'man/**/*.1', 'CHANGELOG*'], { warn: (m) => warnings.push(m) })
    expect(got.map((f) => f.name)).toEqual(['README.md'])
    expect(warnings).toEqual([`archive-files: "man/**/*.1" matches no file in ${wd}`, `archive-files: "CHANGELOG*" matches no file in ${wd}`])
    await expect(resolveArchiveFiles(wd, ['README.md', 'CHANGELOG.md'])).rejects.toThrow(`archive-files: "CHANGELOG.md" is not a file in ${wd}`)
  })

  it.each<[string, RegExp]>([
    ['dist/notes.md', /"dist\/notes\.md" is in output-dir .*previous run's release/],
    ['dist/*.md', /"dist\/\*\.md" reads from output-dir/],
    ['.git/config', /"\.git\/config" is inside \.git/],
    ['.git/*', /"\.git\/\*" reads from \.git/],
    ['docs', /"docs" is a directory; name its files, or match them with "docs\/\*\*"/]
  ])('refuses %s by name', async (item, message) => {
    const wd = tree(FILES)
    await expect(resolveArchiveFiles(wd, [item], { outputDir: path.join(wd, 'dist') })).rejects.toThrow(message)
  })

  it('a symlink that points outside stays refused: named, matched by *, or met by **; a link inside is read through', async () => {
    const wd = tree(FILES)
    const outside = tempDir('globs-outside')
    writeFileSync(path.join(outside, 'secret.bash'), 'do not ship\n')
    symlinkSync(path.join(outside, 'secret.bash'), path.join(wd, 'completion', 'bash', 'leak.bash'))
    const message = /archive-files: "completion\/bash\/leak\.bash" resolves to .*secret\.bash, outside working-directory/
    await expect(resolveArchiveFiles(wd, ['completion/bash/leak.bash'])).rejects.toThrow(message)
    await expect(resolveArchiveFiles(wd, ['completion/bash/*'])).rejects.toThrow(message)
    await expect(resolveArchiveFiles(wd, ['completion/**/*'])).rejects.toThrow(message)
    await expect(resolveArchiveFiles(wd, ['**/*.bash'])).rejects.toThrow(message)
    // a link to a directory outside is refused when ** would walk into it, whatever it holds
    const wd2 = tree(FILES)
    symlinkSync(outside, path.join(wd2, 'completion', 'more'))
    await expect(resolveArchiveFiles(wd2, ['completion/**/*.fish'])).rejects.toThrow(/"completion\/more" resolves to .*, outside working-directory .*leave it out with "!completion\/more"/)
    // a * that cannot enter it passes it by
    expect((await resolveArchiveFiles(wd2, ['completion/*.md'], { warn: () => {} })).map((f) => f.name)).toEqual([])
    // a link that stays inside is archived under its own name, read from the real file; a linked directory is not walked
    const wd3 = tree(FILES)
    symlinkSync('../../README.md', path.join(wd3, 'completion', 'bash', 'README.md'))
    symlinkSync('../docs', path.join(wd3, 'completion', 'docs'))
    const got = await resolveArchiveFiles(wd3, ['completion/**/*.md'])
    expect(got).toEqual([{ name: 'completion/bash/README.md', source: path.join(realpathSync(wd3), 'README.md') }])
  })

  it('a file name with a control character is refused, naming the pattern that matched it', async () => {
    const wd = tree(['notes\nline.txt', 'ok.txt'])
    await expect(resolveArchiveFiles(wd, ['*.txt'])).rejects.toThrow(/archive-files: "\*\.txt" matches "notes\\nline\.txt", whose name has U\+000A \(newline\)/)
    await expect(resolveArchiveFiles(wd, ['*.txt', '!notes*'])).resolves.toHaveLength(1)
  })

  it('property: for any tree, the matches are sorted, inside the root, and exactly the files the patterns select', async () => {
    const segment = fc.constantFrom('a', 'b', 'c.md', 'd.txt', '.e', 'f', 'g.md')
    const relPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    const item = fc.constantFrom('**/*.md', '*', 'a/**', '?/*.md', '{a,b}/**/*.txt', '[ab]/*', 'f/**/g.md', '!b', '!**/c.md', 'a/*/*')
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(relPath, { maxLength: 12 }), fc.uniqueArray(item, { minLength: 1, maxLength: 4 }), async (paths, items) => {
        // keep a set of paths where no file is also a directory of another
        const files = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}/`)))
        const wd = tree(files)
        const got = (await resolveArchiveFiles(wd, items)).map((f) => f.name)
        expect(got).toEqual([...got].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)))
        const positive = items.filter((i) => !i.startsWith('!')).map((i) => picomatch(i, { dot: false, posix: true }))
        const negative = items.filter((i) => i.startsWith('!')).map((i) => parseArchivePattern(i))
        const expected = files.filter((f) => positive.some((m) => m(f)) && !isExcluded(f, negative)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
        expect(got).toEqual(expected)
        for (const f of got) expect(path.relative(wd, path.join(wd, f)).startsWith('..')).toBe(false)
      }),
      { numRuns: 40 }
    )
  })
})

describe('archive-files items as written', () => {
  it.each<[string, string[]]>([
    ['LICENSE*, README*', ['LICENSE*', 'README*']],
    ['completion/*.{bash,zsh}, docs/**', ['completion/*.{bash,zsh}', 'docs/**']],
    ['a\n  b , c\r\n[,]x', ['a', 'b', 'c', '[,]x']],
    ['{a,{b,c}}/x, y', ['{a,{b,c}}/x', 'y']]
  ])('splits %j', (raw, items) => {
    expect(splitArchiveFiles(raw)).toEqual(items)
  })

  it.each<[string, RegExp]>([
    ['/etc/passwd', /"\/etc\/passwd" is an absolute path; archive-files are relative to working-directory/],
    ['!/etc/*', /is an absolute path/],
    ['C:\\x\\y', /is an absolute path/],
    ['../x', /has a "\.\." element/],
    ['docs/**/../../x', /has a "\.\." element/],
    ['a\u202eb', /U\+202E \(a bidirectional-text control\)/],
    ['!', /is an empty pattern/],
    ['./', /names working-directory itself/]
  ])('refuses %j', (item, message) => {
    expect(() => parseArchivePattern(item)).toThrow(message)
  })

  it('fails in readConfig, naming the input, on an unclosed brace', () => {
    const read = (name: string): string => (name === 'archive-files' ? 'README*, completion/*.{bash,zsh' : '')
    expect(() => readReleaseConfig(read)).toThrow(/archive-files: "README\*, completion\/\*\.{bash,zsh" has an unclosed "{"/)
  })

  it('knows a glob from a plain path, and where its walk starts', () => {
    expect(['README.md', 'completion/**/*', 'docs/*.md', '{a,b}/x', 'a/[bc]d'].map((i) => {
      const p = parseArchivePattern(i)
      return [p.isGlob, p.base, p.depth]
    })).toEqual([
      [false, '', 1],
      [true, 'completion', Infinity],
      [true, 'docs', 1],
      [true, '', 2],
      [true, 'a', 1]
    ])
  })
})
