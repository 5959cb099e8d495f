/** output-dir is replaced whole on success, only when go-xbuild owns everything in it, and left alone otherwise. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkOutputDir, ownedFiles, publishOutputDir, swapIn } from '../../src/release/output-dir.js'
import { tempDir } from '../support/workspace.js'

const write = (dir: string, files: Record<string, string>): string => {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    writeFileSync(path.join(dir, f), text)
  }
  return dir
}
const staging = (files: Record<string, string>): string => write(tempDir('staging'), files)

/** A manifest like the one the manifest stage writes, naming `files` as artifacts (with an archive and a signature for the first). */
const manifestOf = (files: string[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    schemaVersion: 1,
    generator: { name: 'go-xbuild', version: '0.1.0' },
    checksums: 'SHA256SUMS',
    signatures: ['SHA256SUMS.sig'],
    publicKeys: ['cosign.pub'],
    artifacts: files.map((file, i) => ({ file, ...(i === 0 ? { archive: { file: `${file}.tar.gz` }, signatures: [`${file}.sig`] } : {}) })),
    ...extra
  })

/** What a run stages: binaries, an archive, signatures, SHA256SUMS, the public key and the manifest. */
const release = (tag: string): Record<string, string> => ({
  'a-linux-amd64': tag,
  'a-linux-amd64.tar.gz': tag,
  'a-linux-amd64.sig': tag,
  'sub/b.exe': tag,
  SHA256SUMS: tag,
  'SHA256SUMS.sig': tag,
  'cosign.pub': tag,
  'manifest.json': manifestOf(['a-linux-amd64', 'sub/b.exe'])
})

/** A workspace holding the output of an earlier run in dist/. */
async function previousRun(): Promise<{ ws: string; out: string }> {
  const ws = tempDir('ws')
  const out = path.join(ws, 'dist')
  await publishOutputDir(staging(release('old')), out, 1767323045, ws)
  return { ws, out }
}

