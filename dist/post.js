import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  CACHE_SAVE_STATE,
  CACHE_STATE,
  TOOL_ARCHIVES_STATE,
  saveGoCache,
  saveToolArchives
} from "./chunks/chunk-X7KDURND.js";
import {
  debug,
  getState,
  info,
  warning
} from "./chunks/chunk-5EL3QGGR.js";
import {
  openCacheStore
} from "./chunks/chunk-C3LXRWQI.js";
import "./chunks/chunk-XMSIICWX.js";

// src/post.ts
async function post() {
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
  post
};
