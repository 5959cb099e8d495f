/**
 * output-dir is replaced whole, only when a run succeeds: files are written to a staging directory
 * under RUNNER_TEMP (outside the checkout, so `go build` never sees an untracked file and stamps
 * vcs.modified), then swapped in. A failed run leaves the previous output-dir as it was.
 *
 * go-xbuild owns only what it wrote. A directory is replaced only when every entry in it is a
 * file the previous run's manifest.json lists (or one of go-xbuild's own release files) — so a
 * file a user added, or a directory some other tool filled, is refused by name instead of
 * vanishing. That manifest is untrusted text too (anyone can write one to make go-xbuild delete
 * files): every name it lists must be a plain relative path, and ownership is decided by comparing
 * the directory's actual entries with those names, never by the manifest's word alone.
 */
import { randomUUID } from 'node:crypto'
import { lstat, mkdir, open, readdir, realpath, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isInside, isPlainRelativePath, realpathOfMaybeMissing } from '../workspace-paths.js'
import { CHECKSUMS_FILE, MANIFEST_FILE } from './manifest.js'
import { byCodeUnit } from '../order.js'
// renames and deletes retry briefly on Windows, where anti-virus holds fresh files for a moment
import { fileOps } from '../fs-retry.js'

const { cp, rename, rm } = fileOps

export class OutputDirError extends Error {}

export const GITIGNORE_FILE = '.gitignore'
/** Release files go-xbuild writes whatever the manifest says. */
const ALWAYS_OURS = [MANIFEST_FILE, CHECKSUMS_FILE, GITIGNORE_FILE]
/** A manifest larger than this was not written by go-xbuild (thousands of targets fit in far less). */
const MAX_MANIFEST_BYTES = 16 << 20

const FIX = 'delete it (or move it out of the way), or choose another output-dir'
const FIX_MANY = 'delete them (or move them out of the way), or choose another output-dir'

/**
 * The files a manifest says go-xbuild wrote: each artifact's file, archive, SBOMs and signatures, the
 * checksums file, its signatures and the published keys. Throws on a name that is not a plain
 * relative path — go-xbuild never writes one, so such a manifest is not ours.
 */
export function ownedFiles(manifest: unknown, where: string): Set<string> {
  const m = manifest as Record<string, unknown> | null
  if (typeof m !== 'object' || m === null || (m.generator as { name?: unknown } | undefined)?.name !== 'go-xbuild') {
    throw new OutputDirError(`${where} was not written by go-xbuild`)
  }
  const names: unknown[] = [m.checksums, ...list(m.signatures), ...list(m.publicKeys)]
  for (const a of list(m.artifacts)) {
    const artifact = (a ?? {}) as Record<string, unknown>
    names.push(artifact.file, ...list(artifact.signatures))
    if (artifact.archive !== undefined) names.push((artifact.archive as Record<string, unknown> | null)?.file)
    for (const sbom of list(artifact.sboms)) names.push((sbom as Record<string, unknown> | null)?.file)
  }
  const owned = new Set(ALWAYS_OURS)
  for (const name of names) {
    if (name === undefined) continue
    if (typeof name !== 'string' || !isPlainRelativePath(name)) {
      throw new OutputDirError(
        `${where} lists ${JSON.stringify(name)}, which is not a plain relative path inside output-dir; go-xbuild never writes that, so it does not trust this manifest`
      )
    }
    owned.add(name)
  }
  return owned
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** Every entry below `dir`, depth first in sorted order, without following symlinks. */
async function walk(dir: string, rel = ''): Promise<Array<{ rel: string; kind: 'file' | 'dir' | 'other' }>> {
  const out: Array<{ rel: string; kind: 'file' | 'dir' | 'other' }> = []
  const entries = (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => byCodeUnit(a.name, b.name))
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name
    const kind = e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other'
    out.push({ rel: r, kind })
    if (kind === 'dir') out.push(...(await walk(dir, r)))
  }
  return out
}

/** The first entry of `dir` that is not one of `owned` (or a directory holding one), or undefined. */
export async function firstForeignEntry(dir: string, owned: Set<string>): Promise<{ rel: string; why: string } | undefined> {
  const dirs = new Set<string>()
  for (const f of owned) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) dirs.add(d)
  for (const e of await walk(dir)) {
    if (e.kind === 'other') return { rel: e.rel, why: 'is a symlink or special file, and go-xbuild writes only regular files' }
    if (e.kind === 'dir' ? !dirs.has(e.rel) : !owned.has(e.rel)) return { rel: e.rel, why: `is not in its ${MANIFEST_FILE}` }
  }
  return undefined
}

