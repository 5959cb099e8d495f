import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { envInputReader, readConfig } from '../../src/inputs.js'
import { parseAssetKinds, parseReleaseMode, readGitHubReleaseConfig } from '../../src/publish/config.js'
import {
  checkAssetNames,
  checkAssetSizes,
  chooseRelease,
  companionKind,
  defaultAssetKinds,
  fitNotes,
  isPrerelease,
  isSignatureFile,
  makeLatest,
  MAX_ASSET_BYTES,
  nameRewriteProblem,
  predictedAssetNames,
  repositoryFromRemote,
  selectAssets
} from '../../src/publish/plan.js'
import { classifyFailure, waitScale } from '../../src/services/github.js'
import { contentType, describeStatus, eachLimited } from '../../src/publish/github-release.js'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

const workspace = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'go-xbuild-publish-'))
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n')
  return dir
}
const readerOf = (inputs: Record<string, string>) => (name: string) => (inputs[name] ?? '').trim()

describe('release inputs', () => {
  it.each([
    ['', 'off'],
    ['false', 'off'],
    ['true', 'publish'],
    ['TRUE', 'publish'],
    ['draft', 'draft'],
    ['Draft', 'draft']
  ])('release: %j → %s', (raw, mode) => expect(parseReleaseMode(raw)).toBe(mode))

  it('refuses other release values, naming the choices', () => {
    expect(() => parseReleaseMode('publish')).toThrow('release: "publish" is not one of false, true, draft')
  })

  it.each([
    ['', undefined],
    ['default', undefined],
    ['archives, checksums', ['archives', 'checksums']],
    ['binaries\nmanifest\nbinaries', ['binaries', 'manifest']],
    ['Archives signatures sboms', ['archives', 'signatures', 'sboms']]
  ])('release-assets: %j → %j', (raw, kinds) => expect(parseAssetKinds(raw)).toEqual(kinds))

  it('refuses an unknown asset kind, naming the kinds', () => {
    expect(() => parseAssetKinds('archives, sums')).toThrow('release-assets: "sums" is not one of archives, binaries, checksums, signatures, sboms, manifest (or default)')
  })

  it('reads every release input with its default, the token from github-token else GITHUB_TOKEN', async () => {
    const dir = workspace()
    const dirs = { workingDirectory: dir, workspace: dir }
    const c = await readGitHubReleaseConfig(readerOf({ release: 'true' }), { GITHUB_TOKEN: 'ghs_fallback', GITHUB_REPOSITORY: 'acme/tool' }, dirs)
    expect(c).toEqual({
      mode: 'publish',
      tag: '{{.Tag}}',
      name: '{{.Tag}}',
      notes: { kind: 'generate' },
      prerelease: 'auto',
      makeLatest: 'auto',
      assets: undefined,
      replace: false,
      token: 'ghs_fallback',
      repository: 'acme/tool',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com'
    })
    const d = await readGitHubReleaseConfig(
      readerOf({ release: 'draft', 'github-token': 'ghs_input', 'release-notes': 'none', 'release-replace': 'true', 'make-latest': 'false', 'release-tag': 'v{{.Version}}' }),
      { GITHUB_TOKEN: 'ghs_fallback', GITHUB_API_URL: 'https://ghe.example/api/v3/', GITHUB_SERVER_URL: 'https://ghe.example' },
      dirs
    )
    expect(d).toMatchObject({ mode: 'draft', token: 'ghs_input', notes: { kind: 'none' }, replace: true, makeLatest: 'false', tag: 'v{{.Version}}', name: 'v{{.Version}}', apiUrl: 'https://ghe.example/api/v3', repository: '' })
    const e = await readGitHubReleaseConfig(readerOf({ 'release-notes': 'Fixes the frobnicator.' }), {}, dirs)
    expect(e.notes).toEqual({ kind: 'text', text: 'Fixes the frobnicator.' })
  })

  it('checks release-notes-file: relative to working-directory, existing, inside the workspace, not with release-notes', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'sub'))
    writeFileSync(path.join(ws, 'sub', 'NOTES.md'), '# notes\n')
    const dirs = { workingDirectory: path.join(ws, 'sub'), workspace: ws }
    const ok = await readGitHubReleaseConfig(readerOf({ release: 'true', 'release-notes-file': 'NOTES.md' }), {}, dirs)
    expect(ok.notes).toEqual({ kind: 'file', path: path.join(ws, 'sub', 'NOTES.md') })
    await expect(readGitHubReleaseConfig(readerOf({ release: 'true', 'release-notes-file': 'CHANGES.md' }), {}, dirs)).rejects.toThrow(
      `release-notes-file: ${path.join(ws, 'sub', 'CHANGES.md')} does not exist; check the path (it is relative to working-directory)`
    )
    await expect(readGitHubReleaseConfig(readerOf({ release: 'true', 'release-notes-file': '../../etc/passwd' }), {}, dirs)).rejects.toThrow(/is outside the workspace/)
    await expect(readGitHubReleaseConfig(readerOf({ release: 'true', 'release-notes-file': 'NOTES.md', 'release-notes': 'x' }), {}, dirs)).rejects.toThrow(
      'release-notes and release-notes-file are both set; keep one'
    )
  })

  it('is read by readConfig as githubRelease, beside the archive/upload `release` config', async () => {
    const dir = workspace()
    const env: Record<string, string> = { GITHUB_WORKSPACE: dir, 'INPUT_RELEASE': 'true', 'INPUT_PRERELEASE': 'true', GITHUB_REPOSITORY: 'acme/tool' }
    const c = await readConfig(envInputReader(env), env, dir)
    expect(c.githubRelease).toMatchObject({ mode: 'publish', prerelease: 'true', repository: 'acme/tool' })
    expect(c.release.archive).toBe('auto')
    await expect(readConfig(envInputReader({ ...env, INPUT_PRERELEASE: 'maybe' }), env, dir)).rejects.toThrow('prerelease: "maybe" is not one of auto, true, false')
  })

  it('action.yml declares the release inputs with the defaults the code applies, and the outputs', () => {
    expect(ACTION.inputs.release?.default).toBe('false')
    expect(ACTION.inputs['release-tag']?.default).toBe('{{.Tag}}')
    expect(ACTION.inputs['release-name']?.default).toBe('{{.Tag}}')
    expect(ACTION.inputs['release-notes']?.default).toBe('generate')
    expect(ACTION.inputs['release-notes-file']?.default).toBe('')
    expect(ACTION.inputs.prerelease?.default).toBe('auto')
    expect(ACTION.inputs['make-latest']?.default).toBe('auto')
    expect(ACTION.inputs['release-assets']?.default).toBe('default')
    expect(ACTION.inputs['release-replace']?.default).toBe('false')
    expect(ACTION.inputs['github-token']?.default).toBe('${{ github.token }}')
    for (const o of ['release-id', 'release-url', 'release-assets']) expect(ACTION.outputs).toHaveProperty(o)
  })
})

