/**
 * The environment of every child process, built from an allow-list per kind of process — never
 * from `process.env` whole. The runner hands the action its secret inputs (INPUT_*), its service
 * tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*) and often GITHUB_TOKEN; none of them
 * is any business of go, a C compiler, upx, gpg, git or the binary under smoke-test, and the last
 * one may be a pull request's code. Pure: the tables are tested directly (see README "Secrets").
 */

/** What the action starts. Each kind gets its own allow-list. */
export type ProcessKind = 'go' | 'tool' | 'gpg' | 'git' | 'binary'

/**
 * Every kind needs these to start programs and write temporary files at all. RUNNER_TRACKING_ID
 * is no secret: it is how the runner finds and ends a step's orphaned processes after the job.
 */
const BASE = ['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'RUNNER_TRACKING_ID']

/**
 * Windows will not run much without these (SystemRoot for DLL loading, PATHEXT for lookups,
 * USERPROFILE/LOCALAPPDATA/APPDATA where Go and gpg keep their per-user directories).
 */
const WINDOWS = [
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'LOCALAPPDATA',
  'APPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'CommonProgramFiles',
  'HOMEDRIVE',
  'HOMEPATH',
  'USERNAME',
  'NUMBER_OF_PROCESSORS',
  'PROCESSOR_ARCHITECTURE'
]

const PROXY = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy']

/**
 * What the user may set for `go` on purpose. Module fetching: GOPROXY, GOPRIVATE, GONOPROXY,
 * GONOSUMDB, GOSUMDB, GOINSECURE, GOAUTH (Go's own way for private modules to authenticate — a
 * setting naming a method, not a credential; with HOME it also finds ~/.netrc and ~/.gitconfig),
 * SSH_AUTH_SOCK and GIT_SSH_COMMAND for modules fetched over ssh. Locations: GOPATH, GOCACHE,
 * GOMODCACHE, GOTMPDIR. Speed of the go command itself: GOGC, GOMEMLIMIT, GOMAXPROCS (a job's GOGC or
 * GOMEMLIMIT replaces go-xbuild's own, build/compiler-gc.ts).
 * GOFLAGS and GOEXPERIMENT change the bytes of the binaries: they pass, and the manifest records
 * them (build.env, see BYTE_CHANGING_GO_ENV), so the manifest describes the build that happened.
 */
const GO = [
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOAUTH',
  'GOVCS',
  'GOPATH',
  'GOCACHE',
  'GOMODCACHE',
  'GOTMPDIR',
  'GOGC',
  'GOMEMLIMIT',
  'GOMAXPROCS',
  'SSH_AUTH_SOCK',
  'GIT_SSH_COMMAND',
  'GOFLAGS',
  'GOEXPERIMENT'
]

/** Inherited settings that change the bytes `go build` writes: recorded in manifest.json build.env. */
export const BYTE_CHANGING_GO_ENV = ['GOFLAGS', 'GOEXPERIMENT'] as const

/** Set for every kind (after the allow-list): nothing may override them from outside. */
const FIXED: Record<ProcessKind, Record<string, string>> = {
  // GOENV=off: a go.env in the user's config directory cannot inject settings behind the
  // manifest's back (GOROOT's own go.env, the toolchain's defaults, is still read)
  go: { GOENV: 'off' },
  // output we parse (versions, refusals, gpg's status lines) in one language
  tool: { LC_ALL: 'C' },
  gpg: { LC_ALL: 'C' },
  // never prompt for anything, and never write .git/index.lock: git only reads facts here
  git: { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  binary: { LANG: 'C', LC_ALL: 'C' }
}

const ALLOWED: Record<ProcessKind, string[]> = {
  go: [...BASE, ...PROXY, ...GO],
  // upx, zig, cc --version, tar: nothing but a place to run
  tool: [...BASE],
  // gpg/gpgconf get their home through --homedir (and GNUPGHOME, set by the caller)
  gpg: [...BASE],
  // HOME and XDG_CONFIG_HOME for the user's own git config (safe.directory lives there)
  git: [...BASE, 'XDG_CONFIG_HOME'],
  binary: [...BASE]
}

/**
 * Names that look like a secret, whatever the allow-list says: an input, a runner service
 * variable, anything named like a token, password, key or credential.
 */
const SECRET_SHAPED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /TOKEN/i,
  /SECRET/i,
  /PASSW(OR)?D/i,
  /PASSPHRASE/i,
  /PRIVATE_?KEY/i,
  /CREDENTIAL/i,
  /ASKPASS/i,
  /(^|_)AUTH_?(HEADER|KEY)/i,
  /(^|_)API_?KEY/i,
  /COOKIE/i
]

export function isSecretShaped(name: string): boolean {
  return SECRET_SHAPED.some((re) => re.test(name))
}

export interface EnvRequest {
  kind: ProcessKind
  /** Where inherited values come from (process.env in production). */
  source: Record<string, string | undefined>
  /** What the action itself sets for this process (GOOS, CC, GNUPGHOME …): passed as given. */
  extra?: Record<string, string>
  platform?: NodeJS.Platform
  /** Values of secret inputs: an inherited variable whose value holds one is dropped. */
  secrets?: readonly string[]
}

/** Whether an inherited variable may pass for this kind. */
export function inherits(kind: ProcessKind, name: string, platform: NodeJS.Platform = process.platform): boolean {
  if (isSecretShaped(name)) return false
  const allowed = platform === 'win32' ? [...ALLOWED[kind], ...WINDOWS] : ALLOWED[kind]
  // Windows variable names are case-insensitive (Path, PATH); elsewhere they are exact
  return platform === 'win32' ? allowed.some((a) => a.toUpperCase() === name.toUpperCase()) : allowed.includes(name)
}

/** The child's whole environment: allow-listed inherited values, then the fixed ones, then the caller's. */
export function childEnv(req: EnvRequest): Record<string, string> {
  const platform = req.platform ?? process.platform
  const secrets = (req.secrets ?? []).filter((s) => s.length >= 4)
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.source)) {
    if (value === undefined || !inherits(req.kind, name, platform)) continue
    if (secrets.some((s) => value.includes(s))) continue
    env[name] = value
  }
  return { ...env, ...FIXED[req.kind], ...req.extra }
}

/** The allow-list of a kind, for the README and the tests. */
export const allowList = (kind: ProcessKind, platform: NodeJS.Platform = process.platform): readonly string[] =>
  platform === 'win32' ? [...ALLOWED[kind], ...WINDOWS] : ALLOWED[kind]

export const fixedEnv = (kind: ProcessKind): Readonly<Record<string, string>> => FIXED[kind]

/** GOFLAGS / GOEXPERIMENT as inherited (only those set), for manifest.json build.env. */
export function byteChangingGoEnv(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of BYTE_CHANGING_GO_ENV) if (source[name]) out[name] = source[name] as string
  return out
}
