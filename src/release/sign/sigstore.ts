/**
 * Keyless Sigstore signing: an ephemeral key, a Fulcio certificate for the workflow's OIDC
 * identity, a Rekor entry (and an RFC 3161 timestamp when a TSA is given), written as a Sigstore
 * bundle `<file>.sigstore.json` that `cosign verify-blob --bundle` checks. The Sigstore client is
 * loaded only when this dialect is used.
 */
import * as core from '@actions/core'
import { readFile, writeFile } from 'node:fs/promises'
import { importCjs } from '../../lazy.js'

export class SigstoreError extends Error {}

export interface SigstoreOptions {
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  env: Record<string, string | undefined>
}

export interface SigstoreSigner {
  sign(file: string): Promise<string>
}

/** The OIDC token: SIGSTORE_ID_TOKEN when set (as cosign reads it), else the workflow's own. */
export function identityToken(env: Record<string, string | undefined>): () => Promise<string> {
  if (env.SIGSTORE_ID_TOKEN) {
    const token = env.SIGSTORE_ID_TOKEN
    core.setSecret(token)
    return async () => token
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new SigstoreError(
      "sign: sigstore needs the workflow's OIDC token: add `permissions: id-token: write` to the job" +
        (env.GITHUB_ACTIONS === 'true' ? '' : ' (outside GitHub Actions, set SIGSTORE_ID_TOKEN)')
    )
  }
  return async () => {
    const token = await core.getIDToken('sigstore')
    core.setSecret(token)
    return token
  }
}

export async function openSigstoreSigner(opts: SigstoreOptions): Promise<SigstoreSigner> {
  const getToken = identityToken(opts.env)
  // fetch once now: a missing permission fails before any build, not after
  await getToken().catch((error: Error) => {
    throw new SigstoreError(`sign: sigstore could not get an OIDC token (${error.message}); the job needs \`permissions: id-token: write\``, { cause: error })
  })
  const { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } = await importCjs(import('@sigstore/sign'))
  const { bundleToJSON } = await importCjs(import('@sigstore/bundle'))
  const builder = new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: opts.fulcioUrl, identityProvider: { getToken } }),
    witnesses: [new RekorWitness({ rekorBaseURL: opts.rekorUrl }), ...(opts.tsaUrl ? [new TSAWitness({ tsaBaseURL: opts.tsaUrl })] : [])]
  })
  return {
    async sign(file) {
      // the message-signature bundle needs the bytes: one file in memory at a time
      const bundle = await builder.create({ data: await readFile(file) })
      const out = `${file}.sigstore.json`
      await writeFile(out, `${JSON.stringify(bundleToJSON(bundle))}\n`)
      return out
    }
  }
}
