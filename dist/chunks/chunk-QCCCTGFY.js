import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);

// src/proc/lifecycle.ts
var CancelledError = class extends Error {
  constructor(signal) {
    super(`go-xbuild was cancelled (${signal})`);
    this.signal = signal;
  }
  signal;
};
var children = /* @__PURE__ */ new Set();
var cleanups = [];
var cancelledBy;
var running;
var cancelled = () => cancelledBy;
function throwIfCancelled() {
  if (cancelledBy) throw new CancelledError(cancelledBy);
}
function registerCleanup(name, run) {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}
function runCleanups() {
  running ??= (async () => {
    const failures = [];
    while (cleanups.length) {
      const entry = cleanups.pop();
      await entry.run().catch((e) => failures.push(`${entry.name}: ${e.message}`));
    }
    running = void 0;
    return failures;
  })();
  return running;
}
function trackChild(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.once("error", () => children.delete(child));
}
function signalChild(child, signal) {
  if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform !== "win32") process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
    }
  }
}
async function stopChildren(signal, graceMs) {
  const live = [...children];
  for (const c of live) signalChild(c, signal);
  const deadline = Date.now() + graceMs;
  while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const left = children.size;
  for (const c of [...children]) signalChild(c, "SIGKILL");
  const hard = Date.now() + 1e3;
  while (children.size && Date.now() < hard) await new Promise((r) => setTimeout(r, 20));
  return left;
}
function handleCancellation(h) {
  let stopping;
  const handler = (signal) => {
    if (stopping) {
      for (const c of [...children]) signalChild(c, "SIGKILL");
      return;
    }
    cancelledBy = signal;
    h.onSignal(signal);
    stopping = (async () => {
      await stopChildren("SIGTERM", h.graceMs);
      const failures = await runCleanups();
      h.onDone(signal, failures);
    })();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

// src/proc/run.ts
import { spawn } from "node:child_process";

// src/proc/env.ts
var BASE = ["PATH", "HOME", "TMPDIR", "TMP", "TEMP", "RUNNER_TRACKING_ID"];
var WINDOWS = [
  "SystemRoot",
  "SystemDrive",
  "windir",
  "ComSpec",
  "PATHEXT",
  "USERPROFILE",
  "LOCALAPPDATA",
  "APPDATA",
  "ProgramData",
  "ProgramFiles",
  "ProgramFiles(x86)",
  "ProgramW6432",
  "CommonProgramFiles",
  "HOMEDRIVE",
  "HOMEPATH",
  "USERNAME",
  "NUMBER_OF_PROCESSORS",
  "PROCESSOR_ARCHITECTURE"
];
var PROXY = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "no_proxy", "all_proxy"];
var GO = [
  "GOPROXY",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOSUMDB",
  "GOINSECURE",
  "GOAUTH",
  "GOVCS",
  "GOPATH",
  "GOCACHE",
  "GOMODCACHE",
  "GOTMPDIR",
  "GOGC",
  "GOMEMLIMIT",
  "GOMAXPROCS",
  "SSH_AUTH_SOCK",
  "GIT_SSH_COMMAND",
  "GOFLAGS",
  "GOEXPERIMENT"
];
var BYTE_CHANGING_GO_ENV = ["GOFLAGS", "GOEXPERIMENT"];
var FIXED = {
  // GOENV=off: a go.env in the user's config directory cannot inject settings behind the
  // manifest's back (GOROOT's own go.env, the toolchain's defaults, is still read)
  go: { GOENV: "off" },
  // output we parse (versions, refusals, gpg's status lines) in one language
  tool: { LC_ALL: "C" },
  gpg: { LC_ALL: "C" },
  // never prompt for anything, and never write .git/index.lock: git only reads facts here
  git: { LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
  binary: { LANG: "C", LC_ALL: "C" }
};
var ALLOWED = {
  go: [...BASE, ...PROXY, ...GO],
  // upx, zig, cc --version, tar: nothing but a place to run
  tool: [...BASE],
  // gpg/gpgconf get their home through --homedir (and GNUPGHOME, set by the caller)
  gpg: [...BASE],
  // HOME and XDG_CONFIG_HOME for the user's own git config (safe.directory lives there)
  git: [...BASE, "XDG_CONFIG_HOME"],
  binary: [...BASE]
};
var SECRET_SHAPED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /TOKEN/i,
  /SECRET/i,
  /PASSW(OR)?D/i,
  /PASSPHRASE/i,
  /PRIVATE_?KEY/i,
  /CREDENTIAL/i,
  /ASKPASS/i,
  /(^|_)AUTH_?(HEADER|KEY)/i,
  /(^|_)API_?KEY/i,
  /COOKIE/i
];
function isSecretShaped(name) {
  return SECRET_SHAPED.some((re) => re.test(name));
}
function inherits(kind, name, platform = process.platform) {
  if (isSecretShaped(name)) return false;
  const allowed = platform === "win32" ? [...ALLOWED[kind], ...WINDOWS] : ALLOWED[kind];
  return platform === "win32" ? allowed.some((a) => a.toUpperCase() === name.toUpperCase()) : allowed.includes(name);
}
function childEnv(req) {
  const platform = req.platform ?? process.platform;
  const secrets = (req.secrets ?? []).filter((s) => s.length >= 4);
  const env = {};
  for (const [name, value] of Object.entries(req.source)) {
    if (value === void 0 || !inherits(req.kind, name, platform)) continue;
    if (secrets.some((s) => value.includes(s))) continue;
    env[name] = value;
  }
  return { ...env, ...FIXED[req.kind], ...req.extra };
}
function byteChangingGoEnv(source) {
  const out = {};
  for (const name of BYTE_CHANGING_GO_ENV) if (source[name]) out[name] = source[name];
  return out;
}

// src/proc/run.ts
var secretValues = [];
function rememberSecrets(values) {
  secretValues = [.../* @__PURE__ */ new Set([...secretValues, ...values.filter((v) => !!v)])];
}
var environmentFor = (req, source = process.env) => childEnv({ kind: req.kind, source, extra: req.env, secrets: secretValues });
function runProcess(req) {
  const why = cancelled();
  if (why && !req.duringCleanup) return Promise.reject(new CancelledError(why));
  const started = Date.now();
  const max = req.maxBuffer ?? 16 << 20;
  return new Promise((resolve) => {
    const child = spawn(req.file, req.args, {
      cwd: req.cwd,
      env: environmentFor(req),
      stdio: ["pipe", "pipe", "pipe"],
      // its own process group, so a cancel can signal go with its compile/link children
      detached: process.platform !== "win32",
      windowsHide: true,
      shell: false
    });
    trackChild(child);
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    child.stdout?.on("data", (d) => {
      if (outLen < max) out.push(d);
      outLen += d.length;
    });
    child.stderr?.on("data", (d) => {
      if (errLen < max) err.push(d);
      errLen += d.length;
    });
    let timedOut = false;
    const timer = req.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      kill(child.pid, "SIGKILL");
    }, req.timeoutMs) : void 0;
    let spawnError;
    let spawnErrorCode;
    child.once("error", (e) => {
      spawnError = `${req.file}: ${e.code === "ENOENT" ? "not found" : e.message}`;
      spawnErrorCode = typeof e.code === "string" ? e.code : "UNKNOWN";
    });
    child.stdin?.on("error", () => void 0);
    if (req.input !== void 0) child.stdin?.end(req.input);
    else child.stdin?.end();
    child.once("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      resolve({
        exitCode: spawnError ? -1 : code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: spawnError ? `${stderr}${stderr && !stderr.endsWith("\n") ? "\n" : ""}${spawnError}` : stderr,
        ...signal ? { signal } : {},
        ...timedOut ? { timedOut: true } : {},
        ...spawnError ? { spawnError, ...spawnErrorCode ? { spawnErrorCode } : {} } : {},
        ms: Date.now() - started
      });
    });
  });
}
function kill(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
  }
}
var ProcessError = class extends Error {
};
async function runChecked(req, what = req.file) {
  const r = await runProcess(req);
  if (r.exitCode !== 0 || r.signal) {
    const status = r.spawnError ? "could not start" : r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}`;
    throw new ProcessError(`${what} failed (${status}):
${tail(r.stderr || r.stdout)}`);
  }
  return r;
}
function tail(text, lines = 15) {
  const all = text.trimEnd().split("\n");
  return (all.length > lines ? ["\u2026", ...all.slice(-lines)] : all).join("\n");
}

export {
  CancelledError,
  cancelled,
  throwIfCancelled,
  registerCleanup,
  runCleanups,
  handleCancellation,
  byteChangingGoEnv,
  rememberSecrets,
  runProcess,
  runChecked,
  tail
};
