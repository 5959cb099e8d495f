/**
 * Build-provenance attestations through the real @actions/attest, in-process. Its Sigstore
 * endpoints are fixed, so nock (13, the http-module one @sigstore/mock uses) stands in for the
 * Actions OIDC issuer (a token signed by a test key, and its JWKS), Fulcio and Rekor (@sigstore/mock's
 * handlers); the runner's token endpoint and the GitHub API (GITHUB_API_URL) are local servers.
 */
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from '@sigstore/mock'
import { generateKeyPairSync, sign, verify, X509Certificate } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import nock from 'nock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attestSboms, attestSubjects, MAX_SBOM_PREDICATE_BYTES, SBOM_PREDICATE_TYPE } from '../../src/release/sign/attest.js'
import { tempDir } from '../support/workspace.js'
import { signStage } from '../../src/release/sign/stages.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')

/** An ES256 JWT like the ones the Actions OIDC issuer hands out. */
function jwt(audience: string): string {
  const now = Math.floor(Date.now() / 1000)
  const head = b64url({ alg: 'ES256', typ: 'JWT', kid: 'test-key' })
  const body = b64url({
    iss: ISSUER,
    aud: audience,
    sub: 'repo:acme/xapp:ref:refs/tags/v1.4.2',
    ref: 'refs/tags/v1.4.2',
    sha: 'a'.repeat(40),
    repository: 'acme/xapp',
    event_name: 'push',
    job_workflow_ref: 'acme/xapp/.github/workflows/release.yml@refs/tags/v1.4.2',
    workflow_ref: 'acme/xapp/.github/workflows/release.yml@refs/tags/v1.4.2',
    repository_id: '1',
    repository_owner_id: '2',
    runner_environment: 'github-hosted',
    run_id: '4242',
    run_attempt: '1',
    iat: now,
    nbf: now,
    exp: now + 600
  })
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), { key: keys.privateKey, dsaEncoding: 'ieee-p1363' })
  return `${head}.${body}.${signature.toString('base64url')}`
}

