/**
 * `archive-files` resolved against working-directory: patterns (src/plan/archive-globs.ts,
 * picomatch) matched during our own directory walk, so what a symlink may do is decided here and
 * not by a library default. The rules (ADR 0008):
 * - a plain path must exist; a glob that matches nothing warns; `!pattern` leaves matches out;
 * - the walk never enters `.git` or output-dir, and a match that resolves into either is refused;
 * - a symlink is never descended into; one that a pattern matches, or that the walk could have
 *   descended into, is resolved, and refused by name when it leads out of working-directory;
 * - every match is realpath'd and must be a regular file inside working-directory; the archive
 *   reads that real path, so a link swapped after this check is not followed;
 * - names are kept relative (the entry name inside the archive), sorted, deduplicated.
 */
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { isExcluded, parseArchivePattern, type ArchivePattern } from '../plan/archive-globs.js'
import { controlCharacterProblem, quoteFragment } from '../plan/values.js'
import { isInside, isPlainRelativePath } from '../workspace-paths.js'
import { byCodeUnit } from '../order.js'

export interface ExtraFile {
  /** Name inside the archive. */
  name: string
  source: string
}

export interface ResolveOptions {
  /** Where the release is written: never read from (it holds the previous run's files). */
  outputDir?: string
  /** Called for each glob that matches nothing. */
  warn?: (message: string) => void
}

/** A path some item produced: `glob` when a wildcard found it (a directory it meets is then skipped, not an error). */
export interface Candidate {
  name: string
  /** The item that produced it, for messages. */
  from?: string
  glob?: boolean
}

const outsideMessage = (what: string, real: string, workingDirectory: string): string =>
  `archive-files: "${what}" resolves to ${real}, outside working-directory ${workingDirectory}; ` +
  'every archive file must stay inside working-directory (a symlink that leads out of it is refused): copy the file in, or drop it'

const hasGitElement = (rel: string): boolean => rel.split(/[/\\]/).includes('.git')

async function realOrUndefined(p: string | undefined): Promise<string | undefined> {
  return p === undefined ? undefined : realpath(p).catch(() => undefined)
}

/** working-directory and output-dir as given and resolved, once per call. */
interface Roots {
  wd: string
  realWd: string
  outputDir?: string
  realOut?: string
}

async function resolveRoots(workingDirectory: string, outputDir: string | undefined): Promise<Roots> {
  return { wd: workingDirectory, realWd: await realpath(workingDirectory), outputDir, realOut: await realOrUndefined(outputDir) }
}

/**
 * The files the matcher found (relative to working-directory, forward slashes), each proven to
 * resolve — symlinks included — to a regular file inside working-directory, outside output-dir and
 * `.git`. Kept apart from the matcher so the check holds whatever produced the list.
 */
export async function confineArchiveFiles(workingDirectory: string, matched: Array<string | Candidate>, opts: ResolveOptions = {}): Promise<ExtraFile[]> {
  return confine(await resolveRoots(workingDirectory, opts.outputDir), matched)
}

