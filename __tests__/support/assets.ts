/**
 * Real release archives for the local mirror, repacked from the tools on this machine into the
 * vendors' own layouts, built once and kept in .cache/test-assets (keyed by version).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Mirror } from './mirror.js'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
/**
 * Everything the suite can reuse between runs (Go build cache, repacked archives, zig, cosign)
 * lives outside the checkout, so a fresh clone on the same machine starts warm; a new machine
 * fills it on the first run. scripts/setup-test-env.sh uses the same directory.
 */
export const TEST_CACHE = process.env.GO_XBUILD_TEST_CACHE || path.join(os.homedir(), '.cache', 'go-xbuild-test')
export const ASSET_DIR = path.join(TEST_CACHE, 'assets')

export interface Asset {
  version: string
  filename: string
  file: string
  sha256: string
  size: number
}

export async function sha256Of(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const c of createReadStream(file)) h.update(c as Buffer)
  return h.digest('hex')
}

/** The machine's Go, repacked as the official go<version>.linux-amd64.tar.gz (top directory go/). */
export async function goAsset(): Promise<Asset> {
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()
  const goVersion = readFileSync(path.join(goroot, 'VERSION'), 'utf8').split('\n')[0]?.trim() as string // go1.26.8
  const version = goVersion.replace(/^go/, '')
  const filename = `${goVersion}.linux-amd64.tar.gz`
  const file = path.join(ASSET_DIR, filename)
  const meta = `${file}.json`
  if (existsSync(meta) && existsSync(file)) return { ...(JSON.parse(readFileSync(meta, 'utf8')) as Asset), file }
  mkdirSync(ASSET_DIR, { recursive: true })
  const tmp = `${file}.tmp`
  const parent = path.dirname(goroot)
  const base = path.basename(goroot)
  // the official archives hold one directory named go/; the test suite is left out to save time
  execFileSync(
    'bash',
    ['-c', `tar -C "$1" --exclude="$2/test" --transform="s,^$2,go," -cf - "$2" | gzip -1 > "$3"`, 'repack', parent, base, tmp],
    { stdio: 'inherit' }
  )
  renameSync(tmp, file)
  const asset: Asset = { version, filename, file, sha256: await sha256Of(file), size: Number(execFileSync('stat', ['-c', '%s', file], { encoding: 'utf8' })) }
  writeFileSync(meta, JSON.stringify(asset, null, 2))
  return asset
}

/** Serves the repacked Go from the mirror as the download site does: the JSON index and the archive under /dl/. */
export function serveGo(mirror: Pick<Mirror, 'json' | 'file'>, asset: Asset): void {
  mirror.json('/dl/?mode=json&include=all', goIndex(asset))
  mirror.file(`/dl/${asset.filename}`, asset.file)
}

/** A release index in the official format (?mode=json&include=all) that lists the repacked Go. */
export function goIndex(asset: Asset): unknown[] {
  return [
    {
      version: `go${asset.version}`,
      stable: true,
      files: [
        { filename: asset.filename, os: 'linux', arch: 'amd64', version: `go${asset.version}`, sha256: asset.sha256, size: asset.size, kind: 'archive' },
        { filename: `go${asset.version}.src.tar.gz`, os: '', arch: '', version: `go${asset.version}`, sha256: '0'.repeat(64), size: 1, kind: 'source' }
      ]
    }
  ]
}
