import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  recordLeftover,
  removeGnupgHome
} from "./chunk-7THEUNEW.js";
import {
  which
} from "./chunk-J7MIK65S.js";
import {
  registerCleanup,
  runProcess
} from "./chunk-QCCCTGFY.js";

// src/release/sign/gpg.ts
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";

// src/release/sign/gpg-windows.ts
var INSTALL_GPG4WIN = "install Gpg4win (https://gpg4win.org; on a hosted runner: choco install gpg4win) and put its bin directory first on PATH";
function toMsysPath(windowsPath) {
  let p = windowsPath;
  if (/^\\\\\?\\[A-Za-z]:[\\/]/.test(p)) p = p.slice(4);
  const drive = /^([A-Za-z]):[\\/](.*)$/.exec(p);
  if (drive) {
    const rest = drive[2].replace(/\\/g, "/").replace(/\/+$/, "");
    return `/${drive[1].toLowerCase()}${rest ? `/${rest}` : ""}`;
  }
  const unc = /^\\\\([^\\/?]+)\\([^\\/]+)((?:\\.*)?)$/.exec(p);
  if (unc) return `//${unc[1]}/${unc[2]}${unc[3].replace(/\\/g, "/").replace(/\/+$/, "")}`;
  return void 0;
}
function isMsysGpg(gpgPath, versionOutput) {
  if (/[\\/]Git[\\/]usr[\\/]bin[\\/]gpg(?:\.exe)?$/i.test(gpgPath)) return true;
  const home = /^Home:\s*(\S.*)$/m.exec(versionOutput)?.[1]?.trim();
  return home !== void 0 && /^[/~]/.test(home);
}
var GpgSetupError = class extends Error {
};
function decideWindowsGpg(found, sampleHome) {
  if (!found.gpg) throw new GpgSetupError(`sign: gpg is not on PATH on this Windows runner; ${INSTALL_GPG4WIN}`);
  if (found.versionOutput === void 0) {
    throw new GpgSetupError(`sign: ${found.gpg} --version failed${found.versionError ? ` (${found.versionError})` : ""}; ${INSTALL_GPG4WIN}`);
  }
  const dir = found.gpg.replace(/[\\/][^\\/]*$/, "");
  const gpgconf = `${dir}${found.gpg.includes("\\") ? "\\" : "/"}gpgconf${/\.exe$/i.test(found.gpg) ? ".exe" : ""}`;
  if (!isMsysGpg(found.gpg, found.versionOutput)) return { gpg: found.gpg, gpgconf, homeArg: (h) => h, flavor: "native" };
  if (toMsysPath(sampleHome) === void 0) {
    throw new GpgSetupError(`sign: ${found.gpg} is Git for Windows' MSYS gpg, which cannot use a home at ${sampleHome} (RUNNER_TEMP); ${INSTALL_GPG4WIN}`);
  }
  return {
    gpg: found.gpg,
    gpgconf,
    homeArg: (h) => {
      const posix = toMsysPath(h);
      if (posix === void 0) throw new GpgSetupError(`sign: the MSYS gpg at ${found.gpg} cannot use the home ${h}; ${INSTALL_GPG4WIN}`);
      return posix;
    },
    flavor: "msys"
  };
}
async function findGpg(platform, sampleHome, lookup) {
  if (platform !== "win32") return { gpg: "gpg", gpgconf: "gpgconf", homeArg: (h) => h, flavor: "native" };
  const gpg2 = await lookup.which("gpg");
  const v = gpg2 ? await lookup.version(gpg2) : void 0;
  return decideWindowsGpg(
    { gpg: gpg2, ...v && "stdout" in v ? { versionOutput: v.stdout } : {}, ...v && "error" in v ? { versionError: v.error } : {} },
    sampleHome
  );
}

