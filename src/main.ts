/**
 * Reads the inputs, runs the stages, reports. `core.setFailed` happens here and nowhere else.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from './context.js'
import { envInputReader, readConfig, type Config } from './inputs.js'
import { report, runStages, STAGES } from './pipeline.js'
import { CACHE_SAVE_STATE } from './build/go-cache.js'
import { redactUrls } from './url.js'

export function newContext(config: Config): RunContext {
  return {
    config,
    project: {
      module: '',
      moduleDir: config.workingDirectory,
      name: '',
      version: '',
      tag: '',
      commit: '',
      shortCommit: '',
      commitDate: '',
      commitTimestamp: 0,
      dirty: []
    },
    goEnv: {},
    plans: [],
    archiveExtras: [],
    cacheExtraPaths: [],
    cacheKeyExtra: [],
    stagingDir: path.join(config.runner.temp, `go-xbuild-staging-${randomUUID()}`),
    artifacts: [],
    failures: [],
    releaseFiles: [],
    timings: [],
    outputs: {},
    published: false,
    cleanups: []
  }
}

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  let ctx: RunContext | undefined
  try {
    const config = await readConfig(envInputReader(env), env)
    // @actions/tool-cache reads these two itself; outside a runner they are not set
    process.env.RUNNER_TEMP ||= config.runner.temp
    process.env.RUNNER_TOOL_CACHE ||= config.runner.toolCache
    ctx = newContext(config)
    await runStages(ctx, STAGES)
    await report(ctx)
    // the post step saves the caches only after a run that got this far
    core.saveState(CACHE_SAVE_STATE, 'true')
  } catch (error) {
    if (ctx) await report(ctx).catch((e: Error) => core.warning(`could not write the job summary: ${e.message}`))
    // a last guard: no URL credential or token in the failure, whichever layer wrote the message
    core.setFailed(redactUrls(describeError(error)))
  } finally {
    for (const cleanup of ctx?.cleanups.reverse() ?? []) await cleanup().catch((e: Error) => core.warning(`cleanup failed: ${e.message}`))
    if (ctx && !ctx.published) await rm(ctx.stagingDir, { recursive: true, force: true })
  }
}

/** The message, then each cause's, so a rethrown error keeps its context. */
export function describeError(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const message = e instanceof Error ? e.message : String(e)
    if (!parts.some((p) => p.includes(message))) parts.push(message)
  }
  return parts.join('\n  caused by: ')
}
