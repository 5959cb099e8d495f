import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
} from "./chunk-6JATO3O5.js";
import "./chunk-7THEUNEW.js";
import "./chunk-J7MIK65S.js";
import "./chunk-QCCCTGFY.js";
import "./chunk-XMSIICWX.js";
export {
  GpgError,
  gpgSocketPathLength,
  openGpgSigner,
  runnerGpg
};
