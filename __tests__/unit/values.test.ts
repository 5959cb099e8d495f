/**
 * Tables for the value validators (src/plan/values.ts, src/plan/output-names.ts) and the scrypt cap:
 * the pure checks every input, name and key goes through before any work.
 */
import { describe, expect, it } from 'vitest'
import { COMPANION_SUFFIXES, outputPathProblem, parentDirectories, RESERVED_OUTPUT_NAMES } from '../../src/plan/output-names.js'
import { controlCharacterProblem, nameElementProblem, packagePathProblem, quoteFragment } from '../../src/plan/values.js'
import { CHECKSUMS_FILE, MANIFEST_FILE } from '../../src/release/manifest.js'
import { COSIGN_PUBLIC_KEY } from '../../src/release/sign/stages.js'
import { MAX_SCRYPT, parseCosignKey, scryptParamsProblem } from '../../src/release/sign/cosign-key.js'

describe('control characters', () => {
  it.each([
    ['a\nb', 'U+000A (newline) at character 2'],
    ['\rx', 'U+000D (carriage return) at character 1'],
    ['x\0', 'U+0000 (NUL) at character 2'],
    ['\t', 'U+0009 (tab) at character 1'],
    ['\u001b[31m', 'U+001B (escape) at character 1'],
    ['a\u007f', 'U+007F (DEL) at character 2'],
    ['\u0085', 'U+0085 (a control character) at character 1'],
    ['v1\u202e', 'U+202E (a bidirectional-text control) at character 3'],
    ['\u202a', 'U+202A (a bidirectional-text control) at character 1'],
    ['\u2066x\u2069', 'U+2066 (a bidirectional-text control) at character 1'],
    ['\u200f', 'U+200F (right-to-left mark) at character 1'],
    ['a\u2028b', 'U+2028 (line separator) at character 2']
  ])('%j: %s', (value, problem) => expect(controlCharacterProblem(value)).toBe(problem))

  it.each(['', 'plain', 'v1.2.3-rc.1+build', 'ünïcödé 名前', 'a b', '\u00a0', 'emoji 🚀', '\u200b'])('%j is clean', (value) => {
    expect(controlCharacterProblem(value)).toBeUndefined()
  })

  it('quotes fragments short and escaped, never the whole value', () => {
    expect(quoteFragment('a\nb\u202ec')).toBe('"a\\nb\\u202ec"')
    expect(quoteFragment('x'.repeat(1000), 10)).toBe(`"${'x'.repeat(10)}…"`)
  })
})

describe('package paths', () => {
  it.each(['.', './cmd/tool', 'cmd/tool', '../tool', 'example.com/acme/tool/cmd/tool', './cmd/tool-v2', './internal/x_y'])('accepts %j', (value) => {
    expect(packagePathProblem(value)).toBeUndefined()
  })
  it.each([
    ['', /is empty/],
    ['-toolexec=/bin/sh', /starts with "-", which go would read as a flag/],
    ['--ldflags=-X', /starts with "-"/],
    ['-', /starts with "-"/],
    ['/abs/cmd', /is an absolute path/],
    ['C:/cmd', /is an absolute path/],
    ['.\\cmd\\tool', /has a backslash/],
    ['./cmd/tool\n-toolexec=x', /U\+000A \(newline\)/],
    ['./cmd\u202e', /U\+202E/],
    ['./cmd/...', /is a pattern/],
    ['./cmd/*', /is a pattern/],
    ['./cmd;rm', /holds shell syntax/],
    ['./my tool', /white space/]
  ])('refuses %j', (value, message) => expect(packagePathProblem(value)).toMatch(message))
})

describe('file-name elements', () => {
  it.each(['tool', 'tool.exe', 'my-tool_1.2', '.hidden', 'comfy', 'con1', 'lpt', 'nul-tool'])('accepts %j', (v) => expect(nameElementProblem(v)).toBeUndefined())
  it.each([
    ['', /is empty/],
    ['.', /is not a file name/],
    ['..', /is not a file name/],
    ['a/b', /path separator/],
    ['a\\b', /path separator/],
    ['a:b', /not allowed in file names on every OS/],
    ['a*', /not allowed/],
    ['CON', /device name on Windows/],
    ['con.tar.gz', /device name on Windows/],
    ['Com9', /device name on Windows/],
    ['LPT1.exe', /device name on Windows/],
    ['aux', /device name/],
    ['prn', /device name/],
    ['tool.', /ends with a dot or a space/],
    ['tool ', /ends with a dot or a space/],
    ['to\tol', /U\+0009/]
  ])('refuses %j', (v, message) => expect(nameElementProblem(v)).toMatch(message))
})

