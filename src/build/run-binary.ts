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

/** The command prefix that runs this target's binary here ([] = natively), or undefined. */
export async function runnerFor(t: Target, platform = process.platform, arch = process.arch): Promise<string[] | undefined> {
  const host = HOST_ARCH[arch]
  if (t.goos === 'linux' && platform === 'linux') {
    if (t.goarch === host || (host === 'amd64' && t.goarch === '386')) return []
    const q = QEMU_ARCH[t.goarch]
    if (!q) return undefined
    for (const name of [`qemu-${q}-static`, `qemu-${q}`]) {
      const found = await io.which(name, false)
      if (found) return [found]
    }
    return undefined
  }
  if (t.goos === 'windows' && platform === 'win32' && (t.goarch === host || (host === 'amd64' && t.goarch === '386'))) return []
  if (t.goos === 'darwin' && platform === 'darwin' && (t.goarch === host || (host === 'arm64' && t.goarch === 'amd64'))) return []
  return undefined
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Set when the binary was killed: it ran longer than the timeout, or died on a signal. */
  signal?: string
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
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, ...(r.signal ? { signal: r.signal } : {}) }
}
