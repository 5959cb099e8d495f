/**
 * The action's own binary inspector: reads ELF, Mach-O, PE, XCOFF, Plan 9 a.out and WebAssembly
 * headers, so every artifact can be checked against its target (wrong OS or arch, a Linux binary
 * that is not static) and so UPX's round trip can be audited (segments, sections, entry point).
 * Reads only the headers it needs, never the whole file.
 */
import { open } from 'node:fs/promises'

export type BinaryFormat = 'elf' | 'macho' | 'pe' | 'xcoff' | 'plan9' | 'wasm' | 'unknown'

export interface Section {
  name: string
  /** ELF sh_type / PE characteristics / Mach-O flags: compared, not interpreted. */
  type: number
  flags: number
  size: number
}

export interface Segment {
  type: number
  flags: number
  vaddr: number
  memsz: number
}

export interface BinaryInfo {
  format: BinaryFormat
  /** The GOOS this header says, where it can say (ELF OSABI, Mach-O, PE); '' when it cannot tell. */
  os: string
  /** The GOARCH this header says; '' when it cannot tell. */
  arch: string
  bits?: 32 | 64
  endian?: 'little' | 'big'
  entry?: number
  /** ELF: has PT_INTERP (needs a dynamic loader). */
  interpreter?: string
  /** ELF: DT_NEEDED libraries; PE: imported DLLs. */
  needed?: string[]
  /** ELF: e_flags (ARM float ABI etc.); PE: subsystem. */
  flags?: number
  segments: Segment[]
  sections: Section[]
  /** A human description for logs and the manifest, e.g. "ELF 64-bit LSB x86-64, static". */
  description: string
}

// e_machine → GOARCH candidates (class and endianness pick between them)
const ELF_MACHINES: Record<number, (bits: number, endian: string) => string> = {
  3: () => '386',
  62: () => 'amd64',
  40: () => 'arm',
  183: () => 'arm64',
  243: () => 'riscv64',
  21: (_b, e) => (e === 'big' ? 'ppc64' : 'ppc64le'),
  22: () => 's390x',
  8: (b, e) => (b === 64 ? (e === 'big' ? 'mips64' : 'mips64le') : e === 'big' ? 'mips' : 'mipsle'),
  258: () => 'loong64'
}
// Go writes these OSABI bytes (measured on go1.26.8 output for every ELF port); 0 is shared by
// linux, android, dragonfly, illumos and solaris, so 0 is accepted for those.
const ELF_OSABI: Record<number, string> = { 9: 'freebsd', 2: 'netbsd', 12: 'openbsd' }
const OSABI_ZERO = ['linux', 'android', 'dragonfly', 'illumos', 'solaris']

const MACHO_CPU: Record<number, string> = { 0x01000007: 'amd64', 0x0100000c: 'arm64', 7: '386', 12: 'arm' }
const PE_MACHINE: Record<number, string> = { 0x14c: '386', 0x8664: 'amd64', 0x1c4: 'arm', 0xaa64: 'arm64' }
const PLAN9_MAGIC: Record<number, string> = { 0x01eb: '386', 0x8a97: 'amd64', 0x0647: 'arm' }

class Reader {
  constructor(
    readonly buf: Buffer,
    readonly le: boolean
  ) {}
  u8 = (o: number): number => this.buf.readUInt8(o)
  u16 = (o: number): number => (this.le ? this.buf.readUInt16LE(o) : this.buf.readUInt16BE(o))
  u32 = (o: number): number => (this.le ? this.buf.readUInt32LE(o) : this.buf.readUInt32BE(o))
  u64 = (o: number): number => Number(this.le ? this.buf.readBigUInt64LE(o) : this.buf.readBigUInt64BE(o))
}

async function readAt(fd: Awaited<ReturnType<typeof open>>, offset: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length)
  const { bytesRead } = await fd.read(buf, 0, length, offset)
  return buf.subarray(0, bytesRead)
}

