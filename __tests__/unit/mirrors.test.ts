/**
 * Mirrors and release indexes are untrusted text: index file names, checksums, URL building,
 * redaction, cache keys per source and the http:// rule — tables, and fast-check properties for
 * the redaction and the name validator.
 */
import fc from 'fast-check'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { envInputReader, readConfig } from '../../src/inputs.js'
import { checkTransport } from '../../src/inputs-common.js'
import { checkGoIndexFile, resolveFromIndex, parseGoVersionSpec, type GoIndexRelease } from '../../src/tools/go-versions.js'
import { DEFAULT_GO_BASE_URL, goIndexUrl } from '../../src/tools/go.js'
import { checkIndexFileName, checkIndexSha256, expectedZigArchive, isPlainFileName } from '../../src/tools/index-names.js'
import { toolArchiveKey } from '../../src/tools/archive-cache.js'
import { requestOf } from '../../src/tools/download.js'
import { DEFAULT_ZIG_BASE_URL, zigTarballName } from '../../src/tools/zig.js'
import { DEFAULT_MUSL_CROSS_URL, installMuslCross } from '../../src/tools/musl-cross.js'
import { cacheToolName, isLoopbackUrl, redactUrl, redactUrls, sourceTag, urlUnder } from '../../src/url.js'

const SHA = 'ab'.repeat(32)
const LINUX = { os: 'linux', arch: 'amd64' }

const goIndex = (filename: unknown, sha256: unknown = SHA): GoIndexRelease[] => [
  { version: 'go1.26.8', stable: true, files: [{ filename, os: 'linux', arch: 'amd64', version: 'go1.26.8', sha256, kind: 'archive' } as never] }
]
const goFile = (filename: unknown, sha256?: unknown) =>
  checkGoIndexFile(resolveFromIndex(goIndex(filename, sha256), parseGoVersionSpec('1.26.8'), LINUX), LINUX, 'the Go release index at X')

describe('Go index file names', () => {
  it('accept the official name and lower-case the checksum', () => {
    expect(goFile('go1.26.8.linux-amd64.tar.gz', SHA.toUpperCase())).toMatchObject({ filename: 'go1.26.8.linux-amd64.tar.gz', sha256: SHA })
  })
  it.each([
    ['../../evil.tar.gz', /names the file "\.\.\/\.\.\/evil\.tar\.gz", which is not a plain file name/],
    ['go1.26.8.linux-amd64.tar.gz/../x', /"go1\.26\.8\.linux-amd64\.tar\.gz\/\.\.\/x", which is not a plain file name/],
    ['/etc/passwd', /not a plain file name/],
    ['..%2fevil.tar.gz', /not a plain file name/],
    ['go1.26.8%2flinux-amd64.tar.gz', /not a plain file name/],
    ['go1.26.8.linux-amd64.tar.gz\\..\\x', /not a plain file name/],
    ['go1.26.8.linux-amd64.tar.gz\n', /"go1\.26\.8\.linux-amd64\.tar\.gz\\n", which is not a plain file name/],
    ['go1.26.8.linux-amd64\u202e.tar.gz', /not a plain file name/],
    ['C:go.tar.gz', /not a plain file name/],
    ['', /not a plain file name/],
    [42, /names the file 42, which is not a plain file name/],
    ['go1.26.7.linux-amd64.tar.gz', /names the file "go1\.26\.7\.linux-amd64\.tar\.gz", not the expected go1\.26\.8\.linux-amd64\.tar\.gz/],
    ['go1.26.8.linux-amd64.zip', /not the expected go1\.26\.8\.linux-amd64\.tar\.gz/],
    ['evil.tar.gz', /not the expected/]
  ])('refuse %j', (name, message) => {
    expect(() => goFile(name)).toThrow(message)
  })
  it.each([['0'.repeat(63)], ['g'.repeat(64)], [`${SHA}\n`], [null], [123]])('refuse the checksum %j', (sha) => {
    expect(() => goFile('go1.26.8.linux-amd64.tar.gz', sha)).toThrow(/as the SHA-256 of go1\.26\.8\.linux-amd64\.tar\.gz, which is not 64 hex digits/)
  })
  it('skip index entries that are not shaped like releases, never a TypeError', () => {
    const index = [null, 7, { version: 3, files: [] }, { version: 'go1.26.8', stable: true, files: 'x' }, ...goIndex('go1.26.8.linux-amd64.tar.gz')] as unknown as GoIndexRelease[]
    expect(resolveFromIndex(index, parseGoVersionSpec('1.26'), LINUX).version).toBe('1.26.8')
    const broken = [{ version: 'go1.26.8', stable: true, files: [null, 'x'] }] as unknown as GoIndexRelease[]
    expect(() => resolveFromIndex(broken, parseGoVersionSpec('1.26'), LINUX)).toThrow(/has no archive for linux\/amd64/)
  })
  it('expect Go spelling for prereleases and Windows zips', () => {
    const rc = [{ version: 'go1.27rc1', stable: false, files: [{ filename: 'go1.27rc1.windows-arm64.zip', os: 'windows', arch: 'arm64', version: 'go1.27rc1', sha256: SHA, kind: 'archive' }] }]
    const win = { os: 'windows', arch: 'arm64' }
    expect(checkGoIndexFile(resolveFromIndex(rc, parseGoVersionSpec('1.27rc1'), win), win, 'i').filename).toBe('go1.27rc1.windows-arm64.zip')
  })
})

