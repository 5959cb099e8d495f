/**
 * cosign keys without cosign: the encrypted format cosign writes (`ENCRYPTED SIGSTORE PRIVATE KEY`,
 * formerly `ENCRYPTED COSIGN PRIVATE KEY`: JSON with scrypt parameters, a NaCl secretbox nonce and
 * the ciphertext of a PKCS#8 key), or a plain PKCS#8 / SEC1 PEM (ECDSA P-256 or Ed25519).
 * Signatures are what `cosign sign-blob --key` writes: base64 of the signature over the file —
 * ECDSA over its SHA-256 (DER), Ed25519 over the bytes themselves.
 *
 * node:crypto has scrypt but not XSalsa20-Poly1305 (secretbox), hence tweetnacl for that one call.
 */
import { createPrivateKey, createSign, createPublicKey, scryptSync, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'
import nacl from 'tweetnacl'

export class CosignKeyError extends Error {}

export interface CosignKey {
  privateKey: KeyObject
  publicKey: KeyObject
  type: 'ecdsa-p256' | 'ed25519'
}

const ENCRYPTED = /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]+?)-----END ENCRYPTED \1 PRIVATE KEY-----/

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

/**
 * The most work a key may ask for: what `cosign generate-key-pair` writes. Measured: cosign v2.6.5
 * writes N = 65536, r = 8, p = 1; older cosign (go-tuf's encrypted package, whose Decrypt refuses
 * any other parameters) wrote N = 32768. The parameters come from the key file, so without a cap a
 * doctored key could make scrypt take gigabytes and minutes; smaller values (older and test keys)
 * are accepted.
 */
export const MAX_SCRYPT = { N: 65536, r: 8, p: 1 } as const

export function scryptParamsProblem(N: unknown, r: unknown, p: unknown): string | undefined {
  const whole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1
  if (!whole(N) || !whole(r) || !whole(p) || N < 2 || (N & (N - 1)) !== 0) {
    return 'the scrypt parameters of the encrypted key are not valid (N must be a power of two, r and p whole numbers); was it cut or re-wrapped?'
  }
  if (N > MAX_SCRYPT.N || r > MAX_SCRYPT.r || p > MAX_SCRYPT.p) {
    return `the key asks for scrypt N=${N}, r=${r}, p=${p}, more than cosign generate-key-pair uses (N=${MAX_SCRYPT.N}, r=${MAX_SCRYPT.r}, p=${MAX_SCRYPT.p}); re-encrypt it with cosign`
  }
  return undefined
}

function decrypt(body: string, password: string): Buffer {
  let doc: EncryptedKey
  try {
    doc = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')) as EncryptedKey
  } catch {
    throw new CosignKeyError('signing-key: the encrypted cosign key is not base64 JSON; was it cut or re-wrapped?')
  }
  if (doc?.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox') {
    // the names come from the key file: echoed only when they are short plain words
    const plain = (v: unknown): string => (typeof v === 'string' && /^[\w/.-]{1,32}$/.test(v) ? v : '?')
    throw new CosignKeyError(`signing-key: unsupported cosign key encryption (kdf ${plain(doc?.kdf?.name)}, cipher ${plain(doc?.cipher?.name)}); cosign keys use scrypt and nacl/secretbox`)
  }
  const { N, r, p } = doc.kdf.params ?? {}
  const scryptProblem = scryptParamsProblem(N, r, p)
  if (scryptProblem) throw new CosignKeyError(`signing-key: ${scryptProblem}`)
  if (typeof doc.kdf.salt !== 'string' || typeof doc.cipher.nonce !== 'string' || typeof doc.ciphertext !== 'string') {
    throw new CosignKeyError('signing-key: the encrypted cosign key lacks its salt, nonce or ciphertext; was it cut or re-wrapped?')
  }
  // N = 65536, r = 8 needs 64 MiB; Node refuses scrypt beyond its default 32 MiB unless maxmem is raised
  const key = scryptSync(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + (1 << 20) })
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(doc.ciphertext, 'base64')),
    new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')),
    new Uint8Array(key)
  )
  if (!opened) throw new CosignKeyError('signing-password does not decrypt signing-key (wrong password, or a damaged key)')
  return Buffer.from(opened)
}

export function parseCosignKey(pem: string, password: string): CosignKey {
  const text = pem.trim()
  const encrypted = ENCRYPTED.exec(text)
  let privateKey: KeyObject
  try {
    privateKey = encrypted
      ? createPrivateKey({ key: decrypt(encrypted[2] as string, password), format: 'der', type: 'pkcs8' })
      : createPrivateKey({ key: text, format: 'pem', ...(password ? { passphrase: password } : {}) })
  } catch (error) {
    if (error instanceof CosignKeyError) throw error
    throw new CosignKeyError(`signing-key is not a cosign key or a PKCS#8/SEC1 PEM private key (${(error as Error).message})`, { cause: error })
  }
  const details = privateKey.asymmetricKeyDetails
  let type: CosignKey['type']
  if (privateKey.asymmetricKeyType === 'ed25519') type = 'ed25519'
  else if (privateKey.asymmetricKeyType === 'ec' && details?.namedCurve === 'prime256v1') type = 'ecdsa-p256'
  else {
    throw new CosignKeyError(`signing-key is a ${privateKey.asymmetricKeyType}${details?.namedCurve ? ` ${details.namedCurve}` : ''} key; cosign blob signatures here use ECDSA P-256 or Ed25519`)
  }
  return { privateKey, publicKey: createPublicKey(privateKey), type }
}

export function publicKeyPem(key: CosignKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
}

/** The signature cosign sign-blob writes, for data in memory (probes, small files). */
export function signBuffer(key: CosignKey, data: Buffer): string {
  const sig = key.type === 'ed25519' ? cryptoSign(null, data, key.privateKey) : cryptoSign('sha256', data, { key: key.privateKey, dsaEncoding: 'der' })
  return sig.toString('base64')
}

export function verifyBuffer(key: CosignKey, data: Buffer, signature: string): boolean {
  const sig = Buffer.from(signature, 'base64')
  return key.type === 'ed25519' ? cryptoVerify(null, data, key.publicKey, sig) : cryptoVerify('sha256', data, { key: key.publicKey, dsaEncoding: 'der' }, sig)
}

/**
 * Signs a file. ECDSA streams it (createSign hashes as it goes); Ed25519 signs the message itself,
 * so that file is read whole.
 */
export async function signFile(key: CosignKey, file: string): Promise<string> {
  if (key.type === 'ed25519') {
    const chunks: Buffer[] = []
    for await (const c of createReadStream(file)) chunks.push(c as Buffer)
    return signBuffer(key, Buffer.concat(chunks))
  }
  const signer = createSign('sha256')
  for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) signer.update(c as Buffer)
  return signer.sign({ key: key.privateKey, dsaEncoding: 'der' }).toString('base64')
}
