/**
 * cgo: which targets build with it, the cross C toolchain each needs, and the one place where the
 * traps of cross cgo are handled:
 * - Linux binaries link externally and statically against musl (`-linkmode external -extldflags
 *   "-static …"`), so they run on any distribution;
 * - zig's linker ignores the `-s` Go passes, so the strip is asked for explicitly (`--strip-all`),
 *   and no build id is written (`--build-id=none`): the bytes stay reproducible;
 * - zig compiles musl for each target on first use (~20 s): its caches live under RUNNER_TEMP, where
 *   the Go cache stage keeps them with the Go build cache;
 * - GOARM=6/7 need a hard-float ARM target with the right CPU, 5 a soft-float one (see c-targets.ts);
 * - C++ needs CXX as well as CC.
 */
import * as core from '@actions/core'
import path from 'node:path'
import type { RunContext } from '../context.js'
import { checkUrl, InputError, oneOf, type InputReader } from '../inputs-common.js'
import { quoteForGo, type TargetPlan } from '../plan/build-plan.js'
import { cTarget } from '../plan/c-targets.js'
import { findPort } from '../plan/platforms.js'
import { canonicalTarget, parseTargets, type Target } from '../plan/targets.js'
import { checkTemplateWords, renderTemplateWords } from '../plan/template.js'
import { coreLog } from '../log.js'
import { DEFAULT_MUSL_CROSS_URL, DEFAULT_MUSL_CROSS_VERSION, installMuslCross, parseMuslCrossSha256 } from '../tools/musl-cross.js'
import { DEFAULT_ZIG_BASE_URL, DEFAULT_ZIG_VERSION, installZig, ZIG_PUBLIC_KEY } from '../tools/zig.js'

export type CToolchain = 'zig' | 'musl-cross' | 'system'

export interface CgoConfig {
  /** Which targets build with cgo. */
  mode: 'none' | 'all' | 'some'
  some: Target[]
  toolchain: CToolchain
  zigVersion: string
  zigBaseUrl: string
  zigPublicKey: string
  muslCrossUrl: string
  muslCrossVersion: string
  muslCrossSha256: Map<string, string>
  cc: string
  cxx: string
}

export function readCgoConfig(read: InputReader): CgoConfig {
  const raw = read('cgo')
  let mode: CgoConfig['mode'] = 'none'
  let some: Target[] = []
  if (/^(true|yes|on)$/i.test(raw)) mode = 'all'
  else if (raw && !/^(false|no|off)$/i.test(raw)) {
    mode = 'some'
    some = parseTargets(raw, 'cgo')
  }
  const zigBaseUrl = read('zig-download-base-url') || DEFAULT_ZIG_BASE_URL
  checkUrl('zig-download-base-url', zigBaseUrl)
  let muslCrossSha256: Map<string, string>
  try {
    muslCrossSha256 = parseMuslCrossSha256(read('musl-cross-sha256'))
  } catch (error) {
    throw new InputError((error as Error).message)
  }
  const zigVersion = read('zig-version') || DEFAULT_ZIG_VERSION
  // it becomes a path element of the download URL and a tool-cache directory
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/.test(zigVersion)) throw new InputError(`zig-version: "${zigVersion}" is not a zig release version (like ${DEFAULT_ZIG_VERSION})`)
  const toolchain = oneOf(read, 'c-toolchain', ['zig', 'musl-cross', 'system'] as const, 'zig')
  const cc = read('cc')
  const cxx = read('cxx')
  // quoting and template syntax fail now; the fields are rendered inside each word per target
  checkTemplateWords(cc, 'cc')
  checkTemplateWords(cxx, 'cxx')
  if (toolchain === 'system' && mode !== 'none' && !cc) throw new InputError('c-toolchain: system needs cc (e.g. "{{.Triple}}-gcc"), and cxx for C++')
  if (toolchain !== 'system' && (cc || cxx)) throw new InputError(`cc and cxx belong to c-toolchain: system; c-toolchain is ${toolchain}`)
  return {
    mode,
    some,
    toolchain,
    zigVersion,
    zigBaseUrl,
    zigPublicKey: read('zig-public-key') || ZIG_PUBLIC_KEY,
    muslCrossUrl: read('musl-cross-url') || DEFAULT_MUSL_CROSS_URL,
    muslCrossVersion: read('musl-cross-version') || DEFAULT_MUSL_CROSS_VERSION,
    muslCrossSha256,
    cc,
    cxx
  }
}

