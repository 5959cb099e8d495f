/**
 * Rules for the names the plan writes into output-dir (`filename`, `archive-name`): relative,
 * inside output-dir, portable to every OS the binaries are for, and clear of every name a later
 * stage writes. Pure, so the plan refuses a bad name before anything is downloaded.
 */
import { controlCharacterProblem, nameElementProblem, quoteFragment } from './values.js'

/**
 * Files later stages write at the top of output-dir (release/manifest.ts, release/output-dir.ts,
 * release/sign/stages.ts; a unit test holds this list to those constants). Compared without case:
 * macOS and Windows file systems would make `sha256sums` the same file.
 */
export const RESERVED_OUTPUT_NAMES = ['SHA256SUMS', 'manifest.json', '.gitignore', 'cosign.pub'] as const

/** Companions written beside every file: signatures (cosign/gpg/sigstore, `<file>.sig` etc.) and SBOMs (`<file>.spdx.json`, `<file>.cdx.json`). */
export const COMPANION_SUFFIXES = ['.sig', '.asc', '.sigstore.json', '.spdx.json', '.cdx.json'] as const

const RESERVED = new Set(RESERVED_OUTPUT_NAMES.map((n) => n.toLowerCase()))

/**
 * The normalised relative path (forward slashes, no `.` or empty elements), or the problem.
 * Backslashes are refused rather than converted: on Linux and macOS they are part of a name, on
 * Windows a separator — the same template would mean two different things.
 */
export function outputPathProblem(file: string): { path: string } | { problem: string } {
  if (file === '') return { problem: 'is empty' }
  const control = controlCharacterProblem(file)
  if (control) return { problem: `${quoteFragment(file)} has ${control}` }
  if (file.includes('\\')) return { problem: `${quoteFragment(file)} has a backslash; use / between directories` }
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return { problem: `${quoteFragment(file)} must be a relative path inside output-dir` }
  if (file.endsWith('/')) return { problem: `${quoteFragment(file)} ends with "/", so it names a directory, not a file` }
  const elements = file.split('/').filter((e) => e !== '' && e !== '.')
  if (elements.includes('..')) return { problem: `${quoteFragment(file)} has a ".." element; it must be a relative path inside output-dir` }
  if (elements.length === 0) return { problem: `${quoteFragment(file)} must be a relative path inside output-dir` }
  for (const e of elements) {
    const p = nameElementProblem(e)
    if (p) return { problem: elements.length > 1 ? `${quoteFragment(file)}: the element ${p}` : p }
    if (RESERVED.has(e.toLowerCase())) return { problem: `${quoteFragment(file)} uses ${JSON.stringify(e)}, a name go-xbuild writes itself` }
    const suffix = COMPANION_SUFFIXES.find((s) => e.toLowerCase().endsWith(s))
    if (suffix) return { problem: `${quoteFragment(file)} ends in ${suffix}, which go-xbuild keeps for the signatures and SBOMs it writes beside each file` }
  }
  return { path: elements.join('/') }
}

/** The directories a relative path implies: `a/b/c` → `a`, `a/b`. */
export function parentDirectories(file: string): string[] {
  const out: string[] = []
  for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) out.push(file.slice(0, i))
  return out
}
