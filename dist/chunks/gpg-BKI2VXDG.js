import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
} from "./chunk-DTGWDQBX.js";
import "./chunk-DCWZ2OAE.js";
import "./chunk-SLUNUCYX.js";
import "./chunk-XMSIICWX.js";
export {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
};
