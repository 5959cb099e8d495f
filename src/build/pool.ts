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
