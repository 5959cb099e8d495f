import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  saveState
} from "./chunk-J7MIK65S.js";
import {
  runProcess
} from "./chunk-QCCCTGFY.js";

// src/proc/leftovers.ts
import { stat } from "node:fs/promises";

// src/fs-retry.ts
import * as fsp from "node:fs/promises";
var TRANSIENT_WINDOWS_CODES = /* @__PURE__ */ new Set(["EBUSY", "EPERM", "EACCES"]);
var DEFAULT_DELAYS_MS = [50, 100, 200, 400, 800, 1600];
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isTransientFsError(error, platform) {
  const code = error?.code;
  return platform === "win32" && typeof code === "string" && TRANSIENT_WINDOWS_CODES.has(code);
}
async function retryFs(what, op, opts = {}) {
  const platform = opts.platform ?? process.platform;
  const delays = opts.delaysMs ?? DEFAULT_DELAYS_MS;
  const sleep = opts.sleep ?? realSleep;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (!isTransientFsError(error, platform)) throw error;
      const delay = delays[attempt];
      const code = error.code;
      if (delay === void 0) {
        throw new Error(
          `${what}: ${error.message} (still ${code} after ${attempt + 1} tries over ${(waited / 1e3).toFixed(1)} s; another process \u2014 often anti-virus or the search indexer \u2014 holds the file)`,
          { cause: error }
        );
      }
      opts.log?.(`${what}: ${code}, trying again in ${delay} ms (a file may be held by anti-virus)`);
      await sleep(delay);
      waited += delay;
    }
  }
}
function retryingFileOps(opts = {}, fs = fsp) {
  return {
    rename: (from, to) => retryFs(`rename ${from} to ${to}`, () => fs.rename(from, to), opts),
    rm: (target, o) => retryFs(`remove ${target}`, () => fs.rm(target, o), opts),
    cp: (from, to, o) => retryFs(`copy ${from} to ${to}`, () => fs.cp(from, to, o), opts)
  };
}
var fileOps = retryingFileOps();

// src/proc/leftovers.ts
import path from "node:path";
var LEFTOVERS_STATE = "go-xbuild-leftovers";
var recorded = { gnupgHomes: [], dirs: [] };
function save() {
  saveState(LEFTOVERS_STATE, JSON.stringify(recorded));
}
function recordLeftover(kind, dir) {
  if (!recorded[kind].includes(dir)) recorded[kind].push(dir);
  save();
  return () => {
    const i = recorded[kind].indexOf(dir);
    if (i < 0) return;
    recorded[kind].splice(i, 1);
    save();
  };
}
async function removeGnupgHome(home, gpg = { gpgconf: "gpgconf", homeArg: (h) => h }) {
  if (await stat(home).catch(() => void 0)) {
    const h = gpg.homeArg(home);
    await runProcess({ kind: "gpg", file: gpg.gpgconf, args: ["--homedir", h, "--kill", "all"], env: { GNUPGHOME: h }, duringCleanup: true, timeoutMs: 1e4 });
  }
  await fileOps.rm(home, { recursive: true, force: true });
}
var inside = (dir, root) => {
  const rel = path.relative(path.resolve(root), path.resolve(dir));
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
};
function parseLeftovers(text) {
  if (!text) return { gnupgHomes: [], dirs: [] };
  const raw = JSON.parse(text);
  const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  return { gnupgHomes: strings(raw.gnupgHomes), dirs: strings(raw.dirs) };
}
async function cleanLeftovers(left, runnerTemp, log, gpgFor = async () => void 0) {
  let program = null;
  for (const home of left.gnupgHomes) {
    if (!inside(home, runnerTemp)) {
      log(`cleanup: ${home} is not inside RUNNER_TEMP; left alone`);
      continue;
    }
    if (await stat(home).catch(() => void 0)) {
      if (program === null) program = await gpgFor().catch(() => void 0);
      await removeGnupgHome(home, program);
      log(`cleanup: stopped the gpg-agent of ${home} and removed it`);
    }
  }
  for (const dir of left.dirs) {
    if (!inside(dir, runnerTemp)) {
      log(`cleanup: ${dir} is not inside RUNNER_TEMP; left alone`);
      continue;
    }
    if (await stat(dir).catch(() => void 0)) {
      await fileOps.rm(dir, { recursive: true, force: true });
      log(`cleanup: removed ${dir}`);
    }
  }
}

export {
  fileOps,
  LEFTOVERS_STATE,
  recordLeftover,
  removeGnupgHome,
  parseLeftovers,
  cleanLeftovers
};
