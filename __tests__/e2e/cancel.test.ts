/**
 * A cancelled run cleans up, end to end on dist/: the runner's cancel (SIGINT, then SIGTERM a
 * moment later) arrives mid-build in a gpg-signing run; afterwards no go/compile process and no
 * gpg-agent of the run is alive, the GNUPGHOME and the staging directory are gone, and the next run
 * succeeds. When main is SIGKILLed instead (no handler can run), the post step cleans up.
 * The run's processes are found as the runner finds them: by the RUNNER_TRACKING_ID they inherit.
 */
import { execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { gpgKey, type GpgKey } from '../support/keys.js'
import { PATH_WITHOUT_GO, runAction, type ActionRun, type RunOptions } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, tempDir } from '../support/workspace.js'

const PASSPHRASE = 'cancel me 3'
const TARGETS = 'linux/amd64, linux/arm64, windows/amd64, darwin/arm64, linux/386, freebsd/amd64'

/** Processes (pid, command name) whose environment holds NAME=value. */
function processesWith(name: string, value: string): Array<{ pid: number; comm: string }> {
  const out: Array<{ pid: number; comm: string }> = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0')
      if (env.includes(`${name}=${value}`)) out.push({ pid: Number(entry), comm: readFileSync(`/proc/${entry}/comm`, 'utf8').trim() })
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out
}

/** gpg-agents started for a GNUPGHOME under this directory, from ps (the agent's --homedir argument). */
const agentsUnder = (dir: string): string[] =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /gpg-agent/.test(l) && l.includes(dir))

const waitFor = async (check: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return check()
}

/** What the run leaves in RUNNER_TEMP that must not outlive it. */
const leftoversIn = (temp: string): string[] => (existsSync(temp) ? readdirSync(temp).filter((f) => /^g.{6}$|^go-xbuild-(staging|probe|upx|partials)-/.test(f)) : [])

