/**
 * The build plan: for every target, the file it produces, its ldflags and its Go environment.
 * Pure — decided from the config and project facts before anything is downloaded, so a template
 * typo or two targets writing the same file fail in milliseconds.
 */
import { outputPathProblem, parentDirectories } from './output-names.js'
import { canonicalTarget, effectiveVariant, targetEnv, type Target } from './targets.js'
import { renderTemplate, renderTemplateWords, type TemplateFields } from './template.js'
import { goExecName, type BinarySpec } from './packages.js'
import { controlCharacterProblem, nameElementProblem, quoteFragment } from './values.js'

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

/** One binary of one target. */
export interface PlannedBinary {
  /** The {{.Binary}} field: the binary's name without `.exe`. */
  name: string
  /** What go builds. */
  package: string
  /** Relative to output-dir, forward slashes. */
  file: string
  /** The name inside the target's archive (the binary's name, `.exe` on windows). */
  archiveName: string
  /** The file `go build -o dir/` writes for it (go's own name: its import path's last element). */
  goName: string
}

export interface TargetPlan {
  target: Target
  canonical: string
  /** Every binary of the target, in the order of the packages input; built by one `go build`. */
  binaries: PlannedBinary[]
  /** ldflags words after rendering, `-buildid=` appended. */
  ldflags: string[]
  /** GOOS, GOARCH, the variant variable, CGO_ENABLED. */
  env: Record<string, string>
  cgo: boolean
  /** The per-target archive, holding every binary of the target, when archives are on. */
  archive?: { file: string; format: 'tar.gz' | 'zip' }
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
export function quoteForGo(words: string[], what = 'ldflags'): string {
  return words
    .map((w) => {
      if (w !== '' && !/[\s'"]/.test(w)) return w
      if (!w.includes("'")) return `'${w}'`
      if (!w.includes('"')) return `"${w}"`
      throw new PlanError(`${what}: the word ${quoteFragment(w)} holds both quote characters, which go cannot pass on`)
    })
    .join(' ')
}

export type ArchiveSetting = 'auto' | 'tar.gz' | 'zip' | 'none'

export interface PlanInputs {
  targets: Target[]
  /** The binaries every target builds (one, named after the project, when not given). */
  binaries?: BinarySpec[]
  filename: string
  ldflags: string
  cgoFor: (t: Target) => boolean
  env: Record<string, string | undefined>
  archive?: ArchiveSetting
  /** Template for the archive's name, without the extension. */
  archiveName?: string
}

/** The project's own values: a control character in a git tag or branch would reach every name. */
function checkProject(project: ProjectFields): string[] {
  const errors: string[] = []
  const name = nameElementProblem(project.name)
  if (name) errors.push(`name: the project name ${name}; it becomes the file name inside every archive — set name to a plain file name`)
  for (const [field, value] of [['version', project.version], ['tag', project.tag]] as const) {
    const control = controlCharacterProblem(value)
    if (control) {
      errors.push(
        `version: the ${field} ${quoteFragment(value)} (from the version input, the git tag or GITHUB_REF) has ${control}; set the version input to a plain version`
      )
    }
  }
  return errors
}

export function planBuilds(inputs: PlanInputs, project: ProjectFields): TargetPlan[] {
  const projectErrors = checkProject(project)
  if (projectErrors.length) throw new PlanError(projectErrors.join('\n'))
  // every file claimed so far, by its case-folded path: two names that differ only by case are one file on macOS and Windows
  const byFile = new Map<string, { canonical: string; file: string; input: string }>()
  const errors: string[] = []
  const plans: TargetPlan[] = []
  const binaries = inputs.binaries ?? [{ name: project.name, package: '.' }]
  for (const target of inputs.targets) {
    const canonical = canonicalTarget(target)
    const fields = targetTemplateFields(project, target)
    const ext = target.goos === 'windows' ? '.exe' : target.goarch === 'wasm' ? '.wasm' : ''
    const claims: Array<[string, string, string]> = []
    for (const b of binaries) {
      let file = renderTemplate(inputs.filename, { ...fields, Binary: b.name }, inputs.env, 'filename').trim()
      if (ext && !file.toLowerCase().endsWith(ext) && !file.endsWith('/')) file += ext
      claims.push(['filename', file, binaries.length > 1 ? `${canonical} (${b.name})` : canonical])
    }
    let archive: TargetPlan['archive']
    const setting = inputs.archive ?? 'none'
    if (setting !== 'none') {
      const format = setting === 'auto' ? (target.goos === 'windows' ? 'zip' : 'tar.gz') : setting
      // one archive per target holds every binary: {{.Binary}} has no value here
      const base = renderTemplate(inputs.archiveName ?? DEFAULT_ARCHIVE_NAME, fields, inputs.env, 'archive-name').trim()
      archive = { file: `${base}.${format}`, format }
      claims.push(['archive-name', base === '' || base.endsWith('/') ? base : archive.file, canonical])
    }
    const checked: string[] = []
    for (const [input, claim, owner] of claims) {
      const normal = outputPathProblem(claim)
      if ('problem' in normal) {
        errors.push(`${input}: the name for ${owner} ${normal.problem}`)
        continue
      }
      const key = normal.path.toLowerCase()
      const other = byFile.get(key)
      if (other) {
        errors.push(
          other.file === normal.path
            ? `${input}: ${other.canonical} and ${owner} would both write "${normal.path}"; add ${binaries.length > 1 ? '{{.Binary}}, ' : ''}{{.Os}}, {{.Arch}} and {{.Variant}} to the template`
            : `${input}: "${other.file}" (${other.canonical}) and "${normal.path}" (${owner}) differ only by case, which is one file on macOS and Windows`
        )
        continue
      }
      byFile.set(key, { canonical: owner, file: normal.path, input })
      checked.push(normal.path)
    }
    if (checked.length !== claims.length) continue
    if (archive) archive.file = checked[binaries.length] as string
    const planned: PlannedBinary[] = binaries.map((b, i) => ({
      name: b.name,
      package: b.package,
      file: checked[i] as string,
      archiveName: `${b.name}${ext}`,
      goName: `${goExecName(b.importPath ?? (b.package.replace(/\/+$/, '') === '.' ? project.module : b.package)) || b.name}${target.goos === 'windows' ? '.exe' : ''}`
    }))
    const ldflags = renderTemplateWords(inputs.ldflags, fields, inputs.env, 'ldflags')
    // the go command re-splits -ldflags with its own quoting: a word it cannot carry fails now, not after the downloads
    quoteForGo(ldflags)
    const cgo = inputs.cgoFor(target)
    plans.push({
      target,
      canonical,
      binaries: planned,
      // an empty build id: the linker would otherwise hash inputs that differ between machines
      ldflags: [...ldflags, '-buildid='],
      env: { ...targetEnv(target), CGO_ENABLED: cgo ? '1' : '0' },
      cgo,
      ...(archive ? { archive } : {})
    })
  }
  // a file of one target must not be a directory of another (dist/a and dist/a/b)
  for (const [key, { canonical, file, input }] of byFile) {
    const dir = parentDirectories(key).find((d) => byFile.has(d))
    if (dir) {
      const owner = byFile.get(dir) as { canonical: string; file: string; input: string }
      errors.push(`${input}: "${file}" (${canonical}) needs a directory "${owner.file}", which ${owner.canonical} writes as a file (${owner.input}); give them different names`)
    }
  }
  if (errors.length) throw new PlanError(errors.join('\n'))
  return plans
}
