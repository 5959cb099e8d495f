/**
 * Fan-out's last job: fetch this run's partial artifacts and trust none of them. Each manifest is
 * validated against the published schema before any field is read; the partials' project, Go and
 * build settings must equal this job's and each other's; every file name is a plain relative
 * path, listed once; every file's SHA-256, size, format and static-ness are recomputed from the
 * downloaded bytes. Only then are the files copied into staging and become the run's artifacts —
 * after which checksums, signing, the manifest and the upload run as in a single job, so the
 * merged release is byte for byte the single-job one. A failed check writes nothing.
 */
import * as core from '@actions/core'
import { chmod, copyFile, mkdir, open, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { inspectBinary } from '../build/inspect.js'
import type { Artifact, RunContext } from '../context.js'
import type { TargetPlan } from '../plan/build-plan.js'
import { satisfiesLocally } from '../tools/go-versions.js'
import type { ArtifactStore, ListedArtifact } from '../services/artifact.js'
import { sha256File } from './checksums.js'
import { buildSettings, MANIFEST_FILE, type Manifest, type ManifestArtifact } from './manifest.js'
import { targetsId } from './upload.js'
import { planChecksumsFile, planTargets } from '../plan-targets.js'
import { binaryNameProblem } from '../plan/packages.js'
import { SBOM_SUFFIX, type SbomFormat } from '../sbom/formats.js'
// GitHub's limit for an SBOM attestation: merge reads no bigger SBOM into memory
import { MAX_SBOM_PREDICATE_BYTES } from './sign/attest.js'

export class MergeError extends Error {}

/** Partial artifacts of one release share this prefix; the build job adds its targets' id. */
export function partialPrefix(ctx: Pick<RunContext, 'project'>): string {
  return `${ctx.project.name}-${ctx.project.version}-partial-`
}

export function partialName(ctx: Pick<RunContext, 'project' | 'plans'>): string {
  return `${partialPrefix(ctx)}${targetsId(ctx.plans.map((p) => p.canonical))}`
}

/** Manifest fields that are not per-artifact data of their own. */
const KNOWN = new Set(['target', 'binary', 'package', 'goos', 'goarch', 'variant', 'file', 'size', 'sha256', 'cgo', 'format', 'static', 'archive', 'sboms', 'signatures'])
/** Per-artifact extensions the schema defines; anything else in a partial is refused, not carried into the release. */
const EXTENSIONS = new Set(['upx', 'cToolchain'])
/** No go-xbuild manifest comes near this; a bigger one is not read into memory. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

/** An artifact from a verified manifest entry; `binary` is what merge itself read from the file. */
export function artifactFromManifest(m: ManifestArtifact, dir: string, plan: TargetPlan, binary?: Artifact['binary']): Artifact {
  const extensions: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(m)) if (!KNOWN.has(k)) extensions[k] = v
  return {
    target: plan.target,
    canonical: m.target,
    binaryName: m.binary,
    package: m.package,
    file: m.file,
    path: path.join(dir, ...m.file.split('/')),
    size: m.size,
    sha256: m.sha256,
    cgo: m.cgo,
    ...(binary ? { binary } : {}),
    ...(m.archive ? { archive: { ...m.archive, format: m.archive.format as 'tar.gz' | 'zip' } } : {}),
    ...(m.sboms?.length ? { sboms: m.sboms.map((x) => ({ ...x, format: x.format as SbomFormat })) } : {}),
    extensions,
    companions: []
  }
}

interface Partial {
  listed: ListedArtifact
  dir: string
  manifest: Manifest
}

type Validate = (value: unknown, what: string) => Manifest

async function fetchPartial(store: ArtifactStore, listed: ListedArtifact, into: string, validate: Validate): Promise<Partial> {
  const dir = path.join(into, listed.name)
  await store.download(listed.id, dir)
  const file = path.join(dir, MANIFEST_FILE)
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) throw new MergeError(`merge: partial artifact ${listed.name} has no ${MANIFEST_FILE}`)
  if (info.size > MAX_MANIFEST_BYTES) throw new MergeError(`merge: the ${MANIFEST_FILE} of partial artifact ${listed.name} is ${info.size} bytes; refusing to read it`)
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new MergeError(`merge: the ${MANIFEST_FILE} of partial artifact ${listed.name} is not JSON: ${(error as Error).message}`, { cause: error })
  }
  try {
    return { listed, dir, manifest: validate(value, `the ${MANIFEST_FILE} of partial artifact ${listed.name}`) }
  } catch (error) {
    throw new MergeError(`merge: ${(error as Error).message}`, { cause: error })
  }
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v)

