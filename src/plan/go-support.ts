/**
 * What the installed Go can build: its own port list (`go tool dist list`) and the Go release
 * that introduced each variant, checked once Go is known. Pure: the port list is passed in.
 */
import semver from 'semver'
import { VARIANT_FAMILIES } from './platforms.js'
import { canonicalTarget, type Target } from './targets.js'

export function unsupportedTargets(goVersion: string, distList: Iterable<string>, targets: Target[]): string[] {
  const ports = new Set(distList)
  const problems: string[] = []
  for (const t of targets) {
    const pair = `${t.goos}/${t.goarch}`
    if (!ports.has(pair)) {
      problems.push(`${pair} is not a port of Go ${goVersion} (go tool dist list); pick another go-version or drop the target`)
      continue
    }
    const family = VARIANT_FAMILIES[t.goarch]
    const min = t.variant && family ? (family.variantMinGo?.[t.variant] ?? family.minGo) : undefined
    if (min && semver.lt(goVersion, semver.coerce(min)?.version ?? '0.0.0')) {
      problems.push(`${canonicalTarget(t)} needs Go ${min} or newer (${family?.env}); Go is ${goVersion}`)
    }
  }
  return problems
}
