/**
 * The build stage's schedule, with a stand-in `go` (a shell script that logs when it runs) and a
 * slow step standing in for UPX: `parallel` go builds at once, and a target in its steps never holds
 * back the next target's go build, and up to parallel + 1 targets are in their steps; fail-fast stops targets still waiting for a build place.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildTargets, type TargetStep } from '../../src/build/build-targets.js'
import type { RunContext } from '../../src/context.js'
import type { TargetPlan } from '../../src/plan/build-plan.js'
import { tempDir } from '../support/workspace.js'

/** A `go` that sleeps, writes its -o file and logs start and end with the target's GOARCH. */
function fakeGo(dir: string, log: string, seconds: number, failArch = ''): string {
  const file = path.join(dir, 'go')
  writeFileSync(
    file,
    [
      '#!/bin/bash',
      `echo "go-start $GOARCH $(date +%s%N)" >> ${log}`,
      `if [ "$GOARCH" = "${failArch}" ]; then echo "boom" >&2; exit 1; fi`,
      `sleep ${seconds}`,
      'while [ $# -gt 0 ]; do if [ "$1" = -o ]; then out=$2; fi; shift; done',
      'printf "binary for %s" "$GOARCH" > "$out"',
      `echo "go-end $GOARCH $(date +%s%N)" >> ${log}`
    ].join('\n') + '\n'
  )
  chmodSync(file, 0o755)
  return file
}

const plan = (arch: string): TargetPlan => ({
  target: { goos: 'linux', goarch: arch } as TargetPlan['target'],
  canonical: `linux/${arch}`,
  binaries: [{ name: 'app', package: '.', file: `app-linux-${arch}`, archiveName: 'app', goName: 'app' }],
  ldflags: ['-buildid='],
  env: { GOOS: 'linux', GOARCH: arch, CGO_ENABLED: '0' },
  cgo: false
})

function context(go: string, parallel: number, failFast = false): RunContext {
  const staging = tempDir('schedule-staging')
  const ws = tempDir('schedule-ws')
  return {
    config: { parallel, failFast, workingDirectory: ws, tags: [], flags: [], runner: { workspace: ws, temp: tempDir('schedule-temp') }, release: { sbom: [] } },
    go: { go, version: '1.26.8' },
    goEnv: {},
    plans: [],
    stagingDir: staging,
    artifacts: [],
    failures: [],
    timings: [],
    archiveExtras: []
  } as unknown as RunContext
}

/** A step standing in for UPX: it takes `seconds` and logs when it runs. */
const slowStep = (log: string, seconds: number): TargetStep => ({
  name: 'slow',
  async run(_ctx, artifact) {
    writeFileSync(log, `step-start ${artifact.target.goarch} ${process.hrtime.bigint()}\n`, { flag: 'a' })
    await new Promise((r) => setTimeout(r, seconds * 1000))
    writeFileSync(log, `step-end ${artifact.target.goarch} ${process.hrtime.bigint()}\n`, { flag: 'a' })
  }
})

const events = (log: string): Array<{ what: string; arch: string }> =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(' '))
    .map(([what, arch]) => ({ what: what as string, arch: arch as string }))

describe('build schedule', () => {
  it("starts the next target's go build while the previous target is still in its steps", async () => {
    const dir = tempDir('schedule')
    mkdirSync(dir, { recursive: true })
    const goLog = path.join(dir, 'go.log')
    const stepLog = path.join(dir, 'step.log')
    const ctx = context(fakeGo(dir, goLog, 0.2), 1)
    await buildTargets(ctx, [plan('amd64'), plan('arm64'), plan('riscv64')], [slowStep(stepLog, 1)])
    expect(ctx.failures).toEqual([])
    expect(ctx.artifacts.map((a) => a.canonical)).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64'])
    // one go build at a time (parallel: 1) …
    const go = events(goLog)
    expect(go.map((e) => `${e.what} ${e.arch}`)).toEqual(['go-start amd64', 'go-end amd64', 'go-start arm64', 'go-end arm64', 'go-start riscv64', 'go-end riscv64'])
    // … and beside it up to parallel + 1 targets in their steps: arm64's go build ended while amd64
    // was still in its step (the clocks of the two logs differ: compare within each log)
    const steps = events(stepLog)
    let inSteps = 0
    let peakSteps = 0
    for (const e of steps) {
      inSteps += e.what === 'step-start' ? 1 : -1
      peakSteps = Math.max(peakSteps, inSteps)
    }
    expect(peakSteps).toBe(2)
    const at = (log: string, what: string, arch: string): bigint => BigInt(readFileSync(log, 'utf8').match(new RegExp(`${what} ${arch} (\\d+)`))?.[1] ?? '0')
    expect(at(goLog, 'go-end', 'arm64') - at(goLog, 'go-end', 'amd64')).toBeLessThan(600_000_000n)
    // riscv64 waited for a place in the steps: two were taken by amd64 and arm64
    expect(at(stepLog, 'step-start', 'riscv64') - at(stepLog, 'step-end', 'amd64')).toBeGreaterThanOrEqual(0n)
  })

  it('with fail-fast, a target waiting for its build place does not start after a failure', async () => {
    const dir = tempDir('schedule-ff')
    mkdirSync(dir, { recursive: true })
    const goLog = path.join(dir, 'go.log')
    const ctx = context(fakeGo(dir, goLog, 0.2, 'amd64'), 1, true)
    await buildTargets(ctx, [plan('amd64'), plan('arm64'), plan('riscv64')], [])
    expect(events(goLog).map((e) => `${e.what} ${e.arch}`)).toEqual(['go-start amd64'])
    expect(ctx.failures.map((f) => f.target)).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64'])
    expect(ctx.failures[0]?.message).toMatch(/go build exited with 1/)
    expect(ctx.failures.slice(1).map((f) => f.message)).toEqual([
      'not built: fail-fast stopped the run after an earlier failure',
      'not built: fail-fast stopped the run after an earlier failure'
    ])
  })

  it('never runs more go builds at once than parallel', async () => {
    const dir = tempDir('schedule-p2')
    mkdirSync(dir, { recursive: true })
    const goLog = path.join(dir, 'go.log')
    const ctx = context(fakeGo(dir, goLog, 0.3), 2)
    await buildTargets(ctx, ['amd64', 'arm64', 'riscv64', '386', 'ppc64le'].map(plan), [slowStep(path.join(dir, 's.log'), 0.5)])
    let running = 0
    let peak = 0
    for (const e of events(goLog)) {
      running += e.what === 'go-start' ? 1 : -1
      peak = Math.max(peak, running)
    }
    expect(peak).toBe(2)
    expect(ctx.artifacts).toHaveLength(5)
  })
})
