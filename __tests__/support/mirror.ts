/**
 * A local HTTP mirror on 127.0.0.1 standing in for the download sites (go.dev/dl, GitHub
 * releases, ziglang.org). It serves real files and JSON, logs every request, and injects faults on
 * demand: a burst of 5xx answers, corrupted bytes, a connection dropped mid-body.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Route = { kind: 'file'; file: string } | { kind: 'body'; body: Buffer; type: string }

interface Fault {
  /** How many requests it applies to (Infinity for all). */
  remaining: number
  status?: number
  retryAfter?: string
  corrupt?: boolean
  /** Drop the connection after this many body bytes. */
  dropAfter?: number
}

export interface Mirror {
  url: string
  /** Request paths (with query), in order. */
  requests: string[]
  /** Authorization header of each request ('' when none), in order. */
  authorizations: string[]
  /** Answer 401 to any request without this `user:password` as Basic auth (undefined: no auth). */
  requireBasic(credentials: string | undefined): void
  file(urlPath: string, file: string): void
  json(urlPath: string, value: unknown): void
  body(urlPath: string, body: Buffer | string, type?: string): void
  fault(urlPath: string, fault: Fault): void
  clearFaults(): void
  close(): Promise<void>
}

export async function startMirror(): Promise<Mirror> {
  const routes = new Map<string, Route>()
  const faults = new Map<string, Fault[]>()
  const requests: string[] = []
  const authorizations: string[] = []
  let basic: string | undefined

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      // a broken fixture must fail the test loudly, not hang the client
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`mirror error: ${error.message}\n`)
    })
  })
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const key = req.url ?? '/'
    requests.push(key)
    authorizations.push(req.headers.authorization ?? '')
    if (basic !== undefined && req.headers.authorization !== `Basic ${Buffer.from(basic).toString('base64')}`) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Basic realm="mirror"' })
      res.end('unauthorized\n')
      return
    }
    const pathOnly = key.split('?')[0] as string
    const route = routes.get(key) ?? routes.get(pathOnly)
    const fault = (faults.get(key) ?? faults.get(pathOnly))?.find((f) => f.remaining > 0)
    if (fault) fault.remaining--
    if (fault?.status) {
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}) })
      res.end(`injected ${fault.status}\n`)
      return
    }
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found\n')
      return
    }
    let body: Buffer | undefined
    let size: number
    let type = 'application/octet-stream'
    if (route.kind === 'body') {
      body = route.body
      size = body.length
      type = route.type
    } else {
      size = (await stat(route.file)).size
    }
    res.writeHead(200, { 'content-type': type, 'content-length': String(size) })
    if (req.method === 'HEAD') return void res.end()
    if (fault?.dropAfter !== undefined) {
      const head = body ?? (await readPrefix(route, fault.dropAfter))
      res.write(head.subarray(0, fault.dropAfter), () => res.destroy())
      return
    }
    if (fault?.corrupt) {
      const all = body ?? (await readAll(route))
      const copy = Buffer.from(all)
      const at = Math.floor(copy.length / 2)
      copy[at] = (copy[at] as number) ^ 0xff
      res.end(copy)
      return
    }
    if (body) res.end(body)
    else createReadStream((route as { file: string }).file).pipe(res)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    requireBasic: (c) => void (basic = c),
    file: (p, file) => void routes.set(p, { kind: 'file', file }),
    json: (p, value) => void routes.set(p, { kind: 'body', body: Buffer.from(JSON.stringify(value)), type: 'application/json' }),
    body: (p, body, type = 'application/octet-stream') => void routes.set(p, { kind: 'body', body: Buffer.from(body), type }),
    fault: (p, f) => void faults.set(p, [...(faults.get(p) ?? []), { ...f }]),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function readAll(route: Route): Promise<Buffer> {
  if (route.kind === 'body') return route.body
  const chunks: Buffer[] = []
  for await (const c of createReadStream(route.file)) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function readPrefix(route: Route, n: number): Promise<Buffer> {
  if (route.kind === 'body') return route.body.subarray(0, n)
  const chunks: Buffer[] = []
  let got = 0
  for await (const c of createReadStream(route.file, { end: Math.max(0, n - 1) })) {
    chunks.push(c as Buffer)
    got += (c as Buffer).length
    if (got >= n) break
  }
  return Buffer.concat(chunks)
}
