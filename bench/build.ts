/**
 * go-xbuild against the floor (plain `go build` commands, two at a time) and goreleaser, on the same
 * fixture, targets, flags and environment, as interleaved rounds (A B C, C B A, …): each round runs
 * every contender once, back to back, in reverse order every other round, and a ratio is taken
 * within each round. Reports the median ratio with its min–max (timings on shared 2-core machines
 * drift; ratios of neighbours hold), the peak memory of the largest process and of the whole process
 * tree on cold runs, and proves that every contender wrote the same bytes.
 *
 *   npm run bench                         # everything (about 25 min here)
 *   npm run bench -- --quick              # the warm rounds only (under 5 min here)
 *   npm run bench -- --no-goreleaser
 *   npm run bench -- --pairs 11           # warm rounds (default 9; --quick 5)
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { goAsset, serveGo, ROOT, TEST_CACHE } from '../__tests__/support/assets.js'
import { startMirror } from '../__tests__/support/mirror.js'
import { NODE24, PATH_WITHOUT_GO, runAction } from '../__tests__/support/run-action.js'
import { fixtureWorkspace, tempDir } from '../__tests__/support/workspace.js'

const TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/riscv64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64', 'windows/arm64', 'freebsd/amd64']
/** go-xbuild with the job's `GOGC=` (empty): go-xbuild sets no GC setting, Go's own defaults apply. */
const GODEF = 'go-xbuild, Go GC defaults'
/** Cold rounds build four of them: every target's standard library compiles from nothing each time. */
const COLD_TARGETS = ['linux/amd64', 'linux/arm64', 'windows/amd64', 'darwin/arm64']
const UPX_TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'windows/amd64']
const LDFLAGS = '-s -w -X main.version=1.4.2'
/** The larger project: cyclonedx-gomod (443 packages), its modules from the module cache, offline. */
const LARGE = { module: 'github.com/CycloneDX/cyclonedx-gomod', version: 'v1.10.0', main: './cmd/cyclonedx-gomod', targets: ['linux/amd64'] }

const argv = process.argv.slice(2)
const flag = (name: string): boolean => argv.includes(name)
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const quick = flag('--quick')
const wantGoreleaser = !flag('--no-goreleaser')
const warmPairs = Number(option('--pairs') ?? (quick ? 5 : 9))
const coldPairs = Number(option('--cold-pairs') ?? 3)
if (!Number.isInteger(warmPairs) || warmPairs < 5) throw new Error('--pairs: at least 5 warm rounds')
if (!Number.isInteger(coldPairs) || coldPairs < 1) throw new Error('--cold-pairs: a whole number ≥ 1')
// v2.16.0: v2.18 needs Go 1.27, and v2.17 depends (through nfpm) on a module the Go module proxy
// refuses to serve (403), so it cannot be installed here.
const GORELEASER_VERSION = process.env.GORELEASER_VERSION ?? 'v2.16.0'
const GORELEASER = path.join(TEST_CACHE, 'gobin', 'goreleaser')

function ensureGoreleaser(): boolean {
  if (existsSync(GORELEASER)) return true
  if (!/^v\d+\.\d+\.\d+$/.test(GORELEASER_VERSION)) throw new Error(`GORELEASER_VERSION must be a tag such as v2.16.0, not ${GORELEASER_VERSION}`)
  console.error(`bench: installing goreleaser ${GORELEASER_VERSION} with go install (once, into ${path.dirname(GORELEASER)})`)
  try {
    execFileSync('go', ['install', `github.com/goreleaser/goreleaser/v2@${GORELEASER_VERSION}`], { env: { ...process.env, GOBIN: path.dirname(GORELEASER), GOTOOLCHAIN: 'local' }, stdio: 'inherit' })
    return true
  } catch (error) {
    console.error(`bench: goreleaser could not be installed (${(error as Error).message}); its rows are left out`)
    return false
  }
}

const goreleaserVersion = (): string => {
  const out = execFileSync(GORELEASER, ['--version'], { encoding: 'utf8' })
  return /GitVersion:\s*(\S+)/.exec(out)?.[1] ?? 'unknown'
}

