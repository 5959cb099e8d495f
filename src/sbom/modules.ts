/**
 * Which module a binary linked, from its build info: small and free of dependencies, so the
 * pipeline can name the modules whose licenses it looks up without loading the SBOM generators
 * (packageurl-js, ajv) at start-up; they load only when a run makes SBOMs.
 */
import type { GoModule } from './buildinfo.js'

/** Whether a replacement's Path is a directory (`./dep`, `../dep`, `/abs`, `C:\\abs`) rather than a module path. */
export const isDirectoryPath = (p: string): boolean => /^(\.{1,2}[/\\]|\/|[A-Za-z]:[/\\])/.test(p)

/** The module that was actually linked: a replacement's target, or the module itself. */
export function resolveModule(m: GoModule): { path: string; version: string; sum?: string; replaces?: string } {
  const r = m.Replace
  if (!r) return { path: m.Path, version: m.Version, ...(m.Sum ? { sum: m.Sum } : {}) }
  // A directory replacement (=> ./dep) has no version of its own: the module keeps its path and is
  // marked (devel), as go itself marks an unversioned main module. A module replacement is the module.
  // go version -m -json reports a directory replacement's version as "" or "(devel)"
  const isDir = !r.Version || r.Version === '(devel)' || isDirectoryPath(r.Path)
  return {
    path: isDir ? m.Path : r.Path,
    version: isDir ? '(devel)' : r.Version,
    ...(r.Sum ? { sum: r.Sum } : {}),
    replaces: `${m.Path}@${m.Version}`
  }
}
