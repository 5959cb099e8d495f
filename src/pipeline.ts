/**
 * The ordered stages of a run. Each stage is `{ name, skip?, run }`; the runner wraps it in a log
 * group, logs skips (a skip is never a failure) and times it for the summary. Stages share only
 * the RunContext.
 */
import * as core from '@actions/core'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileOps } from './fs-retry.js'
import path from 'node:path'
import semver from 'semver'
import { buildTargets } from './build/build-targets.js'
import type { RunContext } from './context.js'
import { projectTemplateFields } from './plan/build-plan.js'
import { planChecksumsFile, planTargets } from './plan-targets.js'
import { placeholderBinaries, resolveBinaries } from './plan/packages.js'
import { checkSmokeTestNames, packagesStage } from './build/packages-stage.js'
import { buildMatrix } from './plan/matrix.js'
import { unsupportedTargets } from './plan/go-support.js'
import { renderTemplate } from './plan/template.js'
import { readGoDirectives } from './plan/version-file.js'
import { defaultName, readProject } from './project.js'
import { formatSha256Sums } from './release/checksums.js'
import { buildManifest, buildSettings, formatManifest, MANIFEST_FILE } from './release/manifest.js'
import { checkOutputDir, publishOutputDir } from './release/output-dir.js'
import { formatSize, writeSummary, type SummaryColumn } from './release/summary.js'
import { resolveArchiveFiles } from './release/archive-files.js'
import { renderArtifactName, uploadRelease, uploadSkip } from './release/upload.js'
import { mergePartials, partialName } from './release/merge.js'
import { artifactService } from './services/github-env.js'
import { restoreGoCache } from './build/go-cache.js'
import { checkCgoTargets, setupCToolchain } from './build/cgo.js'
import { warnDroppedCgo } from './build/cgo-check.js'
import { compilerGc, jobMemory } from './build/compiler-gc.js'
import { hostResources } from './inputs.js'
import { ToolArchiveCache } from './tools/archive-cache.js'
import { installGo, pinGoVersion } from './tools/go.js'
import type { Target } from './plan/targets.js'
import { installUpx } from './tools/upx.js'
import { signingSetupStage, signStage } from './release/sign/stages.js'
import { coreLog } from './log.js'
import { runChecked } from './proc/run.js'
import { throwIfCancelled } from './proc/lifecycle.js'
import { byteChangingGoEnv } from './proc/env.js'
import { publishReleaseStage, releaseCheckStage } from './publish/stages.js'

export interface Stage {
  name: string
  /** A reason to skip, or undefined to run. */
  skip?: (ctx: RunContext) => string | undefined
  /** false for stages that print their own groups (targets build in parallel, each in its group). */
  grouped?: boolean
  run: (ctx: RunContext) => Promise<void>
}

export class PipelineError extends Error {}

const onlyIn =
  (...modes: RunContext['config']['mode'][]) =>
  (ctx: RunContext): string | undefined =>
    modes.includes(ctx.config.mode) ? undefined : `mode is ${ctx.config.mode}`