export async function inspectBinary(file: string): Promise<BinaryInfo> {
  const fd = await open(file, 'r')
  try {
    const head = await readAt(fd, 0, 64)
    if (head.length >= 4 && head.readUInt32BE(0) === 0x7f454c46) return await inspectElf(fd, head)
    if (head.length >= 4 && [0xfeedfacf, 0xfeedface].includes(head.readUInt32LE(0))) return await inspectMachO(fd, head)
    if (head.length >= 2 && head.toString('latin1', 0, 2) === 'MZ') return await inspectPe(fd, head)
    if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d) {
      return { format: 'wasm', os: '', arch: 'wasm', segments: [], sections: [], description: 'WebAssembly module' }
    }
    if (head.length >= 2 && [0x01f7, 0x01df].includes(head.readUInt16BE(0))) {
      const bits = head.readUInt16BE(0) === 0x01f7 ? 64 : 32
      return { format: 'xcoff', os: 'aix', arch: bits === 64 ? 'ppc64' : '', bits, segments: [], sections: [], description: `XCOFF ${bits}-bit` }
    }
    if (head.length >= 4 && PLAN9_MAGIC[head.readUInt32BE(0)]) {
      const arch = PLAN9_MAGIC[head.readUInt32BE(0)] as string
      return { format: 'plan9', os: 'plan9', arch, segments: [], sections: [], description: `Plan 9 a.out ${arch}` }
    }
    return { format: 'unknown', os: '', arch: '', segments: [], sections: [], description: 'not an executable format go-xbuild knows' }
  } finally {
    await fd.close()
  }
}

async function inspectElf(fd: Awaited<ReturnType<typeof open>>, head: Buffer): Promise<BinaryInfo> {
  const bits = head[4] === 2 ? 64 : 32
  const endian = head[5] === 2 ? 'big' : 'little'
  const r = new Reader(head, endian === 'little')
  const osabi = r.u8(7)
  const machine = r.u16(18)
  const entry = bits === 64 ? r.u64(24) : r.u32(24)
  const phoff = bits === 64 ? r.u64(32) : r.u32(28)
  const shoff = bits === 64 ? r.u64(40) : r.u32(32)
  const flags = bits === 64 ? r.u32(48) : r.u32(36)
  const phentsize = r.u16(bits === 64 ? 54 : 42)
  const phnum = r.u16(bits === 64 ? 56 : 44)
  const shentsize = r.u16(bits === 64 ? 58 : 46)
  const shnum = r.u16(bits === 64 ? 60 : 48)
  const shstrndx = r.u16(bits === 64 ? 62 : 50)

  const segments: Segment[] = []
  let interpreter: string | undefined
  let dynamic: { offset: number; size: number } | undefined
  if (phnum > 0 && phentsize > 0) {
    const ph = new Reader(await readAt(fd, phoff, phnum * phentsize), endian === 'little')
    for (let i = 0; i < phnum; i++) {
      const o = i * phentsize
      const type = ph.u32(o)
      const segFlags = bits === 64 ? ph.u32(o + 4) : ph.u32(o + 24)
      const offset = bits === 64 ? ph.u64(o + 8) : ph.u32(o + 4)
      const vaddr = bits === 64 ? ph.u64(o + 16) : ph.u32(o + 8)
      const filesz = bits === 64 ? ph.u64(o + 32) : ph.u32(o + 16)
      const memsz = bits === 64 ? ph.u64(o + 40) : ph.u32(o + 20)
      segments.push({ type, flags: segFlags, vaddr, memsz })
      if (type === 3) interpreter = (await readAt(fd, offset, Math.min(filesz, 4096))).toString('latin1').replace(/\0.*$/s, '')
      if (type === 2) dynamic = { offset, size: filesz }
    }
  }

  const sections: Section[] = []
  const sectionHeaders: { nameOff: number; type: number; flags: number; offset: number; size: number; link: number }[] = []
  if (shnum > 0 && shentsize > 0 && shoff > 0) {
    const sh = new Reader(await readAt(fd, shoff, shnum * shentsize), endian === 'little')
    for (let i = 0; i < shnum; i++) {
      const o = i * shentsize
      sectionHeaders.push({
        nameOff: sh.u32(o),
        type: sh.u32(o + 4),
        flags: bits === 64 ? sh.u64(o + 8) : sh.u32(o + 8),
        offset: bits === 64 ? sh.u64(o + 24) : sh.u32(o + 16),
        size: bits === 64 ? sh.u64(o + 32) : sh.u32(o + 20),
        link: sh.u32(bits === 64 ? o + 40 : o + 24)
      })
    }
    const strtab = sectionHeaders[shstrndx]
    const names = strtab ? await readAt(fd, strtab.offset, strtab.size) : Buffer.alloc(0)
    for (const s of sectionHeaders) {
      const end = names.indexOf(0, s.nameOff)
      const name = names.toString('latin1', s.nameOff, end < 0 ? names.length : end)
      sections.push({ name, type: s.type, flags: s.flags, size: s.size })
    }
  }

  let needed: string[] = []
  if (dynamic && dynamic.size > 0) {
    const dyn = new Reader(await readAt(fd, dynamic.offset, Math.min(dynamic.size, 1 << 20)), endian === 'little')
    const entSize = bits === 64 ? 16 : 8
    const neededOffsets: number[] = []
    let strtabAddr: number | undefined
    for (let o = 0; o + entSize <= dyn.buf.length; o += entSize) {
      const tag = bits === 64 ? dyn.u64(o) : dyn.u32(o)
      const val = bits === 64 ? dyn.u64(o + 8) : dyn.u32(o + 4)
      if (tag === 0) break
      if (tag === 1) neededOffsets.push(val)
      if (tag === 5) strtabAddr = val
    }
    if (neededOffsets.length) {
      // DT_STRTAB is an address: map it to a file offset through the section that holds it (.dynstr)
      const dynstr = sectionHeaders.find((s) => s.type === 3 && sections[sectionHeaders.indexOf(s)]?.name === '.dynstr')
      const base = dynstr?.offset
      if (base !== undefined) {
        const strs = await readAt(fd, base, Math.min(dynstr?.size ?? 0, 1 << 20))
        needed = neededOffsets.map((off) => {
          const end = strs.indexOf(0, off)
          return strs.toString('latin1', off, end < 0 ? strs.length : end)
        })
      } else {
        needed = neededOffsets.map((off) => `(string at ${strtabAddr ?? 0}+${off})`)
      }
    }
  }

  const arch = ELF_MACHINES[machine]?.(bits, endian) ?? ''
  const os = ELF_OSABI[osabi] ?? (osabi === 0 || osabi === 3 ? 'linux' : '')
  const linkage = interpreter ? `dynamic (interpreter ${interpreter})` : needed.length ? `dynamic (needs ${needed.join(', ')})` : 'static'
  return {
    format: 'elf',
    os,
    arch,
    bits,
    endian,
    entry,
    interpreter,
    needed,
    flags,
    segments,
    sections,
    description: `ELF ${bits}-bit ${endian === 'little' ? 'LSB' : 'MSB'} ${arch || `machine ${machine}`}, OSABI ${osabi}, ${linkage}`
  }
}

