/** The binary inspector on real binaries: Go's output for several ports, and a dynamic C program. */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkBinaryMatchesTarget, inspectBinary } from '../../src/build/inspect.js'
import { FIXTURES, SHARED_GOCACHE, tempDir } from '../support/workspace.js'

const PORTS: Array<[string, string, Partial<Awaited<ReturnType<typeof inspectBinary>>>]> = [
  ['linux', 'amd64', { format: 'elf', os: 'linux', arch: 'amd64', bits: 64, endian: 'little' }],
  ['linux', '386', { format: 'elf', os: 'linux', arch: '386', bits: 32 }],
  ['linux', 'arm', { format: 'elf', os: 'linux', arch: 'arm', bits: 32 }],
  ['linux', 'arm64', { format: 'elf', os: 'linux', arch: 'arm64' }],
  ['linux', 'riscv64', { format: 'elf', arch: 'riscv64' }],
  ['linux', 's390x', { format: 'elf', arch: 's390x', endian: 'big' }],
  ['linux', 'mips', { format: 'elf', arch: 'mips', endian: 'big', bits: 32 }],
  ['linux', 'ppc64le', { format: 'elf', arch: 'ppc64le' }],
  ['freebsd', 'amd64', { format: 'elf', os: 'freebsd', arch: 'amd64' }],
  ['openbsd', 'arm64', { format: 'elf', os: 'openbsd', arch: 'arm64' }],
  ['netbsd', 'amd64', { format: 'elf', os: 'netbsd' }],
  ['darwin', 'arm64', { format: 'macho', os: 'darwin', arch: 'arm64', bits: 64 }],
  ['darwin', 'amd64', { format: 'macho', arch: 'amd64' }],
  ['windows', 'amd64', { format: 'pe', os: 'windows', arch: 'amd64', bits: 64 }],
  ['windows', '386', { format: 'pe', arch: '386', bits: 32 }],
  ['windows', 'arm64', { format: 'pe', arch: 'arm64' }],
  ['aix', 'ppc64', { format: 'xcoff', os: 'aix', arch: 'ppc64' }],
  ['plan9', 'amd64', { format: 'plan9', arch: 'amd64' }],
  ['wasip1', 'wasm', { format: 'wasm', arch: 'wasm' }]
]

describe('inspectBinary on Go binaries', () => {
  const out = tempDir('inspect')
  beforeAll(() => {
    for (const [goos, goarch] of PORTS) {
      execFileSync('go', ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', path.join(out, `${goos}-${goarch}`), '.'], {
        cwd: path.join(FIXTURES, 'app'),
        env: { ...process.env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0', GOCACHE: SHARED_GOCACHE, GOTOOLCHAIN: 'local' }
      })
    }
  }, 900_000)

  it.each(PORTS)('%s/%s', async (goos, goarch, want) => {
    const info = await inspectBinary(path.join(out, `${goos}-${goarch}`))
    expect(info).toMatchObject(want)
    expect(checkBinaryMatchesTarget(info, goos, goarch, { requireStatic: goos === 'linux' })).toEqual([])
    if (info.format === 'elf' || info.format === 'pe') {
      expect(info.sections.length).toBeGreaterThan(3)
      expect(info.entry).toBeGreaterThan(0)
    }
    if (goos === 'linux') expect(info.description).toMatch(/static$/)
  })

  it('catches a binary built for another target', async () => {
    const info = await inspectBinary(path.join(out, 'linux-arm64'))
    expect(checkBinaryMatchesTarget(info, 'linux', 'amd64', { requireStatic: true })).toEqual([expect.stringMatching(/built for arm64, not amd64/)])
    expect(checkBinaryMatchesTarget(info, 'windows', 'arm64', { requireStatic: false })).toEqual([expect.stringMatching(/expected a PE file for windows\/arm64, found ELF/)])
    const bsd = await inspectBinary(path.join(out, 'freebsd-amd64'))
    expect(checkBinaryMatchesTarget(bsd, 'linux', 'amd64', { requireStatic: true })).toEqual([expect.stringMatching(/OSABI says freebsd, not linux/)])
  })

  it('reads the dynamic loader and needed libraries of a dynamic C binary', async () => {
    const dir = tempDir('cc')
    writeFileSync(path.join(dir, 'm.c'), '#include <math.h>\n#include <stdio.h>\nint main(int c, char**v){ printf("%f\\n", sqrt((double)c)); return 0; }\n')
    execFileSync('gcc', ['-o', path.join(dir, 'm'), path.join(dir, 'm.c'), '-lm'])
    const info = await inspectBinary(path.join(dir, 'm'))
    expect(info.interpreter).toMatch(/ld-linux-x86-64\.so\.2$/)
    expect(info.needed).toEqual(expect.arrayContaining(['libm.so.6', 'libc.so.6']))
    expect(checkBinaryMatchesTarget(info, 'linux', 'amd64', { requireStatic: true })).toEqual([expect.stringMatching(/^not static: .*interpreter/)])
  })

  it('says what it does not know', async () => {
    const f = path.join(tempDir('junk'), 'x')
    writeFileSync(f, '#!/bin/sh\necho hi\n')
    expect(await inspectBinary(f)).toMatchObject({ format: 'unknown' })
    expect(checkBinaryMatchesTarget(await inspectBinary(f), 'linux', 'amd64', { requireStatic: true })[0]).toMatch(/expected an ELF file for linux\/amd64, found not an executable format/)
  })
})
