/**
 * Main packages and the binaries they become. `package` (one package, today's form) or `packages`
 * (a list: paths, Go patterns such as ./cmd/..., optionally named as `admin=./cmd/adm`). Pure: the
 * specs are parsed and checked with the other inputs; patterns are expanded later from `go list`
 * output (parseGoList, untrusted text), and resolveBinaries names every binary and refuses two
 * binaries with one name before anything is built.
 */
import { defaultName } from '../project.js'
import { controlCharacterProblem, nameElementProblem, packagePathProblem, quoteFragment } from './values.js'

export class PackagesError extends Error {}

export interface PackageSpec {
  /** What go is given: `.`, `./cmd/server`, `./cmd/...`. */
  package: string
  /** The binary's name as the user gave it (`admin=./cmd/adm`). */
  name?: string
  /** A Go pattern (`...`): expanded with `go list` to its main packages. */
  pattern: boolean
  /** The input it came from, for messages. */
  input: 'package' | 'packages'
}

export interface BinarySpec {
  /** The binary's file name without `.exe`; the {{.Binary}} template field. */
  name: string
  /** The package go builds (a path as given, or an import path from a pattern). */
  package: string
  /** The import path, when `go list` has told it: go names its output after it. */
  importPath?: string
}

/** A `go list -f '{{.ImportPath}}\t{{.Name}}\t{{.Dir}}'` line, checked. */
export interface ListedPackage {
  importPath: string
  name: string
  dir: string
}

/** The `go list -f` format parseGoList reads. */
export const GO_LIST_FORMAT = '{{.ImportPath}}\t{{.Name}}\t{{.Dir}}'

const isPattern = (p: string): boolean => p.includes('...')

/**
 * A binary's name: one plain file name on every OS, not hidden. The same rule for names given with
 * `name=path` and for names taken from a package's directory.
 */
export function binaryNameProblem(name: string): string | undefined {
  if (name.includes('..')) return `${quoteFragment(name)} holds "..", which is not allowed in a binary's name`
  const element = nameElementProblem(name)
  if (element) return element
  if (name.startsWith('.')) return `${quoteFragment(name)} starts with a dot, which hides the file`
  if (name.startsWith('-')) return `${quoteFragment(name)} starts with "-", which tools would read as a flag`
  return undefined
}

function packageProblem(value: string): string | undefined {
  if (!isPattern(value)) return packagePathProblem(value)
  if (/\s/.test(value) || value.startsWith('-')) return packagePathProblem(value)
  // a pattern is a path with `...` wildcards: check the path with them taken out
  const problem = packagePathProblem(value.replaceAll('...', 'x'))
  return problem?.replace(quoteFragment(value.replaceAll('...', 'x')), quoteFragment(value))
}

const describeList = (raw: string): string => {
  const entries = raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
  return `${quoteFragment(entries[0] ?? '')}${entries.length > 1 ? ', …' : ''}`
}

/** The `package` and `packages` inputs as specs; both given, or a bad entry, fails naming the input. */
export function parsePackageSpecs(packageInput: string, packagesInput: string): PackageSpec[] {
  if (packageInput && packagesInput) {
    throw new PackagesError(
      `package (${quoteFragment(packageInput)}) and packages (${describeList(packagesInput)}) are both set; keep one: packages takes a list and package is its one-package form`
    )
  }
  if (!packagesInput) {
    const value = packageInput || '.'
    const problem = packagePathProblem(value)
    if (problem) throw new PackagesError(`package: ${problem}`)
    return [{ package: value, pattern: false, input: 'package' }]
  }
  const entries = packagesInput
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
  if (entries.length === 0) throw new PackagesError('packages: no package given; list main packages such as ./cmd/server')
  const specs: PackageSpec[] = []
  const errors: string[] = []
  const seen = new Map<string, string>()
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const name = eq >= 0 ? entry.slice(0, eq).trim() : undefined
    const pkg = eq >= 0 ? entry.slice(eq + 1).trim() : entry
    const problem = packageProblem(pkg)
    if (problem) {
      errors.push(`packages: ${problem}`)
      continue
    }
    if (name !== undefined) {
      const bad = binaryNameProblem(name)
      if (bad) {
        errors.push(`packages: the binary name in ${quoteFragment(entry)} ${bad}; write name=path with a plain file name, such as admin=./cmd/adm`)
        continue
      }
      if (isPattern(pkg)) {
        errors.push(`packages: ${quoteFragment(entry)} names a pattern, which can match several packages; name each package on its own line (name=./cmd/x)`)
        continue
      }
    }
    const key = pkg.replace(/^\.\/(?=.)/, '').replace(/\/+$/, '') || '.'
    const before = seen.get(key)
    if (before !== undefined) {
      errors.push(`packages: ${quoteFragment(before)} and ${quoteFragment(entry)} are the same package; list it once`)
      continue
    }
    seen.set(key, entry)
    specs.push({ package: pkg, ...(name !== undefined ? { name } : {}), pattern: isPattern(pkg), input: 'packages' })
  }
  if (errors.length) throw new PackagesError(errors.join('\n'))
  return specs
}

/** The name go gives a package's binary: its import path's last element, skipping a major-version suffix (/v2). */
export const goExecName = (importPath: string): string => defaultName(importPath)

/**
 * A spec's binary name before `go list` has run (patterns have none yet). The one-package form
 * keeps today's name, the project's (the name input, else the module's last element); in
 * `packages`, a path's last element, and for `.` the module's last element.
 */
