import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);

// src/services/cache.ts
async function openCacheStore() {
  const cache = await import("./cache-K3YF5ZVM.js");
  return {
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: (paths, key) => cache.saveCache(paths, key),
    available: async () => cache.isFeatureAvailable()
  };
}

export {
  openCacheStore
};
