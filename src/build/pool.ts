/**
 * A bounded pool: at most `limit` workers at once, started in the order given. With `failFast`, the
 * first failure stops new work from starting (work already running finishes).
 */
export interface PoolResult<R> {
  results: Array<{ ok: true; value: R } | { ok: false; error: unknown } | { ok: false; skipped: true }>
}

export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
  opts: { failFast?: boolean } = {}
): Promise<PoolResult<R>> {
  const results: PoolResult<R>['results'] = new Array(items.length)
  let next = 0
  let stopped = false
  const lane = async (): Promise<void> => {
    for (;;) {
      const i = next++
      if (i >= items.length) return
      if (stopped) {
        results[i] = { ok: false, skipped: true }
        continue
      }
      try {
        results[i] = { ok: true, value: await worker(items[i] as T, i) }
      } catch (error) {
        results[i] = { ok: false, error }
        if (opts.failFast) stopped = true
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
  return { results }
}

/**
 * At most `limit` holders at once, served in the order they asked. The build stage gives go build
 * and the per-target steps (UPX, archives, SBOMs) a semaphore each, so a target's packing never
 * keeps the next target's go build waiting.
 */
export class Semaphore {
  private held = 0
  private readonly waiting: Array<() => void> = []
  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a semaphore needs a limit ≥ 1, not ${limit}`)
  }

  /** Runs `fn` once a place is free; the place is given back however `fn` ends. */
  async with<R>(fn: () => Promise<R>): Promise<R> {
    if (this.held >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.held++
    try {
      return await fn()
    } finally {
      const next = this.waiting.shift()
      // the place passes straight to the next in line, so `held` never drops below the queue's need
      if (next) next()
      else this.held--
    }
  }

  /** Holders right now (for tests). */
  get active(): number {
    return this.held
  }
}
