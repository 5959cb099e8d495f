/**
 * A stand-in for GitHub's results service, so the real @actions/artifact and @actions/cache
 * clients run unmodified: a twirp JSON server on 127.0.0.1 (ArtifactService and CacheService)
 * that hands out SAS URLs into Azurite, the Azure Storage emulator, started from here. Between the
 * clients and Azurite sits a TCP proxy that can drop a connection mid-upload on demand.
 */
import { BlobServiceClient, BlobSASPermissions, generateBlobSASQueryParameters, SASProtocol, StorageSharedKeyCredential } from '@azure/storage-blob'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import path from 'node:path'
import { ROOT } from './assets.js'
import { tempDir } from './workspace.js'

// Azurite's documented well-known development account
const ACCOUNT = 'devstoreaccount1'
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const ARTIFACTS = 'artifacts'
const CACHES = 'caches'

export interface StoredArtifact {
  id: number
  name: string
  runId: string
  jobId: string
  blob: string
  size: number
  digest?: string
  createdAt: string
  finalized: boolean
  mimeType?: string
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  blob: string
  size: number
  finalized: boolean
  createdAt: number
}

type Method = string

export interface ResultsService {
  url: string
  blobUrl: string
  runId: string
  artifacts: StoredArtifact[]
  caches: CacheEntry[]
  calls: Array<{ method: Method; body: Record<string, unknown> }>
  /** Environment for a job (a fresh job id unless given) of this run, or of another run. */
  env(jobId?: string, runId?: string): Record<string, string>
  /** The next `count` calls to a method answer `status`. */
  failNext(method: Method, count: number, status?: number): void
  /** The next `count` connections to the blob store that upload data are cut after `bytes`. */
  dropUploads(count: number, bytes: number): void
  /** An artifact's stored bytes, straight from Azurite. */
  read(blob: string, container?: string): Promise<Buffer>
  /** Overwrites stored bytes (to tamper with an artifact). */
  write(blob: string, data: Buffer, container?: string): Promise<void>
  close(): Promise<void>
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })

async function waitForPort(port: number, child: ChildProcess, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`azurite exited with ${child.exitCode}`)
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.destroy()
        resolve(true)
      })
      c.on('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('azurite did not start listening in time')
}

/** Forwards TCP to Azurite; can cut upload connections after some bytes. */
function startProxy(target: number): Promise<{ port: number; drop: { count: number; bytes: number }; close: () => Promise<void> }> {
  const drop = { count: 0, bytes: 0 }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    let seen = 0
    let cutting = false
    let head = ''
    client.on('data', (chunk: Buffer) => {
      if (head.length < 16) head += chunk.toString('latin1', 0, 16)
      // only connections that send a body (PUT) are cut: downloads and listings pass
      if (!cutting && drop.count > 0 && head.startsWith('PUT ')) {
        cutting = true
        drop.count--
      }
      seen += chunk.length
      if (cutting && seen > drop.bytes) {
        client.destroy()
        upstream.destroy()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk) => client.write(chunk))
    const end = (): void => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('close', end).on('error', end)
    upstream.on('close', end).on('error', end)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        drop,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy()
            server.close(() => r())
          })
      })
    })
  })
}

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')