/** Key-order-independent equality for JSON values. */
function sameJson(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, canon(x)])) : v
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b))
}

/** Project, Go and build settings: each partial against this job's inputs, then against the others. */
function checkSettings(ctx: RunContext, partials: Partial[]): void {
  const own = buildSettings(ctx.config)
  const spec = ctx.config.goVersion.spec
  // one Go for the whole release: checked first, so the message names every partial's version
  const byGo = new Map<string, string[]>()
  for (const p of partials) byGo.set(p.manifest.go.version, [...(byGo.get(p.manifest.go.version) ?? []), p.listed.name])
  if (byGo.size > 1) {
    throw new MergeError(
      `merge: the partial artifacts were built with different Go versions: ${[...byGo].map(([v, names]) => `Go ${v} by ${names.join(', ')}`).join('; ')}; ` +
        "pass mode: plan's go-version to every build job (go-version: ${{ matrix.go-version }})"
    )
  }
  for (const p of partials) {
    const m = p.manifest
    const name = p.listed.name
    for (const [field, want] of [['version', ctx.project.version], ['commit', ctx.project.commit], ['module', ctx.project.module]] as const) {
      if (m.project[field] !== want) {
        throw new MergeError(`merge: partial artifact ${name} was built from project.${field} ${show(m.project[field])}, not this job's ${show(want)} (${ctx.project.version} at ${ctx.project.commit || 'this commit'})`)
      }
    }
    if (spec.kind === 'exact' && !satisfiesLocally(m.go.version, spec)) {
      throw new MergeError(`merge: partial artifact ${name} was built with Go ${m.go.version}, but this job's go-version is ${spec.version} (${ctx.config.goVersion.origin}); give merge the go-version the build jobs used, or none`)
    }
    if (spec.kind === 'range' && !satisfiesLocally(m.go.version, spec)) {
      throw new MergeError(`merge: partial artifact ${name} was built with Go ${m.go.version}, which does not satisfy this job's Go request ${show(spec.raw)} (${ctx.config.goVersion.origin})`)
    }
    for (const key of Object.keys(own) as Array<keyof typeof own>) {
      if (!sameJson(m.build[key], own[key])) {
        throw new MergeError(
          `merge: partial artifact ${name} was built with ${key} ${show(m.build[key])}, but this job's inputs say ${show(own[key])}; give merge the same build inputs as the build jobs`
        )
      }
    }
  }
  const [first, ...rest] = partials as [Partial, ...Partial[]]
  for (const p of rest) {
    // fields a newer build job recorded that this job does not compute itself must still agree
    for (const key of new Set([...Object.keys(first.manifest.build), ...Object.keys(p.manifest.build)])) {
      if (!sameJson(first.manifest.build[key], p.manifest.build[key])) {
        throw new MergeError(
          `merge: the partial artifacts were built with different build.${key}: ${first.listed.name} with ${show(first.manifest.build[key])}, ${p.listed.name} with ${show(p.manifest.build[key])}`
        )
      }
    }
  }
}

