import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  getExecOutput,
  info,
  saveState,
  warning
} from "./chunk-5EL3QGGR.js";

// src/tools/archive-cache.ts
import { rm } from "node:fs/promises";
import path from "node:path";

// src/release/checksums.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
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
async function sha256File(file) {
  const hash = createHash("sha256");
  let size = 0;
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), async function* (source) {
    for await (const chunk of source) {
      hash.update(chunk);
      size += chunk.length;
    }
    yield* [];
  });
  return { sha256: hash.digest("hex"), size };
}
function formatSha256Sums(entries) {
  const sorted = [...entries].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const e of sorted) {
    if (/[\n\\]/.test(e.file)) throw new Error(`cannot list "${e.file}" in SHA256SUMS: newlines and backslashes need escaping coreutils readers disagree on`);
  }
  return sorted.map((e) => `${e.sha256}  ${e.file}
`).join("");
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
      warning(`toolchain cache: restore of ${key} failed, downloading instead: ${error.message}`);
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
      warning(`toolchain cache: ${a.key} not saved: ${error.message}`);
    }
  }
}

// src/build/go-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir, readFile, rm as rm2, stat } from "node:fs/promises";
import path2 from "node:path";
var CACHE_STATE = "go-xbuild-cache";
var CACHE_SAVE_STATE = "go-xbuild-cache-save";
var KEY_VERSION = "v1";
var short = (text) => createHash2("sha256").update(text).digest("hex").slice(0, 16);
function cacheKeys(k) {
  const base = `go-xbuild-${KEY_VERSION}-${k.runnerOs}-${k.runnerArch}-go${k.goVersion}-`;
  const sums = `${k.sumsHash ? k.sumsHash.slice(0, 16) : "nosum"}-`;
  const build = short(JSON.stringify({ targets: k.targets.map((t) => `${t.canonical}:${t.cgo ? "cgo" : "nocgo"}`).sort(), tags: k.tags, flags: k.flags }));
  return { key: base + sums + build, restoreKeys: [base + sums, base] };
}
async function hashSums(moduleDir) {
  const h = createHash2("sha256");
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
async function goCacheDirs(go, env) {
  if (env.GOCACHE && env.GOMODCACHE) return { gocache: env.GOCACHE, gomodcache: env.GOMODCACHE };
  const out = await getExecOutput(go, ["env", "GOCACHE", "GOMODCACHE"], { silent: true, env });
  const [gocache = "", gomodcache = ""] = out.stdout.trim().split("\n");
  return { gocache: env.GOCACHE || gocache, gomodcache: env.GOMODCACHE || gomodcache };
}
async function restoreGoCache(ctx, store) {
  const go = ctx.go;
  if (!go) throw new Error("Go is not installed");
  const env = { ...process.env, ...ctx.goEnv };
  const { gocache, gomodcache } = await goCacheDirs(go.go, env);
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
  hashTap,
  sha256File,
  formatSha256Sums,
  TOOL_ARCHIVES_STATE,
  toolArchivePath,
  toolArchiveKey,
  ToolArchiveCache,
  saveToolArchives,
  CACHE_STATE,
  CACHE_SAVE_STATE,
  restoreGoCache,
  saveGoCache
};