const artifacts = [
  {
    file: 'tool-linux-amd64',
    archive: { file: 'tool_1.2.3_linux_amd64.tar.gz' },
    companions: ['tool-linux-amd64.sig', 'tool_1.2.3_linux_amd64.tar.gz.sig', 'tool_1.2.3_linux_amd64.tar.gz.spdx.json']
  },
  { file: 'tool-windows-amd64.exe', archive: { file: 'tool_1.2.3_windows_amd64.zip' }, companions: ['tool-windows-amd64.exe.sig', 'tool_1.2.3_windows_amd64.zip.sig'] }
]
const releaseFiles = ['SHA256SUMS', 'SHA256SUMS.sig', 'cosign.pub', 'manifest.json']

describe('asset selection', () => {
  it('defaults to the archives when archives are on, else the binaries, with checksums, signatures, SBOMs and the manifest', () => {
    expect(defaultAssetKinds(true)).toEqual(['archives', 'checksums', 'signatures', 'sboms', 'manifest'])
    expect(defaultAssetKinds(false)).toEqual(['binaries', 'checksums', 'signatures', 'sboms', 'manifest'])
  })

  it('takes each chosen file with its own companions only', () => {
    expect(selectAssets(artifacts, releaseFiles, defaultAssetKinds(true), 'SHA256SUMS').map((a) => `${a.kind}:${a.name}`)).toEqual([
      'checksums:SHA256SUMS',
      'signatures:SHA256SUMS.sig',
      'signatures:cosign.pub',
      'manifest:manifest.json',
      'archives:tool_1.2.3_linux_amd64.tar.gz',
      'signatures:tool_1.2.3_linux_amd64.tar.gz.sig',
      'sboms:tool_1.2.3_linux_amd64.tar.gz.spdx.json',
      'archives:tool_1.2.3_windows_amd64.zip',
      'signatures:tool_1.2.3_windows_amd64.zip.sig'
    ])
    expect(selectAssets(artifacts, releaseFiles, ['binaries', 'checksums'], 'SHA256SUMS').map((a) => a.name)).toEqual(['SHA256SUMS', 'tool-linux-amd64', 'tool-windows-amd64.exe'])
    expect(selectAssets(artifacts, releaseFiles, ['archives', 'binaries', 'sboms'], 'SHA256SUMS').map((a) => a.name)).toEqual([
      'tool-linux-amd64',
      'tool-windows-amd64.exe',
      'tool_1.2.3_linux_amd64.tar.gz',
      'tool_1.2.3_linux_amd64.tar.gz.spdx.json',
      'tool_1.2.3_windows_amd64.zip'
    ])
  })

  it.each([
    ['x.tar.gz.sig', 'signatures'],
    ['x.asc', 'signatures'],
    ['x.sigstore.json', 'signatures'],
    ['x.spdx.json', 'sboms'],
    ['x.cdx.json', 'sboms'],
    ['x.cdx.xml', 'sboms'],
    ['x.sbom.json', 'sboms']
  ])('companion %s is one of the %s', (file, kind) => expect(companionKind(file)).toBe(kind))

  it.each([
    ['x.tar.gz.sig', true],
    ['SHA256SUMS.asc', true],
    ['x.zip.sigstore.json', true],
    ['cosign.pub', false],
    ['x.tar.gz', false],
    ['xapp', false],
    ['x.spdx.json', false]
  ])('%s is a signature that a re-run may keep: %s', (name, yes) => expect(isSignatureFile(name)).toBe(yes))

  it('predicts from the plan the same names the signers write after the build', () => {
    const plans = artifacts.map((a) => ({ binaries: [{ file: a.file }], archive: a.archive }))
    const predicted = predictedAssetNames(plans, { kinds: ['archives', 'checksums', 'signatures', 'manifest'], signatureSuffixes: ['.sig'], signAll: true, extraReleaseFiles: ['cosign.pub'], checksums: 'SHA256SUMS' })
    const actual = selectAssets(artifacts, releaseFiles, ['archives', 'checksums', 'signatures', 'manifest'], 'SHA256SUMS').map((a) => a.name)
    expect(predicted).toEqual(actual)
    expect(predictedAssetNames(plans, { kinds: defaultAssetKinds(false), signatureSuffixes: [], signAll: true, extraReleaseFiles: [], checksums: 'SHA256SUMS' })).toEqual([
      'SHA256SUMS',
      'manifest.json',
      'tool-linux-amd64',
      'tool-windows-amd64.exe'
    ])
  })

  it('a custom checksums-name is the checksums asset, its signatures are signatures, and the prediction agrees', () => {
    const files = ['tool_1.2.3_checksums.txt', 'tool_1.2.3_checksums.txt.sig', 'cosign.pub', 'manifest.json']
    const kinds = ['archives', 'checksums', 'signatures', 'manifest'] as const
    const selected = selectAssets(artifacts, files, [...kinds], 'tool_1.2.3_checksums.txt')
    expect(selected.filter((a) => a.kind === 'checksums').map((a) => a.name)).toEqual(['tool_1.2.3_checksums.txt'])
    expect(selected.find((a) => a.name === 'tool_1.2.3_checksums.txt.sig')?.kind).toBe('signatures')
    const plans = artifacts.map((a) => ({ binaries: [{ file: a.file }], archive: a.archive }))
    expect(predictedAssetNames(plans, { kinds: [...kinds], signatureSuffixes: ['.sig'], signAll: true, extraReleaseFiles: ['cosign.pub'], checksums: 'tool_1.2.3_checksums.txt' })).toEqual(
      selected.map((a) => a.name)
    )
    expect(() => checkAssetNames(['a b'], 'tool_1.2.3_checksums.txt')).toThrow('the names in tool_1.2.3_checksums.txt would no longer match')
  })
})

