/**
 * What a release index (Go's `?mode=json`, zig's index.json, a mirror's copy of either) may tell
 * the installers. An index is text from the network: its file names become a path in RUNNER_TEMP,
 * a cache key and a URL, so each must be a plain file name and the exact asset the installer
 * expects for that tool, version and platform; its checksums must be SHA-256 hex. Pure.
 */

export class IndexError extends Error {}

/**
 * A release asset's name: ASCII letters, digits, `.`, `_`, `+`, `-`; no `..`; at most 255 bytes.
 * Every official Go, zig, UPX and musl-cross asset fits, and nothing that fits is a path, a
 * percent-escape, a drive letter, a control or bidi character, or `.`/`..`.
 */
export function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 255 && /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) && !name.includes('..')
}

/** JSON.stringify for a name in a message: quotes, and escapes for control characters. */
const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 120 ? `${v.slice(0, 120)}…` : v) : String(v))

/** The index's name for the asset, if it is the expected one; throws naming the index otherwise. */
export function checkIndexFileName(name: unknown, expected: string | RegExp, where: string): string {
  if (!isPlainFileName(name)) {
    throw new IndexError(`${where} names the file ${shown(name)}, which is not a plain file name; refusing it (a mirror must serve the official file names)`)
  }
  const ok = typeof expected === 'string' ? name === expected : expected.test(name)
  if (!ok) {
    throw new IndexError(`${where} names the file ${shown(name)}, not the expected ${typeof expected === 'string' ? expected : 'asset name'}; refusing it`)
  }
  return name
}

/** A SHA-256 from an index, lower-cased; throws unless it is 64 hex digits. */
export function checkIndexSha256(value: unknown, file: string, where: string): string {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]{64}$/.test(value)) {
    throw new IndexError(`${where} gives ${shown(value)} as the SHA-256 of ${file}, which is not 64 hex digits; refusing it`)
  }
  return value.toLowerCase()
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Go's archive name for a release: `go1.26.8.linux-amd64.tar.gz` (`.zip` on Windows). */
export const expectedGoArchive = (goVersion: string, os: string, arch: string): string =>
  `${goVersion}.${os}-${arch}.${os === 'windows' ? 'zip' : 'tar.gz'}`

/**
 * zig's tarball names: `zig-x86_64-linux-0.15.2.tar.xz` since 0.14.1, `zig-linux-x86_64-0.13.0.tar.xz`
 * before; `.zip` on Windows.
 */
export function expectedZigArchive(version: string, hostKey: string): RegExp {
  const [arch, os] = hostKey.split('-') as [string, string]
  const ext = os === 'windows' ? 'zip' : 'tar\\.xz'
  return new RegExp(`^zig-(?:${escapeRe(arch)}-${escapeRe(os)}|${escapeRe(os)}-${escapeRe(arch)})-${escapeRe(version)}\\.${ext}$`)
}
