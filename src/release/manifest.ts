/**
 * manifest.json: what was built, from what, and the hash of every file — the document fan-out
 * merges, signers and downstream tools read. Its shape is published as schema/manifest.schema.json.
 * Nothing in it depends on when or where the run happened, so two runs of one commit agree.
 */
import type { Artifact } from '../context.js'
import type { Config } from '../inputs.js'
import { GO_XBUILD_VERSION } from '../version.js'

export const MANIFEST_FILE = 'manifest.json'
/** The checksum file's default name (checksums-name); old manifests and output-dirs name it. */
export const CHECKSUMS_FILE = 'SHA256SUMS'

export interface ManifestArtifact {
  target: string
  /** The binary's name (schema version 2): one entry per binary and target. */
  binary: string
  /** The package it was built from. */
  package: string
  goos: string
  goarch: string
  variant: string
  file: string
  size: number
  sha256: string
  cgo: boolean
  format?: string
  static?: boolean
  signatures?: string[]
  archive?: { file: string; format: string; size: number; sha256: string }
  /** The binary's SBOM documents (sbom input), each with its own hash. */
  sboms?: Array<{ format: string; file: string; size: number; sha256: string }>
  [extension: string]: unknown
}

export interface Manifest {
  schemaVersion: 2
  generator: { name: 'go-xbuild'; version: string }
  project: { name: string; module: string; version: string; tag: string; commit: string; commitDate: string }
  go: { version: string }
  build: {
    package: string
    /** The packages input as given, when it was used (absent with the one-package form). */
    packages?: string[]
    ldflags: string
    flags: string[]
    tags: string[]
    trimpath: true
    /** GOFLAGS / GOEXPERIMENT from the job's environment, when set: they change the bytes (absent when none). */
    env?: Record<string, string>
    [extension: string]: unknown
  }
  checksums: string
  /** Signature files of the checksum file. */
  signatures?: string[]
  publicKeys?: string[]
  artifacts: ManifestArtifact[]
}

/**
 * The manifest's `build`: the settings that decide a binary's bytes besides the Go version and the
 * target. One function, so a merge job compares the partials against exactly what it would record.
 */
export function buildSettings(c: Pick<Config, 'package' | 'packagesInput' | 'ldflags' | 'flags' | 'tags'>): Manifest['build'] {
  return { package: c.package, ...(c.packagesInput ? { packages: c.packagesInput } : {}), ldflags: c.ldflags, flags: c.flags, tags: c.tags, trimpath: true }
}

export function manifestArtifact(a: Artifact): ManifestArtifact {
  return {
    target: a.canonical,
    binary: a.binaryName,
    package: a.package,
    goos: a.target.goos,
    goarch: a.target.goarch,
    variant: a.target.variant,
    file: a.file,
    size: a.size,
    sha256: a.sha256,
    cgo: a.cgo,
    ...(a.binary ? { format: a.binary.format } : {}),
    ...(a.binary?.static !== undefined ? { static: a.binary.static } : {}),
    ...(a.archive ? { archive: { ...a.archive } } : {}),
    ...(a.sboms?.length ? { sboms: a.sboms.map((x) => ({ ...x })) } : {}),
    ...a.extensions,
    ...(a.companions.length ? { signatures: [...a.companions].sort() } : {})
  }
}

export function buildManifest(
  input: Omit<Manifest, 'schemaVersion' | 'generator' | 'artifacts' | 'signatures' | 'publicKeys'> & { artifacts: Artifact[]; releaseFiles: string[] }
): Manifest {
  const signatures = input.releaseFiles.filter((f) => f.startsWith(`${input.checksums}.`)).sort()
  const publicKeys = input.releaseFiles.filter((f) => f.endsWith('.pub')).sort()
  return {
    schemaVersion: 2,
    generator: { name: 'go-xbuild', version: GO_XBUILD_VERSION },
    project: input.project,
    go: input.go,
    build: input.build,
    checksums: input.checksums,
    ...(signatures.length ? { signatures } : {}),
    ...(publicKeys.length ? { publicKeys } : {}),
    artifacts: input.artifacts.map(manifestArtifact)
  }
}

/** Stable JSON: two-space indent, trailing newline. */
export const formatManifest = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`