describe('SBOM assets', () => {
  // sbom: both, sign-artifacts with cosign, archives on: the binaries stay home, their SBOMs go out
  const withSboms = [
    {
      file: 'tool-linux-amd64',
      archive: { file: 'tool_1.2.3_linux_amd64.tar.gz' },
      sboms: [{ file: 'tool-linux-amd64.spdx.json' }, { file: 'tool-linux-amd64.cdx.json' }],
      companions: ['tool-linux-amd64.sig', 'tool-linux-amd64.spdx.json.sig', 'tool-linux-amd64.cdx.json.sig', 'tool_1.2.3_linux_amd64.tar.gz.sig']
    }
  ]
  it('ships a binary\'s SBOMs and their signatures whether the binary or its archive is the asset', () => {
    expect(selectAssets(withSboms, releaseFiles, defaultAssetKinds(true), 'SHA256SUMS').map((a) => `${a.kind}:${a.name}`)).toEqual([
      'checksums:SHA256SUMS',
      'signatures:SHA256SUMS.sig',
      'signatures:cosign.pub',
      'manifest:manifest.json',
      'sboms:tool-linux-amd64.cdx.json',
      'signatures:tool-linux-amd64.cdx.json.sig',
      'sboms:tool-linux-amd64.spdx.json',
      'signatures:tool-linux-amd64.spdx.json.sig',
      'archives:tool_1.2.3_linux_amd64.tar.gz',
      'signatures:tool_1.2.3_linux_amd64.tar.gz.sig'
    ])
    expect(selectAssets(withSboms, releaseFiles, ['binaries', 'checksums'], 'SHA256SUMS').map((a) => a.name)).toEqual(['SHA256SUMS', 'tool-linux-amd64'])
    expect(selectAssets(withSboms, releaseFiles, ['sboms'], 'SHA256SUMS').map((a) => a.name)).toEqual(['tool-linux-amd64.cdx.json', 'tool-linux-amd64.spdx.json'])
    // without sboms, an SBOM's signature stays home with it
    expect(selectAssets(withSboms, releaseFiles, ['binaries', 'signatures'], 'SHA256SUMS').map((a) => a.name)).toEqual(['SHA256SUMS.sig', 'cosign.pub', 'tool-linux-amd64', 'tool-linux-amd64.sig'])
  })
  it('predicts the SBOM names and their signatures from the plan', () => {
    const plans = withSboms.map((a) => ({ binaries: [{ file: a.file }], archive: a.archive }))
    const opts = { signatureSuffixes: ['.sig'], signAll: true, extraReleaseFiles: ['cosign.pub'], checksums: 'SHA256SUMS', sbomSuffixes: ['.spdx.json', '.cdx.json'] }
    for (const kinds of [defaultAssetKinds(true), defaultAssetKinds(false), ['archives' as const, 'sboms' as const]]) {
      expect(predictedAssetNames(plans, { ...opts, kinds })).toEqual(selectAssets(withSboms, releaseFiles, kinds, 'SHA256SUMS').map((a) => a.name))
    }
  })
})

