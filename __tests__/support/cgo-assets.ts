/**
 * The C toolchains for the local mirror: the real zig from PyPI's ziglang wheel, repacked in the
 * official layout (zig-x86_64-linux-<v>/ inside zig-x86_64-linux-<v>.tar.xz), with an index.json
 * and a minisign signature made with a test key; and musl-cross-style archives assembled from
 * Debian's musl packages (<triple>/bin/<triple>-gcc calling musl-gcc or aarch64-linux-musl-gcc).
 */
import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ASSET_DIR, sha256Of, TEST_CACHE, type Asset } from './assets.js'
import { tempDir } from './workspace.js'

export const ZIG_VENV = path.join(TEST_CACHE, 'zig-venv')

function zigPackageDir(): string {
  return execFileSync(path.join(ZIG_VENV, 'bin', 'python'), ['-c', 'import ziglang,os;print(os.path.dirname(ziglang.__file__))'], { encoding: 'utf8' }).trim()
}

export interface ZigAsset extends Asset {
  index: unknown
  minisig: string
  publicKey: string
}

/** A test minisign key and a prehashed ("ED") signature of `data`, in minisign's own format. */
export function minisign(data: Buffer, fileName: string): { signature: string; publicKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const keyId = randomBytes(8)
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
  const sig = sign(null, createHash('blake2b512').update(data).digest(), privateKey)
  const trusted = `timestamp:${Math.floor(Date.now() / 1000)}\tfile:${fileName}\thashed`
  const global = sign(null, Buffer.concat([sig, Buffer.from(trusted)]), privateKey)
  return {
    signature: `untrusted comment: signature from go-xbuild test key\n${Buffer.concat([Buffer.from('ED'), keyId, sig]).toString('base64')}\ntrusted comment: ${trusted}\n${global.toString('base64')}\n`,
    publicKey: Buffer.concat([Buffer.from('Ed'), keyId, raw]).toString('base64')
  }
}

export async function zigAsset(): Promise<ZigAsset> {
  const dir = zigPackageDir()
  const version = execFileSync(path.join(dir, 'zig'), ['version'], { encoding: 'utf8' }).trim()
  const filename = `zig-x86_64-linux-${version}.tar.xz`
  const file = path.join(ASSET_DIR, filename)
  if (!existsSync(file)) {
    mkdirSync(ASSET_DIR, { recursive: true })
    execFileSync('bash', ['-c', `tar -C "$1" --transform "s,^\\.,$2," --exclude=__pycache__ --exclude='*.py' -cf - . | xz -T2 -1 > "$3"`, 'repack', dir, `zig-x86_64-linux-${version}`, `${file}.tmp`])
    renameSync(`${file}.tmp`, file)
  }
  const sha256 = await sha256Of(file)
  const { signature, publicKey } = minisign(readFileSync(file), filename)
  const index = {
    master: { version: `${version}-dev.1+abcdef`, date: '2026-11-01' },
    [version]: {
      date: '2026-10-01',
      'x86_64-linux': { tarball: `https://ziglang.org/download/${version}/${filename}`, shasum: sha256, size: String(statSync(file).size) }
    }
  }
  return { version, filename, file, sha256, size: statSync(file).size, index, minisig: signature, publicKey }
}

/** A musl-cross-style toolchain archive for `triple`, whose gcc is Debian's musl wrapper for it. */
export async function muslCrossAsset(triple: 'x86_64-unknown-linux-musl' | 'aarch64-unknown-linux-musl'): Promise<Asset> {
  const filename = `${triple}.tar.xz`
  const file = path.join(ASSET_DIR, 'musl-cross', filename)
  if (!existsSync(file)) {
    const debian = triple.startsWith('x86_64') ? '/usr/bin/musl-gcc' : '/usr/bin/aarch64-linux-musl-gcc'
    const root = tempDir('musl-cross')
    const bin = path.join(root, triple, 'bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(path.join(bin, `${triple}-gcc`), `#!/bin/sh\n# assembled for go-xbuild's tests from Debian's musl packages\nexec ${debian} "$@"\n`)
    chmodSync(path.join(bin, `${triple}-gcc`), 0o755)
    mkdirSync(path.dirname(file), { recursive: true })
    execFileSync('tar', ['-C', root, '--owner=0', '--group=0', '-cJf', `${file}.tmp`, triple])
    renameSync(`${file}.tmp`, file)
    rmSync(root, { recursive: true, force: true })
  }
  return { version: '20250929', filename, file, sha256: await sha256Of(file), size: statSync(file).size }
}