describe('zig index tarballs', () => {
  const where = 'the zig release index at X'
  it('use only the last path element of the index URL, which must be the asset name', () => {
    expect(zigTarballName({ tarball: 'https://elsewhere.example/any/dir/zig-x86_64-linux-0.15.2.tar.xz', shasum: SHA }, '0.15.2', 'x86_64-linux', where)).toEqual({
      filename: 'zig-x86_64-linux-0.15.2.tar.xz',
      sha256: SHA
    })
    // the old order of arch and os (before 0.14.1)
    expect(zigTarballName({ tarball: 'https://ziglang.org/download/0.13.0/zig-linux-x86_64-0.13.0.tar.xz', shasum: SHA }, '0.13.0', 'x86_64-linux', where).filename).toBe(
      'zig-linux-x86_64-0.13.0.tar.xz'
    )
    expect(zigTarballName({ tarball: 'https://ziglang.org/download/0.15.2/zig-x86_64-windows-0.15.2.zip', shasum: SHA }, '0.15.2', 'x86_64-windows', where).filename).toBe(
      'zig-x86_64-windows-0.15.2.zip'
    )
  })
  it.each([
    [{ tarball: 'https://ziglang.org/download/0.15.2/..%2F..%2Fevil.tar.xz', shasum: SHA }, /"\.\.\/\.\.\/evil\.tar\.xz", which is not a plain file name/],
    [{ tarball: 'https://ziglang.org/download/0.15.2/zig-x86_64-linux-0.15.1.tar.xz', shasum: SHA }, /not the expected asset name/],
    [{ tarball: 'https://ziglang.org/download/0.15.2/zig-x86_64-linux-0.15.2.tar.xz', shasum: 'nope' }, /"nope" as the SHA-256/],
    [{ tarball: 'not a url', shasum: SHA }, /which is not a URL/],
    [{ shasum: SHA }, /has no tarball for zig 0\.15\.2 on x86_64-linux/],
    [null, /has no tarball/]
  ])('refuse %j', (entry, message) => {
    expect(() => zigTarballName(entry, '0.15.2', 'x86_64-linux', where)).toThrow(message)
  })
  it('escape the version in the asset pattern', () => {
    expect(expectedZigArchive('0.15.2', 'x86_64-linux').test('zig-x86_64-linux-0a15b2.tar.xz')).toBe(false)
  })
})