describe('names GitHub would rewrite fail in the plan', () => {
  it.each([
    ['tool_1.2.3_linux_amd64.tar.gz', undefined],
    ['tool-v1.2.3-rc.1-linux-arm64', undefined],
    ['SHA256SUMS.sigstore.json', undefined],
    ['my tool-linux', 'it holds a space; GitHub keeps only letters, digits, ".", "_", "+" and "-"'],
    ['tool~1-linux', 'it holds "~"; GitHub keeps only letters, digits, ".", "_", "+" and "-"'],
    ['tool(1):linux', 'it holds "(", ")", ":"; GitHub keeps only letters, digits, ".", "_", "+" and "-"'],
    ['.hidden', 'it starts or ends with a period'],
    ['tool.', 'it starts or ends with a period'],
    ['tool-1.2.3+meta', undefined],
    ['tool..tar.gz', 'it holds ".." (GitHub folds repeated periods into one)'],
    ['bin/tool', 'it is in a subdirectory (asset names are flat); change filename (or archive-name) to a name without "/"']
  ])('%j → %j', (name, problem) => expect(nameRewriteProblem(name)).toBe(problem))

  it('lists every bad name in one error', () => {
    expect(() => checkAssetNames(['ok.tar.gz', 'a b', '~x'], 'SHA256SUMS')).toThrow(
      'release: GitHub would rename 2 asset(s), and the names in SHA256SUMS would no longer match:\n  a b: it holds a space; GitHub keeps only letters, digits, ".", "_", "+" and "-"\n  ~x: it holds "~"; GitHub keeps only letters, digits, ".", "_", "+" and "-"'
    )
    expect(() => checkAssetNames(['ok.tar.gz', 'SHA256SUMS'], 'SHA256SUMS')).not.toThrow()
  })

  it('refuses files of 2 GiB or more before any upload', () => {
    expect(() => checkAssetSizes([{ name: 'a', size: MAX_ASSET_BYTES - 1 }])).not.toThrow()
    expect(() => checkAssetSizes([{ name: 'a', size: 10 }, { name: 'huge.tar.gz', size: MAX_ASSET_BYTES }])).toThrow(
      'release: GitHub accepts release assets under 2 GiB; too large: huge.tar.gz (2147483648 bytes)'
    )
  })
})

