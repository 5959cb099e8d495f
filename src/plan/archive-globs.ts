/**
 * `archive-files` as patterns, decided before anything is read from disk: the list split into
 * items (commas inside `{a,b}` stay in their item), each item checked as written — relative, no
 * `..` element, no control characters — and compiled with picomatch. Pure, so a bad item fails
 * in the plan with a message naming it. The directory walk that uses these lives in
 * src/release/archive-files.ts.
 */
import picomatch from 'picomatch/posix.js'
import { controlCharacterProblem, quoteFragment } from './values.js'

export interface ArchivePattern {
  /** The item as the user wrote it, for messages. */
  raw: string
  /** `!pattern`: removes matches of the other items. */
  negated: boolean
  /** Forward slashes, `./` and duplicate slashes dropped, without the leading `!`. */
  pattern: string
  /** Has glob syntax (`*`, `?`, `[…]`, `{…}`, extglobs); a plain path must exist, a glob may match nothing. */
  isGlob: boolean
  /** The pattern's leading directories without glob syntax: where its walk starts ('' for working-directory). */
  base: string
  /** How many directory levels below `base` a match can be (Infinity with `**`). */
  depth: number
  /** Whether a path relative to working-directory (forward slashes) matches. */
  matches: (rel: string) => boolean
}

/**
 * dot: false — `*` and `**` skip dot files and directories (`.env`, `.git`, `.github`) unless the
 * pattern spells the dot; nonegate — a leading `!` is ours, handled once, never picomatch's too;
 * posix — the shell's bracket forms: `[!a-z]` and `[[:alpha:]]`.
 */
const MATCH_OPTIONS: picomatch.PicomatchOptions = { dot: false, nonegate: true, strictBrackets: true, posix: true }

/**
 * The items of an `archive-files` value: one per line or comma, except that a comma inside `{…}` or
 * `[…]` belongs to the pattern (`completion/*.{bash,zsh}` is one item). An unclosed `{` or `[` is an
 * error rather than a guess.
 */
export function splitArchiveFiles(raw: string): string[] {
  const items: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    let braces = 0
    let bracket = false
    let current = ''
    for (const ch of line) {
      if (bracket) {
        if (ch === ']') bracket = false
      } else if (ch === '[') bracket = true
      else if (ch === '{') braces++
      else if (ch === '}' && braces > 0) braces--
      else if (ch === ',' && braces === 0) {
        items.push(current)
        current = ''
        continue
      }
      current += ch
    }
    if (braces > 0 || bracket) {
      throw new Error(`archive-files: ${quoteFragment(line.trim())} has an unclosed ${bracket ? '"["' : '"{"'}; close it, or write the character as a class ([{] or [[])`)
    }
    items.push(current)
  }
  return items.map((s) => s.trim()).filter(Boolean)
}

/**
 * One item, checked as written. Backslashes are directory separators (a Windows user's
 * `docs\guide.md`), so there is no escape character: a literal `*`, `?`, `[` or `{` is written as a
 * class (`[*]`). An absolute path, a `..` element and control characters are refused by name.
 */
export function parseArchivePattern(raw: string): ArchivePattern {
  const control = controlCharacterProblem(raw)
  if (control) throw new Error(`archive-files: ${quoteFragment(raw)} has ${control}; remove it`)
  const negated = raw.startsWith('!')
  const body = (negated ? raw.slice(1) : raw).trim().replace(/\\/g, '/')
  if (body === '') throw new Error(`archive-files: ${quoteFragment(raw)} is an empty pattern; write "!pattern" to leave files out`)
  if (body.startsWith('/') || /^[a-zA-Z]:/.test(body)) {
    throw new Error(`archive-files: "${raw}" is an absolute path; archive-files are relative to working-directory and stay inside it`)
  }
  if (body.split('/').includes('..')) {
    throw new Error(`archive-files: "${raw}" has a ".." element; archive-files are relative to working-directory and stay inside it`)
  }
  const pattern = body
    .split('/')
    .filter((e) => e !== '.' && e !== '')
    .join('/')
  if (pattern === '') throw new Error(`archive-files: "${raw}" names working-directory itself; name files, or use a pattern such as "docs/**"`)
  const scan = picomatch.scan(pattern, MATCH_OPTIONS)
  let matches: ArchivePattern['matches']
  try {
    matches = picomatch(pattern, MATCH_OPTIONS)
  } catch (error) {
    throw new Error(`archive-files: ${quoteFragment(raw)} is not a valid pattern: ${(error as Error).message}`, { cause: error })
  }
  const base = scan.isGlob ? scan.base : ''
  const rest = scan.isGlob ? scan.glob : pattern
  return {
    raw,
    negated,
    pattern,
    isGlob: scan.isGlob,
    base,
    // an upper bound: a `/` inside braces counts as a level too, which only walks a little further
    depth: rest.includes('**') ? Infinity : (rest.match(/\//g)?.length ?? 0) + 1,
    matches
  }
}

/** Every item parsed; the first bad one fails with its own message. */
export function parseArchivePatterns(items: string[]): ArchivePattern[] {
  return items.map(parseArchivePattern)
}

/** A path is left out when an exclusion matches it or any directory above it (`!vendor` leaves out vendor/…). */
export function isExcluded(rel: string, exclusions: ArchivePattern[]): boolean {
  if (!exclusions.length) return false
  for (let cut = rel.length; cut > 0; cut = rel.lastIndexOf('/', cut - 1)) {
    const prefix = rel.slice(0, cut)
    if (exclusions.some((x) => x.matches(prefix))) return true
  }
  return false
}
