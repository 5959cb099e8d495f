/** The plan stage's call into the pure planner, shared with merge (which re-plans with the partials' binaries). */
import { cgoFor } from './build/cgo.js'
import type { RunContext } from './context.js'
import { planBuilds } from './plan/build-plan.js'
import { planChecksumsName } from './plan/checksums-name.js'
import type { BinarySpec } from './plan/packages.js'

/** The plan for every target, with these binaries: names, archives, ldflags (pure). */
export function planTargets(ctx: RunContext, binaries: BinarySpec[]): RunContext['plans'] {
  const c = ctx.config
  return planBuilds(
    {
      targets: c.targets,
      binaries,
      filename: c.filename,
      ldflags: c.ldflags,
      cgoFor: (t) => cgoFor(c.cgo, t),
      env: process.env,
      archive: c.release.archive,
      archiveName: c.release.archiveName
    },
    ctx.project
  )
}


/**
 * The checksum file's name (checksums-name) for the current plans: checked against every binary,
 * archive and directory they write. Called wherever the plans are made again (packages, merge).
 */
export function planChecksumsFile(ctx: RunContext): string {
  return planChecksumsName(
    ctx.config.release.checksumsName,
    ctx.project,
    process.env,
    ctx.plans.flatMap((p) => [...p.binaries.map((b) => b.file), ...(p.archive ? [p.archive.file] : [])])
  )
}
