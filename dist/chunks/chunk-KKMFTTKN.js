import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);

// src/services/github-retry.ts
var MAX_WAIT_SECONDS = 600;
var RETRIES = 4;
var WAIT_SCALE_ENV = "GO_XBUILD_TEST_GITHUB_WAIT_SCALE";
function waitScale(env) {
  const raw = env[WAIT_SCALE_ENV];
  const scale = raw === void 0 || raw === "" ? 1 : Number(raw);
  return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : 1;
}
function classifyFailure(f, attempt, nowMs = Date.now()) {
  const header = (name) => {
    const v = f.headers?.[name];
    return v === void 0 ? void 0 : String(v);
  };
  const backoff = (attempt + 1) ** 2;
  if (f.status === void 0 || f.status === 0) return { retry: true, kind: "network", waitSeconds: backoff };
  if (f.status === 403 || f.status === 429) {
    const retryAfter = Number(header("retry-after"));
    if (/secondary rate/i.test(f.message ?? "") || header("retry-after") !== void 0 && Number.isFinite(retryAfter)) {
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60;
      return wait <= MAX_WAIT_SECONDS ? { retry: true, kind: "secondary-rate-limit", waitSeconds: wait } : { retry: false, kind: "rate-limit-too-long", waitSeconds: wait };
    }
    if (header("x-ratelimit-remaining") === "0") {
      const reset = Number(header("x-ratelimit-reset"));
      const wait = Number.isFinite(reset) ? Math.max(0, Math.ceil((reset * 1e3 - nowMs) / 1e3) + 1) : 60;
      return wait <= MAX_WAIT_SECONDS ? { retry: true, kind: "rate-limit", waitSeconds: wait } : { retry: false, kind: "rate-limit-too-long", waitSeconds: wait };
    }
    if (f.status === 429) return { retry: true, kind: "rate-limit", waitSeconds: backoff };
    return { retry: false, kind: "client" };
  }
  if (f.status >= 500) return { retry: true, kind: "server", waitSeconds: backoff };
  return { retry: false, kind: "client" };
}
function failureFacts(error) {
  const e = error;
  return { status: typeof e.status === "number" ? e.status : void 0, headers: e.response?.headers, message: e.message };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export {
  MAX_WAIT_SECONDS,
  RETRIES,
  WAIT_SCALE_ENV,
  waitScale,
  classifyFailure,
  failureFacts,
  sleep
};