describe('notes, prerelease, make_latest', () => {
  it('keeps notes within the limit as they are', () => {
    expect(fitNotes('short', 100)).toEqual({ body: 'short', cut: false })
    expect(fitNotes('x'.repeat(100), 100)).toEqual({ body: 'x'.repeat(100), cut: false })
  })

  it('cuts longer notes at a line break, with a line saying so, within the limit', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `- change ${i}`).join('\n')
    const { body: out, cut } = fitNotes(body)
    expect(cut).toBe(true)
    expect(out.length).toBeLessThanOrEqual(125_000)
    expect(out).toMatch(/\n- change \d+\n\n… \(the notes were cut here: GitHub accepts at most 125000 characters; \d+ were given\)$/)
    expect(body.startsWith(out.slice(0, out.indexOf('\n\n…')))).toBe(true)
    const oneLine = fitNotes('y'.repeat(500), 200)
    expect(oneLine.body.length).toBeLessThanOrEqual(200)
    expect(oneLine.body).toMatch(/^y+\n\n… \(the notes were cut here/)
  })

  it.each([
    ['auto', 'v1.2.3', false],
    ['auto', 'v1.2.3-rc.1', true],
    ['auto', '1.0.0-beta', true],
    ['auto', 'release-2026', false],
    ['true', 'v1.2.3', true],
    ['false', 'v1.2.3-rc.1', false]
  ] as const)('prerelease %s for %s → %s', (setting, tag, pre) => expect(isPrerelease(setting, tag)).toBe(pre))

  it.each([
    ['auto', false, 'legacy'],
    ['auto', true, 'false'],
    ['true', true, 'true'],
    ['true', false, 'true'],
    ['false', false, 'false']
  ] as const)('make-latest %s (prerelease %s) → %s', (setting, pre, value) => expect(makeLatest(setting, pre)).toBe(value))
})

describe('which release is ours', () => {
  const r = (id: number, tag: string, draft: boolean) => ({ id, tag_name: tag, draft })
  it('creates one when the tag has none', () => {
    expect(chooseRelease([r(1, 'v1.0.0', false)], 'v1.2.3')).toEqual({ chosen: undefined, extraDrafts: [], note: undefined })
  })
  it('takes the published release, and marks drafts for the tag as leftovers', () => {
    const c = chooseRelease([r(9, 'v1.2.3', true), r(7, 'v1.2.3', false), r(3, 'v1.0.0', true)], 'v1.2.3')
    expect(c.chosen?.id).toBe(7)
    expect(c.extraDrafts.map((d) => d.id)).toEqual([9])
    expect(c.note).toBe('v1.2.3 is published (release 7); 1 leftover draft(s) for it (9) will be deleted')
  })
  it('takes the oldest of two drafts, whatever order the list comes in, and says so', () => {
    for (const list of [[r(12, 'v1.2.3', true), r(11, 'v1.2.3', true)], [r(11, 'v1.2.3', true), r(12, 'v1.2.3', true)]]) {
      const c = chooseRelease(list, 'v1.2.3')
      expect(c.chosen?.id).toBe(11)
      expect(c.extraDrafts.map((d) => d.id)).toEqual([12])
      expect(c.note).toBe('2 drafts for v1.2.3 (11, 12): using the oldest, 11; the others will be deleted once it is published')
    }
  })
})

