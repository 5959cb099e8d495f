/**
 * The `targets` grammar: `os/arch[/variant]` items separated by commas, spaces or newlines;
 * `*` and `?` inside an os or arch element (`linux/*`, `linux/mips*`, `*bsd/*`); `all` for Go's
 * first-class ports; `!item` to exclude.
 * Pure: the whole list is checked against the port table before any download.
 */
import { findPort, KNOWN_GOARCH, KNOWN_GOOS, PORTS, VARIANT_FAMILIES, type Port } from './platforms.js'
import { nearest } from './suggest.js'
import { quoteFragment } from './values.js'

export interface Target {
  goos: string
  goarch: string
  /** '' when the user gave none: Go's default for the arch applies. */
  variant: string
}

export class TargetsError extends Error {}

export function canonicalTarget(t: Target): string {
  return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`
}

/** The Go environment that selects this target (GOOS, GOARCH and the variant's variable). */
export function targetEnv(t: Target): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch }
  const family = VARIANT_FAMILIES[t.goarch]
  if (family && t.variant) env[family.env] = family.toEnv(t.variant)
  return env
}

/** The variant Go will actually use: the given one or Go's default for the arch ('' if none). */
export function effectiveVariant(t: Target): string {
  return t.variant || VARIANT_FAMILIES[t.goarch]?.goDefault || ''
}

/** Reads a canonical `os/arch[/variant]` back (manifest entries, matrix values). */
export function targetFromCanonical(item: string): Target {
  const [goos = '', goarch = '', variant = ''] = item.split('/')
  return { goos, goarch, variant }
}

/** Ports a wildcard may expand to: those that link without cgo (android/x86, ios need an SDK). */
const wildcardPorts = (): Port[] => PORTS.filter((p) => !p.needsCgo)

/** Every concrete spelling a user might have meant, for "did you mean" suggestions (built once). */
let spellingCache: string[] | undefined
function spellings(): string[] {
  if (spellingCache) return spellingCache
  const out: string[] = ['all']
  spellingCache = out
  for (const p of PORTS) {
    out.push(`${p.goos}/${p.goarch}`)
    for (const v of VARIANT_FAMILIES[p.goarch]?.variants ?? []) out.push(`${p.goos}/${p.goarch}/${v}`)
  }
  for (const os of KNOWN_GOOS) out.push(`${os}/*`)
  for (const arch of KNOWN_GOARCH) out.push(`*/${arch}`)
  return out
}

/** Splits the raw input into items; `#` starts a comment that runs to the end of the line. */
export function splitTargetItems(input: string): string[] {
  return input
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join(' ')
    .split(/[\s,]+/)
    .filter(Boolean)
}

interface Pattern {
  item: string
  goos: string
  goarch: string
  variant: string
}

const isGlob = (element: string): boolean => /[*?]/.test(element)

/**
 * One element of an item (`mips*`, `*bsd`, `*`) as a whole-element matcher: `*` is any run of
 * characters, `?` one character. GOOS and GOARCH names are lower-case letters and digits, so there is
 * nothing else to escape and nothing a path separator could mean here.
 */
function elementMatcher(element: string): (name: string) => boolean {
  if (!isGlob(element)) return (name) => name === element
  const re = new RegExp(`^${element.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
  return (name) => re.test(name)
}

const matches = (p: Pattern, port: { goos: string; goarch: string }): boolean =>
  elementMatcher(p.goos)(port.goos) && elementMatcher(p.goarch)(port.goarch)

/** Checks one item; returns a pattern or an error message that names the item and a fix. */
function checkItem(item: string, suggest: boolean): Pattern | string {
  // no target is this long; quoting it whole, or computing edit distances to it, would only cost
  if (item.length > 64) return `${quoteFragment(item, 40)} is not of the form os/arch or os/arch/variant`
  const parts = item.split('/')
  const suggestion = (): string => {
    // the longest port spelling is under 30 characters: nothing longer is a typo of one
    if (!suggest || item.length > 32) return ''
    const s = nearest(item.toLowerCase(), spellings())
    return s && s !== item ? `; did you mean "${s}"?` : ''
  }
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    return `"${item}" is not of the form os/arch or os/arch/variant${suggestion()}`
  }
  const [goos, goarch, variant = ''] = parts as [string, string, string?]
  if (!KNOWN_GOOS.some(elementMatcher(goos))) {
    return `"${item}": ${isGlob(goos) ? `"${goos}" matches no GOOS` : `unknown GOOS "${goos}"`}${suggestion()}`
  }
  if (!KNOWN_GOARCH.some(elementMatcher(goarch))) {
    return `"${item}": ${isGlob(goarch) ? `"${goarch}" matches no GOARCH` : `unknown GOARCH "${goarch}"`}${suggestion()}`
  }
  if (!isGlob(goos) && !isGlob(goarch) && !findPort(goos, goarch)) {
    const archs = PORTS.filter((p) => p.goos === goos).map((p) => p.goarch)
    return `"${item}" is not a Go port (${goos} supports ${archs.join(', ')})${suggestion()}`
  }
  if ((isGlob(goos) || isGlob(goarch)) && !PORTS.some((port) => matches({ item, goos, goarch, variant }, port))) {
    return `"${item}" matches no Go port${suggestion()}`
  }
  if (variant) {
    if (isGlob(variant)) return `"${item}": a variant cannot be a pattern; name it, as in linux/arm/v7`
    if (isGlob(goarch)) return `"${item}": a variant needs a concrete arch (variants differ per arch)`
    const family = VARIANT_FAMILIES[goarch]
    if (!family) return `"${item}": ${goarch} takes no variant; write "${goos}/${goarch}"`
    if (!family.variants.includes(variant)) {
      return `"${item}": unknown ${goarch} variant "${variant}" (${family.env}); valid: ${family.variants.join(', ')}${suggestion()}`
    }
  }
  return { item, goos, goarch, variant }
}

function expand(p: Pattern): Target[] {
  if (!isGlob(p.goos) && !isGlob(p.goarch)) return [{ goos: p.goos, goarch: p.goarch, variant: p.variant }]
  return wildcardPorts()
    .filter((port) => matches(p, port))
    .map((port) => ({ goos: port.goos, goarch: port.goarch, variant: p.variant }))
}

/** An exclusion without a variant removes every variant of the pair; with one, only that variant. */
function excludes(p: Pattern, t: Target): boolean {
  return matches(p, t) && (p.variant === '' || p.variant === t.variant)
}

const MAX_LISTED_ERRORS = 10

/**
 * Expands the `targets` input into an ordered, duplicate-free list of targets. Every bad item is
 * reported in one error, each with the nearest valid spelling.
 */
export function parseTargets(input: string, inputName = 'targets'): Target[] {
  const items = splitTargetItems(input)
  if (items.length === 0) {
    throw new TargetsError(`${inputName} is empty: list targets such as "linux/amd64, darwin/arm64, windows/amd64", or "all"`)
  }
  const include: Pattern[] = []
  const exclude: Pattern[] = []
  const errors: string[] = []
  for (const raw of items) {
    const negated = raw.startsWith('!')
    const item = negated ? raw.slice(1) : raw
    if (item === 'all') {
      if (negated) errors.push('"!all" excludes everything; remove it')
      else include.push({ item, goos: 'all', goarch: '', variant: '' })
      continue
    }
    // suggestions (edit distances to every spelling) for the first few bad items only: bounded work on a hostile list
    const checked = checkItem(item, errors.length < MAX_LISTED_ERRORS)
    if (typeof checked === 'string') errors.push(checked)
    else (negated ? exclude : include).push(checked)
  }
  if (errors.length) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS)
    if (errors.length > listed.length) listed.push(`… and ${errors.length - listed.length} more`)
    throw new TargetsError(`${inputName}: ${errors.length === 1 ? errors[0] : '\n  - ' + listed.join('\n  - ')}`)
  }
  if (include.length === 0) {
    throw new TargetsError(`${inputName} has only exclusions; name what to build first, e.g. "linux/*, !linux/mips"`)
  }
  const seen = new Set<string>()
  const out: Target[] = []
  for (const p of include) {
    const expanded =
      p.goos === 'all' ? PORTS.filter((port) => port.firstClass).map((port) => ({ goos: port.goos, goarch: port.goarch, variant: '' })) : expand(p)
    for (const t of expanded) {
      const key = canonicalTarget(t)
      if (seen.has(key) || exclude.some((e) => excludes(e, t))) continue
      seen.add(key)
      out.push(t)
    }
  }
  if (out.length === 0) {
    throw new TargetsError(`${inputName}: the exclusions remove every target; nothing is left to build`)
  }
  return out
}
