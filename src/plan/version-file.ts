/**
 * `go-version-file`: which Go a project asks for, read from go.mod, go.work, .go-version or
 * .tool-versions. Pure: takes the file's name and text.
 *
 * go.mod / go.work follow the go command's own rules (go.dev/doc/toolchain): a `toolchain` line
 * names the exact toolchain and wins; otherwise the `go` line is a minimum, so any newer Go
 * satisfies it — the same Go a developer's `go build` would accept.
 */
import { controlCharacterProblem, quoteFragment } from './values.js'

export class VersionFileError extends Error {}

/**
 * A version token taken from the file, or an error that quotes none of the file: a go-version-file
 * pointed (by mistake or by a symlink) at /proc/self/environ or a key must not have its content
 * replayed into the log. Only a short, plain token is ever echoed.
 */
function versionToken(fileName: string, token: string, what: string): string {
  if (token.length > 40 || controlCharacterProblem(token) || !/^[0-9A-Za-z.+~^*<>=_-]+$/.test(token)) {
    throw new VersionFileError(`go-version-file: ${fileName}: ${what} is not a Go version (its content is not shown); check that go-version-file names the right file`)
  }
  return token
}

export interface VersionRequest {
  /** Text for parseGoVersionSpec. */
  spec: string
  /** Where it came from, for the log. */
  origin: string
}

const stripComment = (line: string): string => line.replace(/\/\/.*$/, '').trim()

export function readGoDirectives(text: string): { go?: string; toolchain?: string } {
  const out: { go?: string; toolchain?: string } = {}
  for (const raw of text.split('\n')) {
    const line = stripComment(raw)
    const m = /^(go|toolchain)\s+(\S+)$/.exec(line)
    if (m) out[m[1] as 'go' | 'toolchain'] = m[2]
  }
  return out
}

export function parseVersionFile(fileName: string, text: string): VersionRequest {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  if (base === 'go.mod' || base === 'go.work') {
    const { go, toolchain } = readGoDirectives(text)
    if (toolchain && toolchain !== 'default') {
      versionToken(fileName, toolchain, 'the toolchain line')
      const version = toolchain.replace(/^go/, '').replace(/-.*$/, '') // go1.23.4-custom → 1.23.4
      return { spec: version, origin: `${fileName} (toolchain ${toolchain})` }
    }
    if (go) {
      versionToken(fileName, go, 'the go line')
      return { spec: `>=${normalizeMinimum(go)}`, origin: `${fileName} (go ${go}, a minimum)` }
    }
    throw new VersionFileError(`go-version-file: ${fileName} has neither a "go" nor a "toolchain" line`)
  }
  if (base === '.tool-versions') {
    for (const raw of text.split('\n')) {
      const m = /^\s*(golang|go)\s+(\S+)/.exec(raw.replace(/#.*$/, ''))
      if (m) return { spec: versionToken(fileName, m[2] as string, `the ${m[1]} line`), origin: `${fileName} (${m[1]} ${m[2]})` }
    }
    throw new VersionFileError(`go-version-file: ${fileName} has no "golang" (or "go") line`)
  }
  const first = text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .find(Boolean)
  if (!first) throw new VersionFileError(`go-version-file: ${fileName} is empty`)
  return { spec: versionToken(fileName, first, 'the first line').replace(/^go(?=\d)/, ''), origin: fileName }
}

/** `1.22` → `1.22.0`, `1.21rc2` → `1.21.0-rc.2`: a semver lower bound for a `go` line. */
function normalizeMinimum(go: string): string {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(go)
  if (!m) throw new VersionFileError(`go-version-file: "go ${quoteFragment(go, 40).slice(1, -1)}" is not a Go version`)
  return `${m[1]}.${m[2]}.${m[3] ?? '0'}${m[4] ? `-${m[4]}.${m[5]}` : ''}`
}
