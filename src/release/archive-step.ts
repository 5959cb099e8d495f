/** The per-target archive step; the extra files every archive carries are resolved in src/release/archive-files.ts. */
import path from 'node:path'
import type { TargetStep } from '../build/build-targets.js'
import { writeArchive } from './archive.js'

/** Packs the binary (under its plain name, executable) and the extra files. Runs after every step that changes the binary. */
export const archiveStep: TargetStep = {
  name: 'archive',
  applies: (_ctx, _artifact, plan) => plan.archive !== undefined,
  async run(ctx, artifact, plan, log) {
    const spec = plan.archive as NonNullable<typeof plan.archive>
    const extras = ctx.archiveExtras
    if (extras.some((e) => e.name === spec.binaryName)) {
      throw new Error(`archive-files: "${spec.binaryName}" clashes with the binary's name in the archive`)
    }
    const dest = path.join(ctx.stagingDir, ...spec.file.split('/'))
    const written = await writeArchive(
      spec.format,
      dest,
      [{ name: spec.binaryName, source: artifact.path, mode: 0o755 }, ...extras.map((e) => ({ ...e, mode: 0o644 }))],
      ctx.project.commitTimestamp
    )
    artifact.archive = { file: spec.file, format: spec.format, ...written }
    log.info(`archive: ${spec.file} (${written.size} bytes, sha256 ${written.sha256})`)
  }
}
