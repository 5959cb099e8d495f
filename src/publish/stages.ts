/**
 * The two GitHub Release stages. `release-check` runs right after the plan, before Go is
 * downloaded: the tag, the token and the repository are known, the token can read the repository,
 * and a published immutable release for the tag holds exactly the planned assets (else the run
 * would build for nothing). `publish-release` runs last: draft first, every asset uploaded and
 * verified, published once.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../context.js'
import type { Stage } from '../pipeline.js'
import { projectTemplateFields } from '../plan/build-plan.js'
import { renderTemplate } from '../plan/template.js'
import { sha256File } from '../release/checksums.js'
import { COSIGN_PUBLIC_KEY } from '../release/sign/stages.js'
import type { GitHubClients } from '../services/github-retry.js'
import { runProcess } from '../proc/run.js'
import { SBOM_SUFFIX } from '../sbom/formats.js'
import {
  createDraft,
  deleteAsset,
  describeStatus,
  eachLimited,
  keepPublishedSignatures,
  listAssets,
  listReleases,
  reconcile,
  ReleaseError,
  replaceAsset,
  uploadAsset,
  UPLOAD_CONCURRENCY,
  verifyAssets,
  type Asset,
  type LocalAsset,
  type Release,
  type Repo
} from './github-release.js'
import {
  assetKindsFor,
  checkAssetNames,
  checkAssetSizes,
  chooseRelease,
  isSignatureFile,
  fitNotes,
  isPrerelease,
  makeLatest,
  predictedAssetNames,
  repositoryFromRemote,
  selectAssets
} from './plan.js'

/** What release-check settled, for publish-release. */
export interface ReleaseTarget extends Repo {
  tag: string
  name: string
  prerelease: boolean
}

/** What was published, for the outputs and the job summary. */
export interface PublishedRelease {
  id: number
  url: string
  tag: string
  draft: boolean
  assets: Array<{ name: string; id: number; size: number; sha256: string; url: string }>
}

export function releaseSkip(ctx: RunContext): string | undefined {
  const c = ctx.config
  if (c.githubRelease.mode === 'off') return 'release is false'
  if (c.mode === 'plan') return 'mode is plan'
  if (c.fanOut.partial) return 'partial build: the merge job is the only writer of the release'
  return undefined
}

const SIGNATURE_SUFFIX: Record<string, string> = { cosign: '.sig', gpg: '.asc', sigstore: '.sigstore.json' }

/** The tag, token and repository, or an error naming what is missing and how to give it. */
async function resolveTarget(ctx: RunContext): Promise<ReleaseTarget> {
  const c = ctx.config.githubRelease
  const fields = projectTemplateFields(ctx.project)
  const tag = renderTemplate(c.tag, fields, process.env, 'release-tag').trim()
  if (!tag) {
    throw new ReleaseError(
      'release: there is no tag to publish: run on a tag push (on: push: tags: [v*]) or tag the commit, or set release-tag'
    )
  }
  const name = renderTemplate(c.name, { ...fields, Tag: tag }, process.env, 'release-name').trim() || tag
  const missing: string[] = []
  if (!c.token) missing.push('a token: set github-token (or GITHUB_TOKEN outside Actions)')
  let repository = c.repository
  if (!repository) repository = (await originRepository(ctx.config.workingDirectory)) ?? ''
  if (!repository) missing.push('the repository: set GITHUB_REPOSITORY=owner/repo, or add a git remote "origin"')
  if (missing.length) throw new ReleaseError(`release: cannot publish without ${missing.join('; and ')}`)
  const [owner, repo] = repository.split('/') as [string, string]
  if (!owner || !repo) throw new ReleaseError(`release: GITHUB_REPOSITORY "${repository}" is not owner/repo`)
  return { owner, repo, tag, name, prerelease: isPrerelease(ctx.config.githubRelease.prerelease, tag) }
}

/** `owner/repo` from the origin remote (a local run). git goes through the door: its allow-list, no token. */
async function originRepository(cwd: string): Promise<string | undefined> {
  try {
    const out = await runProcess({ kind: 'git', file: 'git', args: ['remote', 'get-url', 'origin'], cwd })
    return out.exitCode === 0 ? repositoryFromRemote(out.stdout) : undefined
  } catch {
    return undefined
  }
}

// Octokit loads only for a run that talks to GitHub
const clients = async (ctx: RunContext): Promise<GitHubClients> =>
  (await import('../services/github.js')).openGitHub({ token: ctx.config.githubRelease.token, apiUrl: ctx.config.githubRelease.apiUrl, env: process.env })

const explain = (what: string, e: unknown): ReleaseError => {
  const status = (e as { status?: number }).status
  return new ReleaseError(`release: ${what} failed: ${e instanceof Error ? e.message : String(e)}${describeStatus(status)}`, { cause: e })
}

