/**
 * Splits user text (ldflags, flags, smoke-test arguments) into words the way a POSIX shell would,
 * without running one: single quotes, double quotes (with \" \\ \$ \` escapes), backslashes, and
 * whitespace (spaces, tabs, newlines) between words. Anything that would make a shell do more than
 * split — variable or command substitution, redirections, pipes, `;`, `&` — is refused with an error
 * instead of being passed through silently, because the text is never given to a shell. Glob
 * characters stay literal (no file is ever matched).
 *
 * One pass, one character at a time, no regular expression: linear in the length of the text
 * whatever it holds.
 */
import { quoteFragment } from './values.js'

export class ShellWordsError extends Error {}

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '`'])

/**
 * Something the caller recognises inside the text (a template action): it is kept whole, as one
 * part of the current word, in every quoting state — so what it later expands to can never end a
 * quote or a word.
 */
export interface Embedded<T> {
  /** Whether an embedded item starts at `i`. */
  startsAt(text: string, i: number): boolean
  /** Reads it; returns the item and the index just past it. Throws for a malformed one. */
  read(text: string, i: number): { item: T; end: number }
}

/** One word: literal text and embedded items in order; `quoted` when a quote was part of it. */
export interface WordParts<T> {
  parts: Array<string | T>
  quoted: boolean
}

export function splitShellWords(text: string, what = 'input'): string[] {
  return splitShellWordParts<never>(text, what).map((w) => w.parts.join(''))
}

export function splitShellWordParts<T>(text: string, what: string, embedded?: Embedded<T>): Array<WordParts<T>> {
  const words: Array<WordParts<T>> = []
  let parts: Array<string | T> = []
  let literal = ''
  let inWord = false
  let quoted = false
  let i = 0
  const fail = (why: string): never => {
    // the whole text when it is short, else the stretch around the fault: an error never replays a huge input
    const where = text.length <= 80 ? quoteFragment(text, 80) : `the text, near ${quoteFragment(text.slice(Math.max(0, i - 30), i + 30))}`
    throw new ShellWordsError(`${what}: ${why} at character ${i + 1} of ${where}`)
  }
  const flushLiteral = (): void => {
    if (literal) parts.push(literal)
    literal = ''
  }
  const endWord = (): void => {
    flushLiteral()
    if (inWord) words.push({ parts, quoted })
    parts = []
    inWord = false
    quoted = false
  }
  /** An embedded item at i, appended to the word; false when there is none. */
  const takeEmbedded = (): boolean => {
    if (!embedded?.startsAt(text, i)) return false
    const { item, end } = embedded.read(text, i)
    flushLiteral()
    parts.push(item)
    i = end
    return true
  }
  while (i < text.length) {
    const c = text[i] as string
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      endWord()
      i++
      continue
    }
    if (c === '#' && !inWord) {
      // a comment runs to the end of the line, as in a shell
      const nl = text.indexOf('\n', i)
      i = nl < 0 ? text.length : nl
      continue
    }
    inWord = true
    if (takeEmbedded()) continue
    if (c === "'") {
      quoted = true
      i++
      for (;;) {
        if (i >= text.length) fail('unterminated single quote')
        if (text[i] === "'") break
        if (takeEmbedded()) continue
        literal += text[i]
        i++
      }
      i++
    } else if (c === '"') {
      quoted = true
      i++
      for (;;) {
        if (i >= text.length) fail('unterminated double quote')
        const d = text[i] as string
        if (d === '"') break
        if (takeEmbedded()) continue
        if (d === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
          if (text[i + 1] !== '\n') literal += text[i + 1]
          i += 2
          continue
        }
        if (d === '$' || d === '`') fail('shell substitution is not supported (the text is not run through a shell)')
        literal += d
        i++
      }
      i++
    } else if (c === '\\') {
      if (i + 1 >= text.length) fail('trailing backslash')
      if (text[i + 1] !== '\n') literal += text[i + 1]
      i += 2
    } else if (c === '$') {
      fail('shell substitution is not supported (the text is not run through a shell); use a template field such as {{.Env.NAME}}')
    } else if (OPERATORS.has(c)) {
      fail(`shell operator ${JSON.stringify(c)} is not supported (the text is not run through a shell); quote it if it is meant literally`)
    } else {
      literal += c
      i++
    }
  }
  endWord()
  return words
}
