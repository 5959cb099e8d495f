/**
 * The GitHub Release inputs (`release`, `release-tag`, … `release-replace`), parsed with every other
 * input in readConfig: a wrong value fails before any work. Named `githubRelease` in the Config
 * because `release` there already means "what leaves the build" (archives, upload, caches).
 */
import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, oneOf, parseBoolean, parseList, type InputReader } from '../inputs-common.js'

export type ReleaseMode = 'off' | 'publish' | 'draft'
export type Tristate = 'auto' | 'true' | 'false'
export const ASSET_KINDS = ['archives', 'binaries', 'checksums', 'signatures', 'sboms', 'manifest'] as const
export type AssetKind = (typeof ASSET_KINDS)[number]

export type NotesSource = { kind: 'generate' } | { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'file'; path: string }

export interface GitHubReleaseConfig {
  mode: ReleaseMode
  /** Templates, rendered once the project is known. */
  tag: string
  name: string
  notes: NotesSource
  prerelease: Tristate
  makeLatest: Tristate
  /** undefined: the default choice (see defaultAssetKinds). */
  assets?: AssetKind[]
  replace: boolean
  /** `github-token`, else GITHUB_TOKEN; '' when neither is set. */
  token: string
  /** `owner/repo` from GITHUB_REPOSITORY; '' to read the git remote. */
  repository: string
  apiUrl: string
  serverUrl: string
}

export const DEFAULT_RELEASE_TAG = '{{.Tag}}'

export function parseReleaseMode(raw: string): ReleaseMode {
  const v = raw.trim().toLowerCase()
  if (v === '' || /^(false|no|off)$/.test(v)) return 'off'
  if (/^(true|yes|on)$/.test(v)) return 'publish'
  if (v === 'draft') return 'draft'
  throw new InputError(`release: "${raw}" is not one of false, true, draft`)
}

/** `archives, checksums` or one kind a line; `default` alone keeps the default choice. */
export function parseAssetKinds(raw: string): AssetKind[] | undefined {
  const items = parseList(raw.replace(/\s+/g, ',')).map((s) => s.toLowerCase())
  if (!items.length || (items.length === 1 && items[0] === 'default')) return undefined
  const kinds: AssetKind[] = []
  for (const item of items) {
    if (!(ASSET_KINDS as readonly string[]).includes(item)) {
      throw new InputError(`release-assets: "${item}" is not one of ${ASSET_KINDS.join(', ')} (or default)`)
    }
    if (!kinds.includes(item as AssetKind)) kinds.push(item as AssetKind)
  }
  return kinds
}

export async function readGitHubReleaseConfig(
  read: InputReader,
  env: Record<string, string | undefined>,
  dirs: { workingDirectory: string; workspace: string }
): Promise<GitHubReleaseConfig> {
  const token = read('github-token') || env.GITHUB_TOKEN || ''
  if (token) core.setSecret(token)
  const mode = parseReleaseMode(read('release'))
  const notesRaw = read('release-notes')
  const notesFile = read('release-notes-file')
  let notes: NotesSource
  if (notesFile) {
    if (notesRaw) throw new InputError(`release-notes and release-notes-file are both set; keep one`)
    notes = { kind: 'file', path: await checkNotesFile(notesFile, dirs, mode !== 'off') }
  } else if (notesRaw === '' || notesRaw.toLowerCase() === 'generate') notes = { kind: 'generate' }
  else if (notesRaw.toLowerCase() === 'none') notes = { kind: 'none' }
  else notes = { kind: 'text', text: notesRaw }
  const replace = parseBoolean(read, 'release-replace', false)
  return {
    mode,
    tag: read('release-tag') || DEFAULT_RELEASE_TAG,
    name: read('release-name') || read('release-tag') || DEFAULT_RELEASE_TAG,
    notes,
    prerelease: oneOf(read, 'prerelease', ['auto', 'true', 'false'] as const, 'auto'),
    makeLatest: oneOf(read, 'make-latest', ['auto', 'true', 'false'] as const, 'auto'),
    assets: parseAssetKinds(read('release-assets')),
    replace,
    token,
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  }
}

/** The notes file, relative to working-directory, must exist and stay inside the workspace. */
async function checkNotesFile(file: string, dirs: { workingDirectory: string; workspace: string }, mustExist: boolean): Promise<string> {
  const full = path.resolve(dirs.workingDirectory, file)
  const rel = path.relative(path.resolve(dirs.workspace), full)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError(`release-notes-file: ${full} is outside the workspace (${dirs.workspace}); keep the notes in the repository`)
  }
  if (mustExist && !(await stat(full).catch(() => undefined))?.isFile()) {
    throw new InputError(`release-notes-file: ${full} does not exist; check the path (it is relative to working-directory)`)
  }
  return full
}
