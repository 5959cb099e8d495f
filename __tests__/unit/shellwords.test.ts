import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { splitShellWords } from '../../src/plan/shellwords.js'

const CASES: string[] = [
  '-s -w',
  "-s -w -X 'main.msg=hello world'",
  '-X "main.msg=say \\"hi\\""',
  '-X main.path=C:\\\\tools',
  "-X 'main.q=it'\"'\"'s'",
  '  -a\t-b   -c  ',
  '-X main.x=a*b -X main.y=[z] -X main.z=?',
  "''",
  '-extldflags "-static -lm"',
  'a\\ b c',
  '-X main.v=1.2.3 # a comment',
  'x#y'
]

/** What a real POSIX shell (globbing off) makes of the same text: the independent check. */
const shellSplitArgs = (text: string): string[] => {
  const out = execFileSync('sh', ['-c', `set -f; printf '%s\\0' ${text}`], { encoding: 'utf8' })
  return out.split('\0').slice(0, -1)
}

describe('shell words', () => {
  it.each(CASES)('%j splits as sh does', (text) => {
    expect(splitShellWords(text)).toEqual(shellSplitArgs(text))
  })

  it('treats newlines as spaces, so a YAML block can hold one flag per line', () => {
    expect(splitShellWords('-s\n-w\n-X "main.v=a b"\n')).toEqual(['-s', '-w', '-X', 'main.v=a b'])
  })

  it('gives nothing for blank text', () => {
    expect(splitShellWords('')).toEqual([])
    expect(splitShellWords('  \n ')).toEqual([])
  })

  it.each([
    ['-X main.v=$VERSION', /shell substitution is not supported.*\{\{\.Env\.NAME\}\}/],
    ['-X "main.v=$(date)"', /shell substitution is not supported/],
    ['-X main.v=`date`', /shell operator "`"/],
    ['-s; rm -rf /', /shell operator ";"/],
    ['-s | tee', /shell operator "\|"/],
    ['-s > out', /shell operator ">"/],
    ['-s & ', /shell operator "&"/],
    ["-X 'main.v=1", /unterminated single quote/],
    ['-X "main.v=1', /unterminated double quote/],
    ['-s \\', /trailing backslash/]
  ])('refuses %j, saying why and where', (text, message) => {
    expect(() => splitShellWords(text, 'ldflags')).toThrow(message)
    expect(() => splitShellWords(text, 'ldflags')).toThrow(/^ldflags: .* at character \d+ of /)
  })
})
