/**
 * The compress step: pack a target's binary with UPX where UPX supports the target, then prove
 * the result — `upx -t`, a reverse audit (unpack a copy and compare its headers, segments,
 * sections and entry point with the original), and, with smoke-test, the same output before and
 * after when the runner can execute the binary. Refusals are skips with a warning; anything that
 * could ship a broken binary fails the target.
 */
import { copyFile, mkdir } from 'node:fs/promises'
import { fileOps } from '../fs-retry.js'
import path from 'node:path'
import type { Artifact, RunContext } from '../context.js'
import type { TargetLog } from '../log.js'
import type { TargetPlan } from '../plan/build-plan.js'
import { sha256File } from '../release/checksums.js'
import type { TargetStep } from './build-targets.js'
import { inspectBinary, type BinaryInfo } from './inspect.js'
import { cannotStartHere, runBinary, runnerFor, type RunResult } from './run-binary.js'
import { UPX_REFUSALS, upxSupport } from './upx-support.js'
import { runProcess } from '../proc/run.js'
import { smokeArgsFor } from './upx-config.js'

export interface UpxRecord {
  packed: boolean
  /** Why not, when not packed. */
  reason?: string
  sizeBefore: number
  sha256Before: string
  sizeAfter?: number
  sha256After?: string
  args?: string[]
  /** `identical` when `upx -d` gave back the original bytes; `headers` when only headers and sections match. */
  roundTrip?: 'identical' | 'headers'
}

export class UpxError extends Error {}

const upxWorkRoots = new Set<string>()

/** How many extra variables the crowded-environment smoke test adds (the UPX bug shows from ~500). */
export const CROWD = 1000
const crowdedEnv = (): Record<string, string> => Object.fromEntries(Array.from({ length: CROWD }, (_, i) => [`GO_XBUILD_CROWD_${i}`, 'x']))

/** Where an unpacked copy differs from the original, or [] when headers, segments, sections and entry all match. */
export function auditDifferences(original: BinaryInfo, unpacked: BinaryInfo): string[] {
  const out: string[] = []
  for (const key of ['format', 'os', 'arch', 'bits', 'endian', 'entry', 'interpreter'] as const) {
    if (original[key] !== unpacked[key]) out.push(`${key}: ${String(original[key])} became ${String(unpacked[key])}`)
  }
  const seg = (s: BinaryInfo['segments'][number]): string => `type ${s.type} flags ${s.flags} vaddr 0x${s.vaddr.toString(16)} memsz ${s.memsz}`
  const sec = (s: BinaryInfo['sections'][number]): string => `${s.name} type ${s.type} flags ${s.flags} size ${s.size}`
  const diff = (what: string, a: string[], b: string[]): void => {
    if (a.length !== b.length) out.push(`${what}: ${a.length} became ${b.length}`)
    a.forEach((x, i) => {
      if (b[i] !== undefined && x !== b[i]) out.push(`${what} ${i}: ${x} became ${b[i]}`)
    })
  }
  diff('segment', original.segments.map(seg), unpacked.segments.map(seg))
  diff('section', original.sections.map(sec), unpacked.sections.map(sec))
  return out
}

