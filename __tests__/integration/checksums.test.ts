/** sha256File against coreutils' sha256sum, around the edges of its read buffer. */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sha256File } from '../../src/release/checksums.js'
import { removeTempDirs, tempDir } from '../support/workspace.js'

afterAll(removeTempDirs)

describe('sha256File', () => {
  const MiB = 1 << 20
  it.each([0, 1, MiB - 1, MiB, MiB + 1, 3 * MiB + 5])('%i bytes: what sha256sum says', async (size) => {
    const file = path.join(tempDir('sha'), `f-${size}`)
    writeFileSync(file, randomBytes(size))
    const want = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]
    expect(await sha256File(file)).toEqual({ sha256: want, size })
  })

  it('hashes many files at once, each on its own', async () => {
    const dir = tempDir('sha-many')
    const files = Array.from({ length: 8 }, (_, i) => {
      const f = path.join(dir, `f${i}`)
      writeFileSync(f, randomBytes(MiB + i * 4099))
      return f
    })
    const got = await Promise.all(files.map((f) => sha256File(f)))
    files.forEach((f, i) => expect(got[i]?.sha256).toBe(execFileSync('sha256sum', [f], { encoding: 'utf8' }).split(' ')[0]))
  })

  it('fails on a file that is not there', async () => {
    await expect(sha256File(path.join(tempDir('sha-none'), 'missing'))).rejects.toThrow(/ENOENT/)
  })
})
