/**
 * Pure decisions of a GitHub Release, tested with tables: which files become assets, which names
 * GitHub would rewrite, notes within GitHub's limit, prerelease and make_latest, which of several
 * releases for one tag is ours, and the repository from a git remote URL.
 */
import semver from 'semver'
import type { Artifact } from '../context.js'
import { MANIFEST_FILE as MANIFEST } from '../release/manifest.js'
import type { AssetKind, GitHubReleaseConfig, Tristate } from './config.js'
import { byCodeUnit } from '../order.js'

/** GitHub refuses files of 2 GiB or more. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3
/** Longest release body GitHub accepts (characters). */
export const MAX_NOTES_CHARS = 125_000

/**
 * The default: archives when archives are on (they carry the README and LICENSE, and are what
 * users download), else the bare binaries; always the checksums, every signature and SBOM, and the
 * manifest — everything a user needs to verify what they downloaded.
 */
export function defaultAssetKinds(archivesOn: boolean): AssetKind[] {
  return [archivesOn ? 'archives' : 'binaries', 'checksums', 'signatures', 'sboms', 'manifest']
}

/** A companion's kind, from its name: SBOM formats by their suffixes, everything else is a signature. */
export function companionKind(file: string): 'sboms' | 'signatures' {
  return /\.(spdx|cdx|sbom|bom)(\.json|\.xml)?$/i.test(file) || /\.sbom\./i.test(file) ? 'sboms' : 'signatures'
}

/** A detached signature or bundle (never a public key): what keepPublishedSignatures may keep. */
export function isSignatureFile(name: string): boolean {
  return /\.(sig|asc|sigstore\.json|sigstore|bundle|pem|crt|cert)$/.test(name) && companionKind(name) === 'signatures'
}

export interface PlannedAsset {
  /** The asset name on GitHub: the file's path relative to output-dir. */
  name: string
  kind: AssetKind
}

type ArtifactFiles = Pick<Artifact, 'file' | 'companions'> & { archive?: { file: string }; sboms?: Array<{ file: string }> }

/**
 * Every asset, in a stable order, from the artifacts (each binary, its archive, their companions)
 * and the release files (the checksum file `checksums`, its signatures, public keys, manifest.json). Generic over
 * companions: anything a later stage adds beside a file (an SBOM, a new signature) goes with it.
 */
export function selectAssets(artifacts: ArtifactFiles[], releaseFiles: string[], kinds: AssetKind[], checksums: string): PlannedAsset[] {
  const out = new Map<string, PlannedAsset>()
  const add = (name: string, kind: AssetKind): void => {
    if (kinds.includes(kind) && !out.has(name)) out.set(name, { name, kind })
  }
  for (const a of artifacts) {
    const sbomFiles = (a.sboms ?? []).map((x) => x.file)
    const shipped: Array<[string, AssetKind]> = [[a.file, 'binaries']]
    if (a.archive) shipped.push([a.archive.file, 'archives'])
    for (const [file, kind] of shipped) {
      if (!kinds.includes(kind)) continue
      add(file, kind)
      for (const c of a.companions) if (c.startsWith(`${file}.`) && !sbomFiles.some((f) => c.startsWith(`${f}.`))) add(c, companionKind(c))
    }
    // a binary's SBOMs describe what its archive holds too: they go out whichever of the two ships
    for (const sbom of a.sboms ?? []) {
      add(sbom.file, 'sboms')
      if (kinds.includes('sboms')) for (const c of a.companions) if (c.startsWith(`${sbom.file}.`)) add(c, 'signatures')
    }
  }
  for (const f of releaseFiles) {
    if (f === checksums) add(f, 'checksums')
    else if (f === MANIFEST) add(f, 'manifest')
    else add(f, companionKind(f))
  }
  return [...out.values()].sort((x, y) => byCodeUnit(x.name, y.name))
}

/**
 * Why GitHub would store an asset under another name than the file's, or undefined. GitHub renames
 * "special characters, non-alphanumeric characters, and leading or trailing periods" (spaces and
 * `~`, `(`, `:` … become `.`, repeated periods fold into one); a name that would change fails in the plan instead, so the names in
 * the checksum file are the names users download.
 */
export function nameRewriteProblem(name: string): string | undefined {
  if (name.includes('/')) return 'it is in a subdirectory (asset names are flat); change filename (or archive-name) to a name without "/"'
  if (/^\./.test(name) || /\.$/.test(name)) return 'it starts or ends with a period'
  const bad = [...new Set(name.replace(/[A-Za-z0-9._+-]/g, ''))]
  if (bad.length) return `it holds ${bad.map((c) => (c === ' ' ? 'a space' : `"${c}"`)).join(', ')}; GitHub keeps only letters, digits, ".", "_", "+" and "-"`
  if (name.includes('..')) return 'it holds ".." (GitHub folds repeated periods into one)'
  return undefined
}

export function checkAssetNames(names: string[], checksums: string): void {
  const problems = names.flatMap((n) => {
    const p = nameRewriteProblem(n)
    return p ? [`  ${n}: ${p}`] : []
  })
  if (problems.length) throw new Error(`release: GitHub would rename ${problems.length} asset(s), and the names in ${checksums} would no longer match:\n${problems.join('\n')}`)
}

