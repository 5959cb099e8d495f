/**
 * What a run leaves on the runner while it works — GNUPGHOMEs with a live gpg-agent and an
 * imported key, the staging directory — recorded with core.saveState the moment it is created,
 * so the post step (which the runner runs after a cancel, or after main was killed outright) can
 * stop the agents and remove the directories the main step could not.
 */
import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import { fileOps } from '../fs-retry.js'
import path from 'node:path'
import { runProcess } from './run.js'

export const LEFTOVERS_STATE = 'go-xbuild-leftovers'

export interface Leftovers {
  /** GNUPGHOMEs: gpgconf --kill all first, then removed. */
  gnupgHomes: string[]
  /** Directories removed as they are. */
  dirs: string[]
}

const recorded: Leftovers = { gnupgHomes: [], dirs: [] }

function save(): void {
  core.saveState(LEFTOVERS_STATE, JSON.stringify(recorded))
}

/** Records a path for the post step; the returned function forgets it once main removed it itself. */
export function recordLeftover(kind: keyof Leftovers, dir: string): () => void {
  if (!recorded[kind].includes(dir)) recorded[kind].push(dir)
  save()
  return () => {
    const i = recorded[kind].indexOf(dir)
    if (i < 0) return
    recorded[kind].splice(i, 1)
    save()
  }
}

/** Stops the gpg-agent of a GNUPGHOME and removes the home (the imported key lives there). */
/** The part of a gpg program the cleanup needs: its gpgconf and the form it takes a home in. */
export interface GpgHomeProgram {
  gpgconf: string
  homeArg: (home: string) => string
}

export async function removeGnupgHome(home: string, gpg: GpgHomeProgram = { gpgconf: 'gpgconf', homeArg: (h) => h }): Promise<void> {
  if (await stat(home).catch(() => undefined)) {
    const h = gpg.homeArg(home)
    await runProcess({ kind: 'gpg', file: gpg.gpgconf, args: ['--homedir', h, '--kill', 'all'], env: { GNUPGHOME: h }, duringCleanup: true, timeoutMs: 10_000 })
  }
  // gpg-agent (or a scanner) may still hold a file of it for a moment on Windows
  await fileOps.rm(home, { recursive: true, force: true })
}

const inside = (dir: string, root: string): boolean => {
  const rel = path.relative(path.resolve(root), path.resolve(dir))
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

export function parseLeftovers(text: string): Leftovers {
  if (!text) return { gnupgHomes: [], dirs: [] }
  const raw = JSON.parse(text) as Partial<Leftovers>
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  return { gnupgHomes: strings(raw.gnupgHomes), dirs: strings(raw.dirs) }
}

/**
 * The post step's cleanup. Only paths inside RUNNER_TEMP are touched: the state file is the
 * runner's, but nothing read from it may make go-xbuild delete anything it did not create.
 */
export async function cleanLeftovers(
  left: Leftovers,
  runnerTemp: string,
  log: (message: string) => void,
  /** The gpg the main step used (on Windows, Git's MSYS gpg takes its homes in POSIX form); looked up once, only when a home is left. */
  gpgFor: () => Promise<GpgHomeProgram | undefined> = async () => undefined
): Promise<void> {
  let program: GpgHomeProgram | undefined | null = null
  for (const home of left.gnupgHomes) {
    if (!inside(home, runnerTemp)) {
      log(`cleanup: ${home} is not inside RUNNER_TEMP; left alone`)
      continue
    }
    if (await stat(home).catch(() => undefined)) {
      if (program === null) program = await gpgFor().catch(() => undefined)
      await removeGnupgHome(home, program)
      log(`cleanup: stopped the gpg-agent of ${home} and removed it`)
    }
  }
  for (const dir of left.dirs) {
    if (!inside(dir, runnerTemp)) {
      log(`cleanup: ${dir} is not inside RUNNER_TEMP; left alone`)
      continue
    }
    if (await stat(dir).catch(() => undefined)) {
      await fileOps.rm(dir, { recursive: true, force: true })
      log(`cleanup: removed ${dir}`)
    }
  }
}
