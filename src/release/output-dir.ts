/**
 * output-dir is replaced whole, only when a run succeeds: files are written to a staging directory
 * under RUNNER_TEMP (outside the checkout, so `go build` never sees an untracked file and stamps
 * vcs.modified), then swapped in. A failed run leaves the previous output-dir as it was.
 */
import { randomUUID } from 'node:crypto'
import { cp, mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MANIFEST_FILE } from './manifest.js'

export class OutputDirError extends Error {}

/** Refuses to replace a directory that holds files go-xbuild did not write. Runs before any work. */
export async function checkOutputDir(dir: string, workspace: string): Promise<void> {
  const rel = path.relative(workspace, dir)
  if (rel === '' || dir === path.parse(dir).root) {
    throw new OutputDirError(`output-dir: ${dir} is the workspace itself; use a subdirectory such as dist`)
  }
  const entries = await readdir(dir).catch(() => undefined)
  if (!entries || entries.length === 0) return
  const manifest = await readFile(path.join(dir, MANIFEST_FILE), 'utf8').catch(() => undefined)
  let ours: boolean
  try {
    ours = manifest !== undefined && JSON.parse(manifest)?.generator?.name === 'go-xbuild'
  } catch {
    ours = false
  }
  if (!ours) {
    throw new OutputDirError(
      `output-dir: ${dir} already holds files go-xbuild did not write (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); ` +
        'it would be replaced, so point output-dir at a new directory or delete it first'
    )
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.map((e) => path.join(e.parentPath, e.name))
}

/** Fixed timestamps (the commit's) on everything, so archives and uploads of the files are reproducible. */
export async function stampTimes(dir: string, epochSeconds: number): Promise<void> {
  for (const f of await listFiles(dir)) await utimes(f, epochSeconds, epochSeconds)
  await utimes(dir, epochSeconds, epochSeconds)
}

export async function publishOutputDir(staging: string, outputDir: string, epochSeconds: number): Promise<void> {
  // A .gitignore of "*" keeps the directory (and itself) out of `git status`, so a later
  // build in the same checkout is not stamped vcs.modified=true because of our own output.
  await writeFile(path.join(staging, '.gitignore'), '# written by go-xbuild: keeps this directory out of git status\n*\n')
  await stampTimes(staging, epochSeconds)
  const id = randomUUID().slice(0, 8)
  const parent = path.dirname(outputDir)
  await mkdir(parent, { recursive: true })
  const incoming = path.join(parent, `.${path.basename(outputDir)}.new-${id}`)
  try {
    await rename(staging, incoming)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    // RUNNER_TEMP on another file system: copy next to the destination first, then swap
    await cp(staging, incoming, { recursive: true, preserveTimestamps: true })
    await rm(staging, { recursive: true, force: true })
  }
  const old = path.join(parent, `.${path.basename(outputDir)}.old-${id}`)
  let moved = false
  try {
    await rename(outputDir, old)
    moved = true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(incoming, { recursive: true, force: true })
      throw error
    }
  }
  try {
    await rename(incoming, outputDir)
  } catch (error) {
    if (moved) await rename(old, outputDir).catch(() => undefined)
    await rm(incoming, { recursive: true, force: true })
    throw error
  }
  if (moved) await rm(old, { recursive: true, force: true })
}