describe('output paths', () => {
  it('reserves exactly the names the later stages write', () => {
    expect(RESERVED_OUTPUT_NAMES).toEqual(expect.arrayContaining([CHECKSUMS_FILE, MANIFEST_FILE, COSIGN_PUBLIC_KEY, '.gitignore']))
    expect(COMPANION_SUFFIXES).toEqual(['.sig', '.asc', '.sigstore.json', '.spdx.json', '.cdx.json'])
  })
  it.each([
    ['a', 'a'],
    ['./a', 'a'],
    ['a//b', 'a/b'],
    ['a/./b', 'a/b']
  ])('normalises %j to %j', (file, want) => expect(outputPathProblem(file)).toEqual({ path: want }))
  it('lists the directories a path needs', () => expect(parentDirectories('a/b/c')).toEqual(['a', 'a/b']))
})

describe('scrypt parameters of a cosign key', () => {
  it('accepts what cosign writes today (N = 65536) and older keys (N = 32768)', () => {
    expect(MAX_SCRYPT).toEqual({ N: 65536, r: 8, p: 1 })
    expect(scryptParamsProblem(65536, 8, 1)).toBeUndefined()
    expect(scryptParamsProblem(32768, 8, 1)).toBeUndefined()
    expect(scryptParamsProblem(16, 1, 1)).toBeUndefined()
  })
  it.each([
    [131072, 8, 1, /asks for scrypt N=131072, r=8, p=1, more than cosign generate-key-pair uses \(N=65536, r=8, p=1\)/],
    [2 ** 30, 8, 1, /more than cosign generate-key-pair uses/],
    [65536, 16, 1, /more than/],
    [65536, 8, 2, /more than/],
    [1000, 8, 1, /not valid \(N must be a power of two/],
    [1, 8, 1, /not valid/],
    [0, 8, 1, /not valid/],
    [-65536, 8, 1, /not valid/],
    ['65536', 8, 1, /not valid/],
    [65536, 8.5, 1, /not valid/],
    [undefined, undefined, undefined, /not valid/],
    [2 ** 60, 8, 1, /not valid/]
  ])('N=%j r=%j p=%j: %s', (N, r, p, message) => expect(scryptParamsProblem(N, r, p)).toMatch(message))

  const doctored = (doc: unknown): string =>
    `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(doc)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----`
  const base = { kdf: { name: 'scrypt', params: { N: 2 ** 24, r: 8, p: 1 }, salt: 'AAAA' }, cipher: { name: 'nacl/secretbox', nonce: 'AAAA' }, ciphertext: 'AAAA' }

  it('refuses a doctored key before any scrypt work (2^24 would need 16 GiB)', () => {
    const started = performance.now()
    expect(() => parseCosignKey(doctored(base), 'pw')).toThrow(/signing-key: the key asks for scrypt N=16777216/)
    expect(performance.now() - started).toBeLessThan(50)
  })
  it.each([
    [{ ...base, kdf: { ...base.kdf, params: { N: 1024, r: 8, p: 1 }, salt: 1 } }, /lacks its salt, nonce or ciphertext/],
    [{ ...base, kdf: { name: 'argon2', params: {} } }, /unsupported cosign key encryption \(kdf argon2, cipher nacl\/secretbox\)/],
    [{ ...base, kdf: { name: 'A'.repeat(500) } }, /\(kdf \?, cipher/],
    [{ ...base, kdf: { name: 'scrypt' } }, /scrypt parameters of the encrypted key are not valid/],
    [null, /unsupported cosign key encryption/],
    [[1, 2], /unsupported cosign key encryption/]
  ])('refuses a malformed key document by name, never a TypeError (%#)', (doc, message) => {
    expect(() => parseCosignKey(doctored(doc), 'pw')).toThrow(message)
  })
})
