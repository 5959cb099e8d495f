/**
 * Which upx-args to default to: UPX's default, --best and --lzma, side by side on the packable
 * binaries of the ten-target fixture — packed size, packing time and start-up time of the packed
 * linux/amd64 binary — reported as ratios to UPX's default.
 *
 *   npm run bench:upx
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../__tests__/support/assets.js'
import { FIXTURES, SHARED_GOCACHE, tempDir } from '../__tests__/support/workspace.js'

const TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'windows/amd64']
const OPTIONS: Array<[string, string[]]> = [
  ['UPX default', []],
  ['--best', ['--best']],
  ['--lzma', ['--lzma']]
]

const out = tempDir('upx-bench')
const built = TARGETS.map((t) => {
  const [goos, goarch, variant] = t.split('/') as [string, string, string?]
  const file = path.join(out, t.replace(/\//g, '-') + (goos === 'windows' ? '.exe' : ''))
  execFileSync('go', ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', file, '.'], {
    cwd: path.join(FIXTURES, 'app'),
    env: { ...process.env, GOOS: goos, GOARCH: goarch, ...(variant ? { GOARM: variant.slice(1) } : {}), CGO_ENABLED: '0', GOCACHE: SHARED_GOCACHE }
  })
  return file
})
const original = built.reduce((s, f) => s + statSync(f).size, 0)

function startup(file: string, runs = 30): number {
  execFileSync(file, ['--version'])
  const t = performance.now()
  for (let i = 0; i < runs; i++) execFileSync(file, ['--version'])
  return (performance.now() - t) / runs
}
const baseStartup = startup(built[0] as string)

const rows: Array<{ name: string; size: number; seconds: number; startupMs: number }> = []
for (const [name, args] of OPTIONS) {
  let size = 0
  let seconds = 0
  let amd64 = ''
  for (const f of built) {
    const packed = path.join(tempDir('packed'), path.basename(f))
    copyFileSync(f, packed)
    const t = performance.now()
    execFileSync('upx', [...args, '-q', packed])
    seconds += (performance.now() - t) / 1000
    size += statSync(packed).size
    if (f === built[0]) amd64 = packed
  }
  rows.push({ name, size, seconds, startupMs: startup(amd64) })
}
const base = rows[0] as (typeof rows)[number]
const lines = [
  `### UPX options on ${TARGETS.length} binaries of the fixture (${(original / 1024 / 1024).toFixed(1)} MiB unpacked)`,
  '',
  '| upx-args | packed / original | size vs default | packing time vs default | start-up (linux/amd64 --version) |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| (not packed) | 1.000 | | | ${baseStartup.toFixed(1)} ms |`,
  ...rows.map(
    (r) =>
      `| ${r.name} | ${(r.size / original).toFixed(3)} | ${(r.size / base.size).toFixed(3)} | ${(r.seconds / base.seconds).toFixed(2)} × (${r.seconds.toFixed(1)} s) | ${r.startupMs.toFixed(1)} ms |`
  )
]
console.log(lines.join('\n'))
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', 'results', 'upx.md'), lines.join('\n') + '\n')
