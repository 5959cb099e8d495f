/**
 * Builds every planned target in a bounded pool. Each target runs its whole chain — one go build
 * for all its binaries, then the per-binary steps (inspect, smoke-test, compress, hash) and the
 * target's archive — as soon as its build ends, so checking and hashing overlap with the builds
 * still running.
 */
import * as core from '@actions/core'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Artifact, RunContext } from '../context.js'
import { TargetLog } from '../log.js'
import { progress } from '../terminal.js'
import type { TargetPlan } from '../plan/build-plan.js'
import { sha256File } from '../release/checksums.js'
import { parseCompilerMessages, runGoBuild, type CompilerMessage } from './go-build.js'
import { tail } from '../proc/run.js'
import { throwIfCancelled } from '../proc/lifecycle.js'
import { checkBinaryMatchesTarget, inspectBinary } from './inspect.js'
import { runPool, Semaphore } from './pool.js'
import { archiveTarget } from '../release/archive-step.js'
import { buildBatches } from '../plan/packages.js'
import { compressStep, smokeTestStep } from './upx.js'
import { buildInfoStep, sbomFileNames, sbomStep } from '../sbom/steps.js'

export interface TargetStep {
  name: string
  applies?: (ctx: RunContext, artifact: Artifact, plan: TargetPlan) => boolean
  run: (ctx: RunContext, artifact: Artifact, plan: TargetPlan, log: TargetLog) => Promise<void>
}

export class TargetStepError extends Error {}

/** Reads the header and fails the target when it is not what was asked for. */
const inspectStep: TargetStep = {
  name: 'inspect',
  async run(_ctx, artifact, plan, log) {
    const info = await inspectBinary(artifact.path)
    const requireStatic = plan.target.goos === 'linux'
    const problems = checkBinaryMatchesTarget(info, plan.target.goos, plan.target.goarch, { requireStatic })
    artifact.binary = {
      format: info.format,
      os: info.os,
      arch: info.arch,
      description: info.description,
      ...(info.format === 'elf' ? { static: !info.interpreter && !(info.needed?.length ?? 0) } : {})
    }
    log.info(`inspect: ${info.description}`)
    if (problems.length) throw new TargetStepError(`the binary does not match ${plan.canonical}: ${problems.join('; ')}`)
  }
}

/** Hashes what ships, after every step that may rewrite the file. */
const hashStep: TargetStep = {
  name: 'hash',
  async run(_ctx, artifact, _plan, log) {
    const { sha256, size } = await sha256File(artifact.path)
    artifact.sha256 = sha256
    artifact.size = size
    log.info(`sha256 ${sha256}  ${artifact.file} (${size} bytes)`)
  }
}

/**
 * The chain after `go build`, run for each binary, in order: `build-info` reads what the linker
 * wrote before anything may rewrite the binary; steps that rewrite it go before `hash`; `sbom`
 * needs the shipped file's hash. The target's archive follows, once every binary is through.
 */
export const TARGET_STEPS: TargetStep[] = [inspectStep, buildInfoStep, smokeTestStep, compressStep, hashStep, sbomStep]

/** A target that waited for a build place while another failed, under fail-fast: never built. */
class FailFastSkip extends Error {}

