/** Archives checked by tools that are not ours: tar, gzip, and Python's zipfile. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paxRecord, splitUstarName, writeArchive, type ArchiveEntry } from '../../src/release/archive.js'
import { confineArchiveFiles, resolveArchiveFiles } from '../../src/release/archive-files.js'
import { sha256File } from '../../src/release/checksums.js'
import { tempDir } from '../support/workspace.js'

const MTIME = 1767323045 // 2026-01-02T03:04:05Z

function sources(): ArchiveEntry[] {
  const dir = tempDir('arc-src')
  const bin = path.join(dir, 'tool')
  // 3 MiB of mixed content: compressible and not, crossing the 512-byte block boundary
  const data = Buffer.concat([Buffer.alloc(1 << 20, 'go-xbuild '), Buffer.from(Array.from({ length: 2 << 20 }, (_, i) => (i * 2654435761) >>> 24)), Buffer.from('tail')])
  writeFileSync(bin, data)
  chmodSync(bin, 0o755)
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n')
  const long = 'docs/' + 'd'.repeat(60) + '/' + 'n'.repeat(90) + '.md'
  writeFileSync(path.join(dir, 'long.md'), '# long name\n')
  return [
    { name: 'tool', source: bin, mode: 0o755 },
    { name: 'LICENSE', source: path.join(dir, 'LICENSE'), mode: 0o644 },
    { name: long, source: path.join(dir, 'long.md'), mode: 0o644 }
  ]
}

describe('archives', () => {
  it('tar.gz: tar lists the entries with their modes, owner and the commit time, and extracts them intact', async () => {
    const entries = sources()
    const dest = path.join(tempDir('arc'), 'x.tar.gz')
    const got = await writeArchive('tar.gz', dest, entries, MTIME)
    expect(got).toEqual(await sha256File(dest))
    const listing = execFileSync('tar', ['-tvzf', dest, '--numeric-owner', '--full-time'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
    expect(listing).toMatch(/^-rwxr-xr-x 0\/0 +3145732 2026-01-02 03:04:05 tool$/m)
    expect(listing).toMatch(/^-rw-r--r-- 0\/0 +4 2026-01-02 03:04:05 LICENSE$/m)
    expect(listing.split('\n').filter(Boolean).map((l) => l.split(' ').pop())).toEqual(['LICENSE', 'docs/' + 'd'.repeat(60) + '/' + 'n'.repeat(90) + '.md', 'tool'])
    const out = tempDir('arc-x')
    execFileSync('tar', ['-xzf', dest, '-C', out])
    expect(readFileSync(path.join(out, 'tool')).equals(readFileSync(entries[0]!.source))).toBe(true)
    execFileSync('gzip', ['-t', dest])
    // no name and no time in the gzip header, Unix as the OS
    const head = readFileSync(dest).subarray(0, 10)
    expect([head[3], head.readUInt32LE(4), head[9]]).toEqual([0, 0, 3])
  })

  it('zip: Python reads the entries, the Unix mode, the time and the bytes back', async () => {
    const entries = sources()
    const dest = path.join(tempDir('arc'), 'x.zip')
    const got = await writeArchive('zip', dest, entries, MTIME)
    expect(got).toEqual(await sha256File(dest))
    const report = execFileSync(
      'python3',
      [
        '-c',
        `import zipfile,sys,hashlib
z=zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for i in z.infolist():
  print(i.filename, oct(i.external_attr>>16), i.date_time, i.file_size, hashlib.sha256(z.read(i)).hexdigest())`,
        dest
      ],
      { encoding: 'utf8' }
    )
    const lines = report.trim().split('\n')
    expect(lines[0]).toMatch(/^LICENSE 0o100644 \(2026, 1, 2, 3, 4, 4\) 4 /)
    const tool = lines.find((l) => l.startsWith('tool '))
    expect(tool).toContain(`0o100755 (2026, 1, 2, 3, 4, 4) 3145732 ${(await sha256File(entries[0]!.source)).sha256}`)
  })

  it('writes the same bytes twice', async () => {
    const entries = sources()
    for (const format of ['tar.gz', 'zip'] as const) {
      const a = await writeArchive(format, path.join(tempDir('a'), `x.${format}`), entries, MTIME)
      const b = await writeArchive(format, path.join(tempDir('b'), `x.${format}`), [...entries].reverse(), MTIME)
      expect(a.sha256, format).toBe(b.sha256)
    }
  })

  it('refuses entry names that could land outside the extraction directory', async () => {
    const src = sources()[1] as ArchiveEntry
    for (const name of ['/etc/x', '../x', 'a/../../x', 'a//b', './x', 'a\\b', 'C:x', 'a\nb', '']) {
      await expect(writeArchive('tar.gz', path.join(tempDir('bad'), 'x.tar.gz'), [{ ...src, name }], MTIME), JSON.stringify(name)).rejects.toThrow(
        /is not a plain relative path/
      )
    }
  })
})

/** A string of exactly `bytes` UTF-8 bytes, mostly three-byte characters (so characters ≠ bytes). */
function utf8Of(bytes: number, seed = '日'): string {
  const unit = Buffer.byteLength(seed)
  return seed.repeat(Math.floor(bytes / unit)) + 'a'.repeat(bytes % unit)
}

