/**
 * Output for a person, when the action runs outside GitHub Actions (`npm run local`, a developer's
 * terminal, another CI). @actions/core speaks to the runner in workflow commands on stdout
 * (`::group::`, `::warning file=…::`, `::save-state`, `::add-mask::`); a terminal would show them raw.
 * Every line the action — or a library it uses — writes goes through one translation at the stdout
 * boundary: stage headers instead of groups, warnings and errors spelled as such (in colour on a
 * TTY), debug lines only with RUNNER_DEBUG, and the runner-only commands dropped. While targets
 * build, a TTY shows one live progress line (done/running/left, elapsed), redrawn in place and
 * cleared before any other line; without a TTY each finished target adds one plain progress line.
 * On GitHub Actions (GITHUB_ACTIONS=true) nothing is installed and nothing changes.
 */

export interface TerminalStyle {
  tty: boolean
  debug: boolean
}

/** Workflow-command escaping (@actions/core's toCommandValue/escapeData/escapeProperty), undone. */
const unescape = (s: string): string => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%')

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/

const paint = (tty: boolean, code: string, text: string): string => (tty ? `\x1b[${code}m${text}\x1b[0m` : text)

/** `file=a.go,line=3,col=5,title=go build` as `a.go:3:5`, or undefined without a file. */
function location(props: string | undefined): { where?: string; title?: string } {
  if (!props) return {}
  const p: Record<string, string> = {}
  for (const pair of props.split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0) p[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1))
  }
  const where = p.file ? [p.file, p.line, p.col].filter(Boolean).join(':') : undefined
  return { ...(where ? { where } : {}), ...(p.title ? { title: p.title } : {}) }
}

/**
 * One line of stdout as a person should see it: the same text, the translation of a workflow
 * command, or undefined when the line is for the runner alone. Pure.
 */
export function translateLine(line: string, style: TerminalStyle): string | undefined {
  const m = COMMAND.exec(line)
  if (!m) return line
  const [, command, props, data] = m as unknown as [string, string, string | undefined, string]
  const text = unescape(data)
  switch (command.toLowerCase()) {
    case 'group':
      return paint(style.tty, '1', `▶ ${text}`)
    case 'endgroup':
      return undefined
    case 'warning':
    case 'error':
    case 'notice': {
      const { where, title } = location(props)
      const label = command.toLowerCase()
      const colour = label === 'error' ? '31;1' : label === 'warning' ? '33;1' : '36;1'
      const head = paint(style.tty, colour, `${label}:`)
      return `${head} ${title ? `${title}: ` : ''}${text}${where ? ` (${where})` : ''}`
    }
    case 'debug':
      return style.debug ? paint(style.tty, '2', `debug: ${text}`) : undefined
    // runner-only: masking (nothing to mask on a terminal), state and outputs without their files,
    // command echoing and stop-commands tokens
    case 'add-mask':
    case 'save-state':
    case 'set-output':
    case 'set-env':
    case 'add-path':
    case 'echo':
      return undefined
    default:
      return line
  }
}

export interface Progress {
  /** Targets starting and ending: the counts the live line shows. */
  start(total: number): void
  targetStarted(): void
  targetEnded(ok: boolean): void
  stop(): void
}

const NO_PROGRESS: Progress = { start: () => undefined, targetStarted: () => undefined, targetEnded: () => undefined, stop: () => undefined }

let current: Progress = NO_PROGRESS

/** The progress of the build stage: a no-op on GitHub Actions. */
export const progress = (): Progress => current

export const formatElapsed = (ms: number): string => {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export function progressText(c: { done: number; failed: number; running: number; total: number }, ms: number): string {
  const left = c.total - c.done - c.failed - c.running
  return `building: ${c.done}/${c.total} done${c.failed ? `, ${c.failed} failed` : ''}, ${c.running} running, ${left} left · ${formatElapsed(ms)}`
}

interface Out {
  isTTY?: boolean
  write: (chunk: string | Uint8Array, ...rest: unknown[]) => boolean
}

/**
 * Installs the translation on `out` (process.stdout) unless this is GitHub Actions. Returns a
 * function that removes it. `now` and the timer are injectable for tests.
 */
export function installTerminal(
  env: Record<string, string | undefined>,
  out: Out = process.stdout as unknown as Out,
  clock: { now: () => number; every: (ms: number, f: () => void) => () => void } = {
    now: () => Date.now(),
    every: (ms, f) => {
      const t = setInterval(f, ms)
      t.unref()
      return () => clearInterval(t)
    }
  }
): () => void {
  if (env.GITHUB_ACTIONS === 'true') return () => undefined
  const style: TerminalStyle = { tty: Boolean(out.isTTY) && env.TERM !== 'dumb', debug: env.RUNNER_DEBUG === '1' }
  const write = out.write.bind(out)
  let live = '' // the progress line on screen, if any
  let pending = '' // a partial line, until its newline arrives
  const counts = { done: 0, failed: 0, running: 0, total: 0 }
  let startedAt = 0
  let stopTimer: (() => void) | undefined

  const draw = (): void => {
    if (!style.tty || !stopTimer) return
    live = progressText(counts, clock.now() - startedAt)
    write(`\r\x1b[2K${paint(true, '2', live)}`)
  }
  const clear = (): void => {
    if (live) write('\r\x1b[2K')
    live = ''
  }

  out.write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const lines = text.split('\n')
    pending = lines.pop() as string
    const shown = lines.map((l) => translateLine(l.replace(/\r$/, ''), style)).filter((l): l is string => l !== undefined)
    const cb = rest.find((r): r is () => void => typeof r === 'function')
    if (shown.length) {
      const hadLive = Boolean(live)
      clear()
      write(`${shown.join('\n')}\n`)
      if (hadLive) draw()
    }
    cb?.()
    return true
  }

  current = {
    start(total) {
      counts.total = total
      counts.done = counts.failed = counts.running = 0
      startedAt = clock.now()
      if (style.tty) {
        stopTimer = clock.every(1000, draw)
        draw()
      }
    },
    targetStarted() {
      counts.running++
      draw()
    },
    targetEnded(ok) {
      counts.running--
      if (ok) counts.done++
      else counts.failed++
      if (style.tty) draw()
      else out.write(`${progressText(counts, clock.now() - startedAt)}\n`)
    },
    stop() {
      stopTimer?.()
      stopTimer = undefined
      clear()
    }
  }
  // a last line without its newline still reaches the screen when the process ends
  process.once('exit', () => {
    if (pending) write(`${pending}\n`)
    pending = ''
  })
  return () => {
    current.stop()
    current = NO_PROGRESS
    if (pending) write(`${pending}\n`)
    out.write = write
  }
}