export function cgoFor(config: CgoConfig, t: Target): boolean {
  if (config.mode === 'all') return true
  if (config.mode === 'none') return false
  return config.some.some((s) => s.goos === t.goos && s.goarch === t.goarch && (s.variant === '' || s.variant === t.variant))
}

/** Where the cgo check runs: which mode, and whether this build job holds only a share of the targets. */
export interface CgoCheckScope {
  mode: 'build' | 'plan' | 'merge'
  /** A fan-out build job (partial: true): cgo may name targets of the other jobs. */
  partial: boolean
  runnerPlatform: string
}

/**
 * Every cgo target checked against the provider before anything is downloaded; the message says
 * what to do instead. Only a build needs Apple's SDK on this runner: plan routes darwin cgo
 * targets to macos-runs-on and merge builds nothing, so both accept them on any runner.
 */
export function checkCgoTargets(config: CgoConfig, targets: Target[], scope: CgoCheckScope): void {
  const errors: string[] = []
  // a partial job's targets are its share of the matrix; cgo lists the whole release's
  if (config.mode === 'some' && !scope.partial) {
    for (const s of config.some) {
      if (!targets.some((t) => t.goos === s.goos && t.goarch === s.goarch && (s.variant === '' || s.variant === t.variant))) {
        errors.push(`cgo names ${canonicalTarget(s)}, which targets does not build`)
      }
    }
  }
  for (const t of targets.filter((x) => cgoFor(config, x))) {
    const name = canonicalTarget(t)
    if (!findPort(t.goos, t.goarch)?.cgo) {
      errors.push(`${name} has no cgo in Go; build it without cgo`)
      continue
    }
    if (t.goos === 'darwin' || t.goos === 'ios') {
      if (scope.mode === 'build' && scope.runnerPlatform !== 'darwin') {
        errors.push(
          `${name}: cgo for Apple platforms needs Apple's SDK, which a ${scope.runnerPlatform} runner cannot use; build this target on a macOS runner (where cgo is native) — with fan-out, mode: plan puts it on macos-runs-on`
        )
      }
      continue
    }
    if (config.toolchain === 'system') continue
    const c = cTarget(t)
    if (!c) {
      errors.push(`${name}: go-xbuild has no cross C toolchain for ${t.goos}; use c-toolchain: system with your own cc, or build it without cgo`)
      continue
    }
    if (config.toolchain === 'zig' && 'unsupported' in c.zig) errors.push(`${name}: c-toolchain zig cannot build it (${c.zig.unsupported}); use c-toolchain: musl-cross or system`)
    if (config.toolchain === 'musl-cross' && !c.muslCross) errors.push(`${name}: musl-cross has no toolchain for ${t.goos}; use c-toolchain: zig`)
  }
  if (errors.length) throw new InputError(`cgo: ${errors.join('\n  ')}`)
}

/**
 * CC/CXX for c-toolchain: system. go splits these variables into words itself (its own quoting), so
 * each template is split into words first, rendered per word, then quoted for go: a field's value
 * (`{{.Env.X}}`) never adds a compiler flag.
 */
export function systemCompilerEnv(
  config: Pick<CgoConfig, 'cc' | 'cxx'>,
  fields: Record<string, string>,
  env: Record<string, string | undefined>
): { CC: string; CXX?: string } {
  const cc = quoteForGo(renderTemplateWords(config.cc, fields, env, 'cc'), 'cc')
  return config.cxx ? { CC: cc, CXX: quoteForGo(renderTemplateWords(config.cxx, fields, env, 'cxx'), 'cxx') } : { CC: cc }
}

