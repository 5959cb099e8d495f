/**
 * Several binaries per target: one `go build -o dir/ pkgA pkgB pkgC` (A, what go-xbuild does)
 * against one `go build -o file pkg` per binary, one after the other (B), on the multi fixture
 * (three mains sharing internal/shared) for linux/arm64, with the flags go-xbuild passes.
 * Interleaved pairs A B A B …; cold runs get a fresh GOCACHE each, warm runs share a filled one.
 * Prints the median B/A ratio (how many times longer per-binary builds take) with its min–max.
 *
 *   npx tsx bench/packages.ts [--cold=3] [--warm=10]
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../__tests__/support/assets.js'

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const COLD = arg('cold', 3)
const WARM = arg('warm', 10)
const TARGET = { GOOS: 'linux', GOARCH: 'arm64' }
const PACKAGES = ['./cmd/client', './cmd/greeter', './cmd/server']
const FLAGS = ['build', '-trimpath', '-ldflags', '-s -w -buildid=']

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-packages-'))
const src = path.join(work, 'multi')
cpSync(path.join(ROOT, '__tests__', 'fixtures', 'multi'), src, { recursive: true })
const warmCache = path.join(work, 'gocache-warm')

const env = (gocache: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GOCACHE: gocache,
  GOMODCACHE: path.join(work, 'gomodcache'),
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  CGO_ENABLED: '0',
  ...TARGET
})

function timed(fn: () => void): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

/** A: every binary in one go build. */
const oneCall = (gocache: string, out: string): number =>
  timed(() => execFileSync('go', [...FLAGS, '-o', `${out}${path.sep}`, ...PACKAGES], { cwd: src, env: env(gocache), stdio: 'pipe' }))

/** B: one go build per binary. */
const perBinary = (gocache: string, out: string): number =>
  timed(() => {
    for (const p of PACKAGES) execFileSync('go', [...FLAGS, '-o', path.join(out, path.basename(p)), p], { cwd: src, env: env(gocache), stdio: 'pipe' })
  })

function pairs(n: number, cold: boolean): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  for (let i = 0; i < n; i++) {
    const pair = { a: 0, b: 0 }
    for (const which of ['a', 'b'] as const) {
      const cache = cold ? path.join(work, `gocache-${which}-${i}`) : warmCache
      const dir = path.join(work, `out-${which}-${i}`)
      mkdirSync(dir, { recursive: true })
      pair[which] = (which === 'a' ? oneCall : perBinary)(cache, dir)
      rmSync(dir, { recursive: true, force: true })
      if (cold) rmSync(cache, { recursive: true, force: true })
    }
    out.push(pair)
    console.error(`${cold ? 'cold' : 'warm'} pair ${i + 1}/${n}: one call ${(pair.a / 1000).toFixed(2)} s, per binary ${(pair.b / 1000).toFixed(2)} s`)
  }
  return out
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

function row(name: string, ps: Array<{ a: number; b: number }>): string {
  const ratios = ps.map((p) => p.b / p.a)
  return `| ${name} | ${ps.length} | ${(median(ps.map((p) => p.a)) / 1000).toFixed(2)} | ${(median(ps.map((p) => p.b)) / 1000).toFixed(2)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`
}

// the modules are local (a replace): nothing to download; fill the warm cache once
mkdirSync(path.join(work, 'fill'), { recursive: true })
oneCall(warmCache, path.join(work, 'fill'))
const cold = pairs(COLD, true)
const warm = pairs(WARM, false)
const goVersion = execFileSync('go', ['version'], { encoding: 'utf8' }).trim()
const text = [
  `### Several binaries per target: one go build for all (A) against one per binary (B)`,
  '',
  `multi fixture (3 mains), ${TARGET.GOOS}/${TARGET.GOARCH}, ${goVersion}, ${os.availableParallelism()} cores; interleaved pairs A B A B …`,
  '',
  '| GOCACHE | pairs | A median s | B median s | B / A median (min–max) |',
  '| --- | ---: | ---: | ---: | ---: |',
  row('cold (fresh per run)', cold),
  row('warm (shared, filled)', warm)
].join('\n')
console.log(text)
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', 'results', 'packages.md'), `${text}\n`)
rmSync(work, { recursive: true, force: true })
