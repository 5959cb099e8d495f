/** cosign-format keys and GPG signing against the real tools: cosign, openssl, gpg. */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCosignKey, publicKeyPem, signFile } from '../../src/release/sign/cosign-key.js'
import { openGpgSigner } from '../../src/release/sign/gpg.js'
import { COSIGN, cosignGeneratedKey, gpgKey, gpgVerify, handBuiltCosignKey, hasCosign, opensslVerify } from '../support/keys.js'
import { tempDir } from '../support/workspace.js'

const blob = (): string => {
  const file = path.join(tempDir('blob'), 'xapp-linux-amd64')
  writeFileSync(file, Buffer.alloc(3 << 20, 'go-xbuild '))
  return file
}

describe('cosign keys', () => {
  it.skipIf(!hasCosign())('decrypts a key from `cosign generate-key-pair`; cosign verify-blob and openssl accept the .sig', async () => {
    const pair = cosignGeneratedKey('correct horse')
    const key = parseCosignKey(pair.privateKey, 'correct horse')
    expect(key.type).toBe('ecdsa-p256')
    expect(publicKeyPem(key).trim()).toBe(pair.publicKey.trim())
    const file = blob()
    writeFileSync(`${file}.sig`, await signFile(key, file))
    expect(opensslVerify(pair.publicKey, file, `${file}.sig`)).toBe(true)
    const dir = path.dirname(file)
    writeFileSync(path.join(dir, 'cosign.pub'), pair.publicKey)
    execFileSync(COSIGN, ['verify-blob', '--key', 'cosign.pub', '--signature', `${path.basename(file)}.sig`, '--insecure-ignore-tlog=true', path.basename(file)], { cwd: dir, stdio: 'pipe' })
    writeFileSync(file, 'tampered')
    expect(opensslVerify(pair.publicKey, file, `${file}.sig`)).toBe(false)
    expect(() => execFileSync(COSIGN, ['verify-blob', '--key', 'cosign.pub', '--signature', `${path.basename(file)}.sig`, '--insecure-ignore-tlog=true', path.basename(file)], { cwd: dir, stdio: 'pipe' })).toThrow()
  })

  it('decrypts the format built by hand, with the older COSIGN label too', async () => {
    for (const label of ['SIGSTORE', 'COSIGN']) {
      const pair = handBuiltCosignKey('pw', label)
      const file = blob()
      writeFileSync(`${file}.sig`, await signFile(parseCosignKey(pair.privateKey, 'pw'), file))
      expect(opensslVerify(pair.publicKey, file, `${file}.sig`), label).toBe(true)
    }
  })

  it('takes plain PKCS#8 ECDSA P-256 and Ed25519 keys', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const k = parseCosignKey(ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), '')
    const file = blob()
    writeFileSync(`${file}.sig`, await signFile(k, file))
    expect(opensslVerify(publicKeyPem(k), file, `${file}.sig`)).toBe(true)
    const ed = generateKeyPairSync('ed25519')
    const e = parseCosignKey(ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), '')
    expect(e.type).toBe('ed25519')
    const sig = Buffer.from(await signFile(e, file), 'base64')
    const dir = tempDir('ed')
    writeFileSync(path.join(dir, 'sig'), sig)
    writeFileSync(path.join(dir, 'pub.pem'), publicKeyPem(e))
    // openssl verifies Ed25519 over the raw message
    execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', path.join(dir, 'pub.pem'), '-rawin', '-in', file, '-sigfile', path.join(dir, 'sig')], { stdio: 'pipe' })
  })

  it.each([
    ['a wrong password', () => parseCosignKey(handBuiltCosignKey('right').privateKey, 'wrong'), /signing-password does not decrypt signing-key/],
    ['not a key', () => parseCosignKey('hello', ''), /signing-key is not a cosign key or a PKCS#8\/SEC1 PEM private key/],
    ['an RSA key', () => parseCosignKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ''), /is a rsa key/],
    ['a P-384 key', () => parseCosignKey(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ''), /secp384r1/],
    [
      'a damaged encrypted key',
      () => parseCosignKey('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n!!!!\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----', 'x'),
      /not base64 JSON/
    ]
  ])('refuses %s, naming the input', (_name, fn, message) => {
    expect(fn).toThrow(message)
  })
})

describe('gpg', () => {
  it('signs in a temporary GNUPGHOME that is gone afterwards; gpg --verify with only the public key accepts it', async () => {
    const key = gpgKey('s3cret phrase')
    const temp = tempDir('rt')
    const signer = await openGpgSigner(key.privateKey, 's3cret phrase', temp)
    expect(signer.fingerprint).toBe(key.fingerprint)
    const file = blob()
    const asc = await signer.sign(file)
    await signer.close()
    expect(execFileSync('ls', ['-A', temp], { encoding: 'utf8' }).trim()).toBe('')
    expect(gpgVerify(key.publicKey, file, asc)).toMatchObject({ ok: true })
    writeFileSync(file, 'tampered')
    expect(gpgVerify(key.publicKey, file, asc).ok).toBe(false)
  })

  it('fails on a wrong passphrase and on a public key, naming the input', async () => {
    const key = gpgKey('right')
    const signer = await openGpgSigner(key.privateKey, 'wrong', tempDir('rt'))
    await expect(signer.sign(blob())).rejects.toThrow(/gpg-passphrase does not unlock gpg-private-key/)
    await signer.close()
    await expect(openGpgSigner(key.publicKey, 'x', tempDir('rt'))).rejects.toThrow(/gpg-private-key holds no secret key/)
    await expect(openGpgSigner('garbage', 'x', tempDir('rt'))).rejects.toThrow(/gpg-private-key cannot be imported/)
  })
})