/** Per-target settings this job decides too: names, the target's fields, cgo, UPX. */
function checkEntry(ctx: RunContext, plan: TargetPlan, entry: ManifestArtifact, partial: string): void {
  const where = `${plan.canonical} (${entry.binary}) in partial artifact ${partial}`
  const t = plan.target
  for (const [field, want] of [['goos', t.goos], ['goarch', t.goarch], ['variant', t.variant]] as const) {
    if (entry[field] !== want) throw new MergeError(`merge: ${where} says ${field} ${show(entry[field])}, not ${show(want)}`)
  }
  const planned = plan.binaries.find((b) => b.name === entry.binary)
  if (!planned) throw new MergeError(`merge: ${where} is a binary this job does not plan; planned are ${plan.binaries.map((b) => b.name).join(', ')}`)
  if (entry.file !== planned.file || (entry.archive?.file ?? '') !== (plan.archive?.file ?? '')) {
    throw new MergeError(`merge: ${where} is named ${entry.file}, but this job's filename and archive settings say ${planned.file}`)
  }
  if (entry.archive && entry.archive.format !== plan.archive?.format) {
    throw new MergeError(`merge: ${where} has a ${entry.archive.format} archive, but this job's archive setting makes ${plan.archive?.format ?? 'none'}`)
  }
  if (entry.cgo !== plan.cgo) throw new MergeError(`merge: ${where} was built with cgo ${entry.cgo}, but this job's cgo input gives ${plan.cgo}`)
  for (const key of Object.keys(entry)) {
    if (!KNOWN.has(key) && !EXTENSIONS.has(key)) throw new MergeError(`merge: ${where} has the field "${key}", which the manifest schema does not define`)
  }
  const sboms = entry.sboms ?? []
  const wantSboms = ctx.config.release.sbom.map((f) => ({ format: f, file: `${planned.file}${SBOM_SUFFIX[f]}` }))
  if (!sameJson(sboms.map((x) => ({ format: x.format, file: x.file })), wantSboms)) {
    throw new MergeError(
      `merge: ${where} carries the SBOMs ${show(sboms.map((x) => x.file))}, but this job's sbom input (${ctx.config.release.sbom.join(', ') || 'none'}) makes ${show(wantSboms.map((x) => x.file))}; give merge the same sbom input as the build jobs`
    )
  }
  const upx = entry.upx as { packed: boolean; args?: string[]; sizeAfter?: number; sha256After?: string } | undefined
  if (Boolean(upx) !== ctx.config.upx.enabled) {
    throw new MergeError(`merge: ${where} was built with upx: ${Boolean(upx)}, but this job has upx: ${ctx.config.upx.enabled}`)
  }
  if (upx?.packed) {
    if (!sameJson(upx.args, ctx.config.upx.args)) throw new MergeError(`merge: ${where} was packed with upx-args ${show(upx.args)}, but this job's upx-args are ${show(ctx.config.upx.args)}`)
    if (upx.sha256After !== entry.sha256 || upx.sizeAfter !== entry.size) throw new MergeError(`merge: ${where} says UPX packed it into other bytes than it ships (upx.sha256After, upx.sizeAfter)`)
  }
}

const ARCHIVE_MAGIC: Record<'tar.gz' | 'zip', Buffer> = { 'tar.gz': Buffer.from([0x1f, 0x8b]), zip: Buffer.from('PK\x03\x04', 'latin1') }

async function startsWith(file: string, magic: Buffer): Promise<boolean> {
  const h = await open(file, 'r')
  try {
    const buf = Buffer.alloc(magic.length)
    const { bytesRead } = await h.read(buf, 0, magic.length, 0)
    return bytesRead === magic.length && buf.equals(magic)
  } finally {
    await h.close()
  }
}

/** What the bytes say, against what the manifest says: sha256 and size of each file, the binary's header. */
async function proveFiles(partial: Partial, plan: TargetPlan, entry: ManifestArtifact): Promise<Artifact['binary']> {
  const name = partial.listed.name
  const local = (f: string): string => path.join(partial.dir, ...f.split('/'))
  for (const f of [{ file: entry.file, sha256: entry.sha256, size: entry.size }, ...(entry.archive ? [entry.archive] : []), ...(entry.sboms ?? [])]) {
    const got = await sha256File(local(f.file)).catch(() => undefined)
    if (!got) throw new MergeError(`merge: partial artifact ${name} lacks ${f.file}, which its manifest lists for ${entry.target}`)
    if (got.sha256 !== f.sha256) {
      throw new MergeError(`merge: in partial artifact ${name}, ${f.file} (${entry.target}) has sha256 ${got.sha256}, but its manifest says ${f.sha256}`)
    }
    if (got.size !== f.size) throw new MergeError(`merge: in partial artifact ${name}, ${f.file} (${entry.target}) is ${got.size} bytes, but its manifest's size says ${f.size}`)
  }
  if (entry.archive && !(await startsWith(local(entry.archive.file), ARCHIVE_MAGIC[entry.archive.format as 'tar.gz' | 'zip']))) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.archive.file} (${entry.target}) is not a ${entry.archive.format} file, as its manifest's archive.format says`)
  }
  // an SBOM is about its binary: a document that does not name the binary's SHA-256 describes another file
  for (const x of entry.sboms ?? []) {
    if (x.size > MAX_SBOM_PREDICATE_BYTES || !(await readFile(local(x.file), 'utf8')).includes(entry.sha256)) {
      throw new MergeError(`merge: in partial artifact ${name}, ${x.file} does not describe ${entry.file} (${entry.target}): the binary's sha256 ${entry.sha256} is not in it`)
    }
  }
  const info = await inspectBinary(local(entry.file))
  if (entry.format !== undefined && entry.format !== info.format) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} (${entry.target}) is ${info.description}, but its manifest's format says ${entry.format}`)
  }
  if (info.format !== 'unknown' && info.arch && plan.target.goarch !== 'wasm' && info.arch !== plan.target.goarch) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} is built for ${info.arch}, not ${entry.target} (${info.description})`)
  }
  const isStatic = info.format === 'elf' ? !info.interpreter && !(info.needed?.length ?? 0) : undefined
  // a UPX-packed ELF has no PT_INTERP whatever the original had: the record was made before packing
  const packed = (entry.upx as { packed?: boolean } | undefined)?.packed === true
  if (!packed && entry.static !== isStatic) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} (${entry.target}) is ${isStatic === undefined ? 'not an ELF file' : isStatic ? 'static' : 'not static'}, but its manifest's static says ${show(entry.static)}`)
  }
  return { format: info.format, os: info.os, arch: info.arch, description: info.description, ...(entry.static !== undefined ? { static: entry.static } : {}) }
}

