/** Throwaway workspaces for end-to-end runs: a copy of a fixture, optionally a git repository with a tag. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT, TEST_CACHE } from './assets.js'

export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')

/** One Go build cache for every test run (and every run of the suite): cold builds cost minutes. */
export const SHARED_GOCACHE = path.join(TEST_CACHE, 'gocache')
export const SHARED_GOMODCACHE = path.join(TEST_CACHE, 'gomodcache')

// Every temporary directory of a test file lives under one root, made on first use and removed after
// the file's last test by __tests__/support/cleanup.ts (a setup file of every project). A process 'exit'
// handler is not enough: vitest ends its workers without running them, and each file's extracted Go
// toolchains (~250 MB apiece) stayed behind until a CI machine's disk was full.
let tempRoot: string | undefined

export function tempDir(prefix: string): string {
  tempRoot ??= mkdtempSync(path.join(tmpdir(), 'go-xbuild-tests-'))
  return mkdtempSync(path.join(tempRoot, `${prefix}-`))
}

/** Removes every directory tempDir() made in this test file (retrying files a child still holds). */
export function removeTempDirs(): void {
  if (tempRoot === undefined) return
  rmSync(tempRoot, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  tempRoot = undefined
}

export interface GitOptions {
  tag?: string
  /** Commit date, for reproducible CommitDate fields. */
  date?: string
}

/** Copies a fixture into a fresh directory; with `git`, commits it (and tags it). */
export function fixtureWorkspace(fixture: string, git?: GitOptions): string {
  const dir = path.join(tempDir('ws'), fixture)
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true })
  if (git) {
    const date = git.date ?? '2026-01-02T03:04:05Z'
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' }
    const g = (...args: string[]): string => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, env, encoding: 'utf8' })
    g('init', '-q')
    g('add', '-A')
    g('commit', '-q', '-m', 'fixture')
    if (git.tag) g('tag', git.tag)
  }
  return dir
}

/** Runs a command and returns stdout (throws with stderr on failure). */
export function sh(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts })
}
