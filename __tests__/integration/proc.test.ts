/**
 * The process door against real processes: a tool path with spaces, arguments kept as words, the
 * least environment, stdin, timeouts and cancellation that reach grandchildren (process groups),
 * cleanups, git as a guest and the GNUPGHOME's place.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cancelled, CancelledError, handleCancellation, registerCleanup, resetLifecycle, runCleanups, runningChildren, stopChildren } from '../../src/proc/lifecycle.js'
import { cleanLeftovers } from '../../src/proc/leftovers.js'
import { rememberSecrets, runChecked, runProcess } from '../../src/proc/run.js'
import { readProject } from '../../src/project.js'
import { openGpgSigner } from '../../src/release/sign/gpg.js'
import { extractTar } from '../../src/tools/extract.js'
import { gpgKey } from '../support/keys.js'
import { fixtureWorkspace, tempDir } from '../support/workspace.js'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const waitFor = async (check: () => boolean, ms = 5000): Promise<boolean> => {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 25))
  }
  return check()
}

/** A tool in a directory whose name has a space (the Windows `C:\Program Files` case, on Linux). */
function toolWithSpace(body: string): string {
  const dir = path.join(tempDir('tc'), 'x tc', 'bin dir')
  mkdirSync(dir, { recursive: true })
  const tool = path.join(dir, 'my tool')
  writeFileSync(tool, `#!/bin/sh\n${body}\n`)
  chmodSync(tool, 0o755)
  return tool
}

afterEach(() => resetLifecycle())