// src/release/sign/gpg.ts
var GpgError = class extends Error {
};
async function gpg(program, home, args, input) {
  const h = program.homeArg(home);
  const r = await runProcess({ kind: "gpg", file: program.gpg, args: ["--homedir", h, "--batch", "--no-tty", ...args], env: { GNUPGHOME: h }, input });
  if (r.spawnError) throw new GpgError(`sign: gpg needs GnuPG (gpg and gpgconf) on PATH: ${r.spawnError}`);
  return { code: r.exitCode, out: r.stdout, err: r.stderr };
}
async function runnerGpg(runnerTemp, platform = process.platform) {
  try {
    return await findGpg(platform, path.join(path.resolve(runnerTemp), `${HOME_PREFIX}${"x".repeat(HOME_SUFFIX)}`), {
      which: async (name) => await which(name, false) || void 0,
      version: async (file) => {
        const r = await runProcess({ kind: "gpg", file, args: ["--version"], timeoutMs: 3e4 });
        return r.exitCode === 0 ? { stdout: r.stdout } : { error: r.spawnError ?? `exit ${r.exitCode}: ${lastLine(r.stderr)}` };
      }
    });
  } catch (error) {
    throw new GpgError(error.message, { cause: error });
  }
}
var HOME_PREFIX = "g";
var HOME_SUFFIX = 6;
var LONGEST_SOCKET = "S.gpg-agent.browser";
var SOCKET_PATH_MAX = process.platform === "darwin" ? 103 : 107;
var gpgSocketPathLength = (runnerTemp) => Buffer.byteLength(path.join(path.resolve(runnerTemp), `${HOME_PREFIX}${"x".repeat(HOME_SUFFIX)}`, LONGEST_SOCKET));
async function makeHome(runnerTemp) {
  const need = gpgSocketPathLength(runnerTemp);
  if (need > SOCKET_PATH_MAX) {
    throw new GpgError(
      `sign: gpg cannot work under RUNNER_TEMP=${runnerTemp}: its agent's socket would be ${need} bytes long, over the ${SOCKET_PATH_MAX} a unix socket path allows; run the job with a RUNNER_TEMP of at most ${SOCKET_PATH_MAX - (need - Buffer.byteLength(path.resolve(runnerTemp)))} bytes (a shorter runner work directory)`
    );
  }
  await mkdir(runnerTemp, { recursive: true });
  return mkdtemp(path.join(path.resolve(runnerTemp), HOME_PREFIX));
}
async function openGpgSigner(armoredKey, passphrase, runnerTemp, program) {
  const prog = program ?? await runnerGpg(runnerTemp);
  const home = await makeHome(runnerTemp);
  const forget = recordLeftover("gnupgHomes", home);
  let unregister = () => void 0;
  let closing;
  const close = () => closing ??= (async () => {
    unregister();
    await removeGnupgHome(home, prog);
    forget();
  })();
  unregister = registerCleanup(`GNUPGHOME ${home}`, close);
  try {
    await writeFile(path.join(home, "gpg-agent.conf"), "allow-loopback-pinentry\n", { mode: 384 });
    const imported = await gpg(prog, home, ["--import", "--import-options", "import-show", "--with-colons"], armoredKey);
    if (imported.code !== 0) throw new GpgError(`gpg-private-key cannot be imported: ${lastLine(imported.err)}`);
    const secret = await gpg(prog, home, ["--list-secret-keys", "--with-colons", "--with-fingerprint"]);
    const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(secret.out)?.[1];
    if (!fpr) throw new GpgError("gpg-private-key holds no secret key (is it the public key?)");
    const signer = {
      fingerprint: fpr,
      async sign(file) {
        const out = `${file}.asc`;
        const r = await gpg(
          prog,
          home,
          ["--pinentry-mode", "loopback", "--passphrase-fd", "0", "--local-user", fpr, "--armor", "--detach-sign", "--yes", "--output", out, file],
          passphrase
        );
        if (r.code !== 0) {
          throw new GpgError(/bad passphrase|no passphrase/i.test(r.err) ? "gpg-passphrase does not unlock gpg-private-key" : `gpg could not sign ${path.basename(file)}: ${lastLine(r.err)}`);
        }
        return out;
      },
      close
    };
    return signer;
  } catch (error) {
    await close();
    throw error;
  }
}
var lastLine = (text) => text.trim().split("\n").filter((l) => !/^gpg: (WARNING|directory|keybox|key .* public key)/.test(l)).pop() ?? "no output";

export {
  GpgError,
  runnerGpg,
  gpgSocketPathLength,
  openGpgSigner
};
