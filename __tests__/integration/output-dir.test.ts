/** output-dir is replaced whole on success and left alone otherwise. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkOutputDir, publishOutputDir } from '../../src/release/output-dir.js'
import { tempDir } from '../support/workspace.js'

const staging = (files: Record<string, string>): string => {
  const dir = tempDir('staging')
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    writeFileSync(path.join(dir, f), text)
  }
  return dir
}

describe('output-dir', () => {
  it('is created from the staging directory, with fixed timestamps and a .gitignore', async () => {
    const ws = tempDir('ws')
    const out = path.join(ws, 'dist')
    const stage = staging({ 'a-linux-amd64': 'bin', 'sub/b.exe': 'exe', 'manifest.json': '{"generator":{"name":"go-xbuild"}}' })
    await publishOutputDir(stage, out, 1767323045)
    expect(readdirSync(out).sort()).toEqual(['.gitignore', 'a-linux-amd64', 'manifest.json', 'sub'])
    expect(readFileSync(path.join(out, '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(statSync(path.join(out, 'sub', 'b.exe')).mtimeMs).toBe(1767323045000)
    expect(existsSync(stage)).toBe(false)
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it('replaces an earlier go-xbuild output whole', async () => {
    const ws = tempDir('ws')
    const out = path.join(ws, 'dist')
    await publishOutputDir(staging({ old: '1', 'manifest.json': '{"generator":{"name":"go-xbuild"}}' }), out, 0)
    await checkOutputDir(out, ws)
    await publishOutputDir(staging({ new: '2' }), out, 0)
    expect(readdirSync(out).sort()).toEqual(['.gitignore', 'new'])
    expect(readdirSync(ws)).toEqual(['dist'])
  })

  it('refuses to replace files go-xbuild did not write, or the workspace itself', async () => {
    const ws = tempDir('ws')
    mkdirSync(path.join(ws, 'dist'))
    writeFileSync(path.join(ws, 'dist', 'notes.txt'), 'mine')
    await expect(checkOutputDir(path.join(ws, 'dist'), ws)).rejects.toThrow(/output-dir: .*dist already holds files go-xbuild did not write \(notes\.txt\)/)
    await expect(checkOutputDir(ws, ws)).rejects.toThrow(/is the workspace itself/)
    await expect(checkOutputDir(path.join(ws, 'empty-or-missing'), ws)).resolves.toBeUndefined()
  })
})
