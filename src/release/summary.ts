/** The job summary: what was built (or why not), and where the time went. */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import { redactUrls } from '../url.js'

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let v = bytes / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`
}

/** Extra columns later stages add (UPX ratio …): header → cell per artifact. */
export type SummaryColumn = { header: string; cell: (extensions: Record<string, unknown>) => string }

export async function writeSummary(ctx: RunContext, columns: SummaryColumn[] = []): Promise<void> {
  const s = core.summary
  const p = ctx.project
  s.addHeading(`go-xbuild: ${p.name || 'build'} ${p.version}`, 2)
  const facts = [
    ctx.goVersion ? `Go ${ctx.goVersion}${ctx.go ? ` (${ctx.go.source})` : ' (from the partial builds)'}` : undefined,
    p.commit ? `commit \`${p.shortCommit}\`` : undefined,
    p.tag ? `tag \`${p.tag}\`` : undefined,
    `${ctx.artifacts.length} of ${ctx.plans.length} target(s) built`
  ].filter(Boolean)
  s.addRaw(facts.join(' · '), true)
  if (ctx.artifacts.length) {
    const header = ['Target', 'File', 'Size', ...columns.map((c) => c.header), 'SHA-256'].map((data) => ({ data, header: true }))
    const rows = ctx.artifacts.map((a) => [
      a.canonical,
      `<code>${a.file}</code>`,
      formatSize(a.size),
      ...columns.map((c) => c.cell(a.extensions)),
      `<code>${a.sha256}</code>`
    ])
    s.addTable([header, ...rows])
  }
  const gr = ctx.githubRelease
  if (gr) {
    s.addHeading('GitHub Release', 3)
    s.addRaw(`<a href="${escapeHtml(gr.url)}">${escapeHtml(gr.tag)}</a>${gr.draft ? ' (draft)' : ''} · ${gr.assets.length} asset(s)`, true)
    s.addList(gr.assets.map((a) => `<a href="${escapeHtml(a.url)}"><code>${escapeHtml(a.name)}</code></a> · ${formatSize(a.size)} · <code>${a.sha256}</code>`))
  }
  if (ctx.failures.length) {
    s.addHeading('Failed targets', 3)
    s.addList(ctx.failures.map((f) => `<b>${f.target}</b>: ${escapeHtml(redactUrls(f.message.split('\n')[0] ?? ''))}`))
  }
  if (ctx.timings.length) {
    const rssMiB = process.resourceUsage().maxRSS / 1024
    s.addDetails(
      'Stage timings',
      [
        ...ctx.timings.map((t) => `${t.name}: ${t.skipped ? 'skipped' : `${(t.ms / 1000).toFixed(2)} s`}${t.perTarget ? ' (summed over targets)' : ''}`),
        `go-xbuild's own peak RSS: ${rssMiB.toFixed(0)} MiB`
      ].join('<br>')
    )
  }
  await s.write()
}

const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
