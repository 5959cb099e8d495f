/**
 * Reads the inputs, runs the stages, reports. `core.setFailed` happens here and nowhere else —
 * including for a cancel: SIGINT/SIGTERM stop the children, run every cleanup and exit non-zero.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { RunContext } from './context.js'
import { envInputReader, readConfig, type Config } from './inputs.js'
import { report, runStages, STAGES } from './pipeline.js'
import { CACHE_SAVE_STATE } from './build/go-cache.js'
import { redactUrls } from './url.js'
import { DEFAULT_CHECKSUMS_NAME } from './plan/checksums-name.js'
import { cancelled, CancelledError, handleCancellation, registerCleanup, runCleanups } from './proc/lifecycle.js'
import { recordLeftover } from './proc/leftovers.js'
import { rememberSecrets } from './proc/run.js'
import { forgetSecretInputs } from './release/sign/config.js'
import { fileOps } from './fs-retry.js'

/** How long children get after SIGTERM before SIGKILL on a cancel (the runner waits ~7.5 s in all). */
export const CANCEL_GRACE_MS = 3000

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
    checksumsFile: DEFAULT_CHECKSUMS_NAME,
    releaseFiles: [],
    timings: [],
    outputs: {},
    published: false,
    cleanups: []
  }
}

export interface RunOptions {
  /** Install the SIGINT/SIGTERM handler (the action does; tests that call run() in-process do not). */
  handleSignals?: boolean
  /** How a cancelled run ends (process.exit in the action). */
  exit?: (code: number) => void
}

export async function run(env: Record<string, string | undefined> = process.env, opts: RunOptions = {}): Promise<void> {
  let ctx: RunContext | undefined
  const release = opts.handleSignals
    ? handleCancellation({
        graceMs: CANCEL_GRACE_MS,
        onSignal: (signal) => core.info(`go-xbuild: ${signal} received: starting no more work, stopping the running processes, cleaning up`),
        onDone: (signal, failures) => {
          for (const f of failures) core.warning(`cleanup failed: ${f}`)
          core.setFailed(`go-xbuild was cancelled (${signal}); running processes were stopped and temporary files removed`)
          ;(opts.exit ?? process.exit)(1)
        }
      })
    : undefined
  try {
    const config = await readConfig(envInputReader(env), env)
    // no inherited variable may carry a secret input's value to a child process
    rememberSecrets([config.sign.signingKey, config.sign.signingPassword, config.sign.gpgPrivateKey, config.sign.gpgPassphrase, config.sign.githubToken, config.githubRelease.token])
    forgetSecretInputs(process.env)
    // @actions/tool-cache reads these two itself; outside a runner they are not set
    process.env.RUNNER_TEMP ||= config.runner.temp
    process.env.RUNNER_TOOL_CACHE ||= config.runner.toolCache
    const c = newContext(config)
    ctx = c
    // the stages' cleanups and the staging directory, reachable from the signal handler too;
    // the post step removes the staging directory if this process is killed before it can
    const forgetStaging = recordLeftover('dirs', c.stagingDir)
    registerCleanup('staging directory', async () => {
      for (const cleanup of c.cleanups.splice(0).reverse()) await cleanup().catch((e: Error) => core.warning(`cleanup failed: ${e.message}`))
      if (!c.published) await fileOps.rm(c.stagingDir, { recursive: true, force: true })
      forgetStaging()
    })
    await runStages(c, STAGES)
    await report(c)
    // the post step saves the caches only after a run that got this far
    core.saveState(CACHE_SAVE_STATE, 'true')
  } catch (error) {
    // a cancel ends through the signal handler, which reports it; the stages' errors are its echo
    if (cancelled() || error instanceof CancelledError) return await new Promise<void>(() => undefined)
    if (ctx) await report(ctx).catch((e: Error) => core.warning(`could not write the job summary: ${e.message}`))
    // a last guard: no URL credential or token in the failure, whichever layer wrote the message
    core.setFailed(redactUrls(describeError(error)))
  } finally {
    if (!cancelled()) {
      for (const f of await runCleanups()) core.warning(`cleanup failed: ${f}`)
      release?.()
    }
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