describe('the repository of a local run, from the git remote', () => {
  it.each([
    ['https://github.com/acme/tool.git', 'acme/tool'],
    ['https://github.com/acme/tool', 'acme/tool'],
    ['https://token@github.com/acme/tool.git\n', 'acme/tool'],
    ['git@github.com:acme/tool.git', 'acme/tool'],
    ['ssh://git@ghe.example:2222/acme/tool.git', 'acme/tool'],
    ['https://ghe.example/acme/my.tool/', 'acme/my.tool'],
    ['/srv/git/tool.git', undefined],
    ['', undefined]
  ])('%j → %j', (url, repo) => expect(repositoryFromRemote(url)).toBe(repo))
})

describe('retry classification', () => {
  const now = 1_800_000_000_000
  it.each([
    [{ status: undefined }, 0, { retry: true, kind: 'network', waitSeconds: 1 }],
    [{ status: 500 }, 0, { retry: true, kind: 'server', waitSeconds: 1 }],
    [{ status: 502 }, 1, { retry: true, kind: 'server', waitSeconds: 4 }],
    [{ status: 503 }, 2, { retry: true, kind: 'server', waitSeconds: 9 }],
    [{ status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '7' } }, 0, { retry: true, kind: 'secondary-rate-limit', waitSeconds: 7 }],
    [{ status: 403, message: 'You have exceeded a secondary rate limit' }, 0, { retry: true, kind: 'secondary-rate-limit', waitSeconds: 60 }],
    [{ status: 429, headers: { 'retry-after': 3 } }, 0, { retry: true, kind: 'secondary-rate-limit', waitSeconds: 3 }],
    [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) } }, 0, { retry: true, kind: 'rate-limit', waitSeconds: 31 }],
    [{ status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) } }, 0, { retry: true, kind: 'rate-limit', waitSeconds: 6 }],
    [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3600) } }, 0, { retry: false, kind: 'rate-limit-too-long', waitSeconds: 3601 }],
    [{ status: 429 }, 1, { retry: true, kind: 'rate-limit', waitSeconds: 4 }],
    [{ status: 403, message: 'Resource not accessible by integration' }, 0, { retry: false, kind: 'client' }],
    [{ status: 401 }, 0, { retry: false, kind: 'client' }],
    [{ status: 404 }, 0, { retry: false, kind: 'client' }],
    [{ status: 422, message: 'Validation Failed' }, 0, { retry: false, kind: 'client' }]
  ])('%j (attempt %i) → %j', (facts, attempt, verdict) => expect(classifyFailure(facts, attempt, now)).toEqual(verdict))

  it('reads the test wait scale only when it is a factor in [0, 1]', () => {
    expect(waitScale({})).toBe(1)
    expect(waitScale({ GO_XBUILD_TEST_GITHUB_WAIT_SCALE: '0.01' })).toBe(0.01)
    expect(waitScale({ GO_XBUILD_TEST_GITHUB_WAIT_SCALE: '5' })).toBe(1)
    expect(waitScale({ GO_XBUILD_TEST_GITHUB_WAIT_SCALE: 'fast' })).toBe(1)
  })

  it('names the permission for a 403 and the token for a 401', () => {
    expect(describeStatus(403)).toMatch(/`contents: write`/)
    expect(describeStatus(401)).toMatch(/github-token was not accepted/)
    expect(describeStatus(500)).toBe('')
  })
})

describe('upload helpers', () => {
  it.each([
    ['a.tar.gz', 'application/gzip'],
    ['a.zip', 'application/zip'],
    ['manifest.json', 'application/json'],
    ['tool-linux-amd64.spdx.json', 'application/spdx+json'],
    ['tool-linux-amd64.cdx.json', 'application/vnd.cyclonedx+json'],
    ['SHA256SUMS', 'text/plain'],
    ['SHA256SUMS.asc', 'text/plain'],
    ['tool-linux-amd64', 'application/octet-stream']
  ])('%s is sent as %s', (name, type) => expect(contentType(name)).toBe(type))

  it('runs at most `limit` at a time, every item, and rethrows a failure after the rest settle', async () => {
    let running = 0
    let peak = 0
    const done: number[] = []
    const work = async (i: number) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5))
      running--
      if (i === 2) throw new Error('item 2 failed')
      done.push(i)
    }
    await expect(eachLimited([0, 1, 2, 3, 4, 5, 6], 3, work)).rejects.toThrow('item 2 failed')
    expect(peak).toBe(3)
    expect(done.sort()).toEqual([0, 1, 3, 4, 5, 6])
  })
})