export const STAGES: Stage[] = [
  // Everything decidable from inputs: project facts, names, ldflags, the matrix. No downloads yet.
  {
    name: 'plan',
    async run(ctx) {
      const c = ctx.config
      const facts = await readProject({ workingDirectory: c.workingDirectory, version: c.version, env: process.env, warn: (m) => core.warning(m) })
      const fieldsForName = projectTemplateFields({ ...facts, name: defaultName(facts.module) })
      const name = c.name ? renderTemplate(c.name, fieldsForName, process.env, 'name') : defaultName(facts.module)
      if (!name) throw new PipelineError('name: there is no go.mod module to take a name from; set the name input')
      ctx.project = { ...facts, name }
      checkCgoTargets(c.cgo, c.targets, { mode: c.mode, partial: c.fanOut.partial, runnerPlatform: c.runner.platform })
      // patterns (./cmd/...) become binaries once go list has run (the packages stage); until then
      // a stand-in per pattern lets every template and name rule be checked now
      const patterns = c.packages.some((p) => p.pattern)
      const binaries = patterns ? placeholderBinaries(c.packages, ctx.project) : resolveBinaries(c.packages, ctx.project)
      if (!patterns) checkSmokeTestNames(ctx, binaries)
      ctx.plans = planTargets(ctx, binaries)
      ctx.checksumsFile = planChecksumsFile(ctx)
      if (c.release.archive !== 'none') {
        ctx.archiveExtras = await resolveArchiveFiles(c.workingDirectory, c.release.archiveFiles, {
          outputDir: c.outputDir,
          warn: c.release.archiveFilesDefault ? undefined : (m) => core.warning(m)
        })
      }
      // mode: plan writes it once its Go version is pinned (the go-version stage)
      if (c.mode !== 'plan') ctx.outputs.matrix = matrixOutput(ctx)
      ctx.outputs.version = ctx.project.version
      core.info(`${name} ${ctx.project.version}${ctx.project.commit ? ` at ${ctx.project.shortCommit}` : ''}: ${ctx.plans.length} target(s)`)
      for (const p of ctx.plans) core.info(`  ${p.canonical.padEnd(22)} → ${p.binaries.map((b) => b.file).join(', ')}${p.archive ? `, ${p.archive.file}` : ''}`)
      if (ctx.project.dirty.length) {
        core.warning(
          `the checkout has uncommitted changes (${ctx.project.dirty.slice(0, 5).join(', ')}${ctx.project.dirty.length > 5 ? ', …' : ''}); ` +
            'Go stamps vcs.modified=true into the binaries, so they will differ from a build of the clean commit'
        )
      }
      if (c.fanOut.partial && c.goVersion.spec.kind !== 'exact') {
        core.warning(
          `partial: true with a Go request that is not one exact version (${c.goVersion.spec.raw}, ${c.goVersion.origin}): each build job resolves it on its own runner, and merge refuses partials built with different Go versions; pass mode: plan's pinned version (go-version: \${{ matrix.go-version }})`
        )
      }
      if (c.mode !== 'plan') await checkOutputDir(c.outputDir, c.runner.workspace)
      if (c.mode !== 'plan' && c.release.upload) renderArtifactName(ctx)
    }
  },
  // release: the tag, token and repository known, the token can read it, an immutable release matches. No downloads yet.
  releaseCheckStage,
  // Keys parsed and unlocked, OIDC token fetched, a probe signed: bad keys fail before any build.
  signingSetupStage,
  // mode: plan — one exact Go version from the release index (or mirror), pinned in every matrix entry.
  {
    name: 'go-version',
    skip: onlyIn('plan'),
    async run(ctx) {
      const c = ctx.config
      const version = await pinGoVersion({ spec: c.goVersion.spec, origin: c.goVersion.origin, baseUrl: c.goDownloadBaseUrl, log: coreLog })
      // every build job would fail on it after its download: fail once, here
      const tooOld = await goModProblem(ctx, version)
      if (tooOld) throw new PipelineError(`go-version: ${tooOld}`)
      ctx.goVersion = version
      ctx.outputs['go-version'] = version
      ctx.outputs.matrix = matrixOutput(ctx, version)
      core.info(`matrix: ${ctx.outputs.matrix}`)
    }
  },
  // Go through the tool cache (or PATH, or a verified download), then this Go's own port list.
  {
    name: 'go',
    skip: onlyIn('build'),
    async run(ctx) {
      const c = ctx.config
      await mkdir(c.runner.temp, { recursive: true })
      if (!cacheSkip(ctx)) {
        ctx.toolArchiveCache = new ToolArchiveCache(async () => (await import('./services/cache.js')).openCacheStore())
      }
      ctx.go = await installGo({
        archiveCache: ctx.toolArchiveCache,
        spec: c.goVersion.spec,
        origin: c.goVersion.origin,
        checkLatest: c.checkLatest,
        baseUrl: c.goDownloadBaseUrl,
        tempDir: c.runner.temp,
        log: coreLog
      })
      ctx.goEnv.GOTOOLCHAIN = 'local'
      // the compiler's and linker's GC: fewer collections, capped per process by the runner's memory (ADR 0013)
      const host = hostResources()
      const gc = compilerGc(process.env, { totalBytes: jobMemory(host.totalBytes, process.constrainedMemory()), cpus: host.cpus }, c.parallel)
      Object.assign(ctx.goEnv, gc.env)
      core.info(gc.reason)
      ctx.buildEnv = byteChangingGoEnv(process.env)
      for (const [k, v] of Object.entries(ctx.buildEnv)) core.info(`${k}=${v} from the job's environment applies to every build; manifest.json records it (build.env)`)
      ctx.goVersion = ctx.go.version
      ctx.outputs['go-version'] = ctx.go.version
      await checkTargetsAgainstGo(ctx)
    }
  },
  // The cross C toolchain the cgo targets need (zig, musl-cross or the runner's own), and their CC.
  {
    name: 'c-toolchain',
    skip: (ctx) => (ctx.config.mode !== 'build' ? `mode is ${ctx.config.mode}` : !ctx.plans.some((p) => p.cgo) ? 'no cgo targets' : undefined),
    run: setupCToolchain
  },
  // UPX through the tool cache (upx: true), before the first target needs it.
  {
    name: 'upx',
    skip: (ctx) => (ctx.config.mode !== 'build' ? `mode is ${ctx.config.mode}` : !ctx.config.upx.enabled ? 'upx is false' : undefined),
    async run(ctx) {
      const u = ctx.config.upx
      ctx.upx = await installUpx({
        version: u.version,
        sha256: u.sha256,
        baseUrl: u.baseUrl,
        tempDir: ctx.config.runner.temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      })
      ctx.outputs['upx-version'] = ctx.upx.version
    }
  },
  // The Go build and module caches from the Actions cache (saved again by the post step).
  {
    name: 'cache',
    skip: cacheSkip,
    async run(ctx) {
      const { openCacheStore } = await import('./services/cache.js')
      await restoreGoCache(ctx, await openCacheStore())
    }
  },
  // Main packages: paths proven package main, patterns expanded (go list, after the cache restore), binaries named, the plan made again.
  packagesStage,
  // go build for every target in a bounded pool (one go build per target, all its binaries at once); inspect and hash each as soon as it is built.
  // The cgo check's `go list` (started by the packages stage, after the cache restore, so it finds
  // the restored modules) then warns about dependencies whose cgo files CGO_ENABLED=0 drops: stubs
  // that fail at run time.
  {
    name: 'build',
    skip: onlyIn('build'),
    grouped: false,
    async run(ctx) {
      await mkdir(ctx.stagingDir, { recursive: true })
      try {
        await buildTargets(ctx, ctx.plans)
      } finally {
        const dropped = await ctx.cgoCheck
        if (dropped) warnDroppedCgo(ctx, dropped)
      }
      if (ctx.failures.length) {
        throw new PipelineError(
          `${ctx.failures.length} of ${ctx.plans.length} target(s) failed:\n${ctx.failures.map((f) => `  ${f.target}: ${f.message}`).join('\n')}`
        )
      }
    }
  },
  // mode merge: this run's partial artifacts, each proven against its manifest, become the artifacts.
  {
    name: 'merge',
    skip: onlyIn('merge'),
    async run(ctx) {
      const service = artifactService(process.env)
      if (!service.available) throw new PipelineError(`mode: merge needs the artifact service, and there is none: ${service.reason}`)
      const { openArtifactStore } = await import('./services/artifact.js')
      await mkdir(ctx.stagingDir, { recursive: true })
      const work = path.join(ctx.config.runner.temp, `go-xbuild-partials-${path.basename(ctx.stagingDir)}`)
      ctx.cleanups.push(() => fileOps.rm(work, { recursive: true, force: true }))
      ctx.mergedPartials = await mergePartials(ctx, await openArtifactStore(), work)
    }
  },
  // The checksum file (checksums-name, SHA256SUMS by default) over every file that ships, in coreutils format.
  {
    name: 'checksums',
    skip: onlyIn('build', 'merge'),
    async run(ctx) {
      const text = formatSha256Sums(shippedFiles(ctx.artifacts))
      await writeFile(path.join(ctx.stagingDir, ctx.checksumsFile), text)
      ctx.releaseFiles.push(ctx.checksumsFile)
    }
  },
  // Signatures beside every artifact and SHA256SUMS (sigstore bundles, cosign .sig, gpg .asc), attestations.
  signStage,
  // manifest.json: the project, the Go, the flags, and every artifact with its hash.
  {
    name: 'manifest',
    skip: onlyIn('build', 'merge'),
    async run(ctx) {
      const c = ctx.config
      const p = ctx.project
      const manifest = buildManifest({
        project: { name: p.name, module: p.module, version: p.version, tag: p.tag, commit: p.commit, commitDate: p.commitDate },
        go: { version: ctx.goVersion ?? '' },
        build: { ...buildSettings(c), ...(ctx.buildEnv && Object.keys(ctx.buildEnv).length ? { env: ctx.buildEnv } : {}) },
        checksums: ctx.checksumsFile,
        artifacts: ctx.artifacts,
        releaseFiles: ctx.releaseFiles
      })
      await writeFile(path.join(ctx.stagingDir, MANIFEST_FILE), formatManifest(manifest))
      ctx.releaseFiles.push(MANIFEST_FILE)
    }
  },
  // The staging directory becomes output-dir, whole, with the commit's timestamps.
  {
    name: 'output',
    skip: onlyIn('build', 'merge'),
    async run(ctx) {
      const c = ctx.config
      await publishOutputDir(ctx.stagingDir, c.outputDir, ctx.project.commitTimestamp, c.runner.workspace)
      ctx.published = true
      ctx.outputs['output-dir'] = c.outputDir
      ctx.outputs.manifest = path.join(c.outputDir, MANIFEST_FILE)
      ctx.outputs.checksums = path.join(c.outputDir, ctx.checksumsFile)
      ctx.outputs.artifacts = JSON.stringify(
        ctx.artifacts.map((a) => ({
          target: a.canonical,
          binary: a.binaryName,
          file: a.file,
          path: path.join(c.outputDir, ...a.file.split('/')),
          size: a.size,
          sha256: a.sha256,
          ...(a.archive ? { archive: { ...a.archive, path: path.join(c.outputDir, ...a.archive.file.split('/')) } } : {}),
          ...(a.sboms?.length ? { sboms: a.sboms.map((s) => ({ ...s, path: path.join(c.outputDir, ...s.file.split('/')) })) } : {})
        }))
      )
      const archives = new Set(ctx.artifacts.flatMap((a) => (a.archive ? [a.archive.file] : []))).size
      const sboms = ctx.artifacts.reduce((n, a) => n + (a.sboms?.length ?? 0), 0)
      core.info(
        `Wrote ${ctx.artifacts.length} binaries${archives ? `, ${archives} archives` : ''}${sboms ? `, ${sboms} SBOMs` : ''}, ${ctx.checksumsFile} and ${MANIFEST_FILE} to ${c.outputDir}`
      )
    }
  },
  // One workflow artifact with everything the manifest names, SHA256SUMS and manifest.json.
  {
    name: 'upload',
    skip: (ctx) => uploadSkip(ctx, process.env),
    async run(ctx) {
      const { openArtifactStore } = await import('./services/artifact.js')
      const name = ctx.config.fanOut.partial ? partialName(ctx) : renderArtifactName(ctx)
      await uploadRelease(ctx, name, { open: openArtifactStore, env: process.env })
    }
  },
  // release: draft first, every asset uploaded and verified, then published with one update.
  publishReleaseStage,
  // mode merge with delete-partials: the partial artifacts go once the merged one is uploaded.
  {
    name: 'delete-partials',
    skip: (ctx) => (ctx.config.mode !== 'merge' ? `mode is ${ctx.config.mode}` : !ctx.config.fanOut.deletePartials ? 'delete-partials is false' : undefined),
    async run(ctx) {
      const { openArtifactStore } = await import('./services/artifact.js')
      const store = await openArtifactStore()
      for (const a of ctx.mergedPartials ?? []) {
        await store.delete(a.name).catch((e: Error) => core.warning(`delete-partials: ${a.name} was not deleted: ${e.message}`))
        core.info(`Deleted partial artifact ${a.name}`)
      }
    }
  }
]

