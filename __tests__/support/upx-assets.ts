/**
 * UPX release archives for the local mirror: the machine's real UPX (Debian upx-ucl) repacked in
 * the official layout (upx-<v>-amd64_linux/upx inside upx-<v>-amd64_linux.tar.xz), and two fakes —
 * one that crashes when it packs, one that writes a corrupt file — for the failure tests.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ASSET_DIR, sha256Of, type Asset } from './assets.js'
import { tempDir } from './workspace.js'

function pack(version: string, fill: (dir: string) => void, tag = ''): Promise<Asset> {
  const filename = `upx-${version}-amd64_linux.tar.xz`
  const file = path.join(ASSET_DIR, tag ? `${tag}-${filename}` : filename)
  return (async () => {
    if (!existsSync(file)) {
      mkdirSync(ASSET_DIR, { recursive: true })
      const root = tempDir('upx-pack')
      const dir = path.join(root, `upx-${version}-amd64_linux`)
      mkdirSync(dir)
      fill(dir)
      execFileSync('tar', ['-C', root, '--owner=0', '--group=0', '--numeric-owner', '-cJf', `${file}.tmp`, path.basename(dir)])
      renameSync(`${file}.tmp`, file)
      rmSync(root, { recursive: true, force: true })
    }
    return { version, filename, file, sha256: await sha256Of(file), size: lstatSync(file).size }
  })()
}

/** The real UPX on this machine, in the official release layout. */
export async function upxAsset(): Promise<Asset> {
  const version = /^upx (\d+\.\d+\.\d+)/m.exec(execFileSync('upx', ['--version'], { encoding: 'utf8' }))?.[1] as string
  return pack(version, (dir) => {
    copyFileSync('/usr/bin/upx', path.join(dir, 'upx'))
    chmodSync(path.join(dir, 'upx'), 0o755)
    for (const doc of ['COPYING', 'LICENSE', 'README']) writeFileSync(path.join(dir, doc), `${doc} of UPX ${version}, repacked for go-xbuild's tests\n`)
  })
}

const FAKE_HEAD = (version: string): string => `#!/bin/sh
# a fake UPX ${version} for go-xbuild's failure tests
case "$1" in --version) echo "upx ${version}"; echo "UPX fake"; exit 0;; esac
out=""; in=""; mode=pack
while [ $# -gt 0 ]; do
  case "$1" in -o) out="$2"; shift;; -t) mode=test;; -d) mode=unpack;; -*) ;; *) in="$1";; esac
  shift
done
`

/** A UPX that dies on a signal whenever it is asked to pack. */
export function crashingUpxAsset(): Promise<Asset> {
  return pack('9.9.1', (dir) => {
    writeFileSync(path.join(dir, 'upx'), `${FAKE_HEAD('9.9.1')}[ "$mode" = pack ] && kill -SEGV $$\nexit 0\n`)
    chmodSync(path.join(dir, 'upx'), 0o755)
  })
}

/** A UPX that "packs" by truncating the file to half and says every test passed. */
export function corruptingUpxAsset(): Promise<Asset> {
  return pack('9.9.2', (dir) => {
    writeFileSync(
      path.join(dir, 'upx'),
      `${FAKE_HEAD('9.9.2')}case "$mode" in
  pack) size=$(wc -c < "$in"); head -c $((size / 2)) "$in" > "$out"; echo "  $size ->  $((size / 2))  50.00%  linux/amd64  fake";;
  unpack) cp "$in" "$out";;
esac
exit 0
`
    )
    chmodSync(path.join(dir, 'upx'), 0o755)
  })
}

/** A PATH with every command of /usr/bin and /bin except UPX, so the action must install its own. */
export function pathWithoutUpx(): string {
  const dir = path.join(tempDir('path'), 'bin')
  mkdirSync(dir)
  for (const src of ['/usr/local/bin', '/usr/bin', '/bin']) {
    for (const name of readdirSync(src)) {
      if (/^upx/.test(name) || existsSync(path.join(dir, name))) continue
      symlinkSync(path.join(src, name), path.join(dir, name))
    }
  }
  return dir
}
