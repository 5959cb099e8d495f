/**
 * Go versions: Go's own spelling (`go1.22.3`, `go1.21rc2`, `go1.20`) to semver and back, the
 * `go-version` grammar, and resolution against the release index (`?mode=json&include=all`).
 * Pure: the index is passed in.
 */
import semver from 'semver'
import { checkIndexFileName, checkIndexSha256, expectedGoArchive } from './index-names.js'

export interface GoIndexFile {
  filename: string
  os: string
  arch: string
  version: string
  sha256: string
  size?: number
  kind: string
}

export interface GoIndexRelease {
  version: string
  stable: boolean
  files: GoIndexFile[]
}

export class GoVersionError extends Error {}

/** `go1.22.3` → `1.22.3`, `go1.21rc2` → `1.21.0-rc.2`, `go1.20` → `1.20.0`; undefined if not a Go version. */
export function goToSemver(version: string): string | undefined {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(version.trim())
  if (!m) return undefined
  const [, major, minor, patch = '0', pre, preN] = m
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preN}` : ''}`
}

/** `1.22.3` → `go1.22.3`; `1.21.0-rc.2` → `go1.21rc2` (Go's spelling for release candidates). */
export function semverToGo(version: string): string {
  const v = semver.parse(version)
  if (!v) return `go${version}`
  if (v.prerelease.length) {
    // go1.21rc2 names the prerelease of 1.21.0; older ones (go1.20rc1) never had a .0 either
    return `go${v.major}.${v.minor}${v.prerelease.join('')}`
  }
  // before 1.21, the first release of a minor was go1.N, not go1.N.0
  if (v.patch === 0 && v.major === 1 && v.minor < 21) return `go${v.major}.${v.minor}`
  return `go${v.major}.${v.minor}.${v.patch}`
}

export type GoVersionSpec =
  | { kind: 'exact'; version: string; raw: string }
  | { kind: 'range'; range: string; raw: string }
  | { kind: 'alias'; alias: 'stable' | 'oldstable'; raw: string }

/**
 * Parses `go-version`: an exact version (`1.22.3`, `go1.22.3`, `1.21rc2`), a minor line (`1.22` →
 * its newest patch), a semver range (`1.23.x`, `^1.22`, `>=1.21 <1.24`), `stable` or `oldstable`.
 */
export function parseGoVersionSpec(raw: string, inputName = 'go-version'): GoVersionSpec {
  const text = raw.trim()
  const lower = text.toLowerCase()
  if (lower === 'stable' || lower === 'latest') return { kind: 'alias', alias: 'stable', raw: text }
  if (lower === 'oldstable') return { kind: 'alias', alias: 'oldstable', raw: text }
  const minorOnly = /^(?:go)?(\d+)\.(\d+)$/.exec(text)
  if (minorOnly) return { kind: 'range', range: `~${minorOnly[1]}.${minorOnly[2]}.0`, raw: text }
  const exact = goToSemver(text)
  if (exact) return { kind: 'exact', version: exact, raw: text }
  if (semver.valid(text)) return { kind: 'exact', version: semver.valid(text) as string, raw: text }
  const range = semver.validRange(text)
  if (range) return { kind: 'range', range: text, raw: text }
  throw new GoVersionError(
    `${inputName}: "${raw}" is not a Go version; use an exact version (1.23.4), a line (1.23), a range (1.23.x, ^1.22, ">=1.21 <1.24"), stable or oldstable`
  )
}

export function describeSpec(spec: GoVersionSpec): string {
  return spec.kind === 'exact' ? spec.version : spec.kind === 'range' ? spec.range : spec.alias
}

/** Whether a known version satisfies the spec without asking the index (aliases never do). */
export function satisfiesLocally(version: string, spec: GoVersionSpec): boolean {
  if (spec.kind === 'exact') return semver.eq(version, spec.version)
  if (spec.kind === 'range') return semver.satisfies(version, spec.range, { includePrerelease: false })
  return false
}

/** The best of several local versions for a spec (highest satisfying), or undefined. */
export function bestLocal(versions: string[], spec: GoVersionSpec): string | undefined {
  const ok = versions.filter((v) => semver.valid(v) && satisfiesLocally(v, spec))
  return ok.sort(semver.rcompare)[0]
}