/** The fan-out matrix: darwin cgo targets on macos-runs-on; with mode: plan's Go version in every entry. */
function matrixOutput(ctx: RunContext, goVersion?: string): string {
  const needsMacOS = (t: Target): boolean => t.goos === 'darwin' && ctx.plans.some((p) => p.cgo && p.target === t)
  return JSON.stringify(buildMatrix(ctx.config.targets, { ...ctx.config.fanOut, needsMacOS, ...(goVersion ? { goVersion } : {}) }))
}

function cacheSkip(ctx: RunContext): string | undefined {
  if (!ctx.config.release.cache) return 'cache is false'
  if (ctx.config.mode !== 'build') return `mode is ${ctx.config.mode}`
  const env = process.env
  if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) return 'no Actions cache service in this run'
  return undefined
}

const UPX_COLUMN: SummaryColumn = {
  header: 'UPX',
  cell: (ext) => {
    const u = ext.upx as { packed: boolean; sizeBefore: number; sizeAfter?: number; reason?: string } | undefined
    if (!u) return ''
    if (!u.packed) return `unpacked: ${u.reason ?? ''}`
    return `${formatSize(u.sizeBefore)} → ${formatSize(u.sizeAfter ?? 0)} (${((100 * (u.sizeAfter ?? 0)) / u.sizeBefore).toFixed(1)} %)`
  }
}

