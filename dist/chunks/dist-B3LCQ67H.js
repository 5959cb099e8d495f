import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-UUUW2NHW.js";
import "./chunk-XMSIICWX.js";
export default require_dist();
