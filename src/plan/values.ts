/**
 * Checks on single values that become names, paths, versions, package paths or outputs. Pure
 * functions that return the problem as text (or undefined), so every caller throws its own error
 * class naming its own input — the same check serves `package` today and a `packages` list later.
 */

/**
 * Characters no name, path, version or log line should hold: C0 controls (newline, CR, NUL, tab …),
 * DEL and C1, the left-to-right/right-to-left marks, Unicode's line and paragraph separators (JS
 * and many log viewers break lines there) and the bidi embeddings, overrides and isolates, which
 * make text display in an order other than the one in which it is stored ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0a: 'newline',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'DEL',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator'
}

const codePoint = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`

/** "U+000A (newline) at character 5", or undefined when the value is clean. */
export function controlCharacterProblem(value: string): string | undefined {
  const m = CONTROL.exec(value)
  if (!m) return undefined
  const c = m[0].charCodeAt(0)
  const name = CONTROL_NAMES[c] ?? (c >= 0x202a ? 'a bidirectional-text control' : 'a control character')
  return `${codePoint(c)} (${name}) at character ${m.index + 1}`
}

/**
 * A value quoted for an error message: JSON-escaped, control and bidi characters spelled as \uXXXX,
 * and cut to `max` characters — an error never replays a whole file or a whole hostile input.
 */
export function quoteFragment(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * `package` (and any future list of main packages): what `go build` is given as its last
 * argument. It must be a package path — `.`, `./cmd/x`, `cmd/x` — never something go would read
 * as a flag (`-toolexec=…` runs a program), never absolute, never with control characters.
 * It is passed to go as given, so go's own meaning holds (an import path such as
 * example.com/tool/cmd/tool works too).
 */
export function packagePathProblem(value: string): string | undefined {
  if (value === '') return 'is empty; use "." for the module root or a path such as ./cmd/tool'
  const control = controlCharacterProblem(value)
  if (control) return `${quoteFragment(value)} has ${control}`
  if (value.startsWith('-')) return `${quoteFragment(value)} starts with "-", which go would read as a flag; name a package path such as ./cmd/tool`
  if (value.includes('\\')) return `${quoteFragment(value)} has a backslash; write the path with forward slashes (./cmd/tool), which go accepts on every OS`
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value)) {
    return `${quoteFragment(value)} is an absolute path; give a path relative to working-directory, such as ./cmd/tool`
  }
  if (/\s/.test(value)) return `${quoteFragment(value)} has white space; package directories with spaces cannot be built portably`
  if (/[*?[\]{}$`'"<>|;&]/.test(value) || value.includes('...')) {
    return `${quoteFragment(value)} is a pattern or holds shell syntax; name one main package, such as ./cmd/tool`
  }
  return undefined
}

/** Windows reserves these names in every directory, with any extension (`nul.txt` is NUL too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i

/**
 * One element of a file name (a path component, or `name`, which becomes the file name inside
 * every archive): not empty, not `.`/`..`, no separators, nothing some OS cannot store.
 */
export function nameElementProblem(element: string): string | undefined {
  if (element === '') return 'is empty'
  const control = controlCharacterProblem(element)
  if (control) return `${quoteFragment(element)} has ${control}`
  if (element === '.' || element === '..') return `${quoteFragment(element)} is not a file name`
  if (/[/\\]/.test(element)) return `${quoteFragment(element)} has a path separator`
  if (/[<>:"|?*]/.test(element)) return `${quoteFragment(element)} has a character that is not allowed in file names on every OS (< > : " | ? *)`
  if (WINDOWS_DEVICE.test(element)) return `${quoteFragment(element)} is a device name on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension)`
  if (/[. ]$/.test(element)) return `${quoteFragment(element)} ends with a dot or a space, which Windows drops`
  return undefined
}
