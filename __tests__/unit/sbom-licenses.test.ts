/**
 * The license classifier and the build-info reader, held to hostile and tricky input: module
 * paths as the cache escapes them, the SPDX texts themselves, the ISC/0BSD pair (a wrapped line
 * that starts with "copyright" is license text, not a copyright line), files that are too big,
 * symlinks and paths that climb out of the module cache; build info that is not what go writes.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import list from 'spdx-license-list/full.js'
import { parseBuildInfo } from '../../src/sbom/buildinfo.js'
import { classifyLicenseText, escapeModulePath, identifyLicenses, isSafeModulePath, MAX_LICENSE_BYTES } from '../../src/sbom/licenses.js'
import { tempDir } from '../support/workspace.js'

const text = (id: string): string => (list as Record<string, { licenseText: string }>)[id]!.licenseText
const ISC_AS_GO_SPEW_HAS_IT = `ISC License

Copyright (c) 2012-2016 Dave Collins <dave@davec.name>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`

describe('module paths in the cache', () => {
  it.each([
    ['github.com/BurntSushi/toml', 'github.com/!burnt!sushi/toml'],
    ['github.com/CycloneDX/cyclonedx-gomod', 'github.com/!cyclone!d!x/cyclonedx-gomod'],
    ['golang.org/x/mod', 'golang.org/x/mod']
  ])('%s is stored as %s', (p, want) => expect(escapeModulePath(p)).toBe(want))
  it.each(['', '../x', 'a/../b', 'a//b', '/abs', 'a/.hidden', 'a\\b', 'a b', 'a/b!c'])('%j is not a module path to join below the cache', (p) => expect(isSafeModulePath(p)).toBe(false))
})

describe('the classifier', () => {
  it.each(['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', '0BSD', 'GPL-3.0-only', 'LGPL-2.1-only', 'Unlicense'])('knows the SPDX text of %s', async (id) => {
    expect((await classifyLicenseText(text(id)))?.id).toBe(id)
  })
  it('tells ISC from 0BSD when the copyright clause wraps onto a line of its own and the holder is "the author"', async () => {
    expect((await classifyLicenseText(ISC_AS_GO_SPEW_HAS_IT))?.id).toBe('ISC')
  })
  it('finds MIT with another holder and year, and nothing in prose or a short notice', async () => {
    expect((await classifyLicenseText(text('MIT').replace('<year>', '2019').replace('<copyright holders>', 'Jane Roe')))?.id).toBe('MIT')
    expect(await classifyLicenseText('This project is licensed under the MIT license. See the website.')).toBeUndefined()
    expect(await classifyLicenseText('All rights reserved. Do not copy.')).toBeUndefined()
  })
  it('never throws on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 2000 }), async (t) => void (await classifyLicenseText(t))), { numRuns: 50 })
  })
})

describe('the module cache', () => {
  function cache(): string {
    const root = tempDir('modcache')
    const mod = (p: string, files: Record<string, string>): string => {
      const dir = path.join(root, p)
      mkdirSync(dir, { recursive: true })
      for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t)
      return dir
    }
    mod('example.com/mit@v1.0.0', { LICENSE: text('MIT') })
    mod('github.com/!upper/x@v1.0.0', { 'LICENSE.md': text('Apache-2.0') })
    mod('example.com/two@v1.0.0', { LICENSE: text('MIT'), 'LICENSE-APACHE': text('Apache-2.0') })
    mod('example.com/big@v1.0.0', { LICENSE: `${'x '.repeat(MAX_LICENSE_BYTES)}\n${text('MIT')}` })
    mod('example.com/none@v1.0.0', { 'README.md': text('MIT') })
    // a LICENSE that is a symlink to a file outside, and a module directory that is a symlink
    const outside = tempDir('outside')
    writeFileSync(path.join(outside, 'LICENSE'), text('MIT'))
    const linked = mod('example.com/link@v1.0.0', {})
    symlinkSync(path.join(outside, 'LICENSE'), path.join(linked, 'LICENSE'))
    mkdirSync(path.join(root, 'example.com'), { recursive: true })
    symlinkSync(outside, path.join(root, 'example.com', 'dirlink@v1.0.0'))
    return root
  }
  it('identifies what is there, escapes upper case, joins several files with AND, and leaves the rest out', async () => {
    const got = await identifyLicenses(
      [
        { path: 'example.com/mit', version: 'v1.0.0' },
        { path: 'github.com/Upper/x', version: 'v1.0.0' },
        { path: 'example.com/two', version: 'v1.0.0' },
        { path: 'example.com/big', version: 'v1.0.0' },
        { path: 'example.com/none', version: 'v1.0.0' },
        { path: 'example.com/link', version: 'v1.0.0' },
        { path: 'example.com/dirlink', version: 'v1.0.0' },
        { path: 'example.com/missing', version: 'v1.0.0' },
        { path: '../../etc', version: 'v1.0.0' },
        { path: 'example.com/mit', version: '../../../x' },
        { path: 'example.com/local', version: '(devel)' }
      ],
      cache()
    )
    expect(Object.fromEntries(got)).toEqual({
      'example.com/mit@v1.0.0': 'MIT',
      'github.com/Upper/x@v1.0.0': 'Apache-2.0',
      'example.com/two@v1.0.0': 'Apache-2.0 AND MIT'
    })
  })
})

describe('build info is untrusted text', () => {
  const good = { GoVersion: 'go1.26.8', Path: 'example.com/x', Main: { Path: 'example.com/x', Version: 'v1.0.0' }, Deps: [{ Path: 'example.com/d', Version: 'v1.0.0', Sum: 'h1:D7kFSWS2HzfD+LpEuBO89D1KfOAODlkWuuhzXS8yzi0=' }], Settings: [{ Key: 'GOOS', Value: 'linux' }] }
  it('reads what go writes', () => expect(parseBuildInfo(JSON.stringify(good), 'x').Deps).toHaveLength(1))
  it.each([
    ['not JSON', '{', /x: build info is not JSON/],
    ['no GoVersion', JSON.stringify({ ...good, GoVersion: undefined }), /x: build info/],
    ['a path with a space', JSON.stringify({ ...good, Deps: [{ Path: 'example.com/a b', Version: 'v1.0.0' }] }), /x: build info \/Deps\/0\/Path/],
    ['a version that is no version', JSON.stringify({ ...good, Deps: [{ Path: 'example.com/d', Version: 'latest; rm -rf /' }] }), /x: build info \/Deps\/0\/Version/],
    ['a sum that is not h1:', JSON.stringify({ ...good, Deps: [{ Path: 'example.com/d', Version: 'v1.0.0', Sum: 'md5:abc' }] }), /x: build info \/Deps\/0\/Sum/],
    ['a control character in a setting', JSON.stringify({ ...good, Settings: [{ Key: '-ldflags', Value: 'a\u001b[31mb' }] }), /x: build info \/Settings\/0\/Value/],
    ['a module twice', JSON.stringify({ ...good, Deps: [good.Deps[0], good.Deps[0]] }), /x: build info lists module example\.com\/d twice/],
    ['too much text', `${' '.repeat(8 << 20)}{}`, /x: build info is larger than/]
  ])('refuses %s, naming the file', (_label, input, message) => expect(() => parseBuildInfo(input, 'x')).toThrow(message))
})
