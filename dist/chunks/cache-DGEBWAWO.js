import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  openCacheStore
} from "./chunk-7DQRTB3F.js";
import "./chunk-XMSIICWX.js";
export {
  openCacheStore
};
