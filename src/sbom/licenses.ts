/**
 * Licenses of the linked modules whose source is in the module cache. The classifier compares a
 * LICENSE file's words with the license texts of the SPDX License List (npm `spdx-license-list`,
 * kept in step with the SPDX list) by the Sørensen–Dice coefficient of their word sets — the
 * method of GitHub's licensee — after normalizing away copyright lines, URLs, punctuation and
 * common spelling variants. Below the threshold, or with no file, the module is left out (the
 * documents then say NOASSERTION). See docs/adr/0012-sbom-from-build-info.md for its accuracy.
 *
 * Module paths and versions come from an untrusted binary: they are checked before they become a
 * path, the module directory must be a real directory inside the cache (no symlink), LICENSE
 * files must be regular files (lstat, O_NOFOLLOW) and only their first bytes are read.
 */
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'

/** Bytes read from a license file: every SPDX license text but a handful fits. */
export const MAX_LICENSE_BYTES = 128 << 10
/** A file scoring at least this against a license's text is that license. */
export const THRESHOLD = 0.9

// LICENSE, LICENSE.md, LICENCE-MIT, LICENSE-APACHE-2.0.txt, COPYING, UNLICENSE …
const LICENSE_FILE = /^((un)?licen[cs]e|copying)([-._][A-Za-z0-9._-]{1,40})?$/i

const MODULE_ELEM = /^[A-Za-z0-9._~+-]+$/
/** Whether `p` is a module path safe to join below the cache (no `.`/`..`, no empty element). */
export function isSafeModulePath(p: string): boolean {
  return p.length > 0 && p.length <= 4096 && p.split('/').every((e) => MODULE_ELEM.test(e) && e !== '.' && e !== '..' && !e.startsWith('.'))
}
const VERSION = /^v[0-9A-Za-z.+-]+$/

/** golang.org/x/mod/module.EscapePath/EscapeVersion: each uppercase letter → `!` + lowercase. */
export function escapeModulePath(p: string): string {
  if (/!/.test(p)) throw new Error(`module path ${p} contains '!'`)
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}
export const escapeModuleVersion = escapeModulePath

// ---------------------------------------------------------------- the classifier

const VARIANTS: Record<string, string> = {
  licence: 'license', licences: 'licenses', licenced: 'licensed', licensor: 'licensor', organisation: 'organization',
  authorised: 'authorized', 'sub-license': 'sublicense', nonexclusive: 'non-exclusive', copyright: 'copyright'
}

/**
 * SPDX ids the SPDX License List marks deprecated (isDeprecatedLicenseId): each duplicates the
 * text of a current id (GPL-2.0 → GPL-2.0-only, BSD-2-Clause-FreeBSD → BSD-2-Clause-Views), so
 * they are never the answer.
 */
const DEPRECATED = new Set(
  'AGPL-1.0 AGPL-3.0 BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD bzip2-1.0.5 eCos-2.0 GFDL-1.1 GFDL-1.2 GFDL-1.3 GPL-1.0 GPL-1.0+ GPL-2.0 GPL-2.0+ GPL-2.0-with-autoconf-exception GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception GPL-2.0-with-font-exception GPL-2.0-with-GCC-exception GPL-3.0 GPL-3.0+ GPL-3.0-with-autoconf-exception GPL-3.0-with-GCC-exception LGPL-2.0 LGPL-2.0+ LGPL-2.1 LGPL-2.1+ LGPL-3.0 LGPL-3.0+ Net-SNMP Nunit StandardML-NJ wxWindows'.split(' ')
)

/**
 * What a license text is compared by: its word pairs (shingles of two), after normalizing. Pairs
 * keep enough of the order to tell close relatives apart (ISC from 0BSD, Apache-2.0 from Pixar's
 * modified Apache), which single words cannot.
 */
