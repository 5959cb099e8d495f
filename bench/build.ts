/**
 * go-xbuild against the floor (plain `go build` commands) and goreleaser, on the same fixture,
 * targets and flags, side by side in one run. Reports ratios (timings on shared 2-core machines
 * are noisy; ratios measured together are what holds) as a markdown table and JSON with the
 * action's per-stage timings and peak RSS.
 *
 *   npm run bench                         # everything
 *   npm run bench -- --quick              # warm cases only
 *   npm run bench -- --no-goreleaser
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { goAsset, serveGo, ROOT, TEST_CACHE } from '../__tests__/support/assets.js'
import { startMirror } from '../__tests__/support/mirror.js'
import { NODE24, PATH_WITHOUT_GO, runAction } from '../__tests__/support/run-action.js'
import { fixtureWorkspace, tempDir } from '../__tests__/support/workspace.js'

const TARGETS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/386',
  'linux/riscv64',
  'darwin/amd64',
  'darwin/arm64',
  'windows/amd64',
  'windows/arm64',
  'freebsd/amd64'
]
const LDFLAGS = '-s -w -X main.version=1.4.2'
const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const wantGoreleaser = !args.has('--no-goreleaser')
// v2.16.0: v2.18 needs Go 1.27, and v2.17 depends (through nfpm) on a module the Go module proxy
// refuses to serve (403), so it cannot be installed here.
const GORELEASER_VERSION = process.env.GORELEASER_VERSION ?? 'v2.16.0'
const GORELEASER = path.join(TEST_CACHE, 'gobin', 'goreleaser')

/** goreleaser v2 from the Go module proxy, built once into the test cache (a few minutes the first time). */
function ensureGoreleaser(): boolean {
  if (existsSync(GORELEASER)) return true
  if (!/^v\d+\.\d+\.\d+$/.test(GORELEASER_VERSION)) throw new Error(`GORELEASER_VERSION must be a tag such as v2.16.0, not ${GORELEASER_VERSION}`)
  console.error(`bench: installing goreleaser ${GORELEASER_VERSION} with go install (once, into ${path.dirname(GORELEASER)})`)
  try {
    execFileSync('go', ['install', `github.com/goreleaser/goreleaser/v2@${GORELEASER_VERSION}`], {
      env: { ...process.env, GOBIN: path.dirname(GORELEASER), GOTOOLCHAIN: 'local' },
      stdio: 'inherit'
    })
    return true
  } catch (error) {
    console.error(`bench: goreleaser could not be installed (${(error as Error).message}); its rows are left out`)
    return false
  }
}

/** What the installed goreleaser says it is (it may predate GORELEASER_VERSION). */
function goreleaserVersion(): string {
  const out = execFileSync(GORELEASER, ['--version'], { encoding: 'utf8' })
  return /GitVersion:\s*(\S+)/.exec(out)?.[1] ?? /v?\d+\.\d+\.\d+\S*/.exec(out)?.[0] ?? 'unknown'
}

interface Measure {
  name: string
  seconds: number
  peakRssMiB?: number
  stages?: Record<string, number>
  note?: string
  /** The largest binary the run produced, from its manifest. */
  largestBinaryMiB?: number
}
const results: Measure[] = []