/** Every file SHA256SUMS covers: each binary, its SBOMs and, when archives are on, each target's archive (once, whatever its binaries). */
export function shippedFiles(artifacts: RunContext['artifacts']): Array<{ file: string; sha256: string }> {
  const out = new Map<string, { file: string; sha256: string }>()
  for (const a of artifacts) {
    out.set(a.file, { file: a.file, sha256: a.sha256 })
    for (const s of a.sboms ?? []) out.set(s.file, { file: s.file, sha256: s.sha256 })
    if (a.archive && !out.has(a.archive.file)) out.set(a.archive.file, { file: a.archive.file, sha256: a.archive.sha256 })
  }
  return [...out.values()]
}

/** Targets this Go cannot build: a port it lacks (`go tool dist list`) or a variant newer than it. */
async function checkTargetsAgainstGo(ctx: RunContext): Promise<void> {
  const go = ctx.go
  if (!go) return
  const out = await runChecked({ kind: 'go', file: go.go, args: ['tool', 'dist', 'list'], env: ctx.goEnv }, 'go tool dist list')
  const problems = unsupportedTargets(go.version, out.stdout.split('\n').map((l) => l.trim()), ctx.config.targets)
  const tooOld = await goModProblem(ctx, go.version)
  if (tooOld) problems.push(tooOld)
  if (problems.length) throw new PipelineError(`targets: ${problems.join('\n  ')}`)
}

