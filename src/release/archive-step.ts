/** The per-target archive step and the extra files every archive carries. */
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { TargetStep } from '../build/build-targets.js'
import { isInside, isPlainRelativePath } from '../workspace-paths.js'
import { writeArchive } from './archive.js'

export interface ExtraFile {
  /** Name inside the archive. */
  name: string
  source: string
}

const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`)

/**
 * An `archive-files` item as given must be relative to working-directory and stay below it:
 * an absolute path (`/x`, `C:\x`, `\\host\x`) or a `..` element is refused by name, before
 * anything is looked up.
 */
export function checkArchivePattern(pattern: string): string {
  const rel = pattern.replace(/\\/g, '/')
  if (rel.startsWith('/') || /^[a-zA-Z]:/.test(rel)) {
    throw new Error(`archive-files: "${pattern}" is an absolute path; archive-files are relative to working-directory and stay inside it`)
  }
  if (rel.split('/').includes('..')) {
    throw new Error(`archive-files: "${pattern}" has a ".." element; archive-files are relative to working-directory and stay inside it`)
  }
  return path.posix.normalize(rel)
}

const outsideMessage = (what: string, real: string, workingDirectory: string): string =>
  `archive-files: "${what}" resolves to ${real}, outside working-directory ${workingDirectory}; ` +
  'every archive file must stay inside working-directory (a symlink that leads out of it is refused): copy the file in, or drop it'

/**
 * The files the matcher found (relative to working-directory, forward slashes), each proven to
 * resolve — symlinks included — to a regular file inside working-directory. The archive then reads
 * the resolved path, so a link swapped after this check is not followed. Kept apart from the
 * matcher so a glob library can replace the matcher without losing the check.
 */
export async function confineArchiveFiles(workingDirectory: string, matched: string[]): Promise<ExtraFile[]> {
  const realWd = await realpath(workingDirectory)
  const out: ExtraFile[] = []
  for (const name of matched) {
    if (!isPlainRelativePath(name)) throw new Error(`archive-files: "${name}" is not a plain relative path inside working-directory`)
    const real = await realpath(path.join(workingDirectory, ...name.split('/'))).catch(() => undefined)
    if (real === undefined) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`)
    if (!isInside(real, realWd)) throw new Error(outsideMessage(name, real, workingDirectory))
    if (!(await stat(real)).isFile()) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`)
    out.push({ name, source: real })
  }
  return out
}

/**
 * `archive-files` items, relative to the working directory. A plain path must exist; a pattern
 * (`*`, `?` in its last element) may match nothing. Matches are files (or symlinks to files inside
 * working-directory), sorted, deduplicated.
 */
export async function resolveArchiveFiles(workingDirectory: string, patterns: string[]): Promise<ExtraFile[]> {
  const matched = new Set<string>()
  for (const pattern of patterns) {
    const rel = checkArchivePattern(pattern)
    const dir = path.posix.dirname(rel)
    const base = path.posix.basename(rel)
    if (/[*?]/.test(dir)) throw new Error(`archive-files: "${pattern}": wildcards are only supported in the last path element`)
    if (!/[*?]/.test(base)) {
      matched.add(rel)
      continue
    }
    const absDir = path.join(workingDirectory, ...dir.split('/'))
    // a directory reached through a symlink out of working-directory is refused before it is listed
    const realDir = await realpath(absDir).catch(() => undefined)
    if (realDir === undefined) continue
    if (!isInside(realDir, await realpath(workingDirectory))) throw new Error(outsideMessage(dir, realDir, workingDirectory))
    const re = globToRegExp(base)
    for (const entry of await readdir(absDir, { withFileTypes: true }).catch(() => [])) {
      if (!(entry.isFile() || entry.isSymbolicLink()) || !re.test(entry.name)) continue
      matched.add(dir === '.' ? entry.name : `${dir}/${entry.name}`)
    }
  }
  return confineArchiveFiles(workingDirectory, [...matched].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Packs the binary (under its plain name, executable) and the extra files. Runs after every step that changes the binary. */
export const archiveStep: TargetStep = {
  name: 'archive',
  applies: (_ctx, _artifact, plan) => plan.archive !== undefined,
  async run(ctx, artifact, plan, log) {
    const spec = plan.archive as NonNullable<typeof plan.archive>
    const extras = ctx.archiveExtras
    if (extras.some((e) => e.name === spec.binaryName)) {
      throw new Error(`archive-files: "${spec.binaryName}" clashes with the binary's name in the archive`)
    }
    const dest = path.join(ctx.stagingDir, ...spec.file.split('/'))
    const written = await writeArchive(
      spec.format,
      dest,
      [{ name: spec.binaryName, source: artifact.path, mode: 0o755 }, ...extras.map((e) => ({ ...e, mode: 0o644 }))],
      ctx.project.commitTimestamp
    )
    artifact.archive = { file: spec.file, format: spec.format, ...written }
    log.info(`archive: ${spec.file} (${written.size} bytes, sha256 ${written.sha256})`)
  }
}