async function upx(bin: string, args: string[], cwd: string): Promise<{ ok: boolean; status: string; output: string }> {
  const r = await runProcess({ kind: 'tool', file: bin, args, cwd, timeoutMs: 600_000 })
  return { ok: r.exitCode === 0 && !r.signal, status: r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}`, output: `${r.stdout}\n${r.stderr}`.trim() }
}

const lastLines = (text: string, n = 3): string => text.split('\n').filter(Boolean).slice(-n).join(' | ') || 'no output'

const describeRun = (r: RunResult): string =>
  r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}, output ${JSON.stringify(r.stdout.length > 200 ? `${r.stdout.slice(0, 200)}…` : r.stdout)}`

/** Smoke-tests the file when this runner can run it: undefined when it cannot. Fails on a non-zero exit. */
export async function smokeTest(artifact: Artifact, file: string, args: string[], cwd: string, log: TargetLog, when: string): Promise<RunResult | undefined> {
  const prefix = await runnerFor(artifact.target)
  if (!prefix) return undefined
  const r = await runBinary(prefix, file, args, cwd)
  // the host looked able, but the binary would not start (no loader, no Rosetta, a foreign image): not a failure
  if (cannotStartHere(r)) {
    log.info(`smoke-test ${when}: this runner cannot start ${artifact.canonical} binaries (${r.spawnErrorCode}: ${r.spawnError}): skipped`)
    return undefined
  }
  log.info(`smoke-test ${when}: ${[...prefix.map((p) => path.basename(p)), path.basename(file), ...args].join(' ')} → ${describeRun(r)}`)
  if (r.exitCode !== 0 || r.signal) {
    throw new UpxError(`smoke-test ${when}: ${[path.basename(file), ...args].join(' ')} failed (${describeRun(r)})${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`)
  }
  return r
}

export async function compress(ctx: RunContext, artifact: Artifact, plan: TargetPlan, log: TargetLog): Promise<void> {
  const tool = ctx.upx
  if (!tool) throw new UpxError('UPX is not installed')
  const args = ctx.config.upx.args
  const before = await sha256File(artifact.path)
  const record: UpxRecord = { packed: false, sizeBefore: before.size, sha256Before: before.sha256 }
  artifact.extensions.upx = record

  const support = upxSupport(plan.target)
  if (!support.packable) {
    record.reason = support.reason
    log.warning(`upx: ${plan.canonical} ships unpacked: ${support.reason}`)
    return
  }
  const workRoot = path.join(ctx.config.runner.temp, `go-xbuild-upx-${path.basename(ctx.stagingDir)}`)
  const work = path.join(workRoot, plan.canonical.replace(/\//g, '-'))
  // the per-run parent goes at the end of the run (or on a cancel, with everything registered)
  if (!upxWorkRoots.has(workRoot)) {
    upxWorkRoots.add(workRoot)
    ctx.cleanups.push(() => fileOps.rm(workRoot, { recursive: true, force: true }))
  }
  await mkdir(work, { recursive: true })
  try {
    const smokeArgs = smokeArgsFor(ctx.config.smokeTest, artifact.binaryName)
    const smokeBefore = smokeArgs ? await smokeTest(artifact, artifact.path, smokeArgs, work, log, 'before packing') : undefined

    // same base name as the artifact, so UPX's messages and the smoke test name the real file
    const base = path.basename(artifact.path)
    const packed = path.join(work, 'packed', base)
    const unpacked = path.join(work, 'unpacked', base)
    await mkdir(path.dirname(packed), { recursive: true })
    await mkdir(path.dirname(unpacked), { recursive: true })
    const command = ['upx', ...args].join(' ')
    const pack = await upx(tool.upx, [...args, '-q', '-o', packed, artifact.path], work)
    if (!pack.ok) {
      const refusal = UPX_REFUSALS.exec(pack.output)
      if (refusal) {
        record.reason = `UPX ${refusal[1]}: ${refusal[2]?.trim()}`
        log.warning(`upx: ${plan.canonical} ships unpacked: ${record.reason}`)
        return
      }
      throw new UpxError(`${command} failed (${pack.status}): ${lastLines(pack.output)}`)
    }
    log.info(`${command}: ${pack.output.split('\n').find((l) => l.includes('->'))?.trim() ?? 'packed'}`)

    // upx -t and the reverse audit (unpack a copy, then compare what matters with the original) read
    // the packed file only: both at once
    const [test, un] = await Promise.all([upx(tool.upx, ['-t', '-q', packed], work), upx(tool.upx, ['-d', '-q', '-o', unpacked, packed], work)])
    if (!test.ok) throw new UpxError(`upx -t rejects the packed file (${test.status}): ${lastLines(test.output)}`)
    if (!un.ok) throw new UpxError(`upx -d cannot unpack the packed file (${un.status}): ${lastLines(un.output)}`)
    const [orig, back] = await Promise.all([inspectBinary(artifact.path), inspectBinary(unpacked)])
    const differences = auditDifferences(orig, back)
    if (differences.length) throw new UpxError(`the unpacked copy differs from the original: ${differences.slice(0, 5).join('; ')}`)
    record.roundTrip = (await sha256File(unpacked)).sha256 === before.sha256 ? 'identical' : 'headers'
    log.info(`upx -t passed; upx -d gives back ${record.roundTrip === 'identical' ? 'the original bytes' : 'the original headers, segments, sections and entry point'}`)

    if (smokeArgs && smokeBefore) {
      const after = await smokeTest(artifact, packed, smokeArgs, work, log, 'after packing')
      if (after && (after.stdout !== smokeBefore.stdout || after.exitCode !== smokeBefore.exitCode)) {
        throw new UpxError(`smoke-test: the packed binary answers differently (before: ${describeRun(smokeBefore)}; after: ${describeRun(after)})`)
      }
      // UPX's stubs have crashed with large environments (arm64: upx/upx#743, #952): the original
      // runs there, so a packed file that does not ships unpacked — a big binary beats a broken one
      const prefix = (await runnerFor(artifact.target)) as string[]
      const crowded = await runBinary(prefix, packed, smokeArgs, work, 60_000, crowdedEnv())
      if (crowded.exitCode !== smokeBefore.exitCode || crowded.stdout !== smokeBefore.stdout || crowded.signal) {
        record.reason = `the packed binary fails when the environment holds ${CROWD} more variables (${describeRun(crowded)}), a UPX stub bug (upx/upx#743, #952)`
        log.warning(`upx: ${plan.canonical} ships unpacked: ${record.reason}`)
        return
      }
      log.info(`smoke-test with ${CROWD} more environment variables: the packed binary answers the same`)
    } else if (plan.target.goos === 'linux' && plan.target.goarch === 'arm64') {
      log.warning(
        `upx: packed linux/arm64 binaries have crashed when the environment holds ~500 or more variables (upx/upx#743, #952); set smoke-test so go-xbuild checks ${plan.canonical} and ships it unpacked if so`
      )
    }

    await fileOps.rename(packed, artifact.path).catch(async () => {
      await copyFile(packed, artifact.path)
    })
    const after = await sha256File(artifact.path)
    Object.assign(record, { packed: true, sizeAfter: after.size, sha256After: after.sha256, args })
    log.info(`upx: ${before.size} → ${after.size} bytes (${((100 * after.size) / before.size).toFixed(1)} %)`)
  } finally {
    await fileOps.rm(work, { recursive: true, force: true })
  }
}

export const compressStep: TargetStep = {
  name: 'upx',
  applies: (ctx) => ctx.config.upx.enabled,
  run: compress
}

/** Without UPX, smoke-test still runs each binary the runner can execute, once. */
export const smokeTestStep: TargetStep = {
  name: 'smoke-test',
  applies: (ctx, artifact) => !ctx.config.upx.enabled && smokeArgsFor(ctx.config.smokeTest, artifact.binaryName) !== undefined,
  async run(ctx, artifact, _plan, log) {
    const ran = await smokeTest(artifact, artifact.path, smokeArgsFor(ctx.config.smokeTest, artifact.binaryName) as string[], ctx.config.runner.temp, log, 'of the binary')
    if (!ran) log.info(`smoke-test: this runner cannot run ${artifact.canonical} binaries (not native, not emulated, no qemu-user, or it would not start): skipped`)
  }
}
