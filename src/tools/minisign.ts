/**
 * minisign signature verification with node:crypto (Ed25519, BLAKE2b-512): enough to check Zig's
 * release tarballs against the project's published key without a native tool.
 *
 * Formats (jedisct1/minisign): a public key is base64 of "Ed" ‖ key id (8) ‖ Ed25519 key (32); a
 * signature file holds an untrusted comment, base64 of algorithm ("Ed", or "ED" for prehashed) ‖
 * key id (8) ‖ signature (64), a trusted comment, and base64 of a global signature over signature
 * ‖ trusted comment.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'

export class MinisignError extends Error {}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

export interface MinisignKey {
  keyId: Buffer
  key: KeyObject
}

export function parseMinisignPublicKey(text: string): MinisignKey {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('untrusted comment:'))[0]
  const raw = Buffer.from(line ?? '', 'base64')
  if (raw.length !== 42 || raw.toString('latin1', 0, 2) !== 'Ed') throw new MinisignError('not a minisign public key (base64 of "Ed", a key id and an Ed25519 key)')
  return { keyId: raw.subarray(2, 10), key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw.subarray(10)]), format: 'der', type: 'spki' }) }
}

/** Throws unless `signature` (a .minisig file's text) is a valid signature of `data` by `publicKey`. */
export function verifyMinisign(data: Buffer, signature: string, publicKey: MinisignKey): { trustedComment: string } {
  const lines = signature.split('\n').map((l) => l.replace(/\r$/, ''))
  if (!lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: ')) {
    throw new MinisignError('not a minisign signature file')
  }
  const sig = Buffer.from(lines[1] ?? '', 'base64')
  if (sig.length !== 74) throw new MinisignError('malformed minisign signature line')
  const algorithm = sig.toString('latin1', 0, 2)
  if (algorithm !== 'Ed' && algorithm !== 'ED') throw new MinisignError(`unknown minisign algorithm "${algorithm}"`)
  if (!sig.subarray(2, 10).equals(publicKey.keyId)) {
    throw new MinisignError(`signed by key ${sig.subarray(2, 10).toString('hex').toUpperCase()}, not by ${publicKey.keyId.toString('hex').toUpperCase()}`)
  }
  const signed = algorithm === 'ED' ? createHash('blake2b512').update(data).digest() : data
  if (!verify(null, signed, publicKey.key, sig.subarray(10))) throw new MinisignError('the signature does not match the file')
  const trustedComment = (lines[2] as string).slice('trusted comment: '.length)
  const global = Buffer.from(lines[3] ?? '', 'base64')
  if (!verify(null, Buffer.concat([sig.subarray(10), Buffer.from(trustedComment, 'utf8')]), publicKey.key, global)) {
    throw new MinisignError('the trusted comment is not covered by the signature')
  }
  return { trustedComment }
}
