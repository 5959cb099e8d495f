/**
 * Outside GitHub Actions (GITHUB_ACTIONS unset), dist/ prints for a person: stage headers instead
 * of ::group::, warnings and errors as such, no runner-only command (::add-mask::, ::save-state::,
 * ::set-output::), and progress while the targets build — a plain line per finished target without
 * a TTY, a live line redrawn in place on a TTY (a pseudo-terminal made by Python's pty module).
 * On Actions (every other e2e test) the workflow commands stay as they are.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PATH_WITHOUT_GO, runAction, type RunOptions } from '../support/run-action.js'
import { fixtureWorkspace, SHARED_GOCACHE, tempDir } from '../support/workspace.js'

const PTY = ['python3', '-c', 'import os, pty, sys; sys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))']

describe('a terminal outside GitHub Actions', () => {
  let goBin: string
  let goVersion: string
  let toolCache: string

  beforeAll(() => {
    const realGo = realpathSync(execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim())
    goBin = path.dirname(realGo)
    goVersion = (readFileSync(path.join(goBin, '..', 'VERSION'), 'utf8').split('\n')[0] as string).replace(/^go/, '')
    toolCache = tempDir('toolcache')
  })

  const options = (inputs: Record<string, string>, extra: Partial<RunOptions> = {}): RunOptions => ({
    inputs: { 'go-version': goVersion, targets: 'linux/amd64, linux/arm64, windows/amd64', cache: 'false', ...inputs },
    workspace: fixtureWorkspace('app', { tag: 'v0.3.0' }),
    runnerDir: tempDir('runner'),
    toolCache,
    path: `${goBin}:${PATH_WITHOUT_GO}`,
    env: { GOCACHE: SHARED_GOCACHE, GITHUB_ACTIONS: '', CI: '' },
    ...extra
  })

  it('not a TTY: headers, plain progress lines, no workflow command; the build is the same', async () => {
    const run = await runAction(options({ 'gpg-passphrase': 'not-on-screen-1' }))
    expect(run.exitCode, run.stdout).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([])
    expect(lines).toContain('▶ plan')
    expect(lines.some((l) => /^▶ linux\/arm64 ✔$/.test(l))).toBe(true)
    const progress = lines.filter((l) => l.startsWith('building: '))
    expect(progress).toHaveLength(3)
    expect(progress.at(-1)).toMatch(/^building: 3\/3 done, 0 running, 0 left · \d+:\d\d$/)
    expect(run.stdout).not.toContain('not-on-screen-1')
    expect(run.stdout).not.toContain('\x1b[')
    // outputs still go to GITHUB_OUTPUT when it is set
    expect(run.outputs['output-dir']).toBeTruthy()
    execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: run.outputs['output-dir'] })
  })

  it('a bad input: "error: …" naming the input, exit code 1', async () => {
    const run = await runAction(options({ targets: 'linux/amd64, plan9/arm64x' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^error: targets: .*arm64x/m)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
  })

  it('a TTY: coloured headers and a live progress line redrawn in place, cleared at the end', async () => {
    const run = await runAction(options({}, { launcher: PTY }))
    expect(run.exitCode, run.stdout).toBe(0)
    const screen = run.stdout.replace(/\r\n/g, '\n')
    expect(screen.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
    expect(screen).toContain('\x1b[1m▶ plan\x1b[0m')
    // redrawn with a carriage return and an erase-line, never as lines of their own
    /* eslint-disable no-control-regex -- the escape sequences are what is tested */
    expect(screen).toMatch(/\r\x1b\[2K\x1b\[2mbuilding: \d\/3 done, \d running, \d left · \d+:\d\d\x1b\[0m/)
    expect(screen).toMatch(/\r\x1b\[2K\x1b\[2mbuilding: 3\/3 done, 0 running, 0 left/)
    /* eslint-enable no-control-regex */
    expect(screen.split('\n').filter((l) => l.startsWith('building: '))).toEqual([])
  })
})
