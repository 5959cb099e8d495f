/** Archives checked by tools that are not ours: tar, gzip, and Python's zipfile. */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeArchive, type ArchiveEntry } from '../../src/release/archive.js'
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
})