// names at ustar's limits (100-byte name, 155-byte prefix), counted in bytes with multi-byte characters
const BOUNDARY_NAMES: Record<string, string> = {
  'name 99 bytes': utf8Of(99),
  'name 100 bytes': utf8Of(100, 'é'),
  'name 101 bytes': utf8Of(101, '😀'),
  // 34 characters but 102 bytes: a character count would say it fits the name field
  'name 102 bytes, 34 characters': utf8Of(102),
  'prefix 155 + name 100 (256 bytes, fits ustar exactly)': `${utf8Of(155)}/${utf8Of(100)}`,
  'prefix 156 + name 99': `${utf8Of(156)}/${utf8Of(99)}`,
  // the first 155 characters hold two slashes, but the prefix they cut is 261 bytes (elements stay ≤ NAME_MAX)
  '128 characters before the last slash, 261 bytes': `${utf8Of(200)}/${'b'.repeat(60)}/${'c'.repeat(60)}`,
  'no slash, 255 bytes': utf8Of(255),
  'deep path, 1 000 bytes': Array.from({ length: 10 }, (_, i) => utf8Of(99, i % 2 ? 'é' : 'ü')).join('/') + `/${utf8Of(10, '€')}`,
  'ASCII, 101 bytes in two elements': `${'d'.repeat(50)}/${'n'.repeat(50)}`
}