export function checkAssetSizes(assets: Array<{ name: string; size: number }>): void {
  const big = assets.filter((a) => a.size >= MAX_ASSET_BYTES)
  if (big.length) {
    throw new Error(`release: GitHub accepts release assets under 2 GiB; too large: ${big.map((a) => `${a.name} (${a.size} bytes)`).join(', ')}`)
  }
}

/** Notes within GitHub's limit: cut at a line break when one is near, with a line saying so. */
export function fitNotes(body: string, limit = MAX_NOTES_CHARS): { body: string; cut: boolean } {
  if (body.length <= limit) return { body, cut: false }
  const marker = `\n\n… (the notes were cut here: GitHub accepts at most ${limit} characters; ${body.length} were given)`
  let keep = body.slice(0, limit - marker.length)
  const lastBreak = keep.lastIndexOf('\n')
  if (lastBreak > keep.length - 2000 && lastBreak > 0) keep = keep.slice(0, lastBreak)
  return { body: `${keep.trimEnd()}${marker}`, cut: true }
}

/** `auto`: a semver prerelease tag (v1.2.3-rc.1) is a prerelease. */
export function isPrerelease(setting: Tristate, tag: string): boolean {
  if (setting !== 'auto') return setting === 'true'
  const v = semver.valid(tag.replace(/^v/, ''), { loose: false })
  return Boolean(v && semver.prerelease(v)?.length)
}

/** GitHub's make_latest: `auto` is GitHub's own rule (`legacy`: newest by date and semver) for a full release, never for a prerelease. */
export function makeLatest(setting: Tristate, prerelease: boolean): 'true' | 'false' | 'legacy' {
  if (setting === 'true') return 'true'
  if (setting === 'false' || prerelease) return 'false'
  return 'legacy'
}

export interface ReleaseSummary {
  id: number
  tag_name: string
  draft: boolean
  immutable?: boolean
  created_at?: string
}

export interface ReleaseChoice<R extends ReleaseSummary> {
  /** The release to work on, or undefined to create a draft. */
  chosen?: R
  /** Drafts for the same tag left by older or racing runs: deleted once ours is published. */
  extraDrafts: R[]
  /** What was decided, for the log. */
  note?: string
}

/**
 * The tag's release among all releases (drafts included). A published one wins (GitHub allows one
 * per tag); else the oldest draft (lowest id): every racing run picks the same one, so their
 * assets never split between drafts. The other drafts are deleted only after ours is published.
 */
export function chooseRelease<R extends ReleaseSummary>(releases: R[], tag: string): ReleaseChoice<R> {
  const forTag = releases.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id)
  const published = forTag.find((r) => !r.draft)
  const drafts = forTag.filter((r) => r.draft)
  if (published) {
    return {
      chosen: published,
      extraDrafts: drafts,
      note: drafts.length ? `${tag} is published (release ${published.id}); ${drafts.length} leftover draft(s) for it (${drafts.map((d) => d.id).join(', ')}) will be deleted` : undefined
    }
  }
  const [oldest, ...rest] = drafts
  return {
    chosen: oldest,
    extraDrafts: rest,
    note: rest.length ? `${drafts.length} drafts for ${tag} (${drafts.map((d) => d.id).join(', ')}): using the oldest, ${oldest?.id}; the others will be deleted once it is published` : undefined
  }
}

/** `owner/repo` from a git remote URL (https, ssh, scp-like), or undefined. */
export function repositoryFromRemote(url: string): string | undefined {
  const u = url.trim()
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[:/](.+?)(?:\.git)?\/?$/i.exec(u)
  if (!m) return undefined
  const parts = (m[1] as string).split('/').filter(Boolean)
  if (parts.length < 2) return undefined
  const [owner, repo] = parts.slice(-2) as [string, string]
  return /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo) ? `${owner}/${repo}` : undefined
}

/** The asset names a run will publish, known from the plan (for the early check against an immutable release). */
export function predictedAssetNames(
  plans: Array<{ binaries: Array<{ file: string }>; archive?: { file: string } }>,
  opts: { kinds: AssetKind[]; signatureSuffixes: string[]; signAll: boolean; extraReleaseFiles: string[]; checksums: string; sbomSuffixes?: string[] }
): string[] {
  const artifacts = plans.flatMap((p) =>
    p.binaries.map((b) => {
      const sboms = (opts.sbomSuffixes ?? []).map((s) => ({ file: `${b.file}${s}` }))
      const files = [b.file, ...sboms.map((s) => s.file), ...(p.archive ? [p.archive.file] : [])]
      return { file: b.file, archive: p.archive, sboms, companions: opts.signAll ? files.flatMap((f) => opts.signatureSuffixes.map((s) => `${f}${s}`)) : [] }
    })
  )
  const releaseFiles = [opts.checksums, ...opts.signatureSuffixes.map((s) => `${opts.checksums}${s}`), ...opts.extraReleaseFiles, MANIFEST]
  return selectAssets(artifacts, releaseFiles, opts.kinds, opts.checksums).map((a) => a.name)
}

export function assetKindsFor(config: Pick<GitHubReleaseConfig, 'assets'>, archivesOn: boolean): AssetKind[] {
  return config.assets ?? defaultAssetKinds(archivesOn)
}
