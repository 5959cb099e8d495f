/**
 * Unpacking a downloaded toolchain through the process door: @actions/tool-cache's extractTar and
 * extractZip start tar/unzip/powershell themselves, with the action's whole environment (secret
 * inputs and runner tokens included) and a tool string it splits on spaces. The same commands,
 * as argument arrays with the `tool` environment: bsdtar (macOS, Windows) and GNU tar both take
 * these flags.
 */
import { mkdir } from 'node:fs/promises'
import { runChecked } from '../proc/run.js'

export async function extractTar(file: string, dest: string, compression: 'gz' | 'xz' | 'none'): Promise<string> {
  await mkdir(dest, { recursive: true })
  const flag = compression === 'gz' ? ['-z'] : compression === 'xz' ? ['-J'] : []
  // --no-same-owner: running as root, tar would otherwise keep the archive's owners
  await runChecked({ kind: 'tool', file: 'tar', args: ['-x', ...flag, '--no-same-owner', '-f', file, '-C', dest] }, `tar -x ${file}`)
  return dest
}

const psQuote = (s: string): string => `'${s.replace(/'/g, "''")}'`

export async function extractZip(file: string, dest: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  await mkdir(dest, { recursive: true })
  if (platform === 'win32') {
    const script = `$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.IO.Compression.FileSystem; [System.IO.Compression.ZipFile]::ExtractToDirectory(${psQuote(file)}, ${psQuote(dest)})`
    await runChecked({ kind: 'tool', file: 'powershell', args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script] }, `extracting ${file}`)
  } else {
    await runChecked({ kind: 'tool', file: 'unzip', args: ['-o', '-q', file, '-d', dest] }, `unzip ${file}`)
  }
  return dest
}
