import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  openCacheStore
} from "./chunks/chunk-5OLTW653.js";
import {
  CACHE_SAVE_STATE,
  CACHE_STATE,
  TOOL_ARCHIVES_STATE,
  forgetSecretInputs,
  saveGoCache,
  saveToolArchives
} from "./chunks/chunk-ARL5P5BS.js";
import {
  LEFTOVERS_STATE,
  cleanLeftovers,
  parseLeftovers
} from "./chunks/chunk-7THEUNEW.js";
import {
  debug,
  getState,
  info,
  warning
} from "./chunks/chunk-J7MIK65S.js";
import "./chunks/chunk-QCCCTGFY.js";
import "./chunks/chunk-XMSIICWX.js";

// src/post.ts
import os from "node:os";
async function cleanup() {
  forgetSecretInputs(process.env);
  try {
    const left = parseLeftovers(getState(LEFTOVERS_STATE));
    const temp = process.env.RUNNER_TEMP || os.tmpdir();
    const gpgFor = async () => (await import("./chunks/gpg-FYPIXFGN.js")).runnerGpg(temp);
    await cleanLeftovers(left, temp, (m) => info(m), gpgFor);
  } catch (error) {
    warning(`cleanup: ${error.message}`);
  }
}
async function post() {
  await cleanup();
  try {
    const archives = getState(TOOL_ARCHIVES_STATE);
    const goCache = getState(CACHE_STATE);
    if (!archives && !goCache) return debug("go-xbuild post: no cache was used");
    const store = await openCacheStore();
    if (archives) await saveToolArchives(archives, store);
    if (!goCache) return;
    if (getState(CACHE_SAVE_STATE) !== "true") return info("cache: the build did not succeed, so the cache is not saved");
    await saveGoCache(JSON.parse(goCache), store);
  } catch (error) {
    warning(`cache: not saved: ${error.message}`);
  }
}
await post();
export {
  cleanup,
  post
};
