/**
 * A stand-in for GitHub's REST API (releases, assets, tags) on 127.0.0.1 that the real Octokit talks
 * to unmodified: stateful, with drafts, immutable releases, uploads through `upload_url`, browser
 * downloads, fault switches, and every request and response held to GitHub's published OpenAPI
 * description (openapi.ts), so it cannot drift from the real contract.
 *
 * Like github.com it serves three origins: the API, an uploads host of its own and the web host
 * (browser_download_url). With `basePath` it is laid out like GitHub Enterprise Server instead: one
 * origin, the API under '/api/v3', uploads under '/api/uploads'.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Repo, notFound, type Call, type Reply } from './handlers.js'
import { contract, type MatchedOperation } from './openapi.js'
import * as shapes from './shapes.js'
import type { StandInAsset, StandInRelease, Urls } from './shapes.js'

export type { StandInAsset, StandInRelease } from './shapes.js'
export { githubAssetName } from './shapes.js'

export interface StandInOptions {
  owner: string
  repo: string
  /** Tokens the server accepts, with their permission on contents. Requests without a known token → 401. */
  tokens: Record<string, 'write' | 'read'>
  /** Serve under a GHES-style prefix ('/api/v3'; uploads under '/api/uploads'); default '' (github.com-like). */
  basePath?: string
  /** Tags that exist in the repository, oldest first, with their commit sha (for generate-notes and tag checks). */
  tags?: Array<{ name: string; sha: string }>
  /** Repository setting: releases become immutable once published. */
  immutableReleases?: boolean
  /** Asset objects carry `digest: "sha256:…"` (true, like github.com today) or null (older GHES). */
  reportDigest?: boolean
}

type Match = { method?: string; path?: RegExp }

export interface RequestRecord {
  method: string
  /** The path as received (with basePath, '/api/uploads', …). */
  path: string
  query: string
  /** 0 when the stand-in dropped the connection instead of answering. */
  status: number
  /** Which origin or prefix it reached. */
  surface: 'api' | 'uploads' | 'web'
  /** GitHub's operationId, when the request addressed one. */
  operationId?: string
  /** The JSON request body, when there was one. */
  body?: unknown
}

export interface GitHubStandIn {
  /** For GITHUB_API_URL, e.g. http://127.0.0.1:PORT (or …/api/v3). */
  apiUrl: string
  /** For GITHUB_SERVER_URL: html_url values start with it. */
  serverUrl: string
  /** Where `upload_url` points: its own origin (github.com-like) or …/api/uploads (GHES). */
  uploadUrl: string
  /** The live state, inspectable and settable by tests (drafts left by an "older racing run", etc.). */
  state: { releases: StandInRelease[]; tags: Array<{ name: string; sha: string }> }
  /** Put a release straight into the state (no API call, no request recorded); published ones create their tag. */
  seedRelease(r: Partial<StandInRelease> & { tag_name: string }): StandInRelease
  /**
   * Put an asset straight into a release. `state: 'open'` is what a failed upload leaves: pass the
   * real bytes and the first half of them is stored (size smaller than the file, digest null).
   */
  seedAsset(releaseId: number, name: string, bytes: Buffer, opts?: { state?: 'uploaded' | 'open' }): StandInAsset
  /**
   * Fault switches; each counts down and then turns itself off. `match.path` is tested against the
   * path as received (with basePath), e.g. /\/releases$/.
   */
  faults: {
    /** The next `count` matching requests answer 502 (or `status`), or drop the connection with `reset`. */
    serverError(count: number, match?: Match, opts?: { status?: number; reset?: boolean }): void
    /** The next `count` matching requests answer 403 "secondary rate limit" with Retry-After: seconds. */
    secondaryRateLimit(count: number, retryAfterSeconds: number, match?: Match): void
    /** Primary rate limit: 403 (or 429) with x-ratelimit-remaining: 0 and x-ratelimit-reset in `resetInSeconds`. */
    primaryRateLimit(count: number, resetInSeconds: number, match?: Match, opts?: { status?: 403 | 429 }): void
    /** The next `count` uploads store the asset completely, then answer 502 (or `status`; 422 answers already_exists). */
    uploadStoredThenError(count: number, opts?: { status?: number }): void
    /** The next `count` uploads store half the bytes as an 'open' asset, then answer 502 (or `status`) or drop with `reset`. */
    uploadPartialThenError(count: number, opts?: { status?: number; reset?: boolean }): void
    /** Turn every pending fault off. */
    clear(): void
  }
  /** Every request with method, path, status, for assertions ("no PATCH after publish", "one create"). */
  requests: RequestRecord[]
  /** Every OpenAPI contract violation seen (request or response). Tests assert it is empty. */
  contractViolations: string[]
  close(): Promise<void>
}

