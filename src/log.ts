/**
 * Logging through @actions/core, plus a buffered per-target log: targets build in parallel, so each
 * target's lines are held and printed as one group when the target is done, never interleaved.
 */
import * as core from '@actions/core'
import { redactUrls } from './url.js'

export interface Log {
  info(message: string): void
  warning(message: string, props?: core.AnnotationProperties): void
  error(message: string, props?: core.AnnotationProperties): void
  notice(message: string, props?: core.AnnotationProperties): void
  debug(message: string): void
}

// installers log through this: any URL in a line reaches the log with its credentials redacted
export const coreLog: Log = {
  info: (m) => core.info(redactUrls(m)),
  warning: (m, p) => core.warning(redactUrls(m), p),
  error: (m, p) => core.error(redactUrls(m), p),
  notice: (m, p) => core.notice(redactUrls(m), p),
  debug: (m) => core.debug(redactUrls(m))
}

export class TargetLog implements Log {
  private readonly lines: string[] = []
  private readonly annotations: Array<() => void> = []
  constructor(readonly title: string) {}
  info(m: string): void {
    this.lines.push(m)
  }
  debug(m: string): void {
    if (core.isDebug()) this.lines.push(`[debug] ${m}`)
  }
  // annotations are emitted after the group closes, so they are not hidden inside it
  warning(m: string, p?: core.AnnotationProperties): void {
    this.lines.push(`warning: ${m}`)
    this.annotations.push(() => core.warning(m, p))
  }
  error(m: string, p?: core.AnnotationProperties): void {
    this.lines.push(`error: ${m}`)
    this.annotations.push(() => core.error(m, p))
  }
  notice(m: string, p?: core.AnnotationProperties): void {
    this.lines.push(m)
    this.annotations.push(() => core.notice(m, p))
  }
  /** A log for one binary of the target: its lines, prefixed with the binary's name, go into this one. */
  child(prefix: string): TargetLog {
    const c = new TargetLog(`${this.title} ${prefix}`)
    c.info = (m) => this.info(`[${prefix}] ${m}`)
    c.debug = (m) => this.debug(`[${prefix}] ${m}`)
    c.warning = (m, p) => this.warning(`${prefix}: ${m}`, p)
    c.error = (m, p) => this.error(`${prefix}: ${m}`, p)
    c.notice = (m, p) => this.notice(`${prefix}: ${m}`, p)
    c.flush = () => undefined
    return c
  }
  flush(status: string): void {
    core.startGroup(`${this.title} ${status}`)
    for (const line of this.lines) core.info(line)
    core.endGroup()
    for (const a of this.annotations) a()
  }
}
