/** Streaming SHA-256 and the coreutils `SHA256SUMS` format (`sha256sum -c` reads it back). */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { byCodeUnit } from '../order.js'

/** A pass-through stream that hashes (SHA-256) and counts what flows through it. */
export function hashTap(): { stream: Transform; result: () => { sha256: string; size: number } } {
  const hash = createHash('sha256')
  let size = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  return { stream, result: () => ({ sha256: hash.digest('hex'), size }) }
}

/** Bytes read per call: one buffer per file, reused (a stream allocates a new one per chunk). */
const HASH_CHUNK = 1 << 20

/**
 * SHA-256 and size of a file, read into one reused buffer: against a read stream, about 40 % less
 * CPU and no garbage, and the action's RSS stays low — every child process starts with a fork of
 * it, whose cost grows with the RSS (ADR 0013).
 */
export async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.allocUnsafe(HASH_CHUNK)
    let size = 0
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, HASH_CHUNK, null)
      if (bytesRead === 0) break
      hash.update(buf.subarray(0, bytesRead))
      size += bytesRead
    }
    return { sha256: hash.digest('hex'), size }
  } finally {
    await handle.close()
  }
}

/** `<hash>  <file>` lines sorted by file name (byte order), as `sha256sum` writes them in text mode. */
export function formatSha256Sums(entries: Array<{ file: string; sha256: string }>): string {
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.file, b.file))
  for (const e of sorted) {
    if (/[\n\\]/.test(e.file)) throw new Error(`cannot list "${e.file}" in SHA256SUMS: newlines and backslashes need escaping coreutils readers disagree on`)
  }
  return sorted.map((e) => `${e.sha256}  ${e.file}\n`).join('')
}

export function parseSha256Sums(text: string): Array<{ file: string; sha256: string }> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)
      if (!m) throw new Error(`not a SHA256SUMS line: ${JSON.stringify(line)}`)
      return { sha256: m[1] as string, file: m[2] as string }
    })
}