/**
 * The plan again, with the binaries the partials hold (packages with patterns, which this job
 * cannot expand without Go): every target of every partial must hold the same binaries, and the
 * names they give must be the ones this job's templates make (checked per entry).
 */
function replanFromPartials(ctx: RunContext, partials: Partial[]): TargetPlan[] {
  const sets = new Map<string, { names: string[]; where: string }>()
  const packages = new Map<string, string>()
  for (const p of partials) {
    const byTarget = new Map<string, string[]>()
    for (const e of p.manifest.artifacts) {
      byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e.binary])
      packages.set(e.binary, e.package)
    }
    for (const [target, names] of byTarget) sets.set([...names].sort().join('\u0000'), { names, where: `${target} in ${p.listed.name}` })
  }
  if (sets.size !== 1) {
    const [a, b] = [...sets.values()] as [{ names: string[]; where: string }, { names: string[]; where: string }]
    throw new MergeError(`merge: the partial artifacts hold different binaries: ${a.where} has ${a.names.join(', ')}, ${b.where} has ${b.names.join(', ')}; every target must carry every binary`)
  }
  const [{ names }] = [...sets.values()] as [{ names: string[]; where: string }]
  for (const name of names) {
    const bad = binaryNameProblem(name)
    if (bad) throw new MergeError(`merge: the partial artifacts hold a binary whose name ${bad}; go-xbuild never writes that`)
  }
  return planTargets(ctx, names.map((name) => ({ name, package: packages.get(name) as string })))
}

