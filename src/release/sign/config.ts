/** Signing inputs, checked before any work; secrets are masked the moment they are read. */
import * as core from '@actions/core'
import { checkUrl, InputError, oneOf, parseBoolean, parseList, type InputReader } from '../../inputs-common.js'

export type SignMethod = 'sigstore' | 'cosign' | 'gpg'

export interface SignConfig {
  methods: SignMethod[]
  /** all: every binary, archive and SHA256SUMS; checksums-only: SHA256SUMS alone. */
  scope: 'all' | 'checksums-only'
  signingKey: string
  signingPassword: string
  gpgPrivateKey: string
  gpgPassphrase: string
  fulcioUrl: string
  rekorUrl: string
  /** '' for none. */
  tsaUrl: string
  attest: boolean
  githubToken: string
}

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev'
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev'

const masked = new Set<string>()

/**
 * Masks a secret, each of its lines and its base64 forms, so no log can show any of them. The
 * runner masks log output line by line, so a multi-line key is only hidden if every line is
 * registered on its own (lines under 4 characters excepted: masking "=" would garble every log).
 */
export function maskSecret(value: string): void {
  if (!value) return
  const forms = new Set([value, value.trim(), Buffer.from(value).toString('base64'), Buffer.from(value.trim()).toString('base64')])
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim())
  for (const f of forms) {
    if (!f || masked.has(f)) continue
    masked.add(f)
    core.setSecret(f)
  }
}

/** Every input that carries a secret (action.yml's signing and token inputs). */
export const SECRET_INPUTS = ['signing-key', 'signing-password', 'gpg-private-key', 'gpg-passphrase', 'github-token'] as const

/**
 * Once readConfig has the secret inputs, they leave this process's environment: what the toolkit
 * starts on its own, outside src/proc (the cache client's tar and zstd), then inherits no key. The
 * process's initial environment block (/proc/<pid>/environ) cannot be rewritten from here: see SECURITY.md.
 */
export function forgetSecretInputs(env: Record<string, string | undefined>): void {
  for (const name of SECRET_INPUTS) delete env[`INPUT_${name.toUpperCase()}`]
}

/** Inputs that are URLs: a mirror URL may carry credentials (`https://user:token@host/…`). */
const URL_INPUTS = ['go-download-base-url', 'upx-download-base-url', 'zig-download-base-url', 'musl-cross-url', 'fulcio-url', 'rekor-url', 'tsa-url']

/**
 * The first thing readConfig does, before any other input or file is read: whatever fails later,
 * its message can no longer show a secret. Reads the raw values (a too-long key is masked before
 * it is refused).
 */
export function maskSecretInputs(read: InputReader): void {
  for (const name of SECRET_INPUTS) maskSecret(read(name))
  for (const name of URL_INPUTS) {
    const raw = read(name)
    if (!raw.includes('@')) continue
    try {
      const url = new URL(raw)
      maskSecret(url.password)
      if (url.username && url.password) maskSecret(`${url.username}:${url.password}`)
      else if (url.username) maskSecret(url.username) // a token as the user name (https://TOKEN@host)
      if (url.password) maskSecret(decodeURIComponent(url.password))
    } catch {
      // not a URL: checkUrl names the input later, and the value holds no parseable credential
    }
  }
}

export function readSignConfig(read: InputReader): SignConfig {
  // mask first: nothing below may log a secret, not even in an error message
  const secrets = SECRET_INPUTS.map((n) => read(n))
  for (const s of secrets) maskSecret(s)
  const [signingKey = '', signingPassword = '', gpgPrivateKey = '', gpgPassphrase = '', githubToken = ''] = secrets

  const raw = parseList(read('sign').toLowerCase().replace(/\s+/g, ','))
  const methods: SignMethod[] = []
  for (const m of raw) {
    if (m === 'none') continue
    if (m !== 'sigstore' && m !== 'cosign' && m !== 'gpg') throw new InputError(`sign: "${m}" is not one of none, sigstore, cosign, gpg`)
    if (!methods.includes(m)) methods.push(m)
  }
  if (raw.includes('none') && methods.length) throw new InputError(`sign: "none" and ${methods.join(', ')} are both given; keep one`)
  if (methods.includes('cosign') && !signingKey) throw new InputError('sign: cosign needs signing-key (a cosign key, or a PKCS#8 PEM private key) and usually signing-password')
  if (methods.includes('gpg') && !gpgPrivateKey) throw new InputError('sign: gpg needs gpg-private-key (an ASCII-armored private key) and usually gpg-passphrase')
  if (!methods.includes('cosign') && signingKey) throw new InputError('signing-key is set but sign does not include cosign; add it, or drop the key')
  if (!methods.includes('gpg') && gpgPrivateKey) throw new InputError('gpg-private-key is set but sign does not include gpg; add it, or drop the key')
  const fulcioUrl = read('fulcio-url') || DEFAULT_FULCIO_URL
  const rekorUrl = read('rekor-url') || DEFAULT_REKOR_URL
  const tsaUrl = read('tsa-url')
  checkUrl('fulcio-url', fulcioUrl)
  checkUrl('rekor-url', rekorUrl)
  if (tsaUrl) checkUrl('tsa-url', tsaUrl)
  return {
    methods,
    scope: oneOf(read, 'sign-artifacts', ['all', 'checksums-only'] as const, 'all'),
    signingKey,
    signingPassword,
    gpgPrivateKey,
    gpgPassphrase,
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    attest: parseBoolean(read, 'attest', false),
    githubToken
  }
}
