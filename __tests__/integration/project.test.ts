/** Project facts from a real git checkout, and from the runner's variables when there is none. */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDescribeLong, readProject } from '../../src/project.js'
import { fixtureWorkspace, tempDir } from '../support/workspace.js'

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_DATE: '2026-02-03T04:05:06Z', GIT_AUTHOR_DATE: '2026-02-03T04:05:06Z', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' }
  }).trim()

describe('readProject', () => {
  it('takes the tag at HEAD, the commit and its date from git', async () => {
    const ws = fixtureWorkspace('app', { tag: 'v2.0.1', date: '2026-01-02T03:04:05Z' })
    const p = await readProject({ workingDirectory: ws, version: '', env: {} })
    const commit = git(ws, 'rev-parse', 'HEAD')
    expect(p).toEqual({
      module: 'example.com/acme/xapp',
      moduleDir: ws,
      version: '2.0.1',
      tag: 'v2.0.1',
      commit,
      shortCommit: commit.slice(0, 7),
      commitDate: '2026-01-02T03:04:05Z',
      commitTimestamp: Date.parse('2026-01-02T03:04:05Z') / 1000,
      dirty: []
    })
  })

  it('describes commits after a tag, and lists uncommitted changes', async () => {
    const ws = fixtureWorkspace('app', { tag: 'v2.0.1' })
    writeFileSync(path.join(ws, 'later.txt'), 'x')
    git(ws, 'add', '.')
    git(ws, 'commit', '-qm', 'later')
    writeFileSync(path.join(ws, 'untracked.go'), 'package main\n')
    const p = await readProject({ workingDirectory: ws, version: '', env: { GITHUB_REF: 'refs/heads/main' } })
    expect(p.version).toBe(`2.0.1-1-g${p.shortCommit}`)
    expect(p.tag).toBe('')
    expect(p.dirty).toEqual(['untracked.go'])
  })

  it('falls back to 0.0.0-<short commit> without tags, and lets version override', async () => {
    const ws = fixtureWorkspace('app', {})
    const p = await readProject({ workingDirectory: ws, version: '', env: {} })
    expect(p.version).toBe(`0.0.0-${p.shortCommit}`)
    const q = await readProject({ workingDirectory: ws, version: 'v3.1.0-rc.1', env: {} })
    expect(q).toMatchObject({ version: '3.1.0-rc.1', tag: 'v3.1.0-rc.1' })
  })

  it('uses GITHUB_REF and GITHUB_SHA without a git checkout, and SOURCE_DATE_EPOCH for the timestamp', async () => {
    const ws = fixtureWorkspace('app')
    const p = await readProject({
      workingDirectory: ws,
      version: '',
      env: { GITHUB_REF: 'refs/tags/v1.9.0', GITHUB_SHA: 'f'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' }
    })
    expect(p).toMatchObject({ version: '1.9.0', tag: 'v1.9.0', commit: 'f'.repeat(40), shortCommit: 'fffffff', commitTimestamp: 1700000000, commitDate: '2023-11-14T22:13:20Z' })
    const bare = await readProject({ workingDirectory: tempDir('bare'), version: '', env: {} })
    expect(bare).toMatchObject({ module: '', version: '0.0.0-dev', commitTimestamp: 315532800 })
  })

  it('finds go.mod above the working directory', async () => {
    const ws = fixtureWorkspace('app')
    const p = await readProject({ workingDirectory: path.join(ws, '..', path.basename(ws)), version: '', env: {} })
    expect(p.module).toBe('example.com/acme/xapp')
  })
})

describe('parseDescribeLong against git itself', () => {
  // one `describe --long` stands in for `describe --exact-match` and `describe --always`: in every
  // state a checkout can be in, it must say what those two say
  const both = (ws: string): { exactTag: string; describe: string } => {
    let exactTag = ''
    try {
      exactTag = execFileSync('git', ['describe', '--tags', '--exact-match', 'HEAD'], { cwd: ws, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
      // no tag on HEAD
    }
    return { exactTag, describe: git(ws, 'describe', '--tags', '--always') }
  }
  const check = (ws: string): void => expect(parseDescribeLong(git(ws, 'describe', '--tags', '--always', '--long'))).toEqual(both(ws))

  it('agrees with no tag, tags on HEAD (lightweight, annotated, look-alike names) and commits after them', () => {
    const ws = fixtureWorkspace('app', {})
    check(ws)
    git(ws, 'tag', 'x-0-gdeadbee')
    check(ws)
    git(ws, 'tag', 'v1.0.0')
    git(ws, 'tag', '-a', 'v1.0.1', '-m', 'release')
    check(ws)
    git(ws, 'commit', '-q', '--allow-empty', '-m', 'after')
    check(ws)
    git(ws, 'tag', 'v2-3-g1234567')
    check(ws)
    git(ws, 'commit', '-q', '--allow-empty', '-m', 'after again')
    check(ws)
  })
})
