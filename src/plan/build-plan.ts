/**
 * The build plan: for every target, the file it produces, its ldflags and its Go environment.
 * Pure — decided from the config and project facts before anything is downloaded, so a template
 * typo or two targets writing the same file fail in milliseconds.
 */
import path from 'node:path'
import { splitShellWords } from './shellwords.js'
import { canonicalTarget, effectiveVariant, targetEnv, type Target } from './targets.js'
import { renderTemplate, type TemplateFields } from './template.js'

export interface ProjectFields {
  name: string
  version: string
  tag: string
  commit: string
  shortCommit: string
  commitDate: string
  commitTimestamp: number
  module: string
}

export interface TargetPlan {
  target: Target
  canonical: string
  /** Relative to output-dir, forward slashes. */
  file: string
  /** ldflags words after rendering, `-buildid=` appended. */
  ldflags: string[]
  /** GOOS, GOARCH, the variant variable, CGO_ENABLED. */
  env: Record<string, string>
  cgo: boolean
  /** The per-target archive, when archives are on. */
  archive?: { file: string; format: 'tar.gz' | 'zip'; binaryName: string }
}

export class PlanError extends Error {}

export const DEFAULT_ARCHIVE_NAME = '{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.Arch}}{{.Variant}}'

export function projectTemplateFields(p: ProjectFields): TemplateFields {
  return {
    ProjectName: p.name,
    Version: p.version,
    Tag: p.tag,
    Commit: p.commit,
    ShortCommit: p.shortCommit,
    FullCommit: p.commit,
    CommitDate: p.commitDate,
    CommitTimestamp: String(p.commitTimestamp),
    // the build date is the commit date: a rebuild of the same commit gives the same bytes
    Date: p.commitDate,
    ModulePath: p.module
  }
}

export function targetTemplateFields(p: ProjectFields, t: Target): TemplateFields {
  return {
    ...projectTemplateFields(p),
    Os: t.goos,
    Arch: t.goarch,
    Variant: t.variant,
    Target: canonicalTarget(t),
    // goreleaser's per-arch fields, with Go's default when no variant was given
    Arm: t.goarch === 'arm' ? effectiveVariant(t).slice(1) : '',
    Amd64: t.goarch === 'amd64' ? effectiveVariant(t) : '',
    Arm64: t.goarch === 'arm64' ? effectiveVariant(t) : ''
  }
}

/** Quotes words for the go command's own flag-value parser (cmd/internal/quoted): no escapes, just quotes. */
export function quoteForGo(words: string[]): string {
  return words
    .map((w) => {
      if (w !== '' && !/[\s'"]/.test(w)) return w
      if (!w.includes("'")) return `'${w}'`
      if (!w.includes('"')) return `"${w}"`
      throw new PlanError(`ldflags: the word ${JSON.stringify(w)} holds both quote characters, which go cannot pass on`)
    })
    .join(' ')
}

export type ArchiveSetting = 'auto' | 'tar.gz' | 'zip' | 'none'

export interface PlanInputs {
  targets: Target[]
  filename: string
  ldflags: string
  cgoFor: (t: Target) => boolean
  env: Record<string, string | undefined>
  archive?: ArchiveSetting
  /** Template for the archive's name, without the extension. */
  archiveName?: string
}

/** A relative path inside output-dir, or an error message. */
function checkOutputPath(input: string, file: string, canonical: string): string | { error: string } {
  const normal = path.posix.normalize(file.replace(/\\/g, '/'))
  if (!file || path.posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..' || normal === '.') {
    return { error: `${input}: "${file}" for ${canonical} must be a relative path inside output-dir` }
  }
  if (/[\0<>:"|?*]/.test(normal)) {
    return { error: `${input}: "${normal}" for ${canonical} has a character that is not allowed in file names on every OS` }
  }
  return normal
}

const RESERVED_NAMES = new Set(['sha256sums', 'manifest.json', '.gitignore'])

export function planBuilds(inputs: PlanInputs, project: ProjectFields): TargetPlan[] {
  const byFile = new Map<string, string>()
  const errors: string[] = []
  const plans: TargetPlan[] = []
  for (const target of inputs.targets) {
    const canonical = canonicalTarget(target)
    const fields = targetTemplateFields(project, target)
    let file = renderTemplate(inputs.filename, fields, inputs.env, 'filename').trim()
    const ext = target.goos === 'windows' ? '.exe' : target.goarch === 'wasm' ? '.wasm' : ''
    if (ext && !file.toLowerCase().endsWith(ext)) file += ext
    const claims: Array<[string, string]> = [['filename', file]]
    let archive: TargetPlan['archive']
    const setting = inputs.archive ?? 'none'
    if (setting !== 'none') {
      const format = setting === 'auto' ? (target.goos === 'windows' ? 'zip' : 'tar.gz') : setting
      const base = renderTemplate(inputs.archiveName ?? DEFAULT_ARCHIVE_NAME, fields, inputs.env, 'archive-name').trim()
      archive = { file: `${base}.${format}`, format, binaryName: `${project.name}${ext}` }
      claims.push(['archive-name', archive.file])
    }
    const checked: string[] = []
    for (const [input, claim] of claims) {
      const normal = checkOutputPath(input, claim, canonical)
      if (typeof normal !== 'string') {
        errors.push(normal.error)
        continue
      }
      if (RESERVED_NAMES.has(normal.toLowerCase())) {
        errors.push(`${input}: "${normal}" for ${canonical} is a name go-xbuild writes itself`)
        continue
      }
      const other = byFile.get(normal.toLowerCase())
      if (other) {
        errors.push(`${input}: ${other} and ${canonical} would both write "${normal}"; add {{.Os}}, {{.Arch}} and {{.Variant}} to the template`)
        continue
      }
      byFile.set(normal.toLowerCase(), canonical)
      checked.push(normal)
    }
    if (checked.length !== claims.length) continue
    const normal = checked[0] as string
    if (archive) archive.file = checked[1] as string
    const ldflags = splitShellWords(renderTemplate(inputs.ldflags, fields, inputs.env, 'ldflags'), 'ldflags')
    const cgo = inputs.cgoFor(target)
    plans.push({
      target,
      canonical,
      file: normal,
      // an empty build id: the linker would otherwise hash inputs that differ between machines
      ldflags: [...ldflags, '-buildid='],
      env: { ...targetEnv(target), CGO_ENABLED: cgo ? '1' : '0' },
      cgo,
      ...(archive ? { archive } : {})
    })
  }
  if (errors.length) throw new PlanError(errors.join('\n'))
  return plans
}
