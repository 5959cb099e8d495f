/** Keyless signing against @sigstore/mock's Fulcio, Rekor and TSA, verified with @sigstore/verify. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSigstoreSigner } from '../../src/release/sign/sigstore.js'
import { startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock.js'
import { tempDir } from '../support/workspace.js'

const SUBJECT = 'https://github.com/acme/xapp/.github/workflows/release.yml@refs/tags/v1.4.2'

describe('sigstore signer', () => {
  let mock: SigstoreMock
  beforeAll(async () => {
    mock = await startSigstoreMock()
  })
  afterAll(() => mock?.close())

  it('writes a bundle that verifies against the trust root, for this file and identity only', async () => {
    const signer = await openSigstoreSigner({ fulcioUrl: mock.fulcioUrl, rekorUrl: mock.rekorUrl, tsaUrl: mock.tsaUrl, env: { SIGSTORE_ID_TOKEN: mock.token(SUBJECT) } })
    const file = path.join(tempDir('sig'), 'xapp-linux-amd64')
    writeFileSync(file, Buffer.alloc(200_000, 'binary'))
    const out = await signer.sign(file)
    expect(out).toBe(`${file}.sigstore.json`)
    const bundle = JSON.parse(readFileSync(out, 'utf8'))
    expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/)
    expect(() => mock.verify(bundle, readFileSync(file), SUBJECT)).not.toThrow()
    expect(() => mock.verify(bundle, Buffer.concat([readFileSync(file), Buffer.from('x')]), SUBJECT)).toThrow()
    expect(() => mock.verify(bundle, readFileSync(file), 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main')).toThrow()
    expect(mock.requests).toEqual(expect.arrayContaining(['POST /api/v2/signingCert', 'POST /api/v1/log/entries', 'POST /api/v1/timestamp']))
  })

  it('names the permission to add when there is no OIDC token', async () => {
    await expect(openSigstoreSigner({ fulcioUrl: mock.fulcioUrl, rekorUrl: mock.rekorUrl, tsaUrl: '', env: { GITHUB_ACTIONS: 'true' } })).rejects.toThrow(
      "sign: sigstore needs the workflow's OIDC token: add `permissions: id-token: write` to the job"
    )
  })
})
