/** Throwaway signing keys for the tests: cosign key pairs (real cosign, and hand-built) and a GPG key. */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nacl from 'tweetnacl'
import { TEST_CACHE } from './assets.js'
import { tempDir } from './workspace.js'

export const COSIGN = path.join(TEST_CACHE, 'gobin', 'cosign')
export const hasCosign = (): boolean => existsSync(COSIGN)

/** A key pair from the real `cosign generate-key-pair` (ENCRYPTED SIGSTORE PRIVATE KEY). */
export function cosignGeneratedKey(password: string): { privateKey: string; publicKey: string } {
  const dir = tempDir('cosign-keys')
  execFileSync(COSIGN, ['generate-key-pair'], { cwd: dir, env: { ...process.env, COSIGN_PASSWORD: password }, stdio: 'ignore' })
  return { privateKey: readFileSync(path.join(dir, 'cosign.key'), 'utf8'), publicKey: readFileSync(path.join(dir, 'cosign.pub'), 'utf8') }
}

/** The same format built by hand (scrypt + NaCl secretbox over PKCS#8), with the older COSIGN label. */
export function handBuiltCosignKey(password: string, label = 'COSIGN'): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const salt = randomBytes(32)
  const nonce = randomBytes(24)
  const N = 32768
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 })
  const sealed = nacl.secretbox(new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' })), new Uint8Array(nonce), new Uint8Array(key))
  const doc = { kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') }, cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') }, ciphertext: Buffer.from(sealed).toString('base64') }
  const body = Buffer.from(JSON.stringify(doc)).toString('base64').replace(/(.{64})/g, '$1\n')
  return {
    privateKey: `-----BEGIN ENCRYPTED ${label} PRIVATE KEY-----\n${body}\n-----END ENCRYPTED ${label} PRIVATE KEY-----\n`,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

export interface GpgKey {
  privateKey: string
  publicKey: string
  fingerprint: string
}

/** A throwaway RSA GPG key with a passphrase, made in its own GNUPGHOME. */
export function gpgKey(passphrase: string): GpgKey {
  const home = tempDir('gpg-gen')
  mkdirSync(home, { recursive: true, mode: 0o700 })
  const g = (args: string[], input?: string): string =>
    execFileSync('gpg', ['--homedir', home, '--batch', ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'ignore'] })
  g(['--pinentry-mode', 'loopback', '--passphrase', passphrase, '--quick-gen-key', 'go-xbuild test <test@example.com>', 'rsa3072', 'sign', 'never'])
  const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(g(['--list-secret-keys', '--with-colons']))?.[1] as string
  const privateKey = g(['--pinentry-mode', 'loopback', '--passphrase', passphrase, '--armor', '--export-secret-keys', fingerprint])
  const publicKey = g(['--armor', '--export', fingerprint])
  execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'])
  rmSync(home, { recursive: true, force: true })
  return { privateKey, publicKey, fingerprint }
}

/** Verifies a detached .asc with gpg in a fresh GNUPGHOME that holds only the public key. */
export function gpgVerify(publicKey: string, file: string, signature: string): { ok: boolean; output: string } {
  const home = tempDir('gpg-verify')
  writeFileSync(path.join(home, 'pub.asc'), publicKey)
  execFileSync('gpg', ['--homedir', home, '--batch', '--import', path.join(home, 'pub.asc')], { stdio: 'ignore' })
  try {
    const out = execFileSync('gpg', ['--homedir', home, '--batch', '--verify', signature, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { ok: true, output: out }
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) }
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'])
  }
}

/** openssl's verdict on a cosign .sig (base64 DER ECDSA over SHA-256). */
export function opensslVerify(publicKeyPem: string, file: string, sigFile: string): boolean {
  const dir = tempDir('openssl')
  writeFileSync(path.join(dir, 'pub.pem'), publicKeyPem)
  writeFileSync(path.join(dir, 'sig.der'), Buffer.from(readFileSync(sigFile, 'utf8'), 'base64'))
  try {
    execFileSync('openssl', ['dgst', '-sha256', '-verify', path.join(dir, 'pub.pem'), '-signature', path.join(dir, 'sig.der'), file], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