describe('musl-cross-url archive names', () => {
  it.runIf(process.platform === 'linux' && process.arch === 'x64')('refuse a template whose file is not a plain name, before any download', async () => {
    const req = { triple: 'x86_64-unknown-linux-musl', version: '20250929', sha256s: new Map(), tempDir: tmpdir(), log: { info() {}, warning() {} } }
    await expect(installMuslCross({ ...req, urlTemplate: 'https://u:pw@m.example/{{.Version}}/..%2F..%2Fevil' })).rejects.toThrow(
      'musl-cross-url: https://***@m.example/20250929/..%2F..%2Fevil ends in "../../evil", which is not a plain archive file name'
    )
  })
  it('cache a non-default template apart', () => {
    expect(sourceTag(DEFAULT_MUSL_CROSS_URL, DEFAULT_MUSL_CROSS_URL)).toBe('')
    expect(sourceTag('https://m.example/{{.Version}}/{{.Triple}}.tar.xz', DEFAULT_MUSL_CROSS_URL)).toMatch(/^mirror-[0-9a-f]{12}$/)
  })
})

describe('plain file names (property)', () => {
  const base = 'https://mirror.example/pub/go'
  it('whatever the string, an accepted name is one path element and its URL stays under the base', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z0-9./\\%_+-]{0,20}$/)), (name) => {
        if (!isPlainFileName(name)) return
        expect(path.posix.basename(name)).toBe(name)
        expect(path.win32.basename(name)).toBe(name)
        expect(name === '.' || name === '..' || name.includes('..')).toBe(false)
        const u = new URL(urlUnder(base, [name]))
        expect(u.origin).toBe('https://mirror.example')
        expect(u.pathname.split('/')).toHaveLength(4)
        expect(decodeURIComponent(u.pathname)).toBe(`/pub/go/${name}`)
      }),
      { numRuns: 2000 }
    )
  })
  it('whatever the index says, checkIndexFileName returns the expected name or throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant('go1.26.8.linux-amd64.tar.gz')), (name) => {
        let got: string | undefined
        try {
          got = checkIndexFileName(name, 'go1.26.8.linux-amd64.tar.gz', 'i')
        } catch (error) {
          expect((error as Error).message).toMatch(/^i names the file /)
          return
        }
        expect(got).toBe('go1.26.8.linux-amd64.tar.gz')
      })
    )
  })
  it('urlUnder refuses dot segments, slashes and control characters outright', () => {
    for (const s of ['..', '.', '', 'a/b', 'a\\b', 'a\u0000b', 'a\nb']) expect(() => urlUnder(base, [s])).toThrow(/not a single path element/)
    expect(urlUnder('https://m.example/dl/?token=abc', ['v1.2.3', 'a b+c.tar.xz'])).toBe('https://m.example/dl/v1.2.3/a%20b%2Bc.tar.xz?token=abc')
  })
  it('checkIndexSha256 takes 64 hex digits only', () => {
    expect(checkIndexSha256(SHA.toUpperCase(), 'f', 'i')).toBe(SHA)
    expect(() => checkIndexSha256(` ${SHA}`, 'f', 'i')).toThrow(/not 64 hex digits/)
  })
})

