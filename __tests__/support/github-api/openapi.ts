/**
 * GitHub's published OpenAPI description (npm @octokit/openapi) as a contract the stand-in is held
 * to: every request is matched to an operation and its parameters and body validated, every response
 * validated against the schema for its status.
 *
 * Fast enough for tests because nothing is compiled up front: the description is parsed once per
 * process (~0.2 s for 13 MB), and an operation's schemas (with just the components they reach) are
 * converted and compiled by ajv the first time that operation is used, then cached.
 */
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv'
import formatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { toJsonSchema, type Schema } from './to-json-schema.js'

// ajv-formats is CommonJS: under NodeNext its default import may arrive wrapped
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ?? formatsModule) as unknown as (ajv: Ajv) => void

export type SpecName = 'api.github.com' | 'ghes-3.19'

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: unknown
  'x-multi-segment'?: boolean
}

interface Operation {
  operationId: string
  parameters?: unknown[]
  requestBody?: unknown
  responses: Record<string, unknown>
}

interface Route {
  template: string
  method: string
  regex: RegExp
  pathParams: string[]
  literals: number
  operation: Operation
}

export interface MatchedOperation {
  id: string
  template: string
  /** Path parameters, decoded (strings; typed after validateRequest). */
  params: Record<string, string>
}

export interface RequestCheck {
  /** Typed path and query parameters (ajv coerced the strings). */
  params: Record<string, unknown>
  query: Record<string, unknown>
  /** The parsed JSON body, when the operation takes one. */
  body: unknown
  /** Violations; empty when the request honours the contract. */
  violations: string[]
  /** The status GitHub answers such a request with: 404 for a path that names nothing, 400 for unparsable JSON, else 422. */
  status: 400 | 404 | 422
}

interface Compiled {
  params?: ValidateFunction
  query?: ValidateFunction
  body?: ValidateFunction | 'binary'
  bodyRequired: boolean
  queryNames: Set<string>
  responses: Map<string, ValidateFunction | null>
}

class Contract {
  private routes: Route[] | undefined
  private readonly compiled = new Map<string, Compiled>()
  // parameters are strings on the wire: this instance coerces them to the declared types
  private readonly coercing = makeAjv(true)
  private readonly strict = makeAjv(false)

  constructor(readonly name: SpecName, private readonly spec: Record<string, unknown>) {}

