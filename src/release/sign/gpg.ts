/**
 * GPG detached, armored signatures, made in a temporary GNUPGHOME under RUNNER_TEMP that is removed
 * whatever happens (the end of the run, a cancel, or the post step after main was killed). The key
 * and the passphrase reach gpg on stdin only, but `gpg --import` does write the key into that
 * GNUPGHOME (mode 0700) for as long as the run signs; the agent caches the unlocked key meanwhile.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { registerCleanup } from '../../proc/lifecycle.js'
import { recordLeftover, removeGnupgHome } from '../../proc/leftovers.js'
import { runProcess } from '../../proc/run.js'
import * as io from '@actions/io'
import { findGpg, type GpgProgram } from './gpg-windows.js'

export class GpgError extends Error {}

export interface GpgSigner {
  fingerprint: string
  /** Writes `<file>.asc` and returns its path. */
  sign(file: string): Promise<string>
  close(): Promise<void>
}

async function gpg(program: GpgProgram, home: string, args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  const h = program.homeArg(home)
  const r = await runProcess({ kind: 'gpg', file: program.gpg, args: ['--homedir', h, '--batch', '--no-tty', ...args], env: { GNUPGHOME: h }, input })
  if (r.spawnError) throw new GpgError(`sign: gpg needs GnuPG (gpg and gpgconf) on PATH: ${r.spawnError}`)
  return { code: r.exitCode, out: r.stdout, err: r.stderr }
}

/** gpg as this runner has it: from PATH; on Windows, Gpg4win or Git's MSYS gpg (which needs POSIX-form homes). */
export async function runnerGpg(runnerTemp: string, platform: NodeJS.Platform = process.platform): Promise<GpgProgram> {
  try {
    return await findGpg(platform, path.join(path.resolve(runnerTemp), `${HOME_PREFIX}${'x'.repeat(HOME_SUFFIX)}`), {
      which: async (name) => (await io.which(name, false)) || undefined,
      version: async (file) => {
        const r = await runProcess({ kind: 'gpg', file, args: ['--version'], timeoutMs: 30_000 })
        return r.exitCode === 0 ? { stdout: r.stdout } : { error: r.spawnError ?? `exit ${r.exitCode}: ${lastLine(r.stderr)}` }
      }
    })
  } catch (error) {
    throw new GpgError((error as Error).message, { cause: error })
  }
}

/** What a GNUPGHOME is named under RUNNER_TEMP: short, because the agent's sockets live in it. */
const HOME_PREFIX = 'g'
/** mkdtemp adds six characters. */
const HOME_SUFFIX = 6
/** gpg-agent's longest socket name in its home. */
const LONGEST_SOCKET = 'S.gpg-agent.browser'
/** sun_path holds 108 bytes on Linux (104 on macOS), the terminating NUL included. */
const SOCKET_PATH_MAX = process.platform === 'darwin' ? 103 : 107

/** The longest socket path a GNUPGHOME under this RUNNER_TEMP would need, in bytes. */
export const gpgSocketPathLength = (runnerTemp: string): number =>
  Buffer.byteLength(path.join(path.resolve(runnerTemp), `${HOME_PREFIX}${'x'.repeat(HOME_SUFFIX)}`, LONGEST_SOCKET))

/**
 * The home always lives under RUNNER_TEMP (the runner removes it after the job; the system temp
 * directory may outlive the job and is shared). When even a short name there is too long for the
 * agent's socket, signing-setup fails, naming RUNNER_TEMP, instead of moving the key elsewhere.
 */
async function makeHome(runnerTemp: string): Promise<string> {
  const need = gpgSocketPathLength(runnerTemp)
  if (need > SOCKET_PATH_MAX) {
    throw new GpgError(
      `sign: gpg cannot work under RUNNER_TEMP=${runnerTemp}: its agent's socket would be ${need} bytes long, over the ${SOCKET_PATH_MAX} a unix socket path allows; ` +
        `run the job with a RUNNER_TEMP of at most ${SOCKET_PATH_MAX - (need - Buffer.byteLength(path.resolve(runnerTemp)))} bytes (a shorter runner work directory)`
    )
  }
  await mkdir(runnerTemp, { recursive: true })
  return mkdtemp(path.join(path.resolve(runnerTemp), HOME_PREFIX))
}

export async function openGpgSigner(armoredKey: string, passphrase: string, runnerTemp: string, program?: GpgProgram): Promise<GpgSigner> {
  const prog = program ?? (await runnerGpg(runnerTemp))
  const home = await makeHome(runnerTemp)
  // the post step removes it if this process cannot (killed); a cancel removes it through the registry
  const forget = recordLeftover('gnupgHomes', home)
  let unregister = (): void => undefined
  let closing: Promise<void> | undefined
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      unregister()
      await removeGnupgHome(home, prog)
      forget()
    })())
  unregister = registerCleanup(`GNUPGHOME ${home}`, close)
  try {
    await writeFile(path.join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\n', { mode: 0o600 })
    const imported = await gpg(prog, home, ['--import', '--import-options', 'import-show', '--with-colons'], armoredKey)
    if (imported.code !== 0) throw new GpgError(`gpg-private-key cannot be imported: ${lastLine(imported.err)}`)
    const secret = await gpg(prog, home, ['--list-secret-keys', '--with-colons', '--with-fingerprint'])
    const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(secret.out)?.[1]
    if (!fpr) throw new GpgError('gpg-private-key holds no secret key (is it the public key?)')
    const signer: GpgSigner = {
      fingerprint: fpr,
      async sign(file) {
        const out = `${file}.asc`
        const r = await gpg(
          prog,
          home,
          ['--pinentry-mode', 'loopback', '--passphrase-fd', '0', '--local-user', fpr, '--armor', '--detach-sign', '--yes', '--output', out, file],
          passphrase
        )
        if (r.code !== 0) {
          throw new GpgError(/bad passphrase|no passphrase/i.test(r.err) ? 'gpg-passphrase does not unlock gpg-private-key' : `gpg could not sign ${path.basename(file)}: ${lastLine(r.err)}`)
        }
        return out
      },
      close
    }
    return signer
  } catch (error) {
    await close()
    throw error
  }
}

const lastLine = (text: string): string => text.trim().split('\n').filter((l) => !/^gpg: (WARNING|directory|keybox|key .* public key)/.test(l)).pop() ?? 'no output'
