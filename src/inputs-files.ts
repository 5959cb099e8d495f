/**
 * The files and directories readConfig touches, bounded: a version file is read only if it is a
 * regular file, and at most 1 MiB of it; RUNNER_TEMP is created up front, or the run fails naming it.
 */
import { mkdir, open, stat } from 'node:fs/promises'
import { InputError } from './inputs-common.js'

/** A go.mod is a few KiB; anything past this is not a version file. */
const VERSION_FILE_MAX_BYTES = 1024 * 1024

/**
 * A version file's text, or undefined when it does not exist. Bounded: a FIFO or device is refused
 * before it is opened (it could block or never end), and at most 1 MiB is read.
 */
export async function readVersionFile(full: string, named: boolean): Promise<string | undefined> {
  const info = await stat(full).catch(() => undefined)
  if (!info || (!named && !info.isFile())) return undefined
  if (!info.isFile()) throw new InputError(`go-version-file: ${full} is not a regular file; name a go.mod, go.work, .go-version or .tool-versions`)
  const handle = await open(full, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const buffer = Buffer.alloc(VERSION_FILE_MAX_BYTES + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > VERSION_FILE_MAX_BYTES) throw new InputError(`go-version-file: ${full} is larger than 1 MiB; name a go.mod, go.work, .go-version or .tool-versions`)
    }
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** RUNNER_TEMP (or the fallback) must be a directory go-xbuild can create: fail here, naming it, not deep in a stage. */
export async function ensureTemp(temp: string, fromEnv: boolean): Promise<void> {
  try {
    await mkdir(temp, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new InputError(
      `${fromEnv ? 'RUNNER_TEMP' : 'the temporary directory'} ${temp} cannot be created (${code}); point RUNNER_TEMP at a writable directory`,
      { cause: error }
    )
  }
}
