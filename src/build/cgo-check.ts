/**
 * Silent cgo loss: with CGO_ENABLED=0, Go leaves out a package's cgo files without a word, and a
 * dependency such as a SQLite driver then compiles a stub that fails only at run time. One
 * `go list -deps` (with cgo on, for the main package) finds the non-standard packages that have cgo
 * files; the targets built without cgo get a warning naming each.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import { runProcess } from '../proc/run.js'

export interface ListedPackage {
  ImportPath: string
  Standard?: boolean
  CgoFiles?: string[]
}

/** The packages whose cgo files CGO_ENABLED=0 drops, from `go list -deps -json` output. Pure. */
export function packagesWithDroppedCgo(goListJson: string): ListedPackage[] {
  const out: ListedPackage[] = []
  // go list -json writes one object after another, not an array
  for (const chunk of goListJson.split(/\n(?=\{)/)) {
    if (!chunk.trim()) continue
    const p = JSON.parse(chunk) as ListedPackage
    if (!p.Standard && (p.CgoFiles?.length ?? 0) > 0 && p.ImportPath !== 'C') out.push(p)
  }
  return out
}

/**
 * Starts the check's `go list` (the runner's own GOOS/GOARCH — the allow-list lets none in from
 * outside — with cgo on). The packages stage starts it beside its own go list, where the second
 * core is idle, and the build stage reports it: the promise never rejects, and resolves to the
 * packages whose cgo files are dropped, or undefined when go list failed (the build says why).
 */
export async function listDroppedCgo(ctx: RunContext): Promise<ListedPackage[] | undefined> {
  const go = ctx.go
  if (!go) return undefined
  try {
    const r = await runProcess({
      kind: 'go',
      file: go.go,
      args: ['list', '-buildvcs=false', '-deps', '-json=ImportPath,Standard,CgoFiles', ...(ctx.config.tags.length ? ['-tags', ctx.config.tags.join(',')] : []), ...ctx.config.packages.map((p) => p.package)],
      cwd: ctx.config.workingDirectory,
      env: { ...ctx.goEnv, CGO_ENABLED: '1' }
    })
    if (r.exitCode !== 0) {
      core.debug(`go list for the cgo check failed (the build will say why): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`)
      return undefined
    }
    return packagesWithDroppedCgo(r.stdout)
  } catch (error) {
    core.debug(`the cgo check did not run: ${(error as Error).message}`)
    return undefined
  }
}

/** One warning per package whose cgo files the targets built without cgo leave out. */
export function warnDroppedCgo(ctx: RunContext, dropped: ListedPackage[]): void {
  const noCgo = ctx.plans.filter((p) => !p.cgo).map((p) => p.canonical)
  for (const p of dropped) {
    core.warning(
      `${p.ImportPath} has cgo files (${(p.CgoFiles ?? []).join(', ')}) that CGO_ENABLED=0 leaves out, so ${noCgo.length === ctx.plans.length ? 'every target' : noCgo.join(', ')} may get a stub that fails at run time; set cgo: true (or list those targets in cgo) if it needs them`,
      { title: 'cgo files dropped' }
    )
  }
}
