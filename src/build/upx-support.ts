/**
 * Which targets UPX can pack into a binary that still runs on that target.
 *
 * Source: UPX 4.2.2 (Debian upx-ucl, bookworm-backports) run on a small program built by go1.26.8
 * for every port (`go tool dist list`), 2026-11-24, and every packed Linux binary run under
 * qemu-user 7.2 next to its original. "Packs" means the packed file runs: UPX also accepts, and
 * `upx -t` passes, files that do not — dragonfly, illumos and solaris binaries packed as
 * linux/amd64 with a Linux start-up stub, linux/ppc64 (SIGSEGV), and hard-float linux/mips and
 * mipsle ("fatal error: float64nan"; soft-float ones run) — so those are refused here.
 */
import type { Target } from '../plan/targets.js'

export type UpxSupport = { packable: true } | { packable: false; reason: string }

const PACKS: Record<string, readonly string[]> = {
  linux: ['386', 'amd64', 'arm', 'arm64', 'ppc64le'],
  windows: ['386', 'amd64']
}

const WHY: Array<[(t: Target) => boolean, string]> = [
  [(t) => t.goos === 'linux' && (t.goarch === 'mips' || t.goarch === 'mipsle'), 'UPX 4 packs hard-float MIPS binaries that die at start-up ("fatal error: float64nan"); build the softfloat variant to pack it'],
  [(t) => t.goos === 'linux' && t.goarch === 'ppc64', 'UPX 4 packs big-endian ppc64 binaries that crash at start-up (SIGSEGV)'],
  [(t) => t.goos === 'darwin' || t.goos === 'ios', 'UPX 4 refuses macOS ("macOS is currently not supported"); --force-macos output crashes on recent macOS'],
  [(t) => t.goos === 'windows' && t.goarch === 'arm64', 'UPX 4 refuses win64/arm64 ("not yet supported")'],
  [(t) => ['dragonfly', 'illumos', 'solaris'].includes(t.goos), `UPX 4 packs these as linux/amd64, with a Linux stub that cannot start on ${'this OS'}`],
  [(t) => ['freebsd', 'netbsd', 'openbsd'].includes(t.goos), 'UPX 4 cannot pack Go binaries for the BSDs (unknown executable format, or an internal error for 386)'],
  [(t) => t.goos === 'android', 'UPX 4 refuses Go android binaries ("bad e_shstrtab")'],
  [(t) => t.goos === 'linux', 'UPX 4 does not know this architecture\'s ELF format (riscv64, loong64, s390x, mips64, mips64le)'],
  [() => true, 'UPX 4 does not know this executable format (aix XCOFF, Plan 9, WebAssembly)']
]

export function upxSupport(t: Target): UpxSupport {
  if (PACKS[t.goos]?.includes(t.goarch)) return { packable: true }
  if (t.goos === 'linux' && (t.goarch === 'mips' || t.goarch === 'mipsle') && t.variant === 'softfloat') return { packable: true }
  const reason = (WHY.find(([applies]) => applies(t)) as [unknown, string])[1]
  return { packable: false, reason: reason.replace('this OS', t.goos) }
}

/** UPX's own refusals: a skip with a warning, not a failure. */
export const UPX_REFUSALS = /(CantPackException|AlreadyPackedException|NotCompressibleException|UnknownExecutableFormatException): ?(.*)/
