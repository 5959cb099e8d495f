/**
 * Per-target archives: tar.gz (zip for Windows) holding the binary with its executable mode —
 * compressed at level 6 (level 9 took 2.7× the time for 0.5 % less on a Go binary) —
 * artifact zips and plain downloads drop file modes, archives keep them. Written by hand, streamed,
 * and reproducible: entries in a fixed order, fixed owner, the commit's timestamp, no gzip name or
 * time, and a fixed OS byte so every runner writes the same bytes.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import { isPlainRelativePath } from '../workspace-paths.js'
import { hashTap } from './checksums.js'
import { byCodeUnit } from '../order.js'

export type ArchiveFormat = 'tar.gz' | 'zip'

export interface ArchiveEntry {
  /** Path inside the archive, forward slashes. */
  name: string
  /** File on disk. */
  source: string
  mode: number
}

export interface WrittenArchive {
  size: number
  sha256: string
}

// ---- tar (ustar) ----------------------------------------------------------------------------

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

/** The largest size ustar's 12-byte octal field holds (8 GiB − 1); larger sizes go in a PAX `size` record. */
const USTAR_MAX_SIZE = 0o77777777777

/**
 * ustar stores a path as `prefix/name` (155 + 100 bytes). Both limits are in bytes, so the split is
 * done on the UTF-8 bytes: `/` never occurs inside a multi-byte character, so any `/` is a safe cut.
 * undefined: the path does not fit, and the caller writes a PAX header instead.
 */
export function splitUstarName(name: string): { prefix: Buffer; base: Buffer } | undefined {
  const bytes = Buffer.from(name, 'utf8')
  if (bytes.length <= 100) return { prefix: Buffer.alloc(0), base: bytes }
  // the longest prefix that fits leaves the shortest name; if that name is too long, so is every other
  const cut = bytes.subarray(0, 156).lastIndexOf(0x2f)
  if (cut <= 0 || bytes.length - cut - 1 > 100 || bytes.length - cut - 1 === 0) return undefined
  return { prefix: bytes.subarray(0, cut), base: bytes.subarray(cut + 1) }
}

/** The first `max` bytes of a UTF-8 string, cut before a character rather than through one. */
function utf8Head(text: string, max: number): Buffer {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= max) return bytes
  let end = max
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--
  return bytes.subarray(0, end)
}

/** One PAX record, `"<len> <key>=<value>\n"`, where len counts the whole record including its own digits. */
export function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.byteLength(` ${key}=${value}\n`)
  let len = body + String(body).length
  // adding the digits can add a digit (95 + 2 = 97, but 99 + 2 = 101 needs 3)
  if (String(len).length > String(body).length) len = body + String(len).length
  return Buffer.from(`${len} ${key}=${value}\n`, 'utf8')
}

function ustarBlock(name: Buffer, prefix: Buffer, size: number, mode: number, mtime: number, type: '0' | 'x'): Buffer {
  const h = Buffer.alloc(512)
  name.copy(h, 0)
  h.write(octal(mode & 0o7777, 8), 100, 'latin1')
  h.write(octal(0, 8), 108, 'latin1') // uid
  h.write(octal(0, 8), 116, 'latin1') // gid
  h.write(octal(size, 12), 124, 'latin1')
  h.write(octal(mtime, 12), 136, 'latin1')
  h.write('        ', 148, 'latin1') // checksum placeholder: eight spaces
  h.write(type, 156, 'latin1')
  h.write('ustar\0', 257, 'latin1')
  h.write('00', 263, 'latin1')
  h.write('root', 265, 'latin1')
  h.write('root', 297, 'latin1')
  prefix.copy(h, 345)
  let sum = 0
  for (const b of h) sum += b
  h.write(octal(sum, 7) + ' ', 148, 'latin1')
  return h
}

/**
 * The header block(s) of one file. A path that does not fit ustar, or a size over 8 GiB, gets a
 * PAX extended header first (what GNU tar, bsdtar and Python read) rather than being truncated.
 * The extended header is reproducible: a fixed name, the same mtime, no atime/ctime records.
 */
export function tarHeader(name: string, size: number, mode: number, mtime: number): Buffer {
  const split = splitUstarName(name)
  const records: Buffer[] = []
  if (!split) records.push(paxRecord('path', name))
  if (size > USTAR_MAX_SIZE) records.push(paxRecord('size', String(size)))
  if (!records.length) return ustarBlock((split as NonNullable<typeof split>).base, (split as NonNullable<typeof split>).prefix, size, mode, mtime, '0')
  const pax = Buffer.concat(records)
  const padding = pax.length % 512 ? 512 - (pax.length % 512) : 0
  // a reader that ignores PAX still gets a name, cut at a character boundary
  const fallback = split ?? { prefix: Buffer.alloc(0), base: utf8Head(name, 100) }
  return Buffer.concat([
    ustarBlock(Buffer.from('././@PaxHeader'), Buffer.alloc(0), pax.length, 0o644, mtime, 'x'),
    pax,
    Buffer.alloc(padding),
    ustarBlock(fallback.base, fallback.prefix, Math.min(size, USTAR_MAX_SIZE), mode, mtime, '0')
  ])
}

