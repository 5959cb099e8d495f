/**
 * Fan-out end to end: a plan run, one build run per matrix entry (one after the other here, each
 * with its own RUNNER_TEMP, checkout and job id), a merge run — against the results-service
 * stand-in and Azurite. The merged release must equal a single-job release, file for file (SBOMs
 * included: every run here makes both).
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo } from '../support/assets.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { startResultsService, type ResultsService } from '../support/results-service.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, linux/arm64, linux/arm/v7, darwin/arm64, windows/amd64, freebsd/amd64'
const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }
const LDFLAGS = '-s -w -X main.version={{.Version}} -X main.commit={{.ShortCommit}}'

interface Entry {
  id: string
  target?: string
  targets: string
  'runs-on': string
  'go-version': string
}

describe('fan-out: plan → build matrix → merge', () => {
  let mirror: Mirror
  let svc: ResultsService
  let toolCache: string
  let single: ActionRun
  let singleDir: string
  let goVersion: string

  const run = (inputs: Record<string, string>, env: Record<string, string>, workspace = fixtureWorkspace('app', GIT)) =>
    runAction({
      // sbom: both everywhere, so the merged SBOMs are held to the single job's bytes too
      inputs: { targets: TARGETS, ldflags: LDFLAGS, 'go-download-base-url': `${mirror.url}/dl`, cache: 'false', sbom: 'both', ...inputs },
      workspace,
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: SHARED_GOCACHE, GOMODCACHE: SHARED_GOMODCACHE, ...env }
    })

  /** plan, then every matrix entry's build job, in run `runId`; returns the plan's matrix. */
  async function planAndBuild(runId: string, groupBy: string, only?: (e: Entry) => boolean): Promise<Entry[]> {
    const plan = await run({ mode: 'plan', 'group-by': groupBy }, svc.env('plan', runId))
    expect(plan.exitCode, plan.stdout).toBe(0)
    const entries = (JSON.parse(plan.outputs.matrix as string) as { include: Entry[] }).include
    for (const e of entries.filter(only ?? (() => true))) {
      // as the README's workflow does: go-version: ${{ matrix.go-version }}
      const b = await run({ targets: e.targets, partial: 'true', 'go-version': e['go-version'] }, svc.env(`build-${e.id}`, runId))
      expect(b.exitCode, b.stdout).toBe(0)
    }
    return entries
  }

  beforeAll(async () => {
    const go = await goAsset()
    goVersion = go.version
    mirror = await startMirror()
    serveGo(mirror, go)
    svc = await startResultsService()
    toolCache = tempDir('toolcache')
    const ws = fixtureWorkspace('app', GIT)
    single = await run({}, svc.env('single', randomUUID()), ws)
    expect(single.exitCode, single.stdout).toBe(0)
    singleDir = path.join(ws, 'dist')
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
    await svc?.close()
  })

  it('plans a matrix reading only the release index, with the exact Go version in every entry', async () => {
    const before = mirror.requests.length
    const plan = await run({ mode: 'plan', 'group-by': 'os', 'runs-on': 'ubuntu-24.04' }, {}, fixtureWorkspace('app', GIT))
    expect(plan.exitCode, plan.stdout).toBe(0)
    // one index read to resolve go.mod's "go 1.22" to an exact release; no Go archive
    expect(mirror.requests.slice(before)).toEqual(['/dl/?mode=json&include=all'])
    const v = goVersion
    expect(JSON.parse(plan.outputs.matrix as string)).toEqual({
      include: [
        { id: 'linux', targets: 'linux/amd64 linux/arm64 linux/arm/v7', 'runs-on': 'ubuntu-24.04', 'go-version': v },
        { id: 'darwin', target: 'darwin/arm64', targets: 'darwin/arm64', 'runs-on': 'ubuntu-24.04', 'go-version': v },
        { id: 'windows', target: 'windows/amd64', targets: 'windows/amd64', 'runs-on': 'ubuntu-24.04', 'go-version': v },
        { id: 'freebsd', target: 'freebsd/amd64', targets: 'freebsd/amd64', 'runs-on': 'ubuntu-24.04', 'go-version': v }
      ]
    })
    expect(plan.outputs['go-version']).toBe(v)
    const esc = v.replace(/\./g, '\\.')
    expect(plan.stdout).toMatch(new RegExp(`\\(go\\.mod \\(go 1\\.22, a minimum\\)\\) resolves to Go ${esc} in the release index; every build job gets go-version ${esc}`))
    expect(plan.stdout).not.toMatch(/go build/)
  })

  it('plans darwin cgo on a Linux runner: the target goes to macos-runs-on, every entry pinned to one Go', async () => {
    const plan = await run({ mode: 'plan', targets: 'linux/amd64, darwin/amd64, darwin/arm64', cgo: 'darwin/arm64', 'macos-runs-on': 'macos-15' }, {})
    expect(plan.exitCode, plan.stdout).toBe(0)
    expect(plan.stdout).not.toMatch(/Apple's SDK/)
    const entries = (JSON.parse(plan.outputs.matrix as string) as { include: Entry[] }).include
    expect(entries.map((e) => [e.id, e.targets, e['runs-on'], e['go-version']])).toEqual([
      ['linux-amd64', 'linux/amd64', 'ubuntu-latest', goVersion],
      ['darwin-amd64', 'darwin/amd64', 'ubuntu-latest', goVersion],
      ['darwin-arm64', 'darwin/arm64', 'macos-15', goVersion]
    ])
  })

  it('fails the plan, once, when the pinned Go is older than go.mod asks for', async () => {
    const ws = fixtureWorkspace('app')
    writeFileSync(path.join(ws, 'go.mod'), 'module example.com/acme/xapp\n\ngo 1.99\n')
    const plan = await run({ mode: 'plan', 'go-version': goVersion }, {}, ws)
    expect(plan.exitCode).toBe(1)
    expect(plan.stdout).toMatch(new RegExp(`::error::go-version: go\\.mod requires go 1\\.99, but Go is ${goVersion.replace(/\./g, '\\.')}; set go-version to 1\\.99 or newer`))
    expect(plan.outputs.matrix).toBeUndefined()
  })

  it("a partial job builds its share with a cgo list naming the other jobs' targets, and merge on Linux accepts darwin cgo", async () => {
    const runId = randomUUID()
    const b = await run({ targets: 'linux/amd64', cgo: 'darwin/arm64', partial: 'true', 'go-version': goVersion }, svc.env('build-linux-amd64', runId))
    expect(b.exitCode, b.stdout).toBe(0)
    expect(b.stdout).toMatch(new RegExp(`Go ${goVersion.replace(/\./g, '\\.')}`))
    expect(b.stdout).toMatch(/c-toolchain: skipped \(no cgo targets\)/)
    expect(b.stdout).not.toMatch(/partial: true with a Go request/)
    expect(svc.artifacts.filter((a) => a.runId === runId && a.finalized).map((a) => a.name)).toEqual(['xapp-1.4.2-partial-linux-amd64'])
    // the merge job on Linux gets past the cgo check; it stops only because the macOS job never ran
    const merge = await run({ mode: 'merge', targets: 'linux/amd64, darwin/arm64', cgo: 'darwin/arm64' }, svc.env('merge', runId))
    expect(merge.exitCode).toBe(1)
    expect(merge.stdout).not.toMatch(/Apple's SDK/)
    expect(merge.stdout).toMatch(/::error::merge: no partial artifact holds darwin\/arm64; did that build job fail or get skipped\?/)
    // a build (not a partial share) on Linux still refuses darwin cgo, before any download
    const before = mirror.requests.length
    const refused = await run({ targets: 'darwin/arm64', cgo: 'darwin/arm64' }, {})
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/::error::cgo: darwin\/arm64: cgo for Apple platforms needs Apple's SDK, which a linux runner cannot use/)
    expect(mirror.requests.length).toBe(before)
  })

  it('merges the partial builds into a release identical, file for file, to a single-job one', async () => {
    const runId = randomUUID()
    const entries = await planAndBuild(runId, '2')
    expect(entries).toHaveLength(3)
    const partials = svc.artifacts.filter((a) => a.runId === runId && a.finalized).map((a) => a.name)
    expect(partials).toHaveLength(3)
    expect(partials.every((n) => /^xapp-1\.4\.2-partial-targets-[0-9a-f]{8}$/.test(n))).toBe(true)

    const ws = fixtureWorkspace('app', GIT)
    const merge = await run({ mode: 'merge', 'delete-partials': 'true' }, svc.env('merge', runId), ws)
    expect(merge.exitCode, merge.stdout).toBe(0)
    const merged = path.join(ws, 'dist')
    const files = readdirSync(singleDir).sort()
    expect(readdirSync(merged).sort()).toEqual(files)
    // every binary's SBOMs, made in the build jobs, are among them
    expect(files.filter((f) => f.endsWith('.spdx.json'))).toHaveLength(6)
    expect(files.filter((f) => f.endsWith('.cdx.json'))).toHaveLength(6)
    for (const f of files) expect(readFileSync(path.join(merged, f)).equals(readFileSync(path.join(singleDir, f))), f).toBe(true)
    // the same artifact name as the single job, and the partials are gone
    const final = svc.artifacts.filter((a) => a.runId === runId && a.finalized)
    expect(final.map((a) => a.name)).toEqual([single.outputs['artifact-name']])
    expect(merge.outputs['go-version']).toBe(single.outputs['go-version'])
    expect(execFileSync(path.join(merged, 'xapp-linux-amd64'), ['--version'], { encoding: 'utf8' })).toMatch(/^xapp 1\.4\.2 /)
  })

  it('checksums-name in the merge job: the merged checksum file has that name and the single job\'s SHA256SUMS bytes', async () => {
    const runId = randomUUID()
    await planAndBuild(runId, '2')
    const ws = fixtureWorkspace('app', GIT)
    const merge = await run({ mode: 'merge', 'checksums-name': '{{.ProjectName}}_{{.Version}}_checksums.txt' }, svc.env('merge', runId), ws)
    expect(merge.exitCode, merge.stdout).toBe(0)
    const merged = path.join(ws, 'dist')
    expect(merge.outputs.checksums).toBe(path.join(merged, 'xapp_1.4.2_checksums.txt'))
    expect(readdirSync(merged)).not.toContain('SHA256SUMS')
    expect(readFileSync(path.join(merged, 'xapp_1.4.2_checksums.txt')).equals(readFileSync(path.join(singleDir, 'SHA256SUMS')))).toBe(true)
    expect((JSON.parse(readFileSync(path.join(merged, 'manifest.json'), 'utf8')) as { checksums: string }).checksums).toBe('xapp_1.4.2_checksums.txt')
    expect(execFileSync('sha256sum', ['-c', '--strict', 'xapp_1.4.2_checksums.txt'], { cwd: merged, encoding: 'utf8' })).toMatch(/xapp-linux-amd64: OK/)
  })

  it('fails the merge, naming the target, when a build job is missing', async () => {
    const runId = randomUUID()
    await planAndBuild(runId, 'os', (e) => e.id !== 'freebsd')
    const merge = await run({ mode: 'merge' }, svc.env('merge', runId))
    expect(merge.exitCode).toBe(1)
    expect(merge.stdout).toMatch(/::error::merge: no partial artifact holds freebsd\/amd64; did that build job fail or get skipped\?/)
    expect(svc.artifacts.filter((a) => a.runId === runId && !a.name.includes('-partial-'))).toEqual([])
  })

  it('fails the merge, naming the partial and the file, when a partial was tampered with', async () => {
    const runId = randomUUID()
    await planAndBuild(runId, 'os')
    const victim = svc.artifacts.find((a) => a.runId === runId && a.finalized && a.name.endsWith('-partial-windows-amd64'))!
    const dir = tempDir('tamper')
    writeFileSync(path.join(dir, 'a.zip'), await svc.read(victim.blob))
    // replace the binary inside the zip with one byte flipped (Python's zipfile, an independent writer)
    execFileSync('python3', [
      '-c',
      `import zipfile,sys
src=zipfile.ZipFile(sys.argv[1]); out=zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED)
for i in src.infolist():
  data=src.read(i)
  if i.filename=='xapp-windows-amd64.exe': data=data[:1000]+bytes([data[1000]^1])+data[1001:]
  out.writestr(i,data)
out.close()`,
      path.join(dir, 'a.zip'),
      path.join(dir, 'b.zip')
    ])
    await svc.write(victim.blob, readFileSync(path.join(dir, 'b.zip')))
    const merge = await run({ mode: 'merge' }, svc.env('merge', runId))
    expect(merge.exitCode).toBe(1)
    expect(merge.stdout).toMatch(
      /::error::merge: in partial artifact xapp-1\.4\.2-partial-windows-amd64, xapp-windows-amd64\.exe \(windows\/amd64\) has sha256 [0-9a-f]{64}, but its manifest says [0-9a-f]{64}/
    )
  })

  it('refuses partial: true without upload, and merge without an artifact service', async () => {
    const a = await run({ partial: 'true', upload: 'false' }, {})
    expect(a.stdout).toMatch(/::error::partial: true and upload: false conflict/)
    const b = await run({ mode: 'merge' }, {})
    expect(b.exitCode).toBe(1)
    expect(b.stdout).toMatch(/::error::mode: merge needs the artifact service, and there is none: ACTIONS_RUNTIME_TOKEN is not set/)
  })
})
