import { describe, expect, it } from 'vitest'
import { PORTS } from '../../src/plan/platforms.js'
import { unsupportedTargets } from '../../src/plan/go-support.js'
import { canonicalTarget, effectiveVariant, parseTargets, splitTargetItems, targetEnv, targetFromCanonical } from '../../src/plan/targets.js'

const canon = (input: string): string[] => parseTargets(input).map(canonicalTarget)

describe('targets grammar: valid lists', () => {
  it.each([
    ['linux/amd64', ['linux/amd64']],
    ['linux/amd64,darwin/arm64', ['linux/amd64', 'darwin/arm64']],
    ['linux/amd64 darwin/arm64\twindows/amd64', ['linux/amd64', 'darwin/arm64', 'windows/amd64']],
    ['linux/amd64\n  windows/arm64 # the new one\n# a whole comment line\nfreebsd/amd64', ['linux/amd64', 'windows/arm64', 'freebsd/amd64']],
    [' , linux/amd64 ,, ', ['linux/amd64']],
    // duplicates collapse, first occurrence wins the position
    ['linux/arm64, linux/amd64, linux/arm64', ['linux/arm64', 'linux/amd64']],
    ['linux/amd64, all', ['linux/amd64', 'darwin/amd64', 'darwin/arm64', 'linux/386', 'linux/arm', 'linux/arm64', 'windows/386', 'windows/amd64']],
    ['darwin/*', ['darwin/amd64', 'darwin/arm64']],
    ['*/riscv64', ['freebsd/riscv64', 'linux/riscv64', 'openbsd/riscv64']],
    ['windows/*, !windows/arm', ['windows/386', 'windows/amd64', 'windows/arm64']],
    ['all, !windows/*, !darwin/amd64', ['darwin/arm64', 'linux/386', 'linux/amd64', 'linux/arm', 'linux/arm64']]
  ])('%j → %j', (input, want) => {
    expect(canon(input)).toEqual(want)
  })

  it('keeps variants distinct and in order', () => {
    expect(canon('linux/arm/v7, linux/arm/v6, linux/arm, linux/arm/v7')).toEqual(['linux/arm/v7', 'linux/arm/v6', 'linux/arm'])
  })

  it.each([
    ['linux/arm/v5', 'GOARM', '5'],
    ['linux/arm/v7', 'GOARM', '7'],
    ['linux/amd64/v3', 'GOAMD64', 'v3'],
    ['linux/arm64/v8.2', 'GOARM64', 'v8.2'],
    ['linux/arm64/v9.5', 'GOARM64', 'v9.5'],
    ['linux/386/softfloat', 'GO386', 'softfloat'],
    ['linux/mips/softfloat', 'GOMIPS', 'softfloat'],
    ['linux/mipsle/hardfloat', 'GOMIPS', 'hardfloat'],
    ['linux/mips64le/softfloat', 'GOMIPS64', 'softfloat'],
    ['linux/ppc64le/power9', 'GOPPC64', 'power9'],
    ['linux/riscv64/rva22u64', 'GORISCV64', 'rva22u64']
  ])('%s sets %s=%s', (item, variable, value) => {
    const [t] = parseTargets(item)
    expect(t && targetEnv(t)).toMatchObject({ [variable]: value })
  })

  it('sets no variant variable when none is given, and knows the default Go picks', () => {
    const [t] = parseTargets('linux/arm')
    expect(targetEnv(t!)).toEqual({ GOOS: 'linux', GOARCH: 'arm' })
    expect(effectiveVariant(t!)).toBe('v7')
    expect(effectiveVariant(parseTargets('linux/s390x')[0]!)).toBe('')
  })

  it('exclusion without a variant removes every variant of the pair; with one, only that one', () => {
    expect(canon('linux/arm/v6, linux/arm/v7, linux/amd64, !linux/arm')).toEqual(['linux/amd64'])
    expect(canon('linux/arm/v6, linux/arm/v7, !linux/arm/v6')).toEqual(['linux/arm/v7'])
  })
})

describe('targets grammar: wildcards', () => {
  it('leave out ports that link only with cgo', () => {
    const all = canon('*/*')
    expect(all).not.toContain('android/amd64')
    expect(all).not.toContain('ios/arm64')
    expect(all).toContain('android/arm64')
    expect(all).toHaveLength(PORTS.filter((p) => !p.needsCgo).length)
  })
  it('take a variant when the arch is concrete', () => {
    expect(canon('*/amd64/v3, !plan9/*, !windows/*')).toContain('linux/amd64/v3')
  })
  it('can still name a cgo-only port explicitly', () => {
    expect(canon('ios/arm64')).toEqual(['ios/arm64'])
  })
})

describe('targets grammar: patterns inside an element', () => {
  const linux = canon('linux/*')
  it.each([
    // the README's own example: every Linux port but the MIPS family
    ['linux/*, !linux/mips*', linux.filter((t) => !/^linux\/mips/.test(t))],
    ['linux/mips*', ['linux/mips', 'linux/mips64', 'linux/mips64le', 'linux/mipsle']],
    ['*bsd/amd64', ['freebsd/amd64', 'netbsd/amd64', 'openbsd/amd64']],
    ['linux/arm?4', ['linux/arm64']],
    ['linux/ppc64*, !linux/ppc64', ['linux/ppc64le']],
    ['*/arm64, !*bsd/*, !android/*, !ios/*', ['darwin/arm64', 'linux/arm64', 'windows/arm64']]
  ])('%j', (input, want) => {
    expect(canon(input).sort()).toEqual([...want].sort())
  })
  it('match Go ports the way a whole-element * does', () => {
    expect(canon('linux/*').sort()).toEqual(canon('l*/*').filter((t) => t.startsWith('linux/')).sort())
  })
  it.each([
    ['linux/mipz*', /"linux\/mipz\*": "mipz\*" matches no GOARCH/],
    ['*bsdx/amd64', /"\*bsdx\/amd64": "\*bsdx" matches no GOOS/],
    ['darwin/mips*', /"darwin\/mips\*" matches no Go port/],
    ['linux/arm*/v7', /a variant needs a concrete arch/],
    ['linux/arm/v*', /a variant cannot be a pattern/],
    ['!linux/mipz*, linux/amd64', /matches no GOARCH/]
  ])('%j fails naming the item', (input, message) => {
    expect(() => parseTargets(input)).toThrow(message)
  })
})

