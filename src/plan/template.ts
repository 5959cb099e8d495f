/**
 * goreleaser-style template fields (`{{.Version}}`, `{{ .Env.NAME }}`) in ldflags, names and
 * artifact names. Only field references are supported — no pipelines, functions or conditionals —
 * and anything else, or an unknown field, is an error that names the input and lists the fields.
 */
export class TemplateError extends Error {}

export type TemplateFields = Record<string, string>

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g

export function renderTemplate(
  template: string,
  fields: TemplateFields,
  env: Record<string, string | undefined>,
  what: string
): string {
  return template.replace(ACTION, (_match, body: string) => {
    const m = /^\.([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/.exec(body)
    if (!m) {
      throw new TemplateError(
        `${what}: unsupported template action {{${body}}}; only fields such as {{.Version}} or {{.Env.NAME}} are supported`
      )
    }
    const [, field, sub] = m as unknown as [string, string, string | undefined]
    if (field === 'Env') {
      if (!sub) throw new TemplateError(`${what}: {{.Env}} needs a variable name, as in {{.Env.GITHUB_REPOSITORY}}`)
      const value = env[sub]
      if (value === undefined) {
        throw new TemplateError(`${what}: {{.Env.${sub}}} refers to an environment variable that is not set; set it in the step's env:`)
      }
      return value
    }
    if (sub !== undefined || !(field in fields)) {
      throw new TemplateError(
        `${what}: unknown template field {{.${field}${sub ? '.' + sub : ''}}}; known fields: ${[...Object.keys(fields), 'Env.NAME']
          .map((f) => `{{.${f}}}`)
          .join(', ')}`
      )
    }
    return fields[field] as string
  })
}

/** The fields a template may use, without rendering it (for validating templates before any work). */
export function templateFieldsUsed(template: string): string[] {
  return [...template.matchAll(ACTION)].map((m) => (m[1] ?? '').replace(/^\./, ''))
}
