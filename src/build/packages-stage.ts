/**
 * The packages stage (build mode, after the cache restore so go list finds restored modules): each
 * path proven to be package main and each pattern expanded to its main packages with `go list`
 * (through the process door, output parsed as untrusted text), the binaries named, duplicates
 * refused, and the plan made again with the real binaries.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import type { Stage } from '../pipeline.js'
import { planChecksumsFile, planTargets } from '../plan-targets.js'
import { GO_LIST_FORMAT, PackagesError, parseGoList, resolveBinaries, type BinarySpec, type ListedPackage } from '../plan/packages.js'
import { runChecked } from '../proc/run.js'
import { unknownSmokeTestNames } from './upx-config.js'
import { listDroppedCgo } from './cgo-check.js'

export const packagesStage: Stage = {
  name: 'packages',
  skip: (ctx) => (ctx.config.mode !== 'build' ? `mode is ${ctx.config.mode}` : undefined),
  async run(ctx) {
    try {
      const binaries = await listBinaries(ctx)
      // the cgo check's go list (the whole import graph) starts once this stage's has ended, beside
      // the first builds, and is reported after them. Not beside this stage's go list: on an empty
      // build cache each would index the standard library's sources on its own (cyclonedx-gomod,
      // cold: 0.9 s of CPU for the two at once against 0.55 s one after the other)
      if (ctx.plans.some((p) => !p.cgo)) ctx.cgoCheck = listDroppedCgo(ctx)
      checkSmokeTestNames(ctx, binaries)
      ctx.plans = planTargets(ctx, binaries)
      ctx.checksumsFile = planChecksumsFile(ctx)
      core.info(`${binaries.length} binar${binaries.length === 1 ? 'y' : 'ies'} per target: ${binaries.map((b) => `${b.name} (${b.package})`).join(', ')}`)
    } catch (error) {
      // whatever refuses the packages, no process outlives the stage that started it
      await ctx.cgoCheck
      throw error
    }
  }
}

export function checkSmokeTestNames(ctx: RunContext, binaries: BinarySpec[]): void {
  const problem = unknownSmokeTestNames(ctx.config.smokeTest, binaries.map((b) => b.name))
  if (problem) throw new PackagesError(problem)
}

/** `go list` for each package spec (untrusted output, parsed strictly), then the named binaries. */
async function listBinaries(ctx: RunContext): Promise<BinarySpec[]> {
  const go = ctx.go
  if (!go) throw new Error('Go is not installed')
  const c = ctx.config
  // one go list per package spec, all at once (each loads the module graph on its own)
  const listed = new Map<string, ListedPackage[]>(
    await Promise.all(
    c.packages.map(async (spec) => {
      const out = await runChecked(
        {
          kind: 'go',
          file: go.go,
          // -buildvcs=false: go list would run git seven times to stamp VCS facts nobody reads here;
          // -find: only the named packages (path, name, directory), not their whole import graph —
          // go build reports a broken import anyway (~20 ms on the fixture, more on large projects)
          args: ['list', '-find', '-buildvcs=false', '-f', GO_LIST_FORMAT, ...(c.tags.length ? ['-tags', c.tags.join(',')] : []), spec.package],
          cwd: c.workingDirectory,
          env: ctx.goEnv
        },
        `${spec.input}: go list ${spec.package}`
      )
      return [spec.package, parseGoList(out.stdout, spec.input)] as const
    })
    )
  )
  return resolveBinaries(c.packages, ctx.project, listed)
}

