/**
 * What both SBOM formats say, computed once from the build info: the main component, one
 * component per linked module (replacements resolved), the standard library, the C toolchain,
 * and the build settings, every list in a fixed order. documents.ts only lays it out.
 */
import { createHash } from 'node:crypto'
import { PackageURL } from 'packageurl-js'
import type { GoBuildInfo } from './buildinfo.js'
import { resolveModule } from './modules.js'
import type { SbomInput } from './documents.js'

export interface Component {
  /** `path@version` of what was linked: the key of the licenses map and of the component set. */
  key: string
  name: string
  version: string
  purl: string
  /** The module's `h1:` sum (go.sum dirhash) when the binary records one. */
  h1?: string
  /** For a replaced module: what go.mod required, `path@version`. */
  replaces?: string
  license?: string
}

export interface SbomModel {
  main: Component & { subpath?: string }
  deps: Component[]
  stdlib: Component
  cTools: Array<{ name: string; version: string; purl?: string; properties: Array<[string, string]> }>
  /** Build settings and target, as sorted [name, value] pairs. */
  properties: Array<[string, string]>
}

/** Byte-wise (not locale) comparison: the same order on every machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export { resolveModule } from './modules.js'

/** The purl of a Go module (packageurl-js: its encoding rules, not ours). */
export function modulePurl(path: string, version: string, qualifiers?: Record<string, string>, subpath?: string): string {
  const slash = path.lastIndexOf('/')
  const namespace = slash < 0 ? undefined : path.slice(0, slash)
  const name = slash < 0 ? path : path.slice(slash + 1)
  return new PackageURL('golang', namespace, name, version || undefined, qualifiers, subpath).toString()
}

/**
 * The main module's version: the one go stamped (a tag or a pseudo-version, Go ≥ 1.24 in a VCS
 * checkout); for `(devel)` with VCS settings, the pseudo-version cyclonedx-gomod derives
 * (v0.0.0-<vcs.time>-<12 of vcs.revision>); else `(devel)`.
 */
export function mainVersion(info: GoBuildInfo): string {
  if (info.Main.Version && info.Main.Version !== '(devel)') return info.Main.Version
  const get = (k: string): string | undefined => info.Settings.find((s) => s.Key === k)?.Value
  const rev = get('vcs.revision')
  const time = get('vcs.time')
  if (rev && /^[0-9a-f]{12,64}$/.test(rev) && time && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(time))
    return `v0.0.0-${time.replace(/[-T:Z]/g, '')}-${rev.slice(0, 12)}`
  return '(devel)'
}

/** The subpath of the main package below the module root (`cmd/x`), if it is below it. */
export function mainSubpath(info: GoBuildInfo): string | undefined {
  const root = info.Main.Path
  return info.Path !== root && info.Path.startsWith(`${root}/`) ? info.Path.slice(root.length + 1) : undefined
}

/** `go1.26.8` → `1.26.8` (the stdlib purl convention of syft/grype and the Go vulnerability DB). */
export const stdlibVersion = (goVersion: string): string => (goVersion.split(' ')[0] ?? '').replace(/^go/, '')

export function buildModel(input: SbomInput): SbomModel {
  const info = input.buildInfo
  const { goos, goarch, variant } = input.target
  const version = mainVersion(info)
  const subpath = mainSubpath(info)
  const mainKey = `${info.Main.Path}@${version}`
  const main = {
    key: mainKey,
    name: info.Main.Path,
    version,
    purl: modulePurl(info.Main.Path, version, { goarch, goos }, subpath),
    ...(subpath ? { subpath } : {}),
    ...(input.licenses.get(mainKey) ? { license: input.licenses.get(mainKey) } : {})
  }
  const deps = info.Deps.map((d): Component => {
    const r = resolveModule(d)
    const key = `${r.path}@${r.version}`
    const license = input.licenses.get(key)
    return {
      key,
      name: r.path,
      version: r.version,
      purl: modulePurl(r.path, r.version),
      ...(r.sum ? { h1: r.sum } : {}),
      ...(r.replaces ? { replaces: r.replaces } : {}),
      ...(license ? { license } : {})
    }
  }).sort((a, b) => byText(a.name, b.name) || byText(a.version, b.version) || byText(a.replaces ?? '', b.replaces ?? ''))
  const goVer = stdlibVersion(info.GoVersion)
  const stdlib: Component = { key: `stdlib@${goVer}`, name: 'stdlib', version: goVer, purl: modulePurl('stdlib', goVer), license: 'BSD-3-Clause' }

  const cTools: SbomModel['cTools'] = []
  const tc = input.cToolchain
  if (tc && tc.provider !== 'native') {
    cTools.push({ name: tc.provider, version: tc.version, properties: [['go-xbuild:c-toolchain:triple', tc.triple]] })
    if (/musl/.test(tc.triple))
      cTools.push({ name: 'musl', version: '', properties: [['go-xbuild:c-library:linked', 'static'], ['go-xbuild:c-library:from', `${tc.provider} ${tc.version}`.trim()]] })
  }

  const properties: Array<[string, string]> = [
    ['go-xbuild:target:goos', goos],
    ['go-xbuild:target:goarch', goarch],
    ['go-xbuild:go:version', info.GoVersion],
    ['go-xbuild:go:package', info.Path]
  ]
  if (variant) properties.push(['go-xbuild:target:variant', variant])
  for (const s of info.Settings) properties.push([`go-xbuild:build:${s.Key}`, s.Value])
  properties.sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1]))
  return { main, deps, stdlib, cTools, properties }
}

/** Base64 `h1:` sum → hex SHA-256 (what cyclonedx-gomod records as the module's SHA-256). */
export const h1Hex = (h1: string): string => Buffer.from(h1.slice(3), 'base64').toString('hex')

/** RFC 9562 UUIDv5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16)
  h.writeUInt8((h.readUInt8(6) & 0x0f) | 0x50, 6)
  h.writeUInt8((h.readUInt8(8) & 0x3f) | 0x80, 8)
  const x = h.toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}
/** RFC 9562's URL namespace; our fixed namespace is UUIDv5("go-xbuild:sbom") inside it. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'
export const SBOM_NAMESPACE = uuidV5('https://github.com/go-xbuild/sbom', NAMESPACE_URL)
