/**
 * Sigstore stood in for: @sigstore/mock's Fulcio, Rekor and TSA handlers served from a local HTTP
 * server, the trusted root that verifies what they issue, a fake OIDC token, and a verifier built
 * on @sigstore/verify — an independent check of the bundles the action writes.
 */
import { bundleFromJSON } from '@sigstore/bundle'
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SigstoreMock {
  url: string
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  trustedRoot: Record<string, unknown>
  requests: string[]
  /** An unsigned OIDC token with the given subject (Fulcio's mock decodes, never verifies). */
  token(subject: string, issuer?: string): string
  /** Throws unless the bundle verifies for `data` and was issued to `subject`. */
  verify(bundleJson: unknown, data: Buffer, subject: string): void
  close(): Promise<void>
}

const keyPair = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'P-256' })
const der = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' })
const b64 = (b: ArrayBufferView | Buffer): string => Buffer.from(b as Uint8Array).toString('base64')
const VALID = { start: '2000-01-01T00:00:00Z' }
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')

export async function startSigstoreMock(): Promise<SigstoreMock> {
  const routes = new Map<string, HandlerFn>()
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('latin1')))
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`)
      const fn = routes.get((req.url ?? '').split('?')[0] as string)
      if (!fn) {
        res.writeHead(404)
        return res.end('not found')
      }
      fn(body)
        .then((r) => {
          res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
          res.end(typeof r.response === 'string' ? r.response : Buffer.from(r.response as unknown as Uint8Array))
        })
        .catch((e: Error) => {
          res.writeHead(500)
          res.end(e.message)
        })
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  // The mock CA and TSA stamp everything with the fixed instant they are given. Fulcio's certificates
  // are valid for ten minutes from its instant, so that one is a minute back; the TSA's own
  // certificates start when it is created, so its instant is a little ahead — in whole seconds,
  // since fractional ones break verification now and then.
  const t0 = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000)
  const t1 = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2_000)
  const caKeys = keyPair()
  const ctKeys = keyPair()
  const tlogKeys = keyPair()
  const tsaKeys = keyPair()
  const ctLog = await initializeCTLog(ctKeys, t0)
  const ca = await initializeCA(caKeys, ctLog, t0)
  const tlog = await initializeTLog(url, tlogKeys)
  const tsa = await initializeTSA(tsaKeys, t1)
  for (const h of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) routes.set(h.path, h.fn)

  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(der(tlogKeys.publicKey)), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: VALID },
        logId: { keyId: b64(createHash('sha256').update(der(tlogKeys.publicKey)).digest()) }
      }
    ],
    certificateAuthorities: [
      { subject: { organization: 'mock', commonName: 'mock' }, uri: url, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: VALID }
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(der(ctKeys.publicKey)), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: VALID },
        logId: { keyId: b64(ctLog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'tsa' },
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: VALID
      }
    ]
  }
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 })

  return {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    tsaUrl: `${url}/api/v1/timestamp`,
    trustedRoot,
    requests,
    token: (subject, issuer = 'https://token.actions.githubusercontent.com') =>
      `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: issuer, sub: subject, aud: 'sigstore', exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) })}.`,
    verify(bundleJson, data, subject) {
      const entity = toSignedEntity(bundleFromJSON(bundleJson), data)
      verifier.verify(entity, { subjectAlternativeName: subject })
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}
