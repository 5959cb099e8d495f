import { describe, expect, it } from 'vitest'
import { buildMatrix, DEFAULT_MATRIX_OPTIONS, parseGroupBy, type MatrixOptions } from '../../src/plan/matrix.js'
import { parseTargets } from '../../src/plan/targets.js'

const TARGETS = parseTargets('linux/amd64, linux/arm64, linux/arm/v7, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64')
const opts = (extra: Partial<MatrixOptions>): MatrixOptions => ({ ...DEFAULT_MATRIX_OPTIONS, ...extra })

describe('matrix', () => {
  it('is one entry per target by default, each with target, targets and runs-on', () => {
    const m = buildMatrix(parseTargets('linux/amd64, linux/arm/v7'))
    expect(m).toEqual({
      include: [
        { id: 'linux-amd64', target: 'linux/amd64', targets: 'linux/amd64', 'runs-on': 'ubuntu-latest' },
        { id: 'linux-arm-v7', target: 'linux/arm/v7', targets: 'linux/arm/v7', 'runs-on': 'ubuntu-latest' }
      ]
    })
  })

  it('groups by os', () => {
    const m = buildMatrix(TARGETS, opts({ groupBy: { kind: 'os' } }))
    expect(m.include.map((e) => [e.id, e.targets])).toEqual([
      ['linux', 'linux/amd64 linux/arm64 linux/arm/v7'],
      ['darwin', 'darwin/amd64 darwin/arm64'],
      ['windows', 'windows/amd64 windows/arm64']
    ])
    expect(m.include.every((e) => e.target === undefined)).toBe(true)
  })

  it('groups by a maximum count, balanced and in order', () => {
    const m = buildMatrix(TARGETS, opts({ groupBy: { kind: 'count', max: 3 } }))
    expect(m.include.map((e) => e.targets.split(' ').length)).toEqual([3, 2, 2])
    expect(m.include.flatMap((e) => e.targets.split(' '))).toEqual(TARGETS.map((t) => `${t.goos}/${t.goarch}${t.variant ? '/' + t.variant : ''}`))
    expect(m.include[0]?.id).toMatch(/^group-1-[0-9a-f]{8}$/)
  })

  it('puts targets that need macOS on their own macOS runner', () => {
    const m = buildMatrix(TARGETS, opts({ groupBy: { kind: 'os' }, needsMacOS: (t) => t.goos === 'darwin' && t.goarch === 'arm64', macosRunsOn: 'macos-15', runsOn: 'ubuntu-24.04' }))
    expect(m.include.map((e) => [e.id, e.targets, e['runs-on']])).toEqual([
      ['linux', 'linux/amd64 linux/arm64 linux/arm/v7', 'ubuntu-24.04'],
      ['darwin', 'darwin/amd64', 'ubuntu-24.04'],
      ['windows', 'windows/amd64 windows/arm64', 'ubuntu-24.04'],
      ['darwin-macos', 'darwin/arm64', 'macos-15']
    ])
  })

  it.each([
    ['target', { kind: 'target' }],
    ['os', { kind: 'os' }],
    ['count', { kind: 'count', max: 2 }]
  ] as const)('pins the Go version in every entry when grouped by %s', (_name, groupBy) => {
    const m = buildMatrix(TARGETS, opts({ groupBy, goVersion: '1.26.8', needsMacOS: (t) => t.goos === 'darwin' }))
    expect(m.include.length).toBeGreaterThan(1)
    for (const e of m.include) expect(e['go-version'], e.id).toBe('1.26.8')
    // the darwin lane still goes to the macOS runner, pinned like the rest
    expect(m.include.filter((e) => e.targets.includes('darwin')).every((e) => e['runs-on'] === 'macos-latest')).toBe(true)
  })

  it('leaves go-version out when none is pinned', () => {
    expect(buildMatrix(parseTargets('linux/amd64')).include[0]).not.toHaveProperty('go-version')
  })

  it.each([
    // targets, darwin cgo?, [id, runs-on] per entry
    ['linux/amd64, darwin/arm64', true, [['linux-amd64', 'ubuntu-latest'], ['darwin-arm64', 'macos-latest']]],
    ['linux/amd64, darwin/arm64', false, [['linux-amd64', 'ubuntu-latest'], ['darwin-arm64', 'ubuntu-latest']]],
    ['darwin/amd64, darwin/arm64, windows/arm64', true, [['darwin-amd64', 'macos-latest'], ['darwin-arm64', 'macos-latest'], ['windows-arm64', 'ubuntu-latest']]]
  ] as const)('routes %s (darwin cgo: %s) to its runners', (targets, cgo, want) => {
    const m = buildMatrix(parseTargets(targets), opts({ goVersion: '1.25.3', needsMacOS: (t) => cgo && t.goos === 'darwin' }))
    expect(m.include.map((e) => [e.id, e['runs-on']])).toEqual(want)
    expect(new Set(m.include.map((e) => e['go-version']))).toEqual(new Set(['1.25.3']))
  })

  it.each([
    ['', { kind: 'target' }],
    ['target', { kind: 'target' }],
    ['OS', { kind: 'os' }],
    ['4', { kind: 'count', max: 4 }]
  ])('group-by %j', (raw, want) => expect(parseGroupBy(raw)).toEqual(want))

  it.each(['0', '2.5', 'arch'])('refuses group-by %j', (raw) => {
    expect(() => parseGroupBy(raw)).toThrow(/group-by: ".*" is not target, os, or a whole number of targets per job/)
  })
})
