/**
 * The build info a Go binary carries (runtime/debug.BuildInfo), read with `go version -m -json`.
 *
 * Why the go command and not our own ELF/Mach-O/PE reader: `go version -m` is the reader Go itself
 * ships (debug/buildinfo), it knows every object format and every Go release's layout, and Go is
 * on the machine for the build anyway. It must run BEFORE UPX packs the file: a packed binary's
 * sections are compressed and the build info can no longer be found. See
 * docs/adr/0012-sbom-from-build-info.md.
 *
 * The text comes from a built binary, i.e. from code we do not trust: every field is checked
 * against a strict shape (ajv) before an SBOM is made of it.
 */
import { Ajv } from 'ajv'
import { runChecked } from '../proc/run.js'

export interface GoModule {
  Path: string
  Version: string
  Sum?: string
  Replace?: GoModule
}
export interface GoBuildInfo {
  GoVersion: string
  Path: string
  Main: GoModule
  Deps: GoModule[]
  Settings: Array<{ Key: string; Value: string }>
}

/** Bounds: a real binary has a few hundred deps; anything far beyond is not build info. */
export const LIMITS = { textBytes: 8 << 20, deps: 20_000, settings: 1_000, settingValue: 64 << 10, path: 4_096 }

// Module paths per golang.org/x/mod/module.CheckPath's character set (plus the `command-line-arguments`
// pseudo-module); a replacement may also be a directory (./dep, ../dep, /abs, C:\abs), any printable text.
const MODULE_PATH = '^[A-Za-z0-9][A-Za-z0-9._~+\\-]*(/[A-Za-z0-9._~+\\-]+)*$'
const DIR_PATH = '^(\\.{1,2}[/\\\\]|/|[A-Za-z]:[/\\\\])[^\\u0000-\\u001f\\u007f]*$'
// semver-ish versions, pseudo-versions, +incompatible, (devel); or empty (a directory replacement)
const VERSION = '^(\\(devel\\)|v[0-9A-Za-z.+\\-]*)?$'
const SUM = '^h1:[A-Za-z0-9+/]{43}=$'
const GO_VERSION = '^(go1[0-9A-Za-z.\\-]*|devel [\\u0020-\\u007e]*)( [\\u0020-\\u007e]*)?$'
const SETTING_KEY = '^[A-Za-z0-9_.\\-]{1,128}$'

const moduleSchema = (replace: boolean): object => ({
  type: 'object',
  required: ['Path', 'Version'],
  properties: {
    Path: replace
      ? { type: 'string', maxLength: LIMITS.path, anyOf: [{ pattern: MODULE_PATH }, { pattern: DIR_PATH }] }
      : { type: 'string', maxLength: LIMITS.path, pattern: MODULE_PATH },
    Version: { type: 'string', maxLength: 256, pattern: VERSION },
    Sum: { type: 'string', pattern: SUM },
    ...(replace ? {} : { Replace: moduleSchema(true) })
  }
  // unknown fields (a future Go's) are ignored, never copied: only the typed fields are read
})

const schema = {
  type: 'object',
  required: ['GoVersion', 'Path', 'Main'],
  properties: {
    GoVersion: { type: 'string', maxLength: 256, pattern: GO_VERSION },
    Path: { type: 'string', maxLength: LIMITS.path, pattern: MODULE_PATH },
    Main: moduleSchema(false),
    Deps: { type: 'array', maxItems: LIMITS.deps, items: moduleSchema(false) },
    Settings: {
      type: 'array',
      maxItems: LIMITS.settings,
      items: {
        type: 'object',
        required: ['Key', 'Value'],
        properties: {
          Key: { type: 'string', pattern: SETTING_KEY },
          // no control characters but tab: values end up in JSON and in logs
          Value: { type: 'string', maxLength: LIMITS.settingValue, pattern: '^[^\\u0000-\\u0008\\u000a-\\u001f\\u007f]*$' }
        }
      }
    }
  }
}

let validator: ReturnType<Ajv['compile']> | undefined
const validate = (value: unknown): ReturnType<Ajv['compile']> => {
  validator ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: false }).compile(schema)
  validator(value)
  return validator
}

const copyModule = (m: GoModule): GoModule => ({
  Path: m.Path,
  Version: m.Version,
  ...(m.Sum !== undefined ? { Sum: m.Sum } : {}),
  ...(m.Replace ? { Replace: copyModule(m.Replace) } : {})
})

/** Parses `go version -m -json` output: untrusted text, validated; throws an Error naming `source`. */
export function parseBuildInfo(json: string, source: string): GoBuildInfo {
  if (Buffer.byteLength(json, 'utf8') > LIMITS.textBytes) throw new Error(`${source}: build info is larger than ${LIMITS.textBytes} bytes`)
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (cause) {
    throw new Error(`${source}: build info is not JSON (${(cause as Error).message})`, { cause })
  }
  const v = validate(value)
  const e = v.errors?.[0]
  if (e) {
    const where = e.instancePath || '(top)'
    throw new Error(`${source}: build info ${where} ${e.message ?? 'is invalid'}`)
  }
  const info = value as GoBuildInfo
  const deps = (info.Deps ?? []).map(copyModule)
  const seen = new Set<string>()
  for (const d of deps) {
    if (seen.has(d.Path)) throw new Error(`${source}: build info lists module ${d.Path} twice`)
    seen.add(d.Path)
  }
  return {
    GoVersion: info.GoVersion,
    Path: info.Path,
    Main: copyModule(info.Main),
    Deps: deps,
    Settings: (info.Settings ?? []).map((s) => ({ Key: s.Key, Value: s.Value }))
  }
}

/** Runs `<go> version -m -json <file>` through src/proc/run.ts (kind 'go'), returns the parsed info. */
export async function readBuildInfo(go: string, file: string, env: Record<string, string>): Promise<GoBuildInfo> {
  const r = await runChecked({ kind: 'go', file: go, args: ['version', '-m', '-json', file], env, maxBuffer: LIMITS.textBytes + 1 }, `go version -m ${file}`)
  return parseBuildInfo(r.stdout, file)
}
