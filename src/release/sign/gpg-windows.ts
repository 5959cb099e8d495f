/**
 * gpg on a Windows runner. Two builds are common there: Gpg4win (native, Windows paths) and the
 * MSYS2 gpg that Git for Windows ships in `Git\usr\bin` — first on PATH in Git Bash, and on the
 * hosted runners. The MSYS one reads `--homedir C:\…\g1a2b3c` as a relative POSIX path and fails
 * with "keyblock resource … No such file or directory": it needs the home as `/c/…`. Which gpg
 * this is shows in its path and in `gpg --version`'s `Home:` line (`/c/Users/…` vs `C:\Users\…`).
 * Pure functions plus one setup that takes its lookups injected.
 */

export interface GpgProgram {
  /** The gpg executable to run. */
  gpg: string
  /** gpgconf beside it (stops the agent when the home goes). */
  gpgconf: string
  /** The form of a home directory this gpg understands (its --homedir and GNUPGHOME). */
  homeArg: (home: string) => string
  /** For the log: which build was found. */
  flavor: 'native' | 'msys'
}

const INSTALL_GPG4WIN = 'install Gpg4win (https://gpg4win.org; on a hosted runner: choco install gpg4win) and put its bin directory first on PATH'

/**
 * `C:\Users\me\x` → `/c/Users/me/x`, `\\?\D:\a` → `/d/a`, `\\server\share\x` → `//server/share/x`;
 * undefined for anything that is not an absolute Windows path (MSYS could not find it either).
 */
export function toMsysPath(windowsPath: string): string | undefined {
  let p = windowsPath
  if (/^\\\\\?\\[A-Za-z]:[\\/]/.test(p)) p = p.slice(4)
  const drive = /^([A-Za-z]):[\\/](.*)$/.exec(p)
  if (drive) {
    const rest = (drive[2] as string).replace(/\\/g, '/').replace(/\/+$/, '')
    return `/${(drive[1] as string).toLowerCase()}${rest ? `/${rest}` : ''}`
  }
  const unc = /^\\\\([^\\/?]+)\\([^\\/]+)((?:\\.*)?)$/.exec(p)
  if (unc) return `//${unc[1]}/${unc[2]}${(unc[3] as string).replace(/\\/g, '/').replace(/\/+$/, '')}`
  return undefined
}

/** Whether a gpg is Git for Windows' MSYS2 build: its path, or the POSIX-style `Home:` its --version prints. */
export function isMsysGpg(gpgPath: string, versionOutput: string): boolean {
  if (/[\\/]Git[\\/]usr[\\/]bin[\\/]gpg(?:\.exe)?$/i.test(gpgPath)) return true
  const home = /^Home:\s*(\S.*)$/m.exec(versionOutput)?.[1]?.trim()
  return home !== undefined && /^[/~]/.test(home)
}

export class GpgSetupError extends Error {}

/**
 * The decision, from what was found: no gpg → fail (install Gpg4win); Gpg4win → native paths; MSYS
 * gpg → homes in POSIX form, provided `home` has one (else fail, install Gpg4win). `sampleHome`
 * is a home the run would use, tried now so a conversion failure is a setup error.
 */
export function decideWindowsGpg(found: { gpg?: string; versionOutput?: string; versionError?: string }, sampleHome: string): GpgProgram {
  if (!found.gpg) throw new GpgSetupError(`sign: gpg is not on PATH on this Windows runner; ${INSTALL_GPG4WIN}`)
  if (found.versionOutput === undefined) {
    throw new GpgSetupError(`sign: ${found.gpg} --version failed${found.versionError ? ` (${found.versionError})` : ''}; ${INSTALL_GPG4WIN}`)
  }
  const dir = found.gpg.replace(/[\\/][^\\/]*$/, '')
  const gpgconf = `${dir}${found.gpg.includes('\\') ? '\\' : '/'}gpgconf${/\.exe$/i.test(found.gpg) ? '.exe' : ''}`
  if (!isMsysGpg(found.gpg, found.versionOutput)) return { gpg: found.gpg, gpgconf, homeArg: (h) => h, flavor: 'native' }
  if (toMsysPath(sampleHome) === undefined) {
    throw new GpgSetupError(`sign: ${found.gpg} is Git for Windows' MSYS gpg, which cannot use a home at ${sampleHome} (RUNNER_TEMP); ${INSTALL_GPG4WIN}`)
  }
  return {
    gpg: found.gpg,
    gpgconf,
    homeArg: (h) => {
      const posix = toMsysPath(h)
      if (posix === undefined) throw new GpgSetupError(`sign: the MSYS gpg at ${found.gpg} cannot use the home ${h}; ${INSTALL_GPG4WIN}`)
      return posix
    },
    flavor: 'msys'
  }
}

/** Lookups the Windows setup needs, injected so the decision is testable anywhere. */
export interface GpgLookup {
  which: (name: string) => Promise<string | undefined>
  version: (gpg: string) => Promise<{ stdout: string } | { error: string }>
}

/** On Windows, finds gpg and decides how to talk to it; elsewhere, gpg from PATH as it is. */
export async function findGpg(platform: NodeJS.Platform, sampleHome: string, lookup: GpgLookup): Promise<GpgProgram> {
  if (platform !== 'win32') return { gpg: 'gpg', gpgconf: 'gpgconf', homeArg: (h) => h, flavor: 'native' }
  const gpg = await lookup.which('gpg')
  const v = gpg ? await lookup.version(gpg) : undefined
  return decideWindowsGpg(
    { gpg, ...(v && 'stdout' in v ? { versionOutput: v.stdout } : {}), ...(v && 'error' in v ? { versionError: v.error } : {}) },
    sampleHome
  )
}
