/**
 * Builds every planned target in a bounded pool. Each target runs its whole chain — go build, then
 * the per-target steps (inspect, compress, hash …) — as soon as its build ends, so checking and
 * hashing overlap with the builds still running.
 */
import * as core from '@actions/core'
import { rm } from 'node:fs/promises'
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
import { runPool } from './pool.js'
import { archiveStep } from '../release/archive-step.js'
import { compressStep, smokeTestStep } from './upx.js'

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

/** The chain after `go build`, in order: steps that rewrite the binary go before `hash`. */
export const TARGET_STEPS: TargetStep[] = [inspectStep, smokeTestStep, compressStep, hashStep, archiveStep]

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

  const pool = await runPool(
    plans,
    ctx.config.parallel,
    async (plan) => {
      const log = new TargetLog(plan.canonical)
      const output = path.join(ctx.stagingDir, ...plan.file.split('/'))
      live.targetStarted()
      try {
        // once cancelled, no target starts (the door refuses new processes too)
        throwIfCancelled()
        const extras = ctx.buildExtras ? await ctx.buildExtras(plan) : undefined
        const result = await runGoBuild(plan, {
          go: go.go,
          workingDirectory: ctx.config.workingDirectory,
          package: ctx.config.package,
          tags: ctx.config.tags,
          flags: ctx.config.flags,
          output,
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
        log.info(`built in ${(result.ms / 1000).toFixed(1)} s`)
        add('go-build', result.ms)
        const artifact: Artifact = {
          target: plan.target,
          canonical: plan.canonical,
          file: plan.file,
          path: output,
          size: 0,
          sha256: '',
          cgo: plan.cgo,
          extensions: ctx.cToolchains?.get(plan.canonical) ? { cToolchain: ctx.cToolchains.get(plan.canonical) } : {},
          companions: []
        }
        for (const step of steps) {
          if (step.applies && !step.applies(ctx, artifact, plan)) continue
          const stepStarted = performance.now()
          try {
            await step.run(ctx, artifact, plan, log)
            add(step.name, performance.now() - stepStarted)
          } catch (error) {
            throw new TargetStepError(`${step.name}: ${(error as Error).message}`, { cause: error })
          }
        }
        log.flush('✔')
        live.targetEnded(true)
        return artifact
      } catch (error) {
        await rm(output, { force: true })
        if (plan.archive) await rm(path.join(ctx.stagingDir, ...plan.archive.file.split('/')), { force: true })
        // the step's final error lists every failed target; an annotation per target would repeat it
        log.info(`✘ ${(error as Error).message}`)
        log.flush('✘')
        live.targetEnded(false)
        throw error
      }
    },
    { failFast: ctx.config.failFast }
  ).finally(() => live.stop())

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
    if (r.ok) ctx.artifacts.push(r.value)
    else if ('skipped' in r) ctx.failures.push({ target: plan.canonical, message: 'not built: fail-fast stopped the run after an earlier failure' })
    else ctx.failures.push({ target: plan.canonical, message: (r.error as Error).message })
  })
}
