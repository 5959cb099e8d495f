/** The per-target archive; the extra files every archive carries are resolved in src/release/archive-files.ts. */
import path from 'node:path'
import type { Artifact, RunContext } from '../context.js'
import type { TargetLog } from '../log.js'
import type { TargetPlan } from '../plan/build-plan.js'
import { writeArchive } from './archive.js'

/**
 * Packs every binary of the target (under its plain name, executable) and the extra files, once
 * every binary has been through the steps that change it. A planned binary that did not arrive
 * fails the target: an archive never ships short of one.
 */
export async function archiveTarget(ctx: RunContext, plan: TargetPlan, artifacts: Artifact[], log: TargetLog): Promise<void> {
  const spec = plan.archive
  if (!spec) return
  const extras = ctx.archiveExtras
  const entries = plan.binaries.map((b) => {
    const artifact = artifacts.find((a) => a.binaryName === b.name)
    if (!artifact) throw new Error(`${spec.file} would lack the binary ${b.name} (${b.package}), which was not built`)
    const clash = extras.find((e) => e.name.toLowerCase() === b.archiveName.toLowerCase())
    if (clash) throw new Error(`archive-files: "${clash.name}" clashes with the binary ${b.name}'s name in the archive`)
    return { name: b.archiveName, source: artifact.path, mode: 0o755 }
  })
  const dest = path.join(ctx.stagingDir, ...spec.file.split('/'))
  const written = await writeArchive(spec.format, dest, [...entries, ...extras.map((e) => ({ ...e, mode: 0o644 }))], ctx.project.commitTimestamp)
  // one record, shared by the target's artifacts: every binary's manifest entry names its archive
  const archive = { file: spec.file, format: spec.format, ...written }
  for (const a of artifacts) a.archive = archive
  log.info(`archive: ${spec.file} (${plan.binaries.length} binar${plan.binaries.length === 1 ? 'y' : 'ies'}, ${written.size} bytes, sha256 ${written.sha256})`)
}