/** One run of one contender. */
interface Run {
  seconds: number
  /** Peak RSS of the largest single process (ru_maxrss of the waited-for tree), MiB. */
  largestMiB?: number
  /** User + system CPU seconds of the whole waited-for process tree (/usr/bin/time). */
  cpuS: number
  /** Peak of the summed RSS of the whole process tree, sampled every 100 ms, MiB. */
  treeMiB?: number
  /** SHA-256 of every binary, by file name without the project prefix. */
  hashes: Record<string, string>
}

type Contender = (cache: string) => Promise<Run>

interface Round {
  runs: Record<string, Run>
}

/**
 * The environment every contender gets, built from nothing: the one Go (the tool cache's, the same
 * binary go-xbuild runs) first on PATH, one GOCACHE, GOENV=off (go-xbuild's go always runs with it,
 * so a go.env in the user's config — this machine's sets GOFLAGS=-buildvcs=false — reaches none of
 * them), GOTOOLCHAIN=local. No GOGC, GOMEMLIMIT or GOFLAGS: each contender brings its own defaults.
 */
function jobEnv(goBin: string, gocache: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${goBin}:${PATH_WITHOUT_GO}`,
    HOME: process.env.HOME ?? '/root',
    TMPDIR: os.tmpdir(),
    GOCACHE: gocache,
    GOMODCACHE: goModCache,
    GOENV: 'off',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    ...extra
  }
}
let goModCache = ''

/** Summed RSS of `root` and its descendants, from /proc (Linux), in bytes. */
function treeRss(root: number): number {
  const parent = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parent.set(Number(d), Number(fields[1]))
      rss.set(Number(d), Number(fields[21]) * 4096)
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++) {
      if (p === root) {
        sum += bytes
        break
      }
    }
  }
  return sum
}

/** What /usr/bin/time -f TIME_FORMAT wrote: CPU seconds (user + system) and the largest process's peak RSS. */
const TIME_FORMAT = '%U %S %M'
function timeReport(file: string): { cpuS: number; largestMiB: number } {
  const [user, sys, rss] = (readFileSync(file, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
  if (![user, sys, rss].every((n) => Number.isFinite(n))) throw new Error(`${file}: not a /usr/bin/time report`)
  return { cpuS: (user as number) + (sys as number), largestMiB: (rss as number) / 1024 }
}

/** Runs a command under /usr/bin/time; resolves with wall and CPU seconds and both peaks. */
function measure(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; sample?: boolean }): Promise<{ seconds: number; cpuS: number; largestMiB: number; treeMiB?: number; stdout: string }> {
  const timeFile = path.join(tempDir('bench-time'), 'rss')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, '-o', timeFile, cmd, ...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let peak = 0
    const timer = opts.sample ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), 100) : undefined
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      if (timer) clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${(err || out).slice(-3000)}`))
      resolve({ seconds, ...timeReport(timeFile), treeMiB: opts.sample ? peak / 2 ** 20 : undefined, stdout: out })
    })
  })
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** SHA-256 of every regular file in a directory tree whose name matches. */
function hashesIn(dir: string, keep: (name: string) => boolean, key: (file: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !keep(e.name)) continue
    const file = path.join(e.parentPath, e.name)
    out[key(file)] = sha256(file)
  }
  return out
}

