/**
 * Runs the bundled action exactly as the runner does: `node dist/<entry>.js` with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP and RUNNER_TOOL_CACHE — on Node 24, the runtime
 * action.yml declares — and reads back the outputs and the summary.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './assets.js'

export const NODE24 = existsSync(path.join(ROOT, 'node_modules', 'node', 'bin', 'node'))
  ? path.join(ROOT, 'node_modules', 'node', 'bin', 'node')
  : process.execPath

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** What the step saved with core.saveState, for a later post step (as STATE_<name>). */
  state: Record<string, string>
  ms: number
}

export interface RunOptions {
  /** Input names as in action.yml (kebab-case). */
  inputs: Record<string, string>
  /** Working directory = GITHUB_WORKSPACE. */
  workspace: string
  /** A per-run directory for RUNNER_TEMP, GITHUB_OUTPUT and the summary. */
  runnerDir: string
  toolCache: string
  /** Extra environment (GOCACHE, ACTIONS_* …). */
  env?: Record<string, string>
  /** PATH; by default one without any Go on it. */
  path?: string
  entry?: 'index' | 'post'
  /** Environment from an earlier run to hand to the post step (STATE_*). */
  state?: Record<string, string>
  /** A command to run node under (`/usr/bin/time -f %M -o file` for the benchmarks). */
  launcher?: string[]
  /** Told each chunk of stdout as it arrives, with the child (to signal it mid-run). */
  onStdout?: (stdoutSoFar: string, child: ChildProcess) => void
}

/** A PATH with the system directories only: no Go, so the action must install its own. */
export const PATH_WITHOUT_GO = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':')

export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string)
    if (m) {
      const [, name, delim] = m as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string)
      out[name] = value.join('\n')
    } else if (lines[i]?.includes('=')) {
      const [k, ...v] = (lines[i] as string).split('=')
      out[k as string] = v.join('=')
    }
  }
  return out
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  mkdirSync(opts.runnerDir, { recursive: true })
  const temp = path.join(opts.runnerDir, 'temp')
  mkdirSync(temp, { recursive: true })
  const outputFile = path.join(opts.runnerDir, `output-${Date.now()}`)
  const stateFile = path.join(opts.runnerDir, `state-${Date.now()}`)
  const summaryFile = path.join(opts.runnerDir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(stateFile, '')
  if (!existsSync(summaryFile)) writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: opts.path ?? PATH_WITHOUT_GO,
    HOME: process.env.HOME ?? '/root',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: opts.toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ...opts.state,
    ...opts.env
  }
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const started = Date.now()
  const argv = [NODE24, path.join(ROOT, 'dist', `${opts.entry ?? 'index'}.js`)]
  const [cmd, ...rest] = [...(opts.launcher ?? []), ...argv] as [string, ...string[]]
  const child = spawn(cmd, rest, { cwd: opts.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    opts.onStdout?.(stdout, child)
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    state: parseCommandFile(readFileSync(stateFile, 'utf8')),
    ms: Date.now() - started
  }
}