describe('URL redaction', () => {
  it.each([
    ['https://user:pw@mirror.example/dl/x?sig=abc&v=1', 'https://***@mirror.example/dl/x?sig=***&v=***'],
    ['http://user:secret@127.0.0.1:8080/', 'http://***@127.0.0.1:8080/'],
    ['https://token@mirror.example/go', 'https://***@mirror.example/go'],
    ['https://m.example/dl/?mode=json&include=all', 'https://m.example/dl/?mode=json&include=all'],
    ['https://m.example/dl/?token=t0k&mode=json', 'https://m.example/dl/?token=***&mode=json'],
    [
      'https://acct.blob.example/c/b?sv=2024-01-01&se=2026-01-01&sp=r&sig=S1gN%2Fx%3D',
      'https://acct.blob.example/c/b?sv=***&se=***&sp=***&sig=***'
    ],
    ['https://s3.example/b/k?X-Amz-Credential=AKIA&X-Amz-Signature=deadbeef', 'https://s3.example/b/k?X-Amz-Credential=***&X-Amz-Signature=***'],
    ['https://m.example/dl#access_token=xyz', 'https://m.example/dl#***'],
    ['https://go.dev/dl', 'https://go.dev/dl']
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown)
  })
  it('redact text that does not parse as a URL by pattern', () => {
    expect(redactUrl('htp//user:pw@host?token=abc')).toBe('htp//***@host?token=***')
  })
  it('redact every URL inside free text', () => {
    expect(redactUrls('HTTP 404 from http://u:p@127.0.0.1:1/dl/x.tar.gz; retried https://m.example/?sig=1.')).toBe(
      'HTTP 404 from http://***@127.0.0.1:1/dl/x.tar.gz; retried https://m.example/?sig=***.'
    )
  })
  it('take linear time on hostile text', () => {
    const started = performance.now()
    for (const text of ['a'.repeat(200_000), '?'.repeat(200_000), `x://${'//'.repeat(100_000)}`, 'http://'.repeat(30_000)]) {
      redactUrls(text)
      redactUrl(text)
    }
    expect(performance.now() - started).toBeLessThan(2000)
  })
  // the secrets all start with a marker that appears nowhere else, so "not in the output" is exact
  const secret = fc.string({ minLength: 0, maxLength: 30 }).map((s) => `S3CR3T${s}`)
  const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,12}$/).filter((k) => k !== 'mode' && k !== 'include')
  it('never print a password, a user name or a query value (property)', () => {
    fc.assert(
      fc.property(secret, secret, key, secret, fc.stringMatching(/^(\/[a-z0-9._-]{1,8}){0,3}$/), (user, pass, k, value, p) => {
        const url = `https://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@mirror.example${p}?${encodeURIComponent(k)}=${encodeURIComponent(value)}`
        for (const out of [redactUrl(url), redactUrls(`failed: ${url} (x)`), redactUrl(url.replace('@mirror.example', '@[not a host'))]) {
          expect(out).not.toContain('S3CR3T')
        }
      }),
      { numRuns: 1000 }
    )
  })
})

describe('Basic credentials from a URL', () => {
  it('become an Authorization header and leave the request URL', () => {
    expect(requestOf('http://user:s%40cret@127.0.0.1:1/dl/')).toEqual({
      href: 'http://127.0.0.1:1/dl/',
      headers: { authorization: `Basic ${Buffer.from('user:s@cret').toString('base64')}` }
    })
    expect(requestOf('https://go.dev/dl/x')).toEqual({ href: 'https://go.dev/dl/x', headers: {} })
  })
})

describe('cache keys carry the download source', () => {
  it('keep the official names for the default source, however it is spelled', () => {
    for (const b of ['https://go.dev/dl', 'https://go.dev/dl/', 'HTTPS://GO.DEV/dl//']) expect(cacheToolName('go', b, DEFAULT_GO_BASE_URL)).toBe('go')
    expect(cacheToolName('zig', 'https://ziglang.org/download/', DEFAULT_ZIG_BASE_URL)).toBe('zig')
  })
  it('give a mirror its own name: not the official one, the same for its credentials and tokens', () => {
    const tag = sourceTag('https://mirror.example/go', DEFAULT_GO_BASE_URL)
    expect(tag).toMatch(/^mirror-[0-9a-f]{12}$/)
    expect(sourceTag('https://u:p@mirror.example/go/?token=1', DEFAULT_GO_BASE_URL)).toBe(tag)
    expect(sourceTag('https://mirror.example/Go', DEFAULT_GO_BASE_URL)).not.toBe(tag)
    expect(sourceTag('http://mirror.example/go', DEFAULT_GO_BASE_URL)).not.toBe(tag)
    expect(cacheToolName('go', 'https://mirror.example/go', DEFAULT_GO_BASE_URL)).toBe(`go-${tag}`)
    // and the Actions-cache key of the archive differs with it
    expect(toolArchiveKey(`go-${tag}`, '1.26.8', 'go1.26.8.linux-amd64.tar.gz', SHA)).not.toBe(toolArchiveKey('go', '1.26.8', 'go1.26.8.linux-amd64.tar.gz', SHA))
    expect(tag).not.toContain('p')
  })
  it('build the index URL under the base, keeping its query', () => {
    expect(goIndexUrl('https://go.dev/dl')).toBe('https://go.dev/dl/?mode=json&include=all')
    expect(goIndexUrl('https://m.example/go/?token=x')).toBe('https://m.example/go/?token=x&mode=json&include=all')
  })
})

