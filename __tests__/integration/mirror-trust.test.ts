/**
 * A mirror is untrusted: installGo against the local mirror when its index names a path instead
 * of a file, when it asks for credentials, and when the same version comes from two sources.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { describeError } from '../../src/main.js'
import { fetchText } from '../../src/tools/download.js'
import { DEFAULT_GO_BASE_URL, installGo, pinGoVersion, type GoInstallRequest } from '../../src/tools/go.js'
import { parseGoVersionSpec } from '../../src/tools/go-versions.js'
import { cacheToolName } from '../../src/url.js'
import { goAsset, goIndex, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { PATH_WITHOUT_GO } from '../support/run-action.js'
import { tempDir } from '../support/workspace.js'

const lines: string[] = []
const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) }
const saved = { ...process.env }

describe('installGo against an untrusted mirror', () => {
  let mirror: Mirror
  let go: Asset
  beforeAll(async () => {
    go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
  })
  afterAll(() => mirror.close())
  beforeEach(() => {
    process.env.RUNNER_TOOL_CACHE = tempDir('tc')
    process.env.RUNNER_TEMP = tempDir('temp')
    process.env.PATH = PATH_WITHOUT_GO
    mirror.requests.length = 0
    mirror.authorizations.length = 0
    mirror.requireBasic(undefined)
    mirror.clearFaults()
    lines.length = 0
  })
  afterEach(() => {
    process.env = { ...saved }
  })
  const request = (spec: string, baseUrl: string, extra: Partial<GoInstallRequest> = {}): GoInstallRequest => ({
    spec: parseGoVersionSpec(spec),
    origin: 'test',
    checkLatest: false,
    baseUrl,
    tempDir: process.env.RUNNER_TEMP as string,
    log,
    retry: { attempts: 2, baseMs: 5, maxWaitMs: 10 },
    ...extra
  })

  /** An index at /<dir>/ whose linux/amd64 archive is named `filename` (the real archive is served under it too). */
  const hostileIndex = (dir: string, filename: string): string => {
    const index = goIndex(go) as Array<{ files: Array<{ filename: string }> }>
    index[0]!.files[0]!.filename = filename
    mirror.json(`/${dir}/a/b/?mode=json&include=all`, index)
    mirror.file(`/${dir}/${filename}`, go.file)
    mirror.file(`/evil.tar.gz`, go.file)
    return `${mirror.url}/${dir}/a/b`
  }

  it.each([['../../evil.tar.gz'], [`go${'1.26.8'}.linux-amd64.tar.gz/../x`], ['..%2f..%2fevil.tar.gz'], ['go1.26.8.linux-amd64.tar.gz\\..\\x']])(
    'refuses an index that names %j, before downloading or writing anything',
    async (name) => {
      const n = name.replace('1.26.8', go.version)
      const base = hostileIndex('hostile', n)
      await expect(installGo(request(go.version, base))).rejects.toThrow(
        new RegExp(`the Go release index at http://127\\.0\\.0\\.1:\\d+/hostile/a/b/\\?mode=json&include=all names the file ".*", which is not a plain file name`)
      )
      expect(mirror.requests).toEqual(['/hostile/a/b/?mode=json&include=all'])
      expect(readdirSync(process.env.RUNNER_TOOL_CACHE as string)).toEqual([])
      expect(readdirSync(process.env.RUNNER_TEMP as string)).toEqual([])
    }
  )

  it('refuses an index whose name is plain but not the asset for this version and platform', async () => {
    const index = goIndex(go) as Array<{ files: Array<{ filename: string }> }>
    index[0]!.files[0]!.filename = 'go1.1.1.linux-amd64.tar.gz'
    mirror.json('/other/?mode=json&include=all', index)
    await expect(installGo(request(go.version, `${mirror.url}/other`))).rejects.toThrow(/names the file "go1\.1\.1\.linux-amd64\.tar\.gz", not the expected go1\.\d+\.\d+\.linux-amd64\.tar\.gz/)
    expect(mirror.requests).toHaveLength(1)
  })

  it("mode: plan pins a version from the mirror's index alone, with the installer's checks on this runner's entry", async () => {
    const pin = (spec: string, base: string, platform: NodeJS.Platform = 'linux') =>
      pinGoVersion({ spec: parseGoVersionSpec(spec), origin: 'go.mod (go 1.22, a minimum)', baseUrl: base, log, retry: { attempts: 2, baseMs: 5, maxWaitMs: 10 }, platform, arch: 'x64' })
    await expect(pin('>=1.22', `${mirror.url}/dl`)).resolves.toBe(go.version)
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all'])
    expect(lines.join('\n')).toMatch(new RegExp(`\\(go\\.mod \\(go 1\\.22, a minimum\\)\\) resolves to Go ${go.version.replace(/\./g, '\\.')} in the release index; every build job gets go-version`))
    // a bad checksum for this runner's archive fails the plan, naming the index
    const index = goIndex(go) as Array<{ files: Array<{ sha256: string }> }>
    index[0]!.files[0]!.sha256 = 'nope'
    mirror.json('/plansum/?mode=json&include=all', index)
    await expect(pin('stable', `${mirror.url}/plansum`)).rejects.toThrow(/the Go release index at http:\/\/127\.0\.0\.1:\d+\/plansum\/\?mode=json&include=all gives "nope" as the SHA-256/)
    // a plan runner the mirror has no archive for still pins (the build runners are others)
    await expect(pin('stable', `${mirror.url}/plansum`, 'darwin')).resolves.toBe(go.version)
    await expect(pin('1.19', `${mirror.url}/dl`)).rejects.toThrow(/go-version: no Go release matches "1\.19" in the release index/)
  })

  it('refuses an index whose checksum is not 64 hex digits', async () => {
    const index = goIndex(go) as Array<{ files: Array<{ sha256: string }> }>
    index[0]!.files[0]!.sha256 = '../../x'
    mirror.json('/badsum/?mode=json&include=all', index)
    await expect(installGo(request(go.version, `${mirror.url}/badsum`))).rejects.toThrow(/gives "\.\.\/\.\.\/x" as the SHA-256 of go[\d.]+\.linux-amd64\.tar\.gz, which is not 64 hex digits/)
  })

  it('stops reading an index past its size cap, without retrying, and retries a body cut short', async () => {
    mirror.body('/huge.json', Buffer.alloc(256 * 1024, 0x20), 'application/json')
    await expect(fetchText(`${mirror.url}/huge.json`, { maxBytes: 64 * 1024, retry: { attempts: 3, baseMs: 5, maxWaitMs: 10 } })).rejects.toThrow(
      /http:\/\/127\.0\.0\.1:\d+\/huge\.json answered more than 65536 bytes; that is no release index/
    )
    expect(mirror.requests).toEqual(['/huge.json'])
    mirror.body('/cut.json', '{"a": 1}')
    mirror.fault('/cut.json', { remaining: 1, dropAfter: 3 })
    await expect(fetchText(`${mirror.url}/cut.json`, { log, retry: { attempts: 2, baseMs: 5, maxWaitMs: 10 } })).resolves.toBe('{"a": 1}')
  })

  it('sends a URL credential as Basic auth and never prints it, on success, retries and errors', async () => {
    mirror.requireBasic('user:secret')
    const base = `${mirror.url.replace('http://', 'http://user:secret@')}/dl`
    mirror.fault(`/dl/${go.filename}`, { remaining: 1, status: 503 })
    const got = await installGo(request(go.version, base))
    expect(got.source).toBe('download')
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all', `/dl/${go.filename}`, `/dl/${go.filename}`])
    expect(new Set(mirror.authorizations)).toEqual(new Set([`Basic ${Buffer.from('user:secret').toString('base64')}`]))
    expect(lines.join('\n')).toMatch(/warning: HTTP 503 from http:\/\/\*\*\*@127\.0\.0\.1:\d+\/dl\/go[\d.]+\.linux-amd64\.tar\.gz; retrying/)
    expect(lines.join('\n')).toMatch(/Downloading go [\d.]+ from http:\/\/\*\*\*@127\.0\.0\.1/)
    // cached under the mirror's name, which holds no credential either
    expect(got.goroot).not.toContain('secret')

    // the 404 path: an index that is not there
    const error = await installGo(request('stable', `${mirror.url.replace('http://', 'http://user:secret@')}/nowhere?token=secret`)).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    const message = describeError(error)
    expect(message).toMatch(/could not read the Go release index at http:\/\/\*\*\*@127\.0\.0\.1:\d+\/nowhere\/\?token=\*\*\*&mode=json&include=all: HTTP 404 from/)
    expect(`${message}\n${lines.join('\n')}`).not.toContain('secret')

    // a wrong password: the mirror's 401 is an error that names no credential
    const denied = await installGo(request('stable', `${mirror.url.replace('http://', 'http://user:wrongsecret@')}/dl`)).catch((e: Error) => e)
    expect(describeError(denied)).toMatch(/HTTP 401 from http:\/\/\*\*\*@127/)
    expect(describeError(denied)).not.toContain('secret')
  })

  it('caches a mirror apart from the official source, and still finds the preinstalled official Go', async () => {
    const tc = process.env.RUNNER_TOOL_CACHE as string
    // mirror A downloads into a tool-cache entry of its own
    const a = await installGo(request(go.version, `${mirror.url}/dl`))
    expect(a.goroot).toBe(path.join(tc, cacheToolName('go', `${mirror.url}/dl`, DEFAULT_GO_BASE_URL), go.version, 'x64'))
    expect(existsSync(path.join(tc, 'go'))).toBe(false)
    // a second mirror does not reuse A's
    serveGo({ json: (p, v) => mirror.json(p.replace('/dl/', '/other-dl/'), v), file: (p, f) => mirror.file(p.replace('/dl/', '/other-dl/'), f) }, go)
    mirror.requests.length = 0
    const b = await installGo(request(go.version, `${mirror.url}/other-dl/`))
    expect(b.source).toBe('download')
    expect(b.goroot).not.toBe(a.goroot)
    expect(mirror.requests).toEqual(['/other-dl/?mode=json&include=all', `/other-dl/${go.filename}`])

    // the runner's preinstalled Go lives at <tool cache>/go/<version>/<arch>: the official source
    // finds it without a request; a mirror does not take it for its own
    const official = path.join(tc, 'go', go.version, 'x64')
    mkdirSync(official, { recursive: true })
    cpSync(a.goroot, official, { recursive: true })
    writeFileSync(`${official}.complete`, '')
    mirror.requests.length = 0
    const fromRunner = await installGo(request(go.version, DEFAULT_GO_BASE_URL))
    expect(fromRunner).toMatchObject({ source: 'tool-cache', goroot: official })
    const fromMirror = await installGo(request(go.version, `${mirror.url}/dl`))
    expect(fromMirror).toMatchObject({ source: 'tool-cache', goroot: a.goroot })
    expect(mirror.requests).toEqual([])
  })
})