async function* tarStream(entries: ArchiveEntry[], mtime: number): AsyncGenerator<Buffer> {
  for (const e of entries) {
    const { size } = await stat(e.source)
    yield tarHeader(e.name, size, e.mode, mtime)
    let written = 0
    for await (const chunk of createReadStream(e.source, { highWaterMark: 1 << 20 })) {
      written += (chunk as Buffer).length
      yield chunk as Buffer
    }
    if (written !== size) throw new Error(`${e.source} changed size while it was archived`)
    if (size % 512) yield Buffer.alloc(512 - (size % 512))
  }
  yield Buffer.alloc(1024) // two zero blocks end the archive
}

/** Gzip's header carries the compressing OS (byte 9); zlib builds differ, so it is fixed to 3 (Unix). */
function fixGzipOs(): Transform {
  let patched = false
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      if (!patched && chunk.length > 9) {
        chunk[9] = 3
        patched = true
      }
      done(null, chunk)
    }
  })
}

export async function writeTarGz(dest: string, entries: ArchiveEntry[], mtime: number): Promise<WrittenArchive> {
  const t = hashTap()
  await pipeline(Readable.from(tarStream(entries, mtime)), zlib.createGzip({ level: 6 }), fixGzipOs(), t.stream, createWriteStream(dest))
  return t.result()
}

// ---- zip ------------------------------------------------------------------------------------

function dosDateTime(epochSeconds: number): { time: number; date: number } {
  // DOS times have no zone and start in 1980: the UTC fields of the timestamp, clamped
  const d = new Date(Math.max(epochSeconds, 315_532_800) * 1000)
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
  }
}

export async function writeZip(dest: string, entries: ArchiveEntry[], mtime: number): Promise<WrittenArchive> {
  const { time, date } = dosDateTime(mtime)
  const central: Buffer[] = []
  const t = hashTap()
  const out = createWriteStream(dest)
  t.stream.pipe(out)
  let offset = 0
  const write = (b: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      offset += b.length
      t.stream.write(b, (e) => (e ? reject(e) : resolve()))
    })
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    if (name.length > 0xffff) throw new Error(`archive entry name is longer than a zip can hold (${name.length} bytes): ${e.name.slice(0, 80)}…`)
    const headerOffset = offset
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0808, 6) // bit 3: sizes in a data descriptor; bit 11: UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt16LE(name.length, 26)
    await write(Buffer.concat([local, name]))
    let crc = 0
    let usize = 0
    let csize = 0
    const deflate = zlib.createDeflateRaw({ level: 6 })
    const compressed = (async () => {
      for await (const chunk of deflate) {
        csize += (chunk as Buffer).length
        await write(chunk as Buffer)
      }
    })()
    for await (const chunk of createReadStream(e.source, { highWaterMark: 1 << 20 })) {
      crc = zlib.crc32(chunk as Buffer, crc)
      usize += (chunk as Buffer).length
      if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r))
    }
    deflate.end()
    await compressed
    if (usize >= 0xffffffff || csize >= 0xffffffff) throw new Error(`${e.source} is too large for a zip without zip64`)
    const descriptor = Buffer.alloc(16)
    descriptor.writeUInt32LE(0x08074b50, 0)
    descriptor.writeUInt32LE(crc >>> 0, 4)
    descriptor.writeUInt32LE(csize, 8)
    descriptor.writeUInt32LE(usize, 12)
    await write(descriptor)
    const c = Buffer.alloc(46)
    c.writeUInt32LE(0x02014b50, 0)
    c.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the external attributes carry the mode
    c.writeUInt16LE(20, 6)
    c.writeUInt16LE(0x0808, 8)
    c.writeUInt16LE(8, 10)
    c.writeUInt16LE(time, 12)
    c.writeUInt16LE(date, 14)
    c.writeUInt32LE(crc >>> 0, 16)
    c.writeUInt32LE(csize, 20)
    c.writeUInt32LE(usize, 24)
    c.writeUInt16LE(name.length, 28)
    c.writeUInt32LE(((0o100000 | (e.mode & 0o7777)) << 16) >>> 0, 38)
    c.writeUInt32LE(headerOffset, 42)
    central.push(Buffer.concat([c, name]))
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  await write(Buffer.concat([cd, end]))
  await new Promise<void>((resolve, reject) => {
    out.on('finish', resolve).on('error', reject)
    t.stream.end()
  })
  return t.result()
}

/** Entry names are relative paths that stay inside the directory they are extracted to. */
export function checkEntryName(name: string): void {
  if (!isPlainRelativePath(name)) throw new Error(`archive entry name "${name}" is not a plain relative path`)
}

export async function writeArchive(format: ArchiveFormat, dest: string, entries: ArchiveEntry[], mtime: number): Promise<WrittenArchive> {
  for (const e of entries) checkEntryName(e.name)
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.name, b.name))
  return format === 'zip' ? writeZip(dest, sorted, mtime) : writeTarGz(dest, sorted, mtime)
}
