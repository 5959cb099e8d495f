/** The stand-in itself, driven by the real toolkit clients: if these pass, the action's adapters talk to a faithful peer. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startResultsService, type ResultsService } from '../support/results-service.js'
import { tempDir } from '../support/workspace.js'

describe('results service stand-in with the real clients', () => {
  let svc: ResultsService
  const saved = { ...process.env }
  beforeAll(async () => {
    svc = await startResultsService()
    Object.assign(process.env, svc.env('job-1'), { RUNNER_TEMP: tempDir('rt'), GITHUB_WORKSPACE: tempDir('ws') })
  }, 60_000)
  afterAll(async () => {
    process.env = { ...saved }
    await svc?.close()
  })

  it('round-trips a zipped artifact and a single-file one', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const dir = tempDir('up')
    writeFileSync(path.join(dir, 'a.txt'), 'alpha')
    mkdirSync(path.join(dir, 'sub'))
    writeFileSync(path.join(dir, 'sub', 'b.bin'), Buffer.alloc(100_000, 7))
    const up = await client.uploadArtifact('bundle', [path.join(dir, 'a.txt'), path.join(dir, 'sub', 'b.bin')], dir, { compressionLevel: 1 })
    expect(up.id).toBeGreaterThan(0)
    expect(up.digest).toMatch(/^[0-9a-f]{64}$/)
    const single = await client.uploadArtifact('ignored', [path.join(dir, 'a.txt')], dir, { skipArchive: true })
    const list = await client.listArtifacts()
    expect(list.artifacts.map((a) => a.name).sort()).toEqual(['a.txt', 'bundle'])
    const into = tempDir('down')
    await client.downloadArtifact(up.id as number, { path: into })
    expect(readFileSync(path.join(into, 'sub', 'b.bin')).equals(Buffer.alloc(100_000, 7))).toBe(true)
    const into2 = tempDir('down2')
    await client.downloadArtifact(single.id as number, { path: into2 })
    expect(readFileSync(path.join(into2, 'a.txt'), 'utf8')).toBe('alpha')
    await client.deleteArtifact('bundle')
    expect((await client.listArtifacts()).artifacts.map((a) => a.name)).toEqual(['a.txt'])
  }, 120_000)

  it('saves and restores a cache entry, matching restore keys by prefix', async () => {
    const cache = await import('@actions/cache')
    const dir = path.join(tempDir('cache'), 'stuff')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'x'), 'cached bytes')
    const id = await cache.saveCache([dir], 'k-linux-abc')
    expect(id).toBeGreaterThan(0)
    writeFileSync(path.join(dir, 'x'), 'changed')
    expect(await cache.restoreCache([dir], 'k-linux-zzz', ['k-linux-'])).toBe('k-linux-abc')
    expect(readFileSync(path.join(dir, 'x'), 'utf8')).toBe('cached bytes')
    expect(await cache.restoreCache([dir], 'other')).toBeUndefined()
  }, 120_000)
})