/** The parsed manifest.json of `dir`, read without following a symlink and with a size cap. */
async function readManifest(dir: string): Promise<unknown> {
  const file = path.join(dir, MANIFEST_FILE)
  const st = await lstat(file).catch(() => undefined)
  if (!st?.isFile() || st.size > MAX_MANIFEST_BYTES) return undefined
  const handle = await open(file, 'r')
  try {
    return JSON.parse(await handle.readFile('utf8'))
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

/**
 * Throws unless `dir` is missing, empty, or holds only what go-xbuild wrote there. `label` is the
 * name the user knows (output-dir's path), `dir` where it is now (the same, or its aside name).
 */
async function assertOwned(dir: string, label: string): Promise<void> {
  const st = await lstat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  if (!st) return
  if (st.isSymbolicLink()) throw new OutputDirError(`output-dir: ${label} is a symlink; go-xbuild does not replace a link (or write through one): remove the link, or choose another output-dir`)
  if (!st.isDirectory()) throw new OutputDirError(`output-dir: ${label} exists and is not a directory; go-xbuild never replaces it: ${FIX}`)
  const top = await readdir(dir)
  if (top.length === 0) return
  const manifest = await readManifest(dir)
  let owned: Set<string>
  try {
    owned = ownedFiles(manifest, `${label}/${MANIFEST_FILE}`)
  } catch (error) {
    top.sort()
    const why = manifest === undefined ? `and has no ${MANIFEST_FILE} of go-xbuild's` : `and ${(error as Error).message}`
    throw new OutputDirError(
      `output-dir: ${label} already holds files go-xbuild did not write (${top.slice(0, 3).join(', ')}${top.length > 3 ? ', …' : ''}) ${why}; ` +
        `it would be replaced, so ${FIX_MANY}`,
      { cause: error }
    )
  }
  const foreign = await firstForeignEntry(dir, owned)
  if (foreign) {
    throw new OutputDirError(`output-dir: ${label} holds ${foreign.rel}, which go-xbuild did not write (it ${foreign.why}); it would be replaced, so ${FIX}`)
  }
}

/**
 * Refuses an output-dir go-xbuild must not replace: outside the workspace (symlinks included), the
 * workspace itself, a symlink, something that is not a directory, or a directory holding anything
 * go-xbuild did not write. Runs in the plan stage, before any download, and again right before the
 * swap (the directory may have changed during the build).
 */
export async function checkOutputDir(dir: string, workspace: string): Promise<void> {
  const realWorkspace = await realpath(workspace)
  let real: string
  try {
    real = await realpathOfMaybeMissing(dir)
  } catch (error) {
    throw new OutputDirError(`output-dir: ${dir} cannot be used: ${(error as Error).message}`, { cause: error })
  }
  if (!isInside(real, realWorkspace)) {
    throw new OutputDirError(
      `output-dir: ${dir} resolves to ${real}, outside the workspace ${realWorkspace}; output-dir must stay inside the workspace (GITHUB_WORKSPACE): use a path inside it, without a symlink that leads out`
    )
  }
  if (real === realWorkspace || path.resolve(dir) === path.parse(path.resolve(dir)).root) {
    throw new OutputDirError(`output-dir: ${dir} is the workspace itself; use a subdirectory such as dist`)
  }
  await assertOwned(dir, dir)
}

async function listFiles(dir: string): Promise<string[]> {
  return (await walk(dir)).map((e) => path.join(dir, ...e.rel.split('/')))
}

/** Fixed timestamps (the commit's) on everything, so archives and uploads of the files are reproducible. */
export async function stampTimes(dir: string, epochSeconds: number): Promise<void> {
  for (const f of await listFiles(dir)) await utimes(f, epochSeconds, epochSeconds)
  await utimes(dir, epochSeconds, epochSeconds)
}

/**
 * Swaps the staging directory in as output-dir. Checks output-dir again first (nothing moved yet
 * if it fails), and once more after moving the old directory aside (so a file added between the
 * check and the move is still found, and the old directory goes back), and deletes the old one
 * only then.
 */
export async function publishOutputDir(staging: string, outputDir: string, epochSeconds: number, workspace: string): Promise<void> {
  await checkOutputDir(outputDir, workspace)
  // A .gitignore of "*" keeps the directory (and itself) out of `git status`, so a later
  // build in the same checkout is not stamped vcs.modified=true because of our own output.
  await writeFile(path.join(staging, GITIGNORE_FILE), '# written by go-xbuild: keeps this directory out of git status\n*\n')
  // what we publish must pass our own check next time: a stage that wrote an unlisted file is a bug
  const unlisted = await firstForeignEntry(staging, ownedFiles(await readManifest(staging), `the staged ${MANIFEST_FILE}`))
  if (unlisted) throw new OutputDirError(`go-xbuild bug: the release holds ${unlisted.rel}, which ${unlisted.why}; please report it`)
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
  await swapIn(incoming, outputDir, id)
}

/**
 * Moves output-dir aside, proves once more that go-xbuild owns what was moved (the last check
 * before anything is deleted: a file added after the pre-swap check is still found), then renames
 * `incoming` into place and deletes the old directory. On any failure the old directory goes back
 * and `incoming` is removed.
 */
export async function swapIn(incoming: string, outputDir: string, id = randomUUID().slice(0, 8)): Promise<void> {
  const parent = path.dirname(outputDir)
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
  if (moved) {
    try {
      await assertOwned(old, outputDir)
    } catch (error) {
      await rm(incoming, { recursive: true, force: true })
      const back = await rename(old, outputDir).then(() => true, () => false)
      if (!back) throw new OutputDirError(`${(error as Error).message}; and something took its place meanwhile: the previous output-dir is kept at ${old}`, { cause: error })
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
