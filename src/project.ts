/**
 * What the templates know about the project: the module (from go.mod, read directly so it is known
 * before Go is installed) and the version, tag and commit (from git when the checkout has them,
 * else from GITHUB_REF / GITHUB_SHA).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runProcess } from './proc/run.js'

export interface ProjectInfo {
  /** Module path from go.mod ('' when there is none). */
  module: string
  /** Directory holding go.mod. */
  moduleDir: string
  /** `name` rendered: the ProjectName template field. */
  name: string
  version: string
  tag: string
  commit: string
  shortCommit: string
  /** ISO 8601, UTC; '' when unknown. */
  commitDate: string
  /** Seconds since the epoch: the fixed timestamp for reproducible files. */
  commitTimestamp: number
  /** Files git reports as modified or untracked (Go stamps vcs.modified=true then). */
  dirty: string[]
}

export class ProjectError extends Error {}

/** Finds go.mod at or above `dir` and reads its module line. */
export async function findModule(dir: string): Promise<{ module: string; moduleDir: string } | undefined> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const text = await readFile(path.join(d, 'go.mod'), 'utf8').catch(() => undefined)
    if (text !== undefined) {
      const m = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(text)
      if (!m) throw new ProjectError(`${path.join(d, 'go.mod')} has no module line`)
      return { module: m[2] as string, moduleDir: d }
    }
    if (path.dirname(d) === d) return undefined
  }
}

/** `github.com/acme/tool/v2` → `tool`: the last element that is not a major-version suffix. */
export function defaultName(module: string): string {
  const parts = module.split('/').filter(Boolean)
  let last = parts.pop() ?? ''
  if (/^v\d+$/.test(last) && parts.length) last = parts.pop() as string
  return last
}

interface GitFacts {
  commit: string
  commitDate: string
  commitTimestamp?: number
  exactTag: string
  describe: string
  dirty: string[]
}

/**
 * git as a guest: no `-c safe.directory=*`, so a checkout owned by someone else stays refused
 * (git's guard against a hostile .git/config running programs); the runner's variables stand in.
 */
async function git(cwd: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; err: string }> {
  const r = await runProcess({ kind: 'git', file: 'git', args, cwd })
  if (r.spawnError) return { ok: false, err: 'not installed' }
  return r.exitCode === 0 ? { ok: true, out: r.stdout.trim() } : { ok: false, err: r.stderr }
}

/** git's refusal of a checkout another user owns (since git 2.35.2). */
export const isDubiousOwnership = (stderr: string): boolean => /dubious ownership/i.test(stderr)

/**
 * `git describe --tags --always --long` → the tag HEAD is on ('' when none) and what plain
 * `describe --tags --always` prints: the tag itself on it, `<tag>-<n>-g<hash>` after it, the bare
 * hash with no tag behind it. Pure.
 */
export function parseDescribeLong(out: string): { exactTag: string; describe: string } {
  const m = /^(.+)-(\d+)-g[0-9a-f]{4,}$/s.exec(out)
  if (!m) return { exactTag: '', describe: out }
  return m[2] === '0' ? { exactTag: m[1] as string, describe: m[1] as string } : { exactTag: '', describe: out }
}

async function gitFacts(cwd: string, log?: (message: string) => void): Promise<GitFacts | undefined> {
  const value = async (args: string[]): Promise<string | undefined> => {
    const r = await git(cwd, args)
    return r.ok ? r.out : undefined
  }
  // three at once: they read the checkout only, and each waits on a process start (ADR 0013); the
  // commit and its date come from one `git log`, the exact tag and the description from one
  // `describe --long` (`<tag>-<n>-g<hash>`, n = 0 on the tag itself; the bare hash when no tag is
  // reachable); without a HEAD the others' answers are dropped
  const [head, described, status] = await Promise.all([
    // log.showSignature in someone's config would put gpg's lines before the format
    git(cwd, ['-c', 'log.showSignature=false', 'log', '-1', '--format=%H %ct %cI']),
    value(['describe', '--tags', '--always', '--long']),
    value(['status', '--porcelain', '--untracked-files=normal'])
  ])
  if (!head.ok) {
    if (isDubiousOwnership(head.err)) {
      log?.(
        `git refuses the checkout at ${cwd}: it is owned by another user ("dubious ownership"); go-xbuild does not override that, so the version and commit come from GITHUB_REF/GITHUB_SHA. ` +
          `To let git read it, run git config --global --add safe.directory <path> in an earlier step, or check out as this user`
      )
    }
    return undefined
  }
  const [commit, ts, iso] = head.out.split(' ')
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined
  const { exactTag, describe } = parseDescribeLong(described ?? '')
  return {
    commit,
    commitDate: iso ? new Date(iso).toISOString().replace('.000Z', 'Z') : '',
    commitTimestamp: ts ? Number(ts) : undefined,
    exactTag,
    describe,
    dirty: (status ?? '').split('\n').filter(Boolean).map((l) => l.slice(3))
  }
}

export interface ProjectRequest {
  workingDirectory: string
  /** The `version` input ('' when not given). */
  version: string
  env: Record<string, string | undefined>
  /** Told why git facts are missing when git refused the checkout. */
  warn?: (message: string) => void
}

/** Everything but `name`, which the caller renders from its template once these fields are known. */
export async function readProject(req: ProjectRequest): Promise<Omit<ProjectInfo, 'name'>> {
  const mod = await findModule(req.workingDirectory)
  const facts = await gitFacts(req.workingDirectory, req.warn)
  const env = req.env
  const refTag = env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : ''
  const commit = facts?.commit ?? env.GITHUB_SHA ?? ''
  const shortCommit = commit.slice(0, 7)

  let tag = facts?.exactTag || refTag
  let version: string
  if (req.version) {
    version = req.version.replace(/^v(?=\d)/, '')
    tag ||= req.version
  } else if (tag) {
    version = tag.replace(/^v(?=\d)/, '')
  } else if (facts?.describe && facts.describe !== shortCommit && !/^[0-9a-f]+$/.test(facts.describe)) {
    // an earlier tag exists: v1.2.3-4-gabcdef1 → 1.2.3-4-gabcdef1
    version = facts.describe.replace(/^v(?=\d)/, '')
  } else {
    version = shortCommit ? `0.0.0-${shortCommit}` : '0.0.0-dev'
  }

  const epochFromEnv = Number(env.SOURCE_DATE_EPOCH)
  const commitTimestamp =
    facts?.commitTimestamp ?? (Number.isInteger(epochFromEnv) && epochFromEnv > 0 ? epochFromEnv : 315_532_800) // 1980-01-01, the zip epoch
  return {
    module: mod?.module ?? '',
    moduleDir: mod?.moduleDir ?? path.resolve(req.workingDirectory),
    version,
    tag,
    commit,
    shortCommit,
    commitDate: facts?.commitDate || new Date(commitTimestamp * 1000).toISOString().replace('.000Z', 'Z'),
    commitTimestamp,
    dirty: facts?.dirty ?? []
  }
}
