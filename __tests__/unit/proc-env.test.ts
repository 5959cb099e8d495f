/** The environment each kind of child process gets: the allow-lists, and what never passes. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowList, byteChangingGoEnv, childEnv, inherits, isSecretShaped, type ProcessKind } from '../../src/proc/env.js'

const KINDS: ProcessKind[] = ['go', 'tool', 'gpg', 'git', 'binary']

/** What a hosted runner's step environment looks like, secrets included. */
const RUNNER_ENV: Record<string, string> = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/home/runner',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
  'INPUT_SIGNING-KEY': '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----',
  'INPUT_SIGNING-PASSWORD': 'pw',
  'INPUT_GPG-PRIVATE-KEY': '-----BEGIN PGP PRIVATE KEY BLOCK-----',
  'INPUT_GPG-PASSPHRASE': 'pp',
  'INPUT_GITHUB-TOKEN': 'ghs_abc',
  INPUT_TARGETS: 'linux/amd64',
  ACTIONS_RUNTIME_TOKEN: 'jwt',
  ACTIONS_RESULTS_URL: 'https://results',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
  GITHUB_TOKEN: 'ghs_def',
  GH_TOKEN: 'ghs_ghi',
  NPM_TOKEN: 'npm',
  AWS_SECRET_ACCESS_KEY: 'aws',
  RUNNER_TEMP: '/home/runner/work/_temp',
  RUNNER_TRACKING_ID: 'github_7d0c',
  GITHUB_REPOSITORY: 'acme/xapp',
  GOPROXY: 'https://proxy.example,direct',
  GOPRIVATE: 'github.com/acme/*',
  GONOSUMDB: 'github.com/acme/*',
  GOFLAGS: '-mod=mod',
  GOEXPERIMENT: 'loopvar',
  GOAUTH: 'netrc',
  GOCACHE: '/home/runner/.cache/go-build',
  GOOS: 'windows',
  GOARCH: 'arm',
  GOAMD64: 'v3',
  GOARM: '5',
  GOROOT: '/elsewhere',
  CGO_ENABLED: '1',
  CGO_CFLAGS: '-O0',
  CC: 'evil-cc',
  HTTPS_PROXY: 'http://proxy:3128',
  no_proxy: 'localhost',
  SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
  GIT_ASKPASS: '/usr/bin/askpass',
  GIT_DIR: '/elsewhere/.git',
  GIT_CONFIG_PARAMETERS: "'http.extraheader=AUTHORIZATION: basic x'",
  GNUPGHOME: '/home/runner/.gnupg',
  GPG_AGENT_INFO: '/x',
  LD_PRELOAD: '/tmp/evil.so'
}

