import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILER_GOGC, compilerGc, jobMemory, MEMORY_SHARE, MIN_MEMLIMIT_BYTES } from '../../src/build/compiler-gc.js'
import { Semaphore } from '../../src/build/pool.js'
import { childEnv } from '../../src/proc/env.js'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

describe('compiler GC setting', () => {
  it.each([
    // the smallest GitHub-hosted Linux runner for private repositories: 2 cores, 7 GB
    [7 * GiB, 2, 2, '1433MiB'],
    [16 * GiB, 4, 4, '819MiB'],
    [24 * GiB, 2, 2, '4915MiB'],
    // too little memory for the share: the floor, not a limit below a large package's live heap
    [2 * GiB, 4, 4, '512MiB']
  ])('%d bytes, %d CPUs, parallel %d → GOMEMLIMIT %s', (total, cpus, parallel, limit) => {
    const gc = compilerGc({}, { totalBytes: total, cpus }, parallel)
    expect(gc.env).toEqual({ GOGC: String(COMPILER_GOGC), GOMEMLIMIT: limit })
    expect(gc.reason).toContain(`GOGC=${COMPILER_GOGC} GOMEMLIMIT=${limit}`)
    expect(gc.reason).toMatch(/set GOGC or GOMEMLIMIT in the job's env/)
  })

  it.each([
    [{ GOGC: '100' }, 'GOGC=100'],
    [{ GOGC: 'off' }, 'GOGC=off'],
    [{ GOMEMLIMIT: '2GiB' }, 'GOMEMLIMIT=2GiB'],
    [{ GOGC: '50', GOMEMLIMIT: '1GiB' }, 'GOGC=50 GOMEMLIMIT=1GiB']
  ])("the job's %o wins whole: go-xbuild sets nothing", (job, said) => {
    const gc = compilerGc(job, { totalBytes: 7 * GiB, cpus: 2 }, 2)
    expect(gc.env).toEqual({})
    expect(gc.reason).toBe(`${said} from the job's environment: go-xbuild sets no GC setting of its own`)
  })

  it('an empty GOGC is no setting', () => {
    expect(compilerGc({ GOGC: '' }, { totalBytes: 7 * GiB, cpus: 2 }, 2).env.GOGC).toBe(String(COMPILER_GOGC))
  })

  it('the processes that can run at once never share more than the memory share, unless each is at the floor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 64 }), (gib, cpus, parallel) => {
        const total = gib * GiB
        const gc = compilerGc({}, { totalBytes: total, cpus }, parallel)
        const m = /^(\d+)MiB$/.exec(gc.env.GOMEMLIMIT ?? '')
        expect(m).not.toBeNull()
        const limit = Number(m?.[1]) * MiB
        expect(limit).toBeGreaterThanOrEqual(MIN_MEMLIMIT_BYTES)
        if (limit > MIN_MEMLIMIT_BYTES) expect(limit * parallel * cpus).toBeLessThanOrEqual(total * MEMORY_SHARE)
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