  /** The operation a request addresses, or undefined (GitHub answers 404 Not Found). */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const candidates = (this.routes ??= this.buildRoutes())
      .filter((r) => r.method === method.toLowerCase())
      .map((r) => ({ route: r, m: r.regex.exec(pathname) }))
      .filter((c): c is { route: Route; m: RegExpExecArray } => c.m !== null)
      // '/releases/latest' before '/releases/{release_id}': the template with more literal text wins
      .sort((a, b) => b.route.literals - a.route.literals)
    const best = candidates[0]
    if (!best) return undefined
    const params: Record<string, string> = {}
    best.route.pathParams.forEach((name, i) => {
      params[name] = decodeURIComponent(best.m[i + 1] as string)
    })
    return { id: best.route.operation.operationId, template: best.route.template, params }
  }

  /** Check parameters and body; `rawBody` undefined means none was sent. */
  validateRequest(op: MatchedOperation, method: string, query: URLSearchParams, contentType: string | undefined, rawBody: Buffer | undefined): RequestCheck {
    const c = this.compile(op, method)
    const violations: string[] = []
    let status: 400 | 404 | 422 = 422
    const where = `${method} ${op.template}`

    const params: Record<string, unknown> = { ...op.params }
    if (c.params && !c.params(params)) {
      // '/releases/abc': GitHub's router finds no release, it does not explain the type
      violations.push(`${where}: path ${describe(c.params.errors)}`)
      status = 404
    }

    const queryValues: Record<string, unknown> = {}
    for (const [k, v] of query) if (c.queryNames.has(k)) queryValues[k] = v
    if (c.query && !c.query(queryValues)) violations.push(`${where}: query ${describe(c.query.errors)}`)

    let body: unknown
    const hasBody = rawBody !== undefined && rawBody.length > 0
    if (c.body === 'binary') {
      // raw bytes: the contract is the media type header GitHub's docs call required
      if (!contentType) violations.push(`${where}: a Content-Type header is required for the raw bytes`)
      body = rawBody ?? Buffer.alloc(0)
    } else if (c.body) {
      if (!hasBody) {
        if (c.bodyRequired) violations.push(`${where}: a JSON request body is required`)
      } else if (contentType !== undefined && !/^application\/(vnd\.github[^;]*\+)?json\b/i.test(contentType)) {
        violations.push(`${where}: body sent as ${contentType}, the operation takes application/json`)
      } else {
        let parsed = true
        try {
          body = JSON.parse(rawBody.toString('utf8'))
        } catch {
          parsed = false
          violations.push(`${where}: the body is not JSON`)
          if (status === 422) status = 400
        }
        if (parsed && !c.body(body)) violations.push(`${where}: body ${describe(c.body.errors)}`)
      }
    } else if (hasBody && method !== 'GET' && method !== 'DELETE') {
      violations.push(`${where}: the operation takes no request body`)
    }
    return { params, query: queryValues, body, violations, status }
  }

  /** Violations of the response contract (a stand-in bug, never the client's). */
  validateResponse(op: MatchedOperation, method: string, status: number, body: unknown): string[] {
    const c = this.compile(op, method)
    const where = `${method} ${op.template} → ${status}`
    const declared = c.responses.has(String(status)) || c.responses.has('default')
    if (!declared) {
      // GitHub answers any operation with 401/403/404/422/429 and 5xx (auth, rate limits, outages)
      // although the description lists them per operation only sometimes; those carry a basic error
      if (status < 400) return [`${where}: status not in the description`]
      const basic = this.basicError()
      return body === undefined || basic(body) ? [] : [`${where}: error body ${describe(basic.errors)}`]
    }
    const validate = c.responses.get(String(status)) ?? c.responses.get('default') ?? null
    if (validate === null) return []
    if (body === undefined) return [`${where}: a JSON body is declared, none sent`]
    return validate(body) ? [] : [`${where}: ${describe(validate.errors)}`]
  }

  private basicErrorValidator: ValidateFunction | undefined
  private basicError(): ValidateFunction {
    return (this.basicErrorValidator ??= this.strict.compile(this.bundle({ $ref: '#/components/schemas/basic-error' })))
  }

  private compile(op: MatchedOperation, method: string): Compiled {
    const key = `${method} ${op.template}`
    const cached = this.compiled.get(key)
    if (cached) return cached
    const operation = this.operation(op.template, method)
    const parameters = this.parameters(op.template, operation)
    const objectOf = (list: Parameter[]): Schema => ({
      type: 'object',
      properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
      required: list.filter((p) => p.required).map((p) => p.name)
    })
    const pathList = parameters.filter((p) => p.in === 'path')
    const queryList = parameters.filter((p) => p.in === 'query')
    const compiled: Compiled = {
      params: pathList.length ? this.coercing.compile(this.bundle(objectOf(pathList))) : undefined,
      query: queryList.length ? this.coercing.compile(this.bundle(objectOf(queryList))) : undefined,
      queryNames: new Set(queryList.map((p) => p.name)),
      bodyRequired: false,
      responses: new Map()
    }
    if (operation.requestBody) {
      const rb = this.resolve(operation.requestBody) as { required?: boolean; content?: Record<string, { schema?: unknown }> }
      compiled.bodyRequired = rb.required === true
      const json = rb.content?.['application/json']
      if (json?.schema) compiled.body = this.strict.compile(this.bundle(json.schema))
      else if (rb.content?.['application/octet-stream'] || rb.content?.['*/*']) compiled.body = 'binary'
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      const r = this.resolve(response) as { content?: Record<string, { schema?: unknown }> }
      const schema = r.content?.['application/json']?.schema
      compiled.responses.set(status, schema ? this.strict.compile(this.bundle(schema)) : null)
    }
    this.compiled.set(key, compiled)
    return compiled
  }

  private operation(template: string, method: string): Operation {
    const item = (this.spec.paths as Record<string, Record<string, unknown>>)[template]
    const operation = item?.[method.toLowerCase()] as Operation | undefined
    if (!operation) throw new Error(`no operation ${method} ${template} in ${this.name}`)
    return operation
  }

  private parameters(template: string, operation: Operation): Parameter[] {
    const item = (this.spec.paths as Record<string, Record<string, unknown>>)[template] ?? {}
    const shared = (item.parameters as unknown[] | undefined) ?? []
    return [...shared, ...(operation.parameters ?? [])].map((p) => this.resolve(p) as Parameter)
  }

  /** Follow a local '#/…' reference (parameters, responses, request bodies). */
  private resolve(value: unknown): unknown {
    let current = value
    for (let hops = 0; hops < 10; hops++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref
      if (typeof ref !== 'string') return current
      current = this.pointer(ref)
    }
    throw new Error(`reference loop at ${JSON.stringify(value)}`)
  }

  private pointer(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`)
    let node: unknown = this.spec
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      node = (node as Record<string, unknown> | undefined)?.[key]
    }
    if (node === undefined) throw new Error(`dangling reference ${ref}`)
    return node
  }

  private readonly converted = new Map<string, Schema | boolean>()

  /** A self-contained JSON Schema: the converted root plus every component schema it reaches. */
  private bundle(root: unknown): Schema {
    const definitions: Record<string, Schema | boolean> = {}
    const pending: string[] = []
    const refName = (ref: string): string => {
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref)
      if (!m) throw new Error(`unexpected schema reference ${ref}`)
      const name = m[1] as string
      if (!(name in definitions)) {
        definitions[name] = true // placeholder; breaks cycles
        pending.push(name)
      }
      return `#/definitions/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`
    }
    const converted = toJsonSchema(root, refName)
    for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
      let schema = this.converted.get(name)
      if (schema === undefined) {
        schema = toJsonSchema(this.pointer(`#/components/schemas/${name}`), (ref) => ref.replace('#/components/schemas/', '#/definitions/'))
        this.converted.set(name, schema)
      }
      definitions[name] = schema
      // a cached conversion still names its references: walk them to pull them into this bundle
      collectRefs(schema, refName)
    }
    const result: Schema = typeof converted === 'boolean' ? (converted ? {} : { not: {} }) : { ...converted }
    if (Object.keys(definitions).length) result.definitions = definitions
    return result
  }

  private buildRoutes(): Route[] {
    const routes: Route[] = []
    for (const [template, item] of Object.entries(this.spec.paths as Record<string, Record<string, unknown>>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue
        const multi = new Set(this.parameters(template, operation as Operation).filter((p) => p['x-multi-segment']).map((p) => p.name))
        const pathParams: string[] = []
        const source = template
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{(.+)\}$/.exec(part)
            if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
            pathParams.push(m[1] as string)
            return multi.has(m[1] as string) ? '(.+)' : '([^/]+)'
          })
          .join('')
        routes.push({ template, method, regex: new RegExp(`^${source}$`), pathParams, literals: template.replace(/\{[^}]+\}/g, '').length, operation: operation as Operation })
      }
    }
    return routes
  }
}

