/**
 * GPG detached, armored signatures, made in a temporary GNUPGHOME under RUNNER_TEMP that is removed
 * whatever happens. The key and the passphrase reach gpg on stdin only: they never touch the disk.
 */
import { getExecOutput } from '@actions/exec'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export class GpgError extends Error {}

export interface GpgSigner {
  fingerprint: string
  /** Writes `<file>.asc` and returns its path. */
  sign(file: string): Promise<string>
  close(): Promise<void>
}

async function gpg(home: string, args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  const r = await getExecOutput('gpg', ['--homedir', home, '--batch', '--no-tty', ...args], {
    silent: true,
    ignoreReturnCode: true,
    ...(input !== undefined ? { input: Buffer.from(input) } : {})
  })
  return { code: r.exitCode, out: r.stdout, err: r.stderr }
}

/** A home short enough for gpg-agent's socket (unix socket paths stop at 108 bytes). */
async function makeHome(runnerTemp: string): Promise<string> {
  const base = runnerTemp.length < 60 ? runnerTemp : os.tmpdir()
  await mkdir(base, { recursive: true })
  return mkdtemp(path.join(base, 'gnupg-'))
}

export async function openGpgSigner(armoredKey: string, passphrase: string, runnerTemp: string): Promise<GpgSigner> {
  const home = await makeHome(runnerTemp)
  const close = async (): Promise<void> => {
    await getExecOutput('gpgconf', ['--homedir', home, '--kill', 'all'], { silent: true, ignoreReturnCode: true }).catch(() => undefined)
    await rm(home, { recursive: true, force: true })
  }
  try {
    await writeFile(path.join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\n', { mode: 0o600 })
    const imported = await gpg(home, ['--import', '--import-options', 'import-show', '--with-colons'], armoredKey)
    if (imported.code !== 0) throw new GpgError(`gpg-private-key cannot be imported: ${lastLine(imported.err)}`)
    const secret = await gpg(home, ['--list-secret-keys', '--with-colons', '--with-fingerprint'])
    const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(secret.out)?.[1]
    if (!fpr) throw new GpgError('gpg-private-key holds no secret key (is it the public key?)')
    const signer: GpgSigner = {
      fingerprint: fpr,
      async sign(file) {
        const out = `${file}.asc`
        const r = await gpg(
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
