/**
 * Signing end to end: the bundled action signs with all three dialects at once — keyless Sigstore
 * against @sigstore/mock (with a fake OIDC token), a cosign key made by the real cosign, a
 * throwaway GPG key — and every signature is then checked with the tools users have: openssl and
 * cosign for .sig, gpg for .asc, @sigstore/verify (against the mock's trust root) for bundles.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goAsset, serveGo, ROOT } from '../support/assets.js'
import { COSIGN, cosignGeneratedKey, gpgKey, gpgVerify, handBuiltCosignKey, hasCosign, opensslVerify, type GpgKey } from '../support/keys.js'
import { startMirror, type Mirror } from '../support/mirror.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock.js'
import { fixtureWorkspace, SHARED_GOCACHE, tempDir } from '../support/workspace.js'

const GIT = { tag: 'v1.4.2', date: '2026-01-02T03:04:05Z' }
const IDENTITY = 'https://github.com/acme/xapp/.github/workflows/release.yml@refs/tags/v1.4.2'
const PASSWORD = 'cosign pass phrase 42'
const PASSPHRASE = 'gpg pass phrase 17'

describe('signing end to end', () => {
  let mirror: Mirror
  let sigstore: SigstoreMock
  let toolCache: string
  let cosignKey: { privateKey: string; publicKey: string }
  let gpg: GpgKey
  let run: ActionRun
  let dir: string
  let manifest: {
    signatures: string[]
    publicKeys: string[]
    artifacts: Array<{ target: string; file: string; archive: { file: string }; signatures: string[] }>
  }

  const action = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({
      inputs: { targets: 'linux/amd64, windows/arm64', 'go-download-base-url': `${mirror.url}/dl`, ...inputs },
      workspace: fixtureWorkspace('app', GIT),
      runnerDir: tempDir('runner'),
      toolCache,
      env: { GOCACHE: SHARED_GOCACHE, ...env }
    })
  const allDialects = () => ({
    sign: 'sigstore, cosign, gpg',
    'signing-key': cosignKey.privateKey,
    'signing-password': PASSWORD,
    'gpg-private-key': gpg.privateKey,
    'gpg-passphrase': PASSPHRASE,
    'fulcio-url': sigstore.fulcioUrl,
    'rekor-url': sigstore.rekorUrl,
    'tsa-url': sigstore.tsaUrl
  })

  beforeAll(async () => {
    const go = await goAsset()
    mirror = await startMirror()
    serveGo(mirror, go)
    sigstore = await startSigstoreMock()
    toolCache = tempDir('toolcache')
    cosignKey = hasCosign() ? cosignGeneratedKey(PASSWORD) : handBuiltCosignKey(PASSWORD)
    gpg = gpgKey(PASSPHRASE)
    run = await action(allDialects(), { SIGSTORE_ID_TOKEN: sigstore.token(IDENTITY) })
    dir = run.outputs["output-dir"] as string
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
  }, 1_200_000)
  afterAll(async () => {
    await mirror?.close()
    await sigstore?.close()
  })

  it('signs every binary, archive and SHA256SUMS in all three dialects, and lists the signatures', () => {
    expect(run.exitCode, run.stdout).toBe(0)
    for (const a of manifest.artifacts) {
      const want = [a.file, a.archive.file].flatMap((f) => [`${f}.asc`, `${f}.sig`, `${f}.sigstore.json`]).sort()
      expect(a.signatures).toEqual(want)
    }
    expect(manifest.signatures).toEqual(['SHA256SUMS.asc', 'SHA256SUMS.sig', 'SHA256SUMS.sigstore.json'])
    expect(manifest.publicKeys).toEqual(['cosign.pub'])
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'manifest.schema.json'), 'utf8'))
    const validate = new Ajv2020({ strict: true }).compile(schema)
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true)
  })

  it('cosign: every .sig verifies with openssl against the published cosign.pub, and with cosign verify-blob', (ctx) => {
    expect(readFileSync(path.join(dir, 'cosign.pub'), 'utf8').trim()).toBe(cosignKey.publicKey.trim())
    const files = ['SHA256SUMS', ...manifest.artifacts.flatMap((a) => [a.file, a.archive.file])]
    for (const f of files) expect(opensslVerify(cosignKey.publicKey, path.join(dir, f), path.join(dir, `${f}.sig`)), f).toBe(true)
    if (!hasCosign()) return ctx.skip()
    for (const f of files) {
      execFileSync(COSIGN, ['verify-blob', '--key', 'cosign.pub', '--signature', `${f}.sig`, '--insecure-ignore-tlog=true', f], { cwd: dir, stdio: 'pipe' })
    }
  })

  it('gpg: SHA256SUMS.asc and every artifact .asc verify in a GNUPGHOME holding only the public key', () => {
    expect(gpgVerify(gpg.publicKey, path.join(dir, 'SHA256SUMS'), path.join(dir, 'SHA256SUMS.asc'))).toMatchObject({ ok: true })
    for (const a of manifest.artifacts) expect(gpgVerify(gpg.publicKey, path.join(dir, a.file), path.join(dir, `${a.file}.asc`)).ok, a.file).toBe(true)
  })

  it('sigstore: every bundle verifies against the trust root for the workflow identity', () => {
    for (const f of ['SHA256SUMS', ...manifest.artifacts.flatMap((a) => [a.file, a.archive.file])]) {
      const bundle = JSON.parse(readFileSync(path.join(dir, `${f}.sigstore.json`), 'utf8'))
      expect(() => sigstore.verify(bundle, readFileSync(path.join(dir, f)), IDENTITY), f).not.toThrow()
    }
  })

  it('sigstore: cosign verify-blob --bundle accepts the bundles (against the mock trust root) for the right identity only', (ctx) => {
    if (!hasCosign()) return ctx.skip()
    const root = path.join(tempDir('root'), 'trusted_root.json')
    writeFileSync(root, JSON.stringify(sigstore.trustedRoot))
    const cosign = (identity: string, f: string) =>
      execFileSync(
        COSIGN,
        ['verify-blob', '--bundle', `${f}.sigstore.json`, '--trusted-root', root, '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', f],
        { cwd: dir, stdio: 'pipe' }
      )
    for (const f of ['SHA256SUMS', manifest.artifacts[0]!.file]) cosign(IDENTITY, f)
    expect(() => cosign('https://github.com/evil/fork/.github/workflows/release.yml@refs/heads/main', 'SHA256SUMS')).toThrow()
  })

  it('a tampered artifact fails every verification', () => {
    const a = manifest.artifacts[0]!
    const tampered = path.join(tempDir('tamper'), a.file)
    const bytes = readFileSync(path.join(dir, a.file))
    const at = bytes.length >> 1
    bytes[at] = (bytes[at] as number) ^ 1
    writeFileSync(tampered, bytes)
    expect(opensslVerify(cosignKey.publicKey, tampered, path.join(dir, `${a.file}.sig`))).toBe(false)
    expect(gpgVerify(gpg.publicKey, tampered, path.join(dir, `${a.file}.asc`)).ok).toBe(false)
    const bundle = JSON.parse(readFileSync(path.join(dir, `${a.file}.sigstore.json`), 'utf8'))
    expect(() => sigstore.verify(bundle, bytes, IDENTITY)).toThrow()
  })

  it('never shows a key, a password or their base64 in the log', () => {
    // ::add-mask:: commands carry the secret to the runner, which never displays them
    const log = (run.stdout + run.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    const secrets = [PASSWORD, PASSPHRASE, Buffer.from(PASSWORD).toString('base64'), Buffer.from(PASSPHRASE).toString('base64')]
    for (const key of [cosignKey.privateKey, gpg.privateKey]) {
      secrets.push(...key.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----')))
    }
    for (const s of secrets) expect(log.includes(s), `the log shows ${s.slice(0, 12)}…`).toBe(false)
    // and they were masked: the runner would hide them if anything printed them
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`)
  })

  it('signs only SHA256SUMS with sign-artifacts: checksums-only', async () => {
    const r = await action({ sign: 'cosign', 'sign-artifacts': 'checksums-only', 'signing-key': cosignKey.privateKey, 'signing-password': PASSWORD })
    expect(r.exitCode, r.stdout).toBe(0)
    const m = JSON.parse(readFileSync(r.outputs.manifest as string, 'utf8'))
    expect(m.signatures).toEqual(['SHA256SUMS.sig'])
    expect(m.artifacts.every((a: { signatures?: string[] }) => a.signatures === undefined)).toBe(true)
  })

  it.each([
    ['a wrong signing-password', () => ({ sign: 'cosign', 'signing-key': cosignKey.privateKey, 'signing-password': 'nope' }), /signing-password does not decrypt signing-key/],
    ['a malformed signing-key', () => ({ sign: 'cosign', 'signing-key': 'not a key' }), /signing-key is not a cosign key/],
    ['a wrong gpg-passphrase', () => ({ sign: 'gpg', 'gpg-private-key': gpg.privateKey, 'gpg-passphrase': 'nope' }), /gpg-passphrase does not unlock gpg-private-key/],
    ['a missing key', () => ({ sign: 'cosign' }), /sign: cosign needs signing-key/],
    ['sigstore without id-token permission', () => ({ sign: 'sigstore', 'fulcio-url': sigstore.fulcioUrl }), /add `permissions: id-token: write` to the job/],
    ['attest without id-token permission', () => ({ attest: 'true' }), /attest: the job has no OIDC token: add `permissions: id-token: write` and `attestations: write`/]
  ])('fails on %s before any download or build', async (_name, inputs, message) => {
    const before = mirror.requests.length
    const r = await action(inputs())
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(message)
    expect(r.stdout).not.toMatch(/go build/)
    expect(mirror.requests.length).toBe(before)
  })

  it('outside GitHub Actions, attest is a skip with a notice', async () => {
    const r = await action({ attest: 'true' }, { GITHUB_ACTIONS: '' })
    expect(r.exitCode, r.stdout).toBe(0)
    // outside Actions the notice is printed for a person (src/terminal.ts)
    expect(r.stdout).toMatch(/^notice: attest: skipped: not running in GitHub Actions/m)
  })
})
