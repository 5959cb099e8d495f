/** The shared downloader against a real HTTP peer: the local mirror, with faults injected. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ChecksumError, downloadVerified, fetchJson, type RetryPolicy } from '../../src/tools/download.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { tempDir } from '../support/workspace.js'

const BODY = Buffer.alloc(3 * 1024 * 1024 + 17, 'go-xbuild ')
const SHA = createHash('sha256').update(BODY).digest('hex')
const FAST: RetryPolicy = { attempts: 4, baseMs: 10, maxWaitMs: 50 }
const warnings: string[] = []
const log = { info: () => undefined, warning: (m: string) => void warnings.push(m) }

describe('downloadVerified', () => {
  let mirror: Mirror
  let dir: string
  beforeAll(async () => {
    mirror = await startMirror()
    mirror.body('/f.bin', BODY)
    mirror.json('/index.json', [{ ok: true }])
  })
  afterAll(() => mirror.close())
  beforeEach(() => {
    mirror.clearFaults()
    mirror.requests.length = 0
    warnings.length = 0
    dir = tempDir('dl')
  })
  const dl = (sha256: string | undefined = SHA) =>
    downloadVerified({ url: `${mirror.url}/f.bin`, dest: path.join(dir, 'f.bin'), sha256, log, retry: FAST })

  it('streams to the destination and verifies the hash', async () => {
    const got = await dl()
    expect(got).toEqual({ path: path.join(dir, 'f.bin'), sha256: SHA, size: BODY.length })
    expect(readFileSync(got.path).equals(BODY)).toBe(true)
    expect(readdirSync(dir)).toEqual(['f.bin'])
  })

  it('accepts an upper-case expected hash', async () => {
    await expect(dl(SHA.toUpperCase())).resolves.toMatchObject({ sha256: SHA })
  })

  it('deletes a corrupted download and names the URL and both hashes', async () => {
    mirror.fault('/f.bin', { remaining: 1, corrupt: true })
    const error = await dl().catch((e: Error) => e)
    expect(error).toBeInstanceOf(ChecksumError)
    expect((error as Error).message).toMatch(new RegExp(`^checksum mismatch for ${mirror.url}/f.bin: expected sha256 ${SHA}, got [0-9a-f]{64} \\(${BODY.length} bytes\\)`))
    expect(readdirSync(dir)).toEqual([])
  })

  it('retries a burst of 503s, honouring Retry-After', async () => {
    mirror.fault('/f.bin', { remaining: 2, status: 503, retryAfter: '0' })
    await expect(dl()).resolves.toMatchObject({ sha256: SHA })
    expect(mirror.requests).toEqual(['/f.bin', '/f.bin', '/f.bin'])
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/HTTP 503 from .*\/f\.bin; retrying in 0\.0 s \(attempt 2 of 4\)/)
  })

  it('retries a connection dropped mid-body, leaving no partial file', async () => {
    mirror.fault('/f.bin', { remaining: 1, dropAfter: 65536 })
    await expect(dl()).resolves.toMatchObject({ sha256: SHA })
    expect(warnings[0]).toMatch(/connection lost|truncated body/)
    expect(readdirSync(dir)).toEqual(['f.bin'])
  })

  it('gives up after the last attempt, saying how many were made', async () => {
    mirror.fault('/f.bin', { remaining: 10, status: 502 })
    await expect(dl()).rejects.toThrow(/HTTP 502 from .*\/f\.bin, 4 attempts in all; giving up/)
    expect(mirror.requests).toHaveLength(4)
    expect(readdirSync(dir)).toEqual([])
  })

  it('does not retry a 404', async () => {
    await expect(downloadVerified({ url: `${mirror.url}/missing`, dest: path.join(dir, 'x'), sha256: SHA, log, retry: FAST })).rejects.toThrow(
      /^HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/missing$/
    )
    expect(mirror.requests).toEqual(['/missing'])
  })

  it('refuses to download without an expected hash unless told why', async () => {
    await expect(downloadVerified({ url: `${mirror.url}/f.bin`, dest: path.join(dir, 'f.bin'), log, retry: FAST })).rejects.toThrow(/no SHA-256 is known .*refusing to use an unverified download/)
    await expect(dl('abc')).rejects.toThrow(/is not 64 hex digits/)
    expect(mirror.requests).toEqual([])
  })

  it('fetches JSON with the same retries', async () => {
    mirror.fault('/index.json', { remaining: 1, status: 500 })
    await expect(fetchJson(`${mirror.url}/index.json`, { log, retry: FAST })).resolves.toEqual([{ ok: true }])
    expect(mirror.requests).toEqual(['/index.json', '/index.json'])
  })
})
