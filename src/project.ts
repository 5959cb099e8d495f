/**
 * What the templates know about the project: the module (from go.mod, read directly so it is known
 * before Go is installed) and the version, tag and commit (from git when the checkout has them,
 * else from GITHUB_REF / GITHUB_SHA).
 */
import { getExecOutput } from '@actions/exec'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

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

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const out = await getExecOutput('git', ['-c', 'safe.directory=*', ...args], { cwd, silent: true, ignoreReturnCode: true })
    return out.exitCode === 0 ? out.stdout.trim() : undefined
  } catch {
    return undefined // git is not installed
  }
}

async function gitFacts(cwd: string): Promise<GitFacts | undefined> {
  const commit = await git(cwd, ['rev-parse', 'HEAD'])
  if (!commit) return undefined
  const [date, exactTag, describe, status] = await Promise.all([
    git(cwd, ['log', '-1', '--format=%ct %cI']),
    git(cwd, ['describe', '--tags', '--exact-match', 'HEAD']),
    git(cwd, ['describe', '--tags', '--always']),
    git(cwd, ['status', '--porcelain', '--untracked-files=normal'])
  ])
  const [ts, iso] = (date ?? '').split(' ')
  return {
    commit,
    commitDate: iso ? new Date(iso).toISOString().replace('.000Z', 'Z') : '',
    commitTimestamp: ts ? Number(ts) : undefined,
    exactTag: exactTag ?? '',
    describe: describe ?? '',
    dirty: (status ?? '').split('\n').filter(Boolean).map((l) => l.slice(3))
  }
}

export interface ProjectRequest {
  workingDirectory: string
  /** The `version` input ('' when not given). */
  version: string
  env: Record<string, string | undefined>
}

/** Everything but `name`, which the caller renders from its template once these fields are known. */
export async function readProject(req: ProjectRequest): Promise<Omit<ProjectInfo, 'name'>> {
  const mod = await findModule(req.workingDirectory)
  const facts = await gitFacts(req.workingDirectory)
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