describe('attest', () => {
  const saved = { ...process.env }
  let tokens: http.Server
  let api: http.Server
  let apiStatus = 201
  let stored: { bundle: { dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ sig: string }> }; verificationMaterial: { certificate: { rawBytes: string } } } } | undefined

  beforeAll(async () => {
    // the runner's token endpoint: answers with a JWT for the audience asked
    tokens = http.createServer((req, res) => {
      const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience') ?? ''
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ value: jwt(audience) }))
    })
    await new Promise<void>((r) => tokens.listen(0, '127.0.0.1', r))
    // the attestations API: stores the bundle it is given
    api = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/repos/acme/xapp/attestations' && apiStatus === 201) {
          stored = JSON.parse(body)
          res.writeHead(201, { 'content-type': 'application/json' })
          return res.end(JSON.stringify({ id: 987654 }))
        }
        res.writeHead(apiStatus === 201 ? 404 : apiStatus, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'Resource not accessible by integration' }))
      })
    })
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r))
    const event = path.join(tempDir('event'), 'event.json')
    writeFileSync(event, JSON.stringify({ repository: { visibility: 'public' } }))
    Object.assign(process.env, {
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(tokens.address() as AddressInfo).port}/token?x=1`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-token',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/xapp',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}`
    })

    const jwk = { ...keys.publicKey.export({ format: "jwk" }), kid: 'test-key', alg: 'ES256', use: 'sig' }
    nock(ISSUER).persist().get('/.well-known/openid-configuration').reply(200, { issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks` })
    nock(ISSUER).persist().get('/.well-known/jwks').reply(200, { keys: [jwk] })
    const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), await initializeCTLog(generateKeyPairSync('ec', { namedCurve: 'P-256' })))
    const tlog = await initializeTLog('https://rekor.sigstore.dev', generateKeyPairSync('ec', { namedCurve: 'P-256' }))
    const fulcio = fulcioHandler(ca)
    const rekor = rekorHandler(tlog)
    nock('https://fulcio.sigstore.dev')
      .persist()
      .post(fulcio.path)
      .reply(async (_uri: string, body: unknown) => {
        const r = await fulcio.fn(JSON.stringify(body))
        return [r.statusCode, r.response as string, { 'content-type': 'application/json' }]
      })
    nock('https://rekor.sigstore.dev')
      .persist()
      .post(rekor.path)
      .reply(async (_uri: string, body: unknown) => {
        const r = await rekor.fn(JSON.stringify(body))
        return [r.statusCode, r.response as string, { 'content-type': 'application/json' }]
      })
    nock.disableNetConnect()
    nock.enableNetConnect('127.0.0.1')
  })
  afterAll(async () => {
    nock.cleanAll()
    nock.enableNetConnect()
    process.env = { ...saved }
    await new Promise<void>((r) => tokens.close(() => r()))
    await new Promise<void>((r) => api.close(() => r()))
  })

  it('attests the provenance of every file, signed by Fulcio, logged in Rekor, stored through the API', async () => {
    const subjects = [
      { name: 'xapp-linux-amd64', sha256: '1'.repeat(64) },
      { name: 'xapp_1.4.2_linux_amd64.tar.gz', sha256: '2'.repeat(64) }
    ]
    const url = await attestSubjects(subjects, 'ghs_token', process.env)
    expect(url).toBe('https://github.com/acme/xapp/attestations/987654')
    expect(stored).toBeDefined()
    const envelope = stored!.bundle.dsseEnvelope
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.subject).toEqual(subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })))
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/v1.4.2',
      repository: 'https://github.com/acme/xapp',
      path: '.github/workflows/release.yml'
    })
    // the DSSE signature verifies with the Fulcio certificate's key (PAE per the DSSE spec)
    const payload = Buffer.from(envelope.payload, 'base64')
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${Buffer.byteLength(envelope.payloadType)} ${envelope.payloadType} ${payload.length} `),
      payload
    ])
    const cert = new X509Certificate(Buffer.from(stored!.bundle.verificationMaterial.certificate.rawBytes, 'base64'))
    expect(verify('sha256', pae, cert.publicKey, Buffer.from(envelope.signatures[0]!.sig, 'base64'))).toBe(true)
  })

  it('attests each SBOM against its binary with the predicate type GitHub recognises for its format', async () => {
    const spdx = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'xapp-linux-amd64' })
    const cdx = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 })
    const binary = { name: 'xapp-linux-amd64', sha256: '4'.repeat(64) }
    const statements: Array<{ predicateType: string; subject: unknown; predicate: unknown }> = []
    for (const [format, text, file] of [['spdx', spdx, 'xapp-linux-amd64.spdx.json'], ['cyclonedx', cdx, 'xapp-linux-amd64.cdx.json']] as const) {
      stored = undefined
      const urls = await attestSboms([{ subject: binary, format, file, text }], 'ghs_token', process.env)
      expect(urls).toEqual(['https://github.com/acme/xapp/attestations/987654'])
      statements.push(JSON.parse(Buffer.from(stored!.bundle.dsseEnvelope.payload, 'base64').toString('utf8')))
    }
    expect(statements.map((s) => s.predicateType)).toEqual([SBOM_PREDICATE_TYPE.spdx, SBOM_PREDICATE_TYPE.cyclonedx])
    expect(SBOM_PREDICATE_TYPE).toEqual({ spdx: 'https://spdx.dev/Document/v2.3', cyclonedx: 'https://cyclonedx.org/bom' })
    for (const s of statements) expect(s.subject).toEqual([{ name: binary.name, digest: { sha256: binary.sha256 } }])
    expect(statements.map((s) => s.predicate)).toEqual([JSON.parse(spdx), JSON.parse(cdx)])
  })

  it('the sign stage attests the provenance of binaries and SBOMs, then each SBOM against its binary, and sets the outputs', async () => {
    const staging = tempDir('staging')
    const spdx = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' })
    writeFileSync(path.join(staging, 'xapp-linux-amd64.spdx.json'), spdx)
    const artifact = {
      file: 'xapp-linux-amd64',
      sha256: '6'.repeat(64),
      companions: [],
      sboms: [{ format: 'spdx', file: 'xapp-linux-amd64.spdx.json', size: spdx.length, sha256: '7'.repeat(64) }]
    }
    const ctx = {
      config: { mode: 'build', fanOut: { partial: false }, sign: { methods: [], attest: true, scope: 'all', githubToken: 'ghs_token' } },
      artifacts: [artifact],
      stagingDir: staging,
      releaseFiles: [],
      outputs: {} as Record<string, string>
    }
    const statements: Array<{ predicateType: string; subject: unknown }> = []
    apiStatus = 201
    const seen = (): void => void (stored && statements.push(JSON.parse(Buffer.from(stored.bundle.dsseEnvelope.payload, 'base64').toString('utf8'))))
    // the stand-in keeps the last bundle: look after each of the two attestations through a spy on the API
    const spy = api.listeners('request')[0] as (req: http.IncomingMessage, res: http.ServerResponse) => void
    api.removeAllListeners('request')
    api.on('request', (req, res) => {
      res.on('finish', seen)
      spy(req, res)
    })
    try {
      await signStage.run(ctx as unknown as Parameters<typeof signStage.run>[0])
    } finally {
      api.removeAllListeners('request')
      api.on('request', spy)
    }
    expect(statements.map((x) => x.predicateType)).toEqual(['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3'])
    expect(statements[0]?.subject).toEqual([
      { name: 'xapp-linux-amd64', digest: { sha256: '6'.repeat(64) } },
      { name: 'xapp-linux-amd64.spdx.json', digest: { sha256: '7'.repeat(64) } }
    ])
    expect(statements[1]?.subject).toEqual([{ name: 'xapp-linux-amd64', digest: { sha256: '6'.repeat(64) } }])
    expect(ctx.outputs['attestation-url']).toBe('https://github.com/acme/xapp/attestations/987654')
    expect(JSON.parse(ctx.outputs['sbom-attestation-urls'] as string)).toEqual(['https://github.com/acme/xapp/attestations/987654'])
  })

  it('refuses an SBOM above GitHub\'s 16 MiB before signing anything', async () => {
    stored = undefined
    const text = JSON.stringify({ spdxVersion: 'SPDX-2.3', pad: 'x'.repeat(MAX_SBOM_PREDICATE_BYTES) })
    await expect(attestSboms([{ subject: { name: 'x', sha256: '5'.repeat(64) }, format: 'spdx', file: 'x.spdx.json', text }], 'ghs_token', process.env)).rejects.toThrow(
      /attest: GitHub accepts SBOM attestations up to 16 MiB; too large: x\.spdx\.json \(\d+ bytes\)/
    )
    expect(stored).toBeUndefined()
  })

  it('names the permission when the API refuses', async () => {
    apiStatus = 403
    await expect(attestSubjects([{ name: 'x', sha256: '3'.repeat(64) }], 'ghs_token', process.env)).rejects.toThrow(
      /attest: the provenance attestation failed: the job needs `permissions: attestations: write`/
    )
  })
})
