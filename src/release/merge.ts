/**
 * Fan-out's last job: fetch this run's partial artifacts, prove each file against its partial
 * manifest, check that together they hold exactly the planned targets, and turn them into the
 * run's artifacts — after which checksums, signing, the manifest and the upload run as in a
 * single job, so the merged release is byte for byte the single-job one.
 */
import * as core from '@actions/core'
import { chmod, copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Artifact, RunContext } from '../context.js'
import { targetFromCanonical } from '../plan/targets.js'
import type { ArtifactStore, ListedArtifact } from '../services/artifact.js'
import { sha256File } from './checksums.js'
import { MANIFEST_FILE, type Manifest, type ManifestArtifact } from './manifest.js'
import { targetsId } from './upload.js'

export class MergeError extends Error {}

/** Partial artifacts of one release share this prefix; the build job adds its targets' id. */
export function partialPrefix(ctx: Pick<RunContext, 'project'>): string {
  return `${ctx.project.name}-${ctx.project.version}-partial-`
}

export function partialName(ctx: Pick<RunContext, 'project' | 'plans'>): string {
  return `${partialPrefix(ctx)}${targetsId(ctx.plans.map((p) => p.canonical))}`
}

/** Manifest fields that are not per-artifact data of their own. */
const KNOWN = new Set(['target', 'goos', 'goarch', 'variant', 'file', 'size', 'sha256', 'cgo', 'format', 'static', 'archive', 'signatures'])

export function artifactFromManifest(m: ManifestArtifact, dir: string): Artifact {
  const extensions: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(m)) if (!KNOWN.has(k)) extensions[k] = v
  return {
    target: targetFromCanonical(m.target),
    canonical: m.target,
    file: m.file,
    path: path.join(dir, ...m.file.split('/')),
    size: m.size,
    sha256: m.sha256,
    cgo: m.cgo,
    ...(m.format ? { binary: { format: m.format as NonNullable<Artifact['binary']>['format'], os: m.goos, arch: m.goarch, description: '', ...(m.static !== undefined ? { static: m.static } : {}) } } : {}),
    ...(m.archive ? { archive: { ...m.archive, format: m.archive.format as 'tar.gz' | 'zip' } } : {}),
    extensions,
    companions: []
  }
}

interface Partial {
  listed: ListedArtifact
  dir: string
  manifest: Manifest
}

async function fetchPartial(store: ArtifactStore, listed: ListedArtifact, into: string): Promise<Partial> {
  const dir = path.join(into, listed.name)
  await store.download(listed.id, dir)
  const text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8').catch(() => undefined)
  if (text === undefined) throw new MergeError(`merge: partial artifact ${listed.name} has no ${MANIFEST_FILE}`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(text) as Manifest
  } catch (error) {
    throw new MergeError(`merge: the ${MANIFEST_FILE} of partial artifact ${listed.name} is not JSON: ${(error as Error).message}`)
  }
  for (const a of manifest.artifacts ?? []) {
    for (const f of [{ file: a.file, sha256: a.sha256 }, ...(a.archive ? [a.archive] : [])]) {
      const got = await sha256File(path.join(dir, ...f.file.split('/'))).catch(() => undefined)
      if (!got) throw new MergeError(`merge: partial artifact ${listed.name} lacks ${f.file}, which its manifest lists for ${a.target}`)
      if (got.sha256 !== f.sha256) {
        throw new MergeError(`merge: in partial artifact ${listed.name}, ${f.file} (${a.target}) has sha256 ${got.sha256}, but its manifest says ${f.sha256}`)
      }
    }
  }
  return { listed, dir, manifest }
}

export async function mergePartials(ctx: RunContext, store: ArtifactStore, workDir: string): Promise<ListedArtifact[]> {
  const prefix = partialPrefix(ctx)
  const listed = (await store.list()).filter((a) => a.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1))
  if (listed.length === 0) {
    throw new MergeError(`merge: this run has no partial artifacts named ${prefix}*; the build jobs must run with partial: true at the same commit and version`)
  }
  core.info(`Merging ${listed.length} partial artifacts: ${listed.map((a) => a.name).join(', ')}`)
  const partials: Partial[] = []
  for (const a of listed) partials.push(await fetchPartial(store, a, workDir))

  const byTarget = new Map<string, { partial: Partial; entry: ManifestArtifact }>()
  for (const p of partials) {
    const m = p.manifest
    const mismatch =
      m.project?.version !== ctx.project.version ? `version ${m.project?.version}` : m.project?.commit !== ctx.project.commit ? `commit ${m.project?.commit}` : undefined
    if (mismatch) throw new MergeError(`merge: partial artifact ${p.listed.name} was built from ${mismatch}, not ${ctx.project.version} at ${ctx.project.commit || 'this commit'}`)
    for (const entry of m.artifacts) {
      const other = byTarget.get(entry.target)
      if (other) throw new MergeError(`merge: ${entry.target} is in two partial artifacts, ${other.partial.listed.name} and ${p.listed.name}`)
      byTarget.set(entry.target, { partial: p, entry })
    }
  }
  const goVersions = new Set(partials.map((p) => p.manifest.go?.version))
  if (goVersions.size !== 1) throw new MergeError(`merge: the partial artifacts were built with different Go versions (${[...goVersions].join(', ')})`)
  const builds = new Set(partials.map((p) => JSON.stringify(p.manifest.build)))
  if (builds.size !== 1) throw new MergeError('merge: the partial artifacts were built with different build settings (ldflags, flags, tags or package)')

  const missing = ctx.plans.filter((p) => !byTarget.has(p.canonical)).map((p) => p.canonical)
  if (missing.length) throw new MergeError(`merge: no partial artifact holds ${missing.join(', ')}; did that build job fail or get skipped?`)
  const planned = new Set(ctx.plans.map((p) => p.canonical))
  const extra = [...byTarget.keys()].filter((t) => !planned.has(t))
  if (extra.length) throw new MergeError(`merge: partial artifacts hold ${extra.join(', ')}, which targets does not list; give merge the same targets as plan`)

  for (const plan of ctx.plans) {
    const { partial, entry } = byTarget.get(plan.canonical) as { partial: Partial; entry: ManifestArtifact }
    if (entry.file !== plan.file || (entry.archive?.file ?? '') !== (plan.archive?.file ?? '')) {
      throw new MergeError(`merge: ${plan.canonical} in ${partial.listed.name} is named ${entry.file}, but this job's filename and archive settings say ${plan.file}`)
    }
    const artifact = artifactFromManifest(entry, ctx.stagingDir)
    for (const f of [entry.file, ...(entry.archive ? [entry.archive.file] : [])]) {
      const dest = path.join(ctx.stagingDir, ...f.split('/'))
      await mkdir(path.dirname(dest), { recursive: true })
      await copyFile(path.join(partial.dir, ...f.split('/')), dest)
    }
    // artifact zips drop modes: the binary gets its executable bit back
    await chmod(artifact.path, 0o755)
    ctx.artifacts.push(artifact)
  }
  ctx.goVersion = [...goVersions][0] as string
  // the partials agree on build (checked above): their recorded GOFLAGS/GOEXPERIMENT describe the merged release
  ctx.buildEnv = (partials[0]?.manifest.build as { env?: Record<string, string> } | undefined)?.env
  ctx.outputs['go-version'] = ctx.goVersion
  return listed
}