const targetKey = (t: string): string => t.replace(/\//g, '-').replace('-arm-v', '-armv')

/** The floor: one `go build` per target, two at a time, as a hand-written script would. */
function floor(ws: string, goBin: string, targets: string[], pkg = '.', sample = false): Contender {
  return async (gocache) => {
    const out = tempDir('floor-out')
    const script = [
      'set -e',
      'build() {',
      '  IFS=/ read -r os arch variant <<< "$1"',
      '  GOOS=$os GOARCH=$arch GOARM=${variant#v} CGO_ENABLED=0 go build -trimpath -ldflags "$LDFLAGS -buildid=" -o "$OUT/${1//\\//-}" "$PKG"',
      '}',
      'export -f build',
      `printf '%s\\n' ${targets.join(' ')} | xargs -P 2 -I{} bash -c 'build {}'`
    ].join('\n')
    const m = await measure('bash', ['-c', script], { cwd: ws, env: jobEnv(goBin, gocache, { LDFLAGS, OUT: out, PKG: pkg }), sample })
    return { ...m, hashes: hashesIn(out, () => true, (f) => path.basename(f).replace('-arm-v', '-armv')) }
  }
}

function goXbuild(ws: string, goBin: string, toolCache: string, baseUrl: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}, sample = false): Contender {
  return async (gocache) => {
    rmSync(path.join(ws, 'dist'), { recursive: true, force: true })
    const runnerDir = tempDir('bench-runner')
    const timeFile = path.join(runnerDir, 'rss')
    const env = jobEnv(goBin, gocache, extraEnv)
    let peak = 0
    let timer: NodeJS.Timeout | undefined
    const started = performance.now()
    const r = await runAction({
      inputs: { ldflags: LDFLAGS, 'go-download-base-url': baseUrl, 'go-version': goVersion, archive: 'none', ...inputs },
      workspace: ws,
      runnerDir,
      toolCache,
      path: env.PATH,
      env,
      launcher: ['/usr/bin/time', '-f', TIME_FORMAT, '-o', timeFile],
      onStdout: sample ? (_s, child) => (timer ??= setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), 100)) : undefined
    })
    if (timer) clearInterval(timer)
    const seconds = (performance.now() - started) / 1000
    if (r.exitCode !== 0) throw new Error(`go-xbuild failed:\n${r.stdout.slice(-3000)}`)
    const manifest = JSON.parse(readFileSync(path.join(ws, 'dist', 'manifest.json'), 'utf8')) as { artifacts: { canonical?: string; target: string; file: string; sha256: string }[] }
    const hashes: Record<string, string> = {}
    for (const a of manifest.artifacts) hashes[targetKey(a.target)] = a.sha256
    return { seconds, ...timeReport(timeFile), treeMiB: sample ? peak / 2 ** 20 : undefined, hashes }
  }
}

