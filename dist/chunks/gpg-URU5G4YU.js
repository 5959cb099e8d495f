import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
} from "./chunk-VEHG5S2D.js";
import "./chunk-M7ZBVOHY.js";
import "./chunk-Y4RWUF4Y.js";
import "./chunk-SLUNUCYX.js";
import "./chunk-XMSIICWX.js";
export {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
};
