/**
 * Every input is read and validated here, once, into a typed Config. Anything wrong fails in
 * milliseconds with a message naming the input and the fix, before any download or build.
 */
import { stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseGroupBy, type GroupBy } from './plan/matrix.js'
import { splitShellWords } from './plan/shellwords.js'
import { checkTemplateWords } from './plan/template.js'
import { parseTargets, type Target } from './plan/targets.js'
import { parseVersionFile } from './plan/version-file.js'
import { parseGoVersionSpec, type GoVersionSpec } from './tools/go-versions.js'
import { DEFAULT_GO_BASE_URL } from './tools/go.js'
import { checkSingleValueInputs, checkTransport, checkUrl, InputError, limitInputs, oneOf, parseBoolean, parseList, type InputReader } from './inputs-common.js'
import { muslCrossUrl } from './tools/musl-cross.js'
import { quoteFragment } from './plan/values.js'
import { parsePackageSpecs, type PackageSpec } from './plan/packages.js'
import { ensureTemp, readVersionFile } from './inputs-files.js'
import { readReleaseConfig, type ReleaseConfig } from './release/release-inputs.js'
import { readSmokeTest, readUpxConfig, type SmokeTestConfig, type UpxConfig } from './build/upx-config.js'
import { maskSecretInputs, readSignConfig, type SignConfig } from './release/sign/config.js'
import { readCgoConfig, type CgoConfig } from './build/cgo.js'
import { resolveInsideWorkspace } from './workspace-paths.js'
import { readGitHubReleaseConfig, type GitHubReleaseConfig } from './publish/config.js'

export { InputError, type InputReader } from './inputs-common.js'


export type Mode = 'build' | 'plan' | 'merge'

export interface RunnerEnv {
  temp: string
  toolCache: string
  workspace: string
  platform: NodeJS.Platform
  arch: string
  /** A results-service token is present: GitHub's artifact and cache services can be used. */
  onGitHub: boolean
}

export interface Config {
  mode: Mode
  targets: Target[]
  goVersion: { spec: GoVersionSpec; origin: string }
  checkLatest: boolean
  goDownloadBaseUrl: string
  workingDirectory: string
  /** The one-package form (`package`), or the first entry of `packages`: manifest.json's build.package. */
  package: string
  /** The main packages to build (`package` or `packages`), each becoming a binary of every target. */
  packages: PackageSpec[]
  /** The `packages` input as given (a list), recorded in manifest.json's build.packages; undefined with `package`. */
  packagesInput?: string[]
  /** Template for the ProjectName field; '' means the module's last element. */
  name: string
  /** Template for each binary's path inside output-dir (.exe is added for windows). */
  filename: string
  /** Template, split into words after rendering. */
  ldflags: string
  flags: string[]
  tags: string[]
  version: string
  outputDir: string
  parallel: number
  failFast: boolean
  summary: boolean
  /** Archives, upload and caches. */
  release: ReleaseConfig
  /** The GitHub Release (release, release-tag, …): a different thing from `release` above. */
  githubRelease: GitHubReleaseConfig
  upx: UpxConfig
  sign: SignConfig
  cgo: CgoConfig
  /** Arguments to run each binary with, when the runner can (natively or under qemu-user). */
  smokeTest?: SmokeTestConfig
  /** How `mode: plan` shapes the matrix. */
  fanOut: { groupBy: GroupBy; runsOn: string; macosRunsOn: string; partial: boolean; deletePartials: boolean }
  runner: RunnerEnv
}

/** Reads `INPUT_<NAME>` the way the runner sets it (and @actions/core reads it). */
export const envInputReader =
  (env: Record<string, string | undefined>): InputReader =>
  (name) =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()

export const DEFAULT_TARGETS = 'linux/amd64, linux/arm64, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64'
export const DEFAULT_FILENAME = '{{.Binary}}-{{.Os}}-{{.Arch}}{{.Variant}}'




export interface HostResources {
  platform: NodeJS.Platform
  /** os.availableParallelism(): the CPUs this process may use (affinity and cgroup limits respected). */
  cpus: number
  freeBytes: number
  totalBytes: number
}