export function licenseWords(text: string): Set<string> {
  const t = text
    .toLowerCase()
    // Apache-2.0's appendix ("how to apply") is often left out; licensee drops it too
    .replace(/end of terms and conditions[\s\S]*$/, ' ')
    .replace(/<[^>\n]{0,80}>/g, ' ') // SPDX template placeholders: <year> <copyright holders>
    // a copyright line (`Copyright (c) 2016 …`, `© 2016 …`), not a wrapped line that starts with
    // the word ("copyright notice and this permission notice appear in all copies")
    .replace(/^[\s#*/-]*(copyright\s*(\(c\)|©|\d|by\b)|\(c\)\s*\d|©).*$/gim, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/all rights reserved/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    // who disclaims and who is not liable is the copyright holder, named differently in every copy
    // ("isc", "the author", "the authors or copyright holders"): one word for all of them
    .replace(/\b(and|shall) ((?:[a-z0-9]+ ){1,6}?)(disclaims|be liable)\b/g, '$1 holder $3')
  const words = t.split(' ').filter(Boolean).map((w) => VARIANTS[w] ?? w)
  const pairs = new Set<string>()
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`)
  return pairs
}

export const dice = (a: Set<string>, b: Set<string>): number => {
  let common = 0
  for (const w of a) if (b.has(w)) common++
  return a.size + b.size === 0 ? 0 : (2 * common) / (a.size + b.size)
}

interface Reference {
  id: string
  words: Set<string>
}
let references: Promise<Reference[]> | undefined
async function loadReferences(): Promise<Reference[]> {
  const mod = (await import('spdx-license-list/full.js')) as { default: Record<string, { licenseText?: string }> }
  const out: Reference[] = []
  for (const id of Object.keys(mod.default).sort()) {
    const text = mod.default[id]?.licenseText
    if (text && !DEPRECATED.has(id)) out.push({ id, words: licenseWords(text) })
  }
  return out
}

/** The SPDX id a license text is, or undefined below the threshold. */
export async function classifyLicenseText(text: string): Promise<{ id: string; score: number } | undefined> {
  references ??= loadReferences()
  const refs = await references
  const words = licenseWords(text)
  if (words.size < 10) return undefined
  let best: { id: string; score: number } | undefined
  for (const r of refs) {
    // a quick bound: Dice ≤ 2·min/(sum) — skip texts of a very different size
    if ((2 * Math.min(r.words.size, words.size)) / (r.words.size + words.size) < THRESHOLD) continue
    const score = dice(words, r.words)
    if (!best || score > best.score) best = { id: r.id, score }
  }
  return best && best.score >= THRESHOLD ? best : undefined
}

// ---------------------------------------------------------------- the module cache

async function readBounded(file: string): Promise<string | undefined> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    const st = await handle.stat()
    if (!st.isFile()) return undefined
    const buf = Buffer.alloc(Math.min(st.size, MAX_LICENSE_BYTES))
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    await handle?.close()
  }
}

/** The SPDX expression of one module directory's license files, or undefined. */
export async function identifyModuleDir(dir: string): Promise<string | undefined> {
  let entries: Array<import('node:fs').Dirent>
  try {
    const st = await fs.lstat(dir)
    if (!st.isDirectory()) return undefined
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch {
    return undefined
  }
  const ids = new Set<string>()
  for (const e of entries.filter((x) => x.isFile() && LICENSE_FILE.test(x.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const text = await readBounded(path.join(dir, e.name))
    const hit = text === undefined ? undefined : await classifyLicenseText(text)
    if (hit) ids.add(hit.id)
  }
  if (!ids.size) return undefined
  return [...ids].sort().join(' AND ')
}

/** SPDX ids of the modules whose source is in `gomodcache` (`<cache>/<escaped path>@<escaped version>/`), by `path@version`; others absent. */
export async function identifyLicenses(modules: Array<{ path: string; version: string }>, gomodcache: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const root = path.resolve(gomodcache)
  for (const m of modules) {
    if (!isSafeModulePath(m.path) || !VERSION.test(m.version) || m.version.includes('..')) continue
    const key = `${m.path}@${m.version}`
    if (out.has(key)) continue
    const dir = path.join(root, `${escapeModulePath(m.path)}@${escapeModuleVersion(m.version)}`)
    if (!dir.startsWith(root + path.sep)) continue
    // no symlinked element between the cache and the module directory either
    if (!(await realInside(root, dir))) continue
    const id = await identifyModuleDir(dir)
    if (id) out.set(key, id)
  }
  return out
}

async function realInside(root: string, dir: string): Promise<boolean> {
  try {
    const [r, d] = await Promise.all([fs.realpath(root), fs.realpath(dir)])
    return d === path.join(r, path.relative(root, dir))
  } catch {
    return false
  }
}