async function inspectMachO(fd: Awaited<ReturnType<typeof open>>, head: Buffer): Promise<BinaryInfo> {
  const r = new Reader(head, true)
  const bits = r.u32(0) === 0xfeedfacf ? 64 : 32
  const cpu = r.u32(4)
  const filetype = r.u32(12)
  const ncmds = r.u32(16)
  const sizeofcmds = r.u32(20)
  const headerSize = bits === 64 ? 32 : 28
  const cmds = new Reader(await readAt(fd, headerSize, sizeofcmds), true)
  const segments: Segment[] = []
  const sections: Section[] = []
  let entry: number | undefined
  for (let i = 0, o = 0; i < ncmds && o + 8 <= cmds.buf.length; i++) {
    const cmd = cmds.u32(o)
    const size = cmds.u32(o + 4)
    if (cmd === 0x19) {
      // LC_SEGMENT_64
      const nsects = cmds.u32(o + 64)
      segments.push({ type: cmd, flags: cmds.u32(o + 60), vaddr: cmds.u64(o + 24), memsz: cmds.u64(o + 32) })
      for (let s = 0; s < nsects; s++) {
        const so = o + 72 + s * 80
        const name = cmds.buf.toString('latin1', so, so + 16).replace(/\0.*$/s, '')
        const seg = cmds.buf.toString('latin1', so + 16, so + 32).replace(/\0.*$/s, '')
        sections.push({ name: `${seg},${name}`, type: 0, flags: cmds.u32(so + 64), size: cmds.u64(so + 40) })
      }
    } else if (cmd === 0x80000028) {
      entry = cmds.u64(o + 8) // LC_MAIN entryoff
    }
    if (size === 0) break
    o += size
  }
  const arch = MACHO_CPU[cpu] ?? ''
  return {
    format: 'macho',
    os: 'darwin',
    arch,
    bits: bits as 32 | 64,
    endian: 'little',
    entry,
    flags: filetype,
    segments,
    sections,
    description: `Mach-O ${bits}-bit ${arch || `cpu ${cpu}`}${filetype === 2 ? ' executable' : ` filetype ${filetype}`}`
  }
}

