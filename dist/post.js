import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  CACHE_SAVE_STATE,
  CACHE_STATE,
  saveGoCache
} from "./chunks/chunk-Y6F5GF4F.js";
import {
  openCacheStore
} from "./chunks/chunk-XPCH5US3.js";
import {
  debug,
  getState,
  info,
  warning
} from "./chunks/chunk-HMPMXWJZ.js";
import "./chunks/chunk-A7AWD4RW.js";

// src/post.ts
async function post() {
  try {
    const raw = getState(CACHE_STATE);
    if (!raw) return debug("go-xbuild post: the cache was not used");
    if (getState(CACHE_SAVE_STATE) !== "true") {
      return info("cache: the build did not succeed, so the cache is not saved");
    }
    await saveGoCache(JSON.parse(raw), await openCacheStore());
  } catch (error) {
    warning(`cache: not saved: ${error.message}`);
  }
}
await post();
export {
  post
};
