/** The per-target archive step and the extra files every archive carries. */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { TargetStep } from '../build/build-targets.js'
import { writeArchive } from './archive.js'

export interface ExtraFile {
  /** Name inside the archive. */
  name: string
  source: string
}

const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`)

/**
 * `archive-files` items, relative to the working directory. A plain path must exist; a pattern
 * (`*`, `?` in its last element) may match nothing. Matches are files only, sorted, deduplicated.
 */
export async function resolveArchiveFiles(workingDirectory: string, patterns: string[]): Promise<ExtraFile[]> {
  const found = new Map<string, ExtraFile>()
  for (const pattern of patterns) {
    const rel = pattern.replace(/\\/g, '/')
    const dir = path.posix.dirname(rel)
    const base = path.posix.basename(rel)
    if (/[*?]/.test(dir)) throw new Error(`archive-files: "${pattern}": wildcards are only supported in the last path element`)
    const absDir = path.resolve(workingDirectory, dir)
    if (!/[*?]/.test(base)) {
      const source = path.join(absDir, base)
      if (!(await stat(source).catch(() => undefined))?.isFile()) {
        throw new Error(`archive-files: "${pattern}" is not a file in ${workingDirectory}`)
      }
      found.set(rel, { name: path.posix.normalize(rel), source })
      continue
    }
    const re = globToRegExp(base)
    for (const entry of (await readdir(absDir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isFile() || !re.test(entry.name)) continue
      const name = path.posix.normalize(dir === '.' ? entry.name : `${dir}/${entry.name}`)
      found.set(name, { name, source: path.join(absDir, entry.name) })
    }
  }
  for (const f of found.values()) {
    if (f.name.startsWith('../')) throw new Error(`archive-files: "${f.name}" is outside the working directory`)
  }
  return [...found.values()]
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
