/**
 * The SBOM's two places in a target's chain (src/build/build-targets.ts): `build-info` reads the
 * binary's own build info right after the build, before smoke tests and UPX touch it (a packed
 * binary hides it from every reader); `sbom` writes the documents once `hash` knows the SHA-256 of
 * the file that ships. Both run only with the sbom input on.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { TargetStep } from '../build/build-targets.js'
import { goCacheDirs } from '../build/go-cache.js'
import type { RunContext, SbomFile } from '../context.js'
import { sha256File } from '../release/checksums.js'
import { GO_XBUILD_VERSION } from '../version.js'
import type { GoBuildInfo } from './buildinfo.js'
import { SBOM_SUFFIX, type SbomFormat } from './formats.js'
import { resolveModule } from './modules.js'

const sbomOn = (ctx: RunContext): boolean => ctx.config.release.sbom.length > 0

/** The SBOM file names of a binary, in the sbom input's order (spdx, cyclonedx). */
export const sbomFileNames = (file: string, formats: SbomFormat[]): string[] => formats.map((f) => `${file}${SBOM_SUFFIX[f]}`)

/**
 * The documents' `created`: SOURCE_DATE_EPOCH when the job sets it (the reproducible-builds
 * convention), else the commit's time — never the clock, so two runs of one commit agree.
 */
export function sbomCreated(env: Record<string, string | undefined>, commitTimestamp: number): string {
  const raw = env.SOURCE_DATE_EPOCH?.trim() ?? ''
  const epoch = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN
  const seconds = Number.isSafeInteger(epoch) && epoch > 0 ? epoch : commitTimestamp
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Every module a binary links, as it was linked (a replacement's path and version; a directory replacement is `(devel)`). */
export function linkedModules(info: GoBuildInfo): Array<{ path: string; version: string }> {
  return info.Deps.map(resolveModule).map((m) => ({ path: m.path, version: m.version }))
}

const moduleKey = (m: { path: string; version: string }): string => `${m.path}@${m.version}`

/** The module cache the builds filled: the job's or the cache stage's GOMODCACHE, else what this Go uses. */
async function moduleCacheDir(ctx: RunContext): Promise<string> {
  if (ctx.goEnv.GOMODCACHE) return ctx.goEnv.GOMODCACHE
  if (!ctx.go) return ''
  return (await goCacheDirs(ctx.go.go, { ...(process.env as Record<string, string>), ...ctx.goEnv }, ctx.goEnv)).gomodcache
}

/** The licenses of a binary's modules: each module classified once per run, whatever the number of targets. */
async function licensesFor(ctx: RunContext, info: GoBuildInfo): Promise<Map<string, string>> {
  const cache = (ctx.licenseCache ??= { gomodcache: moduleCacheDir(ctx), ids: new Map() })
  const modules = linkedModules(info).filter((m) => m.version && !m.version.startsWith('('))
  const missing = modules.filter((m) => !cache.ids.has(moduleKey(m)))
  if (missing.length) {
    // entered before any await: a target finishing beside this one finds them pending and waits, never classifies them again
    const found = cache.gomodcache.then(async (dir) => (dir ? (await import('./licenses.js')).identifyLicenses(missing, dir) : new Map<string, string>()))
    for (const m of missing) cache.ids.set(moduleKey(m), found.then((map) => map.get(moduleKey(m))))
  }
  const out = new Map<string, string>()
  for (const m of modules) {
    const id = await cache.ids.get(moduleKey(m))
    if (id) out.set(moduleKey(m), id)
  }
  return out
}

/** After inspect, before smoke-test and compress: the build info as the Go linker wrote it. */
export const buildInfoStep: TargetStep = {
  name: 'build-info',
  applies: (ctx) => sbomOn(ctx),
  async run(ctx, artifact, _plan, log) {
    const go = ctx.go
    if (!go) throw new Error('Go is not installed')
    const { readBuildInfo } = await import('./buildinfo.js')
    artifact.buildInfo = await readBuildInfo(go.go, artifact.path, ctx.goEnv)
    log.info(`build info: ${artifact.buildInfo.Path} ${artifact.buildInfo.Main.Version}, ${artifact.buildInfo.Deps.length} module(s), ${artifact.buildInfo.GoVersion}`)
  }
}

/** After hash: one document per format, beside the binary, named `<file>.spdx.json` / `<file>.cdx.json`. */
export const sbomStep: TargetStep = {
  name: 'sbom',
  applies: (ctx) => sbomOn(ctx),
  async run(ctx, artifact, plan, log) {
    const info = artifact.buildInfo
    if (!info) throw new Error('the build info was not read before the binary was changed')
    const { sbomDocument } = await import('./documents.js')
    const licenses = await licensesFor(ctx, info)
    const record = ctx.cToolchains?.get(plan.canonical)
    const input = {
      buildInfo: info,
      file: artifact.file,
      sha256: artifact.sha256,
      target: { goos: plan.target.goos, goarch: plan.target.goarch, variant: plan.target.variant },
      created: sbomCreated(process.env, ctx.project.commitTimestamp),
      ...(plan.cgo && record ? { cToolchain: { provider: record.provider, version: record.version, triple: record.triple } } : {}),
      licenses,
      tool: { name: 'go-xbuild', version: GO_XBUILD_VERSION }
    }
    const sboms: SbomFile[] = []
    for (const format of ctx.config.release.sbom) {
      const file = `${artifact.file}${SBOM_SUFFIX[format]}`
      const abs = path.join(ctx.stagingDir, ...file.split('/'))
      await writeFile(abs, sbomDocument(format, input))
      const { sha256, size } = await sha256File(abs)
      sboms.push({ format, file, size, sha256 })
    }
    artifact.sboms = sboms
    // the build info has done its work; the manifest never carries it
    delete artifact.buildInfo
    const known = licenses.size
    log.info(`sbom: ${sboms.map((s) => s.file).join(', ')} (${info.Deps.length} module(s), ${known} with an identified license)`)
  }
}
