/**
 * release: true in a fan-out: the plan and the partial build jobs never touch the release (the merge
 * job is its only writer), and the merge publishes a release identical, asset for asset, to the one
 * a single job publishes. Against the results-service stand-in (artifacts) and the GitHub REST
 * stand-in (releases).
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo } from '../support/assets.js'
import { startGitHubStandIn, type GitHubStandIn } from '../support/github-api/index.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { startResultsService, type ResultsService } from '../support/results-service.js'
import { runAction } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, SHARED_GOMODCACHE, tempDir } from '../support/workspace.js'

const TARGETS = 'linux/amd64, windows/amd64'
const GIT = { tag: 'v1.2.3', date: '2026-01-02T03:04:05Z' }
const TOKEN = 'ghs_e2eFanOutToken0123456789'

describe('release: a fan-out publishes the same release as a single job', () => {
  let mirror: Mirror
  let svc: ResultsService
  let toolCache: string
  const standIns: GitHubStandIn[] = []

  const run = (gh: GitHubStandIn, inputs: Record<string, string>, env: Record<string, string>) =>
    runAction({
      inputs: { targets: TARGETS, 'go-download-base-url': `${mirror.url}/dl`, cache: 'false', release: 'true', 'github-token': TOKEN, ...inputs },
      workspace: fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache,
      env: {
        GOCACHE: SHARED_GOCACHE,
        GOMODCACHE: SHARED_GOMODCACHE,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_REPOSITORY: 'acme/xapp',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GO_XBUILD_TEST_GITHUB_WAIT_SCALE: '0.01',
        ...env
      }
    })

  beforeAll(async () => {
    const go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    svc = await startResultsService()
    toolCache = tempDir('toolcache')
  }, 1_200_000)
  afterAll(async () => {
    for (const gh of standIns) expect(gh.contractViolations).toEqual([])
    await Promise.all(standIns.map((gh) => gh.close()))
    await mirror?.close()
    await svc?.close()
  })

  it('plan and partial builds leave the release alone; the merge job publishes one identical to the single job’s', async () => {
    const single = await startGitHubStandIn({ owner: 'acme', repo: 'xapp', tokens: { [TOKEN]: 'write' }, tags: [{ name: 'v1.2.2', sha: 'a'.repeat(40) }] })
    const fanned = await startGitHubStandIn({ owner: 'acme', repo: 'xapp', tokens: { [TOKEN]: 'write' }, tags: [{ name: 'v1.2.2', sha: 'a'.repeat(40) }] })
    standIns.push(single, fanned)

    const one = await run(single, {}, svc.env('single', randomUUID()))
    expect(one.exitCode, one.stdout).toBe(0)

    const runId = randomUUID()
    const plan = await run(fanned, { mode: 'plan' }, svc.env('plan', runId))
    expect(plan.exitCode, plan.stdout).toBe(0)
    expect(plan.stdout).toMatch(/release-check: skipped \(mode is plan\)/)
    const entries = (JSON.parse(plan.outputs.matrix as string) as { include: Array<{ id: string; targets: string; 'go-version': string }> }).include
    expect(entries).toHaveLength(2)
    for (const e of entries) {
      const b = await run(fanned, { targets: e.targets, partial: 'true', 'go-version': e['go-version'] }, svc.env(`build-${e.id}`, runId))
      expect(b.exitCode, b.stdout).toBe(0)
      expect(b.stdout).toMatch(/publish-release: skipped \(partial build: the merge job is the only writer of the release\)/)
    }
    // not one request from the plan or the build jobs
    expect(fanned.requests).toEqual([])

    const merge = await run(fanned, { mode: 'merge', 'delete-partials': 'true' }, svc.env('merge', runId))
    expect(merge.exitCode, merge.stdout).toBe(0)

    const [a] = single.state.releases
    const [b, ...more] = fanned.state.releases
    expect(more).toEqual([])
    expect(b).toMatchObject({ tag_name: 'v1.2.3', draft: false, name: a?.name, prerelease: a?.prerelease, make_latest: a?.make_latest })
    const view = (r: typeof a) => (r?.assets ?? []).map((x) => ({ name: x.name, size: x.size, state: x.state, sha256: sha(x.bytes) })).sort((p, q) => (p.name < q.name ? -1 : 1))
    expect(view(b)).toEqual(view(a))
    expect(view(b).map((x) => x.name)).toEqual(['SHA256SUMS', 'manifest.json', 'xapp_1.2.3_linux_amd64.tar.gz', 'xapp_1.2.3_windows_amd64.zip'])
    expect(JSON.parse(merge.outputs['release-assets'] as string).map((x: { sha256: string }) => x.sha256)).toEqual(
      JSON.parse(one.outputs['release-assets'] as string).map((x: { sha256: string }) => x.sha256)
    )
    // and what the merge job published verifies once downloaded
    const dir = tempDir('download')
    for (const x of JSON.parse(merge.outputs['release-assets'] as string) as Array<{ name: string; url: string }>) {
      writeFileSync(path.join(dir, x.name), Buffer.from(await (await fetch(x.url)).arrayBuffer()))
    }
    const check = execFileSync('sha256sum', ['-c', '--ignore-missing', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
    expect(check).toContain('xapp_1.2.3_windows_amd64.zip: OK')
  })
})

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
