/**
 * Splits user text (ldflags, flags, smoke-test arguments) into words the way a POSIX shell would,
 * without running one: single quotes, double quotes (with \" \\ \$ \` escapes), backslashes, and
 * whitespace (spaces, tabs, newlines) between words. Anything that would make a shell do more than
 * split — variable or command substitution, redirections, pipes, `;`, `&` — is refused with an error
 * instead of being passed through silently, because the text is never given to a shell. Glob
 * characters stay literal (no file is ever matched).
 */
export class ShellWordsError extends Error {}

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '`'])

export function splitShellWords(text: string, what = 'input'): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  const fail = (why: string): never => {
    throw new ShellWordsError(`${what}: ${why} at character ${i + 1} of ${JSON.stringify(text)}`)
  }
  while (i < text.length) {
    const c = text[i] as string
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
      continue
    }
    inWord = true
    if (c === "'") {
      const end = text.indexOf("'", i + 1)
      if (end < 0) fail('unterminated single quote')
      word += text.slice(i + 1, end)
      i = end + 1
    } else if (c === '"') {
      i++
      for (;;) {
        if (i >= text.length) fail('unterminated double quote')
        const d = text[i] as string
        if (d === '"') break
        if (d === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
          if (text[i + 1] !== '\n') word += text[i + 1]
          i += 2
          continue
        }
        if (d === '$' || d === '`') fail('shell substitution is not supported (the text is not run through a shell)')
        word += d
        i++
      }
      i++
    } else if (c === '\\') {
      if (i + 1 >= text.length) fail('trailing backslash')
      if (text[i + 1] !== '\n') word += text[i + 1]
      i += 2
    } else if (c === '$') {
      fail('shell substitution is not supported (the text is not run through a shell); use a template field such as {{.Env.NAME}}')
    } else if (OPERATORS.has(c)) {
      fail(`shell operator ${JSON.stringify(c)} is not supported (the text is not run through a shell); quote it if it is meant literally`)
    } else if (c === '#' && word === '') {
      // a comment runs to the end of the line, as in a shell
      const nl = text.indexOf('\n', i)
      inWord = false
      i = nl < 0 ? text.length : nl
    } else {
      word += c
      i++
    }
  }
  if (inWord) words.push(word)
  return words
}
