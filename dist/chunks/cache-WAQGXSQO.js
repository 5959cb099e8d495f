import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  openCacheStore
} from "./chunk-5OLTW653.js";
import "./chunk-XMSIICWX.js";
export {
  openCacheStore
};
