/**
 * The input layer against hostile or unlucky values: secrets masked before anything else is read,
 * every input capped, single values free of control characters, `package` a package path, a
 * go-version-file whose content never reaches a message, and a RUNNER_TEMP that cannot be made.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { INPUT_MAX_LENGTH, SINGLE_VALUE_INPUTS } from '../../src/inputs-common.js'
import { readConfig, type InputReader } from '../../src/inputs.js'
import { forgetSecretInputs, SECRET_INPUTS } from '../../src/release/sign/config.js'

const workspace = (files: Record<string, string> = { 'go.mod': 'module example.com/x\n\ngo 1.22\n' }): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'go-xbuild-values-'))
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text)
  return dir
}
const reader = (inputs: Record<string, string>, log: string[] = []): InputReader => (name) => {
  log.push(name)
  return inputs[name] ?? ''
}
const config = (inputs: Record<string, string>, dir = workspace(), extraEnv: Record<string, string> = {}) =>
  readConfig(reader(inputs), { GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, '.tmp'), ...extraEnv }, dir)

/** What @actions/core wrote to stdout (its ::add-mask:: commands) while `fn` ran. */
async function stdoutOf(fn: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    await fn().catch(() => undefined)
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

afterEach(() => vi.restoreAllMocks())

describe('secrets first', () => {
  it('reads and masks every secret input before any other input, even when a later one fails', async () => {
    const log: string[] = []
    const secrets = { 'signing-key': 'KEY-LINE-ONE\nKEY-LINE-TWO', 'signing-password': 'pw-1', 'gpg-private-key': 'G1\nGPG-LINE', 'gpg-passphrase': 'gp', 'github-token': 'ghs_token' }
    const out = await stdoutOf(() => readConfig(reader({ ...secrets, 'working-directory': 'missing' }, log), { GITHUB_WORKSPACE: workspace() }))
    expect(log.slice(0, SECRET_INPUTS.length)).toEqual([...SECRET_INPUTS])
    expect(log.indexOf('working-directory')).toBeGreaterThan(log.lastIndexOf('github-token'))
    for (const value of ['KEY-LINE-ONE\nKEY-LINE-TWO'.replace('\n', '%0A'), 'KEY-LINE-ONE', 'KEY-LINE-TWO', 'GPG-LINE', 'pw-1', 'gp', 'ghs_token']) {
      expect(out).toContain(`::add-mask::${value}\n`)
    }
    // a 2-character line of a multi-line key is not masked on its own: it would garble every log
    expect(out).not.toContain('::add-mask::G1\n')
  })

  it('takes the secret inputs out of the environment once read, and nothing else', () => {
    const env: Record<string, string | undefined> = {
      'INPUT_SIGNING-KEY': 'k',
      'INPUT_SIGNING-PASSWORD': 'p',
      'INPUT_GPG-PRIVATE-KEY': 'g',
      'INPUT_GPG-PASSPHRASE': 'gp',
      'INPUT_GITHUB-TOKEN': 't',
      INPUT_TARGETS: 'linux/amd64',
      ACTIONS_RUNTIME_TOKEN: 'runtime'
    }
    forgetSecretInputs(env)
    expect(env).toEqual({ INPUT_TARGETS: 'linux/amd64', ACTIONS_RUNTIME_TOKEN: 'runtime' })
  })

  it('masks credentials in mirror URLs before they can appear in any message', async () => {
    const out = await stdoutOf(() =>
      config({ 'go-download-base-url': 'https://ci-user:s3cr%40t@mirror.example/go', 'zig-download-base-url': 'https://TOKEN123@mirror.example/zig', parallel: 'x' })
    )
    expect(out).toContain('::add-mask::s3cr%2540t\n') // core escapes % in commands
    expect(out).toContain('::add-mask::s3cr@t\n')
    expect(out).toContain('::add-mask::TOKEN123\n')
  })

  it('masks a secret even when it is too long to accept', async () => {
    const huge = 'K'.repeat(70 * 1024)
    const out = await stdoutOf(() => config({ 'signing-key': huge }))
    expect(out).toContain(`::add-mask::${huge}`)
    await expect(config({ 'signing-key': huge })).rejects.toThrow(/^signing-key: 71680 characters is more than the 65536 this input may hold/)
  })
})

describe('caps on every input', () => {
  it.each([
    ['name', 1024],
    ['filename', 1024],
    ['version', 1024],
    ['compression-level', 1024],
    ['cc', 1024],
    ['ldflags', 8192],
    ['flags', 8192],
    ['targets', 8192],
    ['upx-args', 8192],
    ['smoke-test', 8192],
    ['gpg-private-key', 65536]
  ])('%s longer than %i characters fails naming it, without echoing it', async (name, cap) => {
    const error = await config({ [name]: 'x'.repeat(cap + 1) }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(new RegExp(`^${name}: ${cap + 1} characters is more than the ${cap} this input may hold`))
    expect((error as Error).message).not.toContain('xxxx')
  })
  it('accepts values at the cap', async () => {
    expect(INPUT_MAX_LENGTH).toBe(1024)
    await expect(config({ ldflags: `-X main.x=${'y'.repeat(8192 - 10)}` })).resolves.toBeDefined()
    await expect(config({ version: `1.0.0-${'a'.repeat(1024 - 6)}` })).resolves.toBeDefined()
  })
  it('an overlong targets item is refused cheaply, quoted short', async () => {
    const started = performance.now()
    const error = (await config({ targets: Array.from({ length: 100 }, () => 'q'.repeat(80)).join(',') }).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/^targets: [\s\S]*"q{40}…" is not of the form os\/arch/)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('single values hold no control characters', () => {
  it.each(SINGLE_VALUE_INPUTS.map((n) => [n]))('%s', async (name) => {
    await expect(config({ [name]: 'a\nb' })).rejects.toThrow(new RegExp(`^${name} has U\\+000A \\(newline\\) at character 2; it is one value`))
    await expect(config({ [name]: 'ab\u202e' })).rejects.toThrow(new RegExp(`^${name} has U\\+202E`))
  })
})

describe('package', () => {
  it.each([['.'], ['./cmd/tool'], ['cmd/tool'], ['example.com/x/cmd/tool']])('accepts %j', async (value) => {
    expect((await config({ package: value })).package).toBe(value)
  })
  it.each([
    ['-toolexec=/bin/sh', /^package: "-toolexec=\/bin\/sh" starts with "-", which go would read as a flag/],
    ['/etc', /^package: "\/etc" is an absolute path/],
    ['./cmd/...', /^package: .* is a pattern/]
  ])('refuses %j', async (value, message) => {
    await expect(config({ package: value })).rejects.toThrow(message)
  })
})

describe('go-version-file never replays a file', () => {
  it('symlinked to /proc/self/environ: fails without printing the environment', async () => {
    const dir = workspace({})
    symlinkSync('/proc/self/environ', path.join(dir, '.go-version'))
    process.env.GO_XBUILD_CANARY = 'canary-value-4711'
    try {
      const error = (await config({ 'go-version-file': '.go-version' }, dir).catch((e: Error) => e)) as Error
      expect(error.message).toMatch(/^go-version-file: \.go-version: the first line is not a Go version \(its content is not shown\)/)
      expect(error.message).not.toContain('canary-value-4711')
      expect(error.message).not.toContain('PATH=')
    } finally {
      delete process.env.GO_XBUILD_CANARY
    }
  })

  it.each([
    ['.go-version', 'export GITHUB_TOKEN=ghs_abcdef\n', /the first line is not a Go version \(its content is not shown\)/],
    ['go.mod', 'module x\ngo ghs_abcdefghijklmnopqrstuvwxyz0123456789abcdefghij\n', /the go line is not a Go version/],
    ['go.mod', 'module x\ntoolchain -----BEGIN-PGP-PRIVATE-KEY-BLOCK-----xxxxxxxx\n', /the toolchain line is not a Go version/],
    ['.tool-versions', 'golang $(cat /etc/passwd)\n', /the golang line is not a Go version/],
    ['.go-version', 'banana\n', /go-version-file: \.go-version asks for "banana", which is not a Go version or range/]
  ])('%s %j fails without quoting the file', async (file, text, message) => {
    const error = (await config({ 'go-version-file': file }, workspace({ [file]: text })).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(message)
    expect(error.message).not.toMatch(/ghs_|BEGIN|passwd|GITHUB_TOKEN/)
  })

  it('refuses a FIFO or a device before opening it (it could block or never end)', async () => {
    const dir = workspace({})
    execFileSync('mkfifo', [path.join(dir, 'fifo')])
    await expect(config({ 'go-version-file': 'fifo' }, dir)).rejects.toThrow(/go-version-file: .*fifo is not a regular file/)
    await expect(config({ 'go-version-file': '/dev/zero' }, dir)).rejects.toThrow(/go-version-file: \/dev\/zero is not a regular file/)
  })

  it('refuses a file over 1 MiB', async () => {
    await expect(config({ 'go-version-file': '.go-version' }, workspace({ '.go-version': '1.22.1\n' + ' '.repeat(1024 * 1024) }))).rejects.toThrow(
      /\.go-version is larger than 1 MiB/
    )
  })
})

describe('RUNNER_TEMP', () => {
  it('that cannot be created fails naming RUNNER_TEMP, at once', async () => {
    const dir = workspace()
    writeFileSync(path.join(dir, 'a-file'), '')
    const started = performance.now()
    await expect(config({}, dir, { RUNNER_TEMP: path.join(dir, 'a-file', 'temp') })).rejects.toThrow(
      /^RUNNER_TEMP .*a-file\/temp cannot be created \(ENOTDIR\); point RUNNER_TEMP at a writable directory/
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