async function confine({ wd: workingDirectory, realWd, outputDir, realOut }: Roots, matched: Array<string | Candidate>): Promise<ExtraFile[]> {
  const out: ExtraFile[] = []
  for (const item of matched) {
    const { name, glob, from } = typeof item === 'string' ? { name: item, glob: false, from: undefined } : item
    const control = controlCharacterProblem(name)
    if (control) {
      throw new Error(`archive-files: ${from ? `"${from}" matches ` : ''}${quoteFragment(name)}, whose name has ${control}; rename the file or leave it out with "!pattern"`)
    }
    if (!isPlainRelativePath(name)) throw new Error(`archive-files: "${name}" is not a plain relative path inside working-directory`)
    if (hasGitElement(name)) throw new Error(`archive-files: "${name}" is inside .git; go-xbuild never archives the repository's own files`)
    const real = await realpath(path.join(workingDirectory, ...name.split('/'))).catch(() => undefined)
    if (real === undefined) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`)
    if (!isInside(real, realWd)) throw new Error(outsideMessage(name, real, workingDirectory))
    if (realOut !== undefined && isInside(real, realOut)) {
      throw new Error(`archive-files: "${name}" is in output-dir (${outputDir}), which holds the previous run's release; copy the file elsewhere, or drop it`)
    }
    if (hasGitElement(path.relative(realWd, real))) throw new Error(`archive-files: "${name}" resolves into .git; go-xbuild never archives the repository's own files`)
    const info = await stat(real)
    if (info.isDirectory()) {
      if (glob) continue
      throw new Error(`archive-files: "${name}" is a directory; name its files, or match them with "${name}/**"`)
    }
    if (!info.isFile()) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`)
    out.push({ name, source: real })
  }
  return out
}

interface Walk extends Roots {
  exclusions: ArchivePattern[]
}

/** Every path below the pattern's base that it matches: files, and symlinks (judged by confine). */
async function walkPattern(w: Walk, p: ArchivePattern): Promise<string[]> {
  const found: string[] = []
  let start = w.realWd
  if (p.base) {
    const real = await realOrUndefined(path.join(w.wd, ...p.base.split('/')))
    if (real === undefined) return found
    // a directory reached through a symlink out of working-directory is refused before it is listed
    if (!isInside(real, w.realWd)) throw new Error(outsideMessage(p.base, real, w.wd))
    if (w.realOut !== undefined && isInside(real, w.realOut)) {
      throw new Error(`archive-files: "${p.raw}" reads from output-dir, which holds the previous run's release; match files elsewhere`)
    }
    if (hasGitElement(p.base) || hasGitElement(path.relative(w.realWd, real))) throw new Error(`archive-files: "${p.raw}" reads from .git; go-xbuild never archives the repository's own files`)
    // `a/**` takes a itself when it is a file, as picomatch matches it
    if (!(await stat(real)).isDirectory()) return p.matches(p.base) ? [p.base] : found
    // an excluded base (or a directory above it) leaves the whole walk out
    if (isExcluded(p.base, w.exclusions)) return found
    start = real
  }
  const visit = async (dir: string, relDir: string, level: number): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      throw new Error(`archive-files: "${p.raw}": ${relDir || '.'} cannot be listed: ${(error as Error).message}`, { cause: error })
    }
    entries.sort((a, b) => byCodeUnit(a.name, b.name))
    for (const e of entries) {
      if (e.name === '.git') continue
      const rel = relDir ? `${relDir}/${e.name}` : e.name
      // the directories above rel were checked on the way down (an excluded one is never entered)
      if (w.exclusions.some((x) => x.matches(rel))) continue
      const abs = path.join(dir, e.name)
      const deeper = level < p.depth
      if (e.isDirectory()) {
        if (w.realOut !== undefined && abs === w.realOut) continue
        if (deeper) await visit(abs, rel, level + 1)
      } else if (e.isFile()) {
        if (p.matches(rel)) found.push(rel)
      } else if (e.isSymbolicLink()) {
        const matched = p.matches(rel)
        if (!matched && !deeper) continue
        const real = await realOrUndefined(abs)
        if (real === undefined) {
          // a dangling link the pattern names is an error (confine says so); one it merely passes is not
          if (matched) found.push(rel)
          continue
        }
        if (!isInside(real, w.realWd)) {
          // a link out is refused when it is a match, or a directory the walk would have entered
          if (matched || (await stat(real)).isDirectory()) {
            throw new Error(
              `${outsideMessage(rel, real, w.wd)}. It was met by "${p.raw}": a walk never follows a link; leave it out with "!${rel}", or narrow the pattern`
            )
          }
          continue
        }
        if (matched) found.push(rel)
      }
    }
  }
  await visit(start, p.base, 1)
  return found
}

/**
 * `archive-files` items, relative to working-directory: plain paths (which must exist), globs
 * (`**`, `*`, `?`, `[…]`, `{a,b}`; a glob may match nothing, with a warning) and `!` exclusions.
 * Matches are regular files inside working-directory (a symlink is judged by where it leads),
 * sorted by name, deduplicated. Items come parsed from readReleaseConfig (a string is parsed here).
 */
export async function resolveArchiveFiles(workingDirectory: string, items: ReadonlyArray<string | ArchivePattern>, opts: ResolveOptions = {}): Promise<ExtraFile[]> {
  const patterns = items.map((i) => (typeof i === 'string' ? parseArchivePattern(i) : i))
  const exclusions = patterns.filter((p) => p.negated)
  const walk: Walk = { ...(await resolveRoots(workingDirectory, opts.outputDir)), exclusions }
  const candidates = new Map<string, Candidate>()
  for (const p of patterns) {
    if (p.negated) continue
    if (!p.isGlob) {
      if (!isExcluded(p.pattern, exclusions)) candidates.set(p.pattern, { name: p.pattern, from: p.raw })
      continue
    }
    const found = await walkPattern(walk, p)
    if (!found.length) opts.warn?.(`archive-files: "${p.raw}" matches no file in ${workingDirectory}`)
    for (const name of found) if (!candidates.has(name)) candidates.set(name, { name, from: p.raw, glob: true })
  }
  const sorted = [...candidates.values()].sort((a, b) => byCodeUnit(a.name, b.name))
  return confine(walk, sorted)
}