function collectRefs(schema: unknown, refName: (ref: string) => string): void {
  if (Array.isArray(schema)) return schema.forEach((s) => collectRefs(s, refName))
  if (schema === null || typeof schema !== 'object') return
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') refName(value.replace('#/definitions/', '#/components/schemas/').replace(/~1/g, '/').replace(/~0/g, '~'))
    // enum and default values are data, not schemas
    else if (key !== 'enum' && key !== 'default') collectRefs(value, refName)
  }
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true, coerceTypes: coerce, validateFormats: true, inlineRefs: false })
  addFormats(ajv)
  // GitHub's own formats: size hints and raw bytes, not checks
  for (const name of ['int32', 'int64', 'binary', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) ajv.addFormat(name, true)
  return ajv
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`).join('; ')
}

const specs = new Map<SpecName, Contract>()

/** The contract for a description, parsed on first use and shared by every stand-in in the process. */
export function contract(name: SpecName): Contract {
  let c = specs.get(name)
  if (!c) {
    const require = createRequire(import.meta.url)
    const dir = path.dirname(require.resolve('@octokit/openapi/package.json'))
    c = new Contract(name, JSON.parse(readFileSync(path.join(dir, 'generated', `${name}.json`), 'utf8')) as Record<string, unknown>)
    specs.set(name, c)
  }
  return c
}

export type { Contract }
