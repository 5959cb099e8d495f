import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))

describe('one door for child processes', () => {
  it('src/proc/run.ts alone imports node:child_process; nothing imports @actions/exec (it re-splits a tool path on spaces)', () => {
    const importers = files(SRC)
      .filter((f) => /from ['"](node:)?child_process['"]|import\(['"](node:)?child_process['"]\)|['"]@actions\/exec['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
    expect(importers).toEqual(['proc/run.ts'])
  })
})