/** Where `go build -o dir/` writes a target's binaries before each moves to its planned name. */
const outDirFor = (ctx: RunContext, plan: TargetPlan): string => path.join(ctx.stagingDir, '.go-build', plan.canonical.replace(/\//g, '-'))

export async function buildTargets(ctx: RunContext, plans: TargetPlan[], steps: TargetStep[] = TARGET_STEPS): Promise<void> {
  const go = ctx.go
  if (!go) throw new Error('Go is not installed')
  const messages = new Map<string, { m: CompilerMessage; targets: string[] }>()
  // time spent in each part of the per-target chain, summed over targets (they overlap in the pool)
  const spent = new Map<string, number>()
  const add = (name: string, ms: number): void => void spent.set(name, (spent.get(name) ?? 0) + ms)
  core.info(`Building ${plans.length} target(s), ${Math.min(ctx.config.parallel, plans.length)} at a time`)
  // outside Actions, a live line on a TTY (src/terminal.ts); on Actions these do nothing
  const live = progress()
  live.start(plans.length)

  // `parallel` go builds at once, and beside them up to parallel + 1 targets in their steps (UPX packing,
  // archives, SBOMs): a target being packed never holds back the next go build, and the last packs share
  // the cores instead of one running alone at the end (measured: ADR 0013). Every target enters the pool
  // at once; the two semaphores bound the work.
  const builds = new Semaphore(Math.max(1, ctx.config.parallel))
  const steps_ = new Semaphore(Math.max(1, ctx.config.parallel) + 1)
  let failedOnce = false
  // a failure is noted before its place passes to the next target in line (which checks it)
  const marking =
    <R>(fn: () => Promise<R>) =>
    async (): Promise<R> => {
      try {
        return await fn()
      } catch (error) {
        if (!(error instanceof FailFastSkip)) failedOnce = true
        throw error
      }
    }
  const pool = await runPool(
    plans,
    Math.max(1, plans.length),
    async (plan): Promise<Artifact[]> => {
      const log = new TargetLog(plan.canonical)
      const outputs = plan.binaries.map((b) => path.join(ctx.stagingDir, ...b.file.split('/')))
      const outDir = outDirFor(ctx, plan)
      let started = false
      try {
        // once cancelled, no target starts (the door refuses new processes too)
        throwIfCancelled()
        // go build holds one of `parallel` build places; the steps after it hold a place of their own
        await builds.with(marking(async () => {
          throwIfCancelled()
          // waiting for its place, a target may see another fail: with fail-fast it does not start
          if (ctx.config.failFast && failedOnce) throw new FailFastSkip()
          live.targetStarted()
          started = true
          const extras = ctx.buildExtras ? await ctx.buildExtras(plan) : undefined
          // one go build for every binary of the target: the shared package graph loads and compiles once
          for (const batch of buildBatches(plan.binaries)) {
            const one = plan.binaries.length === 1
            const result = await runGoBuild(plan, {
              go: go.go,
              workingDirectory: ctx.config.workingDirectory,
              packages: batch.map((b) => b.package),
              tags: ctx.config.tags,
              flags: ctx.config.flags,
              output: one ? (outputs[0] as string) : `${outDir}${path.sep}`,
              goEnv: ctx.goEnv,
              extraEnv: extras?.env,
              extraLdflags: extras?.ldflags
            })
            log.info(result.command)
            if (result.stdout.trim()) log.info(result.stdout.trimEnd())
            if (result.stderr.trim()) log.info(result.stderr.trimEnd())
            if (!result.ok) {
              // killed by a cancel: say that, not "exited with -1"
              throwIfCancelled()
              for (const m of parseCompilerMessages(result.stderr, ctx.config.workingDirectory, ctx.config.runner.workspace)) {
                const key = `${m.file}:${m.line}:${m.column ?? ''}:${m.message}`
                const entry = messages.get(key) ?? { m, targets: [] }
                entry.targets.push(plan.canonical)
                messages.set(key, entry)
              }
              throw new TargetStepError(`go build exited with ${result.exitCode}:\n${tail(result.stderr || result.stdout)}`)
            }
            log.info(`built ${batch.length > 1 ? `${batch.length} binaries ` : ''}in ${(result.ms / 1000).toFixed(1)} s`)
            add('go-build', result.ms)
            if (!one) {
              for (const b of batch) {
                const dest = path.join(ctx.stagingDir, ...b.file.split('/'))
                await mkdir(path.dirname(dest), { recursive: true })
                await rename(path.join(outDir, b.goName), dest).catch((e: NodeJS.ErrnoException) => {
                  throw new TargetStepError(
                    e.code === 'ENOENT' ? `go build wrote no ${b.goName} for ${b.package} (${b.name}); is it a main package?` : `moving ${b.goName} to ${b.file}: ${e.message}`,
                    { cause: e }
                  )
                })
              }
            }
          }
        }))
        const artifacts = await steps_.with(marking(async () => {
          throwIfCancelled()
          const done: Artifact[] = []
          for (const [i, b] of plan.binaries.entries()) {
            const artifact: Artifact = {
              target: plan.target,
              canonical: plan.canonical,
              binaryName: b.name,
              package: b.package,
              file: b.file,
              path: outputs[i] as string,
              size: 0,
              sha256: '',
              cgo: plan.cgo,
              extensions: ctx.cToolchains?.get(plan.canonical) ? { cToolchain: ctx.cToolchains.get(plan.canonical) } : {},
              companions: []
            }
            const blog = plan.binaries.length > 1 ? log.child(b.name) : log
            for (const step of steps) {
              if (step.applies && !step.applies(ctx, artifact, plan)) continue
              const stepStarted = performance.now()
              try {
                await step.run(ctx, artifact, plan, blog)
                add(step.name, performance.now() - stepStarted)
              } catch (error) {
                throw new TargetStepError(`${plan.binaries.length > 1 ? `${b.name}: ` : ''}${step.name}: ${(error as Error).message}`, { cause: error })
              }
            }
            done.push(artifact)
          }
          if (plan.archive) {
            const started = performance.now()
            try {
              await archiveTarget(ctx, plan, done, log)
              add('archive', performance.now() - started)
            } catch (error) {
              throw new TargetStepError(`archive: ${(error as Error).message}`, { cause: error })
            }
          }
          return done
        }))
        log.flush('✔')
        live.targetEnded(true)
        return artifacts
      } catch (error) {
        if (error instanceof FailFastSkip) throw error
        for (const output of outputs) await rm(output, { force: true })
        for (const b of plan.binaries) for (const f of sbomFileNames(b.file, ctx.config.release.sbom)) await rm(path.join(ctx.stagingDir, ...f.split('/')), { force: true })
        if (plan.archive) await rm(path.join(ctx.stagingDir, ...plan.archive.file.split('/')), { force: true })
        // the step's final error lists every failed target; an annotation per target would repeat it
        log.info(`✘ ${(error as Error).message}`)
        log.flush('✘')
        if (!started) live.targetStarted()
        live.targetEnded(false)
        throw error
      } finally {
        await rm(outDir, { recursive: true, force: true })
      }
    }
  ).finally(() => live.stop())
  await rm(path.join(ctx.stagingDir, '.go-build'), { recursive: true, force: true })

  for (const { m, targets } of messages.values()) {
    core.error(`${m.message} (${targets.length === plans.length ? 'every target' : targets.join(', ')})`, {
      title: 'go build',
      file: m.file,
      startLine: m.line,
      startColumn: m.column
    })
  }
  for (const [name, ms] of spent) ctx.timings.push({ name: `build-${name.replace(/^go-build$/, 'go')}`, ms, skipped: false, perTarget: true })
  pool.results.forEach((r, i) => {
    const plan = plans[i] as TargetPlan
    if (r.ok) ctx.artifacts.push(...r.value)
    else if ('skipped' in r || r.error instanceof FailFastSkip) ctx.failures.push({ target: plan.canonical, message: 'not built: fail-fast stopped the run after an earlier failure' })
    else ctx.failures.push({ target: plan.canonical, message: (r.error as Error).message })
  })
}