function staticName(spec: PackageSpec, projectName: string, module: string): string {
  if (spec.name !== undefined) return spec.name
  if (spec.input === 'package') return projectName
  const trimmed = spec.package.replace(/\/+$/, '')
  if (trimmed === '.' || trimmed === '') return defaultName(module) || projectName
  return defaultName(trimmed)
}

/**
 * Every binary, named, from the specs and (for patterns, and to learn import paths) what `go list`
 * said about each spec. Without `listed`, patterns are left out (the plan before Go is installed).
 * Two binaries with one name fail, naming both packages.
 */
export function resolveBinaries(
  specs: PackageSpec[],
  project: { name: string; module: string },
  listed?: Map<string, ListedPackage[]>
): BinarySpec[] {
  const out: BinarySpec[] = []
  const errors: string[] = []
  const byName = new Map<string, BinarySpec>()
  const add = (b: BinarySpec, input: string): void => {
    // the one-package form's binary is the project: its name is checked as the name input (build-plan.ts)
    const bad = input === 'package' ? undefined : binaryNameProblem(b.name)
    if (bad) {
      errors.push(`${input}: the binary of ${quoteFragment(b.package)} would be named ${bad}; name it yourself in packages (tool=${b.package})`)
      return
    }
    const key = b.name.toLowerCase()
    const other = byName.get(key)
    if (other) {
      errors.push(
        `${input}: ${quoteFragment(other.package)} and ${quoteFragment(b.package)} would both make the binary "${b.name}"${other.name !== b.name ? ` ("${other.name}" differs only by case)` : ''}; ` +
          `name one of them, as in ${b.name}2=${b.package}`
      )
      return
    }
    byName.set(key, b)
    out.push(b)
  }
  for (const spec of specs) {
    const found = listed?.get(spec.package)
    if (!spec.pattern) {
      const pkg = found?.[0]
      if (found && (found.length !== 1 || pkg?.name !== 'main')) {
        errors.push(
          found.length !== 1
            ? `${spec.input}: go list gives ${found.length} packages for ${quoteFragment(spec.package)}; name one main package`
            : `${spec.input}: ${quoteFragment(spec.package)} is package ${quoteFragment(pkg?.name ?? '')}, not a main package; name a package that declares package main`
        )
        continue
      }
      const name = spec.name ?? (pkg && spec.input === 'packages' && spec.package.replace(/\/+$/, '') !== '.' ? goExecName(pkg.importPath) : staticName(spec, project.name, project.module))
      add({ name, package: spec.package, ...(pkg ? { importPath: pkg.importPath } : {}) }, spec.input)
      continue
    }
    if (!found) continue
    const mains = found.filter((p) => p.name === 'main')
    if (mains.length === 0) {
      errors.push(`${spec.input}: the pattern ${quoteFragment(spec.package)} matches no main package${found.length ? ` (only ${found.map((p) => p.importPath).slice(0, 5).join(', ')})` : ''}; check the path`)
      continue
    }
    for (const p of mains) add({ name: goExecName(p.importPath), package: p.importPath, importPath: p.importPath }, spec.input)
  }
  if (errors.length) throw new PackagesError(errors.join('\n'))
  return out
}

/** Stand-in binaries for a plan made before `go list` can run: one per pattern, named after its fixed part. */
export function placeholderBinaries(specs: PackageSpec[], project: { name: string; module: string }): BinarySpec[] {
  return specs.map((s, i) =>
    s.pattern ? { name: `${defaultName(s.package.split('...')[0]?.replace(/\/+$/, '') || '') || 'pattern'}-pattern-${i}`, package: s.package } : { name: staticName(s, project.name, project.module), package: s.package }
  )
}

const IMPORT_PATH = /^[A-Za-z0-9_.~+\-/]+$/
const IDENT = /^[\p{L}_][\p{L}\p{N}_]*$/u

/**
 * `go list -f GO_LIST_FORMAT` output, one package a line, read as untrusted text: a line that is
 * not exactly an import path, a Go identifier and an absolute directory, separated by tabs, fails.
 */
export function parseGoList(stdout: string, what: string): ListedPackage[] {
  const out: ListedPackage[] = []
  for (const [i, line] of stdout.split('\n').entries()) {
    if (line === '') continue
    const fields = line.split('\t')
    const [importPath, name, dir] = fields as [string, string, string]
    const ok = fields.length === 3 && IMPORT_PATH.test(importPath) && !importPath.startsWith('-') && !importPath.split('/').includes('..') && IDENT.test(name) && (dir.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dir)) && !controlCharacterProblem(dir)
    if (!ok) throw new PackagesError(`${what}: go list printed a line it should not have (line ${i + 1}: ${quoteFragment(line)})`)
    out.push({ importPath, name, dir })
  }
  return out
}

/**
 * Groups binaries so that no `go build -o dir/` call holds two whose go-given names collide
 * (a binary renamed in packages may share its directory's name with another package).
 */
export function buildBatches<T extends { goName: string }>(binaries: T[]): T[][] {
  const batches: T[][] = []
  for (const b of binaries) {
    const batch = batches.find((x) => !x.some((y) => y.goName.toLowerCase() === b.goName.toLowerCase()))
    if (batch) batch.push(b)
    else batches.push([b])
  }
  return batches
}
