/**
 * Each Go target's C target, and how each C toolchain provider spells it.
 *
 * Sources: `zig targets` (zig 0.15.2, its libc list) for the zig names; cross-tools/musl-cross
 * release asset names (`<triple>.tar.xz`, compilers `<triple>-gcc`) for musl-cross; the musl
 * triples as GNU tools and Debian's musl packages name them for {{.Triple}}. What works was
 * measured with zig 0.15.2 and go1.26.8 on a cgo program using qsort/malloc/snprintf, run under
 * qemu-user: amd64, 386, arm64, arm v6/v7, riscv64, ppc64le, s390x, loong64 work; arm v5 fails to
 * link (zig's compiler-rt lacks the __sync_* helpers ARMv5 needs) and mips* fail to compile (zig
 * has no "hard-float" CPU feature for the -mhard-float Go passes).
 */
import type { Target } from './targets.js'

export interface CTarget {
  /** The musl triple, for {{.Triple}} (`aarch64-linux-musl`). */
  triple: string
  /** cross-tools/musl-cross's name (`aarch64-unknown-linux-musl`). */
  muslCross: string
  /** zig's `-target` and extra flags, or why zig cannot build it. */
  zig: { target: string; flags: string[] } | { unsupported: string }
}

const LINUX: Record<string, CTarget> = {
  amd64: { triple: 'x86_64-linux-musl', muslCross: 'x86_64-unknown-linux-musl', zig: { target: 'x86_64-linux-musl', flags: [] } },
  '386': { triple: 'i686-linux-musl', muslCross: 'i686-unknown-linux-musl', zig: { target: 'x86-linux-musl', flags: [] } },
  arm64: { triple: 'aarch64-linux-musl', muslCross: 'aarch64-unknown-linux-musl', zig: { target: 'aarch64-linux-musl', flags: [] } },
  // GOARM=7 and 6 use the VFP hard-float ABI; 5 is soft-float
  'arm/v7': { triple: 'armv7-linux-musleabihf', muslCross: 'armv7-unknown-linux-musleabihf', zig: { target: 'arm-linux-musleabihf', flags: ['-mcpu=generic+v7a'] } },
  'arm/v6': { triple: 'arm-linux-musleabihf', muslCross: 'arm-unknown-linux-musleabihf', zig: { target: 'arm-linux-musleabihf', flags: ['-mcpu=arm1176jzf_s'] } },
  'arm/v5': {
    triple: 'arm-linux-musleabi',
    muslCross: 'arm-unknown-linux-musleabi',
    zig: { unsupported: "zig's compiler-rt has no __sync_* atomics for ARMv5, so the link fails" }
  },
  riscv64: { triple: 'riscv64-linux-musl', muslCross: 'riscv64-unknown-linux-musl', zig: { target: 'riscv64-linux-musl', flags: [] } },
  ppc64le: { triple: 'powerpc64le-linux-musl', muslCross: 'powerpc64le-unknown-linux-musl', zig: { target: 'powerpc64le-linux-musl', flags: [] } },
  s390x: { triple: 's390x-linux-musl', muslCross: 's390x-unknown-linux-musl', zig: { target: 's390x-linux-musl', flags: [] } },
  loong64: { triple: 'loongarch64-linux-musl', muslCross: 'loongarch64-unknown-linux-musl', zig: { target: 'loongarch64-linux-musl', flags: [] } },
  mips: { triple: 'mips-linux-musl', muslCross: 'mips-unknown-linux-musl', zig: { unsupported: 'zig rejects the -mhard-float Go passes for MIPS' } },
  mipsle: { triple: 'mipsel-linux-musl', muslCross: 'mipsel-unknown-linux-musl', zig: { unsupported: 'zig rejects the -mhard-float Go passes for MIPS' } },
  mips64: { triple: 'mips64-linux-musl', muslCross: 'mips64-unknown-linux-musl', zig: { unsupported: 'zig 0.15 has no mips64 musl libc' } },
  mips64le: { triple: 'mips64el-linux-musl', muslCross: 'mips64el-unknown-linux-musl', zig: { unsupported: 'zig 0.15 has no mips64el musl libc' } }
}

// Windows through zig's MinGW-w64: the binaries link the system DLLs and the Universal CRT (Windows 10+)
const WINDOWS: Record<string, CTarget> = {
  amd64: { triple: 'x86_64-w64-mingw32', muslCross: '', zig: { target: 'x86_64-windows-gnu', flags: [] } },
  arm64: { triple: 'aarch64-w64-mingw32', muslCross: '', zig: { target: 'aarch64-windows-gnu', flags: [] } },
  '386': { triple: 'i686-w64-mingw32', muslCross: '', zig: { target: 'x86-windows-gnu', flags: [] } }
}

/** The C target for a Go target, or undefined when go-xbuild knows none. */
export function cTarget(t: Target): CTarget | undefined {
  if (t.goos === 'linux') {
    if (t.goarch === 'arm') return LINUX[`arm/${t.variant || 'v7'}`]
    return LINUX[t.goarch]
  }
  if (t.goos === 'windows') return WINDOWS[t.goarch]
  return undefined
}