interface Fault {
  kind: 'server' | 'secondary' | 'primary' | 'stored' | 'partial'
  remaining: number
  match: Match
  status: number
  reset: boolean
  seconds: number
}

export async function startGitHubStandIn(opts: StandInOptions): Promise<GitHubStandIn> {
  const basePath = (opts.basePath ?? '').replace(/\/+$/, '')
  const ghes = basePath !== ''
  const spec = contract(ghes ? 'ghes-3.19' : 'api.github.com')
  const requests: RequestRecord[] = []
  const contractViolations: string[] = []
  const faults: Fault[] = []
  const state = { releases: [] as StandInRelease[], tags: [...(opts.tags ?? [])] }

  const servers: http.Server[] = []
  const listen = async (surface?: RequestRecord['surface']): Promise<string> => {
    const server = http.createServer((req, res) => {
      handle(req, res, surface).catch((error: Error) => {
        // a stand-in bug must fail the test loudly, not hang the client
        contractViolations.push(`stand-in error on ${req.method} ${req.url}: ${error.stack ?? error.message}`)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `stand-in error: ${error.message}` }))
      })
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  let urls: Urls
  if (ghes) {
    const origin = await listen()
    urls = { api: `${origin}${basePath}`, uploads: `${origin}/api/uploads`, server: origin, owner: opts.owner, repo: opts.repo, reportDigest: opts.reportDigest ?? true }
  } else {
    const [api, uploads, server] = [await listen('api'), await listen('uploads'), await listen('web')]
    urls = { api, uploads, server, owner: opts.owner, repo: opts.repo, reportDigest: opts.reportDigest ?? true }
  }
  const repo = new Repo(state, urls, { immutableReleases: opts.immutableReleases ?? false })

  /** Which surface a request reached and the path within it. */
  const route = (pathname: string, fixed?: RequestRecord['surface']): { surface: RequestRecord['surface']; path: string } => {
    if (fixed) return { surface: fixed, path: pathname }
    if (pathname === basePath || pathname.startsWith(`${basePath}/`)) return { surface: 'api', path: pathname.slice(basePath.length) || '/' }
    if (pathname.startsWith('/api/uploads/')) return { surface: 'uploads', path: pathname.slice('/api/uploads'.length) }
    return { surface: 'web', path: pathname }
  }

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, fixed?: RequestRecord['surface']): Promise<void> => {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const { surface, path } = route(url.pathname, fixed)
    const record: RequestRecord = { method, path: url.pathname, query: url.search.replace(/^\?/, ''), status: 0, surface }
    requests.push(record)
    const raw = await readBody(req)

    const send = (reply: Reply): void => {
      record.status = reply.status
      const headers: Record<string, string> = { ...rateLimitHeaders(), ...reply.headers }
      let payload: Buffer | undefined = reply.bytes
      if (reply.json !== undefined) {
        payload = Buffer.from(JSON.stringify(reply.json))
        headers['content-type'] = 'application/json; charset=utf-8'
      }
      if (payload) headers['content-length'] = String(payload.length)
      res.writeHead(reply.status, headers)
      res.end(method === 'HEAD' ? undefined : payload)
    }
    const drop = (): void => {
      record.status = 0
      req.socket.destroy()
    }

    if (surface === 'web') return send(web(method, path, tokenOf(req)))

    const op = spec.match(method, path)
    // GitHub serves uploads only on the uploads host and nothing else there
    const misplaced = op && (op.id === 'repos/upload-release-asset') !== (surface === 'uploads')
    if (!op || misplaced) {
      contractViolations.push(`${method} ${url.pathname}: no such operation on the ${surface} ${ghes ? 'prefix' : 'host'} in ${spec.name}`)
      return send(notFound('rest'))
    }
    record.operationId = op.id
    const contentType = req.headers['content-type']
    const checked = spec.validateRequest(op, method, url.searchParams, contentType, raw.length ? raw : undefined)
    if (checked.body !== undefined && !Buffer.isBuffer(checked.body)) record.body = checked.body
    if (op.id === 'repos/upload-release-asset' && req.headers['content-length'] === undefined) {
      checked.violations.push(`${method} ${op.template}: the upload has no Content-Length (GitHub needs the length up front)`)
    }
    if (checked.violations.length) {
      contractViolations.push(...checked.violations)
      const message = { 400: 'Problems parsing JSON', 404: 'Not Found', 422: `Invalid request.\n\n${checked.violations.join('\n')}` }[checked.status]
      return send({ status: checked.status, json: shapes.error(message, 'rest', checked.status) })
    }

    const fault = takeFault(faults, method, url.pathname, ['server', 'secondary', 'primary'])
    if (fault) return fault.kind === 'server' && fault.reset ? drop() : send(faultReply(fault))

    const token = tokenOf(req)
    const permission = token === undefined ? undefined : opts.tokens[token]
    if (!permission) return send({ status: 401, json: shapes.error('Bad credentials', 'rest', 401) })

    const [owner, name] = [op.params.owner, op.params.repo]
    if (owner !== opts.owner || name !== opts.repo) return reply(op, method, send, notFound('repos/repos#get-a-repository'))
    if (method !== 'GET' && method !== 'HEAD' && permission !== 'write') {
      return reply(op, method, send, { status: 403, json: shapes.error('Resource not accessible by integration', 'rest', 403) })
    }

    const call: Call = {
      operationId: op.id,
      params: checked.params,
      query: checked.query,
      body: checked.body,
      contentType,
      accept: req.headers.accept ?? '',
      permission,
      url: new URL(`${urls.api}${path}${url.search}`)
    }
    if (op.id === 'repos/upload-release-asset') {
      // an upload fault strikes only an upload GitHub would have accepted (a refused one keeps it armed)
      const release = state.releases.find((r) => r.id === call.params.release_id)
      const uploadFault = release && !repo.uploadRefusal(release, call) ? takeFault(faults, method, url.pathname, ['stored', 'partial']) : undefined
      if (release && uploadFault) return uploadWithFault(release, call, uploadFault, raw, send, drop)
    }
    const handler = repo.handlers[op.id]
    if (!handler) {
      contractViolations.push(`${method} ${op.template}: ${op.id} is in the description but the stand-in does not serve it`)
      return send({ status: 501, json: shapes.error(`the stand-in does not serve ${op.id}`, 'rest', 501) })
    }
    return reply(op, method, send, handler(call))
  }

  /** Answer, holding the response to the contract first. */
  const reply = (op: MatchedOperation, method: string, send: (r: Reply) => void, r: Reply): void => {
    contractViolations.push(...spec.validateResponse(op, method, r.status, r.json).map((v) => `stand-in response: ${v}`))
    send(r)
  }

  const uploadWithFault = (release: StandInRelease, call: Call, fault: Fault, raw: Buffer, send: (r: Reply) => void, drop: () => void): void => {
    // GitHub keeps what it received although the answer says otherwise
    repo.storeUpload(release, call, raw, fault.kind === 'stored' ? 'uploaded' : 'open')
    if (fault.reset) return drop()
    if (fault.status === 422) {
      return send({ status: 422, json: shapes.error('Validation Failed', 'releases/assets#upload-a-release-asset', 422, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]) })
    }
    send({ status: fault.status, json: shapes.error('Server Error', 'rest', fault.status) })
  }

  /** The web host: browser downloads and the object store the octet-stream redirect points at. */
  const web = (method: string, path: string, token: string | undefined): Reply => {
    if (method !== 'GET' && method !== 'HEAD') return { status: 404, bytes: Buffer.from('Not Found') }
    let asset: StandInAsset | undefined
    const objects = /^\/_objects\/(\d+)$/.exec(path)
    const download = new RegExp(`^/${escape(opts.owner)}/${escape(opts.repo)}/releases/download/([^/]+)/([^/]+)$`).exec(path)
    if (objects) asset = repo.findAsset(Number(objects[1]))
    else if (download) {
      const tagName = decodeURIComponent(download[1] as string)
      // a draft's files are private to those who can write to the repository
      if (tagName.startsWith('untagged-') && (token === undefined || opts.tokens[token] !== 'write')) return { status: 404, bytes: Buffer.from('Not Found') }
      asset = repo.download(tagName, decodeURIComponent(download[2] as string))
    }
    if (!asset || asset.state !== 'uploaded') return { status: 404, bytes: Buffer.from('Not Found') }
    asset.download_count++
    return {
      status: 200,
      bytes: asset.bytes,
      headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename=${asset.name}` }
    }
  }

  const addFault = (kind: Fault['kind'], count: number, match: Match = {}, rest: Partial<Fault> = {}): void => {
    faults.push({ kind, remaining: count, match, status: 502, reset: false, seconds: 0, ...rest })
  }

  return {
    apiUrl: urls.api,
    serverUrl: urls.server,
    uploadUrl: urls.uploads,
    state,
    seedRelease: (r) => repo.seedRelease(r),
    seedAsset: (id, name, bytes, o) => repo.seedAsset(id, name, bytes, o),
    faults: {
      serverError: (count, match, o) => addFault('server', count, match, { status: o?.status ?? 502, reset: o?.reset ?? false }),
      secondaryRateLimit: (count, seconds, match) => addFault('secondary', count, match, { status: 403, seconds }),
      primaryRateLimit: (count, seconds, match, o) => addFault('primary', count, match, { status: o?.status ?? 403, seconds }),
      uploadStoredThenError: (count, o) => addFault('stored', count, {}, { status: o?.status ?? 502 }),
      uploadPartialThenError: (count, o) => addFault('partial', count, {}, { status: o?.status ?? 502, reset: o?.reset ?? false }),
      clear: () => void faults.splice(0)
    },
    requests,
    contractViolations,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections()
              s.close(() => resolve())
            })
        )
      )
    }
  }
}

function tokenOf(req: http.IncomingMessage): string | undefined {
  return /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
}

function takeFault(faults: Fault[], method: string, path: string, kinds: Array<Fault['kind']>): Fault | undefined {
  const fault = faults.find(
    (f) => f.remaining > 0 && kinds.includes(f.kind) && (!f.match.method || f.match.method.toUpperCase() === method) && (!f.match.path || f.match.path.test(path))
  )
  if (fault) fault.remaining--
  return fault
}

function faultReply(f: Fault): Reply {
  if (f.kind === 'secondary') {
    return {
      status: f.status,
      headers: { 'retry-after': String(f.seconds) },
      json: shapes.error('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', 'overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', f.status)
    }
  }
  if (f.kind === 'primary') {
    return {
      status: f.status,
      headers: { ...rateLimitHeaders(), 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + f.seconds) },
      json: shapes.error('API rate limit exceeded for installation ID 1.', 'overview/rate-limits-for-the-rest-api', f.status)
    }
  }
  return { status: f.status, json: shapes.error('Server Error', 'rest', f.status) }
}

function rateLimitHeaders(): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28'
  }
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