describe('http:// only for loopback', () => {
  it.each([
    ['http://127.0.0.1:8080/dl', true],
    ['http://127.9.8.7/dl', true],
    ['http://localhost:1/dl', true],
    ['http://mirror.localhost/dl', true],
    ['http://[::1]:3000/', true],
    ['http://127.1/', true],
    ['http://128.0.0.1/', false],
    ['http://localhost.evil.example/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://[::ffff:8.8.8.8]/', false],
    ['http://10.0.0.1/', false]
  ])('%s loopback: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback)
  })
  it('refuse a plain http mirror that is not loopback, naming the input and the fix', () => {
    expect(() => checkTransport([{ name: 'go-download-base-url', url: 'http://u:pw@mirror.example/go' }], false)).toThrow(
      'go-download-base-url: http://***@mirror.example/go is plain http:// to a host that is not loopback; use https://, or set allow-insecure-http: true if this network is trusted'
    )
    expect(() => checkTransport([{ name: 'x', url: 'http://mirror.example/go' }], true)).not.toThrow()
    expect(() => checkTransport([{ name: 'x', url: 'https://mirror.example/go' }, { name: 'y', url: 'http://127.0.0.1:1/' }], false)).not.toThrow()
  })

  const dir = mkdtempSync(path.join(tmpdir(), 'go-xbuild-mirrors-'))
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n')
  const config = (inputs: Record<string, string>) => {
    const env: Record<string, string> = { GITHUB_WORKSPACE: dir }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
    return readConfig(envInputReader(env), env, dir)
  }
  it.each([
    ['go-download-base-url', 'http://mirror.example/go'],
    ['upx-download-base-url', 'http://mirror.example/upx'],
    ['zig-download-base-url', 'http://mirror.example/zig'],
    ['musl-cross-url', 'http://mirror.example/{{.Version}}/{{.Triple}}.tar.xz'],
    ['fulcio-url', 'http://fulcio.example'],
    ['rekor-url', 'http://rekor.example'],
    ['tsa-url', 'http://tsa.example/api/v1/timestamp']
  ])('in every URL input: %s', async (input, url) => {
    await expect(config({ [input]: url })).rejects.toThrow(new RegExp(`^${input}: http://[^ ]+ is plain http:// to a host that is not loopback`))
    await expect(config({ [input]: url, 'allow-insecure-http': 'true' })).resolves.toBeTruthy()
    await expect(config({ [input]: url.replace(/[a-z]+\.example/, '127.0.0.1:9') })).resolves.toBeTruthy()
  })
  it('never echo a URL input credential in an error', async () => {
    await expect(config({ 'go-download-base-url': 'ftp://user:hunter2@mirror/go' })).rejects.toThrow('go-download-base-url: "ftp://***@mirror/go" must be an http(s) URL')
    await expect(config({ 'allow-insecure-http': 'perhaps' })).rejects.toThrow(/allow-insecure-http: "perhaps" is not a boolean/)
    await expect(config({ 'zig-version': '../0.15.2' })).rejects.toThrow(/zig-version: "\.\.\/0\.15\.2" is not a zig release version/)
  })
})