describe('tar names', () => {
  it('split ustar name and prefix on UTF-8 bytes, or report that a PAX header is needed', () => {
    expect(splitUstarName(utf8Of(100))?.base.length).toBe(100)
    expect(splitUstarName(utf8Of(101))).toBeUndefined()
    const fits = splitUstarName(`${utf8Of(155)}/${utf8Of(100)}`)
    expect([fits?.prefix.length, fits?.base.length]).toEqual([155, 100])
    expect(splitUstarName(`${utf8Of(156)}/${utf8Of(99)}`)).toBeUndefined()
    expect(splitUstarName(`${utf8Of(200)}/${'b'.repeat(60)}/${'c'.repeat(60)}`)).toBeUndefined()
  })

  it('PAX records count their own length, across a change in the number of digits', () => {
    for (let n = 80; n < 1100; n++) {
      const r = paxRecord('path', 'p'.repeat(n)).toString('utf8')
      expect(Number(r.split(' ')[0]), String(n)).toBe(Buffer.byteLength(r))
    }
    const r = paxRecord('path', utf8Of(95, '日'))
    expect(Number(r.toString().split(' ')[0])).toBe(r.length)
  })

  it('at 99/100/101/155/156/255+ bytes with multi-byte characters read back exactly by GNU tar and Python tarfile', async () => {
    const dir = tempDir('tar-names')
    const entries: ArchiveEntry[] = Object.entries(BOUNDARY_NAMES).map(([label, name], i) => {
      const source = path.join(dir, `f${i}`)
      writeFileSync(source, `${label}\n`)
      return { name, source, mode: 0o644 }
    })
    const dest = path.join(tempDir('arc'), 'names.tar.gz')
    await writeArchive('tar.gz', dest, entries, MTIME)
    const expected = Object.values(BOUNDARY_NAMES).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

    const env = { ...process.env, LC_ALL: 'C.UTF-8' }
    const listed = execFileSync('tar', ['-tzf', dest, '--quoting-style=literal'], { encoding: 'utf8', env })
    expect(listed.split('\n').filter(Boolean)).toEqual(expected)

    const py = execFileSync('python3', ['-c', 'import tarfile,sys,json\nt=tarfile.open(sys.argv[1])\nprint(json.dumps([[m.name,m.size,m.mtime,m.type.decode()] for m in t.getmembers()]))', dest], {
      encoding: 'utf8',
      env
    })
    const members = JSON.parse(py) as Array<[string, number, number, string]>
    expect(members.map((m) => m[0])).toEqual(expected)
    for (const [name, size, mtime, type] of members) {
      const label = Object.keys(BOUNDARY_NAMES).find((k) => BOUNDARY_NAMES[k] === name) as string
      expect([size, mtime, type], label).toEqual([Buffer.byteLength(`${label}\n`), MTIME, '0'])
    }

    // extracted under the exact names, with the right contents
    const out = tempDir('tar-names-x')
    mkdirSync(out, { recursive: true })
    execFileSync('tar', ['-xzf', dest, '-C', out], { env })
    for (const [label, name] of Object.entries(BOUNDARY_NAMES)) {
      expect(readFileSync(path.join(out, ...name.split('/')), 'utf8'), label).toBe(`${label}\n`)
    }
    // the PAX headers carry only the path: no atime/ctime (two runs write the same bytes)
    const again = await writeArchive('tar.gz', path.join(tempDir('arc'), 'names.tar.gz'), [...entries].reverse(), MTIME)
    expect(again.sha256).toBe((await sha256File(dest)).sha256)
    const paxKeys = execFileSync('python3', ['-c', 'import tarfile,sys\nfor m in tarfile.open(sys.argv[1]).getmembers(): print(sorted(m.pax_headers))', dest], { encoding: 'utf8', env })
    expect(new Set(paxKeys.trim().split('\n'))).toEqual(new Set(["[]", "['path']"]))
  })

  // path elements of arbitrary Unicode (no "/", NUL or other control character), 1–255 bytes each
  const element = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 80, size: 'max' })
    // eslint-disable-next-line no-control-regex
    .map((e) => e.replace(/[/\\\x00-\x1f\x7f]/g, '_'))
    .filter((e) => e !== '.' && e !== '..' && Buffer.byteLength(e) <= 255)
  const entryName = fc.array(element, { minLength: 1, maxLength: 6, size: 'max' }).map((parts) => parts.join('/'))

  it('property: a split is exact (prefix + "/" + name gives back the bytes) and within the byte limits, or there is none', () => {
    fc.assert(
      fc.property(entryName, (name) => {
        const split = splitUstarName(name)
        if (!split) return Buffer.byteLength(name) > 100
        const joined = split.prefix.length ? Buffer.concat([split.prefix, Buffer.from('/'), split.base]) : split.base
        return joined.equals(Buffer.from(name)) && split.prefix.length <= 155 && split.base.length <= 100 && split.base.length > 0
      }),
      { numRuns: 2000 }
    )
  })

  it('property: arbitrary Unicode names read back exactly by Python tarfile', async () => {
    const names = [...new Set(fc.sample(entryName, { numRuns: 200, seed: 13 }))]
    const src = path.join(tempDir('prop'), 'f')
    writeFileSync(src, 'x')
    const dest = path.join(tempDir('arc'), 'prop.tar.gz')
    // one archive per name: names may be prefixes of each other's directories
    const entries = names.map((name) => ({ name, source: src, mode: 0o644 }))
    for (const [i, e] of entries.entries()) await writeArchive('tar.gz', `${dest}.${i}`, [e], MTIME)
    const py = execFileSync(
      'python3',
      ['-c', 'import tarfile,sys,json\nprint(json.dumps([tarfile.open(f).getnames()[0] for f in sys.argv[1:]]))', ...entries.map((_, i) => `${dest}.${i}`)],
      { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' }, maxBuffer: 1 << 26 }
    )
    expect(JSON.parse(py)).toEqual(names)
    expect(names.filter((n) => !splitUstarName(n)).length, 'some names need PAX').toBeGreaterThan(10)
  })

  it('zip: non-ASCII names carry the UTF-8 flag and Python reads them back exactly', async () => {
    const dir = tempDir('zip-names')
    const names = ['ünïcødé/日本語.txt', 'emoji-😀.md', utf8Of(300, 'é')]
    const entries = names.map((name, i) => {
      const source = path.join(dir, `f${i}`)
      writeFileSync(source, name)
      return { name, source, mode: 0o644 }
    })
    const dest = path.join(tempDir('arc'), 'names.zip')
    await writeArchive('zip', dest, entries, MTIME)
    const py = execFileSync(
      'python3',
      ['-c', 'import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps([[i.filename, i.flag_bits & 0x800, z.read(i).decode()] for i in z.infolist()]))', dest],
      { encoding: 'utf8' }
    )
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    expect(JSON.parse(py)).toEqual(sorted.map((n) => [n, 0x800, n]))
  })
})

