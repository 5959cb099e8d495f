import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
} from "./chunk-WNT6UWT7.js";
import "./chunk-L5H7MWAA.js";
import "./chunk-QCCCTGFY.js";
import "./chunk-SLUNUCYX.js";
import "./chunk-XMSIICWX.js";
export {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
};
