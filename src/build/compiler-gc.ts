/**
 * The garbage collector setting of the go command and the processes it starts (compile, asm, link).
 * They are short-lived and allocate heavily. Go's own default: the linker and the go command collect
 * at GOGC=100 (whenever the heap has doubled); the Go 1.26 compiler gives itself a 128 MiB starting
 * heap, then GOGC=100, unless GOGC or GOMEMLIMIT is set. go-xbuild sets `GOGC=off` with a
 * `GOMEMLIMIT` per process: no collection at all until a process's heap reaches its share of the
 * runner's memory, then as often as that share needs. The share is split over every go command,
 * compile and link that can run at once, so together they never pass it. Neither changes a byte
 * of what they write (bench/build.ts checks the SHA-256 of every binary). See docs/adr/0013.
 *
 * The job's own settings win whole: when the job sets GOGC or GOMEMLIMIT (even to an empty string,
 * which for Go is its default), go-xbuild sets neither. Where the share per process would fall
 * below MIN_MEMLIMIT_BYTES, go-xbuild sets nothing either: a limit that low would collect more
 * often than Go's default does.
 */

/** GOGC go-xbuild gives the go command's processes: collection is left to the GOMEMLIMIT. */
export const COMPILER_GOGC = 'off'
/** The share of the runner's memory the concurrent go processes may fill before their GC runs. */
export const MEMORY_SHARE = 0.8
/** Below this per process, go-xbuild sets nothing: a large package's live heap alone comes near it. */
export const MIN_MEMLIMIT_BYTES = 512 * 1024 ** 2

export interface CompilerGcHost {
  /** Bytes of memory the job has (the cgroup limit when there is one, else the machine's). */
  totalBytes: number
  /** CPUs the job may use: each go build runs up to this many compiles at once (go build -p). */
  cpus: number
}

export interface CompilerGc {
  /** What go-xbuild sets for every go command; empty when the job set its own or memory is short. */
  env: Record<string, string>
  /** One line for the log: what is set and why, or why nothing is. */
  reason: string
}

const MiB = 1024 ** 2

/** The go processes that can run at once: per go build, the go command and up to `cpus` compiles (or a link). */
export function concurrentGoProcesses(cpus: number, parallel: number): number {
  return Math.max(1, parallel) * (Math.max(1, cpus) + 1)
}

/**
 * GOGC and GOMEMLIMIT for the go children. `parallel` go builds run at once, each a go command
 * with up to `cpus` compiles (or one link), so the memory share is split over `parallel × (cpus + 1)`.
 */
export function compilerGc(source: Record<string, string | undefined>, host: CompilerGcHost, parallel: number): CompilerGc {
  const own = ['GOGC', 'GOMEMLIMIT'].filter((k) => source[k] !== undefined)
  if (own.length) {
    return {
      env: {},
      reason: `${own.map((k) => `${k}=${source[k] === '' ? '(empty: Go\'s default)' : source[k]}`).join(' ')} from the job's environment: go-xbuild sets no GC setting of its own`
    }
  }
  const processes = concurrentGoProcesses(host.cpus, parallel)
  const perProcess = Math.floor((host.totalBytes * MEMORY_SHARE) / processes)
  const gib = (host.totalBytes / 1024 ** 3).toFixed(1)
  const share = `${(MEMORY_SHARE * 100).toFixed(0)} % of ${gib} GiB over ${processes} go processes at once`
  if (perProcess < MIN_MEMLIMIT_BYTES) {
    return {
      env: {},
      reason: `Go's own GC defaults for go and its compiles and links: ${share} is ${Math.floor(perProcess / MiB)} MiB each, below the ${MIN_MEMLIMIT_BYTES / MiB} MiB go-xbuild needs to set GOGC=${COMPILER_GOGC}; lower parallel, or set GOGC or GOMEMLIMIT in the job's env`
    }
  }
  const limitMiB = Math.floor(perProcess / MiB)
  return {
    env: { GOGC: COMPILER_GOGC, GOMEMLIMIT: `${limitMiB}MiB` },
    reason: `GOGC=${COMPILER_GOGC} GOMEMLIMIT=${limitMiB}MiB for go and its compiles and links (${share}); set GOGC or GOMEMLIMIT in the job's env to choose your own (GOGC= empty: Go's defaults)`
  }
}

/** The memory the job has: the cgroup's limit when Node sees one (containers), else the machine's. */
export function jobMemory(total: number, constrained: number | undefined): number {
  // os.constrainedMemory() is 0 or a huge number when there is no limit
  return constrained && constrained > 0 && constrained < total ? constrained : total
}
