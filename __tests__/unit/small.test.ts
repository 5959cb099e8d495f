import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runPool } from '../../src/build/pool.js'
import { describeError } from '../../src/main.js'
import { nearest } from '../../src/plan/suggest.js'
import { defaultName, parseDescribeLong } from '../../src/project.js'
import { formatSha256Sums, parseSha256Sums } from '../../src/release/checksums.js'
import { redactUrl } from '../../src/url.js'

describe('SHA256SUMS', () => {
  const a = 'a'.repeat(64)
  const b = 'b'.repeat(64)
  it('is coreutils text format, sorted by file name', () => {
    expect(formatSha256Sums([{ file: 'z-linux', sha256: a }, { file: 'B.exe', sha256: b }, { file: 'a/x', sha256: a }])).toBe(
      `${b}  B.exe\n${a}  a/x\n${a}  z-linux\n`
    )
  })
  it('reads back what it writes, and binary-mode lines', () => {
    expect(parseSha256Sums(`${a}  x\n${b} *y z\n`)).toEqual([{ file: 'x', sha256: a }, { file: 'y z', sha256: b }])
    expect(() => parseSha256Sums('nonsense\n')).toThrow(/not a SHA256SUMS line/)
  })
  it('refuses names coreutils would have to escape', () => {
    expect(() => formatSha256Sums([{ file: 'a\nb', sha256: a }])).toThrow(/newlines and backslashes/)
  })
})

describe('project name', () => {
  it.each([
    ['github.com/acme/tool', 'tool'],
    ['github.com/acme/tool/v2', 'tool'],
    ['example.com/x/cmd/v10', 'cmd'],
    ['tool', 'tool'],
    ['v2', 'v2']
  ])('%s → %s', (mod, want) => expect(defaultName(mod)).toBe(want))
})

describe('git describe --long', () => {
  it.each([
    ['v1.4.2-0-g2ea6378', { exactTag: 'v1.4.2', describe: 'v1.4.2' }],
    ['v1.4.2-3-g2ea6378', { exactTag: '', describe: 'v1.4.2-3-g2ea6378' }],
    ['2ea6378', { exactTag: '', describe: '2ea6378' }],
    ['x-0-gdeadbee-0-g2ea6378', { exactTag: 'x-0-gdeadbee', describe: 'x-0-gdeadbee' }],
    ['x-0-gdeadbee-12-g2ea6378', { exactTag: '', describe: 'x-0-gdeadbee-12-g2ea6378' }],
    ['', { exactTag: '', describe: '' }]
  ])('%s', (out, want) => expect(parseDescribeLong(out)).toEqual(want))

  it('gives back any tag on HEAD whole, and any later description as git wrote it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.stringMatching(/^[0-9a-f]{7,40}$/), (tag, n, hash) => {
        const out = `${tag}-${n}-g${hash}`
        expect(parseDescribeLong(out)).toEqual(n === 0 ? { exactTag: tag, describe: tag } : { exactTag: '', describe: out })
      })
    )
  })
})

describe('pool', () => {
  it('never runs more than the limit at once and keeps results in input order', async () => {
    let running = 0
    let peak = 0
    const { results } = await runPool([30, 10, 20, 5, 15], 2, async (ms) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, ms))
      running--
      return ms * 2
    })
    expect(peak).toBe(2)
    expect(results.map((r) => (r.ok ? r.value : null))).toEqual([60, 20, 40, 10, 30])
  })
  it('keeps going after a failure, unless fail-fast', async () => {
    const work = async (n: number): Promise<number> => {
      if (n === 1) throw new Error('boom')
      return n
    }
    const keepGoing = await runPool([1, 2, 3], 1, work)
    expect(keepGoing.results.map((r) => r.ok)).toEqual([false, true, true])
    const failFast = await runPool([1, 2, 3], 1, work, { failFast: true })
    expect(failFast.results).toEqual([{ ok: false, error: new Error('boom') }, { ok: false, skipped: true }, { ok: false, skipped: true }])
  })
})

describe('errors and logs', () => {
  it('keep the causes of a rethrown error', () => {
    const inner = new Error('HTTP 404 from https://mirror/go.tar.gz')
    expect(describeError(new Error('could not install Go', { cause: inner }))).toBe('could not install Go\n  caused by: HTTP 404 from https://mirror/go.tar.gz')
  })
  it('redact credentials in URLs', () => {
    expect(redactUrl('https://user:pw@mirror.example/dl/x?sig=abc&v=1')).toBe('https://***@mirror.example/dl/x?sig=***&v=***')
  })
  it('suggest only plausible neighbours', () => {
    expect(nearest('linux/arm65', ['linux/arm64', 'linux/amd64'])).toBe('linux/arm64')
    expect(nearest('zzzzzzzz/qqqq', ['linux/arm64'])).toBeUndefined()
  })
})
