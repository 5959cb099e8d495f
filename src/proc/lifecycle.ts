/**
 * What must happen when the run ends, however it ends: the running children of the action and the
 * cleanups that must run (GNUPGHOMEs, the staging directory, partial downloads). One registry for
 * the whole process, so the SIGINT/SIGTERM handler reaches what the stages registered.
 */
import type { Child } from './run.js'

export class CancelledError extends Error {
  constructor(readonly signal: string) {
    super(`go-xbuild was cancelled (${signal})`)
  }
}

type Cleanup = () => Promise<void>

const children = new Set<Child>()
const cleanups: Array<{ name: string; run: Cleanup }> = []
let cancelledBy: string | undefined
let running: Promise<string[]> | undefined

export const cancelled = (): string | undefined => cancelledBy

/** Throws once the run is cancelled: call it before starting any new work. */
export function throwIfCancelled(): void {
  if (cancelledBy) throw new CancelledError(cancelledBy)
}

/** Registers a cleanup; the returned function drops it again (when the work it guards is done). */
export function registerCleanup(name: string, run: Cleanup): () => void {
  const entry = { name, run }
  cleanups.push(entry)
  return () => {
    const i = cleanups.indexOf(entry)
    if (i >= 0) cleanups.splice(i, 1)
  }
}

/**
 * Runs every registered cleanup once, newest first (a GNUPGHOME goes before the directory that
 * may hold it). Concurrent callers — the normal end of `run` and the signal handler — share one
 * pass. Returns the failures as messages; a failed cleanup never stops the others.
 */
export function runCleanups(): Promise<string[]> {
  running ??= (async () => {
    const failures: string[] = []
    while (cleanups.length) {
      const entry = cleanups.pop() as (typeof cleanups)[number]
      await entry.run().catch((e: Error) => failures.push(`${entry.name}: ${e.message}`))
    }
    running = undefined
    return failures
  })()
  return running
}

export function trackChild(child: Child): void {
  children.add(child)
  child.once('exit', () => children.delete(child))
  child.once('error', () => children.delete(child))
}

export const runningChildren = (): number => children.size

/** Signals a child and, on POSIX, its whole process group (go's compile/link, gcc's cc1 …). */
function signalChild(child: Child, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, signal)
    else child.kill(signal)
  } catch {
    // the group is gone already; the leader alone may still be there
    try {
      child.kill(signal)
    } catch {
      /* gone */
    }
  }
}

/** Signals every running child, waits up to `graceMs` for them to exit, then kills what is left. */
export async function stopChildren(signal: NodeJS.Signals, graceMs: number): Promise<number> {
  const live = [...children]
  for (const c of live) signalChild(c, signal)
  const deadline = Date.now() + graceMs
  while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  const left = children.size
  for (const c of [...children]) signalChild(c, 'SIGKILL')
  // SIGKILL cannot be refused: give the kernel a moment to reap them
  const hard = Date.now() + 1000
  while (children.size && Date.now() < hard) await new Promise((r) => setTimeout(r, 20))
  return left
}

export interface CancelHandling {
  /** How long children get between the signal and SIGKILL. */
  graceMs: number
  /** Told once, when the first signal arrives. */
  onSignal: (signal: string) => void
  /** After children stopped and cleanups ran: report and exit. */
  onDone: (signal: string, failures: string[]) => void
}

/**
 * SIGINT and SIGTERM (the runner sends both on cancel, a few seconds apart): stop starting work,
 * stop the children, run the cleanups, then hand over to `onDone`, which exits. A second signal
 * while this runs makes the children die at once instead of after the grace period.
 */
export function handleCancellation(h: CancelHandling): () => void {
  let stopping: Promise<void> | undefined
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      for (const c of [...children]) signalChild(c, 'SIGKILL')
      return
    }
    cancelledBy = signal
    h.onSignal(signal)
    stopping = (async () => {
      await stopChildren('SIGTERM', h.graceMs)
      const failures = await runCleanups()
      h.onDone(signal, failures)
    })()
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

/** For tests: forget everything (each test starts as a fresh process would). */
export function resetLifecycle(): void {
  children.clear()
  cleanups.length = 0
  cancelledBy = undefined
  running = undefined
}