/** Linux cgo binaries: external, static, stripped, no build id. */
function linuxLdflags(provider: CToolchain): string[] {
  const ext = ['-static', ...(provider === 'zig' ? ['-Wl,--strip-all', '-Wl,--build-id=none'] : [])]
  return ['-linkmode', 'external', '-extldflags', ext.join(' ')]
}

export interface CToolchainRecord {
  provider: CToolchain | 'native'
  version: string
  triple: string
}

/** The C toolchain stage: installs what the cgo targets need and sets ctx.buildExtras. */
export async function setupCToolchain(ctx: RunContext): Promise<void> {
  const config = ctx.config.cgo
  const plans = ctx.plans.filter((p) => p.cgo)
  const temp = ctx.config.runner.temp
  const zigCache = path.join(temp, 'go-xbuild-zig-cache')
  const extras = new Map<string, { env: Record<string, string>; ldflags: string[]; record: CToolchainRecord }>()

  let zig: Awaited<ReturnType<typeof installZig>> | undefined
  for (const plan of plans) {
    const t = plan.target
    if (t.goos === 'darwin' || t.goos === 'ios') {
      extras.set(plan.canonical, { env: {}, ldflags: [], record: { provider: 'native', version: '', triple: '' } })
      continue
    }
    const c = cTarget(t)
    const ldflags = t.goos === 'linux' ? linuxLdflags(config.toolchain) : []
    if (config.toolchain === 'system') {
      const fields = { Triple: c?.triple ?? '', Os: t.goos, Arch: t.goarch, Variant: t.variant }
      extras.set(plan.canonical, { env: systemCompilerEnv(config, fields, process.env), ldflags, record: { provider: 'system', version: '', triple: c?.triple ?? '' } })
    } else if (config.toolchain === 'zig') {
      zig ??= await installZig({
        version: config.zigVersion,
        baseUrl: config.zigBaseUrl,
        publicKey: config.zigPublicKey,
        tempDir: temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      })
      const spec = c?.zig as { target: string; flags: string[] }
      extras.set(plan.canonical, {
        env: {
          CC: quoteForGo([zig.zig, 'cc', '-target', spec.target, ...spec.flags]),
          CXX: quoteForGo([zig.zig, 'c++', '-target', spec.target, ...spec.flags]),
          ZIG_GLOBAL_CACHE_DIR: zigCache,
          ZIG_LOCAL_CACHE_DIR: zigCache
        },
        ldflags,
        record: { provider: 'zig', version: zig.version, triple: spec.target }
      })
    } else {
      const tool = await installMuslCross({
        triple: (c as NonNullable<typeof c>).muslCross,
        version: config.muslCrossVersion,
        urlTemplate: config.muslCrossUrl,
        sha256s: config.muslCrossSha256,
        tempDir: temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      })
      extras.set(plan.canonical, {
        env: { CC: quoteForGo([tool.cc]), CXX: quoteForGo([tool.cxx]) },
        ldflags,
        record: { provider: 'musl-cross', version: tool.version, triple: tool.triple }
      })
    }
  }
  if (zig) {
    ctx.cacheExtraPaths.push(zigCache)
    ctx.cacheKeyExtra.push(`zig-${zig.version}`)
    ctx.outputs['zig-version'] = zig.version
  }
  for (const [target, e] of extras) core.info(`cgo ${target}: ${e.record.provider}${e.record.version ? ` ${e.record.version}` : ''} ${e.record.triple}: CC=${e.env.CC ?? '(native)'}`)
  ctx.buildExtras = async (plan: TargetPlan) => {
    const e = extras.get(plan.canonical)
    return e ? { env: e.env, ldflags: e.ldflags } : undefined
  }
  ctx.cToolchains = new Map([...extras].map(([k, v]) => [k, v.record]))
}
