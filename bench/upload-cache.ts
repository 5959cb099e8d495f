/**
 * What the Actions cache costs and saves on the ten-target fixture, and which artifact compression
 * level to default to — measured side by side against the results-service stand-in and Azurite.
 *
 *   npm run bench:upload-cache
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { goAsset, serveGo, ROOT } from '../__tests__/support/assets.js'
import { startMirror } from '../__tests__/support/mirror.js'
import { startResultsService } from '../__tests__/support/results-service.js'
import { runAction, type ActionRun } from '../__tests__/support/run-action.js'
import { fixtureWorkspace, tempDir } from '../__tests__/support/workspace.js'

const TARGETS = 'linux/amd64, linux/arm64, linux/arm/v7, linux/386, linux/riscv64, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64, freebsd/amd64'

function duBytes(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size
  }
  return total
}
const mib = (b: number): string => (b / 1024 / 1024).toFixed(1)
const stateOf = (r: ActionRun): Record<string, string> => Object.fromEntries(Object.entries(r.state).map(([k, v]) => [`STATE_${k}`, v]))

async function main(): Promise<void> {
  const go = await goAsset()
  const mirror = await startMirror()
  serveGo(mirror, go)
  const svc = await startResultsService()
  const toolCache = tempDir('tc')
  const gocache = path.join(tempDir('gc'), 'go-build')
  const ws = fixtureWorkspace('app', { tag: 'v1.4.2' })
  const inputs = { targets: TARGETS, 'go-download-base-url': `${mirror.url}/dl` }
  const run = async (env: Record<string, string>, extra: Record<string, string> = {}, entry: 'index' | 'post' = 'index', state?: Record<string, string>) => {
    const r = await runAction({ inputs: { ...inputs, ...extra }, workspace: ws, runnerDir: tempDir('r'), toolCache, env: { GOCACHE: gocache, ...env }, entry, state })
    if (r.exitCode !== 0) throw new Error(r.stdout.slice(-3000))
    return r
  }
  // prime the tool cache so both measured runs start from the same toolchain state
  await run({}, { targets: 'linux/amd64', cache: 'false', upload: 'false' })
  rmSync(gocache, { recursive: true, force: true })

  const lines: string[] = []
  // cold: empty GOCACHE, nothing in the Actions cache
  const cold = await run(svc.env('cold'), { upload: 'false' })
  const gocacheBytes = duBytes(gocache)
  const post = await run(svc.env('cold'), { upload: 'false' }, 'post', stateOf(cold))
  const trimmedBytes = duBytes(gocache)
  const entry = svc.caches.find((c) => c.finalized)
  // warm: the GOCACHE comes only from the Actions cache
  rmSync(gocache, { recursive: true, force: true })
  const warm = await run(svc.env('warm', 'another-run'), { upload: 'false' })
  if (warm.outputs['cache-hit'] !== 'true') throw new Error('the warm run did not hit the cache')
  lines.push(
    '### Go build cache through the Actions cache — 10 targets of the fixture',
    '',
    '| | Value |',
    '| --- | ---: |',
    `| cold run (empty GOCACHE), s | ${(cold.ms / 1000).toFixed(1)} |`,
    `| warm run (GOCACHE restored from the Actions cache), s | ${(warm.ms / 1000).toFixed(1)} |`,
    `| warm / cold | ${(warm.ms / cold.ms).toFixed(3)} |`,
    `| GOCACHE after the cold build, MiB | ${mib(gocacheBytes)} |`,
    `| GOCACHE after trimming unused entries, MiB | ${mib(trimmedBytes)} |`,
    `| saved cache entry (compressed tar), MiB | ${mib(entry?.size ?? 0)} |`,
    `| post step (trim + save), s | ${(post.ms / 1000).toFixed(1)} |`,
    ''
  )

  // artifact compression: the same release uploaded at several levels
  lines.push('### Artifact compression level — the same release (10 binaries + 10 archives)', '', '| compression-level | upload s | artifact MiB |', '| ---: | ---: | ---: |')
  for (const level of ['0', '1', '6', '9']) {
    const r = await run(svc.env(`lvl${level}`, `run-${level}`), { 'compression-level': level, cache: 'false' })
    const a = svc.artifacts.find((x) => x.name === r.outputs['artifact-name'] && x.runId === `run-${level}`)
    const stage = /upload: ([\d.]+) s/.exec(r.summary)?.[1]
    lines.push(`| ${level} | ${stage ?? '?'} | ${mib(a?.size ?? 0)} |`)
  }
  // toolchain archives: Go from the mirror vs Go restored from the Actions cache, on an empty tool cache
  const runnerTemp = tempDir('rt')
  const goStage = (r: ActionRun): number => Number(/go: ([\d.]+) s/.exec(r.summary)?.[1] ?? NaN)
  const fresh = async (jobEnv: Record<string, string>, entry: 'index' | 'post' = 'index', state?: Record<string, string>) => {
    const r = await runAction({
      inputs: { ...inputs, targets: 'linux/amd64', upload: 'false' },
      workspace: ws,
      runnerDir: tempDir('r'),
      toolCache: tempDir('tc-empty'),
      env: { GOCACHE: gocache, RUNNER_TEMP: runnerTemp, ...jobEnv },
      entry,
      state
    })
    if (r.exitCode !== 0) throw new Error(r.stdout.slice(-3000))
    return r
  }
  const downloaded = await fresh(svc.env('tc1', 'tc-run-1'))
  await fresh(svc.env('tc1', 'tc-run-1'), 'post', stateOf(downloaded))
  rmSync(path.join(runnerTemp, 'go-xbuild-toolchains'), { recursive: true, force: true })
  const restored = await fresh(svc.env('tc2', 'tc-run-2'))
  if (!/from the Actions cache/.test(restored.stdout)) throw new Error('the Go archive was not restored from the cache')
  lines.push(
    '',
    '### Go toolchain on an empty tool cache — go stage, seconds (loopback mirror vs loopback cache)',
    '',
    '| downloaded from the mirror | restored from the Actions cache | restored / downloaded |',
    '| ---: | ---: | ---: |',
    `| ${goStage(downloaded).toFixed(2)} | ${goStage(restored).toFixed(2)} | ${(goStage(restored) / goStage(downloaded)).toFixed(3)} |`
  )
  await svc.close()
  await mirror.close()
  const text = lines.join('\n')
  console.log(text)
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench', 'results', 'upload-cache.md'), text + '\n')
}

await main()
