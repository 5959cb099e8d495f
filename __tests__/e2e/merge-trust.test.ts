/**
 * Merge trusts nothing, end to end: two real partial builds (linux/amd64, windows/amd64) are made
 * once; each case copies them into a run of its own with one partial's manifest.json rewritten (as a
 * hostile or broken build job could upload it), then runs the bundled action in mode merge. Every
 * refusal names the partial and the field, and the merge writes no output-dir and uploads nothing.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { startResultsService, type ResultsService } from '../support/results-service.js'
import { runAction } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, windows/amd64'
const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }
const LDFLAGS = '-s -w -X main.version={{.Version}}'
const LINUX = 'xapp-1.4.2-partial-linux-amd64'
const WINDOWS = 'xapp-1.4.2-partial-windows-amd64'

// Python's zipfile: an independent reader and writer for the uploaded artifact zips
const ZIP = `import sys, zipfile
mode, src = sys.argv[1], sys.argv[2]
z = zipfile.ZipFile(src)
if mode == 'read':
    sys.stdout.write(z.read('manifest.json').decode())
elif mode == 'file':
    sys.stdout.write(z.read(sys.argv[3]).decode())
else:
    import json
    files = json.loads(sys.argv[5])
    out = zipfile.ZipFile(sys.argv[3], 'w', zipfile.ZIP_DEFLATED)
    for i in z.infolist():
        data = open(sys.argv[4], 'rb').read() if i.filename == 'manifest.json' else files[i.filename].encode() if i.filename in files else z.read(i)
        out.writestr(i, data)
    out.close()`

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('merge trusts no partial', () => {
  let mirror: Mirror
  let svc: ResultsService
  let toolCache: string
  const baseRun = randomUUID()
  let nextId = 500_000

  const run = (inputs: Record<string, string>, env: Record<string, string>, workspace = fixtureWorkspace('app', GIT)) =>
    runAction({
      inputs: { targets: TARGETS, ldflags: LDFLAGS, 'go-download-base-url': `${mirror.url}/dl`, cache: 'false', ...inputs },
      workspace,
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE, ...env }
    })

  /** A new run holding copies of the base run's partials; `rewrite` may replace one partial's manifest text. */
  async function cloneRun(rewrite?: { partial: string; manifest: (text: string) => string; files?: Record<string, string> }, from = baseRun): Promise<string> {
    const runId = randomUUID()
    for (const a of svc.artifacts.filter((x) => x.runId === from && x.finalized)) {
      let data = await svc.read(a.blob)
      if (rewrite?.partial === a.name) {
        const dir = tempDir('rewrite')
        writeFileSync(path.join(dir, 'in.zip'), data)
        const text = execFileSync('python3', ['-c', ZIP, 'read', path.join(dir, 'in.zip')], { encoding: 'utf8' })
        writeFileSync(path.join(dir, 'manifest.json'), rewrite.manifest(text))
        execFileSync('python3', ['-c', ZIP, 'write', path.join(dir, 'in.zip'), path.join(dir, 'out.zip'), path.join(dir, 'manifest.json'), JSON.stringify(rewrite.files ?? {})])
        data = readFileSync(path.join(dir, 'out.zip'))
      }
      const blob = `${runId}/clone/${a.name}-${randomUUID()}`
      await svc.write(blob, data)
      svc.artifacts.push({ ...a, id: nextId++, runId, blob, size: data.length })
    }
    return runId
  }
  /** The base run's linux partial, as a zip in a directory of its own (in.zip). */
  async function firstPartialZip(): Promise<string> {
    const a = svc.artifacts.find((x) => x.runId === baseRun && x.finalized && x.name === LINUX)!
    const dir = tempDir('read')
    writeFileSync(path.join(dir, 'in.zip'), await svc.read(a.blob))
    return dir
  }
  const edit = (partial: string, change: (m: Json) => void) => ({
    partial,
    manifest: (text: string) => {
      const m = JSON.parse(text) as Json
      change(m)
      return JSON.stringify(m, null, 2)
    }
  })

  /** Runs merge in `runId`; expects it to fail with `message`, writing no output-dir and uploading nothing. */
  async function expectRefused(runId: string, message: RegExp, inputs: Record<string, string> = {}): Promise<string> {
    const ws = fixtureWorkspace('app', GIT)
    const merge = await run({ mode: 'merge', ...inputs }, svc.env('merge', runId), ws)
    expect(merge.exitCode, merge.stdout).toBe(1)
    const errors = merge.stdout.split('\n').filter((l) => l.startsWith('::error::'))
    expect(errors.join('\n')).toMatch(message)
    expect(merge.stdout + merge.stderr).not.toMatch(/TypeError|at .*\.js:\d+/)
    expect(existsSync(path.join(ws, 'dist'))).toBe(false)
    expect(svc.artifacts.filter((a) => a.runId === runId && !a.name.includes('-partial-'))).toEqual([])
    return merge.stdout
  }

  beforeAll(async () => {
    const go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    svc = await startResultsService()
    toolCache = tempDir('toolcache')
    for (const t of ['linux/amd64', 'windows/amd64']) {
      const b = await run({ targets: t, partial: 'true' }, svc.env(`build-${t.replace('/', '-')}`, baseRun))
      expect(b.exitCode, b.stdout).toBe(0)
      // no go-version from a plan: each job resolves go.mod's minimum itself, and is told so
      expect(b.stdout).toMatch(/::warning::partial: true with a Go request that is not one exact version \(>=1\.22[^,]*, go\.mod \(go 1\.22, a minimum\)\): each build job resolves it on its own runner/)
    }
    expect(svc.artifacts.filter((a) => a.runId === baseRun && a.finalized).map((a) => a.name).sort()).toEqual([LINUX, WINDOWS])
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
    await svc?.close()
  })

  it('merges untouched copies (the checks refuse nothing honest)', async () => {
    const runId = await cloneRun()
    const ws = fixtureWorkspace('app', GIT)
    const merge = await run({ mode: 'merge' }, svc.env('merge', runId), ws)
    expect(merge.exitCode, merge.stdout).toBe(0)
    const manifest = JSON.parse(readFileSync(path.join(ws, 'dist', 'manifest.json'), 'utf8')) as Json
    expect(manifest.artifacts.map((a: Json) => a.file)).toEqual(['xapp-linux-amd64', 'xapp-windows-amd64.exe'])
    expect(manifest.artifacts.map((a: Json) => [a.format, a.static])).toEqual([['elf', true], ['pe', undefined]])
  })

  it('refuses a manifest that is not JSON', async () => {
    const runId = await cloneRun({ partial: LINUX, manifest: (t) => t.slice(0, 40) })
    await expectRefused(runId, new RegExp(`::error::merge: the manifest\\.json of partial artifact ${LINUX} is not JSON: `))
  })

  it('refuses a manifest that violates the schema, naming the field', async () => {
    const runId = await cloneRun(edit(WINDOWS, (m) => (m.artifacts[0].size = 'big')))
    await expectRefused(runId, new RegExp(`::error::merge: the manifest\\.json of partial artifact ${WINDOWS} does not match the manifest schema: /artifacts/0/size must be integer`))
  })

  it('refuses a manifest whose size was tampered with, from the downloaded bytes', async () => {
    const runId = await cloneRun(edit(LINUX, (m) => (m.artifacts[0].size += 1)))
    await expectRefused(runId, new RegExp(`::error::merge: in partial artifact ${LINUX}, xapp-linux-amd64 \\(linux/amd64\\) is (\\d+) bytes, but its manifest's size says \\d+`))
  })

  it("refuses partials built with other ldflags than the merge job's inputs", async () => {
    const runId = await cloneRun()
    await expectRefused(
      runId,
      new RegExp(`::error::merge: partial artifact ${LINUX} was built with ldflags "-s -w -X main\\.version=\\{\\{\\.Version\\}\\}", but this job's inputs say "-s -w"; give merge the same build inputs as the build jobs`),
      { ldflags: '-s -w' }
    )
  })

  it('refuses partials whose build settings differ from each other', async () => {
    const runId = await cloneRun(edit(WINDOWS, (m) => (m.build.goflags = '-mod=vendor')))
    await expectRefused(runId, new RegExp(`::error::merge: the partial artifacts were built with different build\\.goflags: ${LINUX} with undefined, ${WINDOWS} with "-mod=vendor"`))
  })

  it('refuses partials built with different Go versions, naming both versions and both partials', async () => {
    const built = (JSON.parse(execFileSync('python3', ['-c', ZIP, 'read', path.join(await firstPartialZip(), 'in.zip')], { encoding: 'utf8' })) as Json).go.version as string
    const runId = await cloneRun(edit(WINDOWS, (m) => (m.go.version = '1.22.12')))
    const esc = (v: string) => v.replace(/\./g, '\\.')
    await expectRefused(
      runId,
      new RegExp(`::error::merge: the partial artifacts were built with different Go versions: Go ${esc(built)} by ${LINUX}; Go 1\\.22\\.12 by ${WINDOWS}; pass mode: plan's go-version to every build job \\(go-version: \\$\\{\\{ matrix\\.go-version \\}\\}\\)`)
    )
  })

  it("refuses partials whose Go is not the merge job's exact go-version", async () => {
    const runId = await cloneRun()
    await expectRefused(runId, new RegExp(`::error::merge: partial artifact ${LINUX} was built with Go [0-9.]+, but this job's go-version is 1\\.22\\.12 \\(go-version input\\); give merge the go-version the build jobs used, or none`), {
      'go-version': '1.22.12'
    })
  })

  it('refuses a file name that climbs out, and one listed by two partials', async () => {
    const a = await cloneRun(edit(LINUX, (m) => (m.artifacts[0].file = '../../../evil')))
    await expectRefused(a, new RegExp(`::error::merge: the manifest\\.json of partial artifact ${LINUX}: artifacts/0/file "\\.\\./\\.\\./\\.\\./evil" has an empty, "\\." or "\\.\\." element`))
    const b = await cloneRun(edit(WINDOWS, (m) => (m.artifacts[0].file = 'xapp-linux-amd64')))
    await expectRefused(b, new RegExp(`::error::merge: xapp-linux-amd64 is listed twice, by partial artifact ${LINUX} and by ${WINDOWS}`))
  })

  it("refuses a manifest whose static or format does not match the binary's header", async () => {
    const runId = await cloneRun(edit(LINUX, (m) => (m.artifacts[0].static = false)))
    await expectRefused(runId, new RegExp(`::error::merge: in partial artifact ${LINUX}, xapp-linux-amd64 \\(linux/amd64\\) is static, but its manifest's static says false`))
    const pe = await cloneRun(edit(WINDOWS, (m) => (m.artifacts[0].format = 'macho')))
    await expectRefused(pe, new RegExp(`::error::merge: in partial artifact ${WINDOWS}, xapp-windows-amd64\\.exe \\(windows/amd64\\) is PE32\\+ .*, but its manifest's format says macho`))
  })

  describe('SBOMs in partials', () => {
    const sbomRun = randomUUID()
    beforeAll(async () => {
      for (const t of ['linux/amd64', 'windows/amd64']) {
        const b = await run({ targets: t, partial: 'true', sbom: 'both' }, svc.env(`sbom-build-${t.replace('/', '-')}`, sbomRun))
        expect(b.exitCode, b.stdout).toBe(0)
      }
    }, 600_000)
    const spdxOf = async (): Promise<string> => {
      const a = svc.artifacts.find((x) => x.runId === sbomRun && x.finalized && x.name === LINUX)!
      const dir = tempDir('read')
      writeFileSync(path.join(dir, 'in.zip'), await svc.read(a.blob))
      return execFileSync('python3', ['-c', ZIP, 'file', path.join(dir, 'in.zip'), 'xapp-linux-amd64.spdx.json'], { encoding: 'utf8' })
    }

    it('merges them, byte for byte, when the merge job asks for the same sbom', async () => {
      const runId = await cloneRun(undefined, sbomRun)
      const ws = fixtureWorkspace('app', GIT)
      const merge = await run({ mode: 'merge', sbom: 'both' }, svc.env('merge', runId), ws)
      expect(merge.exitCode, merge.stdout).toBe(0)
      expect(readFileSync(path.join(ws, 'dist', 'xapp-linux-amd64.spdx.json'), 'utf8')).toBe(await spdxOf())
      expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: path.join(ws, 'dist'), encoding: 'utf8' })).toMatch(/xapp-windows-amd64\.exe\.cdx\.json: OK/)
    })

    it("refuses partials whose SBOMs are not what the merge job's sbom input makes", async () => {
      const runId = await cloneRun(undefined, sbomRun)
      await expectRefused(
        runId,
        new RegExp(`::error::merge: linux/amd64 \\(xapp\\) in partial artifact ${LINUX} carries the SBOMs \\["xapp-linux-amd64\\.spdx\\.json","xapp-linux-amd64\\.cdx\\.json"\\], but this job's sbom input \\(spdx\\) makes \\["xapp-linux-amd64\\.spdx\\.json"\\]; give merge the same sbom input as the build jobs`),
        { sbom: 'spdx' }
      )
    })

    it('refuses an SBOM whose bytes are not the ones its manifest lists', async () => {
      const runId = await cloneRun({ ...edit(LINUX, () => {}), files: { 'xapp-linux-amd64.spdx.json': '{"spdxVersion":"SPDX-2.3"}' } }, sbomRun)
      await expectRefused(runId, new RegExp(`::error::merge: in partial artifact ${LINUX}, xapp-linux-amd64\\.spdx\\.json \\(linux/amd64\\) has sha256 [0-9a-f]{64}, but its manifest says [0-9a-f]{64}`), { sbom: 'both' })
    })

    it('refuses an SBOM that describes another file, even with its hash in the manifest', async () => {
      const other = (await spdxOf()).replaceAll(/[0-9a-f]{64}/g, (h) => h.replace(/./, (c) => (c === '0' ? '1' : '0')))
      const sha256 = execFileSync('sha256sum', { input: other, encoding: 'utf8' }).slice(0, 64)
      const runId = await cloneRun(
        {
          ...edit(LINUX, (m) => Object.assign(m.artifacts[0].sboms[0], { sha256, size: Buffer.byteLength(other) })),
          files: { 'xapp-linux-amd64.spdx.json': other }
        },
        sbomRun
      )
      await expectRefused(runId, new RegExp(`::error::merge: in partial artifact ${LINUX}, xapp-linux-amd64\\.spdx\\.json does not describe xapp-linux-amd64 \\(linux/amd64\\): the binary's sha256 [0-9a-f]{64} is not in it`), { sbom: 'both' })
    })
  })
})