describe('targets grammar: errors name the item and the nearest valid one', () => {
  it.each([
    ['linux/arm65', /"linux\/arm65": unknown GOARCH "arm65"; did you mean "linux\/arm64"\?/],
    ['linx/amd64', /unknown GOOS "linx"; did you mean "linux\/amd64"\?/],
    ['darwn/*', /unknown GOOS "darwn"; did you mean "darwin\/\*"\?/],
    ['Linux/AMD64', /did you mean "linux\/amd64"\?/],
    ['linux/armv7', /unknown GOARCH "armv7"; did you mean "linux\/arm\/v7"\?/],
    ['linux', /"linux" is not of the form os\/arch/],
    ['linux/amd64/v3/x', /not of the form os\/arch or os\/arch\/variant/],
    ['darwin/386', /"darwin\/386" is not a Go port \(darwin supports amd64, arm64\)/],
    ['linux/amd64/v5', /unknown amd64 variant "v5" \(GOAMD64\); valid: v1, v2, v3, v4/],
    ['linux/arm/7', /unknown arm variant "7" \(GOARM\); valid: v5, v6, v7; did you mean "linux\/arm\/v7"\?/],
    ['linux/s390x/z15', /s390x takes no variant; write "linux\/s390x"/],
    ['*/*/v3', /a variant needs a concrete arch/],
    ['!all', /"!all" excludes everything/],
    ['!windows/arm64', /has only exclusions/],
    ['', /targets is empty/],
    ['linux/arm/v6, !linux/arm', /the exclusions remove every target/]
  ])('%j', (input, message) => {
    expect(() => parseTargets(input)).toThrow(message)
  })

  it('reports every bad item at once', () => {
    expect(() => parseTargets('linux/arm65, linux/amd64, windoze/amd64')).toThrow(/- "linux\/arm65".*\n.*- "windoze\/amd64"/s)
  })

  it('answers in milliseconds', () => {
    const started = performance.now()
    for (let i = 0; i < 20; i++) expect(() => parseTargets('linux/arm65, freebsd/amd6, plan8/386')).toThrow()
    expect((performance.now() - started) / 20).toBeLessThan(50)
  })
})

describe('helpers', () => {
  it('splits items on commas, spaces and newlines, dropping comments', () => {
    expect(splitTargetItems('a,b c\nd # e f\n#g\n')).toEqual(['a', 'b', 'c', 'd'])
  })
  it('reads a canonical target back', () => {
    expect(targetFromCanonical('linux/arm/v7')).toEqual({ goos: 'linux', goarch: 'arm', variant: 'v7' })
    expect(targetFromCanonical('darwin/arm64')).toEqual({ goos: 'darwin', goarch: 'arm64', variant: '' })
  })
})

describe('targets against the installed Go', () => {
  const DIST = ['linux/amd64', 'linux/arm64', 'linux/riscv64', 'windows/amd64']
  it('accepts what this Go has', () => {
    expect(unsupportedTargets('1.26.8', DIST, parseTargets('linux/amd64, linux/arm64/v8.2, linux/riscv64/rva23u64'))).toEqual([])
  })
  it('names ports this Go lacks and variants newer than it', () => {
    expect(unsupportedTargets('1.22.5', DIST, parseTargets('windows/arm, linux/arm64/v8.2, linux/amd64/v3, linux/riscv64/rva22u64'))).toEqual([
      'windows/arm is not a port of Go 1.22.5 (go tool dist list); pick another go-version or drop the target',
      'linux/arm64/v8.2 needs Go 1.23 or newer (GOARM64); Go is 1.22.5',
      'linux/riscv64/rva22u64 needs Go 1.23 or newer (GORISCV64); Go is 1.22.5'
    ])
    expect(unsupportedTargets('1.24.1', DIST, parseTargets('linux/riscv64/rva23u64'))).toEqual([
      'linux/riscv64/rva23u64 needs Go 1.25 or newer (GORISCV64); Go is 1.24.1'
    ])
  })
})

describe('targets on hostile lists', () => {
  it.each([
    ['800 near-miss items', Array.from({ length: 800 }, () => 'linx/amd6').join(',')],
    ['120 items of 64 characters', Array.from({ length: 120 }, () => 'x'.repeat(64)).join(',')],
    ['240 items of 32 characters', Array.from({ length: 240 }, () => 'x'.repeat(32)).join(',')]
  ])('%s: refused within 200 ms, listing the first ten, suggesting for those only', (_name, input) => {
    const started = performance.now()
    const message = (() => {
      try {
        parseTargets(input)
      } catch (error) {
        return (error as Error).message
      }
      return ''
    })()
    expect(performance.now() - started).toBeLessThan(200)
    expect(message).toMatch(/^targets: \n {2}- /)
    expect(message.split('\n  - ')).toHaveLength(12) // the head, ten errors, "… and N more"
    expect(message).toMatch(/… and \d+ more$/)
    expect(message.length).toBeLessThan(1500)
  })
})
