/**
 * The garbage collector setting of the go command and the processes it starts (compile, asm, link).
 * They are short-lived and allocate heavily; Go's default GOGC=100 collects whenever the heap has
 * doubled, which for the linker and the compiler is a large share of their CPU. A higher GOGC
 * collects less often; GOMEMLIMIT caps each process's heap so that the runner's memory, split over
 * every compile and link that can run at once, is never exceeded. Neither changes a byte of what
 * they write (bench/build.ts checks the SHA-256 of every binary). See docs/adr/0013.
 *
 * The job's own settings win whole: when the job sets GOGC or GOMEMLIMIT, go-xbuild sets neither.
 *
 * Measured against Go's real default this is about even, not a win: the Go 1.26 compiler gives
 * itself a 128 MiB starting heap unless GOGC or GOMEMLIMIT is set, and either one (go-xbuild's or
 * the job's) turns that off. Open question, ADR 0013.
 */

/** GOGC go-xbuild gives the go command's processes (bench/results/build.md: what it buys). */
export const COMPILER_GOGC = 400
/** The share of the runner's memory the concurrent go processes may fill before their GC is forced. */
export const MEMORY_SHARE = 0.8
/** No process is capped below this: below the live heap of a large package, GC would run all the time. */
export const MIN_MEMLIMIT_BYTES = 512 * 1024 ** 2

export interface CompilerGcHost {
  /** Bytes of memory the job has (the cgroup limit when there is one, else the machine's). */
  totalBytes: number
  /** CPUs the job may use: each go build runs up to this many compiles at once (go build -p). */
  cpus: number
}

export interface CompilerGc {
  /** What go-xbuild sets for every go command; empty when the job set its own. */
  env: Record<string, string>
  /** One line for the log: what is set and why, or why nothing is. */
  reason: string
}

const MiB = 1024 ** 2

/**
 * GOGC and GOMEMLIMIT for the go children. `parallel` go builds run at once, each with up to `cpus`
 * compiles (or one link), so the memory share is split over `parallel × cpus` processes.
 */
export function compilerGc(source: Record<string, string | undefined>, host: CompilerGcHost, parallel: number): CompilerGc {
  const own = ['GOGC', 'GOMEMLIMIT'].filter((k) => source[k] !== undefined && source[k] !== '')
  if (own.length) {
    return { env: {}, reason: `${own.map((k) => `${k}=${source[k]}`).join(' ')} from the job's environment: go-xbuild sets no GC setting of its own` }
  }
  const processes = Math.max(1, parallel) * Math.max(1, host.cpus)
  const perProcess = Math.max(MIN_MEMLIMIT_BYTES, Math.floor((host.totalBytes * MEMORY_SHARE) / processes))
  const limitMiB = Math.floor(perProcess / MiB)
  return {
    env: { GOGC: String(COMPILER_GOGC), GOMEMLIMIT: `${limitMiB}MiB` },
    reason: `GOGC=${COMPILER_GOGC} GOMEMLIMIT=${limitMiB}MiB for go and its compiles and links (${(MEMORY_SHARE * 100).toFixed(0)} % of ${(host.totalBytes / 1024 ** 3).toFixed(1)} GiB over ${processes} processes at once); set GOGC or GOMEMLIMIT in the job's env to choose your own`
  }
}

/** The memory the job has: the cgroup's limit when Node sees one (containers), else the machine's. */
export function jobMemory(total: number, constrained: number | undefined): number {
  // os.constrainedMemory() is 0 or a huge number when there is no limit
  return constrained && constrained > 0 && constrained < total ? constrained : total
}
