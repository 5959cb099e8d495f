import { describe, expect, it } from 'vitest'
import { parseVersionFile, readGoDirectives } from '../../src/plan/version-file.js'

describe('go-version-file', () => {
  it.each([
    ['go.mod', 'module x\n\ngo 1.22\n', '>=1.22.0', 'go.mod (go 1.22, a minimum)'],
    ['go.mod', 'module x\n\ngo 1.22.3\n\ntoolchain go1.23.4\n', '1.23.4', 'go.mod (toolchain go1.23.4)'],
    ['go.mod', 'module x\ngo 1.21rc2\n', '>=1.21.0-rc.2', 'go.mod (go 1.21rc2, a minimum)'],
    ['go.mod', 'module x\ngo 1.22 // the minimum\ntoolchain default\n', '>=1.22.0', 'go.mod (go 1.22, a minimum)'],
    ['go.mod', 'module x\ngo 1.22\ntoolchain go1.23.4-custom\n', '1.23.4', 'go.mod (toolchain go1.23.4-custom)'],
    ['sub/go.work', 'go 1.23.1\n\nuse (\n\t./a\n\t./b\n)\n', '>=1.23.1', 'sub/go.work (go 1.23.1, a minimum)'],
    ['.go-version', '1.22.5\n', '1.22.5', '.go-version'],
    ['.go-version', '# pinned\ngo1.22.5\n', '1.22.5', '.go-version'],
    ['.go-version', '1.22\n', '1.22', '.go-version'],
    ['.tool-versions', 'nodejs 24.1.0\ngolang 1.23.4\n', '1.23.4', '.tool-versions (golang 1.23.4)'],
    ['.tool-versions', 'go 1.23.4 # mise spelling\n', '1.23.4', '.tool-versions (go 1.23.4)']
  ])('%s %j → %s', (file, text, spec, origin) => {
    expect(parseVersionFile(file, text)).toEqual({ spec, origin })
  })

  it.each([
    ['go.mod', 'module x\n', /go\.mod has neither a "go" nor a "toolchain" line/],
    ['.tool-versions', 'nodejs 24\n', /has no "golang" \(or "go"\) line/],
    ['.go-version', '\n\n', /is empty/],
    ['go.mod', 'module x\ngo one\n', /"go one" is not a Go version/]
  ])('%s %j fails clearly', (file, text, message) => {
    expect(() => parseVersionFile(file, text)).toThrow(message)
  })

  it('reads directives but not lookalikes in comments or blocks', () => {
    expect(readGoDirectives('module x\n// go 1.10\ngo 1.22\nrequire (\n\tgolang.org/x/sys v0.1.0\n)\n')).toEqual({ go: '1.22' })
  })
})
