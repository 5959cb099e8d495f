/**
 * installGo against the local mirror serving a real Go archive: where a toolchain comes from, in
 * which order, and that nothing unverified ever reaches the tool cache.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_GO_BASE_URL, installGo, type GoInstallRequest } from '../../src/tools/go.js'
import { cacheToolName } from '../../src/url.js'
import { parseGoVersionSpec } from '../../src/tools/go-versions.js'
import { goAsset, goIndex, serveGo, type Asset } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { PATH_WITHOUT_GO } from '../support/run-action.js'
import { tempDir } from '../support/workspace.js'

const lines: string[] = []
const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) }
const saved = { ...process.env }

describe('installGo', () => {
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
    mirror.clearFaults()
    lines.length = 0
  })
  afterEach(() => {
    process.env = { ...saved }
  })
  const request = (spec: string, extra: Partial<GoInstallRequest> = {}): GoInstallRequest => ({
    spec: parseGoVersionSpec(spec),
    origin: 'test',
    checkLatest: false,
    baseUrl: `${mirror.url}/dl/`,
    tempDir: process.env.RUNNER_TEMP as string,
    log,
    retry: { attempts: 2, baseMs: 5, maxWaitMs: 10 },
    ...extra
  })

  it('downloads, verifies and caches; the next call finds it without a request', async () => {
    const first = await installGo(request('1.26'))
    expect(first).toMatchObject({ version: go.version, source: 'download' })
    // a mirror's Go is cached under a name of its own (see mirror-trust.test.ts)
    expect(first.goroot).toBe(path.join(process.env.RUNNER_TOOL_CACHE as string, cacheToolName('go', `${mirror.url}/dl/`, DEFAULT_GO_BASE_URL), go.version, 'x64'))
    expect(existsSync(first.go)).toBe(true)
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all', `/dl/${go.filename}`])
    // the private download directory is gone
    expect(readdirSync(process.env.RUNNER_TEMP as string)).toEqual([])

    const second = await installGo(request(`>=${go.version}`))
    expect(second).toMatchObject({ version: go.version, source: 'tool-cache', goroot: first.goroot })
    expect(mirror.requests).toHaveLength(2)
  })

  it('uses a Go on PATH that satisfies the request, and says so', async () => {
    process.env.PATH = `/usr/local/go/bin:${PATH_WITHOUT_GO}`
    const got = await installGo(request('>=1.22'))
    expect(got).toMatchObject({ version: go.version, source: 'path', goroot: '/usr/local/go' })
    expect(lines.join('\n')).toMatch(new RegExp(`Go ${go.version} found on PATH at /usr/local/go satisfies >=1.22`))
    expect(mirror.requests).toEqual([])
  })

  it('asks the index first with check-latest, and for stable', async () => {
    process.env.PATH = `/usr/local/go/bin:${PATH_WITHOUT_GO}`
    await installGo(request('>=1.22', { checkLatest: true }))
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all'])
    mirror.requests.length = 0
    await installGo(request('stable'))
    expect(mirror.requests).toEqual(['/dl/?mode=json&include=all'])
  })

  it('leaves nothing in the tool cache when the archive is corrupt', async () => {
    mirror.fault(`/dl/${go.filename}`, { remaining: 5, corrupt: true })
    await expect(installGo(request(go.version))).rejects.toThrow(/checksum mismatch/)
    expect(readdirSync(process.env.RUNNER_TOOL_CACHE as string)).toEqual([])
    expect(readdirSync(process.env.RUNNER_TEMP as string)).toEqual([])
  })

  it('leaves nothing in the tool cache when the archive holds another Go than the index says', async () => {
    const lying = goIndex(go) as Array<{ version: string; files: Array<{ version: string; filename: string }> }>
    lying[0]!.version = 'go1.26.99'
    // under the name the index must give for 1.26.99, so only the extracted VERSION tells
    lying[0]!.files[0]!.filename = 'go1.26.99.linux-amd64.tar.gz'
    mirror.json('/lying/?mode=json&include=all', lying)
    mirror.file('/lying/go1.26.99.linux-amd64.tar.gz', go.file)
    await expect(installGo(request('1.26.99', { baseUrl: `${mirror.url}/lying` }))).rejects.toThrow(/holds Go 1\.26\.\d+, not 1\.26\.99/)
    expect(readdirSync(process.env.RUNNER_TOOL_CACHE as string)).toEqual([])
  })

  it('explains an index that cannot be read', async () => {
    await expect(installGo(request('stable', { baseUrl: `${mirror.url}/nowhere` }))).rejects.toThrow(
      /could not read the Go release index at http:\/\/127\.0\.0\.1:\d+\/nowhere\/\?mode=json&include=all: HTTP 404/
    )
  })
})
