/**
 * Fan-out against one job, on the ten-target fixture. Runners here are one machine, so the fan-out
 * is modelled from measurements: every matrix job is run for real (one after the other, each with
 * a cold Go build cache, as a fresh runner has), then the merge; the model's wall time is the
 * slowest job plus the merge, beside the single job's measured cold time.
 *
 *   npm run bench:fan-out
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { goAsset, serveGo, ROOT } from '../__tests__/support/assets.js'
import { startMirror } from '../__tests__/support/mirror.js'
import { startResultsService } from '../__tests__/support/results-service.js'
import { runAction } from '../__tests__/support/run-action.js'
import { fixtureWorkspace, tempDir } from '../__tests__/support/workspace.js'

const TARGETS = 'linux/amd64, linux/arm64, linux/arm/v7, linux/386, linux/riscv64, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64, freebsd/amd64'
const GIT = { tag: 'v1.4.2' }
const groupBy = process.argv.find((a) => a.startsWith('--group-by='))?.slice('--group-by='.length) ?? 'target'

async function main(): Promise<void> {
  const go = await goAsset()
  const mirror = await startMirror()
  serveGo(mirror, go)
  const svc = await startResultsService()
  const toolCache = tempDir('tc')
  const run = async (inputs: Record<string, string>, env: Record<string, string>) => {
    const r = await runAction({
      inputs: { targets: TARGETS, 'go-download-base-url': `${mirror.url}/dl`, cache: 'false', ...inputs },
      workspace: fixtureWorkspace('app', GIT),
      runnerDir: tempDir('r'),
      toolCache,
      env: { GOCACHE: path.join(tempDir('gocache'), 'go-build'), ...env }
    })
    if (r.exitCode !== 0) throw new Error(r.stdout.slice(-3000))
    return r
  }
  await run({ targets: 'linux/amd64', upload: 'false' }, {}) // the tool cache holds Go from here on

  const single = await run({}, svc.env('single', randomUUID()))
  const runId = randomUUID()
  const plan = await run({ mode: 'plan', 'group-by': groupBy }, svc.env('plan', runId))
  const entries = (JSON.parse(plan.outputs.matrix as string) as { include: Array<{ id: string; targets: string }> }).include
  const jobs: Array<{ id: string; seconds: number }> = []
  for (const e of entries) {
    const r = await run({ targets: e.targets, partial: 'true' }, svc.env(e.id, runId))
    jobs.push({ id: e.id, seconds: r.ms / 1000 })
  }
  const merge = await run({ mode: 'merge', 'delete-partials': 'true' }, svc.env('merge', runId))
  await svc.close()
  await mirror.close()

  const slowest = Math.max(...jobs.map((j) => j.seconds))
  const model = slowest + plan.ms / 1000 + merge.ms / 1000
  const lines = [
    `### Fan-out (group-by: ${groupBy}) against one job — 10 targets, cold Go build cache per job`,
    '',
    '| Job | Seconds |',
    '| --- | ---: |',
    ...jobs.map((j) => `| build ${j.id} | ${j.seconds.toFixed(1)} |`),
    `| plan | ${(plan.ms / 1000).toFixed(1)} |`,
    `| merge | ${(merge.ms / 1000).toFixed(1)} |`,
    '',
    '| | Seconds |',
    '| --- | ---: |',
    `| single job, measured | ${(single.ms / 1000).toFixed(1)} |`,
    `| fan-out, modelled: plan + slowest build job + merge | ${model.toFixed(1)} |`,
    `| fan-out / single job | ${(model / (single.ms / 1000)).toFixed(3)} |`,
    `| runner minutes: single job / all fan-out jobs | ${(single.ms / 1000).toFixed(1)} / ${(jobs.reduce((s, j) => s + j.seconds, 0) + (plan.ms + merge.ms) / 1000).toFixed(1)} |`,
    '',
    'The model leaves out what GitHub adds per job (queueing, runner start-up, checkout: typically 10–30 s each).'
  ]
  const text = lines.join('\n')
  console.log(text)
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench', 'results', `fan-out-${groupBy}.md`), text + '\n')
}

await main()
