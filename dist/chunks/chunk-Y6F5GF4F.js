import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  getExecOutput,
  info,
  saveState,
  warning
} from "./chunk-HMPMXWJZ.js";

// src/build/go-cache.ts
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
var CACHE_STATE = "go-xbuild-cache";
var CACHE_SAVE_STATE = "go-xbuild-cache-save";
var KEY_VERSION = "v1";
var short = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
function cacheKeys(k) {
  const base = `go-xbuild-${KEY_VERSION}-${k.runnerOs}-${k.runnerArch}-go${k.goVersion}-`;
  const sums = `${k.sumsHash ? k.sumsHash.slice(0, 16) : "nosum"}-`;
  const build = short(JSON.stringify({ targets: k.targets.map((t) => `${t.canonical}:${t.cgo ? "cgo" : "nocgo"}`).sort(), tags: k.tags, flags: k.flags }));
  return { key: base + sums + build, restoreKeys: [base + sums, base] };
}
async function hashSums(moduleDir) {
  const h = createHash("sha256");
  let any = false;
  for (const f of ["go.sum", "go.work.sum"]) {
    const text = await readFile(path.join(moduleDir, f)).catch(() => void 0);
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
  const paths = [gocache, path.join(gomodcache, "cache", "download")];
  const { key, restoreKeys } = cacheKeys({
    runnerOs: process.env.RUNNER_OS || process.platform,
    runnerArch: process.env.RUNNER_ARCH || process.arch,
    goVersion: go.version,
    sumsHash: await hashSums(ctx.project.moduleDir),
    targets: ctx.plans.map((p) => ({ canonical: p.canonical, cgo: p.cgo })),
    tags: ctx.config.tags,
    flags: ctx.config.flags
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
    for (const f of await readdir(path.join(gocache, dir))) {
      const file = path.join(gocache, dir, f);
      const s = await stat(file).catch(() => void 0);
      if (!s) continue;
      if (s.mtimeMs < cutoff) {
        await rm(file, { force: true });
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
  CACHE_STATE,
  CACHE_SAVE_STATE,
  restoreGoCache,
  saveGoCache
};
