import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import "./chunk-XMSIICWX.js";

// src/sbom/licenses.ts
import { constants, promises as fs } from "node:fs";
import path from "node:path";
var MAX_LICENSE_BYTES = 128 << 10;
var THRESHOLD = 0.9;
var LICENSE_FILE = /^((un)?licen[cs]e|copying)([-._][A-Za-z0-9._-]{1,40})?$/i;
var MODULE_ELEM = /^[A-Za-z0-9._~+-]+$/;
function isSafeModulePath(p) {
  return p.length > 0 && p.length <= 4096 && p.split("/").every((e) => MODULE_ELEM.test(e) && e !== "." && e !== ".." && !e.startsWith("."));
}
var VERSION = /^v[0-9A-Za-z.+-]+$/;
function escapeModulePath(p) {
  if (/!/.test(p)) throw new Error(`module path ${p} contains '!'`);
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
var escapeModuleVersion = escapeModulePath;
var VARIANTS = {
  licence: "license",
  licences: "licenses",
  licenced: "licensed",
  licensor: "licensor",
  organisation: "organization",
  authorised: "authorized",
  "sub-license": "sublicense",
  nonexclusive: "non-exclusive",
  copyright: "copyright"
};
var DEPRECATED = new Set(
  "AGPL-1.0 AGPL-3.0 BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD bzip2-1.0.5 eCos-2.0 GFDL-1.1 GFDL-1.2 GFDL-1.3 GPL-1.0 GPL-1.0+ GPL-2.0 GPL-2.0+ GPL-2.0-with-autoconf-exception GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception GPL-2.0-with-font-exception GPL-2.0-with-GCC-exception GPL-3.0 GPL-3.0+ GPL-3.0-with-autoconf-exception GPL-3.0-with-GCC-exception LGPL-2.0 LGPL-2.0+ LGPL-2.1 LGPL-2.1+ LGPL-3.0 LGPL-3.0+ Net-SNMP Nunit StandardML-NJ wxWindows".split(" ")
);
function licenseWords(text) {
  const t = text.toLowerCase().replace(/end of terms and conditions[\s\S]*$/, " ").replace(/<[^>\n]{0,80}>/g, " ").replace(/^[\s#*/-]*(copyright\s*(\(c\)|©|\d|by\b)|\(c\)\s*\d|©).*$/gim, " ").replace(/https?:\/\/\S+/g, " ").replace(/all rights reserved/g, " ").replace(/[^a-z0-9]+/g, " ").replace(/\b(and|shall) ((?:[a-z0-9]+ ){1,6}?)(disclaims|be liable)\b/g, "$1 holder $3");
  const words = t.split(" ").filter(Boolean).map((w) => VARIANTS[w] ?? w);
  const pairs = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}
var dice = (a, b) => {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return a.size + b.size === 0 ? 0 : 2 * common / (a.size + b.size);
};
var references;
async function loadReferences() {
  const mod = await import("./full-4332GLNL.js");
  const out = [];
  for (const id of Object.keys(mod.default).sort()) {
    const text = mod.default[id]?.licenseText;
    if (text && !DEPRECATED.has(id)) out.push({ id, words: licenseWords(text) });
  }
  return out;
}
async function classifyLicenseText(text) {
  references ??= loadReferences();
  const refs = await references;
  const words = licenseWords(text);
  if (words.size < 10) return void 0;
  let best;
  for (const r of refs) {
    if (2 * Math.min(r.words.size, words.size) / (r.words.size + words.size) < THRESHOLD) continue;
    const score = dice(words, r.words);
    if (!best || score > best.score) best = { id: r.id, score };
  }
  return best && best.score >= THRESHOLD ? best : void 0;
}
async function readBounded(file) {
  let handle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return void 0;
    const buf = Buffer.alloc(Math.min(st.size, MAX_LICENSE_BYTES));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } catch {
    return void 0;
  } finally {
    await handle?.close();
  }
}
async function identifyModuleDir(dir) {
  let entries;
  try {
    const st = await fs.lstat(dir);
    if (!st.isDirectory()) return void 0;
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return void 0;
  }
  const ids = /* @__PURE__ */ new Set();
  for (const e of entries.filter((x) => x.isFile() && LICENSE_FILE.test(x.name)).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const text = await readBounded(path.join(dir, e.name));
    const hit = text === void 0 ? void 0 : await classifyLicenseText(text);
    if (hit) ids.add(hit.id);
  }
  if (!ids.size) return void 0;
  return [...ids].sort().join(" AND ");
}
async function identifyLicenses(modules, gomodcache) {
  const out = /* @__PURE__ */ new Map();
  const root = path.resolve(gomodcache);
  for (const m of modules) {
    if (!isSafeModulePath(m.path) || !VERSION.test(m.version) || m.version.includes("..")) continue;
    const key = `${m.path}@${m.version}`;
    if (out.has(key)) continue;
    const dir = path.join(root, `${escapeModulePath(m.path)}@${escapeModuleVersion(m.version)}`);
    if (!dir.startsWith(root + path.sep)) continue;
    if (!await realInside(root, dir)) continue;
    const id = await identifyModuleDir(dir);
    if (id) out.set(key, id);
  }
  return out;
}
async function realInside(root, dir) {
  try {
    const [r, d] = await Promise.all([fs.realpath(root), fs.realpath(dir)]);
    return d === path.join(r, path.relative(root, dir));
  } catch {
    return false;
  }
}
export {
  MAX_LICENSE_BYTES,
  THRESHOLD,
  classifyLicenseText,
  dice,
  escapeModulePath,
  escapeModuleVersion,
  identifyLicenses,
  identifyModuleDir,
  isSafeModulePath,
  licenseWords
};