describe('cancellation', () => {
  let gpg: GpgKey
  let goBin: string
  let goVersion: string
  let toolCache: string

  beforeAll(() => {
    gpg = gpgKey(PASSPHRASE)
    const realGo = realpathSync(execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim())
    goBin = path.dirname(realGo)
    goVersion = (readFileSync(path.join(goBin, '..', 'VERSION'), 'utf8').split('\n')[0] as string).replace(/^go/, '')
    toolCache = tempDir('toolcache')
  }, 120_000)

  const options = (workspace: string, runnerDir: string, trackingId: string, inputs: Record<string, string>, gocache: string): RunOptions => ({
    inputs: {
      'go-version': goVersion,
      sign: 'gpg',
      'gpg-private-key': gpg.privateKey,
      'gpg-passphrase': PASSPHRASE,
      upload: 'false',
      cache: 'false',
      ...inputs
    },
    workspace,
    runnerDir,
    toolCache,
    path: `${goBin}:${PATH_WITHOUT_GO}`,
    env: { GOCACHE: gocache, RUNNER_TRACKING_ID: trackingId }
  })

  /** Starts a run and, once its builds are compiling, does `act` with the child. */
  const runAndInterrupt = async (opts: RunOptions, trackingId: string, act: (child: ChildProcess) => Promise<void>): Promise<{ run: ActionRun; midBuild: Array<{ pid: number; comm: string }> }> => {
    let midBuild: Array<{ pid: number; comm: string }> = []
    let fired = false
    const run = await runAction({
      ...opts,
      onStdout: (out, child) => {
        if (fired || !/Building \d+ target\(s\)/.test(out)) return
        fired = true
        void (async () => {
          // a cold cache: compile processes appear within seconds and run for a while
          // the snapshot kept is the one that saw a compile: a compile of one small package can
          // end between two reads of /proc, so a second read may show only the go commands
          await waitFor(() => {
            midBuild = processesWith('RUNNER_TRACKING_ID', trackingId)
            return midBuild.some((p) => p.comm === 'compile')
          }, 60_000)
          await act(child)
        })()
      }
    })
    return { run, midBuild }
  }

  it('SIGINT then SIGTERM mid-build: exits non-zero saying cancelled, no go/compile or gpg-agent left, GNUPGHOME and staging gone; the next run succeeds', async () => {
    const workspace = fixtureWorkspace('app', { tag: 'v0.9.0' })
    const runnerDir = tempDir('runner')
    const temp = path.join(runnerDir, 'temp')
    const trackingId = `go-xbuild-cancel-${process.pid}-${Date.now()}`
    const coldCache = tempDir('gocache-cold')
    let sentAt = 0
    const { run, midBuild } = await runAndInterrupt(options(workspace, runnerDir, trackingId, { targets: TARGETS }, coldCache), trackingId, async (child) => {
      expect(agentsUnder(temp).length).toBeGreaterThan(0)
      sentAt = Date.now()
      child.kill('SIGINT')
      await new Promise((r) => setTimeout(r, 1000))
      child.kill('SIGTERM')
    })
    const stoppedIn = Date.now() - sentAt

    expect(midBuild.map((p) => p.comm)).toEqual(expect.arrayContaining(['go', 'compile']))
    expect(run.exitCode, run.stdout).not.toBe(0)
    expect(run.stdout).toMatch(/SIGINT received: starting no more work/)
    expect(run.stdout).toMatch(/::error::go-xbuild was cancelled \(SIGINT\)/)
    expect(stoppedIn).toBeLessThan(10_000)
    expect(await waitFor(() => processesWith('RUNNER_TRACKING_ID', trackingId).length === 0, 3000), JSON.stringify(processesWith('RUNNER_TRACKING_ID', trackingId))).toBe(true)
    expect(await waitFor(() => agentsUnder(temp).length === 0, 3000), agentsUnder(temp).join('\n')).toBe(true)
    expect(leftoversIn(temp)).toEqual([])
    expect(existsSync(path.join(workspace, 'dist'))).toBe(false)

    const again = await runAction(options(workspace, tempDir('runner'), `${trackingId}-2`, { targets: 'linux/amd64' }, SHARED_GOCACHE))
    expect(again.exitCode, again.stdout).toBe(0)
    expect(readdirSync(again.outputs['output-dir'] as string)).toContain('SHA256SUMS.asc')
  })

  it('SIGKILL mid-build (no handler can run): the post step stops the gpg-agent and removes GNUPGHOME and staging', async () => {
    const workspace = fixtureWorkspace('app', { tag: 'v0.9.1' })
    const runnerDir = tempDir('runner')
    const temp = path.join(runnerDir, 'temp')
    const trackingId = `go-xbuild-kill-${process.pid}-${Date.now()}`
    const opts = options(workspace, runnerDir, trackingId, { targets: TARGETS }, tempDir('gocache-cold'))
    const { run } = await runAndInterrupt(opts, trackingId, async (child) => {
      child.kill('SIGKILL')
    })
    expect(run.exitCode).not.toBe(0)
    const left = leftoversIn(temp)
    expect(left.some((f) => /^g.{6}$/.test(f)), left.join(', ')).toBe(true)
    expect(left.some((f) => f.startsWith('go-xbuild-staging-')), left.join(', ')).toBe(true)
    expect(agentsUnder(temp).length).toBeGreaterThan(0)
    // the orphaned builds (the runner ends them by this tracking id at the end of the job); the
    // gpg-agent is left for the post step, which must stop it
    for (const p of processesWith('RUNNER_TRACKING_ID', trackingId).filter((p) => p.comm !== 'gpg-agent')) {
      try {
        process.kill(p.pid, 'SIGKILL')
      } catch {
        /* gone */
      }
    }
    expect(await waitFor(() => processesWith('RUNNER_TRACKING_ID', trackingId).every((p) => p.comm === 'gpg-agent'), 5000)).toBe(true)

    const state = Object.fromEntries(Object.entries(run.state).map(([k, v]) => [`STATE_${k}`, v]))
    const post = await runAction({ ...opts, entry: 'post', state, env: { ...opts.env, RUNNER_TRACKING_ID: `${trackingId}-post` } })
    expect(post.exitCode, post.stdout).toBe(0)
    expect(post.stdout).toMatch(/cleanup: stopped the gpg-agent of .* and removed it/)
    expect(post.stdout).toMatch(/cleanup: removed .*go-xbuild-staging-/)
    expect(await waitFor(() => agentsUnder(temp).length === 0, 3000), agentsUnder(temp).join('\n')).toBe(true)
    expect(leftoversIn(temp)).toEqual([])
  })
})