/** Every file below `dir` with its content, for "untouched" checks. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')])
  )

describe('output-dir', () => {
  it('is created from the staging directory, with fixed timestamps and a .gitignore', async () => {
    const ws = tempDir('ws')
    const out = path.join(ws, 'dist')
    const stage = staging(release('new'))
    await publishOutputDir(stage, out, 1767323045, ws)
    expect(readdirSync(out).sort()).toEqual(['.gitignore', 'SHA256SUMS', 'SHA256SUMS.sig', 'a-linux-amd64', 'a-linux-amd64.sig', 'a-linux-amd64.tar.gz', 'cosign.pub', 'manifest.json', 'sub'])
    expect(readFileSync(path.join(out, '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(statSync(path.join(out, 'sub', 'b.exe')).mtimeMs).toBe(1767323045000)
    expect(existsSync(stage)).toBe(false)
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it('replaces an earlier go-xbuild output whole', async () => {
    const { ws, out } = await previousRun()
    await checkOutputDir(out, ws)
    await publishOutputDir(staging({ new: '2', 'manifest.json': manifestOf(['new']) }), out, 0, ws)
    expect(readdirSync(out).sort()).toEqual(['.gitignore', 'manifest.json', 'new'])
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it.each([
    ['missing', (ws: string) => path.join(ws, 'dist')],
    ['missing, below a missing parent', (ws: string) => path.join(ws, 'out', 'release')],
    ['an empty directory', (ws: string) => (mkdirSync(path.join(ws, 'dist')), path.join(ws, 'dist'))],
    ['an absolute path inside the workspace', (ws: string) => path.resolve(ws, 'a', '..', 'dist')],
    ['reached through a symlinked parent that stays inside', (ws: string) => (mkdirSync(path.join(ws, 'real')), symlinkSync(path.join(ws, 'real'), path.join(ws, 'link')), path.join(ws, 'link', 'dist'))]
  ])('accepts an output-dir that is %s', async (_label, make) => {
    const ws = tempDir('ws')
    await expect(checkOutputDir(make(ws), ws)).resolves.toBeUndefined()
  })

  it.each([
    ['a file the user added', { 'notes.txt': 'mine' }, /output-dir: .*dist holds notes\.txt, which go-xbuild did not write \(it is not in its manifest\.json\); it would be replaced, so delete it \(or move it out of the way\), or choose another output-dir/],
    ['a file in a directory go-xbuild made', { 'sub/notes.txt': 'mine' }, /holds sub\/notes\.txt, which go-xbuild did not write/],
    ['a directory of the user', { 'keep/x': 'mine' }, /holds keep, which go-xbuild did not write/],
    ['a file named like a signature go-xbuild did not make', { 'sub/b.exe.sig': 'mine' }, /holds sub\/b\.exe\.sig, which/]
  ])('refuses our previous output plus %s, naming it and touching nothing', async (_label, extra, message) => {
    const { ws, out } = await previousRun()
    write(out, extra)
    const before = snapshot(out)
    await expect(checkOutputDir(out, ws)).rejects.toThrow(message)
    const stage = staging(release('new'))
    await expect(publishOutputDir(stage, out, 0, ws)).rejects.toThrow(message)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it('refuses a symlink inside output-dir, even under a name the manifest lists', async () => {
    const first = await previousRun()
    symlinkSync('/etc/hostname', path.join(first.out, 'cosign.pub.link'))
    await expect(checkOutputDir(first.out, first.ws)).rejects.toThrow(/holds cosign\.pub\.link, which go-xbuild did not write \(it is a symlink or special file/)
    const second = await previousRun()
    rmSync(path.join(second.out, 'SHA256SUMS'))
    symlinkSync('/etc/hostname', path.join(second.out, 'SHA256SUMS'))
    await expect(checkOutputDir(second.out, second.ws)).rejects.toThrow(/holds SHA256SUMS, which go-xbuild did not write \(it is a symlink/)
  })

  it('refuses files go-xbuild did not write when there is no manifest of its own, and the workspace itself', async () => {
    const ws = tempDir('ws')
    write(ws, { 'dist/notes.txt': 'mine' })
    await expect(checkOutputDir(path.join(ws, 'dist'), ws)).rejects.toThrow(/output-dir: .*dist already holds files go-xbuild did not write \(notes\.txt\) and has no manifest\.json of go-xbuild's/)
    write(ws, { 'other/manifest.json': '{"generator":{"name":"goreleaser"}}', 'other/x': '' })
    await expect(checkOutputDir(path.join(ws, 'other'), ws)).rejects.toThrow(/other already holds files go-xbuild did not write \(manifest\.json, x\) and .*was not written by go-xbuild/)
    await expect(checkOutputDir(ws, ws)).rejects.toThrow(/is the workspace itself/)
  })

  it('refuses a path that exists and is not a directory, and never replaces it', async () => {
    const ws = tempDir('ws')
    const file = path.join(ws, 'dist')
    writeFileSync(file, 'precious')
    await expect(checkOutputDir(file, ws)).rejects.toThrow(/output-dir: .*dist exists and is not a directory; go-xbuild never replaces it/)
    await expect(publishOutputDir(staging(release('new')), file, 0, ws)).rejects.toThrow(/exists and is not a directory/)
    expect(readFileSync(file, 'utf8')).toBe('precious')
    expect(readdirSync(ws)).toEqual(['dist'])
    await expect(checkOutputDir(path.join(file, 'sub'), ws)).rejects.toThrow(/output-dir: .*dist\/sub cannot be used: .*dist is a file, not a directory/)
  })

  it('refuses a symlinked output-dir, even one pointing at our own earlier output', async () => {
    const { ws, out } = await previousRun()
    const link = path.join(ws, 'release')
    symlinkSync(out, link)
    const before = snapshot(out)
    await expect(checkOutputDir(link, ws)).rejects.toThrow(/output-dir: .*release is a symlink; go-xbuild does not replace a link/)
    await expect(publishOutputDir(staging(release('new')), link, 0, ws)).rejects.toThrow(/is a symlink/)
    expect(snapshot(out)).toEqual(before)
    symlinkSync(path.join(ws, 'nowhere'), path.join(ws, 'dangling'))
    await expect(checkOutputDir(path.join(ws, 'dangling'), ws)).rejects.toThrow(/dangling is a symlink that points nowhere/)
  })

  it.each([
    ['a ".." path', (ws: string) => path.resolve(ws, '..', 'elsewhere')],
    ['an absolute path elsewhere', () => path.join(tempDir('elsewhere'), 'dist')],
    ['a symlinked parent that leads out', (ws: string) => (symlinkSync(tempDir('outside'), path.join(ws, 'out')), path.join(ws, 'out', 'dist'))]
  ])('refuses an output-dir outside the workspace through %s', async (_label, make) => {
    const ws = tempDir('ws')
    const dir = make(ws)
    await expect(checkOutputDir(dir, ws)).rejects.toThrow(/output-dir: .* resolves to .*, outside the workspace .*; output-dir must stay inside the workspace \(GITHUB_WORKSPACE\)/)
    await expect(publishOutputDir(staging(release('new')), dir, 0, ws)).rejects.toThrow(/outside the workspace/)
    expect(existsSync(dir)).toBe(false)
  })

  it.each([
    ['../x', { artifacts: [{ file: '../x' }] }],
    ['/abs', { artifacts: [{ file: '/abs' }] }],
    ['a/./b', { publicKeys: ['a/./b'] }],
    ['an archive in ..', { artifacts: [{ file: 'ok', archive: { file: 'sub/../../x' } }] }],
    ['a number', { checksums: 7 }],
    ['a backslash', { signatures: ['..\\x'] }]
  ])('does not trust a hand-written manifest listing %s, and deletes nothing', async (_label, fields) => {
    const ws = tempDir('ws')
    write(ws, { x: 'outside output-dir', 'dist/ok': 'user file' })
    write(ws, { 'dist/manifest.json': JSON.stringify({ generator: { name: 'go-xbuild' }, artifacts: [], ...fields }) })
    const before = snapshot(ws)
    await expect(checkOutputDir(path.join(ws, 'dist'), ws)).rejects.toThrow(/already holds files go-xbuild did not write .*manifest\.json lists .*which is not a plain relative path inside output-dir/)
    await expect(publishOutputDir(staging(release('new')), path.join(ws, 'dist'), 0, ws)).rejects.toThrow(/not a plain relative path/)
    expect(snapshot(ws)).toEqual(before)
  })

  it('owns the SBOMs a manifest lists, and refuses an SBOM name that leads out', async () => {
    const sboms = [{ format: 'spdx', file: 'a.spdx.json' }, { format: 'cyclonedx', file: 'a.cdx.json' }]
    const m = JSON.parse(manifestOf(['a']))
    m.artifacts[0].sboms = sboms
    expect([...ownedFiles(m, 'm')]).toEqual(expect.arrayContaining(['a', 'a.spdx.json', 'a.cdx.json']))
    m.artifacts[0].sboms = [{ format: 'spdx', file: '../outside.spdx.json' }]
    expect(() => ownedFiles(m, 'm')).toThrow(/lists "\.\.\/outside\.spdx\.json", which is not a plain relative path/)
    // a previous release with SBOMs is replaced by the next run
    const ws = tempDir('ws')
    m.artifacts[0].sboms = sboms
    write(ws, { 'dist/a': '1', 'dist/a.spdx.json': '{}', 'dist/a.cdx.json': '{}', 'dist/manifest.json': JSON.stringify(m) })
    await expect(checkOutputDir(path.join(ws, 'dist'), ws)).resolves.toBeUndefined()
  })

  it('reads only names from a manifest: the listed files plus its own release files', () => {
    expect([...ownedFiles(JSON.parse(manifestOf(['a', 'd/b'])), 'm')].sort()).toEqual(
      ['.gitignore', 'SHA256SUMS', 'SHA256SUMS.sig', 'a', 'a.sig', 'a.tar.gz', 'cosign.pub', 'd/b', 'manifest.json'].sort()
    )
  })

  it('refuses a foreign file that appears between the plan-stage check and the swap; the old output stays whole', async () => {
    const { ws, out } = await previousRun()
    await checkOutputDir(out, ws) // the plan stage: fine
    write(out, { 'added-during-build.txt': 'mine' }) // the build runs; someone writes into output-dir
    const before = snapshot(out)
    const stage = staging(release('new'))
    await expect(publishOutputDir(stage, out, 0, ws)).rejects.toThrow(/holds added-during-build\.txt, which go-xbuild did not write/)
    expect(snapshot(out)).toEqual(before)
    // nothing moved: no half-swapped .dist.new-*/.dist.old-* beside it, and the staging directory is
    // still where the caller (main.ts: not published → removed) cleans it up
    expect(readdirSync(ws)).toEqual(['dist'])
    expect(snapshot(stage)).toEqual(release('new'))
  })

  it('checks once more after moving the old output aside: a file that slipped in after the pre-swap check sends it back whole', async () => {
    const { ws, out } = await previousRun()
    write(out, { 'slipped-in.txt': 'mine' }) // as if written between publishOutputDir's check and the move
    const before = snapshot(out)
    const incoming = write(path.join(ws, '.dist.new-test'), release('new'))
    await expect(swapIn(incoming, out, 'test')).rejects.toThrow(/output-dir: .*dist holds slipped-in\.txt, which go-xbuild did not write/)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(ws)).toEqual(['dist'])
    // and a clean one goes through
    rmSync(path.join(out, 'slipped-in.txt'))
    await swapIn(write(path.join(ws, '.dist.new-2'), release('new')), out)
    expect(readFileSync(path.join(out, 'a-linux-amd64'), 'utf8')).toBe('new')
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it('fails, leaving the old output whole, when a stage wrote a file the new manifest does not list', async () => {
    const { ws, out } = await previousRun()
    const before = snapshot(out)
    await expect(publishOutputDir(staging({ ...release('new'), 'stray.txt': '' }), out, 0, ws)).rejects.toThrow(/go-xbuild bug: the release holds stray\.txt/)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(ws)).toEqual(['dist'])
  })
})