export const releaseCheckStage: Stage = {
  name: 'release-check',
  skip: releaseSkip,
  async run(ctx) {
    const target = await resolveTarget(ctx)
    ctx.releaseTarget = target
    const kinds = assetKindsFor(ctx.config.githubRelease, ctx.plans.some((p) => p.archive))
    const sign = ctx.config.sign
    const suffixes = sign.methods.map((m) => SIGNATURE_SUFFIX[m] as string)
    const predicted = predictedAssetNames(ctx.plans, {
      kinds,
      signatureSuffixes: suffixes,
      signAll: sign.scope === 'all',
      extraReleaseFiles: sign.methods.includes('cosign') ? [COSIGN_PUBLIC_KEY] : [],
      checksums: ctx.checksumsFile,
      sbomSuffixes: ctx.config.release.sbom.map((f) => SBOM_SUFFIX[f])
    })
    checkAssetNames(predicted, ctx.checksumsFile)
    const gh = await clients(ctx)
    let permissions: { push?: boolean } | undefined
    try {
      permissions = (await gh.rest.rest.repos.get({ owner: target.owner, repo: target.repo })).data.permissions
    } catch (e) {
      throw explain(`reading ${target.owner}/${target.repo}`, e)
    }
    if (permissions && permissions.push === false) {
      throw new ReleaseError(`release: github-token can read ${target.owner}/${target.repo} but not write to it; the token needs \`contents: write\``)
    }
    const releases = await listReleases(gh, target).catch((e: unknown) => {
      throw explain('listing releases', e)
    })
    const { chosen } = chooseRelease(releases, target.tag)
    if (chosen && !chosen.draft && chosen.immutable && ctx.config.packages.some((p) => p.pattern)) {
      // the binaries of a pattern are known once go list has run: names and bytes are compared after the build
      core.info(`${target.tag} is published and immutable; packages has a pattern, so its asset names and bytes are compared after the build`)
    } else if (chosen && !chosen.draft && chosen.immutable) {
      const have = (await listAssets(gh, target, chosen.id)).map((a) => a.name).sort()
      const missing = predicted.filter((n) => !have.includes(n))
      const extra = have.filter((n) => !predicted.includes(n))
      if (missing.length || extra.length) {
        throw new ReleaseError(
          `release: ${target.tag} is published and immutable (release ${chosen.id}), and its assets differ from this run's: ` +
            [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not planned ${extra.join(', ')}` : ''].filter(Boolean).join('; ') +
            '. An immutable release can never change: publish a new tag'
        )
      }
      core.info(`${target.tag} is published and immutable with the same ${have.length} asset names; its bytes are compared after the build`)
    } else if (chosen) {
      core.info(`${target.tag}: release ${chosen.id} exists (${chosen.draft ? 'draft' : 'published'}); it will be completed`)
    } else {
      core.info(`${target.tag}: no release yet; a draft will be created after the build`)
    }
    core.info(`release: ${predicted.length} asset(s) planned for ${target.owner}/${target.repo} ${target.tag}`)
  }
}

async function localAssets(ctx: RunContext): Promise<LocalAsset[]> {
  const kinds = assetKindsFor(ctx.config.githubRelease, ctx.artifacts.some((a) => a.archive))
  const planned = selectAssets(ctx.artifacts, ctx.releaseFiles, kinds, ctx.checksumsFile)
  checkAssetNames(planned.map((p) => p.name), ctx.checksumsFile)
  const out: LocalAsset[] = []
  for (const p of planned) {
    const file = path.join(ctx.config.outputDir, ...p.name.split('/'))
    const { sha256, size } = await sha256File(file)
    out.push({ name: p.name, path: file, size, sha256, ...(p.kind === 'checksums' ? { contentType: 'text/plain' } : {}) })
  }
  checkAssetSizes(out)
  return out
}

async function releaseBody(ctx: RunContext, gh: GitHubClients, t: ReleaseTarget): Promise<string> {
  const notes = ctx.config.githubRelease.notes
  let body = ''
  if (notes.kind === 'text') body = notes.text
  else if (notes.kind === 'file') body = await readFile(notes.path, 'utf8')
  else if (notes.kind === 'generate') {
    const res = await gh.rest.rest.repos.generateReleaseNotes({
      owner: t.owner,
      repo: t.repo,
      tag_name: t.tag,
      ...(ctx.project.commit ? { target_commitish: ctx.project.commit } : {})
    })
    body = res.data.body
  }
  const fitted = fitNotes(body)
  if (fitted.cut) core.warning(`release: the notes are ${body.length} characters; GitHub accepts 125000, so they were cut`)
  return fitted.body
}

export const publishReleaseStage: Stage = {
  name: 'publish-release',
  skip: releaseSkip,
  async run(ctx) {
    const t = ctx.releaseTarget
    if (!t) throw new ReleaseError('release: release-check did not run')
    const locals = await localAssets(ctx)
    const gh = await clients(ctx)
    const c = ctx.config.githubRelease
    const choice = chooseRelease(await listReleases(gh, t).catch((e: unknown) => Promise.reject(explain('listing releases', e))), t.tag)
    if (choice.note) core.info(choice.note)
    let release: Release | undefined = choice.chosen

    if (release && !release.draft && release.immutable) {
      // never modified: identical is a no-op, anything else fails naming the difference
      const r = await keepPublishedSignatures(gh, t, await reconcile(gh, t, await listAssets(gh, t, release.id), locals), locals, isSignatureFile)
      const diffs = [...r.missing.map((l) => `${l.name} missing`), ...r.different.map((d) => `${d.local.name} has other bytes`), ...r.extra.map((a) => `${a.name} not planned`)]
      if (diffs.length) throw new ReleaseError(`release: ${t.tag} is published and immutable (release ${release.id}) and differs from this run: ${diffs.join(', ')}`)
      core.info(`${t.tag} is published and immutable and already holds these ${locals.length} assets, byte for byte: nothing to do`)
      return finish(ctx, gh, release, locals, r.kept, choice.extraDrafts)
    }

    if (!release) {
      const body = await releaseBody(ctx, gh, t)
      release = await createDraft(gh, t, {
        tag_name: t.tag,
        name: t.name,
        body,
        prerelease: t.prerelease,
        ...(ctx.project.commit ? { target_commitish: ctx.project.commit } : {})
      })
      core.info(`Created draft release ${release.id} for ${t.tag}`)
    }
    const current = release

    const r = await keepPublishedSignatures(gh, t, await reconcile(gh, t, await listAssets(gh, t, current.id), locals), locals, isSignatureFile)
    if (r.different.length && !c.replace) {
      throw new ReleaseError(
        `release: ${t.tag} already has ${r.different.map((d) => d.local.name).join(', ')} with different bytes (a rebuild with other inputs?); ` +
          'set release-replace: true to replace them, or publish a new tag'
      )
    }
    if (r.kept.length) core.info(`${r.kept.length} asset(s) already there with the same SHA-256: kept`)
    if (r.extra.length) core.warning(`release: ${t.tag} also holds asset(s) this run did not make, left alone: ${r.extra.map((a) => a.name).join(', ')}`)
    for (const a of r.incomplete) {
      core.info(`${a.name}: incomplete (state ${a.state}) from an earlier upload; deleting it`)
      await deleteAsset(gh, t, a.id)
    }
    await eachLimited(r.missing, UPLOAD_CONCURRENCY, async (l) => {
      await uploadAsset(gh, t, current, l)
      core.info(`Uploaded ${l.name} (${l.size} bytes)`)
    })
    for (const d of r.different) await replaceAsset(gh, t, current, d.remote, d.local)

    const verified = await verifyAssets(gh, t, current.id, locals)
    if (verified.problems.length) {
      throw new ReleaseError(`release: ${verified.problems.length} asset(s) failed verification, so ${t.tag} was not published:\n  ${verified.problems.join('\n  ')}`)
    }
    core.info(`Verified ${verified.assets.length} asset(s): name, size and SHA-256`)

    let final = current
    if (current.draft && c.mode === 'publish') {
      final = (
        await gh.rest.rest.repos
          .updateRelease({ owner: t.owner, repo: t.repo, release_id: current.id, draft: false, make_latest: makeLatest(c.makeLatest, t.prerelease) })
          .catch((e: unknown) => Promise.reject(explain(`publishing release ${current.id}`, e)))
      ).data
      core.info(`Published ${t.tag}: ${final.html_url}`)
    } else if (current.draft) core.info(`release: draft — ${t.tag} stays a draft (release ${current.id}): ${current.html_url}`)
    else if (c.mode === 'draft') core.warning(`release: draft, but ${t.tag} is already published; it stays published`)
    // publishing moves the assets' download URLs from the draft's untagged-… path to the tag's
    const assets = final.draft === current.draft ? verified.assets : await listAssets(gh, t, final.id)
    return finish(ctx, gh, final, locals, assets, final.draft ? [] : choice.extraDrafts)
  }
}

async function finish(ctx: RunContext, gh: GitHubClients, release: Release, locals: LocalAsset[], assets: Asset[], extraDrafts: Release[]): Promise<void> {
  const t = ctx.releaseTarget as ReleaseTarget
  for (const d of extraDrafts) {
    await gh.rest.rest.repos
      .deleteRelease({ owner: t.owner, repo: t.repo, release_id: d.id })
      .then(() => core.info(`Deleted leftover draft release ${d.id} for ${t.tag}`))
      .catch((e: Error) => core.warning(`release: leftover draft ${d.id} for ${t.tag} was not deleted: ${e.message}`))
  }
  const byName = new Map(assets.map((a) => [a.name, a]))
  const published: PublishedRelease = {
    id: release.id,
    url: release.html_url,
    tag: t.tag,
    draft: release.draft,
    assets: locals.map((l) => {
      const a = byName.get(l.name) as Asset
      return { name: l.name, id: a.id, size: a.size, sha256: l.sha256, url: a.browser_download_url }
    })
  }
  ctx.githubRelease = published
  ctx.outputs['release-id'] = String(published.id)
  ctx.outputs['release-url'] = published.url
  ctx.outputs['release-assets'] = JSON.stringify(published.assets)
}
