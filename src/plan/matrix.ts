/** The `matrix` output: `{"include":[{"target":"linux/amd64"}, …]}` for `strategy.matrix: ${{ fromJSON(…) }}`. */
import { canonicalTarget, type Target } from './targets.js'

export interface Matrix {
  include: Array<{ target: string }>
}

export function buildMatrix(targets: Target[]): Matrix {
  return { include: targets.map((t) => ({ target: canonicalTarget(t) })) }
}