async function inspectPe(fd: Awaited<ReturnType<typeof open>>, head: Buffer): Promise<BinaryInfo> {
  const peOffset = head.readUInt32LE(0x3c)
  const hdr = await readAt(fd, peOffset, 24 + 240)
  if (hdr.length < 24 || hdr.toString('latin1', 0, 4) !== 'PE\0\0') {
    return { format: 'unknown', os: '', arch: '', segments: [], sections: [], description: 'MZ file without a PE header' }
  }
  const r = new Reader(hdr, true)
  const machine = r.u16(4)
  const nsections = r.u16(6)
  const optSize = r.u16(20)
  const magic = r.u16(24)
  const bits = magic === 0x20b ? 64 : 32
  const entry = r.u32(24 + 16)
  const subsystem = r.u16(24 + 68)
  const table = new Reader(await readAt(fd, peOffset + 24 + optSize, nsections * 40), true)
  const sections: Section[] = []
  const layout: Array<{ va: number; vsize: number; raw: number }> = []
  for (let i = 0; i < nsections && (i + 1) * 40 <= table.buf.length; i++) {
    const o = i * 40
    sections.push({
      name: table.buf.toString('latin1', o, o + 8).replace(/\0.*$/s, ''),
      type: 0,
      flags: table.u32(o + 36),
      size: table.u32(o + 8)
    })
    layout.push({ va: table.u32(o + 12), vsize: Math.max(table.u32(o + 8), table.u32(o + 16)), raw: table.u32(o + 20) })
  }
  // the import directory (data directory 1): the DLLs the binary needs at load time
  const toOffset = (rva: number): number | undefined => {
    const sec = layout.find((l) => rva >= l.va && rva < l.va + l.vsize)
    return sec ? rva - sec.va + sec.raw : undefined
  }
  const dirOffset = 24 + (bits === 64 ? 112 : 96) + 8
  const importRva = hdr.length >= dirOffset + 4 ? r.u32(dirOffset) : 0
  const needed: string[] = []
  const importAt = importRva ? toOffset(importRva) : undefined
  if (importAt !== undefined) {
    for (let i = 0; i < 4096; i++) {
      const desc = new Reader(await readAt(fd, importAt + i * 20, 20), true)
      if (desc.buf.length < 20 || desc.buf.every((b) => b === 0)) break
      const nameAt = toOffset(desc.u32(12))
      if (nameAt === undefined) break
      const raw = await readAt(fd, nameAt, 256)
      needed.push(raw.toString('latin1', 0, raw.indexOf(0) < 0 ? raw.length : raw.indexOf(0)))
    }
  }
  const arch = PE_MACHINE[machine] ?? ''
  const sub = subsystem === 3 ? 'console' : subsystem === 2 ? 'GUI' : `subsystem ${subsystem}`
  return {
    format: 'pe',
    os: 'windows',
    arch,
    bits: bits as 32 | 64,
    endian: 'little',
    entry,
    flags: subsystem,
    needed,
    segments: [],
    sections,
    description: `PE${bits === 64 ? '32+' : '32'} ${arch || `machine 0x${machine.toString(16)}`} (${sub})`
  }
}

/** What a target's binary must look like; returns the problems ([] when it matches). */
export function checkBinaryMatchesTarget(info: BinaryInfo, goos: string, goarch: string, opts: { requireStatic: boolean }): string[] {
  const problems: string[] = []
  const expectFormat: BinaryFormat =
    goos === 'darwin' || goos === 'ios'
      ? 'macho'
      : goos === 'windows'
        ? 'pe'
        : goos === 'aix'
          ? 'xcoff'
          : goos === 'plan9'
            ? 'plan9'
            : goarch === 'wasm'
              ? 'wasm'
              : 'elf'
  if (info.format !== expectFormat) {
    const names: Record<BinaryFormat, string> = { elf: 'an ELF', macho: 'a Mach-O', pe: 'a PE', xcoff: 'an XCOFF', plan9: 'a Plan 9 a.out', wasm: 'a WebAssembly', unknown: 'an unknown' }
    return [`expected ${names[expectFormat]} file for ${goos}/${goarch}, found ${info.description}`]
  }
  if (goarch !== 'wasm' && info.arch !== goarch) problems.push(`built for ${info.arch || 'an unknown arch'}, not ${goarch} (${info.description})`)
  if (info.format === 'elf') {
    const osOk = info.os === goos || (info.os === 'linux' && OSABI_ZERO.includes(goos))
    if (!osOk) problems.push(`ELF OSABI says ${info.os || 'an unknown OS'}, not ${goos}`)
    if (opts.requireStatic && (info.interpreter || (info.needed?.length ?? 0) > 0)) {
      problems.push(`not static: ${info.description}`)
    }
  }
  return problems
}