describe('archive-files stay inside working-directory', () => {
  /** A working directory with a LICENSE, docs/, and a secret next to it (outside). */
  function tree(): { wd: string; secret: string } {
    const root = tempDir('af')
    const wd = path.join(root, 'repo')
    mkdirSync(path.join(wd, 'docs'), { recursive: true })
    writeFileSync(path.join(wd, 'LICENSE'), 'MIT\n')
    writeFileSync(path.join(wd, 'docs', 'guide.md'), '# guide\n')
    const secret = path.join(root, 'secret.txt')
    writeFileSync(secret, 'do not ship\n')
    return { wd, secret }
  }

  it.each([
    ['/etc/passwd', /archive-files: "\/etc\/passwd" is an absolute path; archive-files are relative to working-directory and stay inside it/],
    ['C:\\Windows\\win.ini', /archive-files: "C:\\Windows\\win\.ini" is an absolute path/],
    ['\\\\host\\share\\x', /is an absolute path/],
    ['../secret.txt', /archive-files: "\.\.\/secret\.txt" has a "\.\." element/],
    ['docs/../../secret.txt', /"docs\/\.\.\/\.\.\/secret\.txt" has a "\.\." element/],
    ['docs/../LICENSE', /has a "\.\." element/],
    ['../*', /has a "\.\." element/]
  ])('refuses %s by name', async (pattern, message) => {
    const { wd } = tree()
    await expect(resolveArchiveFiles(wd, [pattern])).rejects.toThrow(message)
  })

  it('refuses a symlink that leads out, by its name, whether named or matched by a pattern', async () => {
    const { wd, secret } = tree()
    symlinkSync(secret, path.join(wd, 'NOTICE'))
    const message = new RegExp(`archive-files: "NOTICE" resolves to ${secret.replace(/[.]/g, '\\.')}, outside working-directory .*repo; every archive file must stay inside working-directory`)
    await expect(resolveArchiveFiles(wd, ['NOTICE'])).rejects.toThrow(message)
    await expect(resolveArchiveFiles(wd, ['LICENSE*', 'NOTI*'])).rejects.toThrow(message)
    // a symlinked directory out of the tree is refused before it is listed
    symlinkSync(path.dirname(secret), path.join(wd, 'up'))
    await expect(resolveArchiveFiles(wd, ['up/*.txt'])).rejects.toThrow(/archive-files: "up" resolves to .*, outside working-directory/)
    await expect(resolveArchiveFiles(wd, ['up/secret.txt'])).rejects.toThrow(/archive-files: "up\/secret\.txt" resolves to .*secret\.txt, outside working-directory/)
  })

  it('accepts a symlink that stays inside: the archive entry keeps the link\'s name and reads the real file', async () => {
    const { wd } = tree()
    symlinkSync('docs/guide.md', path.join(wd, 'README.md'))
    symlinkSync('docs', path.join(wd, 'manual'))
    const files = await resolveArchiveFiles(wd, ['LICENSE*', 'README*', 'manual/*.md', './docs/guide.md'])
    const real = (f: string): string => path.join(realWd(wd), f)
    expect(files).toEqual([
      { name: 'LICENSE', source: real('LICENSE') },
      { name: 'README.md', source: real('docs/guide.md') },
      { name: 'docs/guide.md', source: real('docs/guide.md') },
      { name: 'manual/guide.md', source: real('docs/guide.md') }
    ])
    const dest = path.join(tempDir('arc'), 'x.tar.gz')
    await writeArchive('tar.gz', dest, files.map((f) => ({ ...f, mode: 0o644 })), MTIME)
    // the entries are regular files with relative names, none of them a link
    const listing = execFileSync('tar', ['-tvzf', dest], { encoding: 'utf8' })
    expect(listing.split('\n').filter(Boolean).map((l) => [l[0], l.split(' ').pop()])).toEqual([
      ['-', 'LICENSE'],
      ['-', 'README.md'],
      ['-', 'docs/guide.md'],
      ['-', 'manual/guide.md']
    ])
  })

  it('checks a list of matched paths on its own (the matcher can be replaced)', async () => {
    const { wd, secret } = tree()
    symlinkSync(secret, path.join(wd, 'docs', 'leak'))
    await expect(confineArchiveFiles(wd, ['LICENSE', 'docs/guide.md'])).resolves.toHaveLength(2)
    await expect(confineArchiveFiles(wd, ['docs/leak'])).rejects.toThrow(/"docs\/leak" resolves to .*secret\.txt, outside working-directory/)
    await expect(confineArchiveFiles(wd, ['../secret.txt'])).rejects.toThrow(/is not a plain relative path/)
    await expect(confineArchiveFiles(wd, [secret])).rejects.toThrow(/is not a plain relative path/)
    await expect(confineArchiveFiles(wd, ['docs'])).rejects.toThrow(/"docs" is a directory; name its files, or match them with "docs\/\*\*"/)
    await expect(confineArchiveFiles(wd, ['missing'])).rejects.toThrow(/"missing" is not a file/)
  })
})