/** go.mod's `go` line against a Go version: a message when the version is older, else undefined. */
async function goModProblem(ctx: RunContext, version: string): Promise<string | undefined> {
  const mod = await readFile(path.join(ctx.project.moduleDir, 'go.mod'), 'utf8').catch(() => undefined)
  const need = mod ? readGoDirectives(mod).go : undefined
  const needSemver = need ? semver.coerce(need)?.version : undefined
  return needSemver && semver.lt(version, needSemver) ? `go.mod requires go ${need}, but Go is ${version}; set go-version to ${need} or newer` : undefined
}

export async function runStages(ctx: RunContext, stages: Stage[] = STAGES): Promise<void> {
  for (const stage of stages) {
    // a cancel stops the run between stages (and the door refuses new processes within one)
    throwIfCancelled()
    const reason = stage.skip?.(ctx)
    if (reason) {
      core.info(`${stage.name}: skipped (${reason})`)
      ctx.timings.push({ name: stage.name, ms: 0, skipped: true })
      continue
    }
    const started = performance.now()
    const grouped = stage.grouped !== false
    if (grouped) core.startGroup(stage.name)
    try {
      await stage.run(ctx)
    } finally {
      if (grouped) core.endGroup()
      ctx.timings.push({ name: stage.name, ms: performance.now() - started, skipped: false })
    }
  }
}

export async function report(ctx: RunContext): Promise<void> {
  for (const [k, v] of Object.entries(ctx.outputs)) core.setOutput(k, v)
  if (ctx.config.summary && process.env.GITHUB_STEP_SUMMARY) await writeSummary(ctx, ctx.config.upx.enabled ? [UPX_COLUMN] : [])
}
