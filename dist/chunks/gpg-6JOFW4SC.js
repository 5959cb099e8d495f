import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
} from "./chunk-TRRDWEST.js";
import "./chunk-NK3RWWLL.js";
import "./chunk-SLUNUCYX.js";
import "./chunk-Y4RWUF4Y.js";
import "./chunk-XMSIICWX.js";
export {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
};
