/**
 * What zig costs a cgo build: installing it (download, SHA-256 and minisign checks, extraction)
 * against finding it in the tool cache, and the first cgo build of a target (zig compiles musl for
 * it) against one with zig's caches warm — side by side, on the cgo fixture for linux/arm64.
 *
 *   npm run bench:zig
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { goAsset, serveGo, ROOT } from '../__tests__/support/assets.js'
import { zigAsset } from '../__tests__/support/cgo-assets.js'
import { startMirror } from '../__tests__/support/mirror.js'
import { runAction, type ActionRun } from '../__tests__/support/run-action.js'
import { fixtureWorkspace, tempDir } from '../__tests__/support/workspace.js'

const stage = (r: ActionRun, name: string): number => Number(new RegExp(`${name}: ([\\d.]+) s`).exec(r.summary)?.[1] ?? NaN)

async function main(): Promise<void> {
  const go = await goAsset()
  const zig = await zigAsset()
  const mirror = await startMirror()
  serveGo(mirror, go)
  mirror.json('/zig/index.json', zig.index)
  mirror.file(`/zig/${zig.version}/${zig.filename}`, zig.file)
  mirror.body(`/zig/${zig.version}/${zig.filename}.minisig`, zig.minisig, 'text/plain')
  const toolCache = tempDir('tc')
  const gocache = path.join(tempDir('gc'), 'go-build')
  const run = async (zigCacheTemp: string): Promise<ActionRun> => {
    const r = await runAction({
      inputs: {
        targets: 'linux/arm64',
        cgo: 'true',
        'go-download-base-url': `${mirror.url}/dl`,
        'zig-download-base-url': `${mirror.url}/zig`,
        'zig-public-key': zig.publicKey
      },
      workspace: fixtureWorkspace('cgo', { tag: 'v0.3.0' }),
      runnerDir: tempDir('r'),
      toolCache,
      env: { GOCACHE: gocache, RUNNER_TEMP: zigCacheTemp }
    })
    if (r.exitCode !== 0) throw new Error(r.stdout.slice(-3000))
    return r
  }
  const tempA = tempDir('temp-a')
  const first = await run(tempA) // zig downloaded, zig caches cold, Go cache cold
  const coldZig = await run(tempDir('temp-b')) // zig from the tool cache, zig caches cold, Go cache warm
  const warm = await run(tempA) // everything warm
  await mirror.close()
  const lines = [
    `### zig ${zig.version} for cgo — linux/arm64 build of the cgo fixture`,
    '',
    '| Run | c-toolchain stage (s) | build stage (s) | whole run (s) |',
    '| --- | ---: | ---: | ---: |',
    `| first: zig downloaded + verified, zig and Go caches cold | ${stage(first, 'c-toolchain').toFixed(2)} | ${stage(first, 'build').toFixed(1)} | ${(first.ms / 1000).toFixed(1)} |`,
    `| zig from the tool cache, zig caches cold, Go cache warm | ${stage(coldZig, 'c-toolchain').toFixed(2)} | ${stage(coldZig, 'build').toFixed(1)} | ${(coldZig.ms / 1000).toFixed(1)} |`,
    `| all warm | ${stage(warm, 'c-toolchain').toFixed(2)} | ${stage(warm, 'build').toFixed(1)} | ${(warm.ms / 1000).toFixed(1)} |`,
    '',
    `Installing zig from the mirror costs ${stage(first, 'c-toolchain').toFixed(1)} s; from the tool cache under 10 ms. ` +
      `A build with zig's caches cold takes ${(stage(coldZig, 'build') / stage(warm, 'build')).toFixed(0)}× one with them warm (zig compiles musl for the target first).`
  ]
  console.log(lines.join('\n'))
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench', 'results', 'zig.md'), lines.join('\n') + '\n')
}

await main()
