/**
 * The one typed context the pipeline's stages share. Stages read the config and what earlier
 * stages left here; they talk to each other through nothing else.
 */
import type { BinaryInfo } from './build/inspect.js'
import type { Config } from './inputs.js'
import type { TargetPlan } from './plan/build-plan.js'
import type { Target } from './plan/targets.js'
import type { ProjectInfo } from './project.js'
import type { GoToolchain } from './tools/go.js'
import type { UpxTool } from './tools/upx.js'
import type { Signing } from './release/sign/stages.js'
import type { CToolchainRecord } from './build/cgo.js'
import type { ListedPackage as CgoPackage } from './build/cgo-check.js'
import type { ToolArchiveCache } from './tools/archive-cache.js'
import type { PublishedRelease, ReleaseTarget } from './publish/stages.js'
import type { GoBuildInfo } from './sbom/buildinfo.js'
import type { SbomFormat } from './sbom/formats.js'

/** One SBOM document beside a binary (sbom input), as the manifest lists it. */
export interface SbomFile {
  format: SbomFormat
  /** Relative to the output directory, with forward slashes: `<binary file>.spdx.json` or `.cdx.json`. */
  file: string
  size: number
  sha256: string
}

export interface Artifact {
  target: Target
  /** `linux/arm/v7`. */
  canonical: string
  /** The binary's name (the {{.Binary}} field): an artifact is one binary of one target. */
  binaryName: string
  /** The package it was built from. */
  package: string
  /** Relative to the output directory, with forward slashes. */
  file: string
  /** Absolute path while the run works (in the staging directory). */
  path: string
  size: number
  sha256: string
  cgo: boolean
  /** What the inspector read from the binary. */
  binary?: Pick<BinaryInfo, 'format' | 'os' | 'arch' | 'description'> & { static?: boolean }
  /** The target's archive, holding this binary and the target's others, when archives are on (one object per target). */
  archive?: { file: string; format: 'tar.gz' | 'zip'; size: number; sha256: string }
  /** Extra per-artifact manifest fields added by later stages (upx, c toolchain, signatures). */
  extensions: Record<string, unknown>
  /** Files that travel with this artifact (signatures, bundles), relative to the output directory. */
  companions: string[]
  /** What `go version -m -json` read from the binary before any step rewrote it (sbom on). */
  buildInfo?: GoBuildInfo
  /** The binary's SBOM documents (sbom on), in the order of the sbom input's formats. */
  sboms?: SbomFile[]
}

export interface TargetFailure {
  target: string
  message: string
}

export interface StageTiming {
  name: string
  ms: number
  skipped: boolean
  /** A part of the build stage, summed over targets (which run in parallel). */
  perTarget?: boolean
}

export interface RunContext {
  config: Config
  project: ProjectInfo
  go?: GoToolchain
  /** UPX, once installed (upx: true). */
  upx?: UpxTool
  /** The Go that built the artifacts: the installed one, or the partials' in a merge. */
  goVersion?: string
  /** Environment every `go` child process gets (GOTOOLCHAIN=local, caches, …). */
  goEnv: Record<string, string>
  /**
   * Inherited settings that change the binaries' bytes and pass to go (GOFLAGS, GOEXPERIMENT),
   * as manifest.json records them in build.env; in a merge, the partials' own.
   */
  buildEnv?: Record<string, string>
  /** One entry per target, decided before anything is downloaded. */
  plans: TargetPlan[]
  /** Per-target additions to `go build` (a C toolchain's CC and linker flags for cgo targets). */
  buildExtras?: (plan: TargetPlan) => Promise<{ env?: Record<string, string>; ldflags?: string[] } | undefined>
  /** Files every archive carries besides the binary (archive-files), resolved in the plan. */
  archiveExtras: Array<{ name: string; source: string }>
  /** Where files are written until the run succeeds; then it becomes the output directory. */
  stagingDir: string
  artifacts: Artifact[]
  failures: TargetFailure[]
  /** The checksum file's name (checksums-name, rendered in the plan; SHA256SUMS by default). */
  checksumsFile: string
  /** Files written beside the artifacts (the checksum file, manifest.json, the checksum file's signatures). */
  releaseFiles: string[]
  timings: StageTiming[]
  outputs: Record<string, string>
  /** Set once the staging directory has become `output-dir`. */
  published: boolean
  /** mode merge: the partial artifacts that were merged (for delete-partials). */
  mergedPartials?: Array<{ id: number; name: string }>
  /** The C toolchain of each cgo target (recorded in the manifest). */
  cToolchains?: Map<string, CToolchainRecord>
  /** Further directories the Go cache stage keeps (zig's caches), and what they add to its key. */
  cacheExtraPaths: string[]
  cacheKeyExtra: string[]
  /** Toolchain archives through the Actions cache (undefined when the cache is off or absent). */
  toolArchiveCache?: ToolArchiveCache
  /** Signers unlocked by signing-setup, used by sign. */
  signing?: Signing
  /** The GitHub Release's repository, tag and name, settled by release-check. */
  releaseTarget?: ReleaseTarget
  /** The GitHub Release as published (or left a draft), for the outputs and the summary. */
  githubRelease?: PublishedRelease
  /** sbom on: the module cache, looked up once, and the licenses identified so far by `path@version` — shared by every target, each module read once. */
  licenseCache?: { gomodcache: Promise<string>; ids: Map<string, Promise<string | undefined>> }
  /** Cleanups that must run whatever happens (temporary keys, GNUPGHOMEs). */
  cleanups: Array<() => Promise<void>>
  /** The cgo check's go list, started by the packages stage, reported by the build stage (never rejects). */
  cgoCheck?: Promise<CgoPackage[] | undefined>
}
