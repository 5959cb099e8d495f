import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  info,
  saveState,
  setSecret,
  warning
} from "./chunk-J7MIK65S.js";
import {
  runChecked
} from "./chunk-QCCCTGFY.js";

// src/tools/archive-cache.ts
import { rm } from "node:fs/promises";
import path from "node:path";

// src/release/checksums.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";

// src/order.ts
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/release/checksums.ts
function hashTap() {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    }
  });
  return { stream, result: () => ({ sha256: hash.digest("hex"), size }) };
}
var HASH_CHUNK = 1 << 20;
async function sha256File(file) {
  const hash = createHash("sha256");
  const handle = await open(file, "r");
  try {
    const buf = Buffer.allocUnsafe(HASH_CHUNK);
    let size = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, HASH_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { sha256: hash.digest("hex"), size };
  } finally {
    await handle.close();
  }
}
function formatSha256Sums(entries) {
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.file, b.file));
  for (const e of sorted) {
    if (/[\n\\]/.test(e.file)) throw new Error(`cannot list "${e.file}" in SHA256SUMS: newlines and backslashes need escaping coreutils readers disagree on`);
  }
  return sorted.map((e) => `${e.sha256}  ${e.file}
`).join("");
}

// src/url.ts
import { createHash as createHash2 } from "node:crypto";
var REDACTED = "***";
var PRINTABLE_QUERY = /* @__PURE__ */ new Set(["mode", "include"]);
function redactUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return redactLoosely(url);
  }
  if (!/^[a-z][a-z0-9+.-]*:$/.test(u.protocol)) return redactLoosely(url);
  if (u.username || u.password) {
    u.username = REDACTED;
    u.password = "";
  }
  if (u.search) {
    const kept = [];
    for (const [key, value] of u.searchParams) {
      kept.push(`${encodeURIComponent(key)}=${PRINTABLE_QUERY.has(key) ? encodeURIComponent(value) : REDACTED}`);
    }
    u.search = kept.length ? `?${kept.join("&")}` : "";
  }
  if (u.hash) u.hash = REDACTED;
  return u.toString();
}
function redactLoosely(text) {
  return text.replace(/\/\/[^/?#\s@]{0,1024}@/g, `//${REDACTED}@`).replace(/([?&][^=&#\s]{0,256}=)[^&#\s]*/g, (_, key) => PRINTABLE_QUERY.has(key.slice(1, -1)) ? _ : `${key}${REDACTED}`).replace(/#\S*/g, `#${REDACTED}`);
}
function redactUrls(text) {
  return text.replace(/\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"<>]+/gi, (m) => {
    const tail = /[.,;:!?)\]'`]+$/.exec(m)?.[0] ?? "";
    return redactUrl(m.slice(0, m.length - tail.length)) + tail;
  });
}
var UnsafeUrlError = class extends Error {
};
function urlUnder(base, segments, query) {
  const b = new URL(base);
  const basePath = b.pathname.replace(/\/+$/, "");
  for (const s of segments) {
    if (s === "" || s === "." || s === ".." || /[/\\]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
      throw new UnsafeUrlError(`"${s}" is not a single path element`);
    }
  }
  const u = new URL(b.href);
  u.pathname = `${basePath}/${segments.map(encodeURIComponent).join("/")}`;
  if (query) for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  u.hash = "";
  const under = u.origin === b.origin && u.pathname.startsWith(`${basePath}/`) && u.pathname.slice(basePath.length + 1).split("/").length === segments.length;
  if (!under) throw new UnsafeUrlError(`${redactUrl(u.href)} is not under ${redactUrl(base)}`);
  return u.href;
}
function normalizeSource(base) {
  try {
    const u = new URL(base);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    return base.trim();
  }
}
function sourceTag(base, defaultBase) {
  const source = normalizeSource(base);
  if (source === normalizeSource(defaultBase)) return "";
  return `mirror-${createHash2("sha256").update(source).digest("hex").slice(0, 12)}`;
}
var cacheToolName = (tool, base, defaultBase) => {
  const tag = sourceTag(base, defaultBase);
  return tag ? `${tool}-${tag}` : tool;
};
function isLoopbackUrl(url) {
  const host = new URL(url).hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// src/tools/archive-cache.ts
var TOOL_ARCHIVES_STATE = "go-xbuild-tool-archives";
var toolArchivePath = (runnerTemp, archiveName) => path.join(runnerTemp, "go-xbuild-toolchains", archiveName);
var toolArchiveKey = (tool, version, archiveName, sha256) => `go-xbuild-tool-${tool}-${version}-${archiveName}-${sha256.slice(0, 16)}`;
var ToolArchiveCache = class {
  constructor(store) {
    this.store = store;
  }
  store;
  downloaded = [];
  /** True when the archive is now at `file` and matches `sha256`. Never throws: the download is the fallback. */
  async restore(key, file, sha256) {
    try {
      const matched = await (await this.store()).restore([file], key, []);
      if (matched !== key) return false;
      const got = await sha256File(file);
      if (got.sha256 === sha256.toLowerCase()) {
        info(`Restored ${path.basename(file)} from the Actions cache (sha256 verified)`);
        return true;
      }
      warning(`the cached ${path.basename(file)} has sha256 ${got.sha256}, not ${sha256}; downloading it instead`);
      await rm(file, { force: true });
    } catch (error) {
      warning(`toolchain cache: restore of ${key} failed, downloading instead: ${redactUrls(error.message)}`);
    }
    return false;
  }
  /** A verified download for the post step to save. */
  remember(key, file) {
    this.downloaded.push({ key, file });
    saveState(TOOL_ARCHIVES_STATE, JSON.stringify(this.downloaded));
  }
};
async function saveToolArchives(raw, store) {
  for (const a of JSON.parse(raw)) {
    try {
      const id = await store.save([a.file], a.key);
      if (id !== -1) info(`toolchain cache: saved ${a.key}`);
    } catch (error) {
      warning(`toolchain cache: ${a.key} not saved: ${redactUrls(error.message)}`);
    }
  }
}

// src/plan/values.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
var CONTROL_NAMES = {
  0: "NUL",
  9: "tab",
  10: "newline",
  13: "carriage return",
  27: "escape",
  127: "DEL",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8232: "line separator",
  8233: "paragraph separator"
};
var codePoint = (c) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
function controlCharacterProblem(value) {
  const m = CONTROL.exec(value);
  if (!m) return void 0;
  const c = m[0].charCodeAt(0);
  const name = CONTROL_NAMES[c] ?? (c >= 8234 ? "a bidirectional-text control" : "a control character");
  return `${codePoint(c)} (${name}) at character ${m.index + 1}`;
}
function quoteFragment(value, max = 60) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function packagePathProblem(value) {
  if (value === "") return 'is empty; use "." for the module root or a path such as ./cmd/tool';
  const control = controlCharacterProblem(value);
  if (control) return `${quoteFragment(value)} has ${control}`;
  if (value.startsWith("-")) return `${quoteFragment(value)} starts with "-", which go would read as a flag; name a package path such as ./cmd/tool`;
  if (value.includes("\\")) return `${quoteFragment(value)} has a backslash; write the path with forward slashes (./cmd/tool), which go accepts on every OS`;
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value)) {
    return `${quoteFragment(value)} is an absolute path; give a path relative to working-directory, such as ./cmd/tool`;
  }
  if (/\s/.test(value)) return `${quoteFragment(value)} has white space; package directories with spaces cannot be built portably`;
  if (/[*?[\]{}$`'"<>|;&]/.test(value) || value.includes("...")) {
    return `${quoteFragment(value)} is a pattern or holds shell syntax; name one main package, such as ./cmd/tool`;
  }
  return void 0;
}
var WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
function nameElementProblem(element) {
  if (element === "") return "is empty";
  const control = controlCharacterProblem(element);
  if (control) return `${quoteFragment(element)} has ${control}`;
  if (element === "." || element === "..") return `${quoteFragment(element)} is not a file name`;
  if (/[/\\]/.test(element)) return `${quoteFragment(element)} has a path separator`;
  if (/[<>:"|?*]/.test(element)) return `${quoteFragment(element)} has a character that is not allowed in file names on every OS (< > : " | ? *)`;
  if (WINDOWS_DEVICE.test(element)) return `${quoteFragment(element)} is a device name on Windows (CON, PRN, AUX, NUL, COM1\u20139, LPT1\u20139, with any extension)`;
  if (/[. ]$/.test(element)) return `${quoteFragment(element)} ends with a dot or a space, which Windows drops`;
  return void 0;
}

// src/inputs-common.ts
var InputError = class extends Error {
};
function parseBoolean(read, name, fallback) {
  const raw = read(name);
  if (raw === "") return fallback;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^(false|no|off)$/i.test(raw)) return false;
  throw new InputError(`${name}: "${raw}" is not a boolean; use true or false`);
}
function parseList(raw) {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function oneOf(read, name, allowed, fallback) {
  const raw = read(name).toLowerCase();
  if (raw === "") return fallback;
  if (allowed.includes(raw)) return raw;
  throw new InputError(`${name}: "${read(name)}" is not one of ${allowed.join(", ")}`);
}
function checkUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${name}: "${redactUrls(value)}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new InputError(`${name}: "${redactUrl(value)}" must be an http(s) URL`);
}
function checkTransport(urls, allowInsecureHttp) {
  if (allowInsecureHttp) return;
  for (const { name, url } of urls) {
    if (new URL(url).protocol === "http:" && !isLoopbackUrl(url)) {
      throw new InputError(
        `${name}: ${redactUrl(url)} is plain http:// to a host that is not loopback; use https://, or set allow-insecure-http: true if this network is trusted`
      );
    }
  }
}
var INPUT_MAX_LENGTH = 1024;
var LONG_INPUTS = {
  ldflags: 8 * 1024,
  flags: 8 * 1024,
  tags: 8 * 1024,
  "smoke-test": 8 * 1024,
  "upx-args": 8 * 1024,
  targets: 8 * 1024,
  packages: 8 * 1024,
  cgo: 8 * 1024,
  "archive-files": 8 * 1024,
  "signing-key": 64 * 1024,
  "gpg-private-key": 64 * 1024,
  "musl-cross-sha256": 64 * 1024
};
function limitInputs(read) {
  return (name) => {
    const value = read(name);
    const max = LONG_INPUTS[name] ?? INPUT_MAX_LENGTH;
    if (value.length > max) {
      throw new InputError(`${name}: ${value.length} characters is more than the ${max} this input may hold; check what the workflow passes to it`);
    }
    return value;
  };
}
var SINGLE_VALUE_INPUTS = [
  "working-directory",
  "package",
  "name",
  "filename",
  "version",
  "output-dir",
  "go-version",
  "go-version-file",
  "go-download-base-url",
  "upx-download-base-url",
  "zig-download-base-url",
  "musl-cross-url",
  "fulcio-url",
  "rekor-url",
  "tsa-url",
  "archive-name",
  "checksums-name",
  "artifact-name",
  "runs-on",
  "macos-runs-on",
  "cc",
  "cxx"
];
function checkSingleValueInputs(read) {
  for (const name of SINGLE_VALUE_INPUTS) {
    const problem = controlCharacterProblem(read(name));
    if (problem) throw new InputError(`${name} has ${problem}; it is one value (a name, a path, a version or a URL) and cannot hold control or bidi characters`);
  }
}

// src/release/sign/config.ts
var DEFAULT_FULCIO_URL = "https://fulcio.sigstore.dev";
var DEFAULT_REKOR_URL = "https://rekor.sigstore.dev";
var masked = /* @__PURE__ */ new Set();
function maskSecret(value) {
  if (!value) return;
  const forms = /* @__PURE__ */ new Set([value, value.trim(), Buffer.from(value).toString("base64"), Buffer.from(value.trim()).toString("base64")]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim());
  for (const f of forms) {
    if (!f || masked.has(f)) continue;
    masked.add(f);
    setSecret(f);
  }
}
var SECRET_INPUTS = ["signing-key", "signing-password", "gpg-private-key", "gpg-passphrase", "github-token"];
function forgetSecretInputs(env) {
  for (const name of SECRET_INPUTS) delete env[`INPUT_${name.toUpperCase()}`];
}
var URL_INPUTS = ["go-download-base-url", "upx-download-base-url", "zig-download-base-url", "musl-cross-url", "fulcio-url", "rekor-url", "tsa-url"];
function maskSecretInputs(read) {
  for (const name of SECRET_INPUTS) maskSecret(read(name));
  for (const name of URL_INPUTS) {
    const raw = read(name);
    if (!raw.includes("@")) continue;
    try {
      const url = new URL(raw);
      maskSecret(url.password);
      if (url.username && url.password) maskSecret(`${url.username}:${url.password}`);
      else if (url.username) maskSecret(url.username);
      if (url.password) maskSecret(decodeURIComponent(url.password));
    } catch {
    }
  }
}
function readSignConfig(read) {
  const secrets = SECRET_INPUTS.map((n) => read(n));
  for (const s of secrets) maskSecret(s);
  const [signingKey = "", signingPassword = "", gpgPrivateKey = "", gpgPassphrase = "", githubToken = ""] = secrets;
  const raw = parseList(read("sign").toLowerCase().replace(/\s+/g, ","));
  const methods = [];
  for (const m of raw) {
    if (m === "none") continue;
    if (m !== "sigstore" && m !== "cosign" && m !== "gpg") throw new InputError(`sign: "${m}" is not one of none, sigstore, cosign, gpg`);
    if (!methods.includes(m)) methods.push(m);
  }
  if (raw.includes("none") && methods.length) throw new InputError(`sign: "none" and ${methods.join(", ")} are both given; keep one`);
  if (methods.includes("cosign") && !signingKey) throw new InputError("sign: cosign needs signing-key (a cosign key, or a PKCS#8 PEM private key) and usually signing-password");
  if (methods.includes("gpg") && !gpgPrivateKey) throw new InputError("sign: gpg needs gpg-private-key (an ASCII-armored private key) and usually gpg-passphrase");
  if (!methods.includes("cosign") && signingKey) throw new InputError("signing-key is set but sign does not include cosign; add it, or drop the key");
  if (!methods.includes("gpg") && gpgPrivateKey) throw new InputError("gpg-private-key is set but sign does not include gpg; add it, or drop the key");
  const fulcioUrl = read("fulcio-url") || DEFAULT_FULCIO_URL;
  const rekorUrl = read("rekor-url") || DEFAULT_REKOR_URL;
  const tsaUrl = read("tsa-url");
  checkUrl("fulcio-url", fulcioUrl);
  checkUrl("rekor-url", rekorUrl);
  if (tsaUrl) checkUrl("tsa-url", tsaUrl);
  return {
    methods,
    scope: oneOf(read, "sign-artifacts", ["all", "checksums-only"], "all"),
    signingKey,
    signingPassword,
    gpgPrivateKey,
    gpgPassphrase,
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    attest: parseBoolean(read, "attest", false),
    githubToken
  };
}

// src/build/go-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { readdir, readFile, rm as rm2, stat } from "node:fs/promises";
import path2 from "node:path";
var CACHE_STATE = "go-xbuild-cache";
var CACHE_SAVE_STATE = "go-xbuild-cache-save";
var KEY_VERSION = "v1";
var short = (text) => createHash3("sha256").update(text).digest("hex").slice(0, 16);
function cacheKeys(k) {
  const base = `go-xbuild-${KEY_VERSION}-${k.runnerOs}-${k.runnerArch}-go${k.goVersion}-`;
  const sums = `${k.sumsHash ? k.sumsHash.slice(0, 16) : "nosum"}-`;
  const build = short(JSON.stringify({ targets: k.targets.map((t) => `${t.canonical}:${t.cgo ? "cgo" : "nocgo"}`).sort(), tags: k.tags, flags: k.flags }));
  return { key: base + sums + build, restoreKeys: [base + sums, base] };
}
async function hashSums(moduleDir) {
  const h = createHash3("sha256");
  let any = false;
  for (const f of ["go.sum", "go.work.sum"]) {
    const text = await readFile(path2.join(moduleDir, f)).catch(() => void 0);
    if (text) {
      any = true;
      h.update(f).update("\0").update(text);
    }
  }
  return any ? h.digest("hex") : "";
}
async function goCacheDirs(go, env, goEnv = {}) {
  if (env.GOCACHE && env.GOMODCACHE) return { gocache: env.GOCACHE, gomodcache: env.GOMODCACHE };
  const out = await runChecked({ kind: "go", file: go, args: ["env", "GOCACHE", "GOMODCACHE"], env: goEnv }, "go env");
  const [gocache = "", gomodcache = ""] = out.stdout.trim().split("\n");
  return { gocache: env.GOCACHE || gocache, gomodcache: env.GOMODCACHE || gomodcache };
}
async function restoreGoCache(ctx, store) {
  const go = ctx.go;
  if (!go) throw new Error("Go is not installed");
  const env = { ...process.env, ...ctx.goEnv };
  const { gocache, gomodcache } = await goCacheDirs(go.go, env, ctx.goEnv);
  ctx.goEnv.GOCACHE = gocache;
  ctx.goEnv.GOMODCACHE = gomodcache;
  const paths = [gocache, path2.join(gomodcache, "cache", "download"), ...ctx.cacheExtraPaths];
  const { key, restoreKeys } = cacheKeys({
    runnerOs: process.env.RUNNER_OS || process.platform,
    runnerArch: process.env.RUNNER_ARCH || process.arch,
    goVersion: go.version,
    sumsHash: await hashSums(ctx.project.moduleDir),
    targets: ctx.plans.map((p) => ({ canonical: p.canonical, cgo: p.cgo })),
    tags: ctx.config.tags,
    flags: [...ctx.config.flags, ...ctx.cacheKeyExtra]
  });
  let matched;
  try {
    matched = await store.restore(paths, key, restoreKeys);
  } catch (error) {
    warning(`cache: restore failed, building without it: ${error.message}`);
  }
  const hit = matched === key;
  ctx.outputs["cache-hit"] = String(hit);
  info(matched ? `cache: restored ${matched}${hit ? "" : ` (a fallback for ${key})`}` : `cache: no entry for ${key}`);
  const state = { key, paths, gocache, hit, buildStart: Date.now() };
  saveState(CACHE_STATE, JSON.stringify(state));
}
async function trimUnused(gocache, buildStart) {
  const cutoff = buildStart - 36e5;
  let removed = 0;
  let kept = 0;
  for (const dir of await readdir(gocache).catch(() => [])) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const f of await readdir(path2.join(gocache, dir))) {
      const file = path2.join(gocache, dir, f);
      const s = await stat(file).catch(() => void 0);
      if (!s) continue;
      if (s.mtimeMs < cutoff) {
        await rm2(file, { force: true });
        removed++;
      } else kept++;
    }
  }
  return { removed, kept };
}
async function saveGoCache(state, store) {
  if (state.hit) {
    info(`cache: ${state.key} was restored exactly; nothing to save`);
    return;
  }
  const trimmed = await trimUnused(state.gocache, state.buildStart);
  info(`cache: kept ${trimmed.kept} build cache entries, dropped ${trimmed.removed} this build did not use`);
  const id = await store.save(state.paths, state.key);
  if (id === -1) warning(`cache: ${state.key} was not saved (see the messages above)`);
  else info(`cache: saved ${state.key}`);
}

export {
  controlCharacterProblem,
  quoteFragment,
  packagePathProblem,
  nameElementProblem,
  byCodeUnit,
  hashTap,
  sha256File,
  formatSha256Sums,
  redactUrl,
  redactUrls,
  urlUnder,
  sourceTag,
  cacheToolName,
  TOOL_ARCHIVES_STATE,
  toolArchivePath,
  toolArchiveKey,
  ToolArchiveCache,
  saveToolArchives,
  InputError,
  parseBoolean,
  parseList,
  oneOf,
  checkUrl,
  checkTransport,
  limitInputs,
  checkSingleValueInputs,
  forgetSecretInputs,
  maskSecretInputs,
  readSignConfig,
  CACHE_STATE,
  CACHE_SAVE_STATE,
  goCacheDirs,
  restoreGoCache,
  saveGoCache
};