const realWd = (wd: string): string => realpathSync(wd)

describe('archive-files globs in real archives', () => {
  /** go-task's layout: completion/<shell>/<file>, plus a LICENSE, a README and things never to ship. */
  function taskTree(files: Array<[string, string]>): string {
    const wd = path.join(tempDir('glob'), 'repo')
    for (const [rel, text] of files) {
      mkdirSync(path.dirname(path.join(wd, rel)), { recursive: true })
      writeFileSync(path.join(wd, rel), text)
    }
    return wd
  }
  const FILES: Array<[string, string]> = [
    ['LICENSE', 'MIT\n'],
    ['README.md', '# task\n'],
    ['completion/bash/task.bash', 'complete -F _task task\n'],
    ['completion/fish/task.fish', 'complete -c task\n'],
    ['completion/zsh/_task', '#compdef task\n'],
    ['completion/ps/task.ps1', 'Register-ArgumentCompleter\n'],
    ['completion/.hidden', 'not matched by *\n'],
    ['.git/config', '[core]\n'],
    ['dist/old.tar.gz', 'previous run\n'],
    ['main.go', 'package main\n']
  ]
  const ITEMS = ['README.md', 'LICENSE*', 'completion/**/*', '!completion/ps']

  it('tar.gz and zip hold completion/**/* under their relative paths, and tar, Python read them back', async () => {
    const wd = taskTree(FILES)
    const warnings: string[] = []
    const extras = await resolveArchiveFiles(wd, ITEMS, { outputDir: path.join(wd, 'dist'), warn: (m) => warnings.push(m) })
    const names = ['LICENSE', 'README.md', 'completion/bash/task.bash', 'completion/fish/task.fish', 'completion/zsh/_task']
    expect(extras.map((e) => e.name)).toEqual(names)
    expect(warnings).toEqual([])
    const entries = [{ name: 'task', source: path.join(wd, 'main.go'), mode: 0o755 }, ...extras.map((e) => ({ ...e, mode: 0o644 }))]
    const dir = tempDir('glob-arc')
    await writeArchive('tar.gz', path.join(dir, 'x.tar.gz'), entries, MTIME)
    await writeArchive('zip', path.join(dir, 'x.zip'), entries, MTIME)
    const tarNames = execFileSync('tar', ['-tzf', path.join(dir, 'x.tar.gz')], { encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(tarNames).toEqual([...names, 'task'])
    const out = tempDir('glob-x')
    execFileSync('tar', ['-xzf', path.join(dir, 'x.tar.gz'), '-C', out])
    expect(readFileSync(path.join(out, 'completion', 'zsh', '_task'), 'utf8')).toBe('#compdef task\n')
    const zipNames = JSON.parse(
      execFileSync('python3', ['-c', 'import zipfile,sys,json\nprint(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', path.join(dir, 'x.zip')], { encoding: 'utf8' })
    ) as string[]
    expect(zipNames).toEqual([...names, 'task'])
  })

  it('the same tree, created in another order in another directory, gives the same archive bytes', async () => {
    const digests: string[] = []
    for (const files of [FILES, [...FILES].reverse()]) {
      const wd = taskTree(files)
      const extras = await resolveArchiveFiles(wd, ITEMS, { outputDir: path.join(wd, 'dist') })
      const dir = tempDir('glob-repro')
      for (const format of ['tar.gz', 'zip'] as const) {
        const dest = path.join(dir, `x.${format}`)
        const got = await writeArchive(format, dest, extras.map((e) => ({ ...e, mode: 0o644 })), MTIME)
        // the digest reported is the one sha256sum computes from the file on disk
        expect(execFileSync('sha256sum', [dest], { encoding: 'utf8' }).split(' ')[0]).toBe(got.sha256)
        digests.push(`${format} ${got.sha256}`)
      }
    }
    expect(digests.slice(0, 2)).toEqual(digests.slice(2))
    expect(new Set(digests).size).toBe(2)
  })

  it('a symlink met by ** that leads out is refused by name; excluded, it is skipped', async () => {
    const wd = taskTree(FILES)
    const outside = tempDir('glob-outside')
    writeFileSync(path.join(outside, 'secret.bash'), 'do not ship\n')
    symlinkSync(outside, path.join(wd, 'completion', 'extra'))
    await expect(resolveArchiveFiles(wd, ['completion/**/*.bash'])).rejects.toThrow(
      /archive-files: "completion\/extra" resolves to .*, outside working-directory .*\. It was met by "completion\/\*\*\/\*\.bash": a walk never follows a link; leave it out with "!completion\/extra"/
    )
    const extras = await resolveArchiveFiles(wd, ['completion/**/*.bash', '!completion/extra'])
    expect(extras.map((e) => e.name)).toEqual(['completion/bash/task.bash'])
  })
})
