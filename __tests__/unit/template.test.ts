import { describe, expect, it } from 'vitest'
import { renderTemplate, renderTemplateWords, templateFieldsUsed } from '../../src/plan/template.js'
import { systemCompilerEnv } from '../../src/build/cgo.js'

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

describe('template words: split first, then render inside each word', () => {
  const words = (t: string, env: Record<string, string> = {}): string[] => renderTemplateWords(t, FIELDS, env, 'ldflags')

  it.each([
    // [template, env X, words]
    ['-X main.x={{.Env.X}}', "' -extld=/bin/sh '", ['-X', "main.x=' -extld=/bin/sh '"]],
    ["-X 'main.x={{.Env.X}}'", "' -extld=/bin/sh '", ['-X', "main.x=' -extld=/bin/sh '"]],
    ['-X "main.x={{.Env.X}}"', '" -extldflags=-x "', ['-X', 'main.x=" -extldflags=-x "']],
    ['-X main.x={{.Env.X}}', 'a b  c', ['-X', 'main.x=a b  c']],
    ['-X main.x={{.Env.X}}', '$(id) `id` ; | & > \\', ['-X', 'main.x=$(id) `id` ; | & > \\']],
    ['-X main.x={{.Env.X}}', '{{.Version}}', ['-X', 'main.x={{.Version}}']],
    ['-X main.x={{.Env.X}}', '#', ['-X', 'main.x=#']],
    ["-X 'main.t={{.Os}} ({{.Arch}}{{.Variant}})'", '', ['-X', 'main.t=linux (armv7)']],
    ['-s {{ .Env.X }} -w', 'one', ['-s', 'one', '-w']],
    // an empty unquoted expansion adds no word, as in a shell; a quoted one keeps an empty word
    ['-s {{.Env.X}} -w', '', ['-s', '-w']],
    ["-s '{{.Env.X}}' -w", '', ['-s', '', '-w']],
    ['-X main.v={{.Version}} # {{.Nope}} is a comment', '', ['-X', 'main.v=1.2.3']]
  ])('%j with X=%j → %j', (template, x, want) => expect(words(template, { X: x })).toEqual(want))

  it.each([
    ['-X main.x={{.Env.X}}', 'a\nb', /ldflags: the value of \{\{\.Env\.X\}\} has U\+000A \(newline\) at character 2; .*fix the variable X/],
    ['-X main.x={{.Env.X}}', 'a\u202eb', /U\+202E \(a bidirectional-text control\)/],
    ['-X main.x={{.Env.X}}', 'nul\0', /U\+0000 \(NUL\)/],
    ["-X 'main.x=a\tb'", '', /ldflags: the word "main\.x=a\\tb" has U\+0009 \(tab\)/],
    ['-X main.x={{.Env.X', '', /the "\{\{" at character 11 is never closed/],
    ["-X 'main.x={{.Env.X}}", '', /unterminated single quote/],
    ['-X main.x={{.Env.X | printf}}', '', /unsupported template action/]
  ])('%j with X=%j fails: %s', (template, x, message) => expect(() => words(template, { X: x })).toThrow(message))

  it('refuses a control character in a field value of a single-value template too, naming the field', () => {
    expect(() => renderTemplate('{{.ProjectName}}-{{.Version}}', { ...FIELDS, Version: '1.0\r' }, {}, 'filename')).toThrow(
      /filename: the value of \{\{\.Version\}\} has U\+000D \(carriage return\).*the version input, the git tag/
    )
  })

  it('never treats an inherited property as a field', () => {
    expect(() => render('{{.constructor}}')).toThrow(/unknown template field \{\{\.constructor\}\}/)
    expect(() => render('{{.toString}}')).toThrow(/unknown template field/)
  })
})

describe('template scanning is linear', () => {
  // the old /\{\{-?\s*(.*?)\s*-?\}\}/g took cubic time here: 20 000 spaces ran for minutes
  it.each([
    ['{{ plus spaces', '{{' + ' '.repeat(200_000)],
    ['many unclosed openings', '{{'.repeat(100_000)],
    ['many closed actions', '{{.Os}}'.repeat(30_000)],
    ['an action body of spaces', '{{' + ' '.repeat(200_000) + '}}']
  ])('%s: fails or renders within 200 ms', (_name, template) => {
    const started = performance.now()
    try {
      render(template)
      renderTemplateWords(template, FIELDS, {}, 'ldflags')
    } catch (error) {
      expect((error as Error).message).toMatch(/^ldflags: /)
      expect((error as Error).message.length).toBeLessThan(400)
    }
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('cc and cxx for c-toolchain: system', () => {
  const fields = { Triple: 'aarch64-linux-musl', Os: 'linux', Arch: 'arm64', Variant: '' }
  it.each([
    [{ cc: '{{.Triple}}-gcc', cxx: '' }, {}, { CC: 'aarch64-linux-musl-gcc' }],
    [{ cc: 'ccache {{.Triple}}-gcc', cxx: '{{.Triple}}-g++' }, {}, { CC: 'ccache aarch64-linux-musl-gcc', CXX: 'aarch64-linux-musl-g++' }],
    [{ cc: "'/opt/my cc/{{.Triple}}-gcc'", cxx: '' }, {}, { CC: "'/opt/my cc/aarch64-linux-musl-gcc'" }],
    // the value stays one word for go's own splitting of CC: no -fplugin= of its own
    [{ cc: '{{.Env.CCDIR}}/gcc', cxx: '' }, { CCDIR: '/x -fplugin=/tmp/evil.so' }, { CC: "'/x -fplugin=/tmp/evil.so/gcc'" }]
  ])('%j with %j → %j', (config, env, want) => expect(systemCompilerEnv(config, fields, env)).toEqual(want))

  it('refuses a value go could not carry, or one with a control character, naming cc', () => {
    expect(() => systemCompilerEnv({ cc: '{{.Env.X}}', cxx: '' }, fields, { X: `a'b"c` })).toThrow(/^cc: the word .* holds both quote characters/)
    expect(() => systemCompilerEnv({ cc: '{{.Env.X}}', cxx: '' }, fields, { X: 'gcc\n-x' })).toThrow(/^cc: the value of \{\{\.Env\.X\}\} has U\+000A/)
  })
})
