import * as core from '@actions/core'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseCompilerMessages } from '../../src/build/go-build.js'
import { formatElapsed, installTerminal, progress, progressText, translateLine } from '../../src/terminal.js'

const plain = { tty: false, debug: false }

describe('workflow commands as text for a person', () => {
  it.each([
    ['hello', 'hello'],
    ['::group::Building 3 target(s)', '▶ Building 3 target(s)'],
    ['::endgroup::', undefined],
    ['::warning::the checkout has uncommitted changes', 'warning: the checkout has uncommitted changes'],
    ['::error::go-xbuild was cancelled (SIGINT)', 'error: go-xbuild was cancelled (SIGINT)'],
    ['::notice::attest: skipped', 'notice: attest: skipped'],
    ['::error title=go build,file=cmd/x/main.go,line=12,col=5::undefined: foo', 'error: go build: undefined: foo (cmd/x/main.go:12:5)'],
    ['::error file=a%2Cb.go,line=3::50%25 done%0Asecond line', 'error: 50% done\nsecond line (a,b.go:3)'],
    ['::debug::resolved 1.26.8', undefined],
    ['::add-mask::s3cr3t', undefined],
    ['::save-state name=leftovers::{"dirs":[]}', undefined],
    ['::set-output name=matrix::{}', undefined],
    ['::stop-commands::token', '::stop-commands::token'],
    [':: not a command', ':: not a command']
  ])('%j → %j', (line, shown) => expect(translateLine(line, plain)).toBe(shown))

  it('debug lines with RUNNER_DEBUG, colour on a TTY', () => {
    expect(translateLine('::debug::x', { tty: false, debug: true })).toBe('debug: x')
    expect(translateLine('::warning::w', { tty: true, debug: false })).toBe('\x1b[33;1mwarning:\x1b[0m w')
    expect(translateLine('::group::g', { tty: true, debug: false })).toBe('\x1b[1m▶ g\x1b[0m')
  })

  it('the progress line: done/failed/running/left and elapsed', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(125_400)).toBe('2:05')
    expect(progressText({ done: 3, failed: 0, running: 2, total: 10 }, 42_000)).toBe('building: 3/10 done, 2 running, 5 left · 0:42')
    expect(progressText({ done: 3, failed: 1, running: 2, total: 10 }, 61_000)).toBe('building: 3/10 done, 1 failed, 2 running, 4 left · 1:01')
  })
})

describe('installTerminal', () => {
  let restore: (() => void) | undefined
  afterEach(() => {
    restore?.()
    restore = undefined
  })

  const fakeOut = (isTTY: boolean) => {
    const written: string[] = []
    const out = { isTTY, write: (c: string | Uint8Array) => (written.push(String(c)), true) }
    return { out, written }
  }
  let ticks: Array<() => void> = []
  let now = 0
  const clock = {
    now: () => now,
    every: (_ms: number, f: () => void) => {
      ticks.push(f)
      return () => (ticks = ticks.filter((t) => t !== f))
    }
  }

  it('on GitHub Actions, nothing changes', () => {
    const { out, written } = fakeOut(true)
    const write = out.write
    restore = installTerminal({ GITHUB_ACTIONS: 'true' }, out, clock)
    expect(out.write).toBe(write)
    out.write('::group::x\n')
    expect(written).toEqual(['::group::x\n'])
  })

  it('not a TTY: translated lines, split writes joined, one plain progress line per finished target', () => {
    const { out, written } = fakeOut(false)
    now = 1000
    restore = installTerminal({}, out, clock)
    out.write('::group::linux/amd64 ✔\n')
    out.write('::add-mask::secret\n')
    out.write('half a ')
    out.write('line\n::endgroup::\n')
    progress().start(2)
    progress().targetStarted()
    progress().targetStarted()
    now = 6000
    progress().targetEnded(true)
    progress().targetEnded(false)
    progress().stop()
    expect(written.join('')).toBe(
      '▶ linux/amd64 ✔\nhalf a line\nbuilding: 1/2 done, 1 running, 0 left · 0:05\nbuilding: 1/2 done, 1 failed, 0 running, 0 left · 0:05\n'
    )
    expect(ticks).toEqual([])
  })

  it('a TTY: the live line is redrawn each second and cleared before any other line, then redrawn', () => {
    const { out, written } = fakeOut(true)
    now = 0
    restore = installTerminal({}, out, clock)
    progress().start(3)
    progress().targetStarted()
    expect(ticks).toHaveLength(1)
    now = 2000
    ticks[0]?.()
    expect(written.at(-1)).toContain('building: 0/3 done, 1 running, 2 left · 0:02')
    written.length = 0
    out.write('::warning::careful\n')
    expect(written).toEqual(['\r\x1b[2K', '\x1b[33;1mwarning:\x1b[0m careful\n', '\r\x1b[2K\x1b[2mbuilding: 0/3 done, 1 running, 2 left · 0:02\x1b[0m'])
    progress().stop()
    expect(written.at(-1)).toBe('\r\x1b[2K')
    expect(ticks).toEqual([])
  })

  it('@actions/core through it: no workflow command reaches a terminal', () => {
    const { out, written } = fakeOut(false)
    const real = process.stdout.write
    restore = installTerminal({}, out, clock)
    // core writes to process.stdout: point it at the fake for the duration
    process.stdout.write = out.write as typeof process.stdout.write
    try {
      core.startGroup('plan')
      core.info('xapp 1.2.3: 2 target(s)')
      core.endGroup()
      core.warning('w', { file: 'go.mod', startLine: 3 })
      core.setSecret('hunter2')
    } finally {
      process.stdout.write = real
    }
    expect(written.join('')).toBe('▶ plan\nxapp 1.2.3: 2 target(s)\nwarning: w (go.mod:3)\n')
  })
})

describe('compiler annotations on Windows', () => {
  it('resolves C:\\ paths and keeps the drive colon out of the separators', () => {
    const stderr = ['# example.com/x', 'C:\\Users\\Jane Doe\\ws\\cmd\\x\\main.go:12:5: undefined: foo', '.\\main.go:3: syntax error', 'D:\\other\\y.go:1:1: outside', 'C:/Users/Jane Doe/ws/c/z.c:7:2: error: gcc style'].join('\r\n')
    expect(parseCompilerMessages(stderr, 'C:\\Users\\Jane Doe\\ws\\cmd\\x', 'C:\\Users\\Jane Doe\\ws', path.win32)).toEqual([
      { file: 'cmd/x/main.go', line: 12, column: 5, message: 'undefined: foo' },
      { file: 'cmd/x/main.go', line: 3, column: undefined, message: 'syntax error' },
      { file: 'D:\\other\\y.go', line: 1, column: 1, message: 'outside' },
      { file: 'c/z.c', line: 7, column: 2, message: 'error: gcc style' }
    ])
  })

  it('on POSIX a drive-like prefix is not special', () => {
    expect(parseCompilerMessages('C:/x.go:1:1: m', '/ws', '/ws', path.posix)).toEqual([])
  })
})
