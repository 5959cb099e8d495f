/**
 * Running a built binary on this runner: natively when the runner can, else under qemu-user when
 * it is installed (`qemu-<arch>-static` or `qemu-<arch>`). Used by smoke-test.
 */
import * as io from '@actions/io'
import { runProcess } from '../proc/run.js'
import type { Target } from '../plan/targets.js'

const QEMU_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  '386': 'i386',
  arm64: 'aarch64',
  arm: 'arm',
  riscv64: 'riscv64',
  ppc64le: 'ppc64le',
  ppc64: 'ppc64',
  s390x: 's390x',
  mips: 'mips',
  mipsle: 'mipsel',
  mips64: 'mips64',
  mips64le: 'mips64el',
  loong64: 'loongarch64'
}

const HOST_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm', riscv64: 'riscv64', s390x: 's390x', ppc64: 'ppc64le', loong64: 'loong64' }

/** How this host runs a target's binaries: natively, by the OS's own emulation, under qemu-user, or not. */
export type HostRun = { how: 'native' } | { how: 'emulated'; by: string } | { how: 'qemu'; arch: string } | { how: 'no' }

/**
 * Which targets a host (Node's platform and arch) can run. Pure. Each OS runs its own arch, and
 * the 32-bit one on amd64 (linux/386, windows/386); Apple Silicon runs darwin/amd64 under Rosetta;
 * Windows on arm64 runs windows/amd64 and windows/386 by its own emulation; Linux runs the other
 * Linux arches under qemu-user when it is installed. Nothing else crosses an OS.
 */
export function hostRunFor(t: Pick<Target, 'goos' | 'goarch'>, platform: string, arch: string): HostRun {
  const host = HOST_ARCH[arch]
  const same = t.goarch === host || (host === 'amd64' && t.goarch === '386')
  if (t.goos === 'linux' && platform === 'linux') {
    if (same) return { how: 'native' }
    const q = QEMU_ARCH[t.goarch]
    return q ? { how: 'qemu', arch: q } : { how: 'no' }
  }
  if (t.goos === 'windows' && platform === 'win32') {
    if (same) return { how: 'native' }
    if (host === 'arm64' && (t.goarch === 'amd64' || t.goarch === '386')) return { how: 'emulated', by: "Windows on Arm's x64/x86 emulation" }
    return { how: 'no' }
  }
  if (t.goos === 'darwin' && platform === 'darwin') {
    if (t.goarch === host) return { how: 'native' }
    if (host === 'arm64' && t.goarch === 'amd64') return { how: 'emulated', by: 'Rosetta 2' }
  }
  return { how: 'no' }
}

/** The command prefix that runs this target's binary here ([] = natively or by the OS's emulation), or undefined. */
export async function runnerFor(t: Target, platform = process.platform, arch = process.arch): Promise<string[] | undefined> {
  const run = hostRunFor(t, platform, arch)
  if (run.how === 'native' || run.how === 'emulated') return []
  if (run.how === 'no') return undefined
  for (const name of [`qemu-${run.arch}-static`, `qemu-${run.arch}`]) {
    const found = await io.which(name, false)
    if (found) return [found]
  }
  return undefined
}

/**
 * Spawn errors that mean "this host cannot start that binary" — no loader or interpreter (ENOENT),
 * not executable here (EACCES), not a format the kernel runs (ENOEXEC; EFTYPE from Windows' bad
 * image), a foreign CPU (EBADARCH, EBADEXEC, EBADMACHO: macOS without Rosetta), or Windows' UNKNOWN
 * for an image of another machine. Anything else (EMFILE, ENOMEM, …) is a failure of the run.
 */
export const CANNOT_START_CODES: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'ENOEXEC', 'EFTYPE', 'EBADARCH', 'EBADEXEC', 'EBADMACHO', 'UNKNOWN'])

export const cannotStartHere = (r: Pick<RunResult, 'spawnErrorCode'>): boolean => r.spawnErrorCode !== undefined && CANNOT_START_CODES.has(r.spawnErrorCode)

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Set when the binary was killed: it ran longer than the timeout, or died on a signal. */
  signal?: string
  /** Set when it could not be started at all: the spawn error's code (ENOENT, EBADARCH, …). */
  spawnError?: string
  spawnErrorCode?: string
}

/**
 * Runs the binary with an argument array (never a shell) and a timeout: a smoke test must not hang
 * the job. It and qemu get the `binary` environment — PATH, HOME, TMPDIR, LANG=C and nothing of the
 * runner's — plus `extraEnv` (the crowded-environment check's filler): the binary may be a pull
 * request's code, and must not see a single secret.
 */
export async function runBinary(prefix: string[], file: string, args: string[], cwd: string, timeoutMs = 60_000, extraEnv?: Record<string, string>): Promise<RunResult> {
  const all = [...prefix, file]
  const r = await runProcess({ kind: 'binary', file: all[0] as string, args: [...all.slice(1), ...args], cwd, timeoutMs, maxBuffer: 8 << 20, env: extraEnv })
  return {
    exitCode: r.exitCode,
    stdout: r.stdout,
    stderr: r.stderr,
    ...(r.signal ? { signal: r.signal } : {}),
    ...(r.spawnError ? { spawnError: r.spawnError, spawnErrorCode: r.spawnErrorCode ?? 'UNKNOWN' } : {})
  }
}