describe('the process door', () => {
  it('runs a tool whose path holds spaces, passing each argument as one word (no re-splitting, no shell)', async () => {
    const tool = toolWithSpace('for a in "$@"; do printf "[%s]\\n" "$a"; done')
    const r = await runChecked({ kind: 'tool', file: tool, args: ['a b', "it's", '"q"', '$HOME', '; rm -rf /', ''] })
    expect(r.stdout).toBe(`[a b]\n[it's]\n["q"]\n[$HOME]\n[; rm -rf /]\n[]\n`)
  })

  it('gives the child its kind’s environment only: no input, token or runner variable of the parent', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, { 'INPUT_GITHUB-TOKEN': 'ghs_parent', ACTIONS_RUNTIME_TOKEN: 'jwt-parent', GITHUB_TOKEN: 'ghs_2', GOFLAGS: '-mod=mod', GOPROXY: 'off' })
    try {
      const env = (await runChecked({ kind: 'tool', file: 'env', args: [] })).stdout
      expect(env).not.toMatch(/INPUT_|ACTIONS_|GITHUB_TOKEN|ghs_|jwt-parent|GOFLAGS/)
      expect(env).toMatch(/^PATH=/m)
      expect(env).toMatch(/^LC_ALL=C$/m)
      const goEnv = (await runChecked({ kind: 'go', file: 'env', args: [], env: { GOOS: 'linux' } })).stdout
      expect(goEnv).toMatch(/^GOFLAGS=-mod=mod$/m)
      expect(goEnv).toMatch(/^GOENV=off$/m)
      expect(goEnv).toMatch(/^GOOS=linux$/m)
      expect(goEnv).not.toMatch(/INPUT_|ACTIONS_|GITHUB_TOKEN|ghs_/)
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
    }
  })

  it('drops an inherited variable that carries a secret input’s value', async () => {
    const saved = process.env.GOPROXY
    process.env.GOPROXY = 'https://user:s3cr3t-token-value@proxy.example'
    rememberSecrets(['s3cr3t-token-value'])
    try {
      const env = (await runChecked({ kind: 'go', file: 'env', args: [] })).stdout
      expect(env).not.toContain('s3cr3t-token-value')
    } finally {
      if (saved === undefined) delete process.env.GOPROXY
      else process.env.GOPROXY = saved
    }
  })

  it('feeds stdin, captures stdout and stderr, and reports exit codes and a missing executable', async () => {
    const r = await runProcess({ kind: 'tool', file: 'sh', args: ['-c', 'cat; echo oops >&2; exit 3'], input: 'hello' })
    expect(r).toMatchObject({ exitCode: 3, stdout: 'hello', stderr: 'oops\n' })
    const missing = await runProcess({ kind: 'tool', file: path.join(tmpdir(), 'no such tool'), args: [] })
    expect(missing.exitCode).toBe(-1)
    expect(missing.spawnError).toMatch(/not found/)
    await expect(runChecked({ kind: 'tool', file: 'sh', args: ['-c', 'echo last words >&2; exit 2'] }, 'sh')).rejects.toThrow(/sh failed \(exit 2\):\nlast words/)
  })

  it('a timeout kills the whole process group, grandchildren included', async () => {
    const pidFile = path.join(tempDir('pid'), 'pid')
    const r = await runProcess({ kind: 'tool', file: 'sh', args: ['-c', `sleep 30 & echo $! > '${pidFile}'; wait`], timeoutMs: 500 })
    expect(r).toMatchObject({ timedOut: true, signal: 'SIGKILL' })
    const grandchild = Number(execFileSync('cat', [pidFile], { encoding: 'utf8' }))
    expect(await waitFor(() => !alive(grandchild))).toBe(true)
  })

  it('stopChildren signals every running child’s group and waits for it', async () => {
    const dir = tempDir('pids')
    const runs = [1, 2].map((i) => runProcess({ kind: 'tool', file: 'sh', args: ['-c', `sleep 30 & echo $! > '${dir}/${i}'; wait`] }))
    // the shell creates each file before it writes the pid into it: wait for both pids, not both names
    const pids = (): number[] => readdirSync(dir).map((f) => Number(readFileSync(path.join(dir, f), 'utf8').trim()))
    expect(await waitFor(() => pids().length === 2 && pids().every((pid) => pid > 0))).toBe(true)
    const grandchildren = pids()
    expect(runningChildren()).toBe(2)
    const started = Date.now()
    await stopChildren('SIGTERM', 3000)
    const results = await Promise.all(runs)
    expect(Date.now() - started).toBeLessThan(3000)
    for (const r of results) expect(r.signal).toBe('SIGTERM')
    for (const pid of grandchildren) expect(await waitFor(() => !alive(pid))).toBe(true)
  })

  it('on SIGINT: stops the children, runs every cleanup once (newest first), then refuses to start anything', async () => {
    const order: string[] = []
    registerCleanup('first', async () => void order.push('first'))
    const drop = registerCleanup('dropped', async () => void order.push('dropped'))
    drop()
    registerCleanup('second', async () => {
      order.push('second')
      throw new Error('disk on fire')
    })
    const running = runProcess({ kind: 'tool', file: 'sleep', args: ['30'] })
    await waitFor(() => runningChildren() === 1)
    const done = new Promise<{ signal: string; failures: string[] }>((resolve) => {
      const release = handleCancellation({ graceMs: 2000, onSignal: () => undefined, onDone: (signal, failures) => (release(), resolve({ signal, failures })) })
    })
    process.emit('SIGINT', 'SIGINT')
    const { signal, failures } = await done
    expect(signal).toBe('SIGINT')
    expect((await running).signal).toBe('SIGTERM')
    expect(order).toEqual(['second', 'first'])
    expect(failures).toEqual(['second: disk on fire'])
    expect(cancelled()).toBe('SIGINT')
    await expect(runProcess({ kind: 'tool', file: 'true', args: [] })).rejects.toBeInstanceOf(CancelledError)
    // a cleanup may still run its own process (gpgconf --kill)
    expect((await runProcess({ kind: 'tool', file: 'true', args: [], duringCleanup: true })).exitCode).toBe(0)
    expect(await runCleanups()).toEqual([])
    expect(order).toEqual(['second', 'first'])
  })
})

describe('extraction through the door', () => {
  it('unpacks a .tar.gz from and into directories with spaces', async () => {
    const src = path.join(tempDir('tar'), 'a b')
    mkdirSync(path.join(src, 'go', 'bin'), { recursive: true })
    writeFileSync(path.join(src, 'go', 'VERSION'), 'go1.99.0\n')
    const archive = path.join(src, '..', 'my archive.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', src, 'go'])
    const dest = path.join(tempDir('x'), 'x tc', 'out')
    await extractTar(archive, dest, 'gz')
    expect(readdirSync(path.join(dest, 'go'))).toEqual(['VERSION', 'bin'])
  })
})

