import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  openCacheStore
} from "./chunk-XPCH5US3.js";
import "./chunk-A7AWD4RW.js";
export {
  openCacheStore
};
