/**
 * Inputs for what leaves the build: per-target archives, the uploaded artifact and the caches.
 * Parsed with everything else in readConfig, before any work.
 */
import type { ArchiveSetting } from '../plan/build-plan.js'
import { DEFAULT_ARCHIVE_NAME } from '../plan/build-plan.js'
import { InputError, oneOf, parseBoolean, type InputReader } from '../inputs-common.js'
import { parseArchivePatterns, splitArchiveFiles, type ArchivePattern } from '../plan/archive-globs.js'
import { DEFAULT_CHECKSUMS_NAME } from '../plan/checksums-name.js'
import { parseTemplate } from '../plan/template.js'
import type { SbomFormat } from '../sbom/formats.js'

export interface ReleaseConfig {
  archive: ArchiveSetting
  archiveName: string
  /**
   * Extra files for every archive, relative to working-directory: plain paths, globs (`**`, `*`,
   * `?`, `[…]`, `{a,b}`) and `!` exclusions, parsed and checked as written here, matched in the plan stage.
   */
  archiveFiles: ArchivePattern[]
  /** archive-files was not set: the default's globs stay quiet when they match nothing. */
  archiveFilesDefault: boolean
  /** The checksum file's name, a template of the project's fields (rendered in the plan). */
  checksumsName: string
  upload: boolean
  artifactName: string
  /** undefined: the repository's default. */
  retentionDays?: number
  compressionLevel: number
  /** What a missing artifact service (GHES, an old runner) does to the run. */
  uploadUnavailable: 'warn' | 'error'
  cache: boolean
  /** SBOM documents per binary (sbom input): none, one format or both, always in the order spdx, cyclonedx. */
  sbom: SbomFormat[]
}

export const DEFAULT_ARTIFACT_NAME = '{{.ProjectName}}-{{.Version}}-{{.TargetsId}}'
export const DEFAULT_ARCHIVE_FILES = 'LICENSE*, README*'
/** Chosen by measurement (bench/upload.ts): see the README's "Upload and cache" section. */
export const DEFAULT_COMPRESSION_LEVEL = 1

const SBOM_WORDS: Record<string, SbomFormat[]> = { none: [], spdx: ['spdx'], cyclonedx: ['cyclonedx'], both: ['spdx', 'cyclonedx'] }

/** `none`, `spdx`, `cyclonedx`, `both`, or a list of the two formats (`spdx, cyclonedx`). */
export function parseSbom(raw: string): SbomFormat[] {
  const words = raw.toLowerCase().split(/[\s,]+/).filter(Boolean)
  if (!words.length) return []
  const out = new Set<SbomFormat>()
  for (const w of words) {
    const formats = SBOM_WORDS[w]
    if (!formats || (w === 'none' && words.length > 1)) {
      throw new InputError(`sbom: "${raw}" is not none, spdx, cyclonedx or both (spdx is SPDX 2.3 JSON, cyclonedx is CycloneDX 1.6 JSON)`)
    }
    for (const f of formats) out.add(f)
  }
  return (['spdx', 'cyclonedx'] as const).filter((f) => out.has(f))
}

export function readReleaseConfig(read: InputReader): ReleaseConfig {
  const retentionRaw = read('retention-days')
  let retentionDays: number | undefined
  if (retentionRaw) {
    retentionDays = Number(retentionRaw)
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new InputError(`retention-days: "${retentionRaw}" is not a whole number of days from 1 to 90`)
    }
  }
  const levelRaw = read('compression-level')
  const compressionLevel = levelRaw === '' ? DEFAULT_COMPRESSION_LEVEL : Number(levelRaw)
  if (!Number.isInteger(compressionLevel) || compressionLevel < 0 || compressionLevel > 9) {
    throw new InputError(`compression-level: "${levelRaw}" is not a whole number from 0 (store) to 9 (smallest)`)
  }
  const archiveFilesRaw = read('archive-files')
  let archiveFiles: ArchivePattern[]
  try {
    archiveFiles = parseArchivePatterns(splitArchiveFiles(archiveFilesRaw || DEFAULT_ARCHIVE_FILES))
  } catch (error) {
    throw new InputError((error as Error).message, { cause: error })
  }
  const checksumsName = read('checksums-name') || DEFAULT_CHECKSUMS_NAME
  try {
    // the syntax now; the fields and the name are checked in the plan, once the project is known
    parseTemplate(checksumsName, 'checksums-name')
  } catch (error) {
    throw new InputError((error as Error).message, { cause: error })
  }
  return {
    archive: oneOf(read, 'archive', ['auto', 'tar.gz', 'zip', 'none'] as const, 'auto'),
    archiveName: read('archive-name') || DEFAULT_ARCHIVE_NAME,
    archiveFiles,
    archiveFilesDefault: archiveFilesRaw === '',
    checksumsName,
    upload: parseBoolean(read, 'upload', true),
    artifactName: read('artifact-name') || DEFAULT_ARTIFACT_NAME,
    retentionDays,
    compressionLevel,
    uploadUnavailable: oneOf(read, 'upload-unavailable', ['warn', 'error'] as const, 'warn'),
    cache: parseBoolean(read, 'cache', true),
    sbom: parseSbom(read('sbom'))
  }
}