function goreleaser(ws: string, goBin: string, targets: string[], opts: { mode?: 'build' | 'release'; upx?: boolean; main?: string; sample?: boolean } = {}): Contender {
  const cfg = [
    'version: 2',
    'project_name: xapp',
    'builds:',
    `  - main: ${opts.main ?? '.'}`,
    '    binary: xapp',
    '    env: [CGO_ENABLED=0]',
    '    flags: [-trimpath]',
    `    ldflags: ["${LDFLAGS} -buildid="]`,
    '    targets: [' + targets.map((t) => t.replace('/arm/v', '_arm_').replace('/', '_')).join(', ') + ']',
    '    mod_timestamp: "{{ .CommitTimestamp }}"',
    ...(opts.upx ? ['upx:', '  - enabled: true'] : []),
    ...(opts.mode === 'release'
      ? ['archives:', '  - formats: [tar.gz]', '    format_overrides:', '      - goos: windows', '        formats: [zip]', 'checksum:', '  name_template: SHA256SUMS']
      : [])
  ].join('\n')
  // the config and dist/ live outside the checkout: an untracked file there would make the go
  // command stamp vcs.modified=true, and goreleaser's binaries would differ from the others' by that
  const outside = tempDir('goreleaser')
  const config = path.join(outside, 'goreleaser.yaml')
  const dist = path.join(outside, 'dist')
  writeFileSync(config, `${cfg}\ndist: ${JSON.stringify(dist)}\n`)
  return async (gocache) => {
    const common = ['--snapshot', '--clean', '--config', config]
    const args = opts.mode === 'release' ? ['release', ...common, '--skip=publish,sign,sbom,docker,announce,validate'] : ['build', ...common]
    const m = await measure(GORELEASER, args, { cwd: ws, env: jobEnv(goBin, gocache), sample: opts.sample })
    // dist/xapp_linux_arm_7/xapp → linux-armv7, as the floor and go-xbuild name it
    const hashes = hashesIn(
      dist,
      (n) => n === 'xapp' || n === 'xapp.exe',
      (f) => {
        const dir = path.basename(path.dirname(f)).replace(/^xapp_/, '')
        const [os_, arch, v] = dir.split('_') as [string, string, string?]
        return `${os_}-${arch}${arch === 'arm' && v ? `v${v}` : ''}`
      }
    )
    return { ...m, hashes }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

interface Comparison {
  case: string
  a: string
  b: string
  rounds: number
  median: number
  min: number
  max: number
  aMedianS: number
  bMedianS: number
  /** The same ratio of CPU seconds (the whole process tree's user + system): median, min, max. */
  cpuMedian: number
  cpuMin: number
  cpuMax: number
}

/**
 * Runs the contenders in turn, round after round (A B C, C B A, …); `fresh` gives a cold run an
 * empty build cache of its own. Every contender that builds the same flags must write the same bytes.
 */
async function rounds(name: string, contenders: Record<string, Contender>, n: number, cache: { warm: string } | { fresh: true }, sameBytes: string[][]): Promise<Round[]> {
  const out: Round[] = []
  for (let i = 0; i < n; i++) {
    const round: Round = { runs: {} }
    // odd rounds run the contenders in reverse (A B C, C B A, …): no one always goes first or last
    const order = Object.entries(contenders)
    if (i % 2) order.reverse()
    for (const [who, run] of order) {
      const gocache = 'warm' in cache ? cache.warm : path.join(tempDir('bench-cold'), 'gocache')
      round.runs[who] = await run(gocache)
      if (!('warm' in cache)) rmSync(path.dirname(gocache), { recursive: true, force: true })
    }
    for (const group of sameBytes) {
      const [first, ...rest] = group as [string, ...string[]]
      for (const other of rest) {
        const a = round.runs[first]?.hashes ?? {}
        const b = round.runs[other]?.hashes ?? {}
        const keys = Object.keys(a)
        if (!keys.length || keys.length !== Object.keys(b).length || keys.some((k) => a[k] !== b[k])) {
          throw new Error(`${name}: ${first} and ${other} wrote different bytes:\n${JSON.stringify({ [first]: a, [other]: b }, null, 1)}`)
        }
      }
    }
    console.error(`bench: ${name} round ${i + 1}/${n}: ${Object.entries(round.runs).map(([k, r]) => `${k} ${r.seconds.toFixed(2)} s`).join(', ')}`)
    out.push(round)
  }
  return out
}

function compare(caseName: string, rs: Round[], a: string, b: string): Comparison {
  const ratios = rs.map((r) => (r.runs[a] as Run).seconds / (r.runs[b] as Run).seconds)
  const cpu = rs.map((r) => (r.runs[a] as Run).cpuS / (r.runs[b] as Run).cpuS)
  return {
    case: caseName,
    a,
    b,
    rounds: rs.length,
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    aMedianS: median(rs.map((r) => (r.runs[a] as Run).seconds)),
    bMedianS: median(rs.map((r) => (r.runs[b] as Run).seconds)),
    cpuMedian: median(cpu),
    cpuMin: Math.min(...cpu),
    cpuMax: Math.max(...cpu)
  }
}

const peaks = (rs: Round[], who: string): { largestMiB: number; treeMiB?: number } => ({
  largestMiB: Math.max(...rs.map((r) => r.runs[who]?.largestMiB ?? 0)),
  treeMiB: rs.some((r) => r.runs[who]?.treeMiB !== undefined) ? Math.max(...rs.map((r) => r.runs[who]?.treeMiB ?? 0)) : undefined
})

/** cyclonedx-gomod's source in a git workspace of its own, its modules in the module cache. */
function largeWorkspace(goBin: string): string {
  const env = { ...process.env, PATH: `${goBin}:${process.env.PATH}`, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOMODCACHE: goModCache }
  const src = execFileSync('go', ['mod', 'download', '-json', `${LARGE.module}@${LARGE.version}`], { env, encoding: 'utf8' })
  const dir = (JSON.parse(src) as { Dir: string }).Dir
  const ws = path.join(tempDir('bench-large'), 'cyclonedx-gomod')
  cpSync(dir, ws, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', ws])
  // its dependencies, once, into the module cache (the runs themselves are offline: GOPROXY=off)
  execFileSync('go', ['mod', 'download'], { cwd: ws, env })
  const date = '2026-01-02T03:04:05Z'
  const genv = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' }
  for (const a of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-qm', 'src'], ['tag', LARGE.version]]) execFileSync('git', a, { cwd: ws, env: genv })
  return ws
}

let goVersion = ''

async function main(): Promise<void> {
  const began = performance.now()
  const withGoreleaser = wantGoreleaser && ensureGoreleaser()
  const go = await goAsset()
  goVersion = go.version
  goModCache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
  const mirror = await startMirror()
  serveGo(mirror, go)
  const baseUrl = `${mirror.url}/dl`
  const toolCache = tempDir('bench-tc')
  const ws = fixtureWorkspace('app', { tag: 'v1.4.2' })
  const grWs = fixtureWorkspace('app', { tag: 'v1.4.2' })
  // one unmeasured go-xbuild run installs Go (the Go every contender then runs) and fills the warm
  // cache for all of them: their go build commands are the same
  // the warm cache persists in the test cache, so only the first bench on a machine fills it from nothing
  const warm = path.join(TEST_CACHE, 'bench-gocache')
  const prime = await runAction({
    inputs: { targets: TARGETS.join(','), ldflags: LDFLAGS, 'go-download-base-url': baseUrl, 'go-version': go.version, archive: 'none' },
    workspace: ws,
    runnerDir: tempDir('bench-runner'),
    toolCache,
    env: { GOCACHE: warm, GOENV: 'off', GOTOOLCHAIN: 'local' }
  })
  if (prime.exitCode !== 0) throw new Error(`the priming run failed:\n${prime.stdout.slice(-3000)}`)
  const goRoot = readdirSync(toolCache).map((d) => path.join(toolCache, d, go.version, 'x64')).find((d) => existsSync(path.join(d, 'bin', 'go')))
  if (!goRoot) throw new Error('the priming run left no Go in the tool cache')
  const goBin = path.join(goRoot, 'bin')

  const all = TARGETS.join(',')
  const X = (inputs: Record<string, string>, env: Record<string, string> = {}, sample = false, w = ws): Contender => goXbuild(w, goBin, toolCache, baseUrl, inputs, env, sample)
  const comparisons: Comparison[] = []
  const memory: Array<{ case: string; who: string; largestMiB: number; treeMiB?: number }> = []
  const G = withGoreleaser

  // warm: build only. GODEF is go-xbuild with the job setting an empty GOGC, which makes go-xbuild set
  // no GC setting of its own: Go's real defaults (the compiler's starting heap included), what go-xbuild's setting buys.
  const warmBuild = await rounds(
    'warm build',
    { floor: floor(ws, goBin, TARGETS), 'go-xbuild': X({ targets: all }), ...(G ? { goreleaser: goreleaser(grWs, goBin, TARGETS) } : {}), [GODEF]: X({ targets: all }, { GOGC: '' }) },
    warmPairs,
    { warm },
    [['floor', 'go-xbuild', ...(G ? ['goreleaser'] : []), GODEF]]
  )
  comparisons.push(compare('warm, 10 targets', warmBuild, 'go-xbuild', 'floor'))
  if (G) comparisons.push(compare('warm, 10 targets', warmBuild, 'go-xbuild', 'goreleaser'))
  comparisons.push(compare('warm, 10 targets', warmBuild, 'go-xbuild', GODEF))

  if (G) {
    const upxVersion = /^upx (\S+)/m.exec(execFileSync('upx', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'latest'
    const warmUpx = await rounds(
      'warm upx',
      { 'go-xbuild': X({ targets: UPX_TARGETS.join(','), upx: 'true', 'upx-version': upxVersion }), goreleaser: goreleaser(grWs, goBin, UPX_TARGETS, { upx: true }) },
      warmPairs,
      { warm },
      []
    )
    comparisons.push(compare('warm, UPX on the 5 packable targets (go-xbuild also runs upx -t and the unpack audit; no smoke-test is set)', warmUpx, 'go-xbuild', 'goreleaser'))
    const warmArchives = await rounds(
      'warm archives',
      { 'go-xbuild': X({ targets: all, archive: 'auto' }), goreleaser: goreleaser(grWs, goBin, TARGETS, { mode: 'release' }) },
      warmPairs,
      { warm },
      []
    )
    comparisons.push(compare('warm, archives + SHA256SUMS (goreleaser release --snapshot)', warmArchives, 'go-xbuild', 'goreleaser'))
  }

  if (!quick) {
    const cold = COLD_TARGETS.join(',')
    const coldFixture = await rounds(
      'cold fixture',
      {
        floor: floor(ws, goBin, COLD_TARGETS, '.', true),
        'go-xbuild': X({ targets: cold }, {}, true),
        ...(G ? { goreleaser: goreleaser(grWs, goBin, COLD_TARGETS, { sample: true }) } : {}),
        [GODEF]: X({ targets: cold }, { GOGC: '' }, true),
        'go-xbuild -p 1': X({ targets: cold, flags: '-p 1' }, {}, true)
      },
      coldPairs,
      { fresh: true },
      [['floor', 'go-xbuild', ...(G ? ['goreleaser'] : []), GODEF, 'go-xbuild -p 1']]
    )
    const c4 = `cold, ${COLD_TARGETS.length} targets of the fixture`
    comparisons.push(compare(c4, coldFixture, 'go-xbuild', 'floor'))
    if (G) comparisons.push(compare(c4, coldFixture, 'go-xbuild', 'goreleaser'))
    comparisons.push(compare(c4, coldFixture, 'go-xbuild', GODEF))
    comparisons.push(compare(c4, coldFixture, 'go-xbuild -p 1', 'go-xbuild'))
    for (const who of Object.keys(coldFixture[0]?.runs ?? {})) memory.push({ case: c4, who, ...peaks(coldFixture, who) })

    const large = largeWorkspace(goBin)
    const lt = LARGE.targets.join(',')
    const coldLarge = await rounds(
      'cold cyclonedx-gomod',
      {
        floor: floor(large, goBin, LARGE.targets, LARGE.main, true),
        'go-xbuild': X({ targets: lt, packages: LARGE.main }, {}, true, large),
        ...(G ? { goreleaser: goreleaser(large, goBin, LARGE.targets, { main: LARGE.main, sample: true }) } : {}),
        [GODEF]: X({ targets: lt, packages: LARGE.main }, { GOGC: '' }, true, large)
      },
      coldPairs,
      { fresh: true },
      [['floor', 'go-xbuild', GODEF]]
    )
    const cl = `cold, cyclonedx-gomod ${LARGE.version} (443 packages), linux/amd64`
    comparisons.push(compare(cl, coldLarge, 'go-xbuild', 'floor'))
    if (G) comparisons.push(compare(cl, coldLarge, 'go-xbuild', 'goreleaser'))
    comparisons.push(compare(cl, coldLarge, 'go-xbuild', GODEF))
    for (const who of Object.keys(coldLarge[0]?.runs ?? {})) memory.push({ case: cl, who, ...peaks(coldLarge, who) })
  }
  await mirror.close()

  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ')
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()}, Go ${go.version}${G ? `, goreleaser ${goreleaserVersion()}` : ''}`
  const minutes = (performance.now() - began) / 60000
  const fmt = (c: Comparison): string =>
    `| ${c.case} | ${c.a} / ${c.b} | ${c.rounds} | **${c.median.toFixed(3)}** | ${c.min.toFixed(3)}–${c.max.toFixed(3)} | ${c.aMedianS.toFixed(2)} / ${c.bMedianS.toFixed(2)} | ${c.cpuMedian.toFixed(3)} (${c.cpuMin.toFixed(3)}–${c.cpuMax.toFixed(3)}) |`
  const lines = [
    `### go-xbuild build benchmark${quick ? ' (--quick)' : ''}`,
    '',
    `Machine: ${machine}. Load average after the run: ${load}. ${minutes.toFixed(1)} min in all.`,
    '',
    'Interleaved rounds: each round runs every contender once (in the order listed, reversed every other round), with the same environment',
    '(the same Go on PATH, GOENV=off, GOTOOLCHAIN=local, one GOCACHE for warm rounds and an empty one per cold run);',
    'a ratio is taken within each round. Every round also checks that the contenders wrote the same bytes.',
    'The ratio is of wall time; the last column is the same ratio of CPU time (user + system of the whole process tree), median and min–max.',
    '',
    '| Case | Ratio | Rounds | Median | Min–max | Median seconds | CPU ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...comparisons.map(fmt),
    ...(memory.length
      ? [
          '',
          'Peak memory on the cold rounds (MiB): the largest single process, and the whole process tree summed (sampled every 100 ms).',
          '',
          '| Case | Contender | Largest process | Process tree |',
          '| --- | --- | ---: | ---: |',
          ...memory.map((m) => `| ${m.case} | ${m.who} | ${m.largestMiB.toFixed(0)} | ${m.treeMiB?.toFixed(0) ?? ''} |`)
        ]
      : [])
  ]
  console.log(lines.join('\n'))
  const outDir = path.join(ROOT, 'bench', 'results')
  mkdirSync(outDir, { recursive: true })
  const base = quick ? 'build-quick' : 'build'
  writeFileSync(path.join(outDir, `${base}.json`), JSON.stringify({ machine, loadAverage: load, minutes, targets: TARGETS, coldTargets: COLD_TARGETS, comparisons, memory }, null, 2) + '\n')
  writeFileSync(path.join(outDir, `${base}.md`), lines.join('\n') + '\n')
}

await main()