export async function mergePartials(ctx: RunContext, store: ArtifactStore, workDir: string): Promise<ListedArtifact[]> {
  const prefix = partialPrefix(ctx)
  const listed = (await store.list()).filter((a) => a.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1))
  if (listed.length === 0) {
    throw new MergeError(`merge: this run has no partial artifacts named ${prefix}*; the build jobs must run with partial: true at the same commit and version`)
  }
  core.info(`Merging ${listed.length} partial artifacts: ${listed.map((a) => a.name).join(', ')}`)
  const { validateManifest } = await import('./manifest-check.js')
  const partials: Partial[] = []
  for (const a of listed) partials.push(await fetchPartial(store, a, workDir, validateManifest))
  checkSettings(ctx, partials)

  // with patterns in packages, this job has no go list: the binaries are the partials' own, and
  // every target of every partial must hold the same set (checked against each plan below)
  if (ctx.config.packages.some((p) => p.pattern)) {
    ctx.plans = replanFromPartials(ctx, partials)
    ctx.checksumsFile = planChecksumsFile(ctx)
  }

  const byTarget = new Map<string, { partial: Partial; entries: Map<string, ManifestArtifact> }>()
  const files = new Map<string, { partial: string; target: string; shared: boolean }>()
  for (const p of partials) {
    for (const entry of p.manifest.artifacts) {
      const other = byTarget.get(entry.target)
      if (other && other.partial !== p) throw new MergeError(`merge: ${entry.target} is in two partial artifacts, ${other.partial.listed.name} and ${p.listed.name}`)
      const group = other ?? { partial: p, entries: new Map<string, ManifestArtifact>() }
      if (group.entries.has(entry.binary)) throw new MergeError(`merge: partial artifact ${p.listed.name} lists ${entry.target} (${entry.binary}) twice`)
      group.entries.set(entry.binary, entry)
      byTarget.set(entry.target, group)
      const archive = entry.archive?.file
      const own = [entry.file, ...(entry.sboms ?? []).map((x) => x.file), ...(entry.signatures ?? []).filter((s) => !archive || !s.startsWith(`${archive}.`))]
      // a target's archive (and its signatures) is one file shared by the target's binaries
      const shared = archive ? [archive, ...(entry.signatures ?? []).filter((s) => s.startsWith(`${archive}.`))] : []
      for (const [f, isShared] of [...own.map((f) => [f, false] as const), ...shared.map((f) => [f, true] as const)]) {
        const seen = files.get(f)
        if (seen && !(isShared && seen.shared && seen.target === entry.target && seen.partial === p.listed.name)) {
          throw new MergeError(`merge: ${f} is listed twice, by partial artifact ${seen.partial} and by ${p.listed.name}`)
        }
        files.set(f, { partial: p.listed.name, target: entry.target, shared: isShared })
      }
    }
  }
  const missing = ctx.plans.filter((p) => !byTarget.has(p.canonical)).map((p) => p.canonical)
  if (missing.length) throw new MergeError(`merge: no partial artifact holds ${missing.join(', ')}; did that build job fail or get skipped?`)
  const planned = new Set(ctx.plans.map((p) => p.canonical))
  const extra = [...byTarget.keys()].filter((t) => !planned.has(t))
  if (extra.length) throw new MergeError(`merge: partial artifacts hold ${extra.join(', ')}, which targets does not list; give merge the same targets as plan`)
  const short = ctx.plans.flatMap((plan) => {
    const got = (byTarget.get(plan.canonical) as { entries: Map<string, ManifestArtifact> }).entries
    return plan.binaries.filter((b) => !got.has(b.name)).map((b) => `${b.name} for ${plan.canonical}`)
  })
  if (short.length) throw new MergeError(`merge: no partial artifact holds ${short.join(', ')}; every target must carry every planned binary`)

  // every check before the first copy: a merge that fails leaves staging empty
  const proven: Array<{ plan: TargetPlan; partial: Partial; entry: ManifestArtifact; binary: Artifact['binary'] }> = []
  for (const plan of ctx.plans) {
    const { partial, entries } = byTarget.get(plan.canonical) as { partial: Partial; entries: Map<string, ManifestArtifact> }
    const archives = new Set([...entries.values()].map((e) => JSON.stringify(e.archive ?? null)))
    if (archives.size > 1) throw new MergeError(`merge: the binaries of ${plan.canonical} in partial artifact ${partial.listed.name} name different archives; a target has one`)
    for (const entry of entries.values()) {
      checkEntry(ctx, plan, entry, partial.listed.name)
      proven.push({ plan, partial, entry, binary: await proveFiles(partial, plan, entry) })
    }
  }
  const archivesByFile = new Map<string, Artifact['archive']>()
  for (const { plan, partial, entry, binary } of proven) {
    const artifact = artifactFromManifest(entry, ctx.stagingDir, plan, binary)
    // one archive record per target, as a build job makes it
    if (artifact.archive) {
      const seen = archivesByFile.get(artifact.archive.file)
      if (seen) artifact.archive = seen
      else archivesByFile.set(artifact.archive.file, artifact.archive)
    }
    for (const f of [entry.file, ...(entry.archive ? [entry.archive.file] : []), ...(entry.sboms ?? []).map((x) => x.file)]) {
      const dest = path.join(ctx.stagingDir, ...f.split('/'))
      await mkdir(path.dirname(dest), { recursive: true })
      await copyFile(path.join(partial.dir, ...f.split('/')), dest)
    }
    // artifact zips drop modes: the binary gets its executable bit back
    await chmod(artifact.path, 0o755)
    ctx.artifacts.push(artifact)
  }
  ctx.goVersion = (partials[0] as Partial).manifest.go.version
  // the partials agree on build (checked above): their recorded GOFLAGS/GOEXPERIMENT describe the merged release
  ctx.buildEnv = (partials[0]?.manifest.build as { env?: Record<string, string> } | undefined)?.env
  ctx.outputs['go-version'] = ctx.goVersion
  return listed
}
