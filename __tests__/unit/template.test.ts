import { describe, expect, it } from 'vitest'
import { renderTemplate, templateFieldsUsed } from '../../src/plan/template.js'

const FIELDS = { Version: '1.2.3', Os: 'linux', Arch: 'arm', Variant: 'v7', ProjectName: 'tool' }
const render = (t: string, env: Record<string, string> = {}): string => renderTemplate(t, FIELDS, env, 'ldflags')

describe('templates', () => {
  it.each([
    ['-X main.version={{.Version}}', '-X main.version=1.2.3'],
    ['{{ .ProjectName }}-{{.Os}}-{{.Arch}}{{.Variant}}', 'tool-linux-armv7'],
    ['{{- .Version -}}', '1.2.3'],
    ['no fields', 'no fields'],
    ['{{.Env.BUILDER}}@{{.Version}}', 'ci@1.2.3'],
    ['{ {.Version} }', '{ {.Version} }']
  ])('%s → %s', (t, want) => expect(render(t, { BUILDER: 'ci' })).toBe(want))

  it.each([
    ['{{.Versoin}}', /ldflags: unknown template field \{\{\.Versoin\}\}; known fields: \{\{\.Version\}\}, .*\{\{\.Env\.NAME\}\}/],
    ['{{.Version | upper}}', /unsupported template action \{\{\.Version \| upper\}\}/],
    ['{{if .Variant}}x{{end}}', /unsupported template action \{\{if \.Variant\}\}/],
    ['{{.Env}}', /\{\{\.Env\}\} needs a variable name/],
    ['{{.Env.NOPE}}', /\{\{\.Env\.NOPE\}\} refers to an environment variable that is not set/],
    ['{{.Os.Sub}}', /unknown template field \{\{\.Os\.Sub\}\}/]
  ])('%s fails: %s', (t, message) => expect(() => render(t)).toThrow(message))

  it('lists the fields a template uses', () => {
    expect(templateFieldsUsed('{{.Os}}/{{ .Env.X }}')).toEqual(['Os', 'Env.X'])
  })
})