export const hostResources = (): HostResources => ({ platform: process.platform, cpus: os.availableParallelism(), freeBytes: os.freemem(), totalBytes: os.totalmem() })

/**
 * The memory a build may count on. Linux's os.freemem() is MemAvailable (page cache included) and
 * Windows' is the available physical memory, both meaningful; macOS's counts only truly free pages,
 * a small fraction of what the system reclaims on demand (a 7 GiB runner shows a few hundred MiB),
 * so there the total is the better guide.
 */
export function usableMemory(host: Pick<HostResources, 'platform' | 'freeBytes' | 'totalBytes'>): number {
  return host.platform === 'darwin' ? host.totalBytes : host.freeBytes
}

/** `auto`: one build per available CPU, but no more than memory allows (a link can take ~1.5 GiB). */
export function autoParallel(host: HostResources = hostResources()): number {
  const byMemory = Math.floor(usableMemory(host) / (1.5 * 1024 ** 3))
  return Math.max(1, Math.min(host.cpus, byMemory))
}

const RESERVED_FLAGS: Record<string, string> = {
  '-o': 'the output path comes from output-dir and filename',
  '-ldflags': 'use the ldflags input',
  '-tags': 'use the tags input',
  '-trimpath': 'go-xbuild always passes -trimpath'
}

async function goVersionRequest(read: InputReader, workingDirectory: string): Promise<{ spec: GoVersionSpec; origin: string }> {
  const version = read('go-version')
  const file = read('go-version-file')
  if (version && file) {
    throw new InputError(`go-version ("${version}") and go-version-file ("${file}") are both set; keep one`)
  }
  if (version) return { spec: parseGoVersionSpec(version), origin: 'go-version input' }
  const candidates = file ? [file] : ['go.work', 'go.mod']
  for (const candidate of candidates) {
    const full = path.resolve(workingDirectory, candidate)
    const text = await readVersionFile(full, Boolean(file))
    if (text === undefined) {
      if (file) throw new InputError(`go-version-file: ${full} cannot be read; check the path (it is relative to working-directory)`)
      continue
    }
    const request = parseVersionFile(candidate, text)
    try {
      return { spec: parseGoVersionSpec(request.spec, 'go-version-file'), origin: request.origin }
    } catch (error) {
      // the message quotes a short, sanitised token at most: the file's content is never replayed
      throw new InputError(`go-version-file: ${candidate} asks for ${quoteFragment(request.spec, 40)}, which is not a Go version or range`, { cause: error })
    }
  }
  return { spec: parseGoVersionSpec('stable'), origin: 'default: no go-version and no go.mod' }
}

