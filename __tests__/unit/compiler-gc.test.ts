import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILER_GOGC, compilerGc, concurrentGoProcesses, jobMemory, MEMORY_SHARE, MIN_MEMLIMIT_BYTES } from '../../src/build/compiler-gc.js'
import { Semaphore } from '../../src/build/pool.js'
import { childEnv } from '../../src/proc/env.js'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

describe('compiler GC setting', () => {
  it.each([
    // the smallest GitHub-hosted Linux runner for private repositories: 2 cores, 7 GB; two go
    // builds, each a go command and two compiles
    [7 * GiB, 2, 2, '955MiB'],
    // the public repositories' Linux runner: 4 cores, 16 GB
    [16 * GiB, 4, 4, '655MiB'],
    [24 * GiB, 2, 2, '3276MiB'],
    [64 * GiB, 16, 4, '771MiB'],
    [7 * GiB, 2, 1, '1911MiB']
  ])('%d bytes, %d CPUs, parallel %d → GOGC=off GOMEMLIMIT %s', (total, cpus, parallel, limit) => {
    const gc = compilerGc({}, { totalBytes: total, cpus }, parallel)
    expect(gc.env).toEqual({ GOGC: 'off', GOMEMLIMIT: limit })
    expect(gc.reason).toContain(`GOGC=off GOMEMLIMIT=${limit}`)
    expect(gc.reason).toContain(`over ${parallel * (cpus + 1)} go processes at once`)
    expect(gc.reason).toMatch(/set GOGC or GOMEMLIMIT in the job's env/)
  })

  it.each([
    // too little memory for a useful limit: Go's own defaults, said so
    [2 * GiB, 4, 4],
    [6 * GiB, 4, 4],
    [1 * GiB, 1, 1]
  ])('%d bytes, %d CPUs, parallel %d: below the floor, go-xbuild sets nothing', (total, cpus, parallel) => {
    const gc = compilerGc({}, { totalBytes: total, cpus }, parallel)
    expect(gc.env).toEqual({})
    expect(gc.reason).toMatch(/^Go's own GC defaults for go and its compiles and links: .* below the 512 MiB go-xbuild needs to set GOGC=off; lower parallel/)
  })

  it.each([
    [{ GOGC: '100' }, 'GOGC=100'],
    [{ GOGC: 'off' }, 'GOGC=off'],
    [{ GOMEMLIMIT: '2GiB' }, 'GOMEMLIMIT=2GiB'],
    [{ GOGC: '50', GOMEMLIMIT: '1GiB' }, 'GOGC=50 GOMEMLIMIT=1GiB'],
    // an empty GOGC is Go's default: the way to ask for it
    [{ GOGC: '' }, "GOGC=(empty: Go's default)"]
  ])("the job's %o wins whole: go-xbuild sets nothing", (job, said) => {
    const gc = compilerGc(job, { totalBytes: 7 * GiB, cpus: 2 }, 2)
    expect(gc.env).toEqual({})
    expect(gc.reason).toBe(`${said} from the job's environment: go-xbuild sets no GC setting of its own`)
  })

  it('GOGC is off: collection is left to the per-process limit', () => {
    expect(COMPILER_GOGC).toBe('off')
    expect(concurrentGoProcesses(2, 2)).toBe(6)
    expect(concurrentGoProcesses(0, 0)).toBe(2)
  })

  it('the go processes that can run at once never share more than the memory share, and none is set below the floor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 64 }), (gib, cpus, parallel) => {
        const total = gib * GiB
        const gc = compilerGc({}, { totalBytes: total, cpus }, parallel)
        if (!gc.env.GOMEMLIMIT) {
          expect(gc.env).toEqual({})
          expect((total * MEMORY_SHARE) / (parallel * (cpus + 1))).toBeLessThan(MIN_MEMLIMIT_BYTES)
          return
        }
        const m = /^(\d+)MiB$/.exec(gc.env.GOMEMLIMIT)
        expect(m).not.toBeNull()
        const limit = Number(m?.[1]) * MiB
        expect(gc.env.GOGC).toBe('off')
        expect(limit).toBeGreaterThanOrEqual(MIN_MEMLIMIT_BYTES)
        expect(limit * parallel * (cpus + 1)).toBeLessThanOrEqual(total * MEMORY_SHARE)
      })
    )
  })

  it.each([
    [8 * GiB, undefined, 8 * GiB],
    [8 * GiB, 0, 8 * GiB],
    [8 * GiB, 2 * GiB, 2 * GiB],
    // no cgroup limit: Node reports a huge number
    [8 * GiB, 2 ** 62, 8 * GiB]
  ])('job memory of %d with a cgroup limit of %s is %d', (total, constrained, want) => {
    expect(jobMemory(total, constrained)).toBe(want)
  })

  it("a job's GOGC and GOMEMLIMIT reach go (and nothing else)", () => {
    const source = { GOGC: '200', GOMEMLIMIT: '3GiB', PATH: '/bin' }
    expect(childEnv({ kind: 'go', source })).toMatchObject({ GOGC: '200', GOMEMLIMIT: '3GiB' })
    expect(childEnv({ kind: 'tool', source })).not.toHaveProperty('GOMEMLIMIT')
    expect(childEnv({ kind: 'binary', source })).not.toHaveProperty('GOGC')
  })
})

describe('semaphore', () => {
  it('holds at most its limit, serves in order and gives the place back when the holder throws', async () => {
    const s = new Semaphore(2)
    const order: number[] = []
    let peak = 0
    const job = (i: number, ms: number, fail = false) =>
      s.with(async () => {
        peak = Math.max(peak, s.active)
        order.push(i)
        await new Promise((r) => setTimeout(r, ms))
        if (fail) throw new Error(`job ${i}`)
        return i
      })
    const results = await Promise.allSettled([job(1, 30, true), job(2, 10), job(3, 5), job(4, 5), job(5, 1)])
    expect(peak).toBe(2)
    expect(order).toEqual([1, 2, 3, 4, 5])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'])
    expect(s.active).toBe(0)
  })
  it('refuses a limit below 1', () => {
    expect(() => new Semaphore(0)).toThrow(/limit ≥ 1/)
  })
})
