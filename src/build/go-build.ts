/**
 * One `go build` per target (every binary of the target in one call, so the package graph loads once), as an argument array (never a shell), with an environment that holds
 * exactly the target's settings: the `go` allow-list (proc/env.ts) lets no GOOS, GOARCH, GOROOT,
 * CC, CGO_* or variant variable (GOAMD64, GOARM …) in from the runner, so a stray GOAMD64=v3 in the
 * job cannot change a binary behind the manifest's back.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { TargetPlan } from '../plan/build-plan.js'
import { quoteForGo } from '../plan/build-plan.js'
import { environmentFor, runProcess } from '../proc/run.js'

export interface GoBuildSpec {
  go: string
  workingDirectory: string
  /** The main packages of this call: one, or several built into one directory. */
  packages: string[]
  tags: string[]
  flags: string[]
  /** Absolute output path: a file for one package, or a directory ending in a separator (`-o dir/`) for several. */
  output: string
  /** Environment shared by every go command of the run (GOTOOLCHAIN, caches). */
  goEnv: Record<string, string>
  /** Extra per-target environment (a C toolchain's CC, CGO_* flags). */
  extraEnv?: Record<string, string>
  /** Extra words for -ldflags (external linker flags for cgo). */
  extraLdflags?: string[]
}

export function goBuildArgs(plan: TargetPlan, spec: Pick<GoBuildSpec, 'tags' | 'flags' | 'output' | 'packages' | 'extraLdflags'>): string[] {
  return [
    'build',
    '-trimpath',
    '-ldflags',
    quoteForGo([...plan.ldflags, ...(spec.extraLdflags ?? [])]),
    ...(spec.tags.length ? ['-tags', spec.tags.join(',')] : []),
    ...spec.flags,
    '-o',
    spec.output,
    ...spec.packages
  ]
}

/** What the action sets for one target's `go build`: the run's go settings, the target's, the C toolchain's. */
export const goBuildSettings = (plan: TargetPlan, goEnv: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> => ({
  ...goEnv,
  ...plan.env,
  ...extra
})

/** The whole environment `go build` gets for a target, given what the action inherited. */
export function goBuildEnv(
  base: Record<string, string | undefined>,
  plan: TargetPlan,
  goEnv: Record<string, string>,
  extra: Record<string, string> = {}
): Record<string, string> {
  return environmentFor({ kind: 'go', env: goBuildSettings(plan, goEnv, extra) }, base)
}

export interface GoBuildResult {
  ok: boolean
  exitCode: number
  command: string
  stdout: string
  stderr: string
  ms: number
}

export async function runGoBuild(plan: TargetPlan, spec: GoBuildSpec): Promise<GoBuildResult> {
  await mkdir(spec.output.endsWith(path.sep) || spec.output.endsWith('/') ? spec.output : path.dirname(spec.output), { recursive: true })
  const args = goBuildArgs(plan, spec)
  const started = Date.now()
  const out = await runProcess({ kind: 'go', file: spec.go, args, cwd: spec.workingDirectory, env: goBuildSettings(plan, spec.goEnv, spec.extraEnv) })
  const shown = Object.entries({ ...plan.env, ...spec.extraEnv })
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  return {
    ok: out.exitCode === 0,
    exitCode: out.exitCode,
    command: `${shown} go ${args.map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
    stdout: out.stdout,
    stderr: out.stderr,
    ms: Date.now() - started
  }
}

export interface CompilerMessage {
  file: string
  line: number
  column?: number
  message: string
}

/**
 * Compiler and vet-style errors (`./main.go:12:5: undefined: x`) as annotations: paths made
 * relative to the workspace so GitHub can place them on the diff.
 */
export function parseCompilerMessages(stderr: string, cwd: string, workspace: string, p: path.PlatformPath = path): CompilerMessage[] {
  const out: CompilerMessage[] = []
  // a Windows path starts with a drive (C:\…, or C:/… as gcc prints it): its colon is not a separator
  const drive = p.sep === '\\' ? '(?:[A-Za-z]:[\\\\/])?' : ''
  const message = new RegExp(`^(?!#)(${drive}[^:\\s][^:]*\\.(?:go|c|h|s|cc|cpp)):(\\d+)(?::(\\d+))?: (.+)$`)
  for (const line of stderr.split('\n')) {
    const m = message.exec(line.trim())
    if (!m) continue
    const abs = p.resolve(cwd, m[1] as string)
    const rel = p.relative(workspace, abs)
    out.push({
      file: rel.startsWith('..') || p.isAbsolute(rel) ? abs : rel.split(p.sep).join('/'),
      line: Number(m[2]),
      column: m[3] ? Number(m[3]) : undefined,
      message: m[4] as string
    })
  }
  return out
}
