/**
 * Uploads the release as one workflow artifact: every file the manifest names (binaries, archives,
 * SBOMs, signatures), SHA256SUMS and manifest.json. Outside Actions the release simply stays in
 * output-dir; where the service is missing (GHES), the user picks a warning or an error.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { RunContext } from '../context.js'
import { projectTemplateFields } from '../plan/build-plan.js'
import { renderTemplate } from '../plan/template.js'
import { artifactService, artifactUrl } from '../services/github-env.js'
import type { ArtifactStore } from '../services/artifact.js'
import { redactUrl } from '../url.js'

/** `linux-amd64` for one target, `targets-<hash>` for several: unique per set of targets, so matrix jobs never collide. */
export function targetsId(canonicals: string[]): string {
  if (canonicals.length === 1) return (canonicals[0] as string).replace(/[^a-z0-9.]+/gi, '-')
  return `targets-${createHash('sha256').update([...canonicals].sort().join(' ')).digest('hex').slice(0, 8)}`
}

const FORBIDDEN = /["':<>|*?\r\n\\/]/

export function renderArtifactName(ctx: RunContext): string {
  const fields = { ...projectTemplateFields(ctx.project), TargetsId: targetsId(ctx.plans.map((p) => p.canonical)) }
  const name = renderTemplate(ctx.config.release.artifactName, fields, process.env, 'artifact-name').trim()
  if (!name || FORBIDDEN.test(name)) {
    throw new Error(`artifact-name: "${name}" is empty or has a character artifact names cannot hold (" : < > | * ? \\ / or a newline)`)
  }
  return name
}

/** Relative paths of everything that travels: what the manifest names, then the release files. */
export function uploadList(ctx: RunContext): string[] {
  const files = new Set<string>()
  for (const a of ctx.artifacts) {
    files.add(a.file)
    if (a.archive) files.add(a.archive.file)
    for (const sbom of a.sboms ?? []) files.add(sbom.file)
    for (const c of a.companions) files.add(c)
  }
  for (const f of ctx.releaseFiles) files.add(f)
  return [...files].sort()
}

export interface UploadDeps {
  open: () => Promise<ArtifactStore>
  env: Record<string, string | undefined>
}

/** The upload stage's skip reason, or undefined to run. Throws for a missing service when told to. */
export function uploadSkip(ctx: RunContext, env: Record<string, string | undefined>): string | undefined {
  if (!ctx.config.release.upload) return 'upload is false'
  if (ctx.config.mode === 'plan') return `mode is ${ctx.config.mode}`
  const service = artifactService(env)
  if (service.available) return undefined
  if (ctx.config.fanOut.partial) throw new Error(`upload: partial: true needs the artifact service, and there is none: ${service.reason}`)
  if (!service.inActions) return `${service.reason}: the release stays in output-dir`
  const message = `upload: no artifact service: ${service.reason}. The release stays in output-dir; set upload: false to silence this, or upload it with another step`
  if (ctx.config.release.uploadUnavailable === 'error') throw new Error(message)
  core.warning(message)
  return 'no artifact service'
}

export async function uploadRelease(ctx: RunContext, name: string, deps: UploadDeps): Promise<void> {
  const files = uploadList(ctx).map((f) => path.join(ctx.config.outputDir, ...f.split('/')))
  core.info(`Uploading ${files.length} files as artifact ${name}`)
  let uploaded
  try {
    const store = await deps.open()
    uploaded = await store.upload(name, files, ctx.config.outputDir, {
      compressionLevel: ctx.config.release.compressionLevel,
      retentionDays: ctx.config.release.retentionDays
    })
  } catch (error) {
    throw new Error(`upload of artifact "${name}" failed: ${(error as Error).message}`, { cause: error })
  }
  ctx.outputs['artifact-name'] = name
  ctx.outputs['artifact-id'] = String(uploaded.id)
  ctx.outputs['artifact-digest'] = `sha256:${uploaded.digest}`
  const url = artifactUrl(deps.env, uploaded.id)
  if (url) ctx.outputs['artifact-url'] = url
  core.info(`Artifact ${name}: id ${uploaded.id}, ${uploaded.size} bytes, sha256:${uploaded.digest}${url ? `, ${redactUrl(url)}` : ''}`)
}