export async function readConfig(rawRead: InputReader, env: Record<string, string | undefined>, cwd = process.cwd()): Promise<Config> {
  // secrets first: masked before any other input or file is read, so no later message can show one
  maskSecretInputs(rawRead)
  const read = limitInputs(rawRead)
  checkSingleValueInputs(read)
  let packages: PackageSpec[]
  try {
    packages = parsePackageSpecs(read('package'), read('packages'))
  } catch (error) {
    throw new InputError((error as Error).message, { cause: error })
  }
  const packagePath = (packages[0] as PackageSpec).package
  const workspace = env.GITHUB_WORKSPACE || cwd
  // the workspace rule (src/workspace-paths.ts); output-dir is held to it in the plan stage
  const workingDirectory = await resolveInsideWorkspace('working-directory', read('working-directory') || '.', workspace, workspace)
  const wdStat = await stat(workingDirectory).catch(() => undefined)
  if (!wdStat?.isDirectory()) throw new InputError(`working-directory: ${workingDirectory} is not a directory`)

  const mode = oneOf(read, 'mode', ['build', 'plan', 'merge'] as const, 'build')
  const targets = parseTargets(read('targets') || DEFAULT_TARGETS)

  const flags = splitShellWords(read('flags'), 'flags')
  for (const flag of flags) {
    const key = flag.replace(/^--/, '-').split('=')[0] as string
    if (RESERVED_FLAGS[key]) throw new InputError(`flags: ${flag} is not allowed here: ${RESERVED_FLAGS[key]}`)
  }
  // fail on bad quoting or a bad action now; the fields are rendered inside each word per target
  checkTemplateWords(read('ldflags'), 'ldflags')

  const tags = parseList(read('tags').replace(/\s+/g, ','))

  const parallelRaw = read('parallel') || 'auto'
  let parallel: number
  if (parallelRaw === 'auto') parallel = autoParallel()
  else {
    parallel = Number(parallelRaw)
    if (!Number.isInteger(parallel) || parallel < 1) throw new InputError(`parallel: "${parallelRaw}" is not auto or a whole number ≥ 1`)
  }

  const goDownloadBaseUrl = read('go-download-base-url') || DEFAULT_GO_BASE_URL
  checkUrl('go-download-base-url', goDownloadBaseUrl)

  const filename = read('filename') || DEFAULT_FILENAME
  const temp = env.RUNNER_TEMP || path.join(os.tmpdir(), 'go-xbuild')
  await ensureTemp(temp, Boolean(env.RUNNER_TEMP))
  // outside a runner, a tool cache that survives reboots: a second local run downloads nothing
  const toolCache = env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache', 'go-xbuild', 'tool-cache')

  const release = readReleaseConfig(read)
  if (read('partial') && parseBoolean(read, 'partial', false)) {
    if (mode !== 'build') throw new InputError(`partial: true belongs to the build jobs of a fan-out; mode is ${mode}`)
    if (!release.upload) throw new InputError('partial: true and upload: false conflict: the merge job finds the partial builds through their uploaded artifacts')
  }
  const upx = readUpxConfig(read)
  const sign = readSignConfig(read)
  const cgo = readCgoConfig(read)
  // musl-cross-url is a template: its URL for the first triple stands for all
  const muslUrl = muslCrossUrl(cgo.muslCrossUrl, cgo.muslCrossVersion, 'x86_64-unknown-linux-musl')
  checkUrl('musl-cross-url', muslUrl)
  checkTransport(
    [
      { name: 'go-download-base-url', url: goDownloadBaseUrl },
      { name: 'upx-download-base-url', url: upx.baseUrl },
      { name: 'zig-download-base-url', url: cgo.zigBaseUrl },
      { name: 'musl-cross-url', url: muslUrl },
      { name: 'fulcio-url', url: sign.fulcioUrl },
      { name: 'rekor-url', url: sign.rekorUrl },
      ...(sign.tsaUrl ? [{ name: 'tsa-url', url: sign.tsaUrl }] : [])
    ],
    parseBoolean(read, 'allow-insecure-http', false)
  )
  return {
    mode,
    targets,
    goVersion: await goVersionRequest(read, workingDirectory),
    checkLatest: parseBoolean(read, 'check-latest', false),
    goDownloadBaseUrl,
    workingDirectory,
    package: packagePath,
    packages,
    ...(read('packages') ? { packagesInput: parseList(read('packages')) } : {}),
    name: read('name'),
    filename,
    ldflags: read('ldflags') === '' && !('INPUT_LDFLAGS' in env) ? '-s -w' : read('ldflags'),
    flags,
    tags,
    version: read('version'),
    outputDir: path.resolve(workingDirectory, read('output-dir') || 'dist'),
    parallel,
    failFast: parseBoolean(read, 'fail-fast', false),
    summary: parseBoolean(read, 'summary', true),
    release,
    githubRelease: await readGitHubReleaseConfig(read, env, { workingDirectory, workspace }),
    upx,
    sign,
    cgo,
    smokeTest: readSmokeTest(read),
    fanOut: {
      groupBy: parseGroupBy(read('group-by')),
      runsOn: read('runs-on') || 'ubuntu-latest',
      macosRunsOn: read('macos-runs-on') || 'macos-latest',
      partial: parseBoolean(read, 'partial', false),
      deletePartials: parseBoolean(read, 'delete-partials', false)
    },
    runner: {
      temp,
      toolCache,
      workspace,
      platform: process.platform,
      arch: process.arch,
      onGitHub: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
    }
  }
}