export async function startResultsService(): Promise<ResultsService> {
  const azPort = await freePort()
  const azurite = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(azPort),
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--loose',
      '--silent'
    ],
    { stdio: 'ignore', cwd: tempDir('azurite') }
  )
  await waitForPort(azPort, azurite)
  const proxy = await startProxy(azPort)
  const blobUrl = `http://127.0.0.1:${proxy.port}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  // the service itself talks to Azurite directly, never through the faulty proxy
  const blobService = new BlobServiceClient(`http://127.0.0.1:${azPort}/${ACCOUNT}`, credential)
  await blobService.getContainerClient(ARTIFACTS).createIfNotExists()
  await blobService.getContainerClient(CACHES).createIfNotExists()

  const runId = randomUUID()
  const artifacts: StoredArtifact[] = []
  const caches: CacheEntry[] = []
  const calls: ResultsService['calls'] = []
  const failures = new Map<string, { count: number; status: number }>()
  let nextId = 1000

  const sas = (container: string, blob: string, permissions: string, filename?: string): string => {
    const q = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3_600_000),
        protocol: SASProtocol.HttpsAndHttp,
        ...(filename ? { contentDisposition: `attachment; filename="${filename}"` } : {})
      },
      credential
    )
    return `${blobUrl}/${container}/${encodeURIComponent(blob)}?${q.toString()}`
  }

  const ids = (body: Record<string, unknown>): { run: string; job: string } => ({
    run: String(body.workflow_run_backend_id ?? ''),
    job: String(body.workflow_job_run_backend_id ?? '')
  })

  const artifactMethods: Record<string, (b: Record<string, unknown>) => Promise<unknown>> = {
    async CreateArtifact(b) {
      const { run, job } = ids(b)
      const name = String(b.name)
      if (artifacts.some((a) => a.runId === run && a.name === name && a.finalized)) {
        return { status: 409, body: { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` } }
      }
      const blob = `${run}/${job}/${name}-${randomUUID()}`
      const mimeType = (b.mime_type as string | undefined) ?? undefined
      const existing = artifacts.findIndex((a) => a.runId === run && a.name === name && !a.finalized)
      if (existing >= 0) artifacts.splice(existing, 1)
      artifacts.push({ id: nextId++, name, runId: run, jobId: job, blob, size: 0, createdAt: new Date().toISOString(), finalized: false, mimeType })
      return { ok: true, signed_upload_url: sas(ARTIFACTS, blob, 'cw') }
    },
    async FinalizeArtifact(b) {
      const { run } = ids(b)
      const a = artifacts.find((x) => x.runId === run && x.name === String(b.name) && !x.finalized)
      if (!a) return { status: 404, body: { code: 'not_found', msg: 'no artifact to finalize' } }
      const props = await blobService.getContainerClient(ARTIFACTS).getBlobClient(a.blob).getProperties()
      if (String(props.contentLength) !== String(b.size)) {
        return { status: 400, body: { code: 'invalid_argument', msg: `size ${b.size} does not match the ${props.contentLength} bytes stored` } }
      }
      a.size = Number(b.size)
      a.digest = (b.hash as string | undefined) ?? undefined
      a.finalized = true
      return { ok: true, artifact_id: String(a.id) }
    },
    async ListArtifacts(b) {
      const { run } = ids(b)
      const nameFilter = b.name_filter as string | undefined
      const idFilter = b.id_filter as string | undefined
      return {
        artifacts: artifacts
          .filter((a) => a.runId === run && a.finalized)
          .filter((a) => (nameFilter === undefined ? true : a.name === nameFilter))
          .filter((a) => (idFilter === undefined ? true : String(a.id) === String(idFilter)))
          .map((a) => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {})
          }))
      }
    },
    async GetSignedArtifactURL(b) {
      const { run } = ids(b)
      const a = artifacts.find((x) => x.runId === run && x.name === String(b.name) && x.finalized)
      if (!a) return { status: 404, body: { code: 'not_found', msg: `no artifact named ${b.name}` } }
      return { signed_url: sas(ARTIFACTS, a.blob, 'r', a.mimeType === 'application/zip' ? `${a.name}.zip` : a.name) }
    },
    async DeleteArtifact(b) {
      const { run } = ids(b)
      const i = artifacts.findIndex((x) => x.runId === run && x.name === String(b.name) && x.finalized)
      if (i < 0) return { status: 404, body: { code: 'not_found', msg: `no artifact named ${b.name}` } }
      const [a] = artifacts.splice(i, 1)
      await blobService.getContainerClient(ARTIFACTS).deleteBlob((a as StoredArtifact).blob)
      return { ok: true, artifact_id: String((a as StoredArtifact).id) }
    }
  }

  const cacheMethods: Record<string, (b: Record<string, unknown>) => Promise<unknown>> = {
    async CreateCacheEntry(b) {
      const key = String(b.key)
      const version = String(b.version)
      if (caches.some((c) => c.key === key && c.version === version)) {
        return { status: 409, body: { code: 'already_exists', msg: `cache entry ${key} already exists` } }
      }
      const blob = `${randomUUID()}.tar`
      caches.push({ id: nextId++, key, version, blob, size: 0, finalized: false, createdAt: Date.now() })
      return { ok: true, signed_upload_url: sas(CACHES, blob, 'cw') }
    },
    async FinalizeCacheEntryUpload(b) {
      const c = caches.find((x) => x.key === String(b.key) && x.version === String(b.version) && !x.finalized)
      if (!c) return { status: 404, body: { code: 'not_found', msg: 'no cache entry to finalize' } }
      c.size = Number(b.size_bytes)
      c.finalized = true
      return { ok: true, entry_id: String(c.id) }
    },
    async GetCacheEntryDownloadURL(b) {
      const version = String(b.version)
      const usable = caches.filter((c) => c.finalized && c.version === version).sort((x, y) => y.createdAt - x.createdAt)
      const exact = usable.find((c) => c.key === String(b.key))
      const prefix = ((b.restore_keys as string[] | undefined) ?? []).map((k) => usable.find((c) => c.key.startsWith(k))).find(Boolean)
      const hit = exact ?? prefix
      if (!hit) return { ok: false, signed_download_url: '', matched_key: '' }
      return { ok: true, signed_download_url: sas(CACHES, hit.blob, 'r'), matched_key: hit.key }
    }
  }

  const server = http.createServer((req, res) => {
    let data = ''
    req.on('data', (c: Buffer) => (data += c.toString()))
    req.on('end', () => {
      const m = /^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/.exec(req.url ?? '')
      const reply = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (!m || req.method !== 'POST') return reply(404, { code: 'bad_route', msg: `no route ${req.method} ${req.url}` })
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return reply(401, { code: 'unauthenticated', msg: 'no token' })
      const [, service, method] = m as unknown as [string, string, string]
      let body: Record<string, unknown>
      try {
        body = JSON.parse(data || '{}')
      } catch {
        return reply(400, { code: 'malformed', msg: 'not JSON' })
      }
      calls.push({ method, body })
      const fault = failures.get(method)
      if (fault && fault.count > 0) {
        fault.count--
        return reply(fault.status, { code: 'internal', msg: `injected ${fault.status}` })
      }
      const handler = (service === 'ArtifactService' ? artifactMethods : cacheMethods)[method]
      if (!handler) return reply(404, { code: 'bad_route', msg: `no method ${method}` })
      handler(body)
        .then((out) => {
          const o = out as { status?: number; body?: unknown }
          if (o && typeof o.status === 'number' && o.body) reply(o.status, o.body)
          else reply(200, out)
        })
        .catch((error: Error) => reply(500, { code: 'internal', msg: error.message }))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  return {
    url,
    blobUrl,
    runId,
    artifacts,
    caches,
    calls,
    env(jobId = randomUUID(), run = runId) {
      // the clients decode the token but never verify it: an unsigned JWT with the run and job ids
      const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ scp: `Actions.GenericRead:0 Actions.Results:${run}:${jobId}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.`
      return {
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_RESULTS_URL: url,
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_CACHE_URL: url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/xapp',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'build'
      }
    },
    failNext(method, count, status = 500) {
      failures.set(method, { count, status })
    },
    dropUploads(count, bytes) {
      proxy.drop.count = count
      proxy.drop.bytes = bytes
    },
    async read(blob, container = ARTIFACTS) {
      return blobService.getContainerClient(container).getBlobClient(blob).downloadToBuffer()
    },
    async write(blob, data, container = ARTIFACTS) {
      await blobService.getContainerClient(container).getBlockBlobClient(blob).uploadData(data, { blobHTTPHeaders: { blobContentType: 'application/zip' } })
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await proxy.close()
      azurite.kill()
    }
  }
}