const goEnvFor = (t: string): Record<string, string> => {
  const [goos, goarch, variant] = t.split('/') as [string, string, string?]
  const env: Record<string, string> = { GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0' }
  if (goarch === 'arm' && variant) env.GOARM = variant.slice(1)
  return env
}

function run(cmd: string, argv: string[], opts: { cwd: string; env: Record<string, string> }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { ...opts, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${err.slice(-2000)}`))))
  })
}

/** The floor: the same `go build` commands a hand-written script would run, `parallel` at a time. */
async function floor(workspace: string, gocache: string, parallel: number): Promise<number> {
  const out = tempDir('floor-out')
  const started = performance.now()
  const queue = [...TARGETS]
  const lane = async (): Promise<void> => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      await run('go', ['build', '-trimpath', '-ldflags', `${LDFLAGS} -buildid=`, '-o', path.join(out, t.replace(/\//g, '-')), '.'], {
        cwd: workspace,
        env: { ...(process.env as Record<string, string>), GOCACHE: gocache, GOTOOLCHAIN: 'local', ...goEnvFor(t) }
      })
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane))
  return (performance.now() - started) / 1000
}

async function goXbuild(
  name: string,
  workspace: string,
  gocache: string,
  toolCache: string,
  baseUrl: string,
  extra: Record<string, string> = {}
): Promise<Measure> {
  rmSync(path.join(workspace, 'dist'), { recursive: true, force: true })
  const runnerDir = tempDir('bench-runner')
  const timeFile = path.join(runnerDir, 'rss')
  const started = performance.now()
  const r = await runAction({
    inputs: { targets: TARGETS.join(','), ldflags: LDFLAGS, 'go-download-base-url': baseUrl, archive: 'none', ...extra },
    workspace,
    runnerDir,
    toolCache,
    env: { GOCACHE: gocache },
    launcher: ['/usr/bin/time', '-f', '%M', '-o', timeFile]
  })
  const seconds = (performance.now() - started) / 1000
  if (r.exitCode !== 0) throw new Error(`${name} failed:\n${r.stdout.slice(-3000)}`)
  const stages: Record<string, number> = {}
  for (const m of r.summary.matchAll(/([a-z-]+): ([\d.]+) s/g)) stages[m[1] as string] = Number(m[2])
  // the action's own peak RSS (its children — go, compile, link — are not counted)
  const own = /peak RSS: (\d+) MiB/.exec(r.summary)?.[1]
  const tree = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined
  const manifest = JSON.parse(readFileSync(path.join(workspace, 'dist', 'manifest.json'), 'utf8')) as { artifacts: { size: number }[] }
  const largestBinaryMiB = Math.max(...manifest.artifacts.map((a) => a.size)) / 2 ** 20
  return {
    name,
    seconds,
    peakRssMiB: own ? Number(own) : undefined,
    note: tree ? `largest process in the tree ${tree.toFixed(0)} MiB` : undefined,
    stages,
    largestBinaryMiB
  }
}

async function goreleaser(workspace: string, gocache: string, mode: 'build' | 'release' = 'build', targets = TARGETS, upx = false): Promise<number> {
  const cfg = [
    'version: 2',
    'project_name: xapp',
    'builds:',
    '  - main: .',
    '    binary: xapp',
    '    env: [CGO_ENABLED=0]',
    '    flags: [-trimpath]',
    `    ldflags: ["${LDFLAGS} -buildid="]`,
    '    targets: [' + targets.map((t) => t.replace('/arm/v', '_arm_').replace('/', '_')).join(', ') + ']',
    '    mod_timestamp: "{{ .CommitTimestamp }}"',
    ...(upx ? ['upx:', '  - enabled: true'] : []),
    ...(mode === 'release' ? ['archives:', '  - formats: [tar.gz]', '    format_overrides:', '      - goos: windows', '        formats: [zip]', 'checksum:', '  name_template: SHA256SUMS'] : [])
  ].join('\n')
  writeFileSync(path.join(workspace, '.goreleaser.yaml'), cfg + '\n')
  const started = performance.now()
  await run(GORELEASER, mode === 'build' ? ['build', '--snapshot', '--clean'] : ['release', '--snapshot', '--clean', '--skip=publish,sign,sbom,docker,announce,validate'], {
    cwd: workspace,
    env: { ...(process.env as Record<string, string>), GOCACHE: gocache, GOTOOLCHAIN: 'local', PATH: `/usr/local/go/bin:${PATH_WITHOUT_GO}` }
  })
  return (performance.now() - started) / 1000
}

/** UPX's version on PATH, so go-xbuild and goreleaser pack with the same one. */
const upxVersion = (): string => /^upx (\S+)/m.exec(execFileSync('upx', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'latest'

/** The fixture with a 256 MiB file embedded: a binary far larger than any buffer the action should hold. */
function bigWorkspace(): string {
  const ws = fixtureWorkspace('app', { tag: 'v1.4.2' })
  // Pseudo-random bytes, so gzip works as on real code rather than racing through a run of zeros.
  let x = 0x9e3779b9
  const big = Buffer.alloc(256 << 20)
  for (let i = 0; i < big.length; i += 4) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    big.writeUInt32LE(x >>> 0, i)
  }
  writeFileSync(path.join(ws, 'big.bin'), big)
  // The data must be reachable, or the linker drops it (`_ = len(big)` alone leaves a 6 MiB binary).
  writeFileSync(
    path.join(ws, 'big.go'),
    'package main\n\nimport (\n\t_ "embed"\n\t"os"\n)\n\n//go:embed big.bin\nvar big []byte\n\nfunc init() {\n\tif len(os.Args) > 1000 {\n\t\tprintln(big[len(os.Args)])\n\t}\n}\n'
  )
  execFileSync('git', ['add', '-A'], { cwd: ws })
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'big'], { cwd: ws })
  return ws
}

const fresh = (name: string): string => {
  const dir = path.join(tempDir('bench-cache'), name)
  mkdirSync(dir, { recursive: true })
  return dir
}

async function main(): Promise<void> {
  const withGoreleaser = wantGoreleaser && ensureGoreleaser()
  const go = await goAsset()
  const mirror = await startMirror()
  serveGo(mirror, go)
  const baseUrl = `${mirror.url}/dl`
  const ws = fixtureWorkspace('app', { tag: 'v1.4.2' })
  const warmToolCache = tempDir('bench-tc')
  const warmCache = fresh('warm')
  // fill the warm caches (and the tool cache) once, unmeasured
  await goXbuild('prime', ws, warmCache, warmToolCache, baseUrl)
  await floor(ws, warmCache, 2)
  if (withGoreleaser) await goreleaser(fixtureWorkspace('app', { tag: 'v1.4.2' }), warmCache)

  if (!quick) {
    const seq = await floor(ws, fresh('floor-seq'), 1)
    const p2 = await floor(ws, fresh('floor-p2'), 2)
    results.push({ name: 'floor cold (sequential)', seconds: seq }, { name: 'floor cold (2 at a time)', seconds: p2 })
    results.push(await goXbuild('go-xbuild cold, Go in tool cache', ws, fresh('x-cold'), warmToolCache, baseUrl))
    results.push(await goXbuild('go-xbuild cold, parallel 1', ws, fresh('x-cold-p1'), warmToolCache, baseUrl, { parallel: '1' }))
    results.push(await goXbuild('go-xbuild cold, Go downloaded', ws, fresh('x-cold-dl'), tempDir('bench-tc-empty'), baseUrl))
    if (withGoreleaser) {
      results.push({ name: 'goreleaser cold', seconds: await goreleaser(fixtureWorkspace('app', { tag: 'v1.4.2' }), fresh('gr-cold')) })
    }
  }
  const warm: number[] = []
  for (let i = 0; i < 3; i++) warm.push(Math.min(await floor(ws, warmCache, 1), await floor(ws, warmCache, 2)))
  results.push({ name: 'floor warm (best of sequential and 2 at a time, best of 3)', seconds: Math.min(...warm) })
  const xw: Measure[] = []
  for (let i = 0; i < 3; i++) xw.push(await goXbuild('go-xbuild warm', ws, warmCache, warmToolCache, baseUrl))
  results.push(xw.sort((a, b) => a.seconds - b.seconds)[0] as Measure)
  if (withGoreleaser) {
    const gr: number[] = []
    for (let i = 0; i < 3; i++) gr.push(await goreleaser(fixtureWorkspace('app', { tag: 'v1.4.2' }), warmCache))
    results.push({ name: 'goreleaser warm (best of 3)', seconds: Math.min(...gr) })
  }
  // the same work with archives and SHA256SUMS: go-xbuild's defaults against goreleaser release --snapshot
  const xa: Measure[] = []
  for (let i = 0; i < 3; i++) xa.push(await goXbuild('go-xbuild warm, archives + SHA256SUMS (defaults)', ws, warmCache, warmToolCache, baseUrl, { archive: 'auto' }))
  results.push(xa.sort((a, b) => a.seconds - b.seconds)[0] as Measure)
  const packable = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'windows/amd64']
  if (withGoreleaser) {
    const gra: number[] = []
    for (let i = 0; i < 3; i++) gra.push(await goreleaser(fixtureWorkspace('app', { tag: 'v1.4.2' }), warmCache, 'release'))
    results.push({ name: 'goreleaser warm, archives + checksums (release --snapshot)', seconds: Math.min(...gra) })
    // UPX on the five targets it packs, both with UPX 4.2.2 from PATH
    const xu = await goXbuild('go-xbuild warm, upx (5 packable targets)', ws, warmCache, warmToolCache, baseUrl, { targets: packable.join(','), upx: 'true', 'upx-version': upxVersion() })
    results.push(xu)
    results.push({ name: 'goreleaser warm, upx (5 packable targets)', seconds: await goreleaser(fixtureWorkspace('app', { tag: 'v1.4.2' }), warmCache, 'build', packable, true) })
  }
  // memory: the action streams hashes, archives and uploads, so its own peak stays flat with a 256 MiB binary
  const big = bigWorkspace()
  for (const w of [ws, big]) {
    const m = await goXbuild('go-xbuild, 1 target', w, warmCache, warmToolCache, baseUrl, { targets: 'linux/amd64', archive: 'auto' })
    m.name += `, ${(m.largestBinaryMiB as number).toFixed(0)} MiB binary`
    results.push(m)
  }
  if ((results.at(-1)?.largestBinaryMiB ?? 0) < 256) throw new Error('the big fixture did not produce a binary of 256 MiB or more')
  await mirror.close()

  const by = (prefix: string): number | undefined => results.find((r) => r.name.startsWith(prefix))?.seconds
  const floorCold = Math.min(by('floor cold (seq') ?? Infinity, by('floor cold (2') ?? Infinity)
  const ratios: Record<string, number | undefined> = {
    'go-xbuild cold / floor cold': by('go-xbuild cold, Go in') && floorCold ? (by('go-xbuild cold, Go in') as number) / floorCold : undefined,
    'go-xbuild warm − floor warm (s)': (by('go-xbuild warm') ?? NaN) - (by('floor warm') ?? NaN),
    'go-xbuild cold / goreleaser cold': by('goreleaser cold') ? (by('go-xbuild cold, Go in') as number) / (by('goreleaser cold') as number) : undefined,
    'go-xbuild warm / goreleaser warm': by('goreleaser warm') ? (by('go-xbuild warm') as number) / (by('goreleaser warm') as number) : undefined,
    'parallel 2 / parallel 1 (cold)': by('go-xbuild cold, parallel 1') ? (by('go-xbuild cold, Go in') as number) / (by('go-xbuild cold, parallel 1') as number) : undefined,
    'go-xbuild / goreleaser, archives + checksums, warm': by('goreleaser warm, archives') ? (by('go-xbuild warm, archives') as number) / (by('goreleaser warm, archives') as number) : undefined,
    'go-xbuild / goreleaser, upx, warm': by('goreleaser warm, upx') ? (by('go-xbuild warm, upx') as number) / (by('goreleaser warm, upx') as number) : undefined
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()}, Go ${go.version}${withGoreleaser ? `, goreleaser ${goreleaserVersion()}` : ''}`
  const lines = [
    `### go-xbuild build benchmark — ${TARGETS.length} targets of the fixture`,
    '',
    `Machine: ${machine}`,
    '',
    '| Case | Seconds | go-xbuild peak RSS (MiB) | Stages (s; build-* summed over targets) |',
    '| --- | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.seconds.toFixed(2)} | ${r.peakRssMiB?.toFixed(0) ?? ''} | ${Object.entries(r.stages ?? {})
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(', ')} |`
    ),
    '',
    '| Ratio | Value |',
    '| --- | ---: |',
    ...Object.entries(ratios)
      .filter(([, v]) => v !== undefined && Number.isFinite(v))
      .map(([k, v]) => `| ${k} | ${(v as number).toFixed(3)} |`)
  ]
  console.log(lines.join('\n'))
  const outDir = path.join(ROOT, 'bench', 'results')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, 'build.json'), JSON.stringify({ machine, targets: TARGETS, results, ratios }, null, 2) + '\n')
  writeFileSync(path.join(outDir, 'build.md'), lines.join('\n') + '\n')
}

await main()