export interface ResolvedGo {
  version: string
  file: GoIndexFile
}

/**
 * The release a spec picks from the index, whatever the platform (mode: plan pins it for build jobs
 * on several runners). Ranges and aliases consider stable releases only; an exact version may name
 * a prerelease.
 */
export function resolveRelease(index: GoIndexRelease[], spec: GoVersionSpec, inputName = 'go-version'): { release: GoIndexRelease; version: string } {
  // the index is text from the network: entries that are not shaped like releases are skipped
  const releases = index
    .filter((r) => typeof r === 'object' && r !== null && typeof r.version === 'string' && Array.isArray(r.files))
    .map((r) => ({ release: r, version: goToSemver(r.version) }))
    .filter((r): r is { release: GoIndexRelease; version: string } => r.version !== undefined)
    .sort((a, b) => semver.rcompare(a.version, b.version))
  let chosen: { release: GoIndexRelease; version: string } | undefined
  if (spec.kind === 'exact') {
    chosen = releases.find((r) => semver.eq(r.version, spec.version))
  } else if (spec.kind === 'range') {
    chosen = releases.find((r) => r.release.stable && semver.satisfies(r.version, spec.range))
  } else {
    const stable = releases.filter((r) => r.release.stable)
    const newest = stable[0]
    if (newest && spec.alias === 'stable') chosen = newest
    if (newest && spec.alias === 'oldstable') {
      const minor = semver.minor(newest.version)
      chosen = stable.find((r) => semver.minor(r.version) === minor - 1 && semver.major(r.version) === semver.major(newest.version))
    }
  }
  if (!chosen) {
    const newest = releases.filter((r) => r.release.stable).slice(0, 3).map((r) => r.version)
    throw new GoVersionError(
      `${inputName}: no Go release matches "${spec.raw}" in the release index (newest stable: ${newest.join(', ') || 'none'})`
    )
  }
  return chosen
}

/** Picks the release for a spec from the index (see resolveRelease) and the archive for the runner's os/arch. */
export function resolveFromIndex(
  index: GoIndexRelease[],
  spec: GoVersionSpec,
  platform: { os: string; arch: string },
  inputName = 'go-version'
): ResolvedGo {
  const chosen = resolveRelease(index, spec, inputName)
  const file = chosen.release.files.find(
    (f) => typeof f === 'object' && f !== null && f.kind === 'archive' && f.os === platform.os && f.arch === platform.arch
  )
  if (!file) {
    throw new GoVersionError(
      `Go ${chosen.version} has no archive for ${platform.os}/${platform.arch} in the release index; pick another ${inputName}`
    )
  }
  return { version: chosen.version, file }
}

/**
 * The resolved file as the installer may use it: its name exactly Go's archive name for this
 * version and platform (never a path), its SHA-256 64 hex digits. `where` names the index.
 */
export function checkGoIndexFile(resolved: ResolvedGo, platform: { os: string; arch: string }, where: string): GoIndexFile {
  const expected = expectedGoArchive(semverToGo(resolved.version), platform.os, platform.arch)
  const filename = checkIndexFileName(resolved.file.filename, expected, where)
  return { ...resolved.file, filename, sha256: checkIndexSha256(resolved.file.sha256, filename, where) }
}

/** Go's download names for the runner: `go1.22.3.linux-amd64.tar.gz`, `.zip` on Windows, `armv6l` for arm. */
export function goPlatform(nodePlatform: string, nodeArch: string): { os: string; arch: string; ext: string } {
  const os = ({ win32: 'windows', darwin: 'darwin', linux: 'linux', freebsd: 'freebsd' } as Record<string, string>)[nodePlatform]
  const arch = (
    { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'armv6l', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' } as Record<
      string,
      string
    >
  )[nodeArch]
  if (!os || !arch) throw new GoVersionError(`Go publishes no toolchain for a ${nodePlatform}/${nodeArch} runner`)
  return { os, arch, ext: os === 'windows' ? 'zip' : 'tar.gz' }
}

export function goArchiveName(version: string, nodePlatform: string, nodeArch: string): string {
  const p = goPlatform(nodePlatform, nodeArch)
  return `${semverToGo(version)}.${p.os}-${p.arch}.${p.ext}`
}
