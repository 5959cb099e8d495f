import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  debug,
  warning
} from "./chunks/chunk-QAWERMLM.js";

// src/post.ts
try {
  debug("go-xbuild post step: nothing to save");
} catch (error) {
  warning(`go-xbuild post step: ${error.message}`);
}
