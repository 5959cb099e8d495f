/**
 * The build matrix for fan-out: one entry per target or per group of targets, each with the
 * `targets` value to pass on and the runner it needs. Pure.
 *
 * Every entry keeps a `target` key when it holds a single target, so
 * `{"include":[{"target":"linux/amd64"},…]}` — what a one-target-per-job matrix needs — is what
 * the default grouping gives.
 */
import { createHash } from 'node:crypto'
import { canonicalTarget, type Target } from './targets.js'

export type GroupBy = { kind: 'target' } | { kind: 'os' } | { kind: 'count'; max: number }

export interface MatrixEntry {
  /** Stable, filename-safe id: `linux-arm-v7`, `linux`, `group-1-3f2a9c1b`. */
  id: string
  /** Present when the entry holds exactly one target. */
  target?: string
  /** The exact value to pass to the build job's `targets` input. */
  targets: string
  'runs-on': string
  /** mode: plan's exact Go version, for the build job's `go-version` (every job builds with the same Go). */
  'go-version'?: string
}

export interface Matrix {
  include: MatrixEntry[]
}

export interface MatrixOptions {
  groupBy: GroupBy
  runsOn: string
  /** Runner for targets that must build on macOS (darwin cgo). */
  macosRunsOn: string
  needsMacOS: (t: Target) => boolean
  /** The exact Go version every entry pins (mode: plan resolves it once). */
  goVersion?: string
}

export const DEFAULT_MATRIX_OPTIONS: MatrixOptions = {
  groupBy: { kind: 'target' },
  runsOn: 'ubuntu-latest',
  macosRunsOn: 'macos-latest',
  needsMacOS: () => false
}

export class MatrixError extends Error {}

export function parseGroupBy(raw: string): GroupBy {
  const text = raw.trim().toLowerCase()
  if (text === '' || text === 'target') return { kind: 'target' }
  if (text === 'os') return { kind: 'os' }
  const n = Number(text)
  if (Number.isInteger(n) && n >= 1) return { kind: 'count', max: n }
  throw new MatrixError(`group-by: "${raw}" is not target, os, or a whole number of targets per job`)
}

const slug = (s: string): string => s.replace(/[^a-z0-9.]+/gi, '-').replace(/^-|-$/g, '')

/** Splits `items` into `ceil(n/max)` groups whose sizes differ by at most one, keeping order. */
function balanced<T>(items: T[], max: number): T[][] {
  const groups = Math.max(1, Math.ceil(items.length / max))
  const out: T[][] = []
  let start = 0
  for (let g = 0; g < groups; g++) {
    const size = Math.floor(items.length / groups) + (g < items.length % groups ? 1 : 0)
    out.push(items.slice(start, start + size))
    start += size
  }
  return out.filter((g) => g.length)
}

export function buildMatrix(targets: Target[], opts: MatrixOptions = DEFAULT_MATRIX_OPTIONS): Matrix {
  // targets that need a macOS runner never share a job with the others
  const lanes = new Map<string, Target[]>()
  for (const t of targets) {
    const runsOn = opts.needsMacOS(t) ? opts.macosRunsOn : opts.runsOn
    lanes.set(runsOn, [...(lanes.get(runsOn) ?? []), t])
  }
  const include: MatrixEntry[] = []
  for (const [runsOn, lane] of lanes) {
    let groups: Target[][]
    if (opts.groupBy.kind === 'target') groups = lane.map((t) => [t])
    else if (opts.groupBy.kind === 'os') {
      const byOs = new Map<string, Target[]>()
      for (const t of lane) byOs.set(t.goos, [...(byOs.get(t.goos) ?? []), t])
      groups = [...byOs.values()]
    } else groups = balanced(lane, opts.groupBy.max)

    for (const group of groups) {
      const names = group.map(canonicalTarget)
      let id: string
      if (opts.groupBy.kind === 'os') id = slug(group[0]?.goos as string)
      else if (group.length === 1) id = slug(names[0] as string)
      else id = `group-${include.length + 1}-${createHash('sha256').update(names.join(' ')).digest('hex').slice(0, 8)}`
      if (lanes.size > 1 && runsOn === opts.macosRunsOn && opts.groupBy.kind === 'os') id = `${id}-macos`
      include.push({ id, ...(group.length === 1 ? { target: names[0] } : {}), targets: names.join(' '), 'runs-on': runsOn, ...(opts.goVersion ? { 'go-version': opts.goVersion } : {}) })
    }
  }
  const ids = new Set<string>()
  for (const e of include) {
    if (ids.has(e.id)) throw new MatrixError(`matrix: two entries would share the id ${e.id}`)
    ids.add(e.id)
  }
  return { include }
}
