/**
 * Go's ports and their variants: the data every plan is checked against before anything is
 * downloaded.
 *
 * Sources:
 * - ports, `cgo`, `firstClass`: `go tool dist list -json` of go1.26.8; ports Go 1.26 removed are kept
 *   with `removedIn` so older toolchains can still target them (go1.26 release notes: windows/arm,
 *   freebsd/riscv64).
 * - `needsCgo`: `CGO_ENABLED=0 go build` of a small program for every port with go1.26.8 on linux/amd64
 *   (android/386, amd64, arm and ios/* answer "requires external (cgo) linking").
 * - variants: `go help environment` (GOARM, GOAMD64, GOARM64, GO386, GOMIPS, GOMIPS64, GOPPC64,
 *   GORISCV64), checked with `go env` of go1.26.8; `minGo` from the release notes that introduced them.
 */

export interface Port {
  goos: string
  goarch: string
  /** Go's first-class ports: what `all` expands to. */
  firstClass: boolean
  /** cgo is possible on this port at all. */
  cgo: boolean
  /** The port only links with cgo (an external linker): never part of a wildcard. */
  needsCgo?: boolean
  /** The first Go release without this port. */
  removedIn?: string
}

const P = (goos: string, goarch: string, extra: Partial<Port> = {}): Port => ({
  goos,
  goarch,
  firstClass: false,
  cgo: true,
  ...extra
})
const FIRST = { firstClass: true }
const NOCGO = { cgo: false }

export const PORTS: readonly Port[] = [
  P('aix', 'ppc64'),
  P('android', '386', { needsCgo: true }),
  P('android', 'amd64', { needsCgo: true }),
  P('android', 'arm', { needsCgo: true }),
  P('android', 'arm64'),
  P('darwin', 'amd64', FIRST),
  P('darwin', 'arm64', FIRST),
  P('dragonfly', 'amd64'),
  P('freebsd', '386'),
  P('freebsd', 'amd64'),
  P('freebsd', 'arm'),
  P('freebsd', 'arm64'),
  P('freebsd', 'riscv64', { removedIn: '1.26' }),
  P('illumos', 'amd64'),
  P('ios', 'amd64', { needsCgo: true }),
  P('ios', 'arm64', { needsCgo: true }),
  P('js', 'wasm', NOCGO),
  P('linux', '386', FIRST),
  P('linux', 'amd64', FIRST),
  P('linux', 'arm', FIRST),
  P('linux', 'arm64', FIRST),
  P('linux', 'loong64'),
  P('linux', 'mips'),
  P('linux', 'mips64'),
  P('linux', 'mips64le'),
  P('linux', 'mipsle'),
  P('linux', 'ppc64', NOCGO),
  P('linux', 'ppc64le'),
  P('linux', 'riscv64'),
  P('linux', 's390x'),
  P('netbsd', '386'),
  P('netbsd', 'amd64'),
  P('netbsd', 'arm'),
  P('netbsd', 'arm64'),
  P('openbsd', '386'),
  P('openbsd', 'amd64'),
  P('openbsd', 'arm'),
  P('openbsd', 'arm64'),
  P('openbsd', 'ppc64', NOCGO),
  P('openbsd', 'riscv64'),
  P('plan9', '386', NOCGO),
  P('plan9', 'amd64', NOCGO),
  P('plan9', 'arm', NOCGO),
  P('solaris', 'amd64'),
  P('wasip1', 'wasm', NOCGO),
  P('windows', '386', FIRST),
  P('windows', 'amd64', FIRST),
  P('windows', 'arm', { removedIn: '1.26' }),
  P('windows', 'arm64')
]

export interface VariantFamily {
  /** The environment variable Go reads. */
  env: string
  /** Accepted variant spellings, in order; the value Go gets is `toEnv(variant)`. */
  variants: readonly string[]
  toEnv: (variant: string) => string
  /** What Go picks when no variant is given (go1.26.8, cross-compiling from linux/amd64). */
  goDefault: string
  /** The first Go release that understands every variant listed (older ones may know a subset). */
  minGo: string
  /** Per-variant minimum where it differs from the family's. */
  variantMinGo?: Record<string, string>
}

const same = (v: string): string => v
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`)

export const VARIANT_FAMILIES: Readonly<Record<string, VariantFamily>> = {
  arm: { env: 'GOARM', variants: ['v5', 'v6', 'v7'], toEnv: (v) => v.slice(1), goDefault: 'v7', minGo: '1.0' },
  amd64: { env: 'GOAMD64', variants: ['v1', 'v2', 'v3', 'v4'], toEnv: same, goDefault: 'v1', minGo: '1.18' },
  arm64: {
    env: 'GOARM64',
    variants: [...range('v8.', 0, 9), ...range('v9.', 0, 5)],
    toEnv: same,
    goDefault: 'v8.0',
    minGo: '1.23'
  },
  '386': { env: 'GO386', variants: ['sse2', 'softfloat'], toEnv: same, goDefault: 'sse2', minGo: '1.16' },
  mips: { env: 'GOMIPS', variants: ['hardfloat', 'softfloat'], toEnv: same, goDefault: 'hardfloat', minGo: '1.10' },
  mipsle: { env: 'GOMIPS', variants: ['hardfloat', 'softfloat'], toEnv: same, goDefault: 'hardfloat', minGo: '1.10' },
  mips64: { env: 'GOMIPS64', variants: ['hardfloat', 'softfloat'], toEnv: same, goDefault: 'hardfloat', minGo: '1.11' },
  mips64le: { env: 'GOMIPS64', variants: ['hardfloat', 'softfloat'], toEnv: same, goDefault: 'hardfloat', minGo: '1.11' },
  ppc64: { env: 'GOPPC64', variants: ['power8', 'power9', 'power10'], toEnv: same, goDefault: 'power8', minGo: '1.20' },
  ppc64le: { env: 'GOPPC64', variants: ['power8', 'power9', 'power10'], toEnv: same, goDefault: 'power8', minGo: '1.20' },
  riscv64: {
    env: 'GORISCV64',
    variants: ['rva20u64', 'rva22u64', 'rva23u64'],
    toEnv: same,
    goDefault: 'rva20u64',
    minGo: '1.23',
    variantMinGo: { rva23u64: '1.25' }
  }
}

export function findPort(goos: string, goarch: string): Port | undefined {
  return PORTS.find((p) => p.goos === goos && p.goarch === goarch)
}

export const KNOWN_GOOS: readonly string[] = [...new Set(PORTS.map((p) => p.goos))]
export const KNOWN_GOARCH: readonly string[] = [...new Set(PORTS.map((p) => p.goarch))]
