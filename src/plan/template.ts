/**
 * goreleaser-style template fields (`{{.Version}}`, `{{ .Env.NAME }}`) in ldflags, names and
 * artifact names. Only field references are supported — no pipelines, functions or conditionals —
 * and anything else, or an unknown field, is an error that names the input and lists the fields.
 *
 * Two rules keep a field's value a value:
 * - text that is split into words (ldflags) is split *first*, with each `{{…}}` kept whole inside
 *   its word, and the fields are rendered inside each word afterwards — a value holding quotes,
 *   spaces or `-extld=…` stays inside the word it was written in, and can add, remove or split none;
 * - a value holding a control or bidi character (a newline in an environment variable, a NUL in a
 *   branch name) is refused, naming the field: such a value has no business in a name, a path, a
 *   version or a linker flag.
 *
 * The scanner is one linear pass (indexOf for each `}}`); the regular expression it replaces took
 * cubic time on `{{` followed by thousands of spaces.
 */
import { splitShellWordParts, type Embedded } from './shellwords.js'
import { controlCharacterProblem, quoteFragment } from './values.js'

export class TemplateError extends Error {}

export type TemplateFields = Record<string, string>

/** One `{{.Field}}` or `{{.Env.NAME}}`. */
export interface TemplateAction {
  field: string
  sub?: string
}

const FIELD = /^\.([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/

/** Reads the action that starts at `start` (`{{`), returning it and the index after its `}}`. */
function readAction(text: string, start: number, what: string): { item: TemplateAction; end: number } {
  const close = text.indexOf('}}', start + 2)
  if (close < 0) {
    throw new TemplateError(`${what}: the "{{" at character ${start + 1} is never closed with "}}"; write fields as {{.Version}}`)
  }
  let body = text.slice(start + 2, close)
  // {{- x -}}: Go's trim markers; go-xbuild's output has no surrounding text to trim
  if (body.startsWith('-')) body = body.slice(1)
  if (body.endsWith('-')) body = body.slice(0, -1)
  body = body.trim()
  const m = FIELD.exec(body)
  if (!m) {
    throw new TemplateError(
      `${what}: unsupported template action {{${quoteFragment(body).slice(1, -1)}}}; only fields such as {{.Version}} or {{.Env.NAME}} are supported`
    )
  }
  const [, field, sub] = m as unknown as [string, string, string | undefined]
  return { item: sub === undefined ? { field } : { field, sub }, end: close + 2 }
}

const actions = (what: string): Embedded<TemplateAction> => ({
  startsAt: (text, i) => text.charCodeAt(i) === 123 /* { */ && text.charCodeAt(i + 1) === 123,
  read: (text, i) => readAction(text, i, what)
})

/** The template as literal text and actions, in order. */
export function parseTemplate(template: string, what: string): Array<string | TemplateAction> {
  const parts: Array<string | TemplateAction> = []
  let from = 0
  for (let i = template.indexOf('{{'); i >= 0; i = template.indexOf('{{', from)) {
    if (i > from) parts.push(template.slice(from, i))
    const { item, end } = readAction(template, i, what)
    parts.push(item)
    from = end
  }
  if (from < template.length) parts.push(template.slice(from))
  return parts
}

const spell = (a: TemplateAction): string => `{{.${a.field}${a.sub !== undefined ? '.' + a.sub : ''}}}`

/** The value of one action, checked: known field, set variable, no control characters. */
function resolve(a: TemplateAction, fields: TemplateFields, env: Record<string, string | undefined>, what: string): string {
  let value: string
  if (a.field === 'Env') {
    if (a.sub === undefined) throw new TemplateError(`${what}: {{.Env}} needs a variable name, as in {{.Env.GITHUB_REPOSITORY}}`)
    const v = env[a.sub]
    if (v === undefined) {
      throw new TemplateError(`${what}: {{.Env.${a.sub}}} refers to an environment variable that is not set; set it in the step's env:`)
    }
    value = v
  } else {
    if (a.sub !== undefined || !Object.hasOwn(fields, a.field)) {
      throw new TemplateError(
        `${what}: unknown template field ${spell(a)}; known fields: ${[...Object.keys(fields), 'Env.NAME'].map((f) => `{{.${f}}}`).join(', ')}`
      )
    }
    value = fields[a.field] as string
  }
  const control = controlCharacterProblem(value)
  if (control) {
    throw new TemplateError(
      `${what}: the value of ${spell(a)} has ${control}; names, paths, versions and flags cannot hold control or bidi characters — ` +
        (a.field === 'Env' ? `fix the variable ${a.sub}` : 'fix its source (the version input, the git tag or branch, or go.mod)')
    )
  }
  return value
}

const renderParts = (parts: Array<string | TemplateAction>, fields: TemplateFields, env: Record<string, string | undefined>, what: string): string =>
  parts.map((p) => (typeof p === 'string' ? p : resolve(p, fields, env, what))).join('')

/** Renders a template that is one value (a file name, an artifact name). */
export function renderTemplate(template: string, fields: TemplateFields, env: Record<string, string | undefined>, what: string): string {
  return renderParts(parseTemplate(template, what), fields, env, what)
}

/**
 * Splits a template into shell words, then renders each word: the result has exactly the words the
 * author wrote, whatever the fields hold. A word made only of unquoted fields that render empty is
 * dropped, as a shell drops an empty unquoted expansion (`{{.Env.EXTRA}}` with EXTRA="" adds no
 * argument); quote it (`'{{.Env.EXTRA}}'`) to keep an empty word. Every word is checked for
 * control characters, literal or rendered.
 */
export function renderTemplateWords(template: string, fields: TemplateFields, env: Record<string, string | undefined>, what: string): string[] {
  const out: string[] = []
  for (const word of splitShellWordParts(template, what, actions(what))) {
    const text = renderParts(word.parts, fields, env, what)
    if (text === '' && !word.quoted) continue
    const control = controlCharacterProblem(text)
    if (control) throw new TemplateError(`${what}: the word ${quoteFragment(text)} has ${control}; remove it`)
    out.push(text)
  }
  return out
}

/** Checks a word template's syntax (quotes, actions) without rendering it, before any work. */
export function checkTemplateWords(template: string, what: string): void {
  splitShellWordParts(template, what, actions(what))
}

/** The fields a template uses, without rendering it (for validating templates before any work). */
export function templateFieldsUsed(template: string): string[] {
  return parseTemplate(template, 'template')
    .filter((p): p is TemplateAction => typeof p !== 'string')
    .map((a) => (a.sub !== undefined ? `${a.field}.${a.sub}` : a.field))
}
