/**
 * `checksums-name`: the name of the checksum file (default `SHA256SUMS`), a template of the
 * project's fields (`{{.ProjectName}}_{{.Version}}_checksums.txt` is goreleaser's default). It sits
 * at the top of output-dir beside manifest.json; its signatures are `<name>.asc`, `<name>.sig` and
 * `<name>.sigstore.json`; the manifest, the artifact and the release use it. Pure, so a bad name or
 * a clash with a binary or an archive fails in the plan, before anything is downloaded.
 */
import { COMPANION_SUFFIXES } from './output-names.js'
import { projectTemplateFields, type ProjectFields } from './build-plan.js'
import { renderTemplate } from './template.js'
import { nameElementProblem, quoteFragment } from './values.js'

export const DEFAULT_CHECKSUMS_NAME = 'SHA256SUMS'

/** Names beside the checksum file at the top of output-dir that it must never be (compared without case). */
const OTHER_RELEASE_FILES = ['manifest.json', '.gitignore', 'cosign.pub']

export class ChecksumsNameError extends Error {}

/**
 * The rendered, checked name. `claimed` are the files and archives the plan writes (relative to
 * output-dir): the checksum file must be none of them and no directory of theirs, without case
 * (macOS and Windows would make them one file).
 */
export function planChecksumsName(template: string, project: ProjectFields, env: Record<string, string | undefined>, claimed: string[]): string {
  const fix = 'set checksums-name to a plain file name such as SHA256SUMS or {{.ProjectName}}_{{.Version}}_checksums.txt'
  let name: string
  try {
    name = renderTemplate(template, projectTemplateFields(project), env, 'checksums-name').trim()
  } catch (error) {
    throw new ChecksumsNameError((error as Error).message, { cause: error })
  }
  if (name.includes('/') || name.includes('\\')) {
    throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} has a path separator; the checksum file sits at the top of output-dir: ${fix}`)
  }
  const problem = nameElementProblem(name)
  if (problem) throw new ChecksumsNameError(`checksums-name: the name ${problem}: ${fix}`)
  if (name.startsWith('.')) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} starts with a dot (a hidden file, and GitHub renames such assets): ${fix}`)
  const lower = name.toLowerCase()
  if (OTHER_RELEASE_FILES.includes(lower)) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} is a file go-xbuild writes itself: ${fix}`)
  const suffix = COMPANION_SUFFIXES.find((s) => lower.endsWith(s))
  if (suffix) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} ends in ${suffix}, which go-xbuild keeps for signatures and SBOMs: ${fix}`)
  for (const file of claimed) {
    const top = file.split('/')[0] as string
    if (top.toLowerCase() !== lower) continue
    throw new ChecksumsNameError(
      top === file
        ? `checksums-name: ${quoteFragment(name)} is also the name of a built file or archive ("${file}"); give the checksum file another name`
        : `checksums-name: ${quoteFragment(name)} is also a directory the plan writes "${file}" into; give the checksum file another name`
    )
  }
  return name
}
