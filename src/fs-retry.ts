/**
 * File operations on output-dir, staging and temporary directories that retry briefly on Windows.
 * There, anti-virus scanners and the search indexer open a freshly written file for a moment, and
 * a rename, delete or copy of it fails with EBUSY, EPERM or EACCES until they let go. Elsewhere
 * those codes mean what they say (a real permission problem), so nothing is retried.
 */
import * as fsp from 'node:fs/promises'

/** The three operations the action does on its own directories. */
export interface FileOps {
  rename(from: string, to: string): Promise<void>
  rm(target: string, opts?: { recursive?: boolean; force?: boolean }): Promise<void>
  cp(from: string, to: string, opts?: { recursive?: boolean; preserveTimestamps?: boolean }): Promise<void>
}

export interface RetryOptions {
  /** The platform whose rules apply (process.platform). */
  platform?: NodeJS.Platform
  /** Waits between tries (injected in tests). */
  sleep?: (ms: number) => Promise<void>
  /** The wait before each retry; its length is the number of retries. */
  delaysMs?: readonly number[]
  /** Told about each retry. */
  log?: (message: string) => void
}

/** What a file held open by another process gives on Windows. */
export const TRANSIENT_WINDOWS_CODES: ReadonlySet<string> = new Set(['EBUSY', 'EPERM', 'EACCES'])
/** About 3 s in all: a scanner's hold is short; a longer one is a real lock worth failing on. */
export const DEFAULT_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1600]

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether an error is worth another try on this platform. */
export function isTransientFsError(error: unknown, platform: NodeJS.Platform): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return platform === 'win32' && typeof code === 'string' && TRANSIENT_WINDOWS_CODES.has(code)
}

/**
 * Runs `op`, and on Windows again after each delay while it fails with EBUSY/EPERM/EACCES. The
 * last error is rethrown with what was tried and for how long; any other error at once, as it is.
 */
export async function retryFs<T>(what: string, op: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const platform = opts.platform ?? process.platform
  const delays = opts.delaysMs ?? DEFAULT_DELAYS_MS
  const sleep = opts.sleep ?? realSleep
  let waited = 0
  for (let attempt = 0; ; attempt++) {
    try {
      return await op()
    } catch (error) {
      if (!isTransientFsError(error, platform)) throw error
      const delay = delays[attempt]
      const code = (error as NodeJS.ErrnoException).code as string
      if (delay === undefined) {
        throw new Error(
          `${what}: ${(error as Error).message} (still ${code} after ${attempt + 1} tries over ${(waited / 1000).toFixed(1)} s; another process — often anti-virus or the search indexer — holds the file)`,
          { cause: error }
        )
      }
      opts.log?.(`${what}: ${code}, trying again in ${delay} ms (a file may be held by anti-virus)`)
      await sleep(delay)
      waited += delay
    }
  }
}

/** `fs` (node:fs/promises by default) with every operation retried as retryFs does. */
export function retryingFileOps(opts: RetryOptions = {}, fs: FileOps = fsp): FileOps {
  return {
    rename: (from, to) => retryFs(`rename ${from} to ${to}`, () => fs.rename(from, to), opts),
    rm: (target, o) => retryFs(`remove ${target}`, () => fs.rm(target, o), opts),
    cp: (from, to, o) => retryFs(`copy ${from} to ${to}`, () => fs.cp(from, to, o), opts)
  }
}

/** The action's own file operations: retried on Windows, plain elsewhere. */
export const fileOps: FileOps = retryingFileOps()