describe('the environment of each kind of child', () => {
  it.each([
    [
      'go',
      {
        PATH: RUNNER_ENV.PATH,
        HOME: RUNNER_ENV.HOME,
        TMPDIR: '/tmp',
        RUNNER_TRACKING_ID: 'github_7d0c',
        GOPROXY: RUNNER_ENV.GOPROXY,
        GOPRIVATE: RUNNER_ENV.GOPRIVATE,
        GONOSUMDB: RUNNER_ENV.GONOSUMDB,
        GOFLAGS: '-mod=mod',
        GOEXPERIMENT: 'loopvar',
        GOAUTH: 'netrc',
        GOCACHE: RUNNER_ENV.GOCACHE,
        HTTPS_PROXY: RUNNER_ENV.HTTPS_PROXY,
        no_proxy: 'localhost',
        SSH_AUTH_SOCK: RUNNER_ENV.SSH_AUTH_SOCK,
        GOENV: 'off'
      }
    ],
    ['tool', { PATH: RUNNER_ENV.PATH, HOME: RUNNER_ENV.HOME, TMPDIR: '/tmp', RUNNER_TRACKING_ID: 'github_7d0c', LC_ALL: 'C' }],
    ['gpg', { PATH: RUNNER_ENV.PATH, HOME: RUNNER_ENV.HOME, TMPDIR: '/tmp', RUNNER_TRACKING_ID: 'github_7d0c', LC_ALL: 'C' }],
    ['git', { PATH: RUNNER_ENV.PATH, HOME: RUNNER_ENV.HOME, TMPDIR: '/tmp', RUNNER_TRACKING_ID: 'github_7d0c', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }],
    ['binary', { PATH: RUNNER_ENV.PATH, HOME: RUNNER_ENV.HOME, TMPDIR: '/tmp', RUNNER_TRACKING_ID: 'github_7d0c', LANG: 'C', LC_ALL: 'C' }]
  ] as const)('%s gets exactly its allow-list from a runner environment', (kind, want) => {
    expect(childEnv({ kind, source: RUNNER_ENV, platform: 'linux' })).toEqual(want)
  })

  it('go never inherits what the target decides (GOOS, GOARCH, variants, GOROOT, cgo flags, CC): the action sets those', () => {
    const env = childEnv({ kind: 'go', source: RUNNER_ENV, platform: 'linux', extra: { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' } })
    for (const name of ['GOAMD64', 'GOARM', 'GOROOT', 'CGO_CFLAGS', 'CC']) expect(env).not.toHaveProperty(name)
    expect(env).toMatchObject({ GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0', GOENV: 'off' })
  })

  it('what the action sets wins over the fixed values, and GOENV cannot be turned on from outside', () => {
    expect(childEnv({ kind: 'go', source: { GOENV: '/home/u/.config/go/env' }, platform: 'linux' }).GOENV).toBe('off')
    expect(childEnv({ kind: 'gpg', source: RUNNER_ENV, platform: 'linux', extra: { GNUPGHOME: '/t/gAbc123' } }).GNUPGHOME).toBe('/t/gAbc123')
  })

  it.each(KINDS)('%s never gets an input, a runner service variable, a token, LD_PRELOAD or credentials for git', (kind) => {
    const env = childEnv({ kind, source: RUNNER_ENV, platform: 'linux' })
    const names = Object.keys(env)
    for (const name of names) expect(isSecretShaped(name), name).toBe(false)
    for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'NPM_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'LD_PRELOAD', 'GIT_ASKPASS', 'GIT_CONFIG_PARAMETERS', 'GIT_DIR', 'GPG_AGENT_INFO', 'RUNNER_TEMP']) {
      expect(names, name).not.toContain(name)
    }
    for (const value of ['pw', 'pp', 'ghs_abc', 'ghs_def', 'jwt', 'oidc']) expect(Object.values(env)).not.toContain(value)
  })

  it('drops an allow-listed variable whose value holds a secret input', () => {
    const env = childEnv({ kind: 'go', source: { PATH: '/bin', GOFLAGS: '-ldflags=-X=main.k=hunter22' }, secrets: ['hunter22'], platform: 'linux' })
    expect(env).toEqual({ PATH: '/bin', GOENV: 'off' })
  })

  it('on Windows, passes what programs need to start (SystemRoot, PATHEXT, USERPROFILE …), whatever the case of the name', () => {
    const source = { Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', PATHEXT: '.EXE', USERPROFILE: 'C:\\Users\\Jane Doe', LOCALAPPDATA: 'C:\\L', INPUT_GITHUB_TOKEN: 'x', GITHUB_TOKEN: 'y' }
    expect(childEnv({ kind: 'binary', source, platform: 'win32' })).toEqual({
      Path: 'C:\\Windows',
      SystemRoot: 'C:\\Windows',
      PATHEXT: '.EXE',
      USERPROFILE: 'C:\\Users\\Jane Doe',
      LOCALAPPDATA: 'C:\\L',
      LANG: 'C',
      LC_ALL: 'C'
    })
    expect(inherits('go', 'SystemRoot', 'linux')).toBe(false)
  })

  it('GOFLAGS and GOEXPERIMENT, when set, are what the manifest records', () => {
    expect(byteChangingGoEnv(RUNNER_ENV)).toEqual({ GOFLAGS: '-mod=mod', GOEXPERIMENT: 'loopvar' })
    expect(byteChangingGoEnv({ GOFLAGS: '' })).toEqual({})
  })

  it('no allow-list holds a secret-shaped name', () => {
    for (const kind of KINDS) for (const platform of ['linux', 'win32'] as const) for (const name of allowList(kind, platform)) expect(isSecretShaped(name), name).toBe(false)
  })
})

describe('property: no secret-shaped variable ever reaches a child', () => {
  const secretName = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }).map((s) => `INPUT_${s}`),
    fc.string({ minLength: 1, maxLength: 12 }).map((s) => `ACTIONS_${s}`),
    fc.constantFrom('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN'),
    fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('TOKEN', 'token', 'Secret', 'PASSWORD', 'passwd', 'PASSPHRASE', 'PRIVATE_KEY', 'CREDENTIALS'), fc.string({ maxLength: 8 })).map(
      ([a, b, c]) => `${a}${b}${c}`
    )
  )
  const anyName = fc.oneof(secretName, fc.string({ minLength: 1, maxLength: 16 }), fc.constantFrom('PATH', 'HOME', 'GOFLAGS', 'GOPROXY', 'TMPDIR'))

  it('for arbitrary environments (names and values), in every kind, on every platform', () => {
    fc.assert(
      fc.property(
        fc.dictionary(anyName, fc.string({ maxLength: 20 }), { maxKeys: 40 }),
        fc.dictionary(secretName, fc.string({ minLength: 4, maxLength: 20 }), { minKeys: 1, maxKeys: 10 }),
        fc.constantFrom(...KINDS),
        fc.constantFrom<NodeJS.Platform>('linux', 'darwin', 'win32'),
        fc.constantFrom('PATH', 'HOME', 'TMPDIR', 'GOFLAGS', 'GOPROXY'),
        (noise, secrets, kind, platform, carrier) => {
          // one allow-listed variable carries a secret's value inside its own
          const source = { ...noise, ...secrets, [carrier]: `x${Object.values(secrets)[0]}y` }
          const env = childEnv({ kind, source, platform, secrets: Object.values(secrets) })
          for (const name of Object.keys(env)) {
            if (isSecretShaped(name)) return false
            if (name in secrets) return false
          }
          // not even under another, allow-listed name
          for (const value of Object.values(env)) if (Object.values(secrets).some((s) => value.includes(s))) return false
          return true
        }
      ),
      { numRuns: 2000 }
    )
  })
})
