/**
 * smoke-test against real processes: a binary this host cannot start is a log line, not a failure;
 * one that starts and exits non-zero still fails; and output-dir's file operations go through the
 * retrying helper without changing what a non-Windows host sees.
 */
import { chmodSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cannotStartHere, runBinary } from '../../src/build/run-binary.js'
import { smokeTest } from '../../src/build/upx.js'
import type { Artifact } from '../../src/context.js'
import { TargetLog } from '../../src/log.js'
import { parseTargets } from '../../src/plan/targets.js'
import { fileOps } from '../../src/fs-retry.js'
import { tempDir } from '../support/workspace.js'

const artifact = (file: string): Artifact => ({
  target: parseTargets(process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64')[0]!,
  canonical: process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64',
  file: path.basename(file),
  binaryName: path.basename(file),
  package: '.',
  path: file,
  size: 1,
  sha256: '',
  cgo: false,
  extensions: {},
  companions: []
})

describe.runIf(process.platform === 'linux')('smoke-test on this host', () => {
  it('a binary that cannot start (EACCES) is skipped with a log line', async () => {
    const dir = tempDir('smoke')
    const file = path.join(dir, 'xapp')
    writeFileSync(file, 'not a program\n')
    chmodSync(file, 0o644)
    const r = await runBinary([], file, ['--version'], dir)
    expect(r.spawnErrorCode).toBe('EACCES')
    expect(cannotStartHere(r)).toBe(true)
    const log = new TargetLog('linux/amd64')
    const lines: string[] = []
    log.info = (m: string) => void lines.push(m)
    await expect(smokeTest(artifact(file), file, ['--version'], dir, log, 'of the binary')).resolves.toBeUndefined()
    expect(lines.join('\n')).toMatch(/smoke-test of the binary: this runner cannot start linux\/(amd64|arm64) binaries \(EACCES: .*\): skipped/)
  })

  it('a binary that starts and fails still fails the target', async () => {
    const dir = tempDir('smoke')
    const file = path.join(dir, 'xapp')
    writeFileSync(file, '#!/bin/sh\necho broken >&2\nexit 3\n')
    chmodSync(file, 0o755)
    const log = new TargetLog('linux/amd64')
    await expect(smokeTest(artifact(file), file, ['--version'], dir, log, 'of the binary')).rejects.toThrow(/smoke-test of the binary: xapp --version failed \(exit 3, .*\): broken/)
  })

  it('fileOps rename, copy and remove as node:fs does off Windows', async () => {
    const dir = tempDir('ops')
    writeFileSync(path.join(dir, 'a'), 'x')
    await fileOps.rename(path.join(dir, 'a'), path.join(dir, 'b'))
    await fileOps.cp(path.join(dir, 'b'), path.join(dir, 'c'))
    await fileOps.rm(path.join(dir, 'b'), { force: true })
    await expect(fileOps.rename(path.join(dir, 'missing'), path.join(dir, 'd'))).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(fileOps.rm(dir, { recursive: true, force: true })).resolves.toBeUndefined()
  })
})
