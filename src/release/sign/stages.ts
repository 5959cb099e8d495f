/**
 * The signing stages. `signing-setup` runs right after the plan: keys are parsed and unlocked, the
 * gpg key imported, an OIDC token fetched, and each signer signs a probe — so a wrong password or
 * a missing permission fails before any download or build. `sign` runs after SHA256SUMS and before
 * the manifest, which lists every artifact's signatures (the binary's, its SBOMs', its archive's).
 */
import * as core from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../../context.js'
import type { Stage } from '../../pipeline.js'
import { attestSboms, attestSkip, attestSubjects, checkAttestPermissions, type SbomAttestation } from './attest.js'
import { parseCosignKey, publicKeyPem, signBuffer, signFile, verifyBuffer } from './cosign-key.js'
import { openGpgSigner } from './gpg.js'
import { openSigstoreSigner } from './sigstore.js'
import { redactUrl } from '../../url.js'

export const COSIGN_PUBLIC_KEY = 'cosign.pub'

/** One dialect: signs a file and returns the signature file it wrote beside it. */
export interface FileSigner {
  name: string
  sign(file: string): Promise<string>
}

export interface Signing {
  signers: FileSigner[]
  /** Files to publish once (cosign.pub), with their contents. */
  publish: Array<{ file: string; text: string }>
}

const signingSkip = (ctx: RunContext): string | undefined => {
  const c = ctx.config.sign
  if (!c.methods.length && !c.attest) return 'sign is none'
  if (ctx.config.mode === 'plan') return 'mode is plan'
  if (ctx.config.fanOut.partial) return 'partial build: the merge job signs the merged release'
  return undefined
}

export const signingSetupStage: Stage = {
  name: 'signing-setup',
  skip: signingSkip,
  async run(ctx) {
    const c = ctx.config.sign
    if (c.attest) checkAttestPermissions(process.env, c.githubToken)
    const signing: Signing = { signers: [], publish: [] }
    if (c.methods.includes('cosign')) {
      const key = parseCosignKey(c.signingKey, c.signingPassword)
      const probe = Buffer.from(`go-xbuild signing probe ${Date.now()}`)
      if (!verifyBuffer(key, probe, signBuffer(key, probe))) throw new Error('signing-key: a probe signature does not verify with its own public key')
      signing.signers.push({
        name: 'cosign',
        async sign(file) {
          const out = `${file}.sig`
          await writeFile(out, await signFile(key, file))
          return out
        }
      })
      signing.publish.push({ file: COSIGN_PUBLIC_KEY, text: publicKeyPem(key) })
      core.info(`cosign: ${key.type} key unlocked; signatures will verify with ${COSIGN_PUBLIC_KEY}`)
    }
    if (c.methods.includes('gpg')) {
      const gpg = await openGpgSigner(c.gpgPrivateKey, c.gpgPassphrase, ctx.config.runner.temp)
      ctx.cleanups.push(() => gpg.close())
      const probeDir = await mkdtemp(path.join(ctx.config.runner.temp, 'go-xbuild-probe-'))
      try {
        await writeFile(path.join(probeDir, 'probe'), 'go-xbuild signing probe\n')
        await gpg.sign(path.join(probeDir, 'probe'))
      } finally {
        await rm(probeDir, { recursive: true, force: true })
      }
      signing.signers.push({ name: 'gpg', sign: (file) => gpg.sign(file) })
      core.info(`gpg: key ${gpg.fingerprint} unlocked in a temporary GNUPGHOME`)
    }
    if (c.methods.includes('sigstore')) {
      const sigstore = await openSigstoreSigner({ fulcioUrl: c.fulcioUrl, rekorUrl: c.rekorUrl, tsaUrl: c.tsaUrl, env: process.env })
      signing.signers.push({ name: 'sigstore', sign: (file) => sigstore.sign(file) })
      core.info(`sigstore: OIDC token obtained; Fulcio ${redactUrl(c.fulcioUrl)}, Rekor ${redactUrl(c.rekorUrl)}${c.tsaUrl ? `, TSA ${redactUrl(c.tsaUrl)}` : ''}`)
    }
    ctx.signing = signing
  }
}

const rel = (ctx: RunContext, abs: string): string => path.relative(ctx.stagingDir, abs).split(path.sep).join('/')

export const signStage: Stage = {
  name: 'sign',
  skip: signingSkip,
  async run(ctx) {
    const signing = ctx.signing
    if (signing) {
      const perArtifact = ctx.config.sign.scope === 'all'
      for (const signer of signing.signers) {
        if (perArtifact) {
          // a target's archive holds all its binaries: signed once, its signature a companion of each of them
          const archiveSignatures = new Map<string, string>()
          for (const a of ctx.artifacts) {
            a.companions.push(rel(ctx, await signer.sign(path.join(ctx.stagingDir, ...a.file.split('/')))))
            for (const sbom of a.sboms ?? []) a.companions.push(rel(ctx, await signer.sign(path.join(ctx.stagingDir, ...sbom.file.split('/')))))
            if (!a.archive) continue
            let sig = archiveSignatures.get(a.archive.file)
            if (sig === undefined) {
              sig = rel(ctx, await signer.sign(path.join(ctx.stagingDir, ...a.archive.file.split('/'))))
              archiveSignatures.set(a.archive.file, sig)
            }
            a.companions.push(sig)
          }
        }
        ctx.releaseFiles.push(rel(ctx, await signer.sign(path.join(ctx.stagingDir, ctx.checksumsFile))))
        core.info(`${signer.name}: signed ${perArtifact ? `${ctx.artifacts.length} targets' files and ` : ''}${ctx.checksumsFile}`)
      }
      for (const p of signing.publish) {
        await writeFile(path.join(ctx.stagingDir, p.file), p.text)
        ctx.releaseFiles.push(p.file)
      }
    }
    if (ctx.config.sign.attest) {
      const why = attestSkip(process.env)
      if (why) {
        core.notice(`attest: skipped: ${why}`)
        return
      }
      const subjects = [
        ...new Map(
          ctx.artifacts.flatMap((a) => [
            [a.file, { name: a.file, sha256: a.sha256 }] as const,
            ...(a.sboms ?? []).map((x) => [x.file, { name: x.file, sha256: x.sha256 }] as const),
            ...(a.archive ? [[a.archive.file, { name: a.archive.file, sha256: a.archive.sha256 }] as const] : [])
          ])
        ).values()
      ]
      const url = await attestSubjects(subjects, ctx.config.sign.githubToken, process.env)
      if (url) ctx.outputs['attestation-url'] = url
      const sboms: SbomAttestation[] = []
      for (const a of ctx.artifacts) {
        for (const x of a.sboms ?? []) {
          sboms.push({ subject: { name: a.file, sha256: a.sha256 }, format: x.format, file: x.file, text: await readFile(path.join(ctx.stagingDir, ...x.file.split('/')), 'utf8') })
        }
      }
      if (sboms.length) ctx.outputs['sbom-attestation-urls'] = JSON.stringify(await attestSboms(sboms, ctx.config.sign.githubToken, process.env))
    }
  }
}