describe('git as a guest', () => {
  it('never overrides safe.directory: a checkout owned by another user falls back to GITHUB_SHA/GITHUB_REF, with a warning saying why', async () => {
    const ws = fixtureWorkspace('app', { tag: 'v3.1.4' })
    execFileSync('chown', ['-R', '65534:65534', ws])
    const home = tempDir('home')
    const savedHome = process.env.HOME
    process.env.HOME = home // a user git config without safe.directory entries
    const warnings: string[] = []
    try {
      const p = await readProject({ workingDirectory: ws, version: '', env: { GITHUB_SHA: 'f'.repeat(40), GITHUB_REF: 'refs/tags/v9.9.9' }, warn: (m) => warnings.push(m) })
      expect(p).toMatchObject({ commit: 'f'.repeat(40), tag: 'v9.9.9', version: '9.9.9' })
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/git refuses the checkout .* owned by another user \("dubious ownership"\).*GITHUB_REF\/GITHUB_SHA.*safe\.directory/)
      // the user's own trust, given the documented way, is honoured
      writeFileSync(path.join(home, '.gitconfig'), `[safe]\n\tdirectory = ${ws}\n`)
      const trusted = await readProject({ workingDirectory: ws, version: '', env: {}, warn: (m) => warnings.push(m) })
      expect(trusted.tag).toBe('v3.1.4')
      expect(warnings).toHaveLength(1)
    } finally {
      process.env.HOME = savedHome
      chownSync(ws, 0, 0)
      execFileSync('chown', ['-R', '0:0', ws])
    }
  })
})

describe('the GNUPGHOME', () => {
  it('lives under RUNNER_TEMP with a short name, and is gone (agent stopped) after close', async () => {
    const key = gpgKey('pass 1')
    const temp = tempDir('rt')
    const signer = await openGpgSigner(key.privateKey, 'pass 1', temp)
    const [home] = readdirSync(temp)
    expect(home).toMatch(/^g.{6}$/)
    const agents = (): string => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes('gpg-agent') && l.includes(path.join(temp, home as string))).join('\n')
    await signer.sign(path.join(temp, home as string, 'pubring.kbx'))
    expect(agents()).not.toBe('')
    await signer.close()
    expect(readdirSync(temp)).toEqual([])
    expect(await waitFor(() => agents() === '')).toBe(true)
  })

  it('is never moved to the system temp directory: a RUNNER_TEMP too long for the agent socket fails at once, naming RUNNER_TEMP', async () => {
    const long = path.join(tempDir('rt'), 'x'.repeat(90))
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('gnupg-') || /^g.{6}$/.test(f))
    await expect(openGpgSigner('unused', 'unused', long)).rejects.toThrow(/gpg cannot work under RUNNER_TEMP=.*socket would be \d+ bytes long, over the 107/)
    expect(existsSync(long)).toBe(false)
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('gnupg-') || /^g.{6}$/.test(f))).toEqual(before)
  })

  it('the post step’s cleanup stops a leftover agent and removes the home, and touches nothing outside RUNNER_TEMP', async () => {
    const key = gpgKey('pass 2')
    const temp = tempDir('rt')
    const signer = await openGpgSigner(key.privateKey, 'pass 2', temp)
    const home = path.join(temp, readdirSync(temp)[0] as string)
    await signer.sign(path.join(home, 'pubring.kbx'))
    const staging = path.join(temp, 'go-xbuild-staging-1')
    mkdirSync(staging)
    const outside = tempDir('outside')
    const log: string[] = []
    await cleanLeftovers({ gnupgHomes: [home], dirs: [staging, outside] }, temp, (m) => log.push(m))
    expect(existsSync(home)).toBe(false)
    expect(existsSync(staging)).toBe(false)
    expect(existsSync(outside)).toBe(true)
    expect(log.join('\n')).toMatch(/stopped the gpg-agent .* and removed it[\s\S]*removed .*staging[\s\S]*not inside RUNNER_TEMP; left alone/)
    expect(await waitFor(() => !execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(`--homedir ${home}`))).toBe(true)
    await signer.close()
  })
})
