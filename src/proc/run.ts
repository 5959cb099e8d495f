/**
 * The one door every child process of the action goes through (nothing else in src/ may import
 * @actions/exec or node:child_process). It owns:
 * - the executable and its arguments, spawned as an array: no shell and no re-splitting, so a tool
 *   under `C:\Program Files\…` or a directory named `x tc` works (@actions/exec splits an unquoted
 *   tool path on spaces);
 * - the environment, built by kind from an allow-list (env.ts), never process.env whole;
 * - cancellation: each child runs in its own process group (POSIX) and is registered, so the
 *   SIGINT/SIGTERM handler can stop it with its own children; no child starts once cancelled;
 * - captured stdout/stderr, an optional stdin, and a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cancelled, CancelledError, trackChild } from './lifecycle.js'
import { childEnv, type ProcessKind } from './env.js'

/** The child handle lifecycle.ts tracks: node:child_process is imported here only, the one door. */
export type Child = ChildProcess

export interface ProcessRequest {
  kind: ProcessKind
  /** The executable: a name looked up on PATH, or a path (spaces are fine). */
  file: string
  args: string[]
  cwd?: string
  /** What the action sets for this process, on top of the kind's allow-listed environment. */
  env?: Record<string, string>
  /** Written to stdin, which is then closed. Without it stdin is empty. */
  input?: string | Buffer
  /** Killed (the whole group) after this long; the result then carries `signal` and `timedOut`. */
  timeoutMs?: number
  /** Output beyond this many bytes per stream is dropped (the start is kept). */
  maxBuffer?: number
  /** Cleanups (gpgconf --kill) may still start a process after cancellation. */
  duringCleanup?: boolean
}

export interface ProcessResult {
  /** -1 when the process could not start or died on a signal. */
  exitCode: number
  stdout: string
  stderr: string
  /** The signal that ended it (a timeout, a cancel, a crash). */
  signal?: string
  timedOut?: boolean
  /** Set when the process could not be started at all (ENOENT, EACCES). */
  spawnError?: string
  /** The spawn error's code (ENOENT, EACCES, ENOEXEC, EBADARCH, …), when there was one. */
  spawnErrorCode?: string
  ms: number
}

/** Values of secret inputs, so no inherited variable can carry one to a child by accident. */
let secretValues: string[] = []
export function rememberSecrets(values: Array<string | undefined>): void {
  secretValues = [...new Set([...secretValues, ...values.filter((v): v is string => !!v)])]
}

/** The environment a request's child gets (exported for tests and for the README's tables). */
export const environmentFor = (req: Pick<ProcessRequest, 'kind' | 'env'>, source: Record<string, string | undefined> = process.env): Record<string, string> =>
  childEnv({ kind: req.kind, source, extra: req.env, secrets: secretValues })

export function runProcess(req: ProcessRequest): Promise<ProcessResult> {
  const why = cancelled()
  if (why && !req.duringCleanup) return Promise.reject(new CancelledError(why))
  const started = Date.now()
  const max = req.maxBuffer ?? 16 << 20
  return new Promise((resolve) => {
    const child = spawn(req.file, req.args, {
      cwd: req.cwd,
      env: environmentFor(req),
      stdio: ['pipe', 'pipe', 'pipe'],
      // its own process group, so a cancel can signal go with its compile/link children
      detached: process.platform !== 'win32',
      windowsHide: true,
      shell: false
    })
    trackChild(child)
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outLen = 0
    let errLen = 0
    child.stdout?.on('data', (d: Buffer) => {
      if (outLen < max) out.push(d)
      outLen += d.length
    })
    child.stderr?.on('data', (d: Buffer) => {
      if (errLen < max) err.push(d)
      errLen += d.length
    })
    let timedOut = false
    const timer =
      req.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            kill(child.pid, 'SIGKILL')
          }, req.timeoutMs)
        : undefined
    let spawnError: string | undefined
    let spawnErrorCode: string | undefined
    child.once('error', (e: NodeJS.ErrnoException) => {
      spawnError = `${req.file}: ${e.code === 'ENOENT' ? 'not found' : e.message}`
      spawnErrorCode = typeof e.code === 'string' ? e.code : 'UNKNOWN'
    })
    // stdin: EPIPE when the child does not read it (or is gone) is not our failure
    child.stdin?.on('error', () => undefined)
    if (req.input !== undefined) child.stdin?.end(req.input)
    else child.stdin?.end()
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      const stderr = Buffer.concat(err).toString('utf8')
      resolve({
        exitCode: spawnError ? -1 : (code ?? -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: spawnError ? `${stderr}${stderr && !stderr.endsWith('\n') ? '\n' : ''}${spawnError}` : stderr,
        ...(signal ? { signal } : {}),
        ...(timedOut ? { timedOut: true } : {}),
        ...(spawnError ? { spawnError, ...(spawnErrorCode ? { spawnErrorCode } : {}) } : {}),
        ms: Date.now() - started
      })
    })
  })
}

function kill(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal)
  } catch {
    /* already gone */
  }
}

export class ProcessError extends Error {}

/** Runs it and throws (with the tail of stderr) unless it exits 0. */
export async function runChecked(req: ProcessRequest, what = req.file): Promise<ProcessResult> {
  const r = await runProcess(req)
  if (r.exitCode !== 0 || r.signal) {
    const status = r.spawnError ? 'could not start' : r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}`
    throw new ProcessError(`${what} failed (${status}):\n${tail(r.stderr || r.stdout)}`)
  }
  return r
}

/** The last lines of a failed command's output, for the error message. */
export function tail(text: string, lines = 15): string {
  const all = text.trimEnd().split('\n')
  return (all.length > lines ? ['…', ...all.slice(-lines)] : all).join('\n')
}
