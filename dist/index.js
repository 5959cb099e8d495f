import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  openGpgSigner
} from "./chunks/chunk-6JATO3O5.js";
import {
  RETRIES,
  classifyFailure,
  failureFacts,
  sleep
} from "./chunks/chunk-KKMFTTKN.js";
import {
  require_semver
} from "./chunks/chunk-FOHF5JHV.js";
import {
  CACHE_SAVE_STATE,
  InputError,
  ToolArchiveCache,
  byCodeUnit,
  cacheToolName,
  checkSingleValueInputs,
  checkTransport,
  checkUrl,
  controlCharacterProblem,
  forgetSecretInputs,
  formatSha256Sums,
  goCacheDirs,
  hashTap,
  limitInputs,
  maskSecretInputs,
  nameElementProblem,
  oneOf,
  packagePathProblem,
  parseBoolean,
  parseList,
  quoteFragment,
  readSignConfig,
  redactUrl,
  redactUrls,
  restoreGoCache,
  sha256File,
  sourceTag,
  toolArchiveKey,
  toolArchivePath,
  urlUnder
} from "./chunks/chunk-ARL5P5BS.js";
import {
  fileOps,
  recordLeftover
} from "./chunks/chunk-7THEUNEW.js";
import {
  HttpClient,
  cp,
  debug,
  endGroup,
  error,
  getIDToken,
  info,
  isDebug,
  mkdirP,
  notice,
  rmRF,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning,
  which
} from "./chunks/chunk-J7MIK65S.js";
import {
  CancelledError,
  byteChangingGoEnv,
  cancelled,
  handleCancellation,
  registerCleanup,
  rememberSecrets,
  runChecked,
  runCleanups,
  runProcess,
  tail,
  throwIfCancelled
} from "./chunks/chunk-QCCCTGFY.js";
import {
  SBOM_SUFFIX,
  resolveModule
} from "./chunks/chunk-D3JL4DOF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-XMSIICWX.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path26, { windows } = {}) => {
      const segs = path26.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open5 = tokens[token.tokensIndex];
          open5.type = "text";
          open5.value = literal;
          open5.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open5.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open5 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open5);
          push(open5);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/posix.js
var require_posix = __commonJS({
  "node_modules/picomatch/posix.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/tweetnacl/nacl-fast.js
var require_nacl_fast = __commonJS({
  "node_modules/tweetnacl/nacl-fast.js"(exports, module) {
    (function(nacl2) {
      "use strict";
      var gf = function(init) {
        var i, r = new Float64Array(16);
        if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
        return r;
      };
      var randombytes = function() {
        throw new Error("no PRNG");
      };
      var _0 = new Uint8Array(16);
      var _9 = new Uint8Array(32);
      _9[0] = 9;
      var gf0 = gf(), gf1 = gf([1]), _121665 = gf([56129, 1]), D = gf([30883, 4953, 19914, 30187, 55467, 16705, 2637, 112, 59544, 30585, 16505, 36039, 65139, 11119, 27886, 20995]), D2 = gf([61785, 9906, 39828, 60374, 45398, 33411, 5274, 224, 53552, 61171, 33010, 6542, 64743, 22239, 55772, 9222]), X = gf([54554, 36645, 11616, 51542, 42930, 38181, 51040, 26924, 56412, 64982, 57905, 49316, 21502, 52590, 14035, 8553]), Y = gf([26200, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214]), I = gf([41136, 18958, 6951, 50414, 58488, 44335, 6150, 12099, 55207, 15867, 153, 11085, 57099, 20417, 9344, 11139]);
      function ts64(x, i, h, l) {
        x[i] = h >> 24 & 255;
        x[i + 1] = h >> 16 & 255;
        x[i + 2] = h >> 8 & 255;
        x[i + 3] = h & 255;
        x[i + 4] = l >> 24 & 255;
        x[i + 5] = l >> 16 & 255;
        x[i + 6] = l >> 8 & 255;
        x[i + 7] = l & 255;
      }
      function vn(x, xi, y, yi, n) {
        var i, d = 0;
        for (i = 0; i < n; i++) d |= x[xi + i] ^ y[yi + i];
        return (1 & d - 1 >>> 8) - 1;
      }
      function crypto_verify_16(x, xi, y, yi) {
        return vn(x, xi, y, yi, 16);
      }
      function crypto_verify_32(x, xi, y, yi) {
        return vn(x, xi, y, yi, 32);
      }
      function core_salsa20(o, p, k, c) {
        var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24;
        var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u;
        for (var i = 0; i < 20; i += 2) {
          u = x0 + x12 | 0;
          x4 ^= u << 7 | u >>> 32 - 7;
          u = x4 + x0 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x4 | 0;
          x12 ^= u << 13 | u >>> 32 - 13;
          u = x12 + x8 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x1 | 0;
          x9 ^= u << 7 | u >>> 32 - 7;
          u = x9 + x5 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x9 | 0;
          x1 ^= u << 13 | u >>> 32 - 13;
          u = x1 + x13 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x6 | 0;
          x14 ^= u << 7 | u >>> 32 - 7;
          u = x14 + x10 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x14 | 0;
          x6 ^= u << 13 | u >>> 32 - 13;
          u = x6 + x2 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x11 | 0;
          x3 ^= u << 7 | u >>> 32 - 7;
          u = x3 + x15 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x3 | 0;
          x11 ^= u << 13 | u >>> 32 - 13;
          u = x11 + x7 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
          u = x0 + x3 | 0;
          x1 ^= u << 7 | u >>> 32 - 7;
          u = x1 + x0 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x1 | 0;
          x3 ^= u << 13 | u >>> 32 - 13;
          u = x3 + x2 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x4 | 0;
          x6 ^= u << 7 | u >>> 32 - 7;
          u = x6 + x5 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x6 | 0;
          x4 ^= u << 13 | u >>> 32 - 13;
          u = x4 + x7 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x9 | 0;
          x11 ^= u << 7 | u >>> 32 - 7;
          u = x11 + x10 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x11 | 0;
          x9 ^= u << 13 | u >>> 32 - 13;
          u = x9 + x8 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x14 | 0;
          x12 ^= u << 7 | u >>> 32 - 7;
          u = x12 + x15 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x12 | 0;
          x14 ^= u << 13 | u >>> 32 - 13;
          u = x14 + x13 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
        }
        x0 = x0 + j0 | 0;
        x1 = x1 + j1 | 0;
        x2 = x2 + j2 | 0;
        x3 = x3 + j3 | 0;
        x4 = x4 + j4 | 0;
        x5 = x5 + j5 | 0;
        x6 = x6 + j6 | 0;
        x7 = x7 + j7 | 0;
        x8 = x8 + j8 | 0;
        x9 = x9 + j9 | 0;
        x10 = x10 + j10 | 0;
        x11 = x11 + j11 | 0;
        x12 = x12 + j12 | 0;
        x13 = x13 + j13 | 0;
        x14 = x14 + j14 | 0;
        x15 = x15 + j15 | 0;
        o[0] = x0 >>> 0 & 255;
        o[1] = x0 >>> 8 & 255;
        o[2] = x0 >>> 16 & 255;
        o[3] = x0 >>> 24 & 255;
        o[4] = x1 >>> 0 & 255;
        o[5] = x1 >>> 8 & 255;
        o[6] = x1 >>> 16 & 255;
        o[7] = x1 >>> 24 & 255;
        o[8] = x2 >>> 0 & 255;
        o[9] = x2 >>> 8 & 255;
        o[10] = x2 >>> 16 & 255;
        o[11] = x2 >>> 24 & 255;
        o[12] = x3 >>> 0 & 255;
        o[13] = x3 >>> 8 & 255;
        o[14] = x3 >>> 16 & 255;
        o[15] = x3 >>> 24 & 255;
        o[16] = x4 >>> 0 & 255;
        o[17] = x4 >>> 8 & 255;
        o[18] = x4 >>> 16 & 255;
        o[19] = x4 >>> 24 & 255;
        o[20] = x5 >>> 0 & 255;
        o[21] = x5 >>> 8 & 255;
        o[22] = x5 >>> 16 & 255;
        o[23] = x5 >>> 24 & 255;
        o[24] = x6 >>> 0 & 255;
        o[25] = x6 >>> 8 & 255;
        o[26] = x6 >>> 16 & 255;
        o[27] = x6 >>> 24 & 255;
        o[28] = x7 >>> 0 & 255;
        o[29] = x7 >>> 8 & 255;
        o[30] = x7 >>> 16 & 255;
        o[31] = x7 >>> 24 & 255;
        o[32] = x8 >>> 0 & 255;
        o[33] = x8 >>> 8 & 255;
        o[34] = x8 >>> 16 & 255;
        o[35] = x8 >>> 24 & 255;
        o[36] = x9 >>> 0 & 255;
        o[37] = x9 >>> 8 & 255;
        o[38] = x9 >>> 16 & 255;
        o[39] = x9 >>> 24 & 255;
        o[40] = x10 >>> 0 & 255;
        o[41] = x10 >>> 8 & 255;
        o[42] = x10 >>> 16 & 255;
        o[43] = x10 >>> 24 & 255;
        o[44] = x11 >>> 0 & 255;
        o[45] = x11 >>> 8 & 255;
        o[46] = x11 >>> 16 & 255;
        o[47] = x11 >>> 24 & 255;
        o[48] = x12 >>> 0 & 255;
        o[49] = x12 >>> 8 & 255;
        o[50] = x12 >>> 16 & 255;
        o[51] = x12 >>> 24 & 255;
        o[52] = x13 >>> 0 & 255;
        o[53] = x13 >>> 8 & 255;
        o[54] = x13 >>> 16 & 255;
        o[55] = x13 >>> 24 & 255;
        o[56] = x14 >>> 0 & 255;
        o[57] = x14 >>> 8 & 255;
        o[58] = x14 >>> 16 & 255;
        o[59] = x14 >>> 24 & 255;
        o[60] = x15 >>> 0 & 255;
        o[61] = x15 >>> 8 & 255;
        o[62] = x15 >>> 16 & 255;
        o[63] = x15 >>> 24 & 255;
      }
      function core_hsalsa20(o, p, k, c) {
        var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24;
        var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u;
        for (var i = 0; i < 20; i += 2) {
          u = x0 + x12 | 0;
          x4 ^= u << 7 | u >>> 32 - 7;
          u = x4 + x0 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x4 | 0;
          x12 ^= u << 13 | u >>> 32 - 13;
          u = x12 + x8 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x1 | 0;
          x9 ^= u << 7 | u >>> 32 - 7;
          u = x9 + x5 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x9 | 0;
          x1 ^= u << 13 | u >>> 32 - 13;
          u = x1 + x13 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x6 | 0;
          x14 ^= u << 7 | u >>> 32 - 7;
          u = x14 + x10 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x14 | 0;
          x6 ^= u << 13 | u >>> 32 - 13;
          u = x6 + x2 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x11 | 0;
          x3 ^= u << 7 | u >>> 32 - 7;
          u = x3 + x15 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x3 | 0;
          x11 ^= u << 13 | u >>> 32 - 13;
          u = x11 + x7 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
          u = x0 + x3 | 0;
          x1 ^= u << 7 | u >>> 32 - 7;
          u = x1 + x0 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x1 | 0;
          x3 ^= u << 13 | u >>> 32 - 13;
          u = x3 + x2 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x4 | 0;
          x6 ^= u << 7 | u >>> 32 - 7;
          u = x6 + x5 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x6 | 0;
          x4 ^= u << 13 | u >>> 32 - 13;
          u = x4 + x7 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x9 | 0;
          x11 ^= u << 7 | u >>> 32 - 7;
          u = x11 + x10 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x11 | 0;
          x9 ^= u << 13 | u >>> 32 - 13;
          u = x9 + x8 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x14 | 0;
          x12 ^= u << 7 | u >>> 32 - 7;
          u = x12 + x15 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x12 | 0;
          x14 ^= u << 13 | u >>> 32 - 13;
          u = x14 + x13 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
        }
        o[0] = x0 >>> 0 & 255;
        o[1] = x0 >>> 8 & 255;
        o[2] = x0 >>> 16 & 255;
        o[3] = x0 >>> 24 & 255;
        o[4] = x5 >>> 0 & 255;
        o[5] = x5 >>> 8 & 255;
        o[6] = x5 >>> 16 & 255;
        o[7] = x5 >>> 24 & 255;
        o[8] = x10 >>> 0 & 255;
        o[9] = x10 >>> 8 & 255;
        o[10] = x10 >>> 16 & 255;
        o[11] = x10 >>> 24 & 255;
        o[12] = x15 >>> 0 & 255;
        o[13] = x15 >>> 8 & 255;
        o[14] = x15 >>> 16 & 255;
        o[15] = x15 >>> 24 & 255;
        o[16] = x6 >>> 0 & 255;
        o[17] = x6 >>> 8 & 255;
        o[18] = x6 >>> 16 & 255;
        o[19] = x6 >>> 24 & 255;
        o[20] = x7 >>> 0 & 255;
        o[21] = x7 >>> 8 & 255;
        o[22] = x7 >>> 16 & 255;
        o[23] = x7 >>> 24 & 255;
        o[24] = x8 >>> 0 & 255;
        o[25] = x8 >>> 8 & 255;
        o[26] = x8 >>> 16 & 255;
        o[27] = x8 >>> 24 & 255;
        o[28] = x9 >>> 0 & 255;
        o[29] = x9 >>> 8 & 255;
        o[30] = x9 >>> 16 & 255;
        o[31] = x9 >>> 24 & 255;
      }
      function crypto_core_salsa20(out, inp, k, c) {
        core_salsa20(out, inp, k, c);
      }
      function crypto_core_hsalsa20(out, inp, k, c) {
        core_hsalsa20(out, inp, k, c);
      }
      var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
      function crypto_stream_salsa20_xor(c, cpos, m, mpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64);
        var u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        while (b >= 64) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < 64; i++) c[cpos + i] = m[mpos + i] ^ x[i];
          u = 1;
          for (i = 8; i < 16; i++) {
            u = u + (z[i] & 255) | 0;
            z[i] = u & 255;
            u >>>= 8;
          }
          b -= 64;
          cpos += 64;
          mpos += 64;
        }
        if (b > 0) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < b; i++) c[cpos + i] = m[mpos + i] ^ x[i];
        }
        return 0;
      }
      function crypto_stream_salsa20(c, cpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64);
        var u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        while (b >= 64) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < 64; i++) c[cpos + i] = x[i];
          u = 1;
          for (i = 8; i < 16; i++) {
            u = u + (z[i] & 255) | 0;
            z[i] = u & 255;
            u >>>= 8;
          }
          b -= 64;
          cpos += 64;
        }
        if (b > 0) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < b; i++) c[cpos + i] = x[i];
        }
        return 0;
      }
      function crypto_stream(c, cpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        var sn = new Uint8Array(8);
        for (var i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20(c, cpos, d, sn, s);
      }
      function crypto_stream_xor(c, cpos, m, mpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        var sn = new Uint8Array(8);
        for (var i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20_xor(c, cpos, m, mpos, d, sn, s);
      }
      var poly1305 = function(key) {
        this.buffer = new Uint8Array(16);
        this.r = new Uint16Array(10);
        this.h = new Uint16Array(10);
        this.pad = new Uint16Array(8);
        this.leftover = 0;
        this.fin = 0;
        var t0, t1, t2, t3, t4, t5, t6, t7;
        t0 = key[0] & 255 | (key[1] & 255) << 8;
        this.r[0] = t0 & 8191;
        t1 = key[2] & 255 | (key[3] & 255) << 8;
        this.r[1] = (t0 >>> 13 | t1 << 3) & 8191;
        t2 = key[4] & 255 | (key[5] & 255) << 8;
        this.r[2] = (t1 >>> 10 | t2 << 6) & 7939;
        t3 = key[6] & 255 | (key[7] & 255) << 8;
        this.r[3] = (t2 >>> 7 | t3 << 9) & 8191;
        t4 = key[8] & 255 | (key[9] & 255) << 8;
        this.r[4] = (t3 >>> 4 | t4 << 12) & 255;
        this.r[5] = t4 >>> 1 & 8190;
        t5 = key[10] & 255 | (key[11] & 255) << 8;
        this.r[6] = (t4 >>> 14 | t5 << 2) & 8191;
        t6 = key[12] & 255 | (key[13] & 255) << 8;
        this.r[7] = (t5 >>> 11 | t6 << 5) & 8065;
        t7 = key[14] & 255 | (key[15] & 255) << 8;
        this.r[8] = (t6 >>> 8 | t7 << 8) & 8191;
        this.r[9] = t7 >>> 5 & 127;
        this.pad[0] = key[16] & 255 | (key[17] & 255) << 8;
        this.pad[1] = key[18] & 255 | (key[19] & 255) << 8;
        this.pad[2] = key[20] & 255 | (key[21] & 255) << 8;
        this.pad[3] = key[22] & 255 | (key[23] & 255) << 8;
        this.pad[4] = key[24] & 255 | (key[25] & 255) << 8;
        this.pad[5] = key[26] & 255 | (key[27] & 255) << 8;
        this.pad[6] = key[28] & 255 | (key[29] & 255) << 8;
        this.pad[7] = key[30] & 255 | (key[31] & 255) << 8;
      };
      poly1305.prototype.blocks = function(m, mpos, bytes) {
        var hibit = this.fin ? 0 : 1 << 11;
        var t0, t1, t2, t3, t4, t5, t6, t7, c;
        var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;
        var h0 = this.h[0], h1 = this.h[1], h2 = this.h[2], h3 = this.h[3], h4 = this.h[4], h5 = this.h[5], h6 = this.h[6], h7 = this.h[7], h8 = this.h[8], h9 = this.h[9];
        var r0 = this.r[0], r1 = this.r[1], r2 = this.r[2], r3 = this.r[3], r4 = this.r[4], r5 = this.r[5], r6 = this.r[6], r7 = this.r[7], r8 = this.r[8], r9 = this.r[9];
        while (bytes >= 16) {
          t0 = m[mpos + 0] & 255 | (m[mpos + 1] & 255) << 8;
          h0 += t0 & 8191;
          t1 = m[mpos + 2] & 255 | (m[mpos + 3] & 255) << 8;
          h1 += (t0 >>> 13 | t1 << 3) & 8191;
          t2 = m[mpos + 4] & 255 | (m[mpos + 5] & 255) << 8;
          h2 += (t1 >>> 10 | t2 << 6) & 8191;
          t3 = m[mpos + 6] & 255 | (m[mpos + 7] & 255) << 8;
          h3 += (t2 >>> 7 | t3 << 9) & 8191;
          t4 = m[mpos + 8] & 255 | (m[mpos + 9] & 255) << 8;
          h4 += (t3 >>> 4 | t4 << 12) & 8191;
          h5 += t4 >>> 1 & 8191;
          t5 = m[mpos + 10] & 255 | (m[mpos + 11] & 255) << 8;
          h6 += (t4 >>> 14 | t5 << 2) & 8191;
          t6 = m[mpos + 12] & 255 | (m[mpos + 13] & 255) << 8;
          h7 += (t5 >>> 11 | t6 << 5) & 8191;
          t7 = m[mpos + 14] & 255 | (m[mpos + 15] & 255) << 8;
          h8 += (t6 >>> 8 | t7 << 8) & 8191;
          h9 += t7 >>> 5 | hibit;
          c = 0;
          d0 = c;
          d0 += h0 * r0;
          d0 += h1 * (5 * r9);
          d0 += h2 * (5 * r8);
          d0 += h3 * (5 * r7);
          d0 += h4 * (5 * r6);
          c = d0 >>> 13;
          d0 &= 8191;
          d0 += h5 * (5 * r5);
          d0 += h6 * (5 * r4);
          d0 += h7 * (5 * r3);
          d0 += h8 * (5 * r2);
          d0 += h9 * (5 * r1);
          c += d0 >>> 13;
          d0 &= 8191;
          d1 = c;
          d1 += h0 * r1;
          d1 += h1 * r0;
          d1 += h2 * (5 * r9);
          d1 += h3 * (5 * r8);
          d1 += h4 * (5 * r7);
          c = d1 >>> 13;
          d1 &= 8191;
          d1 += h5 * (5 * r6);
          d1 += h6 * (5 * r5);
          d1 += h7 * (5 * r4);
          d1 += h8 * (5 * r3);
          d1 += h9 * (5 * r2);
          c += d1 >>> 13;
          d1 &= 8191;
          d2 = c;
          d2 += h0 * r2;
          d2 += h1 * r1;
          d2 += h2 * r0;
          d2 += h3 * (5 * r9);
          d2 += h4 * (5 * r8);
          c = d2 >>> 13;
          d2 &= 8191;
          d2 += h5 * (5 * r7);
          d2 += h6 * (5 * r6);
          d2 += h7 * (5 * r5);
          d2 += h8 * (5 * r4);
          d2 += h9 * (5 * r3);
          c += d2 >>> 13;
          d2 &= 8191;
          d3 = c;
          d3 += h0 * r3;
          d3 += h1 * r2;
          d3 += h2 * r1;
          d3 += h3 * r0;
          d3 += h4 * (5 * r9);
          c = d3 >>> 13;
          d3 &= 8191;
          d3 += h5 * (5 * r8);
          d3 += h6 * (5 * r7);
          d3 += h7 * (5 * r6);
          d3 += h8 * (5 * r5);
          d3 += h9 * (5 * r4);
          c += d3 >>> 13;
          d3 &= 8191;
          d4 = c;
          d4 += h0 * r4;
          d4 += h1 * r3;
          d4 += h2 * r2;
          d4 += h3 * r1;
          d4 += h4 * r0;
          c = d4 >>> 13;
          d4 &= 8191;
          d4 += h5 * (5 * r9);
          d4 += h6 * (5 * r8);
          d4 += h7 * (5 * r7);
          d4 += h8 * (5 * r6);
          d4 += h9 * (5 * r5);
          c += d4 >>> 13;
          d4 &= 8191;
          d5 = c;
          d5 += h0 * r5;
          d5 += h1 * r4;
          d5 += h2 * r3;
          d5 += h3 * r2;
          d5 += h4 * r1;
          c = d5 >>> 13;
          d5 &= 8191;
          d5 += h5 * r0;
          d5 += h6 * (5 * r9);
          d5 += h7 * (5 * r8);
          d5 += h8 * (5 * r7);
          d5 += h9 * (5 * r6);
          c += d5 >>> 13;
          d5 &= 8191;
          d6 = c;
          d6 += h0 * r6;
          d6 += h1 * r5;
          d6 += h2 * r4;
          d6 += h3 * r3;
          d6 += h4 * r2;
          c = d6 >>> 13;
          d6 &= 8191;
          d6 += h5 * r1;
          d6 += h6 * r0;
          d6 += h7 * (5 * r9);
          d6 += h8 * (5 * r8);
          d6 += h9 * (5 * r7);
          c += d6 >>> 13;
          d6 &= 8191;
          d7 = c;
          d7 += h0 * r7;
          d7 += h1 * r6;
          d7 += h2 * r5;
          d7 += h3 * r4;
          d7 += h4 * r3;
          c = d7 >>> 13;
          d7 &= 8191;
          d7 += h5 * r2;
          d7 += h6 * r1;
          d7 += h7 * r0;
          d7 += h8 * (5 * r9);
          d7 += h9 * (5 * r8);
          c += d7 >>> 13;
          d7 &= 8191;
          d8 = c;
          d8 += h0 * r8;
          d8 += h1 * r7;
          d8 += h2 * r6;
          d8 += h3 * r5;
          d8 += h4 * r4;
          c = d8 >>> 13;
          d8 &= 8191;
          d8 += h5 * r3;
          d8 += h6 * r2;
          d8 += h7 * r1;
          d8 += h8 * r0;
          d8 += h9 * (5 * r9);
          c += d8 >>> 13;
          d8 &= 8191;
          d9 = c;
          d9 += h0 * r9;
          d9 += h1 * r8;
          d9 += h2 * r7;
          d9 += h3 * r6;
          d9 += h4 * r5;
          c = d9 >>> 13;
          d9 &= 8191;
          d9 += h5 * r4;
          d9 += h6 * r3;
          d9 += h7 * r2;
          d9 += h8 * r1;
          d9 += h9 * r0;
          c += d9 >>> 13;
          d9 &= 8191;
          c = (c << 2) + c | 0;
          c = c + d0 | 0;
          d0 = c & 8191;
          c = c >>> 13;
          d1 += c;
          h0 = d0;
          h1 = d1;
          h2 = d2;
          h3 = d3;
          h4 = d4;
          h5 = d5;
          h6 = d6;
          h7 = d7;
          h8 = d8;
          h9 = d9;
          mpos += 16;
          bytes -= 16;
        }
        this.h[0] = h0;
        this.h[1] = h1;
        this.h[2] = h2;
        this.h[3] = h3;
        this.h[4] = h4;
        this.h[5] = h5;
        this.h[6] = h6;
        this.h[7] = h7;
        this.h[8] = h8;
        this.h[9] = h9;
      };
      poly1305.prototype.finish = function(mac, macpos) {
        var g = new Uint16Array(10);
        var c, mask, f, i;
        if (this.leftover) {
          i = this.leftover;
          this.buffer[i++] = 1;
          for (; i < 16; i++) this.buffer[i] = 0;
          this.fin = 1;
          this.blocks(this.buffer, 0, 16);
        }
        c = this.h[1] >>> 13;
        this.h[1] &= 8191;
        for (i = 2; i < 10; i++) {
          this.h[i] += c;
          c = this.h[i] >>> 13;
          this.h[i] &= 8191;
        }
        this.h[0] += c * 5;
        c = this.h[0] >>> 13;
        this.h[0] &= 8191;
        this.h[1] += c;
        c = this.h[1] >>> 13;
        this.h[1] &= 8191;
        this.h[2] += c;
        g[0] = this.h[0] + 5;
        c = g[0] >>> 13;
        g[0] &= 8191;
        for (i = 1; i < 10; i++) {
          g[i] = this.h[i] + c;
          c = g[i] >>> 13;
          g[i] &= 8191;
        }
        g[9] -= 1 << 13;
        mask = (c ^ 1) - 1;
        for (i = 0; i < 10; i++) g[i] &= mask;
        mask = ~mask;
        for (i = 0; i < 10; i++) this.h[i] = this.h[i] & mask | g[i];
        this.h[0] = (this.h[0] | this.h[1] << 13) & 65535;
        this.h[1] = (this.h[1] >>> 3 | this.h[2] << 10) & 65535;
        this.h[2] = (this.h[2] >>> 6 | this.h[3] << 7) & 65535;
        this.h[3] = (this.h[3] >>> 9 | this.h[4] << 4) & 65535;
        this.h[4] = (this.h[4] >>> 12 | this.h[5] << 1 | this.h[6] << 14) & 65535;
        this.h[5] = (this.h[6] >>> 2 | this.h[7] << 11) & 65535;
        this.h[6] = (this.h[7] >>> 5 | this.h[8] << 8) & 65535;
        this.h[7] = (this.h[8] >>> 8 | this.h[9] << 5) & 65535;
        f = this.h[0] + this.pad[0];
        this.h[0] = f & 65535;
        for (i = 1; i < 8; i++) {
          f = (this.h[i] + this.pad[i] | 0) + (f >>> 16) | 0;
          this.h[i] = f & 65535;
        }
        mac[macpos + 0] = this.h[0] >>> 0 & 255;
        mac[macpos + 1] = this.h[0] >>> 8 & 255;
        mac[macpos + 2] = this.h[1] >>> 0 & 255;
        mac[macpos + 3] = this.h[1] >>> 8 & 255;
        mac[macpos + 4] = this.h[2] >>> 0 & 255;
        mac[macpos + 5] = this.h[2] >>> 8 & 255;
        mac[macpos + 6] = this.h[3] >>> 0 & 255;
        mac[macpos + 7] = this.h[3] >>> 8 & 255;
        mac[macpos + 8] = this.h[4] >>> 0 & 255;
        mac[macpos + 9] = this.h[4] >>> 8 & 255;
        mac[macpos + 10] = this.h[5] >>> 0 & 255;
        mac[macpos + 11] = this.h[5] >>> 8 & 255;
        mac[macpos + 12] = this.h[6] >>> 0 & 255;
        mac[macpos + 13] = this.h[6] >>> 8 & 255;
        mac[macpos + 14] = this.h[7] >>> 0 & 255;
        mac[macpos + 15] = this.h[7] >>> 8 & 255;
      };
      poly1305.prototype.update = function(m, mpos, bytes) {
        var i, want;
        if (this.leftover) {
          want = 16 - this.leftover;
          if (want > bytes)
            want = bytes;
          for (i = 0; i < want; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          bytes -= want;
          mpos += want;
          this.leftover += want;
          if (this.leftover < 16)
            return;
          this.blocks(this.buffer, 0, 16);
          this.leftover = 0;
        }
        if (bytes >= 16) {
          want = bytes - bytes % 16;
          this.blocks(m, mpos, want);
          mpos += want;
          bytes -= want;
        }
        if (bytes) {
          for (i = 0; i < bytes; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          this.leftover += bytes;
        }
      };
      function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
        var s = new poly1305(k);
        s.update(m, mpos, n);
        s.finish(out, outpos);
        return 0;
      }
      function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
        var x = new Uint8Array(16);
        crypto_onetimeauth(x, 0, m, mpos, n, k);
        return crypto_verify_16(h, hpos, x, 0);
      }
      function crypto_secretbox(c, m, d, n, k) {
        var i;
        if (d < 32) return -1;
        crypto_stream_xor(c, 0, m, 0, d, n, k);
        crypto_onetimeauth(c, 16, c, 32, d - 32, c);
        for (i = 0; i < 16; i++) c[i] = 0;
        return 0;
      }
      function crypto_secretbox_open(m, c, d, n, k) {
        var i;
        var x = new Uint8Array(32);
        if (d < 32) return -1;
        crypto_stream(x, 0, 32, n, k);
        if (crypto_onetimeauth_verify(c, 16, c, 32, d - 32, x) !== 0) return -1;
        crypto_stream_xor(m, 0, c, 0, d, n, k);
        for (i = 0; i < 32; i++) m[i] = 0;
        return 0;
      }
      function set25519(r, a) {
        var i;
        for (i = 0; i < 16; i++) r[i] = a[i] | 0;
      }
      function car25519(o) {
        var i, v, c = 1;
        for (i = 0; i < 16; i++) {
          v = o[i] + c + 65535;
          c = Math.floor(v / 65536);
          o[i] = v - c * 65536;
        }
        o[0] += c - 1 + 37 * (c - 1);
      }
      function sel25519(p, q, b) {
        var t, c = ~(b - 1);
        for (var i = 0; i < 16; i++) {
          t = c & (p[i] ^ q[i]);
          p[i] ^= t;
          q[i] ^= t;
        }
      }
      function pack25519(o, n) {
        var i, j, b;
        var m = gf(), t = gf();
        for (i = 0; i < 16; i++) t[i] = n[i];
        car25519(t);
        car25519(t);
        car25519(t);
        for (j = 0; j < 2; j++) {
          m[0] = t[0] - 65517;
          for (i = 1; i < 15; i++) {
            m[i] = t[i] - 65535 - (m[i - 1] >> 16 & 1);
            m[i - 1] &= 65535;
          }
          m[15] = t[15] - 32767 - (m[14] >> 16 & 1);
          b = m[15] >> 16 & 1;
          m[14] &= 65535;
          sel25519(t, m, 1 - b);
        }
        for (i = 0; i < 16; i++) {
          o[2 * i] = t[i] & 255;
          o[2 * i + 1] = t[i] >> 8;
        }
      }
      function neq25519(a, b) {
        var c = new Uint8Array(32), d = new Uint8Array(32);
        pack25519(c, a);
        pack25519(d, b);
        return crypto_verify_32(c, 0, d, 0);
      }
      function par25519(a) {
        var d = new Uint8Array(32);
        pack25519(d, a);
        return d[0] & 1;
      }
      function unpack25519(o, n) {
        var i;
        for (i = 0; i < 16; i++) o[i] = n[2 * i] + (n[2 * i + 1] << 8);
        o[15] &= 32767;
      }
      function A(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
      }
      function Z(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
      }
      function M(o, a, b) {
        var v, c, t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0, t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0, t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0, b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12], b13 = b[13], b14 = b[14], b15 = b[15];
        v = a[0];
        t0 += v * b0;
        t1 += v * b1;
        t2 += v * b2;
        t3 += v * b3;
        t4 += v * b4;
        t5 += v * b5;
        t6 += v * b6;
        t7 += v * b7;
        t8 += v * b8;
        t9 += v * b9;
        t10 += v * b10;
        t11 += v * b11;
        t12 += v * b12;
        t13 += v * b13;
        t14 += v * b14;
        t15 += v * b15;
        v = a[1];
        t1 += v * b0;
        t2 += v * b1;
        t3 += v * b2;
        t4 += v * b3;
        t5 += v * b4;
        t6 += v * b5;
        t7 += v * b6;
        t8 += v * b7;
        t9 += v * b8;
        t10 += v * b9;
        t11 += v * b10;
        t12 += v * b11;
        t13 += v * b12;
        t14 += v * b13;
        t15 += v * b14;
        t16 += v * b15;
        v = a[2];
        t2 += v * b0;
        t3 += v * b1;
        t4 += v * b2;
        t5 += v * b3;
        t6 += v * b4;
        t7 += v * b5;
        t8 += v * b6;
        t9 += v * b7;
        t10 += v * b8;
        t11 += v * b9;
        t12 += v * b10;
        t13 += v * b11;
        t14 += v * b12;
        t15 += v * b13;
        t16 += v * b14;
        t17 += v * b15;
        v = a[3];
        t3 += v * b0;
        t4 += v * b1;
        t5 += v * b2;
        t6 += v * b3;
        t7 += v * b4;
        t8 += v * b5;
        t9 += v * b6;
        t10 += v * b7;
        t11 += v * b8;
        t12 += v * b9;
        t13 += v * b10;
        t14 += v * b11;
        t15 += v * b12;
        t16 += v * b13;
        t17 += v * b14;
        t18 += v * b15;
        v = a[4];
        t4 += v * b0;
        t5 += v * b1;
        t6 += v * b2;
        t7 += v * b3;
        t8 += v * b4;
        t9 += v * b5;
        t10 += v * b6;
        t11 += v * b7;
        t12 += v * b8;
        t13 += v * b9;
        t14 += v * b10;
        t15 += v * b11;
        t16 += v * b12;
        t17 += v * b13;
        t18 += v * b14;
        t19 += v * b15;
        v = a[5];
        t5 += v * b0;
        t6 += v * b1;
        t7 += v * b2;
        t8 += v * b3;
        t9 += v * b4;
        t10 += v * b5;
        t11 += v * b6;
        t12 += v * b7;
        t13 += v * b8;
        t14 += v * b9;
        t15 += v * b10;
        t16 += v * b11;
        t17 += v * b12;
        t18 += v * b13;
        t19 += v * b14;
        t20 += v * b15;
        v = a[6];
        t6 += v * b0;
        t7 += v * b1;
        t8 += v * b2;
        t9 += v * b3;
        t10 += v * b4;
        t11 += v * b5;
        t12 += v * b6;
        t13 += v * b7;
        t14 += v * b8;
        t15 += v * b9;
        t16 += v * b10;
        t17 += v * b11;
        t18 += v * b12;
        t19 += v * b13;
        t20 += v * b14;
        t21 += v * b15;
        v = a[7];
        t7 += v * b0;
        t8 += v * b1;
        t9 += v * b2;
        t10 += v * b3;
        t11 += v * b4;
        t12 += v * b5;
        t13 += v * b6;
        t14 += v * b7;
        t15 += v * b8;
        t16 += v * b9;
        t17 += v * b10;
        t18 += v * b11;
        t19 += v * b12;
        t20 += v * b13;
        t21 += v * b14;
        t22 += v * b15;
        v = a[8];
        t8 += v * b0;
        t9 += v * b1;
        t10 += v * b2;
        t11 += v * b3;
        t12 += v * b4;
        t13 += v * b5;
        t14 += v * b6;
        t15 += v * b7;
        t16 += v * b8;
        t17 += v * b9;
        t18 += v * b10;
        t19 += v * b11;
        t20 += v * b12;
        t21 += v * b13;
        t22 += v * b14;
        t23 += v * b15;
        v = a[9];
        t9 += v * b0;
        t10 += v * b1;
        t11 += v * b2;
        t12 += v * b3;
        t13 += v * b4;
        t14 += v * b5;
        t15 += v * b6;
        t16 += v * b7;
        t17 += v * b8;
        t18 += v * b9;
        t19 += v * b10;
        t20 += v * b11;
        t21 += v * b12;
        t22 += v * b13;
        t23 += v * b14;
        t24 += v * b15;
        v = a[10];
        t10 += v * b0;
        t11 += v * b1;
        t12 += v * b2;
        t13 += v * b3;
        t14 += v * b4;
        t15 += v * b5;
        t16 += v * b6;
        t17 += v * b7;
        t18 += v * b8;
        t19 += v * b9;
        t20 += v * b10;
        t21 += v * b11;
        t22 += v * b12;
        t23 += v * b13;
        t24 += v * b14;
        t25 += v * b15;
        v = a[11];
        t11 += v * b0;
        t12 += v * b1;
        t13 += v * b2;
        t14 += v * b3;
        t15 += v * b4;
        t16 += v * b5;
        t17 += v * b6;
        t18 += v * b7;
        t19 += v * b8;
        t20 += v * b9;
        t21 += v * b10;
        t22 += v * b11;
        t23 += v * b12;
        t24 += v * b13;
        t25 += v * b14;
        t26 += v * b15;
        v = a[12];
        t12 += v * b0;
        t13 += v * b1;
        t14 += v * b2;
        t15 += v * b3;
        t16 += v * b4;
        t17 += v * b5;
        t18 += v * b6;
        t19 += v * b7;
        t20 += v * b8;
        t21 += v * b9;
        t22 += v * b10;
        t23 += v * b11;
        t24 += v * b12;
        t25 += v * b13;
        t26 += v * b14;
        t27 += v * b15;
        v = a[13];
        t13 += v * b0;
        t14 += v * b1;
        t15 += v * b2;
        t16 += v * b3;
        t17 += v * b4;
        t18 += v * b5;
        t19 += v * b6;
        t20 += v * b7;
        t21 += v * b8;
        t22 += v * b9;
        t23 += v * b10;
        t24 += v * b11;
        t25 += v * b12;
        t26 += v * b13;
        t27 += v * b14;
        t28 += v * b15;
        v = a[14];
        t14 += v * b0;
        t15 += v * b1;
        t16 += v * b2;
        t17 += v * b3;
        t18 += v * b4;
        t19 += v * b5;
        t20 += v * b6;
        t21 += v * b7;
        t22 += v * b8;
        t23 += v * b9;
        t24 += v * b10;
        t25 += v * b11;
        t26 += v * b12;
        t27 += v * b13;
        t28 += v * b14;
        t29 += v * b15;
        v = a[15];
        t15 += v * b0;
        t16 += v * b1;
        t17 += v * b2;
        t18 += v * b3;
        t19 += v * b4;
        t20 += v * b5;
        t21 += v * b6;
        t22 += v * b7;
        t23 += v * b8;
        t24 += v * b9;
        t25 += v * b10;
        t26 += v * b11;
        t27 += v * b12;
        t28 += v * b13;
        t29 += v * b14;
        t30 += v * b15;
        t0 += 38 * t16;
        t1 += 38 * t17;
        t2 += 38 * t18;
        t3 += 38 * t19;
        t4 += 38 * t20;
        t5 += 38 * t21;
        t6 += 38 * t22;
        t7 += 38 * t23;
        t8 += 38 * t24;
        t9 += 38 * t25;
        t10 += 38 * t26;
        t11 += 38 * t27;
        t12 += 38 * t28;
        t13 += 38 * t29;
        t14 += 38 * t30;
        c = 1;
        v = t0 + c + 65535;
        c = Math.floor(v / 65536);
        t0 = v - c * 65536;
        v = t1 + c + 65535;
        c = Math.floor(v / 65536);
        t1 = v - c * 65536;
        v = t2 + c + 65535;
        c = Math.floor(v / 65536);
        t2 = v - c * 65536;
        v = t3 + c + 65535;
        c = Math.floor(v / 65536);
        t3 = v - c * 65536;
        v = t4 + c + 65535;
        c = Math.floor(v / 65536);
        t4 = v - c * 65536;
        v = t5 + c + 65535;
        c = Math.floor(v / 65536);
        t5 = v - c * 65536;
        v = t6 + c + 65535;
        c = Math.floor(v / 65536);
        t6 = v - c * 65536;
        v = t7 + c + 65535;
        c = Math.floor(v / 65536);
        t7 = v - c * 65536;
        v = t8 + c + 65535;
        c = Math.floor(v / 65536);
        t8 = v - c * 65536;
        v = t9 + c + 65535;
        c = Math.floor(v / 65536);
        t9 = v - c * 65536;
        v = t10 + c + 65535;
        c = Math.floor(v / 65536);
        t10 = v - c * 65536;
        v = t11 + c + 65535;
        c = Math.floor(v / 65536);
        t11 = v - c * 65536;
        v = t12 + c + 65535;
        c = Math.floor(v / 65536);
        t12 = v - c * 65536;
        v = t13 + c + 65535;
        c = Math.floor(v / 65536);
        t13 = v - c * 65536;
        v = t14 + c + 65535;
        c = Math.floor(v / 65536);
        t14 = v - c * 65536;
        v = t15 + c + 65535;
        c = Math.floor(v / 65536);
        t15 = v - c * 65536;
        t0 += c - 1 + 37 * (c - 1);
        c = 1;
        v = t0 + c + 65535;
        c = Math.floor(v / 65536);
        t0 = v - c * 65536;
        v = t1 + c + 65535;
        c = Math.floor(v / 65536);
        t1 = v - c * 65536;
        v = t2 + c + 65535;
        c = Math.floor(v / 65536);
        t2 = v - c * 65536;
        v = t3 + c + 65535;
        c = Math.floor(v / 65536);
        t3 = v - c * 65536;
        v = t4 + c + 65535;
        c = Math.floor(v / 65536);
        t4 = v - c * 65536;
        v = t5 + c + 65535;
        c = Math.floor(v / 65536);
        t5 = v - c * 65536;
        v = t6 + c + 65535;
        c = Math.floor(v / 65536);
        t6 = v - c * 65536;
        v = t7 + c + 65535;
        c = Math.floor(v / 65536);
        t7 = v - c * 65536;
        v = t8 + c + 65535;
        c = Math.floor(v / 65536);
        t8 = v - c * 65536;
        v = t9 + c + 65535;
        c = Math.floor(v / 65536);
        t9 = v - c * 65536;
        v = t10 + c + 65535;
        c = Math.floor(v / 65536);
        t10 = v - c * 65536;
        v = t11 + c + 65535;
        c = Math.floor(v / 65536);
        t11 = v - c * 65536;
        v = t12 + c + 65535;
        c = Math.floor(v / 65536);
        t12 = v - c * 65536;
        v = t13 + c + 65535;
        c = Math.floor(v / 65536);
        t13 = v - c * 65536;
        v = t14 + c + 65535;
        c = Math.floor(v / 65536);
        t14 = v - c * 65536;
        v = t15 + c + 65535;
        c = Math.floor(v / 65536);
        t15 = v - c * 65536;
        t0 += c - 1 + 37 * (c - 1);
        o[0] = t0;
        o[1] = t1;
        o[2] = t2;
        o[3] = t3;
        o[4] = t4;
        o[5] = t5;
        o[6] = t6;
        o[7] = t7;
        o[8] = t8;
        o[9] = t9;
        o[10] = t10;
        o[11] = t11;
        o[12] = t12;
        o[13] = t13;
        o[14] = t14;
        o[15] = t15;
      }
      function S(o, a) {
        M(o, a, a);
      }
      function inv25519(o, i) {
        var c = gf();
        var a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 253; a >= 0; a--) {
          S(c, c);
          if (a !== 2 && a !== 4) M(c, c, i);
        }
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      function pow2523(o, i) {
        var c = gf();
        var a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 250; a >= 0; a--) {
          S(c, c);
          if (a !== 1) M(c, c, i);
        }
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      function crypto_scalarmult(q, n, p) {
        var z = new Uint8Array(32);
        var x = new Float64Array(80), r, i;
        var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf();
        for (i = 0; i < 31; i++) z[i] = n[i];
        z[31] = n[31] & 127 | 64;
        z[0] &= 248;
        unpack25519(x, p);
        for (i = 0; i < 16; i++) {
          b[i] = x[i];
          d[i] = a[i] = c[i] = 0;
        }
        a[0] = d[0] = 1;
        for (i = 254; i >= 0; --i) {
          r = z[i >>> 3] >>> (i & 7) & 1;
          sel25519(a, b, r);
          sel25519(c, d, r);
          A(e, a, c);
          Z(a, a, c);
          A(c, b, d);
          Z(b, b, d);
          S(d, e);
          S(f, a);
          M(a, c, a);
          M(c, b, e);
          A(e, a, c);
          Z(a, a, c);
          S(b, a);
          Z(c, d, f);
          M(a, c, _121665);
          A(a, a, d);
          M(c, c, a);
          M(a, d, f);
          M(d, b, x);
          S(b, e);
          sel25519(a, b, r);
          sel25519(c, d, r);
        }
        for (i = 0; i < 16; i++) {
          x[i + 16] = a[i];
          x[i + 32] = c[i];
          x[i + 48] = b[i];
          x[i + 64] = d[i];
        }
        var x32 = x.subarray(32);
        var x16 = x.subarray(16);
        inv25519(x32, x32);
        M(x16, x16, x32);
        pack25519(q, x16);
        return 0;
      }
      function crypto_scalarmult_base(q, n) {
        return crypto_scalarmult(q, n, _9);
      }
      function crypto_box_keypair(y, x) {
        randombytes(x, 32);
        return crypto_scalarmult_base(y, x);
      }
      function crypto_box_beforenm(k, y, x) {
        var s = new Uint8Array(32);
        crypto_scalarmult(s, x, y);
        return crypto_core_hsalsa20(k, _0, s, sigma);
      }
      var crypto_box_afternm = crypto_secretbox;
      var crypto_box_open_afternm = crypto_secretbox_open;
      function crypto_box(c, m, d, n, y, x) {
        var k = new Uint8Array(32);
        crypto_box_beforenm(k, y, x);
        return crypto_box_afternm(c, m, d, n, k);
      }
      function crypto_box_open(m, c, d, n, y, x) {
        var k = new Uint8Array(32);
        crypto_box_beforenm(k, y, x);
        return crypto_box_open_afternm(m, c, d, n, k);
      }
      var K = [
        1116352408,
        3609767458,
        1899447441,
        602891725,
        3049323471,
        3964484399,
        3921009573,
        2173295548,
        961987163,
        4081628472,
        1508970993,
        3053834265,
        2453635748,
        2937671579,
        2870763221,
        3664609560,
        3624381080,
        2734883394,
        310598401,
        1164996542,
        607225278,
        1323610764,
        1426881987,
        3590304994,
        1925078388,
        4068182383,
        2162078206,
        991336113,
        2614888103,
        633803317,
        3248222580,
        3479774868,
        3835390401,
        2666613458,
        4022224774,
        944711139,
        264347078,
        2341262773,
        604807628,
        2007800933,
        770255983,
        1495990901,
        1249150122,
        1856431235,
        1555081692,
        3175218132,
        1996064986,
        2198950837,
        2554220882,
        3999719339,
        2821834349,
        766784016,
        2952996808,
        2566594879,
        3210313671,
        3203337956,
        3336571891,
        1034457026,
        3584528711,
        2466948901,
        113926993,
        3758326383,
        338241895,
        168717936,
        666307205,
        1188179964,
        773529912,
        1546045734,
        1294757372,
        1522805485,
        1396182291,
        2643833823,
        1695183700,
        2343527390,
        1986661051,
        1014477480,
        2177026350,
        1206759142,
        2456956037,
        344077627,
        2730485921,
        1290863460,
        2820302411,
        3158454273,
        3259730800,
        3505952657,
        3345764771,
        106217008,
        3516065817,
        3606008344,
        3600352804,
        1432725776,
        4094571909,
        1467031594,
        275423344,
        851169720,
        430227734,
        3100823752,
        506948616,
        1363258195,
        659060556,
        3750685593,
        883997877,
        3785050280,
        958139571,
        3318307427,
        1322822218,
        3812723403,
        1537002063,
        2003034995,
        1747873779,
        3602036899,
        1955562222,
        1575990012,
        2024104815,
        1125592928,
        2227730452,
        2716904306,
        2361852424,
        442776044,
        2428436474,
        593698344,
        2756734187,
        3733110249,
        3204031479,
        2999351573,
        3329325298,
        3815920427,
        3391569614,
        3928383900,
        3515267271,
        566280711,
        3940187606,
        3454069534,
        4118630271,
        4000239992,
        116418474,
        1914138554,
        174292421,
        2731055270,
        289380356,
        3203993006,
        460393269,
        320620315,
        685471733,
        587496836,
        852142971,
        1086792851,
        1017036298,
        365543100,
        1126000580,
        2618297676,
        1288033470,
        3409855158,
        1501505948,
        4234509866,
        1607167915,
        987167468,
        1816402316,
        1246189591
      ];
      function crypto_hashblocks_hl(hh, hl, m, n) {
        var wh = new Int32Array(16), wl = new Int32Array(16), bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7, bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7, th, tl, i, j, h, l, a, b, c, d;
        var ah0 = hh[0], ah1 = hh[1], ah2 = hh[2], ah3 = hh[3], ah4 = hh[4], ah5 = hh[5], ah6 = hh[6], ah7 = hh[7], al0 = hl[0], al1 = hl[1], al2 = hl[2], al3 = hl[3], al4 = hl[4], al5 = hl[5], al6 = hl[6], al7 = hl[7];
        var pos = 0;
        while (n >= 128) {
          for (i = 0; i < 16; i++) {
            j = 8 * i + pos;
            wh[i] = m[j + 0] << 24 | m[j + 1] << 16 | m[j + 2] << 8 | m[j + 3];
            wl[i] = m[j + 4] << 24 | m[j + 5] << 16 | m[j + 6] << 8 | m[j + 7];
          }
          for (i = 0; i < 80; i++) {
            bh0 = ah0;
            bh1 = ah1;
            bh2 = ah2;
            bh3 = ah3;
            bh4 = ah4;
            bh5 = ah5;
            bh6 = ah6;
            bh7 = ah7;
            bl0 = al0;
            bl1 = al1;
            bl2 = al2;
            bl3 = al3;
            bl4 = al4;
            bl5 = al5;
            bl6 = al6;
            bl7 = al7;
            h = ah7;
            l = al7;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = (ah4 >>> 14 | al4 << 32 - 14) ^ (ah4 >>> 18 | al4 << 32 - 18) ^ (al4 >>> 41 - 32 | ah4 << 32 - (41 - 32));
            l = (al4 >>> 14 | ah4 << 32 - 14) ^ (al4 >>> 18 | ah4 << 32 - 18) ^ (ah4 >>> 41 - 32 | al4 << 32 - (41 - 32));
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = ah4 & ah5 ^ ~ah4 & ah6;
            l = al4 & al5 ^ ~al4 & al6;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = K[i * 2];
            l = K[i * 2 + 1];
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = wh[i % 16];
            l = wl[i % 16];
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            th = c & 65535 | d << 16;
            tl = a & 65535 | b << 16;
            h = th;
            l = tl;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = (ah0 >>> 28 | al0 << 32 - 28) ^ (al0 >>> 34 - 32 | ah0 << 32 - (34 - 32)) ^ (al0 >>> 39 - 32 | ah0 << 32 - (39 - 32));
            l = (al0 >>> 28 | ah0 << 32 - 28) ^ (ah0 >>> 34 - 32 | al0 << 32 - (34 - 32)) ^ (ah0 >>> 39 - 32 | al0 << 32 - (39 - 32));
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = ah0 & ah1 ^ ah0 & ah2 ^ ah1 & ah2;
            l = al0 & al1 ^ al0 & al2 ^ al1 & al2;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            bh7 = c & 65535 | d << 16;
            bl7 = a & 65535 | b << 16;
            h = bh3;
            l = bl3;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = th;
            l = tl;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            bh3 = c & 65535 | d << 16;
            bl3 = a & 65535 | b << 16;
            ah1 = bh0;
            ah2 = bh1;
            ah3 = bh2;
            ah4 = bh3;
            ah5 = bh4;
            ah6 = bh5;
            ah7 = bh6;
            ah0 = bh7;
            al1 = bl0;
            al2 = bl1;
            al3 = bl2;
            al4 = bl3;
            al5 = bl4;
            al6 = bl5;
            al7 = bl6;
            al0 = bl7;
            if (i % 16 === 15) {
              for (j = 0; j < 16; j++) {
                h = wh[j];
                l = wl[j];
                a = l & 65535;
                b = l >>> 16;
                c = h & 65535;
                d = h >>> 16;
                h = wh[(j + 9) % 16];
                l = wl[(j + 9) % 16];
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                th = wh[(j + 1) % 16];
                tl = wl[(j + 1) % 16];
                h = (th >>> 1 | tl << 32 - 1) ^ (th >>> 8 | tl << 32 - 8) ^ th >>> 7;
                l = (tl >>> 1 | th << 32 - 1) ^ (tl >>> 8 | th << 32 - 8) ^ (tl >>> 7 | th << 32 - 7);
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                th = wh[(j + 14) % 16];
                tl = wl[(j + 14) % 16];
                h = (th >>> 19 | tl << 32 - 19) ^ (tl >>> 61 - 32 | th << 32 - (61 - 32)) ^ th >>> 6;
                l = (tl >>> 19 | th << 32 - 19) ^ (th >>> 61 - 32 | tl << 32 - (61 - 32)) ^ (tl >>> 6 | th << 32 - 6);
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                b += a >>> 16;
                c += b >>> 16;
                d += c >>> 16;
                wh[j] = c & 65535 | d << 16;
                wl[j] = a & 65535 | b << 16;
              }
            }
          }
          h = ah0;
          l = al0;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[0];
          l = hl[0];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[0] = ah0 = c & 65535 | d << 16;
          hl[0] = al0 = a & 65535 | b << 16;
          h = ah1;
          l = al1;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[1];
          l = hl[1];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[1] = ah1 = c & 65535 | d << 16;
          hl[1] = al1 = a & 65535 | b << 16;
          h = ah2;
          l = al2;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[2];
          l = hl[2];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[2] = ah2 = c & 65535 | d << 16;
          hl[2] = al2 = a & 65535 | b << 16;
          h = ah3;
          l = al3;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[3];
          l = hl[3];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[3] = ah3 = c & 65535 | d << 16;
          hl[3] = al3 = a & 65535 | b << 16;
          h = ah4;
          l = al4;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[4];
          l = hl[4];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[4] = ah4 = c & 65535 | d << 16;
          hl[4] = al4 = a & 65535 | b << 16;
          h = ah5;
          l = al5;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[5];
          l = hl[5];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[5] = ah5 = c & 65535 | d << 16;
          hl[5] = al5 = a & 65535 | b << 16;
          h = ah6;
          l = al6;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[6];
          l = hl[6];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[6] = ah6 = c & 65535 | d << 16;
          hl[6] = al6 = a & 65535 | b << 16;
          h = ah7;
          l = al7;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[7];
          l = hl[7];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[7] = ah7 = c & 65535 | d << 16;
          hl[7] = al7 = a & 65535 | b << 16;
          pos += 128;
          n -= 128;
        }
        return n;
      }
      function crypto_hash(out, m, n) {
        var hh = new Int32Array(8), hl = new Int32Array(8), x = new Uint8Array(256), i, b = n;
        hh[0] = 1779033703;
        hh[1] = 3144134277;
        hh[2] = 1013904242;
        hh[3] = 2773480762;
        hh[4] = 1359893119;
        hh[5] = 2600822924;
        hh[6] = 528734635;
        hh[7] = 1541459225;
        hl[0] = 4089235720;
        hl[1] = 2227873595;
        hl[2] = 4271175723;
        hl[3] = 1595750129;
        hl[4] = 2917565137;
        hl[5] = 725511199;
        hl[6] = 4215389547;
        hl[7] = 327033209;
        crypto_hashblocks_hl(hh, hl, m, n);
        n %= 128;
        for (i = 0; i < n; i++) x[i] = m[b - n + i];
        x[n] = 128;
        n = 256 - 128 * (n < 112 ? 1 : 0);
        x[n - 9] = 0;
        ts64(x, n - 8, b / 536870912 | 0, b << 3);
        crypto_hashblocks_hl(hh, hl, x, n);
        for (i = 0; i < 8; i++) ts64(out, 8 * i, hh[i], hl[i]);
        return 0;
      }
      function add(p, q) {
        var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf(), g = gf(), h = gf(), t = gf();
        Z(a, p[1], p[0]);
        Z(t, q[1], q[0]);
        M(a, a, t);
        A(b, p[0], p[1]);
        A(t, q[0], q[1]);
        M(b, b, t);
        M(c, p[3], q[3]);
        M(c, c, D2);
        M(d, p[2], q[2]);
        A(d, d, d);
        Z(e, b, a);
        Z(f, d, c);
        A(g, d, c);
        A(h, b, a);
        M(p[0], e, f);
        M(p[1], h, g);
        M(p[2], g, f);
        M(p[3], e, h);
      }
      function cswap(p, q, b) {
        var i;
        for (i = 0; i < 4; i++) {
          sel25519(p[i], q[i], b);
        }
      }
      function pack(r, p) {
        var tx = gf(), ty = gf(), zi = gf();
        inv25519(zi, p[2]);
        M(tx, p[0], zi);
        M(ty, p[1], zi);
        pack25519(r, ty);
        r[31] ^= par25519(tx) << 7;
      }
      function scalarmult(p, q, s) {
        var b, i;
        set25519(p[0], gf0);
        set25519(p[1], gf1);
        set25519(p[2], gf1);
        set25519(p[3], gf0);
        for (i = 255; i >= 0; --i) {
          b = s[i / 8 | 0] >> (i & 7) & 1;
          cswap(p, q, b);
          add(q, p);
          add(p, p);
          cswap(p, q, b);
        }
      }
      function scalarbase(p, s) {
        var q = [gf(), gf(), gf(), gf()];
        set25519(q[0], X);
        set25519(q[1], Y);
        set25519(q[2], gf1);
        M(q[3], X, Y);
        scalarmult(p, q, s);
      }
      function crypto_sign_keypair(pk, sk, seeded) {
        var d = new Uint8Array(64);
        var p = [gf(), gf(), gf(), gf()];
        var i;
        if (!seeded) randombytes(sk, 32);
        crypto_hash(d, sk, 32);
        d[0] &= 248;
        d[31] &= 127;
        d[31] |= 64;
        scalarbase(p, d);
        pack(pk, p);
        for (i = 0; i < 32; i++) sk[i + 32] = pk[i];
        return 0;
      }
      var L = new Float64Array([237, 211, 245, 92, 26, 99, 18, 88, 214, 156, 247, 162, 222, 249, 222, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16]);
      function modL(r, x) {
        var carry, i, j, k;
        for (i = 63; i >= 32; --i) {
          carry = 0;
          for (j = i - 32, k = i - 12; j < k; ++j) {
            x[j] += carry - 16 * x[i] * L[j - (i - 32)];
            carry = Math.floor((x[j] + 128) / 256);
            x[j] -= carry * 256;
          }
          x[j] += carry;
          x[i] = 0;
        }
        carry = 0;
        for (j = 0; j < 32; j++) {
          x[j] += carry - (x[31] >> 4) * L[j];
          carry = x[j] >> 8;
          x[j] &= 255;
        }
        for (j = 0; j < 32; j++) x[j] -= carry * L[j];
        for (i = 0; i < 32; i++) {
          x[i + 1] += x[i] >> 8;
          r[i] = x[i] & 255;
        }
      }
      function reduce(r) {
        var x = new Float64Array(64), i;
        for (i = 0; i < 64; i++) x[i] = r[i];
        for (i = 0; i < 64; i++) r[i] = 0;
        modL(r, x);
      }
      function crypto_sign(sm, m, n, sk) {
        var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64);
        var i, j, x = new Float64Array(64);
        var p = [gf(), gf(), gf(), gf()];
        crypto_hash(d, sk, 32);
        d[0] &= 248;
        d[31] &= 127;
        d[31] |= 64;
        var smlen = n + 64;
        for (i = 0; i < n; i++) sm[64 + i] = m[i];
        for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];
        crypto_hash(r, sm.subarray(32), n + 32);
        reduce(r);
        scalarbase(p, r);
        pack(sm, p);
        for (i = 32; i < 64; i++) sm[i] = sk[i];
        crypto_hash(h, sm, n + 64);
        reduce(h);
        for (i = 0; i < 64; i++) x[i] = 0;
        for (i = 0; i < 32; i++) x[i] = r[i];
        for (i = 0; i < 32; i++) {
          for (j = 0; j < 32; j++) {
            x[i + j] += h[i] * d[j];
          }
        }
        modL(sm.subarray(32), x);
        return smlen;
      }
      function unpackneg(r, p) {
        var t = gf(), chk = gf(), num = gf(), den = gf(), den2 = gf(), den4 = gf(), den6 = gf();
        set25519(r[2], gf1);
        unpack25519(r[1], p);
        S(num, r[1]);
        M(den, num, D);
        Z(num, num, r[2]);
        A(den, r[2], den);
        S(den2, den);
        S(den4, den2);
        M(den6, den4, den2);
        M(t, den6, num);
        M(t, t, den);
        pow2523(t, t);
        M(t, t, num);
        M(t, t, den);
        M(t, t, den);
        M(r[0], t, den);
        S(chk, r[0]);
        M(chk, chk, den);
        if (neq25519(chk, num)) M(r[0], r[0], I);
        S(chk, r[0]);
        M(chk, chk, den);
        if (neq25519(chk, num)) return -1;
        if (par25519(r[0]) === p[31] >> 7) Z(r[0], gf0, r[0]);
        M(r[3], r[0], r[1]);
        return 0;
      }
      function crypto_sign_open(m, sm, n, pk) {
        var i;
        var t = new Uint8Array(32), h = new Uint8Array(64);
        var p = [gf(), gf(), gf(), gf()], q = [gf(), gf(), gf(), gf()];
        if (n < 64) return -1;
        if (unpackneg(q, pk)) return -1;
        for (i = 0; i < n; i++) m[i] = sm[i];
        for (i = 0; i < 32; i++) m[i + 32] = pk[i];
        crypto_hash(h, m, n);
        reduce(h);
        scalarmult(p, q, h);
        scalarbase(q, sm.subarray(32));
        add(p, q);
        pack(t, p);
        n -= 64;
        if (crypto_verify_32(sm, 0, t, 0)) {
          for (i = 0; i < n; i++) m[i] = 0;
          return -1;
        }
        for (i = 0; i < n; i++) m[i] = sm[i + 64];
        return n;
      }
      var crypto_secretbox_KEYBYTES = 32, crypto_secretbox_NONCEBYTES = 24, crypto_secretbox_ZEROBYTES = 32, crypto_secretbox_BOXZEROBYTES = 16, crypto_scalarmult_BYTES = 32, crypto_scalarmult_SCALARBYTES = 32, crypto_box_PUBLICKEYBYTES = 32, crypto_box_SECRETKEYBYTES = 32, crypto_box_BEFORENMBYTES = 32, crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES, crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES, crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES, crypto_sign_BYTES = 64, crypto_sign_PUBLICKEYBYTES = 32, crypto_sign_SECRETKEYBYTES = 64, crypto_sign_SEEDBYTES = 32, crypto_hash_BYTES = 64;
      nacl2.lowlevel = {
        crypto_core_hsalsa20,
        crypto_stream_xor,
        crypto_stream,
        crypto_stream_salsa20_xor,
        crypto_stream_salsa20,
        crypto_onetimeauth,
        crypto_onetimeauth_verify,
        crypto_verify_16,
        crypto_verify_32,
        crypto_secretbox,
        crypto_secretbox_open,
        crypto_scalarmult,
        crypto_scalarmult_base,
        crypto_box_beforenm,
        crypto_box_afternm,
        crypto_box,
        crypto_box_open,
        crypto_box_keypair,
        crypto_hash,
        crypto_sign,
        crypto_sign_keypair,
        crypto_sign_open,
        crypto_secretbox_KEYBYTES,
        crypto_secretbox_NONCEBYTES,
        crypto_secretbox_ZEROBYTES,
        crypto_secretbox_BOXZEROBYTES,
        crypto_scalarmult_BYTES,
        crypto_scalarmult_SCALARBYTES,
        crypto_box_PUBLICKEYBYTES,
        crypto_box_SECRETKEYBYTES,
        crypto_box_BEFORENMBYTES,
        crypto_box_NONCEBYTES,
        crypto_box_ZEROBYTES,
        crypto_box_BOXZEROBYTES,
        crypto_sign_BYTES,
        crypto_sign_PUBLICKEYBYTES,
        crypto_sign_SECRETKEYBYTES,
        crypto_sign_SEEDBYTES,
        crypto_hash_BYTES,
        gf,
        D,
        L,
        pack25519,
        unpack25519,
        M,
        A,
        S,
        Z,
        pow2523,
        add,
        set25519,
        modL,
        scalarmult,
        scalarbase
      };
      function checkLengths(k, n) {
        if (k.length !== crypto_secretbox_KEYBYTES) throw new Error("bad key size");
        if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error("bad nonce size");
      }
      function checkBoxLengths(pk, sk) {
        if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error("bad public key size");
        if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error("bad secret key size");
      }
      function checkArrayTypes() {
        for (var i = 0; i < arguments.length; i++) {
          if (!(arguments[i] instanceof Uint8Array))
            throw new TypeError("unexpected type, use Uint8Array");
        }
      }
      function cleanup(arr) {
        for (var i = 0; i < arr.length; i++) arr[i] = 0;
      }
      nacl2.randomBytes = function(n) {
        var b = new Uint8Array(n);
        randombytes(b, n);
        return b;
      };
      nacl2.secretbox = function(msg, nonce, key) {
        checkArrayTypes(msg, nonce, key);
        checkLengths(key, nonce);
        var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length);
        var c = new Uint8Array(m.length);
        for (var i = 0; i < msg.length; i++) m[i + crypto_secretbox_ZEROBYTES] = msg[i];
        crypto_secretbox(c, m, m.length, nonce, key);
        return c.subarray(crypto_secretbox_BOXZEROBYTES);
      };
      nacl2.secretbox.open = function(box, nonce, key) {
        checkArrayTypes(box, nonce, key);
        checkLengths(key, nonce);
        var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length);
        var m = new Uint8Array(c.length);
        for (var i = 0; i < box.length; i++) c[i + crypto_secretbox_BOXZEROBYTES] = box[i];
        if (c.length < 32) return null;
        if (crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null;
        return m.subarray(crypto_secretbox_ZEROBYTES);
      };
      nacl2.secretbox.keyLength = crypto_secretbox_KEYBYTES;
      nacl2.secretbox.nonceLength = crypto_secretbox_NONCEBYTES;
      nacl2.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES;
      nacl2.scalarMult = function(n, p) {
        checkArrayTypes(n, p);
        if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        if (p.length !== crypto_scalarmult_BYTES) throw new Error("bad p size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        crypto_scalarmult(q, n, p);
        return q;
      };
      nacl2.scalarMult.base = function(n) {
        checkArrayTypes(n);
        if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        crypto_scalarmult_base(q, n);
        return q;
      };
      nacl2.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES;
      nacl2.scalarMult.groupElementLength = crypto_scalarmult_BYTES;
      nacl2.box = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox(msg, nonce, k);
      };
      nacl2.box.before = function(publicKey, secretKey) {
        checkArrayTypes(publicKey, secretKey);
        checkBoxLengths(publicKey, secretKey);
        var k = new Uint8Array(crypto_box_BEFORENMBYTES);
        crypto_box_beforenm(k, publicKey, secretKey);
        return k;
      };
      nacl2.box.after = nacl2.secretbox;
      nacl2.box.open = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox.open(msg, nonce, k);
      };
      nacl2.box.open.after = nacl2.secretbox.open;
      nacl2.box.keyPair = function() {
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(pk, sk);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.box.keyPair.fromSecretKey = function(secretKey) {
        checkArrayTypes(secretKey);
        if (secretKey.length !== crypto_box_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
        crypto_scalarmult_base(pk, secretKey);
        return { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      };
      nacl2.box.publicKeyLength = crypto_box_PUBLICKEYBYTES;
      nacl2.box.secretKeyLength = crypto_box_SECRETKEYBYTES;
      nacl2.box.sharedKeyLength = crypto_box_BEFORENMBYTES;
      nacl2.box.nonceLength = crypto_box_NONCEBYTES;
      nacl2.box.overheadLength = nacl2.secretbox.overheadLength;
      nacl2.sign = function(msg, secretKey) {
        checkArrayTypes(msg, secretKey);
        if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var signedMsg = new Uint8Array(crypto_sign_BYTES + msg.length);
        crypto_sign(signedMsg, msg, msg.length, secretKey);
        return signedMsg;
      };
      nacl2.sign.open = function(signedMsg, publicKey) {
        checkArrayTypes(signedMsg, publicKey);
        if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var tmp = new Uint8Array(signedMsg.length);
        var mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
        if (mlen < 0) return null;
        var m = new Uint8Array(mlen);
        for (var i = 0; i < m.length; i++) m[i] = tmp[i];
        return m;
      };
      nacl2.sign.detached = function(msg, secretKey) {
        var signedMsg = nacl2.sign(msg, secretKey);
        var sig = new Uint8Array(crypto_sign_BYTES);
        for (var i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
        return sig;
      };
      nacl2.sign.detached.verify = function(msg, sig, publicKey) {
        checkArrayTypes(msg, sig, publicKey);
        if (sig.length !== crypto_sign_BYTES)
          throw new Error("bad signature size");
        if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var sm = new Uint8Array(crypto_sign_BYTES + msg.length);
        var m = new Uint8Array(crypto_sign_BYTES + msg.length);
        var i;
        for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
        for (i = 0; i < msg.length; i++) sm[i + crypto_sign_BYTES] = msg[i];
        return crypto_sign_open(m, sm, sm.length, publicKey) >= 0;
      };
      nacl2.sign.keyPair = function() {
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(pk, sk);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.sign.keyPair.fromSecretKey = function(secretKey) {
        checkArrayTypes(secretKey);
        if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        for (var i = 0; i < pk.length; i++) pk[i] = secretKey[32 + i];
        return { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      };
      nacl2.sign.keyPair.fromSeed = function(seed) {
        checkArrayTypes(seed);
        if (seed.length !== crypto_sign_SEEDBYTES)
          throw new Error("bad seed size");
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
        for (var i = 0; i < 32; i++) sk[i] = seed[i];
        crypto_sign_keypair(pk, sk, true);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES;
      nacl2.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES;
      nacl2.sign.seedLength = crypto_sign_SEEDBYTES;
      nacl2.sign.signatureLength = crypto_sign_BYTES;
      nacl2.hash = function(msg) {
        checkArrayTypes(msg);
        var h = new Uint8Array(crypto_hash_BYTES);
        crypto_hash(h, msg, msg.length);
        return h;
      };
      nacl2.hash.hashLength = crypto_hash_BYTES;
      nacl2.verify = function(x, y) {
        checkArrayTypes(x, y);
        if (x.length === 0 || y.length === 0) return false;
        if (x.length !== y.length) return false;
        return vn(x, 0, y, 0, x.length) === 0 ? true : false;
      };
      nacl2.setPRNG = function(fn) {
        randombytes = fn;
      };
      (function() {
        var crypto = typeof self !== "undefined" ? self.crypto || self.msCrypto : null;
        if (crypto && crypto.getRandomValues) {
          var QUOTA = 65536;
          nacl2.setPRNG(function(x, n) {
            var i, v = new Uint8Array(n);
            for (i = 0; i < n; i += QUOTA) {
              crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
            }
            for (i = 0; i < n; i++) x[i] = v[i];
            cleanup(v);
          });
        } else if (typeof __require !== "undefined") {
          crypto = __require("crypto");
          if (crypto && crypto.randomBytes) {
            nacl2.setPRNG(function(x, n) {
              var i, v = crypto.randomBytes(n);
              for (i = 0; i < n; i++) x[i] = v[i];
              cleanup(v);
            });
          }
        }
      })();
    })(typeof module !== "undefined" && module.exports ? module.exports : self.nacl = self.nacl || {});
  }
});

// src/main.ts
import { randomUUID as randomUUID4 } from "node:crypto";
import path25 from "node:path";

// src/inputs.ts
import { stat as stat5 } from "node:fs/promises";
import os2 from "node:os";
import path12 from "node:path";

// src/plan/matrix.ts
import { createHash } from "node:crypto";

// src/plan/platforms.ts
var P = (goos, goarch, extra = {}) => ({
  goos,
  goarch,
  firstClass: false,
  cgo: true,
  ...extra
});
var FIRST = { firstClass: true };
var NOCGO = { cgo: false };
var PORTS = [
  P("aix", "ppc64"),
  P("android", "386", { needsCgo: true }),
  P("android", "amd64", { needsCgo: true }),
  P("android", "arm", { needsCgo: true }),
  P("android", "arm64"),
  P("darwin", "amd64", FIRST),
  P("darwin", "arm64", FIRST),
  P("dragonfly", "amd64"),
  P("freebsd", "386"),
  P("freebsd", "amd64"),
  P("freebsd", "arm"),
  P("freebsd", "arm64"),
  P("freebsd", "riscv64", { removedIn: "1.26" }),
  P("illumos", "amd64"),
  P("ios", "amd64", { needsCgo: true }),
  P("ios", "arm64", { needsCgo: true }),
  P("js", "wasm", NOCGO),
  P("linux", "386", FIRST),
  P("linux", "amd64", FIRST),
  P("linux", "arm", FIRST),
  P("linux", "arm64", FIRST),
  P("linux", "loong64"),
  P("linux", "mips"),
  P("linux", "mips64"),
  P("linux", "mips64le"),
  P("linux", "mipsle"),
  P("linux", "ppc64", NOCGO),
  P("linux", "ppc64le"),
  P("linux", "riscv64"),
  P("linux", "s390x"),
  P("netbsd", "386"),
  P("netbsd", "amd64"),
  P("netbsd", "arm"),
  P("netbsd", "arm64"),
  P("openbsd", "386"),
  P("openbsd", "amd64"),
  P("openbsd", "arm"),
  P("openbsd", "arm64"),
  P("openbsd", "ppc64", NOCGO),
  P("openbsd", "riscv64"),
  P("plan9", "386", NOCGO),
  P("plan9", "amd64", NOCGO),
  P("plan9", "arm", NOCGO),
  P("solaris", "amd64"),
  P("wasip1", "wasm", NOCGO),
  P("windows", "386", FIRST),
  P("windows", "amd64", FIRST),
  P("windows", "arm", { removedIn: "1.26" }),
  P("windows", "arm64")
];
var same = (v) => v;
var range = (prefix, from, to) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
var VARIANT_FAMILIES = {
  arm: { env: "GOARM", variants: ["v5", "v6", "v7"], toEnv: (v) => v.slice(1), goDefault: "v7", minGo: "1.0" },
  amd64: { env: "GOAMD64", variants: ["v1", "v2", "v3", "v4"], toEnv: same, goDefault: "v1", minGo: "1.18" },
  arm64: {
    env: "GOARM64",
    variants: [...range("v8.", 0, 9), ...range("v9.", 0, 5)],
    toEnv: same,
    goDefault: "v8.0",
    minGo: "1.23"
  },
  "386": { env: "GO386", variants: ["sse2", "softfloat"], toEnv: same, goDefault: "sse2", minGo: "1.16" },
  mips: { env: "GOMIPS", variants: ["hardfloat", "softfloat"], toEnv: same, goDefault: "hardfloat", minGo: "1.10" },
  mipsle: { env: "GOMIPS", variants: ["hardfloat", "softfloat"], toEnv: same, goDefault: "hardfloat", minGo: "1.10" },
  mips64: { env: "GOMIPS64", variants: ["hardfloat", "softfloat"], toEnv: same, goDefault: "hardfloat", minGo: "1.11" },
  mips64le: { env: "GOMIPS64", variants: ["hardfloat", "softfloat"], toEnv: same, goDefault: "hardfloat", minGo: "1.11" },
  ppc64: { env: "GOPPC64", variants: ["power8", "power9", "power10"], toEnv: same, goDefault: "power8", minGo: "1.20" },
  ppc64le: { env: "GOPPC64", variants: ["power8", "power9", "power10"], toEnv: same, goDefault: "power8", minGo: "1.20" },
  riscv64: {
    env: "GORISCV64",
    variants: ["rva20u64", "rva22u64", "rva23u64"],
    toEnv: same,
    goDefault: "rva20u64",
    minGo: "1.23",
    variantMinGo: { rva23u64: "1.25" }
  }
};
function findPort(goos, goarch) {
  return PORTS.find((p) => p.goos === goos && p.goarch === goarch);
}
var KNOWN_GOOS = [...new Set(PORTS.map((p) => p.goos))];
var KNOWN_GOARCH = [...new Set(PORTS.map((p) => p.goarch))];

// src/plan/suggest.ts
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
function nearest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}

// src/plan/targets.ts
var TargetsError = class extends Error {
};
function canonicalTarget(t) {
  return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`;
}
function targetEnv(t) {
  const env = { GOOS: t.goos, GOARCH: t.goarch };
  const family = VARIANT_FAMILIES[t.goarch];
  if (family && t.variant) env[family.env] = family.toEnv(t.variant);
  return env;
}
function effectiveVariant(t) {
  return t.variant || VARIANT_FAMILIES[t.goarch]?.goDefault || "";
}
var wildcardPorts = () => PORTS.filter((p) => !p.needsCgo);
var spellingCache;
function spellings() {
  if (spellingCache) return spellingCache;
  const out = ["all"];
  spellingCache = out;
  for (const p of PORTS) {
    out.push(`${p.goos}/${p.goarch}`);
    for (const v of VARIANT_FAMILIES[p.goarch]?.variants ?? []) out.push(`${p.goos}/${p.goarch}/${v}`);
  }
  for (const os3 of KNOWN_GOOS) out.push(`${os3}/*`);
  for (const arch2 of KNOWN_GOARCH) out.push(`*/${arch2}`);
  return out;
}
function splitTargetItems(input) {
  return input.split("\n").map((line) => line.replace(/#.*$/, "")).join(" ").split(/[\s,]+/).filter(Boolean);
}
var isGlob = (element) => /[*?]/.test(element);
function elementMatcher(element) {
  if (!isGlob(element)) return (name) => name === element;
  const re = new RegExp(`^${element.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return (name) => re.test(name);
}
var matches = (p, port) => elementMatcher(p.goos)(port.goos) && elementMatcher(p.goarch)(port.goarch);
function checkItem(item, suggest) {
  if (item.length > 64) return `${quoteFragment(item, 40)} is not of the form os/arch or os/arch/variant`;
  const parts = item.split("/");
  const suggestion = () => {
    if (!suggest || item.length > 32) return "";
    const s = nearest(item.toLowerCase(), spellings());
    return s && s !== item ? `; did you mean "${s}"?` : "";
  };
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) {
    return `"${item}" is not of the form os/arch or os/arch/variant${suggestion()}`;
  }
  const [goos, goarch, variant = ""] = parts;
  if (!KNOWN_GOOS.some(elementMatcher(goos))) {
    return `"${item}": ${isGlob(goos) ? `"${goos}" matches no GOOS` : `unknown GOOS "${goos}"`}${suggestion()}`;
  }
  if (!KNOWN_GOARCH.some(elementMatcher(goarch))) {
    return `"${item}": ${isGlob(goarch) ? `"${goarch}" matches no GOARCH` : `unknown GOARCH "${goarch}"`}${suggestion()}`;
  }
  if (!isGlob(goos) && !isGlob(goarch) && !findPort(goos, goarch)) {
    const archs = PORTS.filter((p) => p.goos === goos).map((p) => p.goarch);
    return `"${item}" is not a Go port (${goos} supports ${archs.join(", ")})${suggestion()}`;
  }
  if ((isGlob(goos) || isGlob(goarch)) && !PORTS.some((port) => matches({ item, goos, goarch, variant }, port))) {
    return `"${item}" matches no Go port${suggestion()}`;
  }
  if (variant) {
    if (isGlob(variant)) return `"${item}": a variant cannot be a pattern; name it, as in linux/arm/v7`;
    if (isGlob(goarch)) return `"${item}": a variant needs a concrete arch (variants differ per arch)`;
    const family = VARIANT_FAMILIES[goarch];
    if (!family) return `"${item}": ${goarch} takes no variant; write "${goos}/${goarch}"`;
    if (!family.variants.includes(variant)) {
      return `"${item}": unknown ${goarch} variant "${variant}" (${family.env}); valid: ${family.variants.join(", ")}${suggestion()}`;
    }
  }
  return { item, goos, goarch, variant };
}
function expand(p) {
  if (!isGlob(p.goos) && !isGlob(p.goarch)) return [{ goos: p.goos, goarch: p.goarch, variant: p.variant }];
  return wildcardPorts().filter((port) => matches(p, port)).map((port) => ({ goos: port.goos, goarch: port.goarch, variant: p.variant }));
}
function excludes(p, t) {
  return matches(p, t) && (p.variant === "" || p.variant === t.variant);
}
var MAX_LISTED_ERRORS = 10;
function parseTargets(input, inputName = "targets") {
  const items = splitTargetItems(input);
  if (items.length === 0) {
    throw new TargetsError(`${inputName} is empty: list targets such as "linux/amd64, darwin/arm64, windows/amd64", or "all"`);
  }
  const include = [];
  const exclude = [];
  const errors = [];
  for (const raw of items) {
    const negated = raw.startsWith("!");
    const item = negated ? raw.slice(1) : raw;
    if (item === "all") {
      if (negated) errors.push('"!all" excludes everything; remove it');
      else include.push({ item, goos: "all", goarch: "", variant: "" });
      continue;
    }
    const checked = checkItem(item, errors.length < MAX_LISTED_ERRORS);
    if (typeof checked === "string") errors.push(checked);
    else (negated ? exclude : include).push(checked);
  }
  if (errors.length) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > listed.length) listed.push(`\u2026 and ${errors.length - listed.length} more`);
    throw new TargetsError(`${inputName}: ${errors.length === 1 ? errors[0] : "\n  - " + listed.join("\n  - ")}`);
  }
  if (include.length === 0) {
    throw new TargetsError(`${inputName} has only exclusions; name what to build first, e.g. "linux/*, !linux/mips"`);
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const p of include) {
    const expanded = p.goos === "all" ? PORTS.filter((port) => port.firstClass).map((port) => ({ goos: port.goos, goarch: port.goarch, variant: "" })) : expand(p);
    for (const t of expanded) {
      const key = canonicalTarget(t);
      if (seen.has(key) || exclude.some((e) => excludes(e, t))) continue;
      seen.add(key);
      out.push(t);
    }
  }
  if (out.length === 0) {
    throw new TargetsError(`${inputName}: the exclusions remove every target; nothing is left to build`);
  }
  return out;
}

// src/plan/matrix.ts
var DEFAULT_MATRIX_OPTIONS = {
  groupBy: { kind: "target" },
  runsOn: "ubuntu-latest",
  macosRunsOn: "macos-latest",
  needsMacOS: () => false
};
var MatrixError = class extends Error {
};
function parseGroupBy(raw) {
  const text = raw.trim().toLowerCase();
  if (text === "" || text === "target") return { kind: "target" };
  if (text === "os") return { kind: "os" };
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1) return { kind: "count", max: n };
  throw new MatrixError(`group-by: "${raw}" is not target, os, or a whole number of targets per job`);
}
var slug = (s) => s.replace(/[^a-z0-9.]+/gi, "-").replace(/^-|-$/g, "");
function balanced(items, max) {
  const groups = Math.max(1, Math.ceil(items.length / max));
  const out = [];
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const size = Math.floor(items.length / groups) + (g < items.length % groups ? 1 : 0);
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out.filter((g) => g.length);
}
function buildMatrix(targets, opts = DEFAULT_MATRIX_OPTIONS) {
  const lanes = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const runsOn = opts.needsMacOS(t) ? opts.macosRunsOn : opts.runsOn;
    lanes.set(runsOn, [...lanes.get(runsOn) ?? [], t]);
  }
  const include = [];
  for (const [runsOn, lane] of lanes) {
    let groups;
    if (opts.groupBy.kind === "target") groups = lane.map((t) => [t]);
    else if (opts.groupBy.kind === "os") {
      const byOs = /* @__PURE__ */ new Map();
      for (const t of lane) byOs.set(t.goos, [...byOs.get(t.goos) ?? [], t]);
      groups = [...byOs.values()];
    } else groups = balanced(lane, opts.groupBy.max);
    for (const group of groups) {
      const names = group.map(canonicalTarget);
      let id;
      if (opts.groupBy.kind === "os") id = slug(group[0]?.goos);
      else if (group.length === 1) id = slug(names[0]);
      else id = `group-${include.length + 1}-${createHash("sha256").update(names.join(" ")).digest("hex").slice(0, 8)}`;
      if (lanes.size > 1 && runsOn === opts.macosRunsOn && opts.groupBy.kind === "os") id = `${id}-macos`;
      include.push({ id, ...group.length === 1 ? { target: names[0] } : {}, targets: names.join(" "), "runs-on": runsOn, ...opts.goVersion ? { "go-version": opts.goVersion } : {} });
    }
  }
  const ids = /* @__PURE__ */ new Set();
  for (const e of include) {
    if (ids.has(e.id)) throw new MatrixError(`matrix: two entries would share the id ${e.id}`);
    ids.add(e.id);
  }
  return { include };
}

// src/plan/shellwords.ts
var ShellWordsError = class extends Error {
};
var OPERATORS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")", "`"]);
function splitShellWords(text, what = "input") {
  return splitShellWordParts(text, what).map((w) => w.parts.join(""));
}
function splitShellWordParts(text, what, embedded) {
  const words = [];
  let parts = [];
  let literal = "";
  let inWord = false;
  let quoted = false;
  let i = 0;
  const fail = (why) => {
    const where = text.length <= 80 ? quoteFragment(text, 80) : `the text, near ${quoteFragment(text.slice(Math.max(0, i - 30), i + 30))}`;
    throw new ShellWordsError(`${what}: ${why} at character ${i + 1} of ${where}`);
  };
  const flushLiteral = () => {
    if (literal) parts.push(literal);
    literal = "";
  };
  const endWord = () => {
    flushLiteral();
    if (inWord) words.push({ parts, quoted });
    parts = [];
    inWord = false;
    quoted = false;
  };
  const takeEmbedded = () => {
    if (!embedded?.startsAt(text, i)) return false;
    const { item, end } = embedded.read(text, i);
    flushLiteral();
    parts.push(item);
    i = end;
    return true;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      endWord();
      i++;
      continue;
    }
    if (c === "#" && !inWord) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    inWord = true;
    if (takeEmbedded()) continue;
    if (c === "'") {
      quoted = true;
      i++;
      for (; ; ) {
        if (i >= text.length) fail("unterminated single quote");
        if (text[i] === "'") break;
        if (takeEmbedded()) continue;
        literal += text[i];
        i++;
      }
      i++;
    } else if (c === '"') {
      quoted = true;
      i++;
      for (; ; ) {
        if (i >= text.length) fail("unterminated double quote");
        const d = text[i];
        if (d === '"') break;
        if (takeEmbedded()) continue;
        if (d === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== "\n") literal += text[i + 1];
          i += 2;
          continue;
        }
        if (d === "$" || d === "`") fail("shell substitution is not supported (the text is not run through a shell)");
        literal += d;
        i++;
      }
      i++;
    } else if (c === "\\") {
      if (i + 1 >= text.length) fail("trailing backslash");
      if (text[i + 1] !== "\n") literal += text[i + 1];
      i += 2;
    } else if (c === "$") {
      fail("shell substitution is not supported (the text is not run through a shell); use a template field such as {{.Env.NAME}}");
    } else if (OPERATORS.has(c)) {
      fail(`shell operator ${JSON.stringify(c)} is not supported (the text is not run through a shell); quote it if it is meant literally`);
    } else {
      literal += c;
      i++;
    }
  }
  endWord();
  return words;
}

// src/plan/template.ts
var TemplateError = class extends Error {
};
var FIELD = /^\.([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/;
function readAction(text, start, what) {
  const close = text.indexOf("}}", start + 2);
  if (close < 0) {
    throw new TemplateError(`${what}: the "{{" at character ${start + 1} is never closed with "}}"; write fields as {{.Version}}`);
  }
  let body = text.slice(start + 2, close);
  if (body.startsWith("-")) body = body.slice(1);
  if (body.endsWith("-")) body = body.slice(0, -1);
  body = body.trim();
  const m = FIELD.exec(body);
  if (!m) {
    throw new TemplateError(
      `${what}: unsupported template action {{${quoteFragment(body).slice(1, -1)}}}; only fields such as {{.Version}} or {{.Env.NAME}} are supported`
    );
  }
  const [, field, sub] = m;
  return { item: sub === void 0 ? { field } : { field, sub }, end: close + 2 };
}
var actions = (what) => ({
  startsAt: (text, i) => text.charCodeAt(i) === 123 && text.charCodeAt(i + 1) === 123,
  read: (text, i) => readAction(text, i, what)
});
function parseTemplate(template, what) {
  const parts = [];
  let from = 0;
  for (let i = template.indexOf("{{"); i >= 0; i = template.indexOf("{{", from)) {
    if (i > from) parts.push(template.slice(from, i));
    const { item, end } = readAction(template, i, what);
    parts.push(item);
    from = end;
  }
  if (from < template.length) parts.push(template.slice(from));
  return parts;
}
var spell = (a) => `{{.${a.field}${a.sub !== void 0 ? "." + a.sub : ""}}}`;
function resolve(a, fields, env, what) {
  let value;
  if (a.field === "Env") {
    if (a.sub === void 0) throw new TemplateError(`${what}: {{.Env}} needs a variable name, as in {{.Env.GITHUB_REPOSITORY}}`);
    const v = env[a.sub];
    if (v === void 0) {
      throw new TemplateError(`${what}: {{.Env.${a.sub}}} refers to an environment variable that is not set; set it in the step's env:`);
    }
    value = v;
  } else {
    if (a.sub !== void 0 || !Object.hasOwn(fields, a.field)) {
      throw new TemplateError(
        `${what}: unknown template field ${spell(a)}; known fields: ${[...Object.keys(fields), "Env.NAME"].map((f) => `{{.${f}}}`).join(", ")}`
      );
    }
    value = fields[a.field];
  }
  const control = controlCharacterProblem(value);
  if (control) {
    throw new TemplateError(
      `${what}: the value of ${spell(a)} has ${control}; names, paths, versions and flags cannot hold control or bidi characters \u2014 ` + (a.field === "Env" ? `fix the variable ${a.sub}` : "fix its source (the version input, the git tag or branch, or go.mod)")
    );
  }
  return value;
}
var renderParts = (parts, fields, env, what) => parts.map((p) => typeof p === "string" ? p : resolve(p, fields, env, what)).join("");
function renderTemplate(template, fields, env, what) {
  return renderParts(parseTemplate(template, what), fields, env, what);
}
function renderTemplateWords(template, fields, env, what) {
  const out = [];
  for (const word of splitShellWordParts(template, what, actions(what))) {
    const text = renderParts(word.parts, fields, env, what);
    if (text === "" && !word.quoted) continue;
    const control = controlCharacterProblem(text);
    if (control) throw new TemplateError(`${what}: the word ${quoteFragment(text)} has ${control}; remove it`);
    out.push(text);
  }
  return out;
}
function checkTemplateWords(template, what) {
  splitShellWordParts(template, what, actions(what));
}

// src/plan/version-file.ts
var VersionFileError = class extends Error {
};
function versionToken(fileName, token, what) {
  if (token.length > 40 || controlCharacterProblem(token) || !/^[0-9A-Za-z.+~^*<>=_-]+$/.test(token)) {
    throw new VersionFileError(`go-version-file: ${fileName}: ${what} is not a Go version (its content is not shown); check that go-version-file names the right file`);
  }
  return token;
}
var stripComment = (line) => line.replace(/\/\/.*$/, "").trim();
function readGoDirectives(text) {
  const out = {};
  for (const raw of text.split("\n")) {
    const line = stripComment(raw);
    const m = /^(go|toolchain)\s+(\S+)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
function parseVersionFile(fileName, text) {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (base === "go.mod" || base === "go.work") {
    const { go, toolchain } = readGoDirectives(text);
    if (toolchain && toolchain !== "default") {
      versionToken(fileName, toolchain, "the toolchain line");
      const version = toolchain.replace(/^go/, "").replace(/-.*$/, "");
      return { spec: version, origin: `${fileName} (toolchain ${toolchain})` };
    }
    if (go) {
      versionToken(fileName, go, "the go line");
      return { spec: `>=${normalizeMinimum(go)}`, origin: `${fileName} (go ${go}, a minimum)` };
    }
    throw new VersionFileError(`go-version-file: ${fileName} has neither a "go" nor a "toolchain" line`);
  }
  if (base === ".tool-versions") {
    for (const raw of text.split("\n")) {
      const m = /^\s*(golang|go)\s+(\S+)/.exec(raw.replace(/#.*$/, ""));
      if (m) return { spec: versionToken(fileName, m[2], `the ${m[1]} line`), origin: `${fileName} (${m[1]} ${m[2]})` };
    }
    throw new VersionFileError(`go-version-file: ${fileName} has no "golang" (or "go") line`);
  }
  const first = text.split("\n").map((l) => l.replace(/#.*$/, "").trim()).find(Boolean);
  if (!first) throw new VersionFileError(`go-version-file: ${fileName} is empty`);
  return { spec: versionToken(fileName, first, "the first line").replace(/^go(?=\d)/, ""), origin: fileName };
}
function normalizeMinimum(go) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(go);
  if (!m) throw new VersionFileError(`go-version-file: "go ${quoteFragment(go, 40).slice(1, -1)}" is not a Go version`);
  return `${m[1]}.${m[2]}.${m[3] ?? "0"}${m[4] ? `-${m[4]}.${m[5]}` : ""}`;
}

// src/tools/go-versions.ts
var import_semver = __toESM(require_semver(), 1);

// src/tools/index-names.ts
var IndexError = class extends Error {
};
function isPlainFileName(name) {
  return typeof name === "string" && name.length <= 255 && /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) && !name.includes("..");
}
var shown = (v) => typeof v === "string" ? JSON.stringify(v.length > 120 ? `${v.slice(0, 120)}\u2026` : v) : String(v);
function checkIndexFileName(name, expected, where) {
  if (!isPlainFileName(name)) {
    throw new IndexError(`${where} names the file ${shown(name)}, which is not a plain file name; refusing it (a mirror must serve the official file names)`);
  }
  const ok2 = typeof expected === "string" ? name === expected : expected.test(name);
  if (!ok2) {
    throw new IndexError(`${where} names the file ${shown(name)}, not the expected ${typeof expected === "string" ? expected : "asset name"}; refusing it`);
  }
  return name;
}
function checkIndexSha256(value, file, where) {
  if (typeof value !== "string" || !/^[0-9a-fA-F]{64}$/.test(value)) {
    throw new IndexError(`${where} gives ${shown(value)} as the SHA-256 of ${file}, which is not 64 hex digits; refusing it`);
  }
  return value.toLowerCase();
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var expectedGoArchive = (goVersion, os3, arch2) => `${goVersion}.${os3}-${arch2}.${os3 === "windows" ? "zip" : "tar.gz"}`;
function expectedZigArchive(version, hostKey) {
  const [arch2, os3] = hostKey.split("-");
  const ext = os3 === "windows" ? "zip" : "tar\\.xz";
  return new RegExp(`^zig-(?:${escapeRe(arch2)}-${escapeRe(os3)}|${escapeRe(os3)}-${escapeRe(arch2)})-${escapeRe(version)}\\.${ext}$`);
}

// src/tools/go-versions.ts
var GoVersionError = class extends Error {
};
function goToSemver(version) {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(version.trim());
  if (!m) return void 0;
  const [, major, minor, patch = "0", pre, preN] = m;
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preN}` : ""}`;
}
function semverToGo(version) {
  const v = import_semver.default.parse(version);
  if (!v) return `go${version}`;
  if (v.prerelease.length) {
    return `go${v.major}.${v.minor}${v.prerelease.join("")}`;
  }
  if (v.patch === 0 && v.major === 1 && v.minor < 21) return `go${v.major}.${v.minor}`;
  return `go${v.major}.${v.minor}.${v.patch}`;
}
function parseGoVersionSpec(raw, inputName = "go-version") {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (lower === "stable" || lower === "latest") return { kind: "alias", alias: "stable", raw: text };
  if (lower === "oldstable") return { kind: "alias", alias: "oldstable", raw: text };
  const minorOnly = /^(?:go)?(\d+)\.(\d+)$/.exec(text);
  if (minorOnly) return { kind: "range", range: `~${minorOnly[1]}.${minorOnly[2]}.0`, raw: text };
  const exact = goToSemver(text);
  if (exact) return { kind: "exact", version: exact, raw: text };
  if (import_semver.default.valid(text)) return { kind: "exact", version: import_semver.default.valid(text), raw: text };
  const range2 = import_semver.default.validRange(text);
  if (range2) return { kind: "range", range: text, raw: text };
  throw new GoVersionError(
    `${inputName}: "${raw}" is not a Go version; use an exact version (1.23.4), a line (1.23), a range (1.23.x, ^1.22, ">=1.21 <1.24"), stable or oldstable`
  );
}
function describeSpec(spec) {
  return spec.kind === "exact" ? spec.version : spec.kind === "range" ? spec.range : spec.alias;
}
function satisfiesLocally(version, spec) {
  if (spec.kind === "exact") return import_semver.default.eq(version, spec.version);
  if (spec.kind === "range") return import_semver.default.satisfies(version, spec.range, { includePrerelease: false });
  return false;
}
function bestLocal(versions, spec) {
  const ok2 = versions.filter((v) => import_semver.default.valid(v) && satisfiesLocally(v, spec));
  return ok2.sort(import_semver.default.rcompare)[0];
}
function resolveRelease(index, spec, inputName = "go-version") {
  const releases = index.filter((r) => typeof r === "object" && r !== null && typeof r.version === "string" && Array.isArray(r.files)).map((r) => ({ release: r, version: goToSemver(r.version) })).filter((r) => r.version !== void 0).sort((a, b) => import_semver.default.rcompare(a.version, b.version));
  let chosen;
  if (spec.kind === "exact") {
    chosen = releases.find((r) => import_semver.default.eq(r.version, spec.version));
  } else if (spec.kind === "range") {
    chosen = releases.find((r) => r.release.stable && import_semver.default.satisfies(r.version, spec.range));
  } else {
    const stable = releases.filter((r) => r.release.stable);
    const newest = stable[0];
    if (newest && spec.alias === "stable") chosen = newest;
    if (newest && spec.alias === "oldstable") {
      const minor = import_semver.default.minor(newest.version);
      chosen = stable.find((r) => import_semver.default.minor(r.version) === minor - 1 && import_semver.default.major(r.version) === import_semver.default.major(newest.version));
    }
  }
  if (!chosen) {
    const newest = releases.filter((r) => r.release.stable).slice(0, 3).map((r) => r.version);
    throw new GoVersionError(
      `${inputName}: no Go release matches "${spec.raw}" in the release index (newest stable: ${newest.join(", ") || "none"})`
    );
  }
  return chosen;
}
function resolveFromIndex(index, spec, platform, inputName = "go-version") {
  const chosen = resolveRelease(index, spec, inputName);
  const file = chosen.release.files.find(
    (f) => typeof f === "object" && f !== null && f.kind === "archive" && f.os === platform.os && f.arch === platform.arch
  );
  if (!file) {
    throw new GoVersionError(
      `Go ${chosen.version} has no archive for ${platform.os}/${platform.arch} in the release index; pick another ${inputName}`
    );
  }
  return { version: chosen.version, file };
}
function checkGoIndexFile(resolved, platform, where) {
  const expected = expectedGoArchive(semverToGo(resolved.version), platform.os, platform.arch);
  const filename = checkIndexFileName(resolved.file.filename, expected, where);
  return { ...resolved.file, filename, sha256: checkIndexSha256(resolved.file.sha256, filename, where) };
}
function goPlatform(nodePlatform, nodeArch) {
  const os3 = { win32: "windows", darwin: "darwin", linux: "linux", freebsd: "freebsd" }[nodePlatform];
  const arch2 = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "armv6l", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" }[nodeArch];
  if (!os3 || !arch2) throw new GoVersionError(`Go publishes no toolchain for a ${nodePlatform}/${nodeArch} runner`);
  return { os: os3, arch: arch2, ext: os3 === "windows" ? "zip" : "tar.gz" };
}

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver2 = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver3 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P2, generator) {
  function adopt(value) {
    return value instanceof P2 ? value : new P2(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P2 || (P2 = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version = semver3.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver3.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createToolPath(tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver3.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver3.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver3.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver3.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver3.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver3.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}

// src/tools/go.ts
import { readFile, realpath } from "node:fs/promises";
import path4 from "node:path";

// src/tools/download.ts
import { randomUUID } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path2 from "node:path";
import { pipeline } from "node:stream/promises";
var DownloadError = class extends Error {
};
var ChecksumError = class extends DownloadError {
};
var DEFAULT_RETRY = { attempts: 5, baseMs: 1e3, maxWaitMs: 3e4 };
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
var client = () => new HttpClient("go-xbuild", void 0, { allowRetries: false, socketTimeout: 12e4, keepAlive: false });
var sleep2 = (ms) => new Promise((r) => setTimeout(r, ms));
function waitFor(attempt, policy, retryAfter) {
  const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
  if (header !== void 0) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), policy.maxWaitMs);
  }
  const base = policy.baseMs * 2 ** (attempt - 1);
  return Math.min(base * (0.75 + Math.random() * 0.5), policy.maxWaitMs);
}
function requestOf(url) {
  const u = new URL(url);
  if (!u.username && !u.password) return { href: u.href, headers: {} };
  const credentials = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = "";
  u.password = "";
  return { href: u.href, headers: { authorization: `Basic ${Buffer.from(credentials).toString("base64")}` } };
}
async function withRetries(url, log, policy, attemptOnce) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce();
    } catch (error2) {
      const transient = error2 instanceof TransientError;
      if (!transient || attempt >= policy.attempts) {
        if (error2 instanceof TransientError) {
          throw new DownloadError(`${error2.message} from ${redactUrl(url)}, ${policy.attempts} attempts in all; giving up`, {
            cause: error2
          });
        }
        throw error2;
      }
      const ms = waitFor(attempt, policy, error2.retryAfter);
      log?.warning(`${error2.message} from ${redactUrl(url)}; retrying in ${(ms / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleep2(ms);
    }
  }
}
var TransientError = class extends Error {
  constructor(message, retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }
  retryAfter;
};
async function get(url) {
  let response;
  try {
    const { href, headers } = requestOf(url);
    response = await client().get(href, { accept: "*/*", ...headers });
  } catch (error2) {
    throw new TransientError(`network error (${redactUrls(error2.message)})`);
  }
  const status = response.message.statusCode ?? 0;
  if (status >= 200 && status < 300) return response;
  response.message.resume();
  if (TRANSIENT_STATUS.has(status)) throw new TransientError(`HTTP ${status}`, response.message.headers["retry-after"]);
  throw new DownloadError(`HTTP ${status} from ${redactUrl(url)}`);
}
var MAX_TEXT_BYTES = 64 * 1024 * 1024;
async function fetchText(url, opts = {}) {
  const max = opts.maxBytes ?? MAX_TEXT_BYTES;
  return withRetries(url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
    const response = await get(url);
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of response.message) {
        size += chunk.length;
        if (size > max) {
          response.message.destroy();
          throw new DownloadError(`${redactUrl(url)} answered more than ${max} bytes; that is no release index`);
        }
        chunks.push(chunk);
      }
    } catch (error2) {
      if (error2 instanceof DownloadError) throw error2;
      throw new TransientError(`connection lost while reading (${error2.message})`);
    }
    return Buffer.concat(chunks).toString("utf8");
  });
}
async function fetchJson(url, opts = {}) {
  const body = await fetchText(url, opts);
  try {
    return JSON.parse(body);
  } catch (error2) {
    throw new DownloadError(`${redactUrl(url)} did not answer JSON: ${error2.message}`, { cause: error2 });
  }
}
async function downloadVerified(opts) {
  const expected = opts.sha256?.trim().toLowerCase();
  if (!expected && !opts.unverified) {
    throw new DownloadError(`no SHA-256 is known for ${redactUrl(opts.url)}; refusing to use an unverified download`);
  }
  if (expected && !/^[0-9a-f]{64}$/.test(expected)) {
    throw new DownloadError(`the expected SHA-256 for ${redactUrl(opts.url)} is not 64 hex digits: "${opts.sha256}"`);
  }
  await mkdir(path2.dirname(opts.dest), { recursive: true });
  const partial = `${opts.dest}.${randomUUID()}.partial`;
  const unregister = registerCleanup(`partial download ${partial}`, () => rm(partial, { force: true }));
  try {
    const got = await withRetries(opts.url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
      const response = await get(opts.url);
      const tap = hashTap();
      try {
        await pipeline(response.message, tap.stream, createWriteStream2(partial));
      } catch (error2) {
        await rm(partial, { force: true });
        throw new TransientError(`connection lost while downloading (${error2.message})`);
      }
      const got2 = tap.result();
      const declared = Number(response.message.headers["content-length"]);
      if (Number.isFinite(declared) && declared !== got2.size) {
        await rm(partial, { force: true });
        throw new TransientError(`truncated body (${got2.size} of ${declared} bytes)`);
      }
      return got2;
    });
    if (expected && got.sha256 !== expected) {
      throw new ChecksumError(
        `checksum mismatch for ${redactUrl(opts.url)}: expected sha256 ${expected}, got ${got.sha256} (${got.size} bytes); the file was deleted and nothing was cached`
      );
    }
    if (!expected) opts.log?.warning(`${redactUrl(opts.url)} was not verified: ${opts.unverified}`);
    await rename(partial, opts.dest);
    return { path: opts.dest, ...got };
  } finally {
    unregister();
    await rm(partial, { force: true });
  }
}

// src/tools/install.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdir as mkdir3, rm as rm2, stat } from "node:fs/promises";
import path3 from "node:path";

// src/tools/extract.ts
import { mkdir as mkdir2 } from "node:fs/promises";
async function extractTar(file, dest, compression) {
  await mkdir2(dest, { recursive: true });
  const flag = compression === "gz" ? ["-z"] : compression === "xz" ? ["-J"] : [];
  await runChecked({ kind: "tool", file: "tar", args: ["-x", ...flag, "--no-same-owner", "-f", file, "-C", dest] }, `tar -x ${file}`);
  return dest;
}
var psQuote = (s) => `'${s.replace(/'/g, "''")}'`;
async function extractZip(file, dest, platform = process.platform) {
  await mkdir2(dest, { recursive: true });
  if (platform === "win32") {
    const script = `$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.IO.Compression.FileSystem; [System.IO.Compression.ZipFile]::ExtractToDirectory(${psQuote(file)}, ${psQuote(dest)})`;
    await runChecked({ kind: "tool", file: "powershell", args: ["-NoLogo", "-NoProfile", "-NonInteractive", "-Command", script] }, `extracting ${file}`);
  } else {
    await runChecked({ kind: "tool", file: "unzip", args: ["-o", "-q", file, "-d", dest] }, `unzip ${file}`);
  }
  return dest;
}

// src/tools/install.ts
async function extractArchive(file, name, dest) {
  if (name.endsWith(".zip")) return extractZip(file, dest);
  if (name.endsWith(".tar.xz") || name.endsWith(".txz")) return extractTar(file, dest, "xz");
  if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) return extractTar(file, dest, "gz");
  if (name.endsWith(".tar")) return extractTar(file, dest, "none");
  throw new Error(`do not know how to extract ${name}`);
}
async function installArchive(opts) {
  if (!isPlainFileName(opts.archiveName)) throw new Error(`${opts.tool}: refusing the archive name ${JSON.stringify(opts.archiveName)}: not a plain file name`);
  const cacheName = opts.cacheName ?? opts.tool;
  const shown2 = redactUrl(opts.url);
  const work = path3.join(opts.tempDir, `${opts.tool}-${randomUUID2()}`);
  await mkdir3(work, { recursive: true });
  const unregister = registerCleanup(`download of ${opts.tool}`, () => rm2(work, { recursive: true, force: true }));
  try {
    const key = toolArchiveKey(cacheName, opts.version, opts.archiveName, opts.sha256);
    const file = opts.archiveCache ? toolArchivePath(opts.tempDir, opts.archiveName) : path3.join(work, opts.archiveName);
    const restored = await opts.archiveCache?.restore(key, file, opts.sha256) ?? false;
    if (!restored) {
      opts.log.info(`Downloading ${opts.tool} ${opts.version} from ${shown2}`);
      const archive = await downloadVerified({ url: opts.url, dest: file, sha256: opts.sha256, log: opts.log, retry: opts.retry });
      opts.log.info(`Verified sha256 ${archive.sha256} (${archive.size} bytes)`);
    }
    await opts.verifyArchive?.(file).catch(async (error2) => {
      await rm2(file, { force: true });
      throw error2;
    });
    const extracted = await extractArchive(file, opts.archiveName, path3.join(work, "x"));
    const root = opts.subdir ? path3.join(extracted, opts.subdir) : extracted;
    if (!(await stat(root).catch(() => void 0))?.isDirectory()) {
      throw new Error(`${shown2} does not hold the expected directory "${opts.subdir}"`);
    }
    await opts.validate?.(root);
    const cached = await cacheDir(root, cacheName, opts.version, opts.arch);
    opts.log.info(`Cached ${opts.tool} ${opts.version} at ${cached}`);
    if (!restored) opts.archiveCache?.remember(key, file);
    return cached;
  } finally {
    unregister();
    await rm2(work, { recursive: true, force: true });
  }
}

// src/tools/go.ts
var DEFAULT_GO_BASE_URL = "https://go.dev/dl";
function goIndexUrl(baseUrl) {
  const u = new URL(baseUrl);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/`;
  u.searchParams.set("mode", "json");
  u.searchParams.set("include", "all");
  u.hash = "";
  return u.href;
}
async function goVersionOf(goroot) {
  const text = await readFile(path4.join(goroot, "VERSION"), "utf8").catch(() => void 0);
  const first = text?.split("\n")[0]?.trim();
  return first ? goToSemver(first) : void 0;
}
var goExe = (goroot, platform) => path4.join(goroot, "bin", platform === "win32" ? "go.exe" : "go");
async function fromPath(platform) {
  const found = await which("go", false);
  if (!found) return void 0;
  const goroot = path4.dirname(path4.dirname(await realpath(found)));
  const version = await goVersionOf(goroot);
  return version ? { version, goroot, go: goExe(goroot, platform), source: "path" } : void 0;
}
async function readGoIndex(baseUrl, log, retry) {
  const indexUrl = goIndexUrl(baseUrl);
  const shownIndex = redactUrl(indexUrl);
  const index = await fetchJson(indexUrl, { log, retry }).catch((error2) => {
    throw new Error(`could not read the Go release index at ${shownIndex}: ${error2.message}`, { cause: error2 });
  });
  if (!Array.isArray(index)) throw new Error(`the Go release index at ${shownIndex} is not a JSON array of releases`);
  return { index, shownIndex };
}
async function pinGoVersion(req) {
  const { index, shownIndex } = await readGoIndex(req.baseUrl, req.log, req.retry);
  const chosen = resolveRelease(index, req.spec);
  let here;
  try {
    here = goPlatform(req.platform ?? process.platform, req.arch ?? process.arch);
  } catch {
    here = void 0;
  }
  const file = here && chosen.release.files.find((f) => typeof f === "object" && f !== null && f.kind === "archive" && f.os === here.os && f.arch === here.arch);
  if (here && file) checkGoIndexFile({ version: chosen.version, file }, here, `the Go release index at ${shownIndex}`);
  req.log.info(`${describeSpec(req.spec)} (${req.origin}) resolves to Go ${chosen.version} in the release index; every build job gets go-version ${chosen.version}`);
  return chosen.version;
}
async function installGo(req) {
  const platform = req.platform ?? process.platform;
  const arch2 = req.arch ?? process.arch;
  const { os: goos, arch: goarch } = goPlatform(platform, arch2);
  const want = describeSpec(req.spec);
  const toolName = cacheToolName("go", req.baseUrl, DEFAULT_GO_BASE_URL);
  const cached = (version) => {
    const dir2 = find(toolName, version, arch2);
    return dir2 ? { version, goroot: dir2, go: goExe(dir2, platform), source: "tool-cache" } : void 0;
  };
  if (!req.checkLatest && req.spec.kind !== "alias") {
    const inCache = bestLocal(findAllVersions(toolName, arch2), req.spec);
    const hit2 = inCache ? cached(inCache) : void 0;
    if (hit2) {
      req.log.info(`Go ${hit2.version} from the tool cache satisfies ${want} (${req.origin})`);
      return hit2;
    }
    const onPath2 = await fromPath(platform);
    if (onPath2 && satisfiesLocally(onPath2.version, req.spec)) {
      req.log.info(`Go ${onPath2.version} found on PATH at ${onPath2.goroot} satisfies ${want} (${req.origin}); nothing to download`);
      return onPath2;
    }
  }
  const { index, shownIndex } = await readGoIndex(req.baseUrl, req.log, req.retry);
  const found = resolveFromIndex(index, req.spec, { os: goos, arch: goarch });
  const resolved = { ...found, file: checkGoIndexFile(found, { os: goos, arch: goarch }, `the Go release index at ${shownIndex}`) };
  req.log.info(`${want} (${req.origin}) resolves to Go ${resolved.version} in the release index`);
  const hit = cached(resolved.version);
  if (hit) {
    req.log.info(`Go ${resolved.version} is already in the tool cache`);
    return hit;
  }
  const onPath = await fromPath(platform);
  if (onPath && onPath.version === resolved.version) {
    req.log.info(`Go ${onPath.version} found on PATH at ${onPath.goroot}; nothing to download`);
    return onPath;
  }
  const url = urlUnder(req.baseUrl, [resolved.file.filename]);
  const dir = await installArchive({
    tool: "go",
    cacheName: toolName,
    version: resolved.version,
    arch: arch2,
    url,
    sha256: resolved.file.sha256,
    archiveName: resolved.file.filename,
    // the archives hold one top-level directory, go/
    subdir: "go",
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const version = await goVersionOf(root);
      if (version !== resolved.version) {
        throw new Error(`the archive ${redactUrl(url)} holds Go ${version ?? "of unknown version"}, not ${resolved.version}`);
      }
    }
  });
  return { version: resolved.version, goroot: dir, go: goExe(dir, platform), source: "download" };
}

// src/tools/musl-cross.ts
import path5 from "node:path";

// src/tools/musl-cross-releases.json
var musl_cross_releases_default = {
  $comment: "SHA-256s of cross-tools/musl-cross release archives (x86_64 Linux hosts), each copied from a public file that pins it; other releases and triples need the musl-cross-sha256 input.",
  "20250929": {
    "x86_64-unknown-linux-musl.tar.xz": "6534870abd7dc327fd2e14cc53972d0552b21f47db5769505534f788537e3544",
    "aarch64-unknown-linux-musl.tar.xz": "28a1d26f14f8ddc3aed31f20705fe696777400eb5952d90470a7e6e2dd1175bb"
  }
};

// src/tools/musl-cross.ts
var DEFAULT_MUSL_CROSS_URL = "https://github.com/cross-tools/musl-cross/releases/download/{{.Version}}/{{.Triple}}.tar.xz";
var DEFAULT_MUSL_CROSS_VERSION = "20250929";
var MuslCrossError = class extends Error {
};
function muslCrossUrl(template, version, triple) {
  return renderTemplate(template, { Version: version, Triple: triple }, {}, "musl-cross-url");
}
function knownMuslCrossSha256(version, file) {
  const table = musl_cross_releases_default;
  const release = table[version];
  return typeof release === "object" ? release[file] : void 0;
}
async function installMuslCross(req) {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new MuslCrossError(`c-toolchain musl-cross: the toolchains run on x86_64 Linux runners only; use c-toolchain: zig here`);
  }
  const url = muslCrossUrl(req.urlTemplate, req.version, req.triple);
  const file = decodeURIComponent(path5.posix.basename(new URL(url).pathname));
  if (!isPlainFileName(file)) {
    throw new MuslCrossError(`musl-cross-url: ${redactUrl(url)} ends in ${JSON.stringify(file)}, which is not a plain archive file name`);
  }
  const tag = sourceTag(req.urlTemplate, DEFAULT_MUSL_CROSS_URL);
  const tool = `musl-cross-${req.triple}${tag ? `-${tag}` : ""}`;
  const at = (dir2) => ({
    cc: path5.join(dir2, "bin", `${req.triple}-gcc`),
    cxx: path5.join(dir2, "bin", `${req.triple}-g++`),
    triple: req.triple,
    version: req.version
  });
  const cacheVersion = /^\d+\.\d+\.\d+$/.test(req.version) ? req.version : `0.0.0-${req.version}`;
  const cached = find(tool, cacheVersion, process.arch);
  if (cached) return at(cached);
  const sha256 = req.sha256s.get(file) ?? knownMuslCrossSha256(req.version, file);
  if (!sha256) {
    throw new MuslCrossError(
      `musl-cross ${req.version}: go-xbuild has no SHA-256 for ${file}; give it in musl-cross-sha256 as "<sha256>  ${file}" (one line per archive)`
    );
  }
  const dir = await installArchive({
    tool,
    version: cacheVersion,
    arch: process.arch,
    url,
    sha256,
    archiveName: file,
    subdir: req.triple,
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const r = await runProcess({ kind: "tool", file: at(root).cc, args: ["--version"] });
      if (r.exitCode !== 0) throw new MuslCrossError(`${redactUrl(url)} holds no working ${req.triple}-gcc`);
    }
  });
  return at(dir);
}
function parseMuslCrossSha256(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line);
    if (!m) throw new MuslCrossError(`musl-cross-sha256: "${line}" is not "<sha256>  <archive file>"`);
    out.set(m[2], m[1].toLowerCase());
  }
  return out;
}

// src/project.ts
import { readFile as readFile2 } from "node:fs/promises";
import path6 from "node:path";
var ProjectError = class extends Error {
};
async function findModule(dir) {
  for (let d = path6.resolve(dir); ; d = path6.dirname(d)) {
    const text = await readFile2(path6.join(d, "go.mod"), "utf8").catch(() => void 0);
    if (text !== void 0) {
      const m = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(text);
      if (!m) throw new ProjectError(`${path6.join(d, "go.mod")} has no module line`);
      return { module: m[2], moduleDir: d };
    }
    if (path6.dirname(d) === d) return void 0;
  }
}
function defaultName(module) {
  const parts = module.split("/").filter(Boolean);
  let last = parts.pop() ?? "";
  if (/^v\d+$/.test(last) && parts.length) last = parts.pop();
  return last;
}
async function git(cwd, args) {
  const r = await runProcess({ kind: "git", file: "git", args, cwd });
  if (r.spawnError) return { ok: false, err: "not installed" };
  return r.exitCode === 0 ? { ok: true, out: r.stdout.trim() } : { ok: false, err: r.stderr };
}
var isDubiousOwnership = (stderr) => /dubious ownership/i.test(stderr);
function parseDescribeLong(out) {
  const m = /^(.+)-(\d+)-g[0-9a-f]{4,}$/s.exec(out);
  if (!m) return { exactTag: "", describe: out };
  return m[2] === "0" ? { exactTag: m[1], describe: m[1] } : { exactTag: "", describe: out };
}
async function gitFacts(cwd, log) {
  const value = async (args) => {
    const r = await git(cwd, args);
    return r.ok ? r.out : void 0;
  };
  const [head, described, status] = await Promise.all([
    // log.showSignature in someone's config would put gpg's lines before the format
    git(cwd, ["-c", "log.showSignature=false", "log", "-1", "--format=%H %ct %cI"]),
    value(["describe", "--tags", "--always", "--long"]),
    value(["status", "--porcelain", "--untracked-files=normal"])
  ]);
  if (!head.ok) {
    if (isDubiousOwnership(head.err)) {
      log?.(
        `git refuses the checkout at ${cwd}: it is owned by another user ("dubious ownership"); go-xbuild does not override that, so the version and commit come from GITHUB_REF/GITHUB_SHA. To let git read it, run git config --global --add safe.directory <path> in an earlier step, or check out as this user`
      );
    }
    return void 0;
  }
  const [commit, ts, iso] = head.out.split(" ");
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return void 0;
  const { exactTag, describe } = parseDescribeLong(described ?? "");
  return {
    commit,
    commitDate: iso ? new Date(iso).toISOString().replace(".000Z", "Z") : "",
    commitTimestamp: ts ? Number(ts) : void 0,
    exactTag,
    describe,
    dirty: (status ?? "").split("\n").filter(Boolean).map((l) => l.slice(3))
  };
}
async function readProject(req) {
  const mod = await findModule(req.workingDirectory);
  const facts = await gitFacts(req.workingDirectory, req.warn);
  const env = req.env;
  const refTag = env.GITHUB_REF?.startsWith("refs/tags/") ? env.GITHUB_REF.slice("refs/tags/".length) : "";
  const commit = facts?.commit ?? env.GITHUB_SHA ?? "";
  const shortCommit = commit.slice(0, 7);
  let tag = facts?.exactTag || refTag;
  let version;
  if (req.version) {
    version = req.version.replace(/^v(?=\d)/, "");
    tag ||= req.version;
  } else if (tag) {
    version = tag.replace(/^v(?=\d)/, "");
  } else if (facts?.describe && facts.describe !== shortCommit && !/^[0-9a-f]+$/.test(facts.describe)) {
    version = facts.describe.replace(/^v(?=\d)/, "");
  } else {
    version = shortCommit ? `0.0.0-${shortCommit}` : "0.0.0-dev";
  }
  const epochFromEnv = Number(env.SOURCE_DATE_EPOCH);
  const commitTimestamp = facts?.commitTimestamp ?? (Number.isInteger(epochFromEnv) && epochFromEnv > 0 ? epochFromEnv : 315532800);
  return {
    module: mod?.module ?? "",
    moduleDir: mod?.moduleDir ?? path6.resolve(req.workingDirectory),
    version,
    tag,
    commit,
    shortCommit,
    commitDate: facts?.commitDate || new Date(commitTimestamp * 1e3).toISOString().replace(".000Z", "Z"),
    commitTimestamp,
    dirty: facts?.dirty ?? []
  };
}

// src/plan/packages.ts
var PackagesError = class extends Error {
};
var GO_LIST_FORMAT = "{{.ImportPath}}	{{.Name}}	{{.Dir}}";
var isPattern = (p) => p.includes("...");
function binaryNameProblem(name) {
  if (name.includes("..")) return `${quoteFragment(name)} holds "..", which is not allowed in a binary's name`;
  const element = nameElementProblem(name);
  if (element) return element;
  if (name.startsWith(".")) return `${quoteFragment(name)} starts with a dot, which hides the file`;
  if (name.startsWith("-")) return `${quoteFragment(name)} starts with "-", which tools would read as a flag`;
  return void 0;
}
function packageProblem(value) {
  if (!isPattern(value)) return packagePathProblem(value);
  if (/\s/.test(value) || value.startsWith("-")) return packagePathProblem(value);
  const problem = packagePathProblem(value.replaceAll("...", "x"));
  return problem?.replace(quoteFragment(value.replaceAll("...", "x")), quoteFragment(value));
}
var describeList = (raw) => {
  const entries = raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  return `${quoteFragment(entries[0] ?? "")}${entries.length > 1 ? ", \u2026" : ""}`;
};
function parsePackageSpecs(packageInput, packagesInput) {
  if (packageInput && packagesInput) {
    throw new PackagesError(
      `package (${quoteFragment(packageInput)}) and packages (${describeList(packagesInput)}) are both set; keep one: packages takes a list and package is its one-package form`
    );
  }
  if (!packagesInput) {
    const value = packageInput || ".";
    const problem = packagePathProblem(value);
    if (problem) throw new PackagesError(`package: ${problem}`);
    return [{ package: value, pattern: false, input: "package" }];
  }
  const entries = packagesInput.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) throw new PackagesError("packages: no package given; list main packages such as ./cmd/server");
  const specs = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const name = eq >= 0 ? entry.slice(0, eq).trim() : void 0;
    const pkg = eq >= 0 ? entry.slice(eq + 1).trim() : entry;
    const problem = packageProblem(pkg);
    if (problem) {
      errors.push(`packages: ${problem}`);
      continue;
    }
    if (name !== void 0) {
      const bad = binaryNameProblem(name);
      if (bad) {
        errors.push(`packages: the binary name in ${quoteFragment(entry)} ${bad}; write name=path with a plain file name, such as admin=./cmd/adm`);
        continue;
      }
      if (isPattern(pkg)) {
        errors.push(`packages: ${quoteFragment(entry)} names a pattern, which can match several packages; name each package on its own line (name=./cmd/x)`);
        continue;
      }
    }
    const key = pkg.replace(/^\.\/(?=.)/, "").replace(/\/+$/, "") || ".";
    const before = seen.get(key);
    if (before !== void 0) {
      errors.push(`packages: ${quoteFragment(before)} and ${quoteFragment(entry)} are the same package; list it once`);
      continue;
    }
    seen.set(key, entry);
    specs.push({ package: pkg, ...name !== void 0 ? { name } : {}, pattern: isPattern(pkg), input: "packages" });
  }
  if (errors.length) throw new PackagesError(errors.join("\n"));
  return specs;
}
var goExecName = (importPath) => defaultName(importPath);
function staticName(spec, projectName, module) {
  if (spec.name !== void 0) return spec.name;
  if (spec.input === "package") return projectName;
  const trimmed = spec.package.replace(/\/+$/, "");
  if (trimmed === "." || trimmed === "") return defaultName(module) || projectName;
  return defaultName(trimmed);
}
function resolveBinaries(specs, project, listed) {
  const out = [];
  const errors = [];
  const byName = /* @__PURE__ */ new Map();
  const add = (b, input) => {
    const bad = input === "package" ? void 0 : binaryNameProblem(b.name);
    if (bad) {
      errors.push(`${input}: the binary of ${quoteFragment(b.package)} would be named ${bad}; name it yourself in packages (tool=${b.package})`);
      return;
    }
    const key = b.name.toLowerCase();
    const other = byName.get(key);
    if (other) {
      errors.push(
        `${input}: ${quoteFragment(other.package)} and ${quoteFragment(b.package)} would both make the binary "${b.name}"${other.name !== b.name ? ` ("${other.name}" differs only by case)` : ""}; name one of them, as in ${b.name}2=${b.package}`
      );
      return;
    }
    byName.set(key, b);
    out.push(b);
  };
  for (const spec of specs) {
    const found = listed?.get(spec.package);
    if (!spec.pattern) {
      const pkg = found?.[0];
      if (found && (found.length !== 1 || pkg?.name !== "main")) {
        errors.push(
          found.length !== 1 ? `${spec.input}: go list gives ${found.length} packages for ${quoteFragment(spec.package)}; name one main package` : `${spec.input}: ${quoteFragment(spec.package)} is package ${quoteFragment(pkg?.name ?? "")}, not a main package; name a package that declares package main`
        );
        continue;
      }
      const name = spec.name ?? (pkg && spec.input === "packages" && spec.package.replace(/\/+$/, "") !== "." ? goExecName(pkg.importPath) : staticName(spec, project.name, project.module));
      add({ name, package: spec.package, ...pkg ? { importPath: pkg.importPath } : {} }, spec.input);
      continue;
    }
    if (!found) continue;
    const mains = found.filter((p) => p.name === "main");
    if (mains.length === 0) {
      errors.push(`${spec.input}: the pattern ${quoteFragment(spec.package)} matches no main package${found.length ? ` (only ${found.map((p) => p.importPath).slice(0, 5).join(", ")})` : ""}; check the path`);
      continue;
    }
    for (const p of mains) add({ name: goExecName(p.importPath), package: p.importPath, importPath: p.importPath }, spec.input);
  }
  if (errors.length) throw new PackagesError(errors.join("\n"));
  return out;
}
function placeholderBinaries(specs, project) {
  return specs.map(
    (s, i) => s.pattern ? { name: `${defaultName(s.package.split("...")[0]?.replace(/\/+$/, "") || "") || "pattern"}-pattern-${i}`, package: s.package } : { name: staticName(s, project.name, project.module), package: s.package }
  );
}
var IMPORT_PATH = /^[A-Za-z0-9_.~+\-/]+$/;
var IDENT = /^[\p{L}_][\p{L}\p{N}_]*$/u;
function parseGoList(stdout, what) {
  const out = [];
  for (const [i, line] of stdout.split("\n").entries()) {
    if (line === "") continue;
    const fields = line.split("	");
    const [importPath, name, dir] = fields;
    const ok2 = fields.length === 3 && IMPORT_PATH.test(importPath) && !importPath.startsWith("-") && !importPath.split("/").includes("..") && IDENT.test(name) && (dir.startsWith("/") || /^[A-Za-z]:[\\/]/.test(dir)) && !controlCharacterProblem(dir);
    if (!ok2) throw new PackagesError(`${what}: go list printed a line it should not have (line ${i + 1}: ${quoteFragment(line)})`);
    out.push({ importPath, name, dir });
  }
  return out;
}
function buildBatches(binaries) {
  const batches = [];
  for (const b of binaries) {
    const batch = batches.find((x) => !x.some((y) => y.goName.toLowerCase() === b.goName.toLowerCase()));
    if (batch) batch.push(b);
    else batches.push([b]);
  }
  return batches;
}

// src/inputs-files.ts
import { mkdir as mkdir4, open, stat as stat2 } from "node:fs/promises";
var VERSION_FILE_MAX_BYTES = 1024 * 1024;
async function readVersionFile(full, named) {
  const info2 = await stat2(full).catch(() => void 0);
  if (!info2 || !named && !info2.isFile()) return void 0;
  if (!info2.isFile()) throw new InputError(`go-version-file: ${full} is not a regular file; name a go.mod, go.work, .go-version or .tool-versions`);
  const handle = await open(full, "r").catch(() => void 0);
  if (!handle) return void 0;
  try {
    const buffer = Buffer.alloc(VERSION_FILE_MAX_BYTES + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > VERSION_FILE_MAX_BYTES) throw new InputError(`go-version-file: ${full} is larger than 1 MiB; name a go.mod, go.work, .go-version or .tool-versions`);
    }
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function ensureTemp(temp, fromEnv) {
  try {
    await mkdir4(temp, { recursive: true });
  } catch (error2) {
    const code = error2.code ?? "error";
    throw new InputError(
      `${fromEnv ? "RUNNER_TEMP" : "the temporary directory"} ${temp} cannot be created (${code}); point RUNNER_TEMP at a writable directory`,
      { cause: error2 }
    );
  }
}

// src/plan/output-names.ts
var RESERVED_OUTPUT_NAMES = ["SHA256SUMS", "manifest.json", ".gitignore", "cosign.pub"];
var COMPANION_SUFFIXES = [".sig", ".asc", ".sigstore.json", ".spdx.json", ".cdx.json"];
var RESERVED = new Set(RESERVED_OUTPUT_NAMES.map((n) => n.toLowerCase()));
function outputPathProblem(file) {
  if (file === "") return { problem: "is empty" };
  const control = controlCharacterProblem(file);
  if (control) return { problem: `${quoteFragment(file)} has ${control}` };
  if (file.includes("\\")) return { problem: `${quoteFragment(file)} has a backslash; use / between directories` };
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file)) return { problem: `${quoteFragment(file)} must be a relative path inside output-dir` };
  if (file.endsWith("/")) return { problem: `${quoteFragment(file)} ends with "/", so it names a directory, not a file` };
  const elements = file.split("/").filter((e) => e !== "" && e !== ".");
  if (elements.includes("..")) return { problem: `${quoteFragment(file)} has a ".." element; it must be a relative path inside output-dir` };
  if (elements.length === 0) return { problem: `${quoteFragment(file)} must be a relative path inside output-dir` };
  for (const e of elements) {
    const p = nameElementProblem(e);
    if (p) return { problem: elements.length > 1 ? `${quoteFragment(file)}: the element ${p}` : p };
    if (RESERVED.has(e.toLowerCase())) return { problem: `${quoteFragment(file)} uses ${JSON.stringify(e)}, a name go-xbuild writes itself` };
    const suffix = COMPANION_SUFFIXES.find((s) => e.toLowerCase().endsWith(s));
    if (suffix) return { problem: `${quoteFragment(file)} ends in ${suffix}, which go-xbuild keeps for the signatures and SBOMs it writes beside each file` };
  }
  return { path: elements.join("/") };
}
function parentDirectories(file) {
  const out = [];
  for (let i = file.indexOf("/"); i >= 0; i = file.indexOf("/", i + 1)) out.push(file.slice(0, i));
  return out;
}

// src/plan/build-plan.ts
var PlanError = class extends Error {
};
var DEFAULT_ARCHIVE_NAME = "{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.Arch}}{{.Variant}}";
function projectTemplateFields(p) {
  return {
    ProjectName: p.name,
    Version: p.version,
    Tag: p.tag,
    Commit: p.commit,
    ShortCommit: p.shortCommit,
    FullCommit: p.commit,
    CommitDate: p.commitDate,
    CommitTimestamp: String(p.commitTimestamp),
    // the build date is the commit date: a rebuild of the same commit gives the same bytes
    Date: p.commitDate,
    ModulePath: p.module
  };
}
function targetTemplateFields(p, t) {
  return {
    ...projectTemplateFields(p),
    Os: t.goos,
    Arch: t.goarch,
    Variant: t.variant,
    Target: canonicalTarget(t),
    // goreleaser's per-arch fields, with Go's default when no variant was given
    Arm: t.goarch === "arm" ? effectiveVariant(t).slice(1) : "",
    Amd64: t.goarch === "amd64" ? effectiveVariant(t) : "",
    Arm64: t.goarch === "arm64" ? effectiveVariant(t) : ""
  };
}
function quoteForGo(words, what = "ldflags") {
  return words.map((w) => {
    if (w !== "" && !/[\s'"]/.test(w)) return w;
    if (!w.includes("'")) return `'${w}'`;
    if (!w.includes('"')) return `"${w}"`;
    throw new PlanError(`${what}: the word ${quoteFragment(w)} holds both quote characters, which go cannot pass on`);
  }).join(" ");
}
function checkProject(project) {
  const errors = [];
  const name = nameElementProblem(project.name);
  if (name) errors.push(`name: the project name ${name}; it becomes the file name inside every archive \u2014 set name to a plain file name`);
  for (const [field, value] of [["version", project.version], ["tag", project.tag]]) {
    const control = controlCharacterProblem(value);
    if (control) {
      errors.push(
        `version: the ${field} ${quoteFragment(value)} (from the version input, the git tag or GITHUB_REF) has ${control}; set the version input to a plain version`
      );
    }
  }
  return errors;
}
function planBuilds(inputs, project) {
  const projectErrors = checkProject(project);
  if (projectErrors.length) throw new PlanError(projectErrors.join("\n"));
  const byFile = /* @__PURE__ */ new Map();
  const errors = [];
  const plans = [];
  const binaries = inputs.binaries ?? [{ name: project.name, package: "." }];
  for (const target of inputs.targets) {
    const canonical = canonicalTarget(target);
    const fields = targetTemplateFields(project, target);
    const ext = target.goos === "windows" ? ".exe" : target.goarch === "wasm" ? ".wasm" : "";
    const claims = [];
    for (const b of binaries) {
      let file = renderTemplate(inputs.filename, { ...fields, Binary: b.name }, inputs.env, "filename").trim();
      if (ext && !file.toLowerCase().endsWith(ext) && !file.endsWith("/")) file += ext;
      claims.push(["filename", file, binaries.length > 1 ? `${canonical} (${b.name})` : canonical]);
    }
    let archive;
    const setting = inputs.archive ?? "none";
    if (setting !== "none") {
      const format = setting === "auto" ? target.goos === "windows" ? "zip" : "tar.gz" : setting;
      const base = renderTemplate(inputs.archiveName ?? DEFAULT_ARCHIVE_NAME, fields, inputs.env, "archive-name").trim();
      archive = { file: `${base}.${format}`, format };
      claims.push(["archive-name", base === "" || base.endsWith("/") ? base : archive.file, canonical]);
    }
    const checked = [];
    for (const [input, claim, owner] of claims) {
      const normal = outputPathProblem(claim);
      if ("problem" in normal) {
        errors.push(`${input}: the name for ${owner} ${normal.problem}`);
        continue;
      }
      const key = normal.path.toLowerCase();
      const other = byFile.get(key);
      if (other) {
        errors.push(
          other.file === normal.path ? `${input}: ${other.canonical} and ${owner} would both write "${normal.path}"; add ${binaries.length > 1 ? "{{.Binary}}, " : ""}{{.Os}}, {{.Arch}} and {{.Variant}} to the template` : `${input}: "${other.file}" (${other.canonical}) and "${normal.path}" (${owner}) differ only by case, which is one file on macOS and Windows`
        );
        continue;
      }
      byFile.set(key, { canonical: owner, file: normal.path, input });
      checked.push(normal.path);
    }
    if (checked.length !== claims.length) continue;
    if (archive) archive.file = checked[binaries.length];
    const planned = binaries.map((b, i) => ({
      name: b.name,
      package: b.package,
      file: checked[i],
      archiveName: `${b.name}${ext}`,
      goName: `${goExecName(b.importPath ?? (b.package.replace(/\/+$/, "") === "." ? project.module : b.package)) || b.name}${target.goos === "windows" ? ".exe" : ""}`
    }));
    const ldflags = renderTemplateWords(inputs.ldflags, fields, inputs.env, "ldflags");
    quoteForGo(ldflags);
    const cgo = inputs.cgoFor(target);
    plans.push({
      target,
      canonical,
      binaries: planned,
      // an empty build id: the linker would otherwise hash inputs that differ between machines
      ldflags: [...ldflags, "-buildid="],
      env: { ...targetEnv(target), CGO_ENABLED: cgo ? "1" : "0" },
      cgo,
      ...archive ? { archive } : {}
    });
  }
  for (const [key, { canonical, file, input }] of byFile) {
    const dir = parentDirectories(key).find((d) => byFile.has(d));
    if (dir) {
      const owner = byFile.get(dir);
      errors.push(`${input}: "${file}" (${canonical}) needs a directory "${owner.file}", which ${owner.canonical} writes as a file (${owner.input}); give them different names`);
    }
  }
  if (errors.length) throw new PlanError(errors.join("\n"));
  return plans;
}

// src/plan/archive-globs.ts
var import_posix = __toESM(require_posix(), 1);
var MATCH_OPTIONS = { dot: false, nonegate: true, strictBrackets: true, posix: true };
function splitArchiveFiles(raw) {
  const items = [];
  for (const line of raw.split(/\r?\n/)) {
    let braces = 0;
    let bracket = false;
    let current2 = "";
    for (const ch of line) {
      if (bracket) {
        if (ch === "]") bracket = false;
      } else if (ch === "[") bracket = true;
      else if (ch === "{") braces++;
      else if (ch === "}" && braces > 0) braces--;
      else if (ch === "," && braces === 0) {
        items.push(current2);
        current2 = "";
        continue;
      }
      current2 += ch;
    }
    if (braces > 0 || bracket) {
      throw new Error(`archive-files: ${quoteFragment(line.trim())} has an unclosed ${bracket ? '"["' : '"{"'}; close it, or write the character as a class ([{] or [[])`);
    }
    items.push(current2);
  }
  return items.map((s) => s.trim()).filter(Boolean);
}
function parseArchivePattern(raw) {
  const control = controlCharacterProblem(raw);
  if (control) throw new Error(`archive-files: ${quoteFragment(raw)} has ${control}; remove it`);
  const negated = raw.startsWith("!");
  const body = (negated ? raw.slice(1) : raw).trim().replace(/\\/g, "/");
  if (body === "") throw new Error(`archive-files: ${quoteFragment(raw)} is an empty pattern; write "!pattern" to leave files out`);
  if (body.startsWith("/") || /^[a-zA-Z]:/.test(body)) {
    throw new Error(`archive-files: "${raw}" is an absolute path; archive-files are relative to working-directory and stay inside it`);
  }
  if (body.split("/").includes("..")) {
    throw new Error(`archive-files: "${raw}" has a ".." element; archive-files are relative to working-directory and stay inside it`);
  }
  const pattern = body.split("/").filter((e) => e !== "." && e !== "").join("/");
  if (pattern === "") throw new Error(`archive-files: "${raw}" names working-directory itself; name files, or use a pattern such as "docs/**"`);
  const scan = import_posix.default.scan(pattern, MATCH_OPTIONS);
  let matches2;
  try {
    matches2 = (0, import_posix.default)(pattern, MATCH_OPTIONS);
  } catch (error2) {
    throw new Error(`archive-files: ${quoteFragment(raw)} is not a valid pattern: ${error2.message}`, { cause: error2 });
  }
  const base = scan.isGlob ? scan.base : "";
  const rest = scan.isGlob ? scan.glob : pattern;
  return {
    raw,
    negated,
    pattern,
    isGlob: scan.isGlob,
    base,
    // an upper bound: a `/` inside braces counts as a level too, which only walks a little further
    depth: rest.includes("**") ? Infinity : (rest.match(/\//g)?.length ?? 0) + 1,
    matches: matches2
  };
}
function parseArchivePatterns(items) {
  return items.map(parseArchivePattern);
}
function isExcluded(rel2, exclusions) {
  if (!exclusions.length) return false;
  for (let cut = rel2.length; cut > 0; cut = rel2.lastIndexOf("/", cut - 1)) {
    const prefix = rel2.slice(0, cut);
    if (exclusions.some((x) => x.matches(prefix))) return true;
  }
  return false;
}

// src/plan/checksums-name.ts
var DEFAULT_CHECKSUMS_NAME = "SHA256SUMS";
var OTHER_RELEASE_FILES = ["manifest.json", ".gitignore", "cosign.pub"];
var ChecksumsNameError = class extends Error {
};
function planChecksumsName(template, project, env, claimed) {
  const fix = "set checksums-name to a plain file name such as SHA256SUMS or {{.ProjectName}}_{{.Version}}_checksums.txt";
  let name;
  try {
    name = renderTemplate(template, projectTemplateFields(project), env, "checksums-name").trim();
  } catch (error2) {
    throw new ChecksumsNameError(error2.message, { cause: error2 });
  }
  if (name.includes("/") || name.includes("\\")) {
    throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} has a path separator; the checksum file sits at the top of output-dir: ${fix}`);
  }
  const problem = nameElementProblem(name);
  if (problem) throw new ChecksumsNameError(`checksums-name: the name ${problem}: ${fix}`);
  if (name.startsWith(".")) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} starts with a dot (a hidden file, and GitHub renames such assets): ${fix}`);
  const lower = name.toLowerCase();
  if (OTHER_RELEASE_FILES.includes(lower)) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} is a file go-xbuild writes itself: ${fix}`);
  const suffix = COMPANION_SUFFIXES.find((s) => lower.endsWith(s));
  if (suffix) throw new ChecksumsNameError(`checksums-name: ${quoteFragment(name)} ends in ${suffix}, which go-xbuild keeps for signatures and SBOMs: ${fix}`);
  for (const file of claimed) {
    const top = file.split("/")[0];
    if (top.toLowerCase() !== lower) continue;
    throw new ChecksumsNameError(
      top === file ? `checksums-name: ${quoteFragment(name)} is also the name of a built file or archive ("${file}"); give the checksum file another name` : `checksums-name: ${quoteFragment(name)} is also a directory the plan writes "${file}" into; give the checksum file another name`
    );
  }
  return name;
}

// src/release/release-inputs.ts
var DEFAULT_ARTIFACT_NAME = "{{.ProjectName}}-{{.Version}}-{{.TargetsId}}";
var DEFAULT_ARCHIVE_FILES = "LICENSE*, README*";
var DEFAULT_COMPRESSION_LEVEL = 1;
var SBOM_WORDS = { none: [], spdx: ["spdx"], cyclonedx: ["cyclonedx"], both: ["spdx", "cyclonedx"] };
function parseSbom(raw) {
  const words = raw.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!words.length) return [];
  const out = /* @__PURE__ */ new Set();
  for (const w of words) {
    const formats = SBOM_WORDS[w];
    if (!formats || w === "none" && words.length > 1) {
      throw new InputError(`sbom: "${raw}" is not none, spdx, cyclonedx or both (spdx is SPDX 2.3 JSON, cyclonedx is CycloneDX 1.6 JSON)`);
    }
    for (const f of formats) out.add(f);
  }
  return ["spdx", "cyclonedx"].filter((f) => out.has(f));
}
function readReleaseConfig(read) {
  const retentionRaw = read("retention-days");
  let retentionDays;
  if (retentionRaw) {
    retentionDays = Number(retentionRaw);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new InputError(`retention-days: "${retentionRaw}" is not a whole number of days from 1 to 90`);
    }
  }
  const levelRaw = read("compression-level");
  const compressionLevel = levelRaw === "" ? DEFAULT_COMPRESSION_LEVEL : Number(levelRaw);
  if (!Number.isInteger(compressionLevel) || compressionLevel < 0 || compressionLevel > 9) {
    throw new InputError(`compression-level: "${levelRaw}" is not a whole number from 0 (store) to 9 (smallest)`);
  }
  const archiveFilesRaw = read("archive-files");
  let archiveFiles;
  try {
    archiveFiles = parseArchivePatterns(splitArchiveFiles(archiveFilesRaw || DEFAULT_ARCHIVE_FILES));
  } catch (error2) {
    throw new InputError(error2.message, { cause: error2 });
  }
  const checksumsName = read("checksums-name") || DEFAULT_CHECKSUMS_NAME;
  try {
    parseTemplate(checksumsName, "checksums-name");
  } catch (error2) {
    throw new InputError(error2.message, { cause: error2 });
  }
  return {
    archive: oneOf(read, "archive", ["auto", "tar.gz", "zip", "none"], "auto"),
    archiveName: read("archive-name") || DEFAULT_ARCHIVE_NAME,
    archiveFiles,
    archiveFilesDefault: archiveFilesRaw === "",
    checksumsName,
    upload: parseBoolean(read, "upload", true),
    artifactName: read("artifact-name") || DEFAULT_ARTIFACT_NAME,
    retentionDays,
    compressionLevel,
    uploadUnavailable: oneOf(read, "upload-unavailable", ["warn", "error"], "warn"),
    cache: parseBoolean(read, "cache", true),
    sbom: parseSbom(read("sbom"))
  };
}

// src/tools/upx.ts
import path7 from "node:path";

// src/tools/upx-releases.json
var upx_releases_default = {
  $comment: "Official UPX release archives go-xbuild can verify without help. Each SHA-256 was cross-checked in at least two independent public files that pin it (Qt's CI provisioning, container builds); add a release only with hashes taken from the release itself. Versions not listed here need the upx-sha256 input.",
  latest: "4.2.4",
  releases: {
    "4.2.4": {
      "upx-4.2.4-amd64_linux.tar.xz": "75cab4e57ab72fb4585ee45ff36388d280c7afd72aa03e8d4b9c3cbddb474193",
      "upx-4.2.4-arm64_linux.tar.xz": "6bfeae6714e34a82e63245289888719c41fd6af29f749a44ae3d3d166ba6a1c9",
      "upx-4.2.4-win64.zip": "22e9ef20e4c72aad85e32c71cbc9c086436c179456382aa75c0c24868456a671"
    }
  }
};

// src/tools/upx.ts
var DEFAULT_UPX_BASE_URL = "https://github.com/upx/upx/releases/download";
var UPX_LATEST = upx_releases_default.latest;
var UpxInstallError = class extends Error {
};
function upxAsset(version, platform, arch2) {
  if (platform === "linux") {
    const a = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "i386", ppc64: "powerpc64le" }[arch2];
    if (a) return { name: `upx-${version}-${a}_linux.tar.xz`, dir: `upx-${version}-${a}_linux`, exe: "upx" };
  }
  if (platform === "win32") {
    const w = { x64: "win64", arm64: "win64", ia32: "win32" }[arch2];
    if (w) return { name: `upx-${version}-${w}.zip`, dir: `upx-${version}-${w}`, exe: "upx.exe" };
  }
  if (platform === "darwin") {
    throw new UpxInstallError("UPX publishes no macOS binary: install it first (brew install upx) and go-xbuild uses the upx on PATH");
  }
  throw new UpxInstallError(`UPX publishes no binary for a ${platform}/${arch2} runner; put a upx on PATH`);
}
function resolveUpxVersion(requested) {
  const v = requested.trim().replace(/^v/, "");
  if (v === "" || v === "latest") return UPX_LATEST;
  if (!/^\d+\.\d+\.\d+$/.test(v)) throw new UpxInstallError(`upx-version: "${requested}" is not a UPX version (like 4.2.4) or latest`);
  return v;
}
function knownUpxSha256(version, asset) {
  return upx_releases_default.releases[version]?.[asset];
}
async function upxVersionOf(upx2) {
  const out = await runProcess({ kind: "tool", file: upx2, args: ["--version"] });
  return /^upx (\d+\.\d+\.\d+)/m.exec(out.stdout)?.[1];
}
async function installUpx(req) {
  const platform = req.platform ?? process.platform;
  const arch2 = req.arch ?? process.arch;
  const onPath = await which("upx", false);
  const pathVersion = onPath ? await upxVersionOf(onPath) : void 0;
  if (onPath && pathVersion === req.version) {
    req.log.info(`UPX ${pathVersion} found on PATH at ${onPath}`);
    return { upx: onPath, version: pathVersion, source: "path" };
  }
  if (platform === "darwin" && onPath && pathVersion) {
    req.log.warning(`UPX ${req.version} was asked for, but UPX publishes no macOS binary: using UPX ${pathVersion} from ${onPath}`);
    return { upx: onPath, version: pathVersion, source: "path" };
  }
  const asset = upxAsset(req.version, platform, arch2);
  const toolName = cacheToolName("upx", req.baseUrl, DEFAULT_UPX_BASE_URL);
  const cached = find(toolName, req.version, arch2);
  if (cached) {
    req.log.info(`UPX ${req.version} from the tool cache`);
    return { upx: path7.join(cached, asset.exe), version: req.version, source: "tool-cache" };
  }
  const sha256 = req.sha256 || knownUpxSha256(req.version, asset.name);
  if (!sha256) {
    throw new UpxInstallError(
      `upx-version ${req.version}: go-xbuild has no SHA-256 for ${asset.name}, so the download could not be verified; give upx-sha256 (from the release page), or use upx-version ${UPX_LATEST}`
    );
  }
  const url = urlUnder(req.baseUrl, [`v${req.version}`, asset.name]);
  const dir = await installArchive({
    tool: "upx",
    cacheName: toolName,
    version: req.version,
    arch: arch2,
    url,
    sha256,
    archiveName: asset.name,
    subdir: asset.dir,
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    validate: async (root) => {
      const got = await upxVersionOf(path7.join(root, asset.exe));
      if (got !== req.version) throw new UpxInstallError(`${redactUrl(url)} holds ${got ? `UPX ${got}` : "no working upx"}, not UPX ${req.version}`);
    }
  });
  return { upx: path7.join(dir, asset.exe), version: req.version, source: "download" };
}

// src/build/upx-config.ts
var DEFAULT_UPX_ARGS = "";
var FORBIDDEN_UPX_ARGS = {
  "-o": "go-xbuild chooses the output file",
  "-d": "go-xbuild packs; it unpacks only a copy, to audit it",
  "-t": "go-xbuild tests every packed file itself",
  "-l": "go-xbuild packs",
  "--force-macos": "packed macOS binaries crash on recent macOS, so darwin targets ship unpacked"
};
function readUpxConfig(read) {
  const args = splitShellWords(read("upx-args") || DEFAULT_UPX_ARGS, "upx-args");
  for (const a of args) {
    const key = a.split("=")[0];
    if (FORBIDDEN_UPX_ARGS[key]) throw new InputError(`upx-args: ${a} is not allowed: ${FORBIDDEN_UPX_ARGS[key]}`);
    if (!a.startsWith("-")) throw new InputError(`upx-args: "${a}" is not an option; go-xbuild passes the file itself`);
  }
  const sha256 = read("upx-sha256").toLowerCase();
  if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) throw new InputError(`upx-sha256: "${read("upx-sha256")}" is not 64 hex digits`);
  const baseUrl = read("upx-download-base-url") || DEFAULT_UPX_BASE_URL;
  checkUrl("upx-download-base-url", baseUrl);
  let version;
  try {
    version = resolveUpxVersion(read("upx-version"));
  } catch (error2) {
    throw new InputError(error2.message);
  }
  return { enabled: parseBoolean(read, "upx", false), version, args, baseUrl, ...sha256 ? { sha256 } : {} };
}
var PER_BINARY = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*):(?:\s+(.*))?$/;
function readSmokeTest(read) {
  const raw = read("smoke-test");
  if (!raw) return void 0;
  const binaries = {};
  const rest = [];
  for (const line of raw.split("\n")) {
    const m = PER_BINARY.exec(line.trim());
    if (!m) {
      rest.push(line);
      continue;
    }
    const name = m[1];
    if (Object.hasOwn(binaries, name)) throw new InputError(`smoke-test: the binary ${JSON.stringify(name)} has two lines; keep one`);
    const args = (m[2] ?? "").trim();
    binaries[name] = args === "skip" ? "skip" : splitShellWords(args, `smoke-test (${name})`);
  }
  const text = rest.join("\n").trim();
  return { ...text ? { args: splitShellWords(text, "smoke-test") } : {}, binaries };
}
function smokeArgsFor(config, binary) {
  if (!config) return void 0;
  const own = Object.hasOwn(config.binaries, binary) ? config.binaries[binary] : void 0;
  if (own === "skip") return void 0;
  return own ?? config.args;
}
function unknownSmokeTestNames(config, binaries) {
  const unknown = Object.keys(config?.binaries ?? {}).filter((n) => !binaries.includes(n));
  if (!unknown.length) return void 0;
  return `smoke-test: no binary is named ${unknown.map((n) => JSON.stringify(n)).join(", ")}; the binaries are ${binaries.map((n) => JSON.stringify(n)).join(", ")} (write name: args, or name: skip)`;
}

// src/build/cgo.ts
import path9 from "node:path";

// src/plan/c-targets.ts
var LINUX = {
  amd64: { triple: "x86_64-linux-musl", muslCross: "x86_64-unknown-linux-musl", zig: { target: "x86_64-linux-musl", flags: [] } },
  "386": { triple: "i686-linux-musl", muslCross: "i686-unknown-linux-musl", zig: { target: "x86-linux-musl", flags: [] } },
  arm64: { triple: "aarch64-linux-musl", muslCross: "aarch64-unknown-linux-musl", zig: { target: "aarch64-linux-musl", flags: [] } },
  // GOARM=7 and 6 use the VFP hard-float ABI; 5 is soft-float
  "arm/v7": { triple: "armv7-linux-musleabihf", muslCross: "armv7-unknown-linux-musleabihf", zig: { target: "arm-linux-musleabihf", flags: ["-mcpu=generic+v7a"] } },
  "arm/v6": { triple: "arm-linux-musleabihf", muslCross: "arm-unknown-linux-musleabihf", zig: { target: "arm-linux-musleabihf", flags: ["-mcpu=arm1176jzf_s"] } },
  "arm/v5": {
    triple: "arm-linux-musleabi",
    muslCross: "arm-unknown-linux-musleabi",
    zig: { unsupported: "zig's compiler-rt has no __sync_* atomics for ARMv5, so the link fails" }
  },
  riscv64: { triple: "riscv64-linux-musl", muslCross: "riscv64-unknown-linux-musl", zig: { target: "riscv64-linux-musl", flags: [] } },
  ppc64le: { triple: "powerpc64le-linux-musl", muslCross: "powerpc64le-unknown-linux-musl", zig: { target: "powerpc64le-linux-musl", flags: [] } },
  s390x: { triple: "s390x-linux-musl", muslCross: "s390x-unknown-linux-musl", zig: { target: "s390x-linux-musl", flags: [] } },
  loong64: { triple: "loongarch64-linux-musl", muslCross: "loongarch64-unknown-linux-musl", zig: { target: "loongarch64-linux-musl", flags: [] } },
  mips: { triple: "mips-linux-musl", muslCross: "mips-unknown-linux-musl", zig: { unsupported: "zig rejects the -mhard-float Go passes for MIPS" } },
  mipsle: { triple: "mipsel-linux-musl", muslCross: "mipsel-unknown-linux-musl", zig: { unsupported: "zig rejects the -mhard-float Go passes for MIPS" } },
  mips64: { triple: "mips64-linux-musl", muslCross: "mips64-unknown-linux-musl", zig: { unsupported: "zig 0.15 has no mips64 musl libc" } },
  mips64le: { triple: "mips64el-linux-musl", muslCross: "mips64el-unknown-linux-musl", zig: { unsupported: "zig 0.15 has no mips64el musl libc" } }
};
var WINDOWS = {
  amd64: { triple: "x86_64-w64-mingw32", muslCross: "", zig: { target: "x86_64-windows-gnu", flags: [] } },
  arm64: { triple: "aarch64-w64-mingw32", muslCross: "", zig: { target: "aarch64-windows-gnu", flags: [] } },
  "386": { triple: "i686-w64-mingw32", muslCross: "", zig: { target: "x86-windows-gnu", flags: [] } }
};
function cTarget(t) {
  if (t.goos === "linux") {
    if (t.goarch === "arm") return LINUX[`arm/${t.variant || "v7"}`];
    return LINUX[t.goarch];
  }
  if (t.goos === "windows") return WINDOWS[t.goarch];
  return void 0;
}

// src/log.ts
var coreLog = {
  info: (m) => info(redactUrls(m)),
  warning: (m, p) => warning(redactUrls(m), p),
  error: (m, p) => error(redactUrls(m), p),
  notice: (m, p) => notice(redactUrls(m), p),
  debug: (m) => debug(redactUrls(m))
};
var TargetLog = class _TargetLog {
  constructor(title) {
    this.title = title;
  }
  title;
  lines = [];
  annotations = [];
  info(m) {
    this.lines.push(m);
  }
  debug(m) {
    if (isDebug()) this.lines.push(`[debug] ${m}`);
  }
  // annotations are emitted after the group closes, so they are not hidden inside it
  warning(m, p) {
    this.lines.push(`warning: ${m}`);
    this.annotations.push(() => warning(m, p));
  }
  error(m, p) {
    this.lines.push(`error: ${m}`);
    this.annotations.push(() => error(m, p));
  }
  notice(m, p) {
    this.lines.push(m);
    this.annotations.push(() => notice(m, p));
  }
  /** A log for one binary of the target: its lines, prefixed with the binary's name, go into this one. */
  child(prefix) {
    const c = new _TargetLog(`${this.title} ${prefix}`);
    c.info = (m) => this.info(`[${prefix}] ${m}`);
    c.debug = (m) => this.debug(`[${prefix}] ${m}`);
    c.warning = (m, p) => this.warning(`${prefix}: ${m}`, p);
    c.error = (m, p) => this.error(`${prefix}: ${m}`, p);
    c.notice = (m, p) => this.notice(`${prefix}: ${m}`, p);
    c.flush = () => void 0;
    return c;
  }
  flush(status) {
    startGroup(`${this.title} ${status}`);
    for (const line of this.lines) info(line);
    endGroup();
    for (const a of this.annotations) a();
  }
};

// src/tools/zig.ts
import { readFile as readFile3 } from "node:fs/promises";
import path8 from "node:path";

// src/tools/minisign.ts
import { createHash as createHash2, createPublicKey, verify } from "node:crypto";
var MinisignError = class extends Error {
};
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
function parseMinisignPublicKey(text) {
  const line = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("untrusted comment:"))[0];
  const raw = Buffer.from(line ?? "", "base64");
  if (raw.length !== 42 || raw.toString("latin1", 0, 2) !== "Ed") throw new MinisignError('not a minisign public key (base64 of "Ed", a key id and an Ed25519 key)');
  return { keyId: raw.subarray(2, 10), key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw.subarray(10)]), format: "der", type: "spki" }) };
}
function verifyMinisign(data, signature, publicKey) {
  const lines = signature.split("\n").map((l) => l.replace(/\r$/, ""));
  if (!lines[0]?.startsWith("untrusted comment:") || !lines[2]?.startsWith("trusted comment: ")) {
    throw new MinisignError("not a minisign signature file");
  }
  const sig = Buffer.from(lines[1] ?? "", "base64");
  if (sig.length !== 74) throw new MinisignError("malformed minisign signature line");
  const algorithm = sig.toString("latin1", 0, 2);
  if (algorithm !== "Ed" && algorithm !== "ED") throw new MinisignError(`unknown minisign algorithm "${algorithm}"`);
  if (!sig.subarray(2, 10).equals(publicKey.keyId)) {
    throw new MinisignError(`signed by key ${sig.subarray(2, 10).toString("hex").toUpperCase()}, not by ${publicKey.keyId.toString("hex").toUpperCase()}`);
  }
  const signed = algorithm === "ED" ? createHash2("blake2b512").update(data).digest() : data;
  if (!verify(null, signed, publicKey.key, sig.subarray(10))) throw new MinisignError("the signature does not match the file");
  const trustedComment = lines[2].slice("trusted comment: ".length);
  const global2 = Buffer.from(lines[3] ?? "", "base64");
  if (!verify(null, Buffer.concat([sig.subarray(10), Buffer.from(trustedComment, "utf8")]), publicKey.key, global2)) {
    throw new MinisignError("the trusted comment is not covered by the signature");
  }
  return { trustedComment };
}

// src/tools/zig.ts
var DEFAULT_ZIG_VERSION = "0.15.2";
var DEFAULT_ZIG_BASE_URL = "https://ziglang.org/download";
var ZIG_PUBLIC_KEY = "RWSGOq2NVecA2UPNdBUZykf1CCb147pkmdtYxgb3Ti+JO/wCYvhbAb/U";
var ZigInstallError = class extends Error {
};
function zigHostKey(platform, arch2) {
  const a = { x64: "x86_64", arm64: "aarch64", ia32: "x86", arm: "arm", riscv64: "riscv64", ppc64: "powerpc64le", s390x: "s390x", loong64: "loongarch64" }[arch2];
  const o = { linux: "linux", darwin: "macos", win32: "windows", freebsd: "freebsd" }[platform];
  if (!a || !o) throw new ZigInstallError(`zig publishes no toolchain for a ${platform}/${arch2} runner`);
  return `${a}-${o}`;
}
async function zigVersionOf(zig) {
  const r = await runProcess({ kind: "tool", file: zig, args: ["version"] });
  return r.exitCode === 0 ? r.stdout.trim() : void 0;
}
function zigTarballName(entry, version, hostKey, where) {
  const e = entry;
  if (typeof e !== "object" || e === null || typeof e.tarball !== "string") {
    throw new ZigInstallError(`${where} has no tarball for zig ${version} on ${hostKey}`);
  }
  let last;
  try {
    last = decodeURIComponent(new URL(e.tarball).pathname.split("/").pop() ?? "");
  } catch {
    throw new ZigInstallError(`${where} gives ${JSON.stringify(e.tarball.slice(0, 120))} as the tarball of zig ${version} on ${hostKey}, which is not a URL`);
  }
  const filename = checkIndexFileName(last, expectedZigArchive(version, hostKey), where);
  return { filename, sha256: checkIndexSha256(e.shasum, filename, where) };
}
async function installZig(req) {
  const platform = req.platform ?? process.platform;
  const arch2 = req.arch ?? process.arch;
  const exe = platform === "win32" ? "zig.exe" : "zig";
  const onPath = await which("zig", false);
  if (onPath && await zigVersionOf(onPath) === req.version) {
    req.log.info(`zig ${req.version} found on PATH at ${onPath}`);
    return { zig: onPath, version: req.version, source: "path" };
  }
  const toolName = cacheToolName("zig", req.baseUrl, DEFAULT_ZIG_BASE_URL);
  const cached = find(toolName, req.version, arch2);
  if (cached) {
    req.log.info(`zig ${req.version} from the tool cache`);
    return { zig: path8.join(cached, exe), version: req.version, source: "tool-cache" };
  }
  const key = parseMinisignPublicKey(req.publicKey);
  const indexUrl = urlUnder(req.baseUrl, ["index.json"]);
  const where = `the zig release index at ${redactUrl(indexUrl)}`;
  const index = await fetchJson(indexUrl, { log: req.log, retry: req.retry });
  if (typeof index !== "object" || index === null || Array.isArray(index)) throw new ZigInstallError(`${where} is not a JSON object of releases`);
  const release = Object.hasOwn(index, req.version) ? index[req.version] : void 0;
  if (!release || typeof release !== "object") {
    const known = Object.keys(index).filter((v) => /^\d+\.\d+\.\d+$/.test(v)).slice(0, 5);
    throw new ZigInstallError(`zig-version: ${req.version} is not in ${where} (newest: ${known.join(", ")})`);
  }
  const host = zigHostKey(platform, arch2);
  const entry = Object.hasOwn(release, host) ? release[host] : void 0;
  if (!entry || typeof entry === "string") throw new ZigInstallError(`zig ${req.version} has no build for a ${host} runner`);
  const { filename, sha256 } = zigTarballName(entry, req.version, host, where);
  const url = urlUnder(req.baseUrl, [req.version, filename]);
  const shown2 = redactUrl(url);
  const signature = await fetchText(urlUnder(req.baseUrl, [req.version, `${filename}.minisig`]), { log: req.log, retry: req.retry }).catch((error2) => {
    throw new ZigInstallError(`no minisign signature for ${shown2} (${error2.message}); refusing an unsigned zig`);
  });
  const dir = await installArchive({
    tool: "zig",
    cacheName: toolName,
    version: req.version,
    arch: arch2,
    url,
    sha256,
    archiveName: filename,
    subdir: filename.replace(/\.(tar\.xz|zip)$/, ""),
    tempDir: req.tempDir,
    log: req.log,
    retry: req.retry,
    archiveCache: req.archiveCache,
    verifyArchive: async (file) => {
      const { trustedComment } = verifyMinisign(await readFile3(file), signature, key);
      req.log.info(`minisign signature verified (${trustedComment})`);
    },
    validate: async (root) => {
      const got = await zigVersionOf(path8.join(root, exe));
      if (got !== req.version) throw new ZigInstallError(`${shown2} holds ${got ? `zig ${got}` : "no working zig"}, not ${req.version}`);
    }
  });
  return { zig: path8.join(dir, exe), version: req.version, source: "download" };
}

// src/build/cgo.ts
function readCgoConfig(read) {
  const raw = read("cgo");
  let mode = "none";
  let some = [];
  if (/^(true|yes|on)$/i.test(raw)) mode = "all";
  else if (raw && !/^(false|no|off)$/i.test(raw)) {
    mode = "some";
    some = parseTargets(raw, "cgo");
  }
  const zigBaseUrl = read("zig-download-base-url") || DEFAULT_ZIG_BASE_URL;
  checkUrl("zig-download-base-url", zigBaseUrl);
  let muslCrossSha256;
  try {
    muslCrossSha256 = parseMuslCrossSha256(read("musl-cross-sha256"));
  } catch (error2) {
    throw new InputError(error2.message);
  }
  const zigVersion = read("zig-version") || DEFAULT_ZIG_VERSION;
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/.test(zigVersion)) throw new InputError(`zig-version: "${zigVersion}" is not a zig release version (like ${DEFAULT_ZIG_VERSION})`);
  const toolchain = oneOf(read, "c-toolchain", ["zig", "musl-cross", "system"], "zig");
  const cc = read("cc");
  const cxx = read("cxx");
  checkTemplateWords(cc, "cc");
  checkTemplateWords(cxx, "cxx");
  if (toolchain === "system" && mode !== "none" && !cc) throw new InputError('c-toolchain: system needs cc (e.g. "{{.Triple}}-gcc"), and cxx for C++');
  if (toolchain !== "system" && (cc || cxx)) throw new InputError(`cc and cxx belong to c-toolchain: system; c-toolchain is ${toolchain}`);
  return {
    mode,
    some,
    toolchain,
    zigVersion,
    zigBaseUrl,
    zigPublicKey: read("zig-public-key") || ZIG_PUBLIC_KEY,
    muslCrossUrl: read("musl-cross-url") || DEFAULT_MUSL_CROSS_URL,
    muslCrossVersion: read("musl-cross-version") || DEFAULT_MUSL_CROSS_VERSION,
    muslCrossSha256,
    cc,
    cxx
  };
}
function cgoFor(config, t) {
  if (config.mode === "all") return true;
  if (config.mode === "none") return false;
  return config.some.some((s) => s.goos === t.goos && s.goarch === t.goarch && (s.variant === "" || s.variant === t.variant));
}
function checkCgoTargets(config, targets, scope) {
  const errors = [];
  if (config.mode === "some" && !scope.partial) {
    for (const s of config.some) {
      if (!targets.some((t) => t.goos === s.goos && t.goarch === s.goarch && (s.variant === "" || s.variant === t.variant))) {
        errors.push(`cgo names ${canonicalTarget(s)}, which targets does not build`);
      }
    }
  }
  for (const t of targets.filter((x) => cgoFor(config, x))) {
    const name = canonicalTarget(t);
    if (!findPort(t.goos, t.goarch)?.cgo) {
      errors.push(`${name} has no cgo in Go; build it without cgo`);
      continue;
    }
    if (t.goos === "darwin" || t.goos === "ios") {
      if (scope.mode === "build" && scope.runnerPlatform !== "darwin") {
        errors.push(
          `${name}: cgo for Apple platforms needs Apple's SDK, which a ${scope.runnerPlatform} runner cannot use; build this target on a macOS runner (where cgo is native) \u2014 with fan-out, mode: plan puts it on macos-runs-on`
        );
      }
      continue;
    }
    if (config.toolchain === "system") continue;
    const c = cTarget(t);
    if (!c) {
      errors.push(`${name}: go-xbuild has no cross C toolchain for ${t.goos}; use c-toolchain: system with your own cc, or build it without cgo`);
      continue;
    }
    if (config.toolchain === "zig" && "unsupported" in c.zig) errors.push(`${name}: c-toolchain zig cannot build it (${c.zig.unsupported}); use c-toolchain: musl-cross or system`);
    if (config.toolchain === "musl-cross" && !c.muslCross) errors.push(`${name}: musl-cross has no toolchain for ${t.goos}; use c-toolchain: zig`);
  }
  if (errors.length) throw new InputError(`cgo: ${errors.join("\n  ")}`);
}
function systemCompilerEnv(config, fields, env) {
  const cc = quoteForGo(renderTemplateWords(config.cc, fields, env, "cc"), "cc");
  return config.cxx ? { CC: cc, CXX: quoteForGo(renderTemplateWords(config.cxx, fields, env, "cxx"), "cxx") } : { CC: cc };
}
function linuxLdflags(provider) {
  const ext = ["-static", ...provider === "zig" ? ["-Wl,--strip-all", "-Wl,--build-id=none"] : []];
  return ["-linkmode", "external", "-extldflags", ext.join(" ")];
}
async function setupCToolchain(ctx) {
  const config = ctx.config.cgo;
  const plans = ctx.plans.filter((p) => p.cgo);
  const temp = ctx.config.runner.temp;
  const zigCache = path9.join(temp, "go-xbuild-zig-cache");
  const extras = /* @__PURE__ */ new Map();
  let zig;
  for (const plan of plans) {
    const t = plan.target;
    if (t.goos === "darwin" || t.goos === "ios") {
      extras.set(plan.canonical, { env: {}, ldflags: [], record: { provider: "native", version: "", triple: "" } });
      continue;
    }
    const c = cTarget(t);
    const ldflags = t.goos === "linux" ? linuxLdflags(config.toolchain) : [];
    if (config.toolchain === "system") {
      const fields = { Triple: c?.triple ?? "", Os: t.goos, Arch: t.goarch, Variant: t.variant };
      extras.set(plan.canonical, { env: systemCompilerEnv(config, fields, process.env), ldflags, record: { provider: "system", version: "", triple: c?.triple ?? "" } });
    } else if (config.toolchain === "zig") {
      zig ??= await installZig({
        version: config.zigVersion,
        baseUrl: config.zigBaseUrl,
        publicKey: config.zigPublicKey,
        tempDir: temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      });
      const spec = c?.zig;
      extras.set(plan.canonical, {
        env: {
          CC: quoteForGo([zig.zig, "cc", "-target", spec.target, ...spec.flags]),
          CXX: quoteForGo([zig.zig, "c++", "-target", spec.target, ...spec.flags]),
          ZIG_GLOBAL_CACHE_DIR: zigCache,
          ZIG_LOCAL_CACHE_DIR: zigCache
        },
        ldflags,
        record: { provider: "zig", version: zig.version, triple: spec.target }
      });
    } else {
      const tool = await installMuslCross({
        triple: c.muslCross,
        version: config.muslCrossVersion,
        urlTemplate: config.muslCrossUrl,
        sha256s: config.muslCrossSha256,
        tempDir: temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      });
      extras.set(plan.canonical, {
        env: { CC: quoteForGo([tool.cc]), CXX: quoteForGo([tool.cxx]) },
        ldflags,
        record: { provider: "musl-cross", version: tool.version, triple: tool.triple }
      });
    }
  }
  if (zig) {
    ctx.cacheExtraPaths.push(zigCache);
    ctx.cacheKeyExtra.push(`zig-${zig.version}`);
    ctx.outputs["zig-version"] = zig.version;
  }
  for (const [target, e] of extras) info(`cgo ${target}: ${e.record.provider}${e.record.version ? ` ${e.record.version}` : ""} ${e.record.triple}: CC=${e.env.CC ?? "(native)"}`);
  ctx.buildExtras = async (plan) => {
    const e = extras.get(plan.canonical);
    return e ? { env: e.env, ldflags: e.ldflags } : void 0;
  };
  ctx.cToolchains = new Map([...extras].map(([k, v]) => [k, v.record]));
}

// src/workspace-paths.ts
import { lstat, realpath as realpath2, stat as stat3 } from "node:fs/promises";
import path10 from "node:path";
function isInside(child, parent) {
  const rel2 = path10.relative(parent, child);
  return rel2 === "" || rel2 !== ".." && !rel2.startsWith(`..${path10.sep}`) && !path10.isAbsolute(rel2);
}
function isPlainRelativePath(name) {
  if (name === "" || /[\\\x00-\x1f\x7f]/.test(name) || /^[a-zA-Z]:/.test(name)) return false;
  return name.split("/").every((e) => e !== "" && e !== "." && e !== "..");
}
var errno = (e) => e.code;
async function realpathOfMaybeMissing(p) {
  const missing = [];
  for (let cur = path10.resolve(p); ; cur = path10.dirname(cur)) {
    let real;
    try {
      real = await realpath2(cur);
    } catch (error2) {
      if (errno(error2) !== "ENOENT" && errno(error2) !== "ENOTDIR") throw error2;
      if (errno(error2) === "ENOENT" && await lstat(cur).then(() => true, () => false)) throw new Error(`${cur} is a symlink that points nowhere`, { cause: error2 });
      if (cur === path10.dirname(cur)) throw error2;
      missing.push(path10.basename(cur));
      continue;
    }
    if (missing.length && !(await stat3(real)).isDirectory()) throw new Error(`${cur} is a file, not a directory`);
    return path10.join(real, ...missing.reverse());
  }
}
async function resolveInsideWorkspace(input, value, base, workspace) {
  const resolved = path10.resolve(base, value);
  let real;
  let realWorkspace;
  try {
    real = await realpathOfMaybeMissing(resolved);
    realWorkspace = await realpath2(workspace);
  } catch (error2) {
    throw new InputError(`${input}: "${value}" cannot be resolved: ${error2.message}`, { cause: error2 });
  }
  if (!isInside(real, realWorkspace)) {
    throw new InputError(
      `${input}: "${value}" resolves to ${real}, outside the workspace ${realWorkspace}; ${input} must stay inside the workspace (GITHUB_WORKSPACE): use a path inside it, without a symlink that leads out`
    );
  }
  return resolved;
}

// src/publish/config.ts
import { stat as stat4 } from "node:fs/promises";
import path11 from "node:path";
var ASSET_KINDS = ["archives", "binaries", "checksums", "signatures", "sboms", "manifest"];
var DEFAULT_RELEASE_TAG = "{{.Tag}}";
function parseReleaseMode(raw) {
  const v = raw.trim().toLowerCase();
  if (v === "" || /^(false|no|off)$/.test(v)) return "off";
  if (/^(true|yes|on)$/.test(v)) return "publish";
  if (v === "draft") return "draft";
  throw new InputError(`release: "${raw}" is not one of false, true, draft`);
}
function parseAssetKinds(raw) {
  const items = parseList(raw.replace(/\s+/g, ",")).map((s) => s.toLowerCase());
  if (!items.length || items.length === 1 && items[0] === "default") return void 0;
  const kinds = [];
  for (const item of items) {
    if (!ASSET_KINDS.includes(item)) {
      throw new InputError(`release-assets: "${item}" is not one of ${ASSET_KINDS.join(", ")} (or default)`);
    }
    if (!kinds.includes(item)) kinds.push(item);
  }
  return kinds;
}
async function readGitHubReleaseConfig(read, env, dirs) {
  const token = read("github-token") || env.GITHUB_TOKEN || "";
  if (token) setSecret(token);
  const mode = parseReleaseMode(read("release"));
  const notesRaw = read("release-notes");
  const notesFile = read("release-notes-file");
  let notes;
  if (notesFile) {
    if (notesRaw) throw new InputError(`release-notes and release-notes-file are both set; keep one`);
    notes = { kind: "file", path: await checkNotesFile(notesFile, dirs, mode !== "off") };
  } else if (notesRaw === "" || notesRaw.toLowerCase() === "generate") notes = { kind: "generate" };
  else if (notesRaw.toLowerCase() === "none") notes = { kind: "none" };
  else notes = { kind: "text", text: notesRaw };
  const replace = parseBoolean(read, "release-replace", false);
  return {
    mode,
    tag: read("release-tag") || DEFAULT_RELEASE_TAG,
    name: read("release-name") || read("release-tag") || DEFAULT_RELEASE_TAG,
    notes,
    prerelease: oneOf(read, "prerelease", ["auto", "true", "false"], "auto"),
    makeLatest: oneOf(read, "make-latest", ["auto", "true", "false"], "auto"),
    assets: parseAssetKinds(read("release-assets")),
    replace,
    token,
    repository: env.GITHUB_REPOSITORY ?? "",
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")
  };
}
async function checkNotesFile(file, dirs, mustExist) {
  const full = path11.resolve(dirs.workingDirectory, file);
  const rel2 = path11.relative(path11.resolve(dirs.workspace), full);
  if (rel2.startsWith("..") || path11.isAbsolute(rel2)) {
    throw new InputError(`release-notes-file: ${full} is outside the workspace (${dirs.workspace}); keep the notes in the repository`);
  }
  if (mustExist && !(await stat4(full).catch(() => void 0))?.isFile()) {
    throw new InputError(`release-notes-file: ${full} does not exist; check the path (it is relative to working-directory)`);
  }
  return full;
}

// src/inputs.ts
var envInputReader = (env) => (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
var DEFAULT_TARGETS = "linux/amd64, linux/arm64, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64";
var DEFAULT_FILENAME = "{{.Binary}}-{{.Os}}-{{.Arch}}{{.Variant}}";
var hostResources = () => ({ platform: process.platform, cpus: os2.availableParallelism(), freeBytes: os2.freemem(), totalBytes: os2.totalmem() });
function usableMemory(host) {
  return host.platform === "darwin" ? host.totalBytes : host.freeBytes;
}
function autoParallel(host = hostResources()) {
  const byMemory = Math.floor(usableMemory(host) / (1.5 * 1024 ** 3));
  return Math.max(1, Math.min(host.cpus, byMemory));
}
var RESERVED_FLAGS = {
  "-o": "the output path comes from output-dir and filename",
  "-ldflags": "use the ldflags input",
  "-tags": "use the tags input",
  "-trimpath": "go-xbuild always passes -trimpath"
};
async function goVersionRequest(read, workingDirectory) {
  const version = read("go-version");
  const file = read("go-version-file");
  if (version && file) {
    throw new InputError(`go-version ("${version}") and go-version-file ("${file}") are both set; keep one`);
  }
  if (version) return { spec: parseGoVersionSpec(version), origin: "go-version input" };
  const candidates = file ? [file] : ["go.work", "go.mod"];
  for (const candidate of candidates) {
    const full = path12.resolve(workingDirectory, candidate);
    const text = await readVersionFile(full, Boolean(file));
    if (text === void 0) {
      if (file) throw new InputError(`go-version-file: ${full} cannot be read; check the path (it is relative to working-directory)`);
      continue;
    }
    const request = parseVersionFile(candidate, text);
    try {
      return { spec: parseGoVersionSpec(request.spec, "go-version-file"), origin: request.origin };
    } catch (error2) {
      throw new InputError(`go-version-file: ${candidate} asks for ${quoteFragment(request.spec, 40)}, which is not a Go version or range`, { cause: error2 });
    }
  }
  return { spec: parseGoVersionSpec("stable"), origin: "default: no go-version and no go.mod" };
}
async function readConfig(rawRead, env, cwd = process.cwd()) {
  maskSecretInputs(rawRead);
  const read = limitInputs(rawRead);
  checkSingleValueInputs(read);
  let packages;
  try {
    packages = parsePackageSpecs(read("package"), read("packages"));
  } catch (error2) {
    throw new InputError(error2.message, { cause: error2 });
  }
  const packagePath = packages[0].package;
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const workingDirectory = await resolveInsideWorkspace("working-directory", read("working-directory") || ".", workspace, workspace);
  const wdStat = await stat5(workingDirectory).catch(() => void 0);
  if (!wdStat?.isDirectory()) throw new InputError(`working-directory: ${workingDirectory} is not a directory`);
  const mode = oneOf(read, "mode", ["build", "plan", "merge"], "build");
  const targets = parseTargets(read("targets") || DEFAULT_TARGETS);
  const flags = splitShellWords(read("flags"), "flags");
  for (const flag of flags) {
    const key = flag.replace(/^--/, "-").split("=")[0];
    if (RESERVED_FLAGS[key]) throw new InputError(`flags: ${flag} is not allowed here: ${RESERVED_FLAGS[key]}`);
  }
  checkTemplateWords(read("ldflags"), "ldflags");
  const tags = parseList(read("tags").replace(/\s+/g, ","));
  const parallelRaw = read("parallel") || "auto";
  let parallel;
  if (parallelRaw === "auto") parallel = autoParallel();
  else {
    parallel = Number(parallelRaw);
    if (!Number.isInteger(parallel) || parallel < 1) throw new InputError(`parallel: "${parallelRaw}" is not auto or a whole number \u2265 1`);
  }
  const goDownloadBaseUrl = read("go-download-base-url") || DEFAULT_GO_BASE_URL;
  checkUrl("go-download-base-url", goDownloadBaseUrl);
  const filename = read("filename") || DEFAULT_FILENAME;
  const temp = env.RUNNER_TEMP || path12.join(os2.tmpdir(), "go-xbuild");
  await ensureTemp(temp, Boolean(env.RUNNER_TEMP));
  const toolCache = env.RUNNER_TOOL_CACHE || path12.join(os2.homedir(), ".cache", "go-xbuild", "tool-cache");
  const release = readReleaseConfig(read);
  if (read("partial") && parseBoolean(read, "partial", false)) {
    if (mode !== "build") throw new InputError(`partial: true belongs to the build jobs of a fan-out; mode is ${mode}`);
    if (!release.upload) throw new InputError("partial: true and upload: false conflict: the merge job finds the partial builds through their uploaded artifacts");
  }
  const upx2 = readUpxConfig(read);
  const sign = readSignConfig(read);
  const cgo = readCgoConfig(read);
  const muslUrl = muslCrossUrl(cgo.muslCrossUrl, cgo.muslCrossVersion, "x86_64-unknown-linux-musl");
  checkUrl("musl-cross-url", muslUrl);
  checkTransport(
    [
      { name: "go-download-base-url", url: goDownloadBaseUrl },
      { name: "upx-download-base-url", url: upx2.baseUrl },
      { name: "zig-download-base-url", url: cgo.zigBaseUrl },
      { name: "musl-cross-url", url: muslUrl },
      { name: "fulcio-url", url: sign.fulcioUrl },
      { name: "rekor-url", url: sign.rekorUrl },
      ...sign.tsaUrl ? [{ name: "tsa-url", url: sign.tsaUrl }] : []
    ],
    parseBoolean(read, "allow-insecure-http", false)
  );
  return {
    mode,
    targets,
    goVersion: await goVersionRequest(read, workingDirectory),
    checkLatest: parseBoolean(read, "check-latest", false),
    goDownloadBaseUrl,
    workingDirectory,
    package: packagePath,
    packages,
    ...read("packages") ? { packagesInput: parseList(read("packages")) } : {},
    name: read("name"),
    filename,
    ldflags: read("ldflags") === "" && !("INPUT_LDFLAGS" in env) ? "-s -w" : read("ldflags"),
    flags,
    tags,
    version: read("version"),
    outputDir: path12.resolve(workingDirectory, read("output-dir") || "dist"),
    parallel,
    failFast: parseBoolean(read, "fail-fast", false),
    summary: parseBoolean(read, "summary", true),
    release,
    githubRelease: await readGitHubReleaseConfig(read, env, { workingDirectory, workspace }),
    upx: upx2,
    sign,
    cgo,
    smokeTest: readSmokeTest(read),
    fanOut: {
      groupBy: parseGroupBy(read("group-by")),
      runsOn: read("runs-on") || "ubuntu-latest",
      macosRunsOn: read("macos-runs-on") || "macos-latest",
      partial: parseBoolean(read, "partial", false),
      deletePartials: parseBoolean(read, "delete-partials", false)
    },
    runner: {
      temp,
      toolCache,
      workspace,
      platform: process.platform,
      arch: process.arch,
      onGitHub: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
    }
  };
}

// src/pipeline.ts
import { mkdir as mkdir10, readFile as readFile8, writeFile as writeFile5 } from "node:fs/promises";
var import_semver4 = __toESM(require_semver(), 1);
import path24 from "node:path";

// src/build/build-targets.ts
import { mkdir as mkdir7, rename as rename2, rm as rm3 } from "node:fs/promises";
import path17 from "node:path";

// src/terminal.ts
var unescape = (s) => s.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
var COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;
var paint = (tty, code, text) => tty ? `\x1B[${code}m${text}\x1B[0m` : text;
function location(props) {
  if (!props) return {};
  const p = {};
  for (const pair of props.split(",")) {
    const eq = pair.indexOf("=");
    if (eq > 0) p[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1));
  }
  const where = p.file ? [p.file, p.line, p.col].filter(Boolean).join(":") : void 0;
  return { ...where ? { where } : {}, ...p.title ? { title: p.title } : {} };
}
function translateLine(line, style) {
  const m = COMMAND.exec(line);
  if (!m) return line;
  const [, command, props, data] = m;
  const text = unescape(data);
  switch (command.toLowerCase()) {
    case "group":
      return paint(style.tty, "1", `\u25B6 ${text}`);
    case "endgroup":
      return void 0;
    case "warning":
    case "error":
    case "notice": {
      const { where, title } = location(props);
      const label = command.toLowerCase();
      const colour = label === "error" ? "31;1" : label === "warning" ? "33;1" : "36;1";
      const head = paint(style.tty, colour, `${label}:`);
      return `${head} ${title ? `${title}: ` : ""}${text}${where ? ` (${where})` : ""}`;
    }
    case "debug":
      return style.debug ? paint(style.tty, "2", `debug: ${text}`) : void 0;
    // runner-only: masking (nothing to mask on a terminal), state and outputs without their files,
    // command echoing and stop-commands tokens
    case "add-mask":
    case "save-state":
    case "set-output":
    case "set-env":
    case "add-path":
    case "echo":
      return void 0;
    default:
      return line;
  }
}
var NO_PROGRESS = { start: () => void 0, targetStarted: () => void 0, targetEnded: () => void 0, stop: () => void 0 };
var current = NO_PROGRESS;
var progress = () => current;
var formatElapsed = (ms) => {
  const s = Math.floor(ms / 1e3);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};
function progressText(c, ms) {
  const left = c.total - c.done - c.failed - c.running;
  return `building: ${c.done}/${c.total} done${c.failed ? `, ${c.failed} failed` : ""}, ${c.running} running, ${left} left \xB7 ${formatElapsed(ms)}`;
}
function installTerminal(env, out = process.stdout, clock = {
  now: () => Date.now(),
  every: (ms, f) => {
    const t = setInterval(f, ms);
    t.unref();
    return () => clearInterval(t);
  }
}) {
  if (env.GITHUB_ACTIONS === "true") return () => void 0;
  const style = { tty: Boolean(out.isTTY) && env.TERM !== "dumb", debug: env.RUNNER_DEBUG === "1" };
  const write = out.write.bind(out);
  let live = "";
  let pending = "";
  const counts = { done: 0, failed: 0, running: 0, total: 0 };
  let startedAt = 0;
  let stopTimer;
  const draw = () => {
    if (!style.tty || !stopTimer) return;
    live = progressText(counts, clock.now() - startedAt);
    write(`\r\x1B[2K${paint(true, "2", live)}`);
  };
  const clear = () => {
    if (live) write("\r\x1B[2K");
    live = "";
  };
  out.write = (chunk, ...rest) => {
    const text = pending + (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const lines = text.split("\n");
    pending = lines.pop();
    const shown2 = lines.map((l) => translateLine(l.replace(/\r$/, ""), style)).filter((l) => l !== void 0);
    const cb = rest.find((r) => typeof r === "function");
    if (shown2.length) {
      const hadLive = Boolean(live);
      clear();
      write(`${shown2.join("\n")}
`);
      if (hadLive) draw();
    }
    cb?.();
    return true;
  };
  current = {
    start(total) {
      counts.total = total;
      counts.done = counts.failed = counts.running = 0;
      startedAt = clock.now();
      if (style.tty) {
        stopTimer = clock.every(1e3, draw);
        draw();
      }
    },
    targetStarted() {
      counts.running++;
      draw();
    },
    targetEnded(ok2) {
      counts.running--;
      if (ok2) counts.done++;
      else counts.failed++;
      if (style.tty) draw();
      else out.write(`${progressText(counts, clock.now() - startedAt)}
`);
    },
    stop() {
      stopTimer?.();
      stopTimer = void 0;
      clear();
    }
  };
  process.once("exit", () => {
    if (pending) write(`${pending}
`);
    pending = "";
  });
  return () => {
    current.stop();
    current = NO_PROGRESS;
    if (pending) write(`${pending}
`);
    out.write = write;
  };
}

// src/build/go-build.ts
import { mkdir as mkdir5 } from "node:fs/promises";
import path13 from "node:path";
function goBuildArgs(plan, spec) {
  return [
    "build",
    "-trimpath",
    "-ldflags",
    quoteForGo([...plan.ldflags, ...spec.extraLdflags ?? []]),
    ...spec.tags.length ? ["-tags", spec.tags.join(",")] : [],
    ...spec.flags,
    "-o",
    spec.output,
    ...spec.packages
  ];
}
var goBuildSettings = (plan, goEnv, extra = {}) => ({
  ...goEnv,
  ...plan.env,
  ...extra
});
async function runGoBuild(plan, spec) {
  await mkdir5(spec.output.endsWith(path13.sep) || spec.output.endsWith("/") ? spec.output : path13.dirname(spec.output), { recursive: true });
  const args = goBuildArgs(plan, spec);
  const started = Date.now();
  const out = await runProcess({ kind: "go", file: spec.go, args, cwd: spec.workingDirectory, env: goBuildSettings(plan, spec.goEnv, spec.extraEnv) });
  const shown2 = Object.entries({ ...plan.env, ...spec.extraEnv }).map(([k, v]) => `${k}=${v}`).join(" ");
  return {
    ok: out.exitCode === 0,
    exitCode: out.exitCode,
    command: `${shown2} go ${args.map((a) => /[\s'"]/.test(a) ? JSON.stringify(a) : a).join(" ")}`,
    stdout: out.stdout,
    stderr: out.stderr,
    ms: Date.now() - started
  };
}
function parseCompilerMessages(stderr, cwd, workspace, p = path13) {
  const out = [];
  const drive = p.sep === "\\" ? "(?:[A-Za-z]:[\\\\/])?" : "";
  const message = new RegExp(`^(?!#)(${drive}[^:\\s][^:]*\\.(?:go|c|h|s|cc|cpp)):(\\d+)(?::(\\d+))?: (.+)$`);
  for (const line of stderr.split("\n")) {
    const m = message.exec(line.trim());
    if (!m) continue;
    const abs = p.resolve(cwd, m[1]);
    const rel2 = p.relative(workspace, abs);
    out.push({
      file: rel2.startsWith("..") || p.isAbsolute(rel2) ? abs : rel2.split(p.sep).join("/"),
      line: Number(m[2]),
      column: m[3] ? Number(m[3]) : void 0,
      message: m[4]
    });
  }
  return out;
}

// src/build/inspect.ts
import { open as open2 } from "node:fs/promises";
var ELF_MACHINES = {
  3: () => "386",
  62: () => "amd64",
  40: () => "arm",
  183: () => "arm64",
  243: () => "riscv64",
  21: (_b, e) => e === "big" ? "ppc64" : "ppc64le",
  22: () => "s390x",
  8: (b, e) => b === 64 ? e === "big" ? "mips64" : "mips64le" : e === "big" ? "mips" : "mipsle",
  258: () => "loong64"
};
var ELF_OSABI = { 9: "freebsd", 2: "netbsd", 12: "openbsd" };
var OSABI_ZERO = ["linux", "android", "dragonfly", "illumos", "solaris"];
var MACHO_CPU = { 16777223: "amd64", 16777228: "arm64", 7: "386", 12: "arm" };
var PE_MACHINE = { 332: "386", 34404: "amd64", 452: "arm", 43620: "arm64" };
var PLAN9_MAGIC = { 491: "386", 35479: "amd64", 1607: "arm" };
var Reader = class {
  constructor(buf, le) {
    this.buf = buf;
    this.le = le;
  }
  buf;
  le;
  u8 = (o) => this.buf.readUInt8(o);
  u16 = (o) => this.le ? this.buf.readUInt16LE(o) : this.buf.readUInt16BE(o);
  u32 = (o) => this.le ? this.buf.readUInt32LE(o) : this.buf.readUInt32BE(o);
  u64 = (o) => Number(this.le ? this.buf.readBigUInt64LE(o) : this.buf.readBigUInt64BE(o));
};
async function readAt(fd, offset, length) {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fd.read(buf, 0, length, offset);
  return buf.subarray(0, bytesRead);
}
async function inspectBinary(file) {
  const fd = await open2(file, "r");
  try {
    const head = await readAt(fd, 0, 64);
    if (head.length >= 4 && head.readUInt32BE(0) === 2135247942) return await inspectElf(fd, head);
    if (head.length >= 4 && [4277009103, 4277009102].includes(head.readUInt32LE(0))) return await inspectMachO(fd, head);
    if (head.length >= 2 && head.toString("latin1", 0, 2) === "MZ") return await inspectPe(fd, head);
    if (head.length >= 4 && head.readUInt32BE(0) === 6386541) {
      return { format: "wasm", os: "", arch: "wasm", segments: [], sections: [], description: "WebAssembly module" };
    }
    if (head.length >= 2 && [503, 479].includes(head.readUInt16BE(0))) {
      const bits = head.readUInt16BE(0) === 503 ? 64 : 32;
      return { format: "xcoff", os: "aix", arch: bits === 64 ? "ppc64" : "", bits, segments: [], sections: [], description: `XCOFF ${bits}-bit` };
    }
    if (head.length >= 4 && PLAN9_MAGIC[head.readUInt32BE(0)]) {
      const arch2 = PLAN9_MAGIC[head.readUInt32BE(0)];
      return { format: "plan9", os: "plan9", arch: arch2, segments: [], sections: [], description: `Plan 9 a.out ${arch2}` };
    }
    return { format: "unknown", os: "", arch: "", segments: [], sections: [], description: "not an executable format go-xbuild knows" };
  } finally {
    await fd.close();
  }
}
async function inspectElf(fd, head) {
  const bits = head[4] === 2 ? 64 : 32;
  const endian = head[5] === 2 ? "big" : "little";
  const r = new Reader(head, endian === "little");
  const osabi = r.u8(7);
  const machine = r.u16(18);
  const entry = bits === 64 ? r.u64(24) : r.u32(24);
  const phoff = bits === 64 ? r.u64(32) : r.u32(28);
  const shoff = bits === 64 ? r.u64(40) : r.u32(32);
  const flags = bits === 64 ? r.u32(48) : r.u32(36);
  const phentsize = r.u16(bits === 64 ? 54 : 42);
  const phnum = r.u16(bits === 64 ? 56 : 44);
  const shentsize = r.u16(bits === 64 ? 58 : 46);
  const shnum = r.u16(bits === 64 ? 60 : 48);
  const shstrndx = r.u16(bits === 64 ? 62 : 50);
  const segments = [];
  let interpreter;
  let dynamic;
  if (phnum > 0 && phentsize > 0) {
    const ph = new Reader(await readAt(fd, phoff, phnum * phentsize), endian === "little");
    for (let i = 0; i < phnum; i++) {
      const o = i * phentsize;
      const type = ph.u32(o);
      const segFlags = bits === 64 ? ph.u32(o + 4) : ph.u32(o + 24);
      const offset = bits === 64 ? ph.u64(o + 8) : ph.u32(o + 4);
      const vaddr = bits === 64 ? ph.u64(o + 16) : ph.u32(o + 8);
      const filesz = bits === 64 ? ph.u64(o + 32) : ph.u32(o + 16);
      const memsz = bits === 64 ? ph.u64(o + 40) : ph.u32(o + 20);
      segments.push({ type, flags: segFlags, vaddr, memsz });
      if (type === 3) interpreter = (await readAt(fd, offset, Math.min(filesz, 4096))).toString("latin1").replace(/\0.*$/s, "");
      if (type === 2) dynamic = { offset, size: filesz };
    }
  }
  const sections = [];
  const sectionHeaders = [];
  if (shnum > 0 && shentsize > 0 && shoff > 0) {
    const sh = new Reader(await readAt(fd, shoff, shnum * shentsize), endian === "little");
    for (let i = 0; i < shnum; i++) {
      const o = i * shentsize;
      sectionHeaders.push({
        nameOff: sh.u32(o),
        type: sh.u32(o + 4),
        flags: bits === 64 ? sh.u64(o + 8) : sh.u32(o + 8),
        offset: bits === 64 ? sh.u64(o + 24) : sh.u32(o + 16),
        size: bits === 64 ? sh.u64(o + 32) : sh.u32(o + 20),
        link: sh.u32(bits === 64 ? o + 40 : o + 24)
      });
    }
    const strtab = sectionHeaders[shstrndx];
    const names = strtab ? await readAt(fd, strtab.offset, strtab.size) : Buffer.alloc(0);
    for (const s of sectionHeaders) {
      const end = names.indexOf(0, s.nameOff);
      const name = names.toString("latin1", s.nameOff, end < 0 ? names.length : end);
      sections.push({ name, type: s.type, flags: s.flags, size: s.size });
    }
  }
  let needed = [];
  if (dynamic && dynamic.size > 0) {
    const dyn = new Reader(await readAt(fd, dynamic.offset, Math.min(dynamic.size, 1 << 20)), endian === "little");
    const entSize = bits === 64 ? 16 : 8;
    const neededOffsets = [];
    let strtabAddr;
    for (let o = 0; o + entSize <= dyn.buf.length; o += entSize) {
      const tag = bits === 64 ? dyn.u64(o) : dyn.u32(o);
      const val = bits === 64 ? dyn.u64(o + 8) : dyn.u32(o + 4);
      if (tag === 0) break;
      if (tag === 1) neededOffsets.push(val);
      if (tag === 5) strtabAddr = val;
    }
    if (neededOffsets.length) {
      const dynstr = sectionHeaders.find((s) => s.type === 3 && sections[sectionHeaders.indexOf(s)]?.name === ".dynstr");
      const base = dynstr?.offset;
      if (base !== void 0) {
        const strs = await readAt(fd, base, Math.min(dynstr?.size ?? 0, 1 << 20));
        needed = neededOffsets.map((off) => {
          const end = strs.indexOf(0, off);
          return strs.toString("latin1", off, end < 0 ? strs.length : end);
        });
      } else {
        needed = neededOffsets.map((off) => `(string at ${strtabAddr ?? 0}+${off})`);
      }
    }
  }
  const arch2 = ELF_MACHINES[machine]?.(bits, endian) ?? "";
  const os3 = ELF_OSABI[osabi] ?? (osabi === 0 || osabi === 3 ? "linux" : "");
  const linkage = interpreter ? `dynamic (interpreter ${interpreter})` : needed.length ? `dynamic (needs ${needed.join(", ")})` : "static";
  return {
    format: "elf",
    os: os3,
    arch: arch2,
    bits,
    endian,
    entry,
    interpreter,
    needed,
    flags,
    segments,
    sections,
    description: `ELF ${bits}-bit ${endian === "little" ? "LSB" : "MSB"} ${arch2 || `machine ${machine}`}, OSABI ${osabi}, ${linkage}`
  };
}
async function inspectMachO(fd, head) {
  const r = new Reader(head, true);
  const bits = r.u32(0) === 4277009103 ? 64 : 32;
  const cpu = r.u32(4);
  const filetype = r.u32(12);
  const ncmds = r.u32(16);
  const sizeofcmds = r.u32(20);
  const headerSize = bits === 64 ? 32 : 28;
  const cmds = new Reader(await readAt(fd, headerSize, sizeofcmds), true);
  const segments = [];
  const sections = [];
  let entry;
  for (let i = 0, o = 0; i < ncmds && o + 8 <= cmds.buf.length; i++) {
    const cmd = cmds.u32(o);
    const size = cmds.u32(o + 4);
    if (cmd === 25) {
      const nsects = cmds.u32(o + 64);
      segments.push({ type: cmd, flags: cmds.u32(o + 60), vaddr: cmds.u64(o + 24), memsz: cmds.u64(o + 32) });
      for (let s = 0; s < nsects; s++) {
        const so = o + 72 + s * 80;
        const name = cmds.buf.toString("latin1", so, so + 16).replace(/\0.*$/s, "");
        const seg = cmds.buf.toString("latin1", so + 16, so + 32).replace(/\0.*$/s, "");
        sections.push({ name: `${seg},${name}`, type: 0, flags: cmds.u32(so + 64), size: cmds.u64(so + 40) });
      }
    } else if (cmd === 2147483688) {
      entry = cmds.u64(o + 8);
    }
    if (size === 0) break;
    o += size;
  }
  const arch2 = MACHO_CPU[cpu] ?? "";
  return {
    format: "macho",
    os: "darwin",
    arch: arch2,
    bits,
    endian: "little",
    entry,
    flags: filetype,
    segments,
    sections,
    description: `Mach-O ${bits}-bit ${arch2 || `cpu ${cpu}`}${filetype === 2 ? " executable" : ` filetype ${filetype}`}`
  };
}
async function inspectPe(fd, head) {
  const peOffset = head.readUInt32LE(60);
  const hdr = await readAt(fd, peOffset, 24 + 240);
  if (hdr.length < 24 || hdr.toString("latin1", 0, 4) !== "PE\0\0") {
    return { format: "unknown", os: "", arch: "", segments: [], sections: [], description: "MZ file without a PE header" };
  }
  const r = new Reader(hdr, true);
  const machine = r.u16(4);
  const nsections = r.u16(6);
  const optSize = r.u16(20);
  const magic = r.u16(24);
  const bits = magic === 523 ? 64 : 32;
  const entry = r.u32(24 + 16);
  const subsystem = r.u16(24 + 68);
  const table = new Reader(await readAt(fd, peOffset + 24 + optSize, nsections * 40), true);
  const sections = [];
  const layout = [];
  for (let i = 0; i < nsections && (i + 1) * 40 <= table.buf.length; i++) {
    const o = i * 40;
    sections.push({
      name: table.buf.toString("latin1", o, o + 8).replace(/\0.*$/s, ""),
      type: 0,
      flags: table.u32(o + 36),
      size: table.u32(o + 8)
    });
    layout.push({ va: table.u32(o + 12), vsize: Math.max(table.u32(o + 8), table.u32(o + 16)), raw: table.u32(o + 20) });
  }
  const toOffset = (rva) => {
    const sec = layout.find((l) => rva >= l.va && rva < l.va + l.vsize);
    return sec ? rva - sec.va + sec.raw : void 0;
  };
  const dirOffset = 24 + (bits === 64 ? 112 : 96) + 8;
  const importRva = hdr.length >= dirOffset + 4 ? r.u32(dirOffset) : 0;
  const needed = [];
  const importAt = importRva ? toOffset(importRva) : void 0;
  if (importAt !== void 0) {
    for (let i = 0; i < 4096; i++) {
      const desc = new Reader(await readAt(fd, importAt + i * 20, 20), true);
      if (desc.buf.length < 20 || desc.buf.every((b) => b === 0)) break;
      const nameAt = toOffset(desc.u32(12));
      if (nameAt === void 0) break;
      const raw = await readAt(fd, nameAt, 256);
      needed.push(raw.toString("latin1", 0, raw.indexOf(0) < 0 ? raw.length : raw.indexOf(0)));
    }
  }
  const arch2 = PE_MACHINE[machine] ?? "";
  const sub = subsystem === 3 ? "console" : subsystem === 2 ? "GUI" : `subsystem ${subsystem}`;
  return {
    format: "pe",
    os: "windows",
    arch: arch2,
    bits,
    endian: "little",
    entry,
    flags: subsystem,
    needed,
    segments: [],
    sections,
    description: `PE${bits === 64 ? "32+" : "32"} ${arch2 || `machine 0x${machine.toString(16)}`} (${sub})`
  };
}
function checkBinaryMatchesTarget(info2, goos, goarch, opts) {
  const problems = [];
  const expectFormat = goos === "darwin" || goos === "ios" ? "macho" : goos === "windows" ? "pe" : goos === "aix" ? "xcoff" : goos === "plan9" ? "plan9" : goarch === "wasm" ? "wasm" : "elf";
  if (info2.format !== expectFormat) {
    const names = { elf: "an ELF", macho: "a Mach-O", pe: "a PE", xcoff: "an XCOFF", plan9: "a Plan 9 a.out", wasm: "a WebAssembly", unknown: "an unknown" };
    return [`expected ${names[expectFormat]} file for ${goos}/${goarch}, found ${info2.description}`];
  }
  if (goarch !== "wasm" && info2.arch !== goarch) problems.push(`built for ${info2.arch || "an unknown arch"}, not ${goarch} (${info2.description})`);
  if (info2.format === "elf") {
    const osOk = info2.os === goos || info2.os === "linux" && OSABI_ZERO.includes(goos);
    if (!osOk) problems.push(`ELF OSABI says ${info2.os || "an unknown OS"}, not ${goos}`);
    if (opts.requireStatic && (info2.interpreter || (info2.needed?.length ?? 0) > 0)) {
      problems.push(`not static: ${info2.description}`);
    }
  }
  return problems;
}

// src/build/pool.ts
async function runPool(items, limit, worker, opts = {}) {
  const results = new Array(items.length);
  let next = 0;
  let stopped = false;
  const lane = async () => {
    for (; ; ) {
      const i = next++;
      if (i >= items.length) return;
      if (stopped) {
        results[i] = { ok: false, skipped: true };
        continue;
      }
      try {
        results[i] = { ok: true, value: await worker(items[i], i) };
      } catch (error2) {
        results[i] = { ok: false, error: error2 };
        if (opts.failFast) stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return { results };
}
var Semaphore = class {
  constructor(limit) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a semaphore needs a limit \u2265 1, not ${limit}`);
  }
  limit;
  held = 0;
  waiting = [];
  /** Runs `fn` once a place is free; the place is given back however `fn` ends. */
  async with(fn) {
    if (this.held >= this.limit) await new Promise((resolve2) => this.waiting.push(resolve2));
    else this.held++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.held--;
    }
  }
  /** Holders right now (for tests). */
  get active() {
    return this.held;
  }
};

// src/release/archive-step.ts
import path14 from "node:path";

// src/release/archive.ts
import { createReadStream, createWriteStream as createWriteStream3 } from "node:fs";
import { stat as stat6 } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import zlib from "node:zlib";
function octal(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}
var USTAR_MAX_SIZE = 8589934591;
function splitUstarName(name) {
  const bytes = Buffer.from(name, "utf8");
  if (bytes.length <= 100) return { prefix: Buffer.alloc(0), base: bytes };
  const cut = bytes.subarray(0, 156).lastIndexOf(47);
  if (cut <= 0 || bytes.length - cut - 1 > 100 || bytes.length - cut - 1 === 0) return void 0;
  return { prefix: bytes.subarray(0, cut), base: bytes.subarray(cut + 1) };
}
function utf8Head(text, max) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return bytes.subarray(0, end);
}
function paxRecord(key, value) {
  const body = Buffer.byteLength(` ${key}=${value}
`);
  let len = body + String(body).length;
  if (String(len).length > String(body).length) len = body + String(len).length;
  return Buffer.from(`${len} ${key}=${value}
`, "utf8");
}
function ustarBlock(name, prefix, size, mode, mtime, type) {
  const h = Buffer.alloc(512);
  name.copy(h, 0);
  h.write(octal(mode & 4095, 8), 100, "latin1");
  h.write(octal(0, 8), 108, "latin1");
  h.write(octal(0, 8), 116, "latin1");
  h.write(octal(size, 12), 124, "latin1");
  h.write(octal(mtime, 12), 136, "latin1");
  h.write("        ", 148, "latin1");
  h.write(type, 156, "latin1");
  h.write("ustar\0", 257, "latin1");
  h.write("00", 263, "latin1");
  h.write("root", 265, "latin1");
  h.write("root", 297, "latin1");
  prefix.copy(h, 345);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + " ", 148, "latin1");
  return h;
}
function tarHeader(name, size, mode, mtime) {
  const split = splitUstarName(name);
  const records = [];
  if (!split) records.push(paxRecord("path", name));
  if (size > USTAR_MAX_SIZE) records.push(paxRecord("size", String(size)));
  if (!records.length) return ustarBlock(split.base, split.prefix, size, mode, mtime, "0");
  const pax = Buffer.concat(records);
  const padding = pax.length % 512 ? 512 - pax.length % 512 : 0;
  const fallback = split ?? { prefix: Buffer.alloc(0), base: utf8Head(name, 100) };
  return Buffer.concat([
    ustarBlock(Buffer.from("././@PaxHeader"), Buffer.alloc(0), pax.length, 420, mtime, "x"),
    pax,
    Buffer.alloc(padding),
    ustarBlock(fallback.base, fallback.prefix, Math.min(size, USTAR_MAX_SIZE), mode, mtime, "0")
  ]);
}
async function* tarStream(entries, mtime) {
  for (const e of entries) {
    const { size } = await stat6(e.source);
    yield tarHeader(e.name, size, e.mode, mtime);
    let written = 0;
    for await (const chunk of createReadStream(e.source, { highWaterMark: 1 << 20 })) {
      written += chunk.length;
      yield chunk;
    }
    if (written !== size) throw new Error(`${e.source} changed size while it was archived`);
    if (size % 512) yield Buffer.alloc(512 - size % 512);
  }
  yield Buffer.alloc(1024);
}
function fixGzipOs() {
  let patched = false;
  return new Transform({
    transform(chunk, _e, done) {
      if (!patched && chunk.length > 9) {
        chunk[9] = 3;
        patched = true;
      }
      done(null, chunk);
    }
  });
}
async function writeTarGz(dest, entries, mtime) {
  const t = hashTap();
  await pipeline2(Readable.from(tarStream(entries, mtime)), zlib.createGzip({ level: 6 }), fixGzipOs(), t.stream, createWriteStream3(dest));
  return t.result();
}
function dosDateTime(epochSeconds) {
  const d = new Date(Math.max(epochSeconds, 315532800) * 1e3);
  return {
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | Math.floor(d.getUTCSeconds() / 2),
    date: d.getUTCFullYear() - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate()
  };
}
async function writeZip(dest, entries, mtime) {
  const { time, date } = dosDateTime(mtime);
  const central = [];
  const t = hashTap();
  const out = createWriteStream3(dest);
  t.stream.pipe(out);
  let offset = 0;
  const write = (b) => new Promise((resolve2, reject) => {
    offset += b.length;
    t.stream.write(b, (e) => e ? reject(e) : resolve2());
  });
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    if (name.length > 65535) throw new Error(`archive entry name is longer than a zip can hold (${name.length} bytes): ${e.name.slice(0, 80)}\u2026`);
    const headerOffset = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2056, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));
    let crc = 0;
    let usize = 0;
    let csize = 0;
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const compressed = (async () => {
      for await (const chunk of deflate) {
        csize += chunk.length;
        await write(chunk);
      }
    })();
    for await (const chunk of createReadStream(e.source, { highWaterMark: 1 << 20 })) {
      crc = zlib.crc32(chunk, crc);
      usize += chunk.length;
      if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
    }
    deflate.end();
    await compressed;
    if (usize >= 4294967295 || csize >= 4294967295) throw new Error(`${e.source} is too large for a zip without zip64`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(134695760, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(csize, 8);
    descriptor.writeUInt32LE(usize, 12);
    await write(descriptor);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(33639248, 0);
    c.writeUInt16LE(3 << 8 | 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(2056, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(time, 12);
    c.writeUInt16LE(date, 14);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(csize, 20);
    c.writeUInt32LE(usize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE((32768 | e.mode & 4095) << 16 >>> 0, 38);
    c.writeUInt32LE(headerOffset, 42);
    central.push(Buffer.concat([c, name]));
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([cd, end]));
  await new Promise((resolve2, reject) => {
    out.on("finish", resolve2).on("error", reject);
    t.stream.end();
  });
  return t.result();
}
function checkEntryName(name) {
  if (!isPlainRelativePath(name)) throw new Error(`archive entry name "${name}" is not a plain relative path`);
}
async function writeArchive(format, dest, entries, mtime) {
  for (const e of entries) checkEntryName(e.name);
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.name, b.name));
  return format === "zip" ? writeZip(dest, sorted, mtime) : writeTarGz(dest, sorted, mtime);
}

// src/release/archive-step.ts
async function archiveTarget(ctx, plan, artifacts, log) {
  const spec = plan.archive;
  if (!spec) return;
  const extras = ctx.archiveExtras;
  const entries = plan.binaries.map((b) => {
    const artifact = artifacts.find((a) => a.binaryName === b.name);
    if (!artifact) throw new Error(`${spec.file} would lack the binary ${b.name} (${b.package}), which was not built`);
    const clash = extras.find((e) => e.name.toLowerCase() === b.archiveName.toLowerCase());
    if (clash) throw new Error(`archive-files: "${clash.name}" clashes with the binary ${b.name}'s name in the archive`);
    return { name: b.archiveName, source: artifact.path, mode: 493 };
  });
  const dest = path14.join(ctx.stagingDir, ...spec.file.split("/"));
  const written = await writeArchive(spec.format, dest, [...entries, ...extras.map((e) => ({ ...e, mode: 420 }))], ctx.project.commitTimestamp);
  const archive = { file: spec.file, format: spec.format, ...written };
  for (const a of artifacts) a.archive = archive;
  log.info(`archive: ${spec.file} (${plan.binaries.length} binar${plan.binaries.length === 1 ? "y" : "ies"}, ${written.size} bytes, sha256 ${written.sha256})`);
}

// src/build/upx.ts
import { copyFile, mkdir as mkdir6 } from "node:fs/promises";
import path15 from "node:path";

// src/build/run-binary.ts
var QEMU_ARCH = {
  amd64: "x86_64",
  "386": "i386",
  arm64: "aarch64",
  arm: "arm",
  riscv64: "riscv64",
  ppc64le: "ppc64le",
  ppc64: "ppc64",
  s390x: "s390x",
  mips: "mips",
  mipsle: "mipsel",
  mips64: "mips64",
  mips64le: "mips64el",
  loong64: "loongarch64"
};
var HOST_ARCH = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm", riscv64: "riscv64", s390x: "s390x", ppc64: "ppc64le", loong64: "loong64" };
function hostRunFor(t, platform, arch2) {
  const host = HOST_ARCH[arch2];
  const same2 = t.goarch === host || host === "amd64" && t.goarch === "386";
  if (t.goos === "linux" && platform === "linux") {
    if (same2) return { how: "native" };
    const q = QEMU_ARCH[t.goarch];
    return q ? { how: "qemu", arch: q } : { how: "no" };
  }
  if (t.goos === "windows" && platform === "win32") {
    if (same2) return { how: "native" };
    if (host === "arm64" && (t.goarch === "amd64" || t.goarch === "386")) return { how: "emulated", by: "Windows on Arm's x64/x86 emulation" };
    return { how: "no" };
  }
  if (t.goos === "darwin" && platform === "darwin") {
    if (t.goarch === host) return { how: "native" };
    if (host === "arm64" && t.goarch === "amd64") return { how: "emulated", by: "Rosetta 2" };
  }
  return { how: "no" };
}
async function runnerFor(t, platform = process.platform, arch2 = process.arch) {
  const run2 = hostRunFor(t, platform, arch2);
  if (run2.how === "native" || run2.how === "emulated") return [];
  if (run2.how === "no") return void 0;
  for (const name of [`qemu-${run2.arch}-static`, `qemu-${run2.arch}`]) {
    const found = await which(name, false);
    if (found) return [found];
  }
  return void 0;
}
var CANNOT_START_CODES = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "ENOEXEC", "EFTYPE", "EBADARCH", "EBADEXEC", "EBADMACHO", "UNKNOWN"]);
var cannotStartHere = (r) => r.spawnErrorCode !== void 0 && CANNOT_START_CODES.has(r.spawnErrorCode);
async function runBinary(prefix, file, args, cwd, timeoutMs = 6e4, extraEnv) {
  const all = [...prefix, file];
  const r = await runProcess({ kind: "binary", file: all[0], args: [...all.slice(1), ...args], cwd, timeoutMs, maxBuffer: 8 << 20, env: extraEnv });
  return {
    exitCode: r.exitCode,
    stdout: r.stdout,
    stderr: r.stderr,
    ...r.signal ? { signal: r.signal } : {},
    ...r.spawnError ? { spawnError: r.spawnError, spawnErrorCode: r.spawnErrorCode ?? "UNKNOWN" } : {}
  };
}

// src/build/upx-support.ts
var PACKS = {
  linux: ["386", "amd64", "arm", "arm64", "ppc64le"],
  windows: ["386", "amd64"]
};
var WHY = [
  [(t) => t.goos === "linux" && (t.goarch === "mips" || t.goarch === "mipsle"), 'UPX 4 packs hard-float MIPS binaries that die at start-up ("fatal error: float64nan"); build the softfloat variant to pack it'],
  [(t) => t.goos === "linux" && t.goarch === "ppc64", "UPX 4 packs big-endian ppc64 binaries that crash at start-up (SIGSEGV)"],
  [(t) => t.goos === "darwin" || t.goos === "ios", 'UPX 4 refuses macOS ("macOS is currently not supported"); --force-macos output crashes on recent macOS'],
  [(t) => t.goos === "windows" && t.goarch === "arm64", 'UPX 4 refuses win64/arm64 ("not yet supported")'],
  [(t) => ["dragonfly", "illumos", "solaris"].includes(t.goos), `UPX 4 packs these as linux/amd64, with a Linux stub that cannot start on ${"this OS"}`],
  [(t) => ["freebsd", "netbsd", "openbsd"].includes(t.goos), "UPX 4 cannot pack Go binaries for the BSDs (unknown executable format, or an internal error for 386)"],
  [(t) => t.goos === "android", 'UPX 4 refuses Go android binaries ("bad e_shstrtab")'],
  [(t) => t.goos === "linux", "UPX 4 does not know this architecture's ELF format (riscv64, loong64, s390x, mips64, mips64le)"],
  [() => true, "UPX 4 does not know this executable format (aix XCOFF, Plan 9, WebAssembly)"]
];
function upxSupport(t) {
  if (PACKS[t.goos]?.includes(t.goarch)) return { packable: true };
  if (t.goos === "linux" && (t.goarch === "mips" || t.goarch === "mipsle") && t.variant === "softfloat") return { packable: true };
  const reason = WHY.find(([applies]) => applies(t))[1];
  return { packable: false, reason: reason.replace("this OS", t.goos) };
}
var UPX_REFUSALS = /(CantPackException|AlreadyPackedException|NotCompressibleException|UnknownExecutableFormatException): ?(.*)/;

// src/build/upx.ts
var UpxError = class extends Error {
};
var upxWorkRoots = /* @__PURE__ */ new Set();
var CROWD = 1e3;
var crowdedEnv = () => Object.fromEntries(Array.from({ length: CROWD }, (_, i) => [`GO_XBUILD_CROWD_${i}`, "x"]));
function auditDifferences(original, unpacked) {
  const out = [];
  for (const key of ["format", "os", "arch", "bits", "endian", "entry", "interpreter"]) {
    if (original[key] !== unpacked[key]) out.push(`${key}: ${String(original[key])} became ${String(unpacked[key])}`);
  }
  const seg = (s) => `type ${s.type} flags ${s.flags} vaddr 0x${s.vaddr.toString(16)} memsz ${s.memsz}`;
  const sec = (s) => `${s.name} type ${s.type} flags ${s.flags} size ${s.size}`;
  const diff = (what, a, b) => {
    if (a.length !== b.length) out.push(`${what}: ${a.length} became ${b.length}`);
    a.forEach((x, i) => {
      if (b[i] !== void 0 && x !== b[i]) out.push(`${what} ${i}: ${x} became ${b[i]}`);
    });
  };
  diff("segment", original.segments.map(seg), unpacked.segments.map(seg));
  diff("section", original.sections.map(sec), unpacked.sections.map(sec));
  return out;
}
async function upx(bin, args, cwd) {
  const r = await runProcess({ kind: "tool", file: bin, args, cwd, timeoutMs: 6e5 });
  return { ok: r.exitCode === 0 && !r.signal, status: r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}`, output: `${r.stdout}
${r.stderr}`.trim() };
}
var lastLines = (text, n = 3) => text.split("\n").filter(Boolean).slice(-n).join(" | ") || "no output";
var describeRun = (r) => r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}, output ${JSON.stringify(r.stdout.length > 200 ? `${r.stdout.slice(0, 200)}\u2026` : r.stdout)}`;
async function smokeTest(artifact, file, args, cwd, log, when) {
  const prefix = await runnerFor(artifact.target);
  if (!prefix) return void 0;
  const r = await runBinary(prefix, file, args, cwd);
  if (cannotStartHere(r)) {
    log.info(`smoke-test ${when}: this runner cannot start ${artifact.canonical} binaries (${r.spawnErrorCode}: ${r.spawnError}): skipped`);
    return void 0;
  }
  log.info(`smoke-test ${when}: ${[...prefix.map((p) => path15.basename(p)), path15.basename(file), ...args].join(" ")} \u2192 ${describeRun(r)}`);
  if (r.exitCode !== 0 || r.signal) {
    throw new UpxError(`smoke-test ${when}: ${[path15.basename(file), ...args].join(" ")} failed (${describeRun(r)})${r.stderr.trim() ? `: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}` : ""}`);
  }
  return r;
}
async function compress(ctx, artifact, plan, log) {
  const tool = ctx.upx;
  if (!tool) throw new UpxError("UPX is not installed");
  const args = ctx.config.upx.args;
  const before = await sha256File(artifact.path);
  const record = { packed: false, sizeBefore: before.size, sha256Before: before.sha256 };
  artifact.extensions.upx = record;
  const support = upxSupport(plan.target);
  if (!support.packable) {
    record.reason = support.reason;
    log.warning(`upx: ${plan.canonical} ships unpacked: ${support.reason}`);
    return;
  }
  const workRoot = path15.join(ctx.config.runner.temp, `go-xbuild-upx-${path15.basename(ctx.stagingDir)}`);
  const work = path15.join(workRoot, plan.canonical.replace(/\//g, "-"));
  if (!upxWorkRoots.has(workRoot)) {
    upxWorkRoots.add(workRoot);
    ctx.cleanups.push(() => fileOps.rm(workRoot, { recursive: true, force: true }));
  }
  await mkdir6(work, { recursive: true });
  try {
    const smokeArgs = smokeArgsFor(ctx.config.smokeTest, artifact.binaryName);
    const smokeBefore = smokeArgs ? await smokeTest(artifact, artifact.path, smokeArgs, work, log, "before packing") : void 0;
    const base = path15.basename(artifact.path);
    const packed = path15.join(work, "packed", base);
    const unpacked = path15.join(work, "unpacked", base);
    await mkdir6(path15.dirname(packed), { recursive: true });
    await mkdir6(path15.dirname(unpacked), { recursive: true });
    const command = ["upx", ...args].join(" ");
    const pack = await upx(tool.upx, [...args, "-q", "-o", packed, artifact.path], work);
    if (!pack.ok) {
      const refusal = UPX_REFUSALS.exec(pack.output);
      if (refusal) {
        record.reason = `UPX ${refusal[1]}: ${refusal[2]?.trim()}`;
        log.warning(`upx: ${plan.canonical} ships unpacked: ${record.reason}`);
        return;
      }
      throw new UpxError(`${command} failed (${pack.status}): ${lastLines(pack.output)}`);
    }
    log.info(`${command}: ${pack.output.split("\n").find((l) => l.includes("->"))?.trim() ?? "packed"}`);
    const [test, un] = await Promise.all([upx(tool.upx, ["-t", "-q", packed], work), upx(tool.upx, ["-d", "-q", "-o", unpacked, packed], work)]);
    if (!test.ok) throw new UpxError(`upx -t rejects the packed file (${test.status}): ${lastLines(test.output)}`);
    if (!un.ok) throw new UpxError(`upx -d cannot unpack the packed file (${un.status}): ${lastLines(un.output)}`);
    const [orig, back] = await Promise.all([inspectBinary(artifact.path), inspectBinary(unpacked)]);
    const differences = auditDifferences(orig, back);
    if (differences.length) throw new UpxError(`the unpacked copy differs from the original: ${differences.slice(0, 5).join("; ")}`);
    record.roundTrip = (await sha256File(unpacked)).sha256 === before.sha256 ? "identical" : "headers";
    log.info(`upx -t passed; upx -d gives back ${record.roundTrip === "identical" ? "the original bytes" : "the original headers, segments, sections and entry point"}`);
    if (smokeArgs && smokeBefore) {
      const after2 = await smokeTest(artifact, packed, smokeArgs, work, log, "after packing");
      if (after2 && (after2.stdout !== smokeBefore.stdout || after2.exitCode !== smokeBefore.exitCode)) {
        throw new UpxError(`smoke-test: the packed binary answers differently (before: ${describeRun(smokeBefore)}; after: ${describeRun(after2)})`);
      }
      const prefix = await runnerFor(artifact.target);
      const crowded = await runBinary(prefix, packed, smokeArgs, work, 6e4, crowdedEnv());
      if (crowded.exitCode !== smokeBefore.exitCode || crowded.stdout !== smokeBefore.stdout || crowded.signal) {
        record.reason = `the packed binary fails when the environment holds ${CROWD} more variables (${describeRun(crowded)}), a UPX stub bug (upx/upx#743, #952)`;
        log.warning(`upx: ${plan.canonical} ships unpacked: ${record.reason}`);
        return;
      }
      log.info(`smoke-test with ${CROWD} more environment variables: the packed binary answers the same`);
    } else if (plan.target.goos === "linux" && plan.target.goarch === "arm64") {
      log.warning(
        `upx: packed linux/arm64 binaries have crashed when the environment holds ~500 or more variables (upx/upx#743, #952); set smoke-test so go-xbuild checks ${plan.canonical} and ships it unpacked if so`
      );
    }
    await fileOps.rename(packed, artifact.path).catch(async () => {
      await copyFile(packed, artifact.path);
    });
    const after = await sha256File(artifact.path);
    Object.assign(record, { packed: true, sizeAfter: after.size, sha256After: after.sha256, args });
    log.info(`upx: ${before.size} \u2192 ${after.size} bytes (${(100 * after.size / before.size).toFixed(1)} %)`);
  } finally {
    await fileOps.rm(work, { recursive: true, force: true });
  }
}
var compressStep = {
  name: "upx",
  applies: (ctx) => ctx.config.upx.enabled,
  run: compress
};
var smokeTestStep = {
  name: "smoke-test",
  applies: (ctx, artifact) => !ctx.config.upx.enabled && smokeArgsFor(ctx.config.smokeTest, artifact.binaryName) !== void 0,
  async run(ctx, artifact, _plan, log) {
    const ran = await smokeTest(artifact, artifact.path, smokeArgsFor(ctx.config.smokeTest, artifact.binaryName), ctx.config.runner.temp, log, "of the binary");
    if (!ran) log.info(`smoke-test: this runner cannot run ${artifact.canonical} binaries (not native, not emulated, no qemu-user, or it would not start): skipped`);
  }
};

// src/sbom/steps.ts
import { writeFile } from "node:fs/promises";
import path16 from "node:path";

// package.json
var package_default = {
  name: "go-xbuild",
  version: "0.1.0",
  private: true,
  description: "GitHub Action: cross-compile Go release binaries for every platform, with checksums, a manifest, UPX, static cgo, signing and upload",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "tsc --noEmit -p tsconfig.json",
    package: "node scripts/bundle.mjs",
    "check-dist": "node scripts/bundle.mjs --check",
    lint: "eslint . && tsc --noEmit -p tsconfig.json",
    "setup-test-env": "scripts/setup-test-env.sh",
    test: "scripts/setup-test-env.sh && npm run lint && npm run check-dist && vitest run",
    "test:unit": "vitest run --project unit",
    local: "node scripts/run-local.mjs",
    bench: "tsx bench/build.ts",
    "bench:upload-cache": "tsx bench/upload-cache.ts",
    "bench:fan-out": "tsx bench/fan-out.ts",
    "bench:packages": "tsx bench/packages.ts",
    "bench:upx": "tsx bench/upx.ts",
    "bench:zig": "tsx bench/zig.ts"
  },
  dependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/attest": "3.2.0",
    "@actions/cache": "6.3.0",
    "@actions/core": "3.0.1",
    "@actions/exec": "3.0.0",
    "@actions/github": "9.1.1",
    "@actions/http-client": "4.0.1",
    "@actions/io": "3.0.2",
    "@actions/tool-cache": "4.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@sigstore/bundle": "5.0.1",
    "@sigstore/sign": "5.1.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "packageurl-js": "2.0.1",
    picomatch: "4.0.7",
    semver: "7.8.6",
    "spdx-license-list": "6.12.0",
    tweetnacl: "1.0.3"
  },
  devDependencies: {
    "@azure/storage-blob": "12.32.0",
    "@eslint/js": "10.0.1",
    "@octokit/openapi": "23.0.2",
    "@sigstore/mock": "0.13.0",
    "@sigstore/protobuf-specs": "0.5.2",
    "@sigstore/verify": "4.1.3",
    "@types/node": "24.19.2",
    "@types/picomatch": "4.0.3",
    "@types/semver": "7.8.0",
    azurite: "3.37.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.11.0",
    nock: "13.5.6",
    node: "24.21.0",
    tsx: "4.23.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "5.1.1",
    yaml: "2.9.1"
  },
  allowScripts: {
    esbuild: true,
    node: true
  }
};

// src/version.ts
var GO_XBUILD_VERSION = package_default.version;

// src/sbom/steps.ts
var sbomOn = (ctx) => ctx.config.release.sbom.length > 0;
var sbomFileNames = (file, formats) => formats.map((f) => `${file}${SBOM_SUFFIX[f]}`);
function sbomCreated(env, commitTimestamp) {
  const raw = env.SOURCE_DATE_EPOCH?.trim() ?? "";
  const epoch = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  const seconds = Number.isSafeInteger(epoch) && epoch > 0 ? epoch : commitTimestamp;
  return new Date(seconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function linkedModules(info2) {
  return info2.Deps.map(resolveModule).map((m) => ({ path: m.path, version: m.version }));
}
var moduleKey = (m) => `${m.path}@${m.version}`;
async function moduleCacheDir(ctx) {
  if (ctx.goEnv.GOMODCACHE) return ctx.goEnv.GOMODCACHE;
  if (!ctx.go) return "";
  return (await goCacheDirs(ctx.go.go, { ...process.env, ...ctx.goEnv }, ctx.goEnv)).gomodcache;
}
async function licensesFor(ctx, info2) {
  const cache = ctx.licenseCache ??= { gomodcache: moduleCacheDir(ctx), ids: /* @__PURE__ */ new Map() };
  const modules = linkedModules(info2).filter((m) => m.version && !m.version.startsWith("("));
  const missing = modules.filter((m) => !cache.ids.has(moduleKey(m)));
  if (missing.length) {
    const found = cache.gomodcache.then(async (dir) => dir ? (await import("./chunks/licenses-2MFJATMO.js")).identifyLicenses(missing, dir) : /* @__PURE__ */ new Map());
    for (const m of missing) cache.ids.set(moduleKey(m), found.then((map) => map.get(moduleKey(m))));
  }
  const out = /* @__PURE__ */ new Map();
  for (const m of modules) {
    const id = await cache.ids.get(moduleKey(m));
    if (id) out.set(moduleKey(m), id);
  }
  return out;
}
var buildInfoStep = {
  name: "build-info",
  applies: (ctx) => sbomOn(ctx),
  async run(ctx, artifact, _plan, log) {
    const go = ctx.go;
    if (!go) throw new Error("Go is not installed");
    const { readBuildInfo } = await import("./chunks/buildinfo-4GKLV7X7.js");
    artifact.buildInfo = await readBuildInfo(go.go, artifact.path, ctx.goEnv);
    log.info(`build info: ${artifact.buildInfo.Path} ${artifact.buildInfo.Main.Version}, ${artifact.buildInfo.Deps.length} module(s), ${artifact.buildInfo.GoVersion}`);
  }
};
var sbomStep = {
  name: "sbom",
  applies: (ctx) => sbomOn(ctx),
  async run(ctx, artifact, plan, log) {
    const info2 = artifact.buildInfo;
    if (!info2) throw new Error("the build info was not read before the binary was changed");
    const { sbomDocument } = await import("./chunks/documents-BJG7CDPM.js");
    const licenses = await licensesFor(ctx, info2);
    const record = ctx.cToolchains?.get(plan.canonical);
    const input = {
      buildInfo: info2,
      file: artifact.file,
      sha256: artifact.sha256,
      target: { goos: plan.target.goos, goarch: plan.target.goarch, variant: plan.target.variant },
      created: sbomCreated(process.env, ctx.project.commitTimestamp),
      ...plan.cgo && record ? { cToolchain: { provider: record.provider, version: record.version, triple: record.triple } } : {},
      licenses,
      tool: { name: "go-xbuild", version: GO_XBUILD_VERSION }
    };
    const sboms = [];
    for (const format of ctx.config.release.sbom) {
      const file = `${artifact.file}${SBOM_SUFFIX[format]}`;
      const abs = path16.join(ctx.stagingDir, ...file.split("/"));
      await writeFile(abs, sbomDocument(format, input));
      const { sha256, size } = await sha256File(abs);
      sboms.push({ format, file, size, sha256 });
    }
    artifact.sboms = sboms;
    delete artifact.buildInfo;
    const known = licenses.size;
    log.info(`sbom: ${sboms.map((s) => s.file).join(", ")} (${info2.Deps.length} module(s), ${known} with an identified license)`);
  }
};

// src/build/build-targets.ts
var TargetStepError = class extends Error {
};
var inspectStep = {
  name: "inspect",
  async run(_ctx, artifact, plan, log) {
    const info2 = await inspectBinary(artifact.path);
    const requireStatic = plan.target.goos === "linux";
    const problems = checkBinaryMatchesTarget(info2, plan.target.goos, plan.target.goarch, { requireStatic });
    artifact.binary = {
      format: info2.format,
      os: info2.os,
      arch: info2.arch,
      description: info2.description,
      ...info2.format === "elf" ? { static: !info2.interpreter && !(info2.needed?.length ?? 0) } : {}
    };
    log.info(`inspect: ${info2.description}`);
    if (problems.length) throw new TargetStepError(`the binary does not match ${plan.canonical}: ${problems.join("; ")}`);
  }
};
var hashStep = {
  name: "hash",
  async run(_ctx, artifact, _plan, log) {
    const { sha256, size } = await sha256File(artifact.path);
    artifact.sha256 = sha256;
    artifact.size = size;
    log.info(`sha256 ${sha256}  ${artifact.file} (${size} bytes)`);
  }
};
var TARGET_STEPS = [inspectStep, buildInfoStep, smokeTestStep, compressStep, hashStep, sbomStep];
var FailFastSkip = class extends Error {
};
var outDirFor = (ctx, plan) => path17.join(ctx.stagingDir, ".go-build", plan.canonical.replace(/\//g, "-"));
async function buildTargets(ctx, plans, steps = TARGET_STEPS) {
  const go = ctx.go;
  if (!go) throw new Error("Go is not installed");
  const messages = /* @__PURE__ */ new Map();
  const spent = /* @__PURE__ */ new Map();
  const add = (name, ms) => void spent.set(name, (spent.get(name) ?? 0) + ms);
  info(`Building ${plans.length} target(s), ${Math.min(ctx.config.parallel, plans.length)} at a time`);
  const live = progress();
  live.start(plans.length);
  const builds = new Semaphore(Math.max(1, ctx.config.parallel));
  const steps_ = new Semaphore(Math.max(1, ctx.config.parallel) + 1);
  let failedOnce = false;
  const marking = (fn) => async () => {
    try {
      return await fn();
    } catch (error2) {
      if (!(error2 instanceof FailFastSkip)) failedOnce = true;
      throw error2;
    }
  };
  const pool = await runPool(
    plans,
    Math.max(1, plans.length),
    async (plan) => {
      const log = new TargetLog(plan.canonical);
      const outputs = plan.binaries.map((b) => path17.join(ctx.stagingDir, ...b.file.split("/")));
      const outDir = outDirFor(ctx, plan);
      let started = false;
      try {
        throwIfCancelled();
        await builds.with(marking(async () => {
          throwIfCancelled();
          if (ctx.config.failFast && failedOnce) throw new FailFastSkip();
          live.targetStarted();
          started = true;
          const extras = ctx.buildExtras ? await ctx.buildExtras(plan) : void 0;
          for (const batch of buildBatches(plan.binaries)) {
            const one = plan.binaries.length === 1;
            const result = await runGoBuild(plan, {
              go: go.go,
              workingDirectory: ctx.config.workingDirectory,
              packages: batch.map((b) => b.package),
              tags: ctx.config.tags,
              flags: ctx.config.flags,
              output: one ? outputs[0] : `${outDir}${path17.sep}`,
              goEnv: ctx.goEnv,
              extraEnv: extras?.env,
              extraLdflags: extras?.ldflags
            });
            log.info(result.command);
            if (result.stdout.trim()) log.info(result.stdout.trimEnd());
            if (result.stderr.trim()) log.info(result.stderr.trimEnd());
            if (!result.ok) {
              throwIfCancelled();
              for (const m of parseCompilerMessages(result.stderr, ctx.config.workingDirectory, ctx.config.runner.workspace)) {
                const key = `${m.file}:${m.line}:${m.column ?? ""}:${m.message}`;
                const entry = messages.get(key) ?? { m, targets: [] };
                entry.targets.push(plan.canonical);
                messages.set(key, entry);
              }
              throw new TargetStepError(`go build exited with ${result.exitCode}:
${tail(result.stderr || result.stdout)}`);
            }
            log.info(`built ${batch.length > 1 ? `${batch.length} binaries ` : ""}in ${(result.ms / 1e3).toFixed(1)} s`);
            add("go-build", result.ms);
            if (!one) {
              for (const b of batch) {
                const dest = path17.join(ctx.stagingDir, ...b.file.split("/"));
                await mkdir7(path17.dirname(dest), { recursive: true });
                await rename2(path17.join(outDir, b.goName), dest).catch((e) => {
                  throw new TargetStepError(
                    e.code === "ENOENT" ? `go build wrote no ${b.goName} for ${b.package} (${b.name}); is it a main package?` : `moving ${b.goName} to ${b.file}: ${e.message}`,
                    { cause: e }
                  );
                });
              }
            }
          }
        }));
        const artifacts = await steps_.with(marking(async () => {
          throwIfCancelled();
          const done = [];
          for (const [i, b] of plan.binaries.entries()) {
            const artifact = {
              target: plan.target,
              canonical: plan.canonical,
              binaryName: b.name,
              package: b.package,
              file: b.file,
              path: outputs[i],
              size: 0,
              sha256: "",
              cgo: plan.cgo,
              extensions: ctx.cToolchains?.get(plan.canonical) ? { cToolchain: ctx.cToolchains.get(plan.canonical) } : {},
              companions: []
            };
            const blog = plan.binaries.length > 1 ? log.child(b.name) : log;
            for (const step of steps) {
              if (step.applies && !step.applies(ctx, artifact, plan)) continue;
              const stepStarted = performance.now();
              try {
                await step.run(ctx, artifact, plan, blog);
                add(step.name, performance.now() - stepStarted);
              } catch (error2) {
                throw new TargetStepError(`${plan.binaries.length > 1 ? `${b.name}: ` : ""}${step.name}: ${error2.message}`, { cause: error2 });
              }
            }
            done.push(artifact);
          }
          if (plan.archive) {
            const started2 = performance.now();
            try {
              await archiveTarget(ctx, plan, done, log);
              add("archive", performance.now() - started2);
            } catch (error2) {
              throw new TargetStepError(`archive: ${error2.message}`, { cause: error2 });
            }
          }
          return done;
        }));
        log.flush("\u2714");
        live.targetEnded(true);
        return artifacts;
      } catch (error2) {
        if (error2 instanceof FailFastSkip) throw error2;
        for (const output of outputs) await rm3(output, { force: true });
        for (const b of plan.binaries) for (const f of sbomFileNames(b.file, ctx.config.release.sbom)) await rm3(path17.join(ctx.stagingDir, ...f.split("/")), { force: true });
        if (plan.archive) await rm3(path17.join(ctx.stagingDir, ...plan.archive.file.split("/")), { force: true });
        log.info(`\u2718 ${error2.message}`);
        log.flush("\u2718");
        if (!started) live.targetStarted();
        live.targetEnded(false);
        throw error2;
      } finally {
        await rm3(outDir, { recursive: true, force: true });
      }
    }
  ).finally(() => live.stop());
  await rm3(path17.join(ctx.stagingDir, ".go-build"), { recursive: true, force: true });
  for (const { m, targets } of messages.values()) {
    error(`${m.message} (${targets.length === plans.length ? "every target" : targets.join(", ")})`, {
      title: "go build",
      file: m.file,
      startLine: m.line,
      startColumn: m.column
    });
  }
  for (const [name, ms] of spent) ctx.timings.push({ name: `build-${name.replace(/^go-build$/, "go")}`, ms, skipped: false, perTarget: true });
  pool.results.forEach((r, i) => {
    const plan = plans[i];
    if (r.ok) ctx.artifacts.push(...r.value);
    else if ("skipped" in r || r.error instanceof FailFastSkip) ctx.failures.push({ target: plan.canonical, message: "not built: fail-fast stopped the run after an earlier failure" });
    else ctx.failures.push({ target: plan.canonical, message: r.error.message });
  });
}

// src/plan-targets.ts
function planTargets(ctx, binaries) {
  const c = ctx.config;
  return planBuilds(
    {
      targets: c.targets,
      binaries,
      filename: c.filename,
      ldflags: c.ldflags,
      cgoFor: (t) => cgoFor(c.cgo, t),
      env: process.env,
      archive: c.release.archive,
      archiveName: c.release.archiveName
    },
    ctx.project
  );
}
function planChecksumsFile(ctx) {
  return planChecksumsName(
    ctx.config.release.checksumsName,
    ctx.project,
    process.env,
    ctx.plans.flatMap((p) => [...p.binaries.map((b) => b.file), ...p.archive ? [p.archive.file] : []])
  );
}

// src/build/cgo-check.ts
function packagesWithDroppedCgo(goListJson) {
  const out = [];
  for (const chunk of goListJson.split(/\n(?=\{)/)) {
    if (!chunk.trim()) continue;
    const p = JSON.parse(chunk);
    if (!p.Standard && (p.CgoFiles?.length ?? 0) > 0 && p.ImportPath !== "C") out.push(p);
  }
  return out;
}
async function listDroppedCgo(ctx) {
  const go = ctx.go;
  if (!go) return void 0;
  try {
    const r = await runProcess({
      kind: "go",
      file: go.go,
      args: ["list", "-buildvcs=false", "-deps", "-json=ImportPath,Standard,CgoFiles", ...ctx.config.tags.length ? ["-tags", ctx.config.tags.join(",")] : [], ...ctx.config.packages.map((p) => p.package)],
      cwd: ctx.config.workingDirectory,
      env: { ...ctx.goEnv, CGO_ENABLED: "1" }
    });
    if (r.exitCode !== 0) {
      debug(`go list for the cgo check failed (the build will say why): ${r.stderr.trim().split("\n").slice(-2).join(" | ")}`);
      return void 0;
    }
    return packagesWithDroppedCgo(r.stdout);
  } catch (error2) {
    debug(`the cgo check did not run: ${error2.message}`);
    return void 0;
  }
}
function warnDroppedCgo(ctx, dropped) {
  const noCgo = ctx.plans.filter((p) => !p.cgo).map((p) => p.canonical);
  for (const p of dropped) {
    warning(
      `${p.ImportPath} has cgo files (${(p.CgoFiles ?? []).join(", ")}) that CGO_ENABLED=0 leaves out, so ${noCgo.length === ctx.plans.length ? "every target" : noCgo.join(", ")} may get a stub that fails at run time; set cgo: true (or list those targets in cgo) if it needs them`,
      { title: "cgo files dropped" }
    );
  }
}

// src/build/packages-stage.ts
var packagesStage = {
  name: "packages",
  skip: (ctx) => ctx.config.mode !== "build" ? `mode is ${ctx.config.mode}` : void 0,
  async run(ctx) {
    try {
      const binaries = await listBinaries(ctx);
      if (ctx.plans.some((p) => !p.cgo)) ctx.cgoCheck = listDroppedCgo(ctx);
      checkSmokeTestNames(ctx, binaries);
      ctx.plans = planTargets(ctx, binaries);
      ctx.checksumsFile = planChecksumsFile(ctx);
      info(`${binaries.length} binar${binaries.length === 1 ? "y" : "ies"} per target: ${binaries.map((b) => `${b.name} (${b.package})`).join(", ")}`);
    } catch (error2) {
      await ctx.cgoCheck;
      throw error2;
    }
  }
};
function checkSmokeTestNames(ctx, binaries) {
  const problem = unknownSmokeTestNames(ctx.config.smokeTest, binaries.map((b) => b.name));
  if (problem) throw new PackagesError(problem);
}
async function listBinaries(ctx) {
  const go = ctx.go;
  if (!go) throw new Error("Go is not installed");
  const c = ctx.config;
  const listed = new Map(
    await Promise.all(
      c.packages.map(async (spec) => {
        const out = await runChecked(
          {
            kind: "go",
            file: go.go,
            // -buildvcs=false: go list would run git seven times to stamp VCS facts nobody reads here;
            // -find: only the named packages (path, name, directory), not their whole import graph —
            // go build reports a broken import anyway (~20 ms on the fixture, more on large projects)
            args: ["list", "-find", "-buildvcs=false", "-f", GO_LIST_FORMAT, ...c.tags.length ? ["-tags", c.tags.join(",")] : [], spec.package],
            cwd: c.workingDirectory,
            env: ctx.goEnv
          },
          `${spec.input}: go list ${spec.package}`
        );
        return [spec.package, parseGoList(out.stdout, spec.input)];
      })
    )
  );
  return resolveBinaries(c.packages, ctx.project, listed);
}

// src/plan/go-support.ts
var import_semver2 = __toESM(require_semver(), 1);
function unsupportedTargets(goVersion, distList, targets) {
  const ports = new Set(distList);
  const problems = [];
  for (const t of targets) {
    const pair = `${t.goos}/${t.goarch}`;
    if (!ports.has(pair)) {
      problems.push(`${pair} is not a port of Go ${goVersion} (go tool dist list); pick another go-version or drop the target`);
      continue;
    }
    const family = VARIANT_FAMILIES[t.goarch];
    const min = t.variant && family ? family.variantMinGo?.[t.variant] ?? family.minGo : void 0;
    if (min && import_semver2.default.lt(goVersion, import_semver2.default.coerce(min)?.version ?? "0.0.0")) {
      problems.push(`${canonicalTarget(t)} needs Go ${min} or newer (${family?.env}); Go is ${goVersion}`);
    }
  }
  return problems;
}

// src/release/manifest.ts
var MANIFEST_FILE = "manifest.json";
var CHECKSUMS_FILE = "SHA256SUMS";
function buildSettings(c) {
  return { package: c.package, ...c.packagesInput ? { packages: c.packagesInput } : {}, ldflags: c.ldflags, flags: c.flags, tags: c.tags, trimpath: true };
}
function manifestArtifact(a) {
  return {
    target: a.canonical,
    binary: a.binaryName,
    package: a.package,
    goos: a.target.goos,
    goarch: a.target.goarch,
    variant: a.target.variant,
    file: a.file,
    size: a.size,
    sha256: a.sha256,
    cgo: a.cgo,
    ...a.binary ? { format: a.binary.format } : {},
    ...a.binary?.static !== void 0 ? { static: a.binary.static } : {},
    ...a.archive ? { archive: { ...a.archive } } : {},
    ...a.sboms?.length ? { sboms: a.sboms.map((x) => ({ ...x })) } : {},
    ...a.extensions,
    ...a.companions.length ? { signatures: [...a.companions].sort() } : {}
  };
}
function buildManifest(input) {
  const signatures = input.releaseFiles.filter((f) => f.startsWith(`${input.checksums}.`)).sort();
  const publicKeys = input.releaseFiles.filter((f) => f.endsWith(".pub")).sort();
  return {
    schemaVersion: 2,
    generator: { name: "go-xbuild", version: GO_XBUILD_VERSION },
    project: input.project,
    go: input.go,
    build: input.build,
    checksums: input.checksums,
    ...signatures.length ? { signatures } : {},
    ...publicKeys.length ? { publicKeys } : {},
    artifacts: input.artifacts.map(manifestArtifact)
  };
}
var formatManifest = (m) => `${JSON.stringify(m, null, 2)}
`;

// src/release/output-dir.ts
import { randomUUID as randomUUID3 } from "node:crypto";
import { lstat as lstat2, mkdir as mkdir8, open as open3, readdir, realpath as realpath3, utimes, writeFile as writeFile2 } from "node:fs/promises";
import path18 from "node:path";
var { cp: cp2, rename: rename3, rm: rm4 } = fileOps;
var OutputDirError = class extends Error {
};
var GITIGNORE_FILE = ".gitignore";
var ALWAYS_OURS = [MANIFEST_FILE, CHECKSUMS_FILE, GITIGNORE_FILE];
var MAX_MANIFEST_BYTES = 16 << 20;
var FIX = "delete it (or move it out of the way), or choose another output-dir";
var FIX_MANY = "delete them (or move them out of the way), or choose another output-dir";
function ownedFiles(manifest, where) {
  const m = manifest;
  if (typeof m !== "object" || m === null || m.generator?.name !== "go-xbuild") {
    throw new OutputDirError(`${where} was not written by go-xbuild`);
  }
  const names = [m.checksums, ...list(m.signatures), ...list(m.publicKeys)];
  for (const a of list(m.artifacts)) {
    const artifact = a ?? {};
    names.push(artifact.file, ...list(artifact.signatures));
    if (artifact.archive !== void 0) names.push(artifact.archive?.file);
    for (const sbom of list(artifact.sboms)) names.push(sbom?.file);
  }
  const owned = new Set(ALWAYS_OURS);
  for (const name of names) {
    if (name === void 0) continue;
    if (typeof name !== "string" || !isPlainRelativePath(name)) {
      throw new OutputDirError(
        `${where} lists ${JSON.stringify(name)}, which is not a plain relative path inside output-dir; go-xbuild never writes that, so it does not trust this manifest`
      );
    }
    owned.add(name);
  }
  return owned;
}
var list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
async function walk(dir, rel2 = "") {
  const out = [];
  const entries = (await readdir(path18.join(dir, rel2), { withFileTypes: true })).sort((a, b) => byCodeUnit(a.name, b.name));
  for (const e of entries) {
    const r = rel2 ? `${rel2}/${e.name}` : e.name;
    const kind = e.isFile() ? "file" : e.isDirectory() ? "dir" : "other";
    out.push({ rel: r, kind });
    if (kind === "dir") out.push(...await walk(dir, r));
  }
  return out;
}
async function firstForeignEntry(dir, owned) {
  const dirs = /* @__PURE__ */ new Set();
  for (const f of owned) for (let d = path18.posix.dirname(f); d !== "."; d = path18.posix.dirname(d)) dirs.add(d);
  for (const e of await walk(dir)) {
    if (e.kind === "other") return { rel: e.rel, why: "is a symlink or special file, and go-xbuild writes only regular files" };
    if (e.kind === "dir" ? !dirs.has(e.rel) : !owned.has(e.rel)) return { rel: e.rel, why: `is not in its ${MANIFEST_FILE}` };
  }
  return void 0;
}
async function readManifest(dir) {
  const file = path18.join(dir, MANIFEST_FILE);
  const st = await lstat2(file).catch(() => void 0);
  if (!st?.isFile() || st.size > MAX_MANIFEST_BYTES) return void 0;
  const handle = await open3(file, "r");
  try {
    return JSON.parse(await handle.readFile("utf8"));
  } catch {
    return void 0;
  } finally {
    await handle.close();
  }
}
async function assertOwned(dir, label) {
  const st = await lstat2(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (!st) return;
  if (st.isSymbolicLink()) throw new OutputDirError(`output-dir: ${label} is a symlink; go-xbuild does not replace a link (or write through one): remove the link, or choose another output-dir`);
  if (!st.isDirectory()) throw new OutputDirError(`output-dir: ${label} exists and is not a directory; go-xbuild never replaces it: ${FIX}`);
  const top = await readdir(dir);
  if (top.length === 0) return;
  const manifest = await readManifest(dir);
  let owned;
  try {
    owned = ownedFiles(manifest, `${label}/${MANIFEST_FILE}`);
  } catch (error2) {
    top.sort();
    const why = manifest === void 0 ? `and has no ${MANIFEST_FILE} of go-xbuild's` : `and ${error2.message}`;
    throw new OutputDirError(
      `output-dir: ${label} already holds files go-xbuild did not write (${top.slice(0, 3).join(", ")}${top.length > 3 ? ", \u2026" : ""}) ${why}; it would be replaced, so ${FIX_MANY}`,
      { cause: error2 }
    );
  }
  const foreign = await firstForeignEntry(dir, owned);
  if (foreign) {
    throw new OutputDirError(`output-dir: ${label} holds ${foreign.rel}, which go-xbuild did not write (it ${foreign.why}); it would be replaced, so ${FIX}`);
  }
}
async function checkOutputDir(dir, workspace) {
  const realWorkspace = await realpath3(workspace);
  let real;
  try {
    real = await realpathOfMaybeMissing(dir);
  } catch (error2) {
    throw new OutputDirError(`output-dir: ${dir} cannot be used: ${error2.message}`, { cause: error2 });
  }
  if (!isInside(real, realWorkspace)) {
    throw new OutputDirError(
      `output-dir: ${dir} resolves to ${real}, outside the workspace ${realWorkspace}; output-dir must stay inside the workspace (GITHUB_WORKSPACE): use a path inside it, without a symlink that leads out`
    );
  }
  if (real === realWorkspace || path18.resolve(dir) === path18.parse(path18.resolve(dir)).root) {
    throw new OutputDirError(`output-dir: ${dir} is the workspace itself; use a subdirectory such as dist`);
  }
  await assertOwned(dir, dir);
}
async function listFiles(dir) {
  return (await walk(dir)).map((e) => path18.join(dir, ...e.rel.split("/")));
}
async function stampTimes(dir, epochSeconds) {
  for (const f of await listFiles(dir)) await utimes(f, epochSeconds, epochSeconds);
  await utimes(dir, epochSeconds, epochSeconds);
}
async function publishOutputDir(staging, outputDir, epochSeconds, workspace) {
  await checkOutputDir(outputDir, workspace);
  await writeFile2(path18.join(staging, GITIGNORE_FILE), "# written by go-xbuild: keeps this directory out of git status\n*\n");
  const unlisted = await firstForeignEntry(staging, ownedFiles(await readManifest(staging), `the staged ${MANIFEST_FILE}`));
  if (unlisted) throw new OutputDirError(`go-xbuild bug: the release holds ${unlisted.rel}, which ${unlisted.why}; please report it`);
  await stampTimes(staging, epochSeconds);
  const id = randomUUID3().slice(0, 8);
  const parent = path18.dirname(outputDir);
  await mkdir8(parent, { recursive: true });
  const incoming = path18.join(parent, `.${path18.basename(outputDir)}.new-${id}`);
  try {
    await rename3(staging, incoming);
  } catch (error2) {
    if (error2.code !== "EXDEV") throw error2;
    await cp2(staging, incoming, { recursive: true, preserveTimestamps: true });
    await rm4(staging, { recursive: true, force: true });
  }
  await swapIn(incoming, outputDir, id);
}
async function swapIn(incoming, outputDir, id = randomUUID3().slice(0, 8)) {
  const parent = path18.dirname(outputDir);
  const old = path18.join(parent, `.${path18.basename(outputDir)}.old-${id}`);
  let moved = false;
  try {
    await rename3(outputDir, old);
    moved = true;
  } catch (error2) {
    if (error2.code !== "ENOENT") {
      await rm4(incoming, { recursive: true, force: true });
      throw error2;
    }
  }
  if (moved) {
    try {
      await assertOwned(old, outputDir);
    } catch (error2) {
      await rm4(incoming, { recursive: true, force: true });
      const back = await rename3(old, outputDir).then(() => true, () => false);
      if (!back) throw new OutputDirError(`${error2.message}; and something took its place meanwhile: the previous output-dir is kept at ${old}`, { cause: error2 });
      throw error2;
    }
  }
  try {
    await rename3(incoming, outputDir);
  } catch (error2) {
    if (moved) await rename3(old, outputDir).catch(() => void 0);
    await rm4(incoming, { recursive: true, force: true });
    throw error2;
  }
  if (moved) await rm4(old, { recursive: true, force: true });
}

// src/release/summary.ts
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}
async function writeSummary(ctx, columns = []) {
  const s = summary;
  const p = ctx.project;
  s.addHeading(`go-xbuild: ${p.name || "build"} ${p.version}`, 2);
  const facts = [
    ctx.goVersion ? `Go ${ctx.goVersion}${ctx.go ? ` (${ctx.go.source})` : " (from the partial builds)"}` : void 0,
    p.commit ? `commit \`${p.shortCommit}\`` : void 0,
    p.tag ? `tag \`${p.tag}\`` : void 0,
    `${ctx.artifacts.length} of ${ctx.plans.length} target(s) built`
  ].filter(Boolean);
  s.addRaw(facts.join(" \xB7 "), true);
  if (ctx.artifacts.length) {
    const header = ["Target", "File", "Size", ...columns.map((c) => c.header), "SHA-256"].map((data) => ({ data, header: true }));
    const rows = ctx.artifacts.map((a) => [
      a.canonical,
      `<code>${a.file}</code>`,
      formatSize(a.size),
      ...columns.map((c) => c.cell(a.extensions)),
      `<code>${a.sha256}</code>`
    ]);
    s.addTable([header, ...rows]);
  }
  const gr = ctx.githubRelease;
  if (gr) {
    s.addHeading("GitHub Release", 3);
    s.addRaw(`<a href="${escapeHtml(gr.url)}">${escapeHtml(gr.tag)}</a>${gr.draft ? " (draft)" : ""} \xB7 ${gr.assets.length} asset(s)`, true);
    s.addList(gr.assets.map((a) => `<a href="${escapeHtml(a.url)}"><code>${escapeHtml(a.name)}</code></a> \xB7 ${formatSize(a.size)} \xB7 <code>${a.sha256}</code>`));
  }
  if (ctx.failures.length) {
    s.addHeading("Failed targets", 3);
    s.addList(ctx.failures.map((f) => `<b>${f.target}</b>: ${escapeHtml(redactUrls(f.message.split("\n")[0] ?? ""))}`));
  }
  if (ctx.timings.length) {
    const rssMiB = process.resourceUsage().maxRSS / 1024;
    s.addDetails(
      "Stage timings",
      [
        ...ctx.timings.map((t) => `${t.name}: ${t.skipped ? "skipped" : `${(t.ms / 1e3).toFixed(2)} s`}${t.perTarget ? " (summed over targets)" : ""}`),
        `go-xbuild's own peak RSS: ${rssMiB.toFixed(0)} MiB`
      ].join("<br>")
    );
  }
  await s.write();
}
var escapeHtml = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// src/release/archive-files.ts
import { readdir as readdir2, realpath as realpath4, stat as stat7 } from "node:fs/promises";
import path19 from "node:path";
var outsideMessage = (what, real, workingDirectory) => `archive-files: "${what}" resolves to ${real}, outside working-directory ${workingDirectory}; every archive file must stay inside working-directory (a symlink that leads out of it is refused): copy the file in, or drop it`;
var hasGitElement = (rel2) => rel2.split(/[/\\]/).includes(".git");
async function realOrUndefined(p) {
  return p === void 0 ? void 0 : realpath4(p).catch(() => void 0);
}
async function resolveRoots(workingDirectory, outputDir) {
  return { wd: workingDirectory, realWd: await realpath4(workingDirectory), outputDir, realOut: await realOrUndefined(outputDir) };
}
async function confine({ wd: workingDirectory, realWd, outputDir, realOut }, matched) {
  const out = [];
  for (const item of matched) {
    const { name, glob, from } = typeof item === "string" ? { name: item, glob: false, from: void 0 } : item;
    const control = controlCharacterProblem(name);
    if (control) {
      throw new Error(`archive-files: ${from ? `"${from}" matches ` : ""}${quoteFragment(name)}, whose name has ${control}; rename the file or leave it out with "!pattern"`);
    }
    if (!isPlainRelativePath(name)) throw new Error(`archive-files: "${name}" is not a plain relative path inside working-directory`);
    if (hasGitElement(name)) throw new Error(`archive-files: "${name}" is inside .git; go-xbuild never archives the repository's own files`);
    const real = await realpath4(path19.join(workingDirectory, ...name.split("/"))).catch(() => void 0);
    if (real === void 0) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`);
    if (!isInside(real, realWd)) throw new Error(outsideMessage(name, real, workingDirectory));
    if (realOut !== void 0 && isInside(real, realOut)) {
      throw new Error(`archive-files: "${name}" is in output-dir (${outputDir}), which holds the previous run's release; copy the file elsewhere, or drop it`);
    }
    if (hasGitElement(path19.relative(realWd, real))) throw new Error(`archive-files: "${name}" resolves into .git; go-xbuild never archives the repository's own files`);
    const info2 = await stat7(real);
    if (info2.isDirectory()) {
      if (glob) continue;
      throw new Error(`archive-files: "${name}" is a directory; name its files, or match them with "${name}/**"`);
    }
    if (!info2.isFile()) throw new Error(`archive-files: "${name}" is not a file in ${workingDirectory}`);
    out.push({ name, source: real });
  }
  return out;
}
async function walkPattern(w, p) {
  const found = [];
  let start = w.realWd;
  if (p.base) {
    const real = await realOrUndefined(path19.join(w.wd, ...p.base.split("/")));
    if (real === void 0) return found;
    if (!isInside(real, w.realWd)) throw new Error(outsideMessage(p.base, real, w.wd));
    if (w.realOut !== void 0 && isInside(real, w.realOut)) {
      throw new Error(`archive-files: "${p.raw}" reads from output-dir, which holds the previous run's release; match files elsewhere`);
    }
    if (hasGitElement(p.base) || hasGitElement(path19.relative(w.realWd, real))) throw new Error(`archive-files: "${p.raw}" reads from .git; go-xbuild never archives the repository's own files`);
    if (!(await stat7(real)).isDirectory()) return p.matches(p.base) ? [p.base] : found;
    if (isExcluded(p.base, w.exclusions)) return found;
    start = real;
  }
  const visit = async (dir, relDir, level) => {
    let entries;
    try {
      entries = await readdir2(dir, { withFileTypes: true });
    } catch (error2) {
      throw new Error(`archive-files: "${p.raw}": ${relDir || "."} cannot be listed: ${error2.message}`, { cause: error2 });
    }
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const e of entries) {
      if (e.name === ".git") continue;
      const rel2 = relDir ? `${relDir}/${e.name}` : e.name;
      if (w.exclusions.some((x) => x.matches(rel2))) continue;
      const abs = path19.join(dir, e.name);
      const deeper = level < p.depth;
      if (e.isDirectory()) {
        if (w.realOut !== void 0 && abs === w.realOut) continue;
        if (deeper) await visit(abs, rel2, level + 1);
      } else if (e.isFile()) {
        if (p.matches(rel2)) found.push(rel2);
      } else if (e.isSymbolicLink()) {
        const matched = p.matches(rel2);
        if (!matched && !deeper) continue;
        const real = await realOrUndefined(abs);
        if (real === void 0) {
          if (matched) found.push(rel2);
          continue;
        }
        if (!isInside(real, w.realWd)) {
          if (matched || (await stat7(real)).isDirectory()) {
            throw new Error(
              `${outsideMessage(rel2, real, w.wd)}. It was met by "${p.raw}": a walk never follows a link; leave it out with "!${rel2}", or narrow the pattern`
            );
          }
          continue;
        }
        if (matched) found.push(rel2);
      }
    }
  };
  await visit(start, p.base, 1);
  return found;
}
async function resolveArchiveFiles(workingDirectory, items, opts = {}) {
  const patterns = items.map((i) => typeof i === "string" ? parseArchivePattern(i) : i);
  const exclusions = patterns.filter((p) => p.negated);
  const walk2 = { ...await resolveRoots(workingDirectory, opts.outputDir), exclusions };
  const candidates = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    if (p.negated) continue;
    if (!p.isGlob) {
      if (!isExcluded(p.pattern, exclusions)) candidates.set(p.pattern, { name: p.pattern, from: p.raw });
      continue;
    }
    const found = await walkPattern(walk2, p);
    if (!found.length) opts.warn?.(`archive-files: "${p.raw}" matches no file in ${workingDirectory}`);
    for (const name of found) if (!candidates.has(name)) candidates.set(name, { name, from: p.raw, glob: true });
  }
  const sorted = [...candidates.values()].sort((a, b) => byCodeUnit(a.name, b.name));
  return confine(walk2, sorted);
}

// src/release/upload.ts
import { createHash as createHash3 } from "node:crypto";
import path20 from "node:path";

// src/services/github-env.ts
function isGhes(serverUrl) {
  const host = new URL(serverUrl || "https://github.com").hostname.toUpperCase();
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}
function artifactService(env) {
  const inActions = env.GITHUB_ACTIONS === "true" || Boolean(env.ACTIONS_RUNTIME_TOKEN);
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return { available: false, inActions, reason: inActions ? "ACTIONS_RUNTIME_TOKEN is not set" : "not running in GitHub Actions" };
  }
  if (isGhes(env.GITHUB_SERVER_URL)) {
    return { available: false, inActions, reason: `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for @actions/artifact v2+` };
  }
  if (!env.ACTIONS_RESULTS_URL) return { available: false, inActions, reason: "ACTIONS_RESULTS_URL is not set (a runner older than 2.308?)" };
  return { available: true };
}
function artifactUrl(env, id) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : "";
}

// src/release/upload.ts
function targetsId(canonicals) {
  if (canonicals.length === 1) return canonicals[0].replace(/[^a-z0-9.]+/gi, "-");
  return `targets-${createHash3("sha256").update([...canonicals].sort().join(" ")).digest("hex").slice(0, 8)}`;
}
var FORBIDDEN = /["':<>|*?\r\n\\/]/;
function renderArtifactName(ctx) {
  const fields = { ...projectTemplateFields(ctx.project), TargetsId: targetsId(ctx.plans.map((p) => p.canonical)) };
  const name = renderTemplate(ctx.config.release.artifactName, fields, process.env, "artifact-name").trim();
  if (!name || FORBIDDEN.test(name)) {
    throw new Error(`artifact-name: "${name}" is empty or has a character artifact names cannot hold (" : < > | * ? \\ / or a newline)`);
  }
  return name;
}
function uploadList(ctx) {
  const files = /* @__PURE__ */ new Set();
  for (const a of ctx.artifacts) {
    files.add(a.file);
    if (a.archive) files.add(a.archive.file);
    for (const sbom of a.sboms ?? []) files.add(sbom.file);
    for (const c of a.companions) files.add(c);
  }
  for (const f of ctx.releaseFiles) files.add(f);
  return [...files].sort();
}
function uploadSkip(ctx, env) {
  if (!ctx.config.release.upload) return "upload is false";
  if (ctx.config.mode === "plan") return `mode is ${ctx.config.mode}`;
  const service = artifactService(env);
  if (service.available) return void 0;
  if (ctx.config.fanOut.partial) throw new Error(`upload: partial: true needs the artifact service, and there is none: ${service.reason}`);
  if (!service.inActions) return `${service.reason}: the release stays in output-dir`;
  const message = `upload: no artifact service: ${service.reason}. The release stays in output-dir; set upload: false to silence this, or upload it with another step`;
  if (ctx.config.release.uploadUnavailable === "error") throw new Error(message);
  warning(message);
  return "no artifact service";
}
async function uploadRelease(ctx, name, deps) {
  const files = uploadList(ctx).map((f) => path20.join(ctx.config.outputDir, ...f.split("/")));
  info(`Uploading ${files.length} files as artifact ${name}`);
  let uploaded;
  try {
    const store = await deps.open();
    uploaded = await store.upload(name, files, ctx.config.outputDir, {
      compressionLevel: ctx.config.release.compressionLevel,
      retentionDays: ctx.config.release.retentionDays
    });
  } catch (error2) {
    throw new Error(`upload of artifact "${name}" failed: ${error2.message}`, { cause: error2 });
  }
  ctx.outputs["artifact-name"] = name;
  ctx.outputs["artifact-id"] = String(uploaded.id);
  ctx.outputs["artifact-digest"] = `sha256:${uploaded.digest}`;
  const url = artifactUrl(deps.env, uploaded.id);
  if (url) ctx.outputs["artifact-url"] = url;
  info(`Artifact ${name}: id ${uploaded.id}, ${uploaded.size} bytes, sha256:${uploaded.digest}${url ? `, ${redactUrl(url)}` : ""}`);
}

// src/release/merge.ts
import { chmod, copyFile as copyFile2, mkdir as mkdir9, open as open4, readFile as readFile4, stat as stat8 } from "node:fs/promises";
import path21 from "node:path";

// src/release/sign/attest.ts
function attestSkip(env) {
  return env.GITHUB_ACTIONS === "true" ? void 0 : "not running in GitHub Actions";
}
function checkAttestPermissions(env, token) {
  if (attestSkip(env)) return;
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) throw new Error("attest: the job has no OIDC token: add `permissions: id-token: write` and `attestations: write` to the job");
  requireToken(token);
}
function requireToken(token) {
  if (!token) throw new Error("attest: needs github-token (the default, ${{ github.token }}, works with `permissions: attestations: write`)");
}
async function attestOrExplain(what, make) {
  try {
    return await make();
  } catch (error2) {
    const message = error2.message;
    const hint = /403|Resource not accessible|permission/i.test(message) ? ": the job needs `permissions: attestations: write` (and id-token: write)" : "";
    throw new Error(`attest: ${what} failed${hint} (${message})`, { cause: error2 });
  }
}
function attestationUrl(env, id) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return id ? `${server}/${env.GITHUB_REPOSITORY}/attestations/${id}` : "";
}
var digestOf = (s) => ({ name: s.name, digest: { sha256: s.sha256 } });
async function attestSubjects(subjects, token, env) {
  requireToken(token);
  const { attestProvenance } = await import("./chunks/lib-PGALBRG2.js");
  const attestation = await attestOrExplain("the provenance attestation", () => attestProvenance({ subjects: subjects.map(digestOf), token }));
  const url = attestationUrl(env, attestation.attestationID);
  info(`attest: provenance for ${subjects.length} files${attestation.tlogID ? `, Rekor entry ${attestation.tlogID}` : ""}${url ? `: ${url}` : ""}`);
  return url;
}
var SBOM_PREDICATE_TYPE = { spdx: "https://spdx.dev/Document/v2.3", cyclonedx: "https://cyclonedx.org/bom" };
var MAX_SBOM_PREDICATE_BYTES = 16 * 1024 * 1024;
async function attestSboms(sboms, token, env) {
  requireToken(token);
  const big = sboms.filter((s) => Buffer.byteLength(s.text) > MAX_SBOM_PREDICATE_BYTES);
  if (big.length) {
    throw new Error(`attest: GitHub accepts SBOM attestations up to 16 MiB; too large: ${big.map((s) => `${s.file} (${Buffer.byteLength(s.text)} bytes)`).join(", ")}; set attest: false or sbom: none for this release`);
  }
  const { attest } = await import("./chunks/lib-PGALBRG2.js");
  const urls = [];
  for (const s of sboms) {
    const attestation = await attestOrExplain(
      `the SBOM attestation of ${s.subject.name} (${s.file})`,
      () => attest({ subjects: [digestOf(s.subject)], predicateType: SBOM_PREDICATE_TYPE[s.format], predicate: JSON.parse(s.text), token })
    );
    urls.push(attestationUrl(env, attestation.attestationID));
  }
  info(`attest: ${sboms.length} SBOM attestation(s) (${[...new Set(sboms.map((s) => s.format))].join(", ")})`);
  return urls;
}

// src/release/merge.ts
var MergeError = class extends Error {
};
function partialPrefix(ctx) {
  return `${ctx.project.name}-${ctx.project.version}-partial-`;
}
function partialName(ctx) {
  return `${partialPrefix(ctx)}${targetsId(ctx.plans.map((p) => p.canonical))}`;
}
var KNOWN = /* @__PURE__ */ new Set(["target", "binary", "package", "goos", "goarch", "variant", "file", "size", "sha256", "cgo", "format", "static", "archive", "sboms", "signatures"]);
var EXTENSIONS = /* @__PURE__ */ new Set(["upx", "cToolchain"]);
var MAX_MANIFEST_BYTES2 = 16 * 1024 * 1024;
function artifactFromManifest(m, dir, plan, binary) {
  const extensions = {};
  for (const [k, v] of Object.entries(m)) if (!KNOWN.has(k)) extensions[k] = v;
  return {
    target: plan.target,
    canonical: m.target,
    binaryName: m.binary,
    package: m.package,
    file: m.file,
    path: path21.join(dir, ...m.file.split("/")),
    size: m.size,
    sha256: m.sha256,
    cgo: m.cgo,
    ...binary ? { binary } : {},
    ...m.archive ? { archive: { ...m.archive, format: m.archive.format } } : {},
    ...m.sboms?.length ? { sboms: m.sboms.map((x) => ({ ...x, format: x.format })) } : {},
    extensions,
    companions: []
  };
}
async function fetchPartial(store, listed, into, validate) {
  const dir = path21.join(into, listed.name);
  await store.download(listed.id, dir);
  const file = path21.join(dir, MANIFEST_FILE);
  const info2 = await stat8(file).catch(() => void 0);
  if (!info2?.isFile()) throw new MergeError(`merge: partial artifact ${listed.name} has no ${MANIFEST_FILE}`);
  if (info2.size > MAX_MANIFEST_BYTES2) throw new MergeError(`merge: the ${MANIFEST_FILE} of partial artifact ${listed.name} is ${info2.size} bytes; refusing to read it`);
  let value;
  try {
    value = JSON.parse(await readFile4(file, "utf8"));
  } catch (error2) {
    throw new MergeError(`merge: the ${MANIFEST_FILE} of partial artifact ${listed.name} is not JSON: ${error2.message}`, { cause: error2 });
  }
  try {
    return { listed, dir, manifest: validate(value, `the ${MANIFEST_FILE} of partial artifact ${listed.name}`) };
  } catch (error2) {
    throw new MergeError(`merge: ${error2.message}`, { cause: error2 });
  }
}
var show = (v) => JSON.stringify(v) ?? String(v);
function sameJson(a, b) {
  const canon = (v) => Array.isArray(v) ? v.map(canon) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x < y ? -1 : 1).map(([k, x]) => [k, canon(x)])) : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
function checkSettings(ctx, partials) {
  const own = buildSettings(ctx.config);
  const spec = ctx.config.goVersion.spec;
  const byGo = /* @__PURE__ */ new Map();
  for (const p of partials) byGo.set(p.manifest.go.version, [...byGo.get(p.manifest.go.version) ?? [], p.listed.name]);
  if (byGo.size > 1) {
    throw new MergeError(
      `merge: the partial artifacts were built with different Go versions: ${[...byGo].map(([v, names]) => `Go ${v} by ${names.join(", ")}`).join("; ")}; pass mode: plan's go-version to every build job (go-version: \${{ matrix.go-version }})`
    );
  }
  for (const p of partials) {
    const m = p.manifest;
    const name = p.listed.name;
    for (const [field, want] of [["version", ctx.project.version], ["commit", ctx.project.commit], ["module", ctx.project.module]]) {
      if (m.project[field] !== want) {
        throw new MergeError(`merge: partial artifact ${name} was built from project.${field} ${show(m.project[field])}, not this job's ${show(want)} (${ctx.project.version} at ${ctx.project.commit || "this commit"})`);
      }
    }
    if (spec.kind === "exact" && !satisfiesLocally(m.go.version, spec)) {
      throw new MergeError(`merge: partial artifact ${name} was built with Go ${m.go.version}, but this job's go-version is ${spec.version} (${ctx.config.goVersion.origin}); give merge the go-version the build jobs used, or none`);
    }
    if (spec.kind === "range" && !satisfiesLocally(m.go.version, spec)) {
      throw new MergeError(`merge: partial artifact ${name} was built with Go ${m.go.version}, which does not satisfy this job's Go request ${show(spec.raw)} (${ctx.config.goVersion.origin})`);
    }
    for (const key of Object.keys(own)) {
      if (!sameJson(m.build[key], own[key])) {
        throw new MergeError(
          `merge: partial artifact ${name} was built with ${key} ${show(m.build[key])}, but this job's inputs say ${show(own[key])}; give merge the same build inputs as the build jobs`
        );
      }
    }
  }
  const [first, ...rest] = partials;
  for (const p of rest) {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(first.manifest.build), ...Object.keys(p.manifest.build)])) {
      if (!sameJson(first.manifest.build[key], p.manifest.build[key])) {
        throw new MergeError(
          `merge: the partial artifacts were built with different build.${key}: ${first.listed.name} with ${show(first.manifest.build[key])}, ${p.listed.name} with ${show(p.manifest.build[key])}`
        );
      }
    }
  }
}
function checkEntry(ctx, plan, entry, partial) {
  const where = `${plan.canonical} (${entry.binary}) in partial artifact ${partial}`;
  const t = plan.target;
  for (const [field, want] of [["goos", t.goos], ["goarch", t.goarch], ["variant", t.variant]]) {
    if (entry[field] !== want) throw new MergeError(`merge: ${where} says ${field} ${show(entry[field])}, not ${show(want)}`);
  }
  const planned = plan.binaries.find((b) => b.name === entry.binary);
  if (!planned) throw new MergeError(`merge: ${where} is a binary this job does not plan; planned are ${plan.binaries.map((b) => b.name).join(", ")}`);
  if (entry.file !== planned.file || (entry.archive?.file ?? "") !== (plan.archive?.file ?? "")) {
    throw new MergeError(`merge: ${where} is named ${entry.file}, but this job's filename and archive settings say ${planned.file}`);
  }
  if (entry.archive && entry.archive.format !== plan.archive?.format) {
    throw new MergeError(`merge: ${where} has a ${entry.archive.format} archive, but this job's archive setting makes ${plan.archive?.format ?? "none"}`);
  }
  if (entry.cgo !== plan.cgo) throw new MergeError(`merge: ${where} was built with cgo ${entry.cgo}, but this job's cgo input gives ${plan.cgo}`);
  for (const key of Object.keys(entry)) {
    if (!KNOWN.has(key) && !EXTENSIONS.has(key)) throw new MergeError(`merge: ${where} has the field "${key}", which the manifest schema does not define`);
  }
  const sboms = entry.sboms ?? [];
  const wantSboms = ctx.config.release.sbom.map((f) => ({ format: f, file: `${planned.file}${SBOM_SUFFIX[f]}` }));
  if (!sameJson(sboms.map((x) => ({ format: x.format, file: x.file })), wantSboms)) {
    throw new MergeError(
      `merge: ${where} carries the SBOMs ${show(sboms.map((x) => x.file))}, but this job's sbom input (${ctx.config.release.sbom.join(", ") || "none"}) makes ${show(wantSboms.map((x) => x.file))}; give merge the same sbom input as the build jobs`
    );
  }
  const upx2 = entry.upx;
  if (Boolean(upx2) !== ctx.config.upx.enabled) {
    throw new MergeError(`merge: ${where} was built with upx: ${Boolean(upx2)}, but this job has upx: ${ctx.config.upx.enabled}`);
  }
  if (upx2?.packed) {
    if (!sameJson(upx2.args, ctx.config.upx.args)) throw new MergeError(`merge: ${where} was packed with upx-args ${show(upx2.args)}, but this job's upx-args are ${show(ctx.config.upx.args)}`);
    if (upx2.sha256After !== entry.sha256 || upx2.sizeAfter !== entry.size) throw new MergeError(`merge: ${where} says UPX packed it into other bytes than it ships (upx.sha256After, upx.sizeAfter)`);
  }
}
var ARCHIVE_MAGIC = { "tar.gz": Buffer.from([31, 139]), zip: Buffer.from("PK", "latin1") };
async function startsWith(file, magic) {
  const h = await open4(file, "r");
  try {
    const buf = Buffer.alloc(magic.length);
    const { bytesRead } = await h.read(buf, 0, magic.length, 0);
    return bytesRead === magic.length && buf.equals(magic);
  } finally {
    await h.close();
  }
}
async function proveFiles(partial, plan, entry) {
  const name = partial.listed.name;
  const local = (f) => path21.join(partial.dir, ...f.split("/"));
  for (const f of [{ file: entry.file, sha256: entry.sha256, size: entry.size }, ...entry.archive ? [entry.archive] : [], ...entry.sboms ?? []]) {
    const got = await sha256File(local(f.file)).catch(() => void 0);
    if (!got) throw new MergeError(`merge: partial artifact ${name} lacks ${f.file}, which its manifest lists for ${entry.target}`);
    if (got.sha256 !== f.sha256) {
      throw new MergeError(`merge: in partial artifact ${name}, ${f.file} (${entry.target}) has sha256 ${got.sha256}, but its manifest says ${f.sha256}`);
    }
    if (got.size !== f.size) throw new MergeError(`merge: in partial artifact ${name}, ${f.file} (${entry.target}) is ${got.size} bytes, but its manifest's size says ${f.size}`);
  }
  if (entry.archive && !await startsWith(local(entry.archive.file), ARCHIVE_MAGIC[entry.archive.format])) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.archive.file} (${entry.target}) is not a ${entry.archive.format} file, as its manifest's archive.format says`);
  }
  for (const x of entry.sboms ?? []) {
    if (x.size > MAX_SBOM_PREDICATE_BYTES || !(await readFile4(local(x.file), "utf8")).includes(entry.sha256)) {
      throw new MergeError(`merge: in partial artifact ${name}, ${x.file} does not describe ${entry.file} (${entry.target}): the binary's sha256 ${entry.sha256} is not in it`);
    }
  }
  const info2 = await inspectBinary(local(entry.file));
  if (entry.format !== void 0 && entry.format !== info2.format) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} (${entry.target}) is ${info2.description}, but its manifest's format says ${entry.format}`);
  }
  if (info2.format !== "unknown" && info2.arch && plan.target.goarch !== "wasm" && info2.arch !== plan.target.goarch) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} is built for ${info2.arch}, not ${entry.target} (${info2.description})`);
  }
  const isStatic = info2.format === "elf" ? !info2.interpreter && !(info2.needed?.length ?? 0) : void 0;
  const packed = entry.upx?.packed === true;
  if (!packed && entry.static !== isStatic) {
    throw new MergeError(`merge: in partial artifact ${name}, ${entry.file} (${entry.target}) is ${isStatic === void 0 ? "not an ELF file" : isStatic ? "static" : "not static"}, but its manifest's static says ${show(entry.static)}`);
  }
  return { format: info2.format, os: info2.os, arch: info2.arch, description: info2.description, ...entry.static !== void 0 ? { static: entry.static } : {} };
}
function replanFromPartials(ctx, partials) {
  const sets = /* @__PURE__ */ new Map();
  const packages = /* @__PURE__ */ new Map();
  for (const p of partials) {
    const byTarget = /* @__PURE__ */ new Map();
    for (const e of p.manifest.artifacts) {
      byTarget.set(e.target, [...byTarget.get(e.target) ?? [], e.binary]);
      packages.set(e.binary, e.package);
    }
    for (const [target, names2] of byTarget) sets.set([...names2].sort().join("\0"), { names: names2, where: `${target} in ${p.listed.name}` });
  }
  if (sets.size !== 1) {
    const [a, b] = [...sets.values()];
    throw new MergeError(`merge: the partial artifacts hold different binaries: ${a.where} has ${a.names.join(", ")}, ${b.where} has ${b.names.join(", ")}; every target must carry every binary`);
  }
  const [{ names }] = [...sets.values()];
  for (const name of names) {
    const bad = binaryNameProblem(name);
    if (bad) throw new MergeError(`merge: the partial artifacts hold a binary whose name ${bad}; go-xbuild never writes that`);
  }
  return planTargets(ctx, names.map((name) => ({ name, package: packages.get(name) })));
}
async function mergePartials(ctx, store, workDir) {
  const prefix = partialPrefix(ctx);
  const listed = (await store.list()).filter((a) => a.name.startsWith(prefix)).sort((a, b) => a.name < b.name ? -1 : 1);
  if (listed.length === 0) {
    throw new MergeError(`merge: this run has no partial artifacts named ${prefix}*; the build jobs must run with partial: true at the same commit and version`);
  }
  info(`Merging ${listed.length} partial artifacts: ${listed.map((a) => a.name).join(", ")}`);
  const { validateManifest } = await import("./chunks/manifest-check-TJWI73KS.js");
  const partials = [];
  for (const a of listed) partials.push(await fetchPartial(store, a, workDir, validateManifest));
  checkSettings(ctx, partials);
  if (ctx.config.packages.some((p) => p.pattern)) {
    ctx.plans = replanFromPartials(ctx, partials);
    ctx.checksumsFile = planChecksumsFile(ctx);
  }
  const byTarget = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const p of partials) {
    for (const entry of p.manifest.artifacts) {
      const other = byTarget.get(entry.target);
      if (other && other.partial !== p) throw new MergeError(`merge: ${entry.target} is in two partial artifacts, ${other.partial.listed.name} and ${p.listed.name}`);
      const group = other ?? { partial: p, entries: /* @__PURE__ */ new Map() };
      if (group.entries.has(entry.binary)) throw new MergeError(`merge: partial artifact ${p.listed.name} lists ${entry.target} (${entry.binary}) twice`);
      group.entries.set(entry.binary, entry);
      byTarget.set(entry.target, group);
      const archive = entry.archive?.file;
      const own = [entry.file, ...(entry.sboms ?? []).map((x) => x.file), ...(entry.signatures ?? []).filter((s) => !archive || !s.startsWith(`${archive}.`))];
      const shared = archive ? [archive, ...(entry.signatures ?? []).filter((s) => s.startsWith(`${archive}.`))] : [];
      for (const [f, isShared] of [...own.map((f2) => [f2, false]), ...shared.map((f2) => [f2, true])]) {
        const seen = files.get(f);
        if (seen && !(isShared && seen.shared && seen.target === entry.target && seen.partial === p.listed.name)) {
          throw new MergeError(`merge: ${f} is listed twice, by partial artifact ${seen.partial} and by ${p.listed.name}`);
        }
        files.set(f, { partial: p.listed.name, target: entry.target, shared: isShared });
      }
    }
  }
  const missing = ctx.plans.filter((p) => !byTarget.has(p.canonical)).map((p) => p.canonical);
  if (missing.length) throw new MergeError(`merge: no partial artifact holds ${missing.join(", ")}; did that build job fail or get skipped?`);
  const planned = new Set(ctx.plans.map((p) => p.canonical));
  const extra = [...byTarget.keys()].filter((t) => !planned.has(t));
  if (extra.length) throw new MergeError(`merge: partial artifacts hold ${extra.join(", ")}, which targets does not list; give merge the same targets as plan`);
  const short = ctx.plans.flatMap((plan) => {
    const got = byTarget.get(plan.canonical).entries;
    return plan.binaries.filter((b) => !got.has(b.name)).map((b) => `${b.name} for ${plan.canonical}`);
  });
  if (short.length) throw new MergeError(`merge: no partial artifact holds ${short.join(", ")}; every target must carry every planned binary`);
  const proven = [];
  for (const plan of ctx.plans) {
    const { partial, entries } = byTarget.get(plan.canonical);
    const archives = new Set([...entries.values()].map((e) => JSON.stringify(e.archive ?? null)));
    if (archives.size > 1) throw new MergeError(`merge: the binaries of ${plan.canonical} in partial artifact ${partial.listed.name} name different archives; a target has one`);
    for (const entry of entries.values()) {
      checkEntry(ctx, plan, entry, partial.listed.name);
      proven.push({ plan, partial, entry, binary: await proveFiles(partial, plan, entry) });
    }
  }
  const archivesByFile = /* @__PURE__ */ new Map();
  for (const { plan, partial, entry, binary } of proven) {
    const artifact = artifactFromManifest(entry, ctx.stagingDir, plan, binary);
    if (artifact.archive) {
      const seen = archivesByFile.get(artifact.archive.file);
      if (seen) artifact.archive = seen;
      else archivesByFile.set(artifact.archive.file, artifact.archive);
    }
    for (const f of [entry.file, ...entry.archive ? [entry.archive.file] : [], ...(entry.sboms ?? []).map((x) => x.file)]) {
      const dest = path21.join(ctx.stagingDir, ...f.split("/"));
      await mkdir9(path21.dirname(dest), { recursive: true });
      await copyFile2(path21.join(partial.dir, ...f.split("/")), dest);
    }
    await chmod(artifact.path, 493);
    ctx.artifacts.push(artifact);
  }
  ctx.goVersion = partials[0].manifest.go.version;
  ctx.buildEnv = partials[0]?.manifest.build?.env;
  ctx.outputs["go-version"] = ctx.goVersion;
  return listed;
}

// src/build/compiler-gc.ts
var COMPILER_GOGC = "off";
var MEMORY_SHARE = 0.8;
var MIN_MEMLIMIT_BYTES = 512 * 1024 ** 2;
var MiB = 1024 ** 2;
function concurrentGoProcesses(cpus, parallel) {
  return Math.max(1, parallel) * (Math.max(1, cpus) + 1);
}
function compilerGc(source, host, parallel) {
  const own = ["GOGC", "GOMEMLIMIT"].filter((k) => source[k] !== void 0);
  if (own.length) {
    return {
      env: {},
      reason: `${own.map((k) => `${k}=${source[k] === "" ? "(empty: Go's default)" : source[k]}`).join(" ")} from the job's environment: go-xbuild sets no GC setting of its own`
    };
  }
  const processes = concurrentGoProcesses(host.cpus, parallel);
  const perProcess = Math.floor(host.totalBytes * MEMORY_SHARE / processes);
  const gib = (host.totalBytes / 1024 ** 3).toFixed(1);
  const share = `${(MEMORY_SHARE * 100).toFixed(0)} % of ${gib} GiB over ${processes} go processes at once`;
  if (perProcess < MIN_MEMLIMIT_BYTES) {
    return {
      env: {},
      reason: `Go's own GC defaults for go and its compiles and links: ${share} is ${Math.floor(perProcess / MiB)} MiB each, below the ${MIN_MEMLIMIT_BYTES / MiB} MiB go-xbuild needs to set GOGC=${COMPILER_GOGC}; lower parallel, or set GOGC or GOMEMLIMIT in the job's env`
    };
  }
  const limitMiB = Math.floor(perProcess / MiB);
  return {
    env: { GOGC: COMPILER_GOGC, GOMEMLIMIT: `${limitMiB}MiB` },
    reason: `GOGC=${COMPILER_GOGC} GOMEMLIMIT=${limitMiB}MiB for go and its compiles and links (${share}); set GOGC or GOMEMLIMIT in the job's env to choose your own (GOGC= empty: Go's defaults)`
  };
}
function jobMemory(total, constrained) {
  return constrained && constrained > 0 && constrained < total ? constrained : total;
}

// src/release/sign/stages.ts
import { mkdtemp, readFile as readFile6, rm as rm5, writeFile as writeFile4 } from "node:fs/promises";
import path22 from "node:path";

// src/release/sign/cosign-key.ts
var import_tweetnacl = __toESM(require_nacl_fast(), 1);
import { createPrivateKey, createSign, createPublicKey as createPublicKey2, scryptSync, sign as cryptoSign, verify as cryptoVerify } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
var CosignKeyError = class extends Error {
};
var ENCRYPTED = /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----([\s\S]+?)-----END ENCRYPTED \1 PRIVATE KEY-----/;
var MAX_SCRYPT = { N: 65536, r: 8, p: 1 };
function scryptParamsProblem(N, r, p) {
  const whole = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
  if (!whole(N) || !whole(r) || !whole(p) || N < 2 || (N & N - 1) !== 0) {
    return "the scrypt parameters of the encrypted key are not valid (N must be a power of two, r and p whole numbers); was it cut or re-wrapped?";
  }
  if (N > MAX_SCRYPT.N || r > MAX_SCRYPT.r || p > MAX_SCRYPT.p) {
    return `the key asks for scrypt N=${N}, r=${r}, p=${p}, more than cosign generate-key-pair uses (N=${MAX_SCRYPT.N}, r=${MAX_SCRYPT.r}, p=${MAX_SCRYPT.p}); re-encrypt it with cosign`;
  }
  return void 0;
}
function decrypt(body, password) {
  let doc;
  try {
    doc = JSON.parse(Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8"));
  } catch {
    throw new CosignKeyError("signing-key: the encrypted cosign key is not base64 JSON; was it cut or re-wrapped?");
  }
  if (doc?.kdf?.name !== "scrypt" || doc.cipher?.name !== "nacl/secretbox") {
    const plain = (v) => typeof v === "string" && /^[\w/.-]{1,32}$/.test(v) ? v : "?";
    throw new CosignKeyError(`signing-key: unsupported cosign key encryption (kdf ${plain(doc?.kdf?.name)}, cipher ${plain(doc?.cipher?.name)}); cosign keys use scrypt and nacl/secretbox`);
  }
  const { N, r, p } = doc.kdf.params ?? {};
  const scryptProblem = scryptParamsProblem(N, r, p);
  if (scryptProblem) throw new CosignKeyError(`signing-key: ${scryptProblem}`);
  if (typeof doc.kdf.salt !== "string" || typeof doc.cipher.nonce !== "string" || typeof doc.ciphertext !== "string") {
    throw new CosignKeyError("signing-key: the encrypted cosign key lacks its salt, nonce or ciphertext; was it cut or re-wrapped?");
  }
  const key = scryptSync(Buffer.from(password, "utf8"), Buffer.from(doc.kdf.salt, "base64"), 32, { N, r, p, maxmem: 256 * N * r + (1 << 20) });
  const opened = import_tweetnacl.default.secretbox.open(
    new Uint8Array(Buffer.from(doc.ciphertext, "base64")),
    new Uint8Array(Buffer.from(doc.cipher.nonce, "base64")),
    new Uint8Array(key)
  );
  if (!opened) throw new CosignKeyError("signing-password does not decrypt signing-key (wrong password, or a damaged key)");
  return Buffer.from(opened);
}
function parseCosignKey(pem, password) {
  const text = pem.trim();
  const encrypted = ENCRYPTED.exec(text);
  let privateKey;
  try {
    privateKey = encrypted ? createPrivateKey({ key: decrypt(encrypted[2], password), format: "der", type: "pkcs8" }) : createPrivateKey({ key: text, format: "pem", ...password ? { passphrase: password } : {} });
  } catch (error2) {
    if (error2 instanceof CosignKeyError) throw error2;
    throw new CosignKeyError(`signing-key is not a cosign key or a PKCS#8/SEC1 PEM private key (${error2.message})`, { cause: error2 });
  }
  const details = privateKey.asymmetricKeyDetails;
  let type;
  if (privateKey.asymmetricKeyType === "ed25519") type = "ed25519";
  else if (privateKey.asymmetricKeyType === "ec" && details?.namedCurve === "prime256v1") type = "ecdsa-p256";
  else {
    throw new CosignKeyError(`signing-key is a ${privateKey.asymmetricKeyType}${details?.namedCurve ? ` ${details.namedCurve}` : ""} key; cosign blob signatures here use ECDSA P-256 or Ed25519`);
  }
  return { privateKey, publicKey: createPublicKey2(privateKey), type };
}
function publicKeyPem(key) {
  return key.publicKey.export({ type: "spki", format: "pem" }).toString();
}
function signBuffer(key, data) {
  const sig = key.type === "ed25519" ? cryptoSign(null, data, key.privateKey) : cryptoSign("sha256", data, { key: key.privateKey, dsaEncoding: "der" });
  return sig.toString("base64");
}
function verifyBuffer(key, data, signature) {
  const sig = Buffer.from(signature, "base64");
  return key.type === "ed25519" ? cryptoVerify(null, data, key.publicKey, sig) : cryptoVerify("sha256", data, { key: key.publicKey, dsaEncoding: "der" }, sig);
}
async function signFile(key, file) {
  if (key.type === "ed25519") {
    const chunks = [];
    for await (const c of createReadStream2(file)) chunks.push(c);
    return signBuffer(key, Buffer.concat(chunks));
  }
  const signer = createSign("sha256");
  for await (const c of createReadStream2(file, { highWaterMark: 1 << 20 })) signer.update(c);
  return signer.sign({ key: key.privateKey, dsaEncoding: "der" }).toString("base64");
}

// src/release/sign/sigstore.ts
import { readFile as readFile5, writeFile as writeFile3 } from "node:fs/promises";

// src/lazy.ts
async function importCjs(load) {
  const mod = await load;
  return mod.default && typeof mod.default === "object" && Object.keys(mod).every((k) => k === "default" || k === "module.exports") ? mod.default : mod;
}

// src/release/sign/sigstore.ts
var SigstoreError = class extends Error {
};
function identityToken(env) {
  if (env.SIGSTORE_ID_TOKEN) {
    const token = env.SIGSTORE_ID_TOKEN;
    setSecret(token);
    return async () => token;
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new SigstoreError(
      "sign: sigstore needs the workflow's OIDC token: add `permissions: id-token: write` to the job" + (env.GITHUB_ACTIONS === "true" ? "" : " (outside GitHub Actions, set SIGSTORE_ID_TOKEN)")
    );
  }
  return async () => {
    const token = await getIDToken("sigstore");
    setSecret(token);
    return token;
  };
}
async function openSigstoreSigner(opts) {
  const getToken = identityToken(opts.env);
  await getToken().catch((error2) => {
    throw new SigstoreError(`sign: sigstore could not get an OIDC token (${error2.message}); the job needs \`permissions: id-token: write\``, { cause: error2 });
  });
  const { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } = await importCjs(import("./chunks/dist-5T74V3GU.js"));
  const { bundleToJSON } = await importCjs(import("./chunks/dist-B3LCQ67H.js"));
  const builder = new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: opts.fulcioUrl, identityProvider: { getToken } }),
    witnesses: [new RekorWitness({ rekorBaseURL: opts.rekorUrl }), ...opts.tsaUrl ? [new TSAWitness({ tsaBaseURL: opts.tsaUrl })] : []]
  });
  return {
    async sign(file) {
      const bundle = await builder.create({ data: await readFile5(file) });
      const out = `${file}.sigstore.json`;
      await writeFile3(out, `${JSON.stringify(bundleToJSON(bundle))}
`);
      return out;
    }
  };
}

// src/release/sign/stages.ts
var COSIGN_PUBLIC_KEY = "cosign.pub";
var signingSkip = (ctx) => {
  const c = ctx.config.sign;
  if (!c.methods.length && !c.attest) return "sign is none";
  if (ctx.config.mode === "plan") return "mode is plan";
  if (ctx.config.fanOut.partial) return "partial build: the merge job signs the merged release";
  return void 0;
};
var signingSetupStage = {
  name: "signing-setup",
  skip: signingSkip,
  async run(ctx) {
    const c = ctx.config.sign;
    if (c.attest) checkAttestPermissions(process.env, c.githubToken);
    const signing = { signers: [], publish: [] };
    if (c.methods.includes("cosign")) {
      const key = parseCosignKey(c.signingKey, c.signingPassword);
      const probe = Buffer.from(`go-xbuild signing probe ${Date.now()}`);
      if (!verifyBuffer(key, probe, signBuffer(key, probe))) throw new Error("signing-key: a probe signature does not verify with its own public key");
      signing.signers.push({
        name: "cosign",
        async sign(file) {
          const out = `${file}.sig`;
          await writeFile4(out, await signFile(key, file));
          return out;
        }
      });
      signing.publish.push({ file: COSIGN_PUBLIC_KEY, text: publicKeyPem(key) });
      info(`cosign: ${key.type} key unlocked; signatures will verify with ${COSIGN_PUBLIC_KEY}`);
    }
    if (c.methods.includes("gpg")) {
      const gpg = await openGpgSigner(c.gpgPrivateKey, c.gpgPassphrase, ctx.config.runner.temp);
      ctx.cleanups.push(() => gpg.close());
      const probeDir = await mkdtemp(path22.join(ctx.config.runner.temp, "go-xbuild-probe-"));
      try {
        await writeFile4(path22.join(probeDir, "probe"), "go-xbuild signing probe\n");
        await gpg.sign(path22.join(probeDir, "probe"));
      } finally {
        await rm5(probeDir, { recursive: true, force: true });
      }
      signing.signers.push({ name: "gpg", sign: (file) => gpg.sign(file) });
      info(`gpg: key ${gpg.fingerprint} unlocked in a temporary GNUPGHOME`);
    }
    if (c.methods.includes("sigstore")) {
      const sigstore = await openSigstoreSigner({ fulcioUrl: c.fulcioUrl, rekorUrl: c.rekorUrl, tsaUrl: c.tsaUrl, env: process.env });
      signing.signers.push({ name: "sigstore", sign: (file) => sigstore.sign(file) });
      info(`sigstore: OIDC token obtained; Fulcio ${redactUrl(c.fulcioUrl)}, Rekor ${redactUrl(c.rekorUrl)}${c.tsaUrl ? `, TSA ${redactUrl(c.tsaUrl)}` : ""}`);
    }
    ctx.signing = signing;
  }
};
var rel = (ctx, abs) => path22.relative(ctx.stagingDir, abs).split(path22.sep).join("/");
var signStage = {
  name: "sign",
  skip: signingSkip,
  async run(ctx) {
    const signing = ctx.signing;
    if (signing) {
      const perArtifact = ctx.config.sign.scope === "all";
      for (const signer of signing.signers) {
        if (perArtifact) {
          const archiveSignatures = /* @__PURE__ */ new Map();
          for (const a of ctx.artifacts) {
            a.companions.push(rel(ctx, await signer.sign(path22.join(ctx.stagingDir, ...a.file.split("/")))));
            for (const sbom of a.sboms ?? []) a.companions.push(rel(ctx, await signer.sign(path22.join(ctx.stagingDir, ...sbom.file.split("/")))));
            if (!a.archive) continue;
            let sig = archiveSignatures.get(a.archive.file);
            if (sig === void 0) {
              sig = rel(ctx, await signer.sign(path22.join(ctx.stagingDir, ...a.archive.file.split("/"))));
              archiveSignatures.set(a.archive.file, sig);
            }
            a.companions.push(sig);
          }
        }
        ctx.releaseFiles.push(rel(ctx, await signer.sign(path22.join(ctx.stagingDir, ctx.checksumsFile))));
        info(`${signer.name}: signed ${perArtifact ? `${ctx.artifacts.length} targets' files and ` : ""}${ctx.checksumsFile}`);
      }
      for (const p of signing.publish) {
        await writeFile4(path22.join(ctx.stagingDir, p.file), p.text);
        ctx.releaseFiles.push(p.file);
      }
    }
    if (ctx.config.sign.attest) {
      const why = attestSkip(process.env);
      if (why) {
        notice(`attest: skipped: ${why}`);
        return;
      }
      const subjects = [
        ...new Map(
          ctx.artifacts.flatMap((a) => [
            [a.file, { name: a.file, sha256: a.sha256 }],
            ...(a.sboms ?? []).map((x) => [x.file, { name: x.file, sha256: x.sha256 }]),
            ...a.archive ? [[a.archive.file, { name: a.archive.file, sha256: a.archive.sha256 }]] : []
          ])
        ).values()
      ];
      const url = await attestSubjects(subjects, ctx.config.sign.githubToken, process.env);
      if (url) ctx.outputs["attestation-url"] = url;
      const sboms = [];
      for (const a of ctx.artifacts) {
        for (const x of a.sboms ?? []) {
          sboms.push({ subject: { name: a.file, sha256: a.sha256 }, format: x.format, file: x.file, text: await readFile6(path22.join(ctx.stagingDir, ...x.file.split("/")), "utf8") });
        }
      }
      if (sboms.length) ctx.outputs["sbom-attestation-urls"] = JSON.stringify(await attestSboms(sboms, ctx.config.sign.githubToken, process.env));
    }
  }
};

// src/publish/stages.ts
import { readFile as readFile7 } from "node:fs/promises";
import path23 from "node:path";

// src/publish/github-release.ts
import { createHash as createHash4, randomBytes } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import { Readable as Readable2 } from "node:stream";
var UPLOAD_CONCURRENCY = 3;
var ReleaseError = class extends Error {
};
async function listReleases(gh, r) {
  return gh.rest.paginate(gh.rest.rest.repos.listReleases, { ...r, per_page: 100 });
}
async function listAssets(gh, r, releaseId) {
  return gh.rest.paginate(gh.rest.rest.repos.listReleaseAssets, { ...r, release_id: releaseId, per_page: 100 });
}
async function remoteSha256(gh, r, asset) {
  const digest = asset.digest;
  if (digest?.startsWith("sha256:")) return digest.slice("sha256:".length);
  const res = await gh.rest.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...r,
    asset_id: asset.id,
    headers: { accept: "application/octet-stream" },
    request: { parseSuccessResponseBody: false }
  });
  const hash = createHash4("sha256");
  const body = res.data;
  if (body instanceof ArrayBuffer) hash.update(Buffer.from(body));
  else for await (const chunk of Readable2.fromWeb(body)) hash.update(chunk);
  return hash.digest("hex");
}
async function sameAsset(gh, r, asset, local) {
  if (asset.state !== "uploaded" || asset.size !== local.size) return false;
  return await remoteSha256(gh, r, asset) === local.sha256;
}
function contentType(name) {
  if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) return "application/gzip";
  if (name.endsWith(".zip")) return "application/zip";
  if (name.endsWith(".spdx.json")) return "application/spdx+json";
  if (name.endsWith(".cdx.json")) return "application/vnd.cyclonedx+json";
  if (name.endsWith(".json")) return "application/json";
  if (/^SHA256SUMS$|\.(asc|txt|pub)$/.test(name)) return "text/plain";
  return "application/octet-stream";
}
var errorText = (e) => e instanceof Error ? e.message : String(e);
async function postAsset(gh, release, name, local) {
  const res = await gh.uploads.request({
    method: "POST",
    url: release.upload_url,
    name,
    // streamed from disk with its length: a 2 GiB file never sits in memory
    data: createReadStream3(local.path),
    headers: { "content-type": local.contentType ?? contentType(local.name), "content-length": local.size }
  });
  return res.data;
}
async function uploadAsset(gh, r, release, local, name = local.name) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postAsset(gh, release, name, local);
    } catch (error2) {
      const facts = failureFacts(error2);
      const verdict = classifyFailure(facts, attempt);
      const stored = (await listAssets(gh, r, release.id)).find((a) => a.name === name);
      if (stored) {
        if (await sameAsset(gh, r, stored, { ...local, name })) {
          info(`${name}: the upload answered "${errorText(error2)}", but GitHub stored it complete with the right SHA-256; counted as uploaded`);
          return stored;
        }
        info(`${name}: the upload answered "${errorText(error2)}" and left an incomplete asset (state ${stored.state}, ${stored.size} of ${local.size} bytes); deleting it and uploading again`);
        await deleteAsset(gh, r, stored.id);
      }
      const retryable = verdict.retry || facts.status === 422 && Boolean(stored);
      if (!retryable || attempt >= RETRIES) {
        throw new ReleaseError(`release: uploading ${name} failed${attempt ? ` after ${attempt + 1} attempts` : ""}: ${errorText(error2)}${describeStatus(facts.status)}`, { cause: error2 });
      }
      const wait = verdict.retry ? verdict.waitSeconds : 1;
      info(`${name}: upload failed (${verdict.kind}: ${errorText(error2)}); retrying in ${wait} s`);
      await sleep(wait * gh.msPerSecond);
    }
  }
}
async function deleteAsset(gh, r, assetId) {
  try {
    await gh.rest.rest.repos.deleteReleaseAsset({ ...r, asset_id: assetId });
  } catch (e) {
    if (e.status !== 404) throw e;
  }
}
async function createDraft(gh, r, params) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await gh.rest.rest.repos.createRelease({ ...r, ...params, draft: true, request: { retries: 0 } });
      return res.data;
    } catch (error2) {
      const facts = failureFacts(error2);
      const verdict = classifyFailure(facts, attempt);
      const found = (await listReleases(gh, r)).filter((x) => x.tag_name === params.tag_name && x.draft).sort((a, b) => a.id - b.id)[0];
      if (found) {
        info(`Creating the draft for ${params.tag_name} answered "${errorText(error2)}", but draft ${found.id} exists now: using it`);
        return found;
      }
      if (!verdict.retry || attempt >= RETRIES) {
        throw new ReleaseError(`release: creating the draft release for ${params.tag_name} failed: ${errorText(error2)}${describeStatus(facts.status)}`, { cause: error2 });
      }
      info(`Creating the draft for ${params.tag_name} failed (${verdict.kind}: ${errorText(error2)}); retrying in ${verdict.waitSeconds} s`);
      await sleep(verdict.waitSeconds * gh.msPerSecond);
    }
  }
}
function describeStatus(status) {
  if (status === 401) return "; github-token was not accepted (expired or wrong?)";
  if (status === 403) return "; the token needs `contents: write` (permissions: contents: write in the workflow, or a token with that scope)";
  if (status === 404) return "; the repository or release is not visible to github-token";
  return "";
}
async function eachLimited(items, limit, work) {
  let next = 0;
  const errors = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (e) {
        errors.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length) throw errors[0];
}
async function replaceAsset(gh, r, release, old, local) {
  const temporary = `${local.name}.replacing-${randomBytes(4).toString("hex")}`;
  const fresh = await uploadAsset(gh, r, release, local, temporary);
  await deleteAsset(gh, r, old.id);
  const renamed = await gh.rest.rest.repos.updateReleaseAsset({ ...r, asset_id: fresh.id, name: local.name });
  info(`${local.name}: replaced (asset ${old.id} \u2192 ${renamed.data.id})`);
  return renamed.data;
}
async function reconcile(gh, r, remote, locals) {
  const out = { kept: [], missing: [], different: [], incomplete: [], extra: [] };
  const byName = new Map(remote.map((a) => [a.name, a]));
  for (const local of locals) {
    const a = byName.get(local.name);
    if (!a) out.missing.push(local);
    else if (a.state !== "uploaded") {
      out.incomplete.push(a);
      out.missing.push(local);
    } else if (await sameAsset(gh, r, a, local)) out.kept.push(a);
    else out.different.push({ local, remote: a });
  }
  const planned = new Set(locals.map((l) => l.name));
  out.extra = remote.filter((a) => !planned.has(a.name));
  return out;
}
async function keepPublishedSignatures(gh, r, rec, locals, isSignature) {
  if (rec.different.some((d) => d.local.name.endsWith(".pub"))) return rec;
  const keptNames = new Set(rec.kept.map((a) => a.name));
  const names = locals.map((l) => l.name);
  const still = [];
  for (const d of rec.different) {
    const subject = names.filter((n) => n !== d.local.name && d.local.name.startsWith(`${n}.`)).sort((a, b) => b.length - a.length)[0];
    if (isSignature(d.local.name) && subject && keptNames.has(subject)) {
      const sha256 = await remoteSha256(gh, r, d.remote);
      Object.assign(d.local, { size: d.remote.size, sha256 });
      rec.kept.push(d.remote);
      info(`${d.local.name}: kept the published signature (signatures are not reproducible; it signs the same ${subject})`);
    } else still.push(d);
  }
  return { ...rec, different: still };
}
async function verifyAssets(gh, r, releaseId, locals) {
  const remote = await listAssets(gh, r, releaseId);
  const byName = new Map(remote.map((a) => [a.name, a]));
  const problems = [];
  const assets = [];
  for (const local of locals) {
    const a = byName.get(local.name);
    if (!a) problems.push(`${local.name}: missing`);
    else if (a.state !== "uploaded") problems.push(`${local.name}: state ${a.state}`);
    else if (a.size !== local.size) problems.push(`${local.name}: ${a.size} bytes, expected ${local.size}`);
    else {
      const sha = await remoteSha256(gh, r, a);
      if (sha !== local.sha256) problems.push(`${local.name}: sha256 ${sha}, expected ${local.sha256}`);
      else assets.push(a);
    }
  }
  return { assets, problems };
}

// src/publish/plan.ts
var import_semver3 = __toESM(require_semver(), 1);
var MAX_ASSET_BYTES = 2 * 1024 ** 3;
var MAX_NOTES_CHARS = 125e3;
function defaultAssetKinds(archivesOn) {
  return [archivesOn ? "archives" : "binaries", "checksums", "signatures", "sboms", "manifest"];
}
function companionKind(file) {
  return /\.(spdx|cdx|sbom|bom)(\.json|\.xml)?$/i.test(file) || /\.sbom\./i.test(file) ? "sboms" : "signatures";
}
function isSignatureFile(name) {
  return /\.(sig|asc|sigstore\.json|sigstore|bundle|pem|crt|cert)$/.test(name) && companionKind(name) === "signatures";
}
function selectAssets(artifacts, releaseFiles, kinds, checksums) {
  const out = /* @__PURE__ */ new Map();
  const add = (name, kind) => {
    if (kinds.includes(kind) && !out.has(name)) out.set(name, { name, kind });
  };
  for (const a of artifacts) {
    const sbomFiles = (a.sboms ?? []).map((x) => x.file);
    const shipped = [[a.file, "binaries"]];
    if (a.archive) shipped.push([a.archive.file, "archives"]);
    for (const [file, kind] of shipped) {
      if (!kinds.includes(kind)) continue;
      add(file, kind);
      for (const c of a.companions) if (c.startsWith(`${file}.`) && !sbomFiles.some((f) => c.startsWith(`${f}.`))) add(c, companionKind(c));
    }
    for (const sbom of a.sboms ?? []) {
      add(sbom.file, "sboms");
      if (kinds.includes("sboms")) {
        for (const c of a.companions) if (c.startsWith(`${sbom.file}.`)) add(c, "signatures");
      }
    }
  }
  for (const f of releaseFiles) {
    if (f === checksums) add(f, "checksums");
    else if (f === MANIFEST_FILE) add(f, "manifest");
    else add(f, companionKind(f));
  }
  return [...out.values()].sort((x, y) => byCodeUnit(x.name, y.name));
}
function nameRewriteProblem(name) {
  if (name.includes("/")) return 'it is in a subdirectory (asset names are flat); change filename (or archive-name) to a name without "/"';
  if (/^\./.test(name) || /\.$/.test(name)) return "it starts or ends with a period";
  const bad = [...new Set(name.replace(/[A-Za-z0-9._+-]/g, ""))];
  if (bad.length) return `it holds ${bad.map((c) => c === " " ? "a space" : `"${c}"`).join(", ")}; GitHub keeps only letters, digits, ".", "_", "+" and "-"`;
  if (name.includes("..")) return 'it holds ".." (GitHub folds repeated periods into one)';
  return void 0;
}
function checkAssetNames(names, checksums) {
  const problems = names.flatMap((n) => {
    const p = nameRewriteProblem(n);
    return p ? [`  ${n}: ${p}`] : [];
  });
  if (problems.length) throw new Error(`release: GitHub would rename ${problems.length} asset(s), and the names in ${checksums} would no longer match:
${problems.join("\n")}`);
}
function checkAssetSizes(assets) {
  const big = assets.filter((a) => a.size >= MAX_ASSET_BYTES);
  if (big.length) {
    throw new Error(`release: GitHub accepts release assets under 2 GiB; too large: ${big.map((a) => `${a.name} (${a.size} bytes)`).join(", ")}`);
  }
}
function fitNotes(body, limit = MAX_NOTES_CHARS) {
  if (body.length <= limit) return { body, cut: false };
  const marker = `

\u2026 (the notes were cut here: GitHub accepts at most ${limit} characters; ${body.length} were given)`;
  let keep = body.slice(0, limit - marker.length);
  const lastBreak = keep.lastIndexOf("\n");
  if (lastBreak > keep.length - 2e3 && lastBreak > 0) keep = keep.slice(0, lastBreak);
  return { body: `${keep.trimEnd()}${marker}`, cut: true };
}
function isPrerelease(setting, tag) {
  if (setting !== "auto") return setting === "true";
  const v = import_semver3.default.valid(tag.replace(/^v/, ""), { loose: false });
  return Boolean(v && import_semver3.default.prerelease(v)?.length);
}
function makeLatest(setting, prerelease) {
  if (setting === "true") return "true";
  if (setting === "false" || prerelease) return "false";
  return "legacy";
}
function chooseRelease(releases, tag) {
  const forTag = releases.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
  const published = forTag.find((r) => !r.draft);
  const drafts = forTag.filter((r) => r.draft);
  if (published) {
    return {
      chosen: published,
      extraDrafts: drafts,
      note: drafts.length ? `${tag} is published (release ${published.id}); ${drafts.length} leftover draft(s) for it (${drafts.map((d) => d.id).join(", ")}) will be deleted` : void 0
    };
  }
  const [oldest, ...rest] = drafts;
  return {
    chosen: oldest,
    extraDrafts: rest,
    note: rest.length ? `${drafts.length} drafts for ${tag} (${drafts.map((d) => d.id).join(", ")}): using the oldest, ${oldest?.id}; the others will be deleted once it is published` : void 0
  };
}
function repositoryFromRemote(url) {
  const u = url.trim();
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[:/](.+?)(?:\.git)?\/?$/i.exec(u);
  if (!m) return void 0;
  const parts = m[1].split("/").filter(Boolean);
  if (parts.length < 2) return void 0;
  const [owner, repo] = parts.slice(-2);
  return /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(repo) ? `${owner}/${repo}` : void 0;
}
function predictedAssetNames(plans, opts) {
  const artifacts = plans.flatMap(
    (p) => p.binaries.map((b) => {
      const sboms = (opts.sbomSuffixes ?? []).map((s) => ({ file: `${b.file}${s}` }));
      const files = [b.file, ...sboms.map((s) => s.file), ...p.archive ? [p.archive.file] : []];
      return { file: b.file, archive: p.archive, sboms, companions: opts.signAll ? files.flatMap((f) => opts.signatureSuffixes.map((s) => `${f}${s}`)) : [] };
    })
  );
  const releaseFiles = [opts.checksums, ...opts.signatureSuffixes.map((s) => `${opts.checksums}${s}`), ...opts.extraReleaseFiles, MANIFEST_FILE];
  return selectAssets(artifacts, releaseFiles, opts.kinds, opts.checksums).map((a) => a.name);
}
function assetKindsFor(config, archivesOn) {
  return config.assets ?? defaultAssetKinds(archivesOn);
}

// src/publish/stages.ts
function releaseSkip(ctx) {
  const c = ctx.config;
  if (c.githubRelease.mode === "off") return "release is false";
  if (c.mode === "plan") return "mode is plan";
  if (c.fanOut.partial) return "partial build: the merge job is the only writer of the release";
  return void 0;
}
var SIGNATURE_SUFFIX = { cosign: ".sig", gpg: ".asc", sigstore: ".sigstore.json" };
async function resolveTarget(ctx) {
  const c = ctx.config.githubRelease;
  const fields = projectTemplateFields(ctx.project);
  const tag = renderTemplate(c.tag, fields, process.env, "release-tag").trim();
  if (!tag) {
    throw new ReleaseError(
      "release: there is no tag to publish: run on a tag push (on: push: tags: [v*]) or tag the commit, or set release-tag"
    );
  }
  const name = renderTemplate(c.name, { ...fields, Tag: tag }, process.env, "release-name").trim() || tag;
  const missing = [];
  if (!c.token) missing.push("a token: set github-token (or GITHUB_TOKEN outside Actions)");
  let repository = c.repository;
  if (!repository) repository = await originRepository(ctx.config.workingDirectory) ?? "";
  if (!repository) missing.push('the repository: set GITHUB_REPOSITORY=owner/repo, or add a git remote "origin"');
  if (missing.length) throw new ReleaseError(`release: cannot publish without ${missing.join("; and ")}`);
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new ReleaseError(`release: GITHUB_REPOSITORY "${repository}" is not owner/repo`);
  return { owner, repo, tag, name, prerelease: isPrerelease(ctx.config.githubRelease.prerelease, tag) };
}
async function originRepository(cwd) {
  try {
    const out = await runProcess({ kind: "git", file: "git", args: ["remote", "get-url", "origin"], cwd });
    return out.exitCode === 0 ? repositoryFromRemote(out.stdout) : void 0;
  } catch {
    return void 0;
  }
}
var clients = async (ctx) => (await import("./chunks/github-NTPGIOPS.js")).openGitHub({ token: ctx.config.githubRelease.token, apiUrl: ctx.config.githubRelease.apiUrl, env: process.env });
var explain = (what, e) => {
  const status = e.status;
  return new ReleaseError(`release: ${what} failed: ${e instanceof Error ? e.message : String(e)}${describeStatus(status)}`, { cause: e });
};
var releaseCheckStage = {
  name: "release-check",
  skip: releaseSkip,
  async run(ctx) {
    const target = await resolveTarget(ctx);
    ctx.releaseTarget = target;
    const kinds = assetKindsFor(ctx.config.githubRelease, ctx.plans.some((p) => p.archive));
    const sign = ctx.config.sign;
    const suffixes = sign.methods.map((m) => SIGNATURE_SUFFIX[m]);
    const predicted = predictedAssetNames(ctx.plans, {
      kinds,
      signatureSuffixes: suffixes,
      signAll: sign.scope === "all",
      extraReleaseFiles: sign.methods.includes("cosign") ? [COSIGN_PUBLIC_KEY] : [],
      checksums: ctx.checksumsFile,
      sbomSuffixes: ctx.config.release.sbom.map((f) => SBOM_SUFFIX[f])
    });
    checkAssetNames(predicted, ctx.checksumsFile);
    const gh = await clients(ctx);
    let permissions;
    try {
      permissions = (await gh.rest.rest.repos.get({ owner: target.owner, repo: target.repo })).data.permissions;
    } catch (e) {
      throw explain(`reading ${target.owner}/${target.repo}`, e);
    }
    if (permissions && permissions.push === false) {
      throw new ReleaseError(`release: github-token can read ${target.owner}/${target.repo} but not write to it; the token needs \`contents: write\``);
    }
    const releases = await listReleases(gh, target).catch((e) => {
      throw explain("listing releases", e);
    });
    const { chosen } = chooseRelease(releases, target.tag);
    if (chosen && !chosen.draft && chosen.immutable && ctx.config.packages.some((p) => p.pattern)) {
      info(`${target.tag} is published and immutable; packages has a pattern, so its asset names and bytes are compared after the build`);
    } else if (chosen && !chosen.draft && chosen.immutable) {
      const have = (await listAssets(gh, target, chosen.id)).map((a) => a.name).sort();
      const missing = predicted.filter((n) => !have.includes(n));
      const extra = have.filter((n) => !predicted.includes(n));
      if (missing.length || extra.length) {
        throw new ReleaseError(
          `release: ${target.tag} is published and immutable (release ${chosen.id}), and its assets differ from this run's: ` + [missing.length ? `missing ${missing.join(", ")}` : "", extra.length ? `not planned ${extra.join(", ")}` : ""].filter(Boolean).join("; ") + ". An immutable release can never change: publish a new tag"
        );
      }
      info(`${target.tag} is published and immutable with the same ${have.length} asset names; its bytes are compared after the build`);
    } else if (chosen) {
      info(`${target.tag}: release ${chosen.id} exists (${chosen.draft ? "draft" : "published"}); it will be completed`);
    } else {
      info(`${target.tag}: no release yet; a draft will be created after the build`);
    }
    info(`release: ${predicted.length} asset(s) planned for ${target.owner}/${target.repo} ${target.tag}`);
  }
};
async function localAssets(ctx) {
  const kinds = assetKindsFor(ctx.config.githubRelease, ctx.artifacts.some((a) => a.archive));
  const planned = selectAssets(ctx.artifacts, ctx.releaseFiles, kinds, ctx.checksumsFile);
  checkAssetNames(planned.map((p) => p.name), ctx.checksumsFile);
  const out = [];
  for (const p of planned) {
    const file = path23.join(ctx.config.outputDir, ...p.name.split("/"));
    const { sha256, size } = await sha256File(file);
    out.push({ name: p.name, path: file, size, sha256, ...p.kind === "checksums" ? { contentType: "text/plain" } : {} });
  }
  checkAssetSizes(out);
  return out;
}
async function releaseBody(ctx, gh, t) {
  const notes = ctx.config.githubRelease.notes;
  let body = "";
  if (notes.kind === "text") body = notes.text;
  else if (notes.kind === "file") body = await readFile7(notes.path, "utf8");
  else if (notes.kind === "generate") {
    const res = await gh.rest.rest.repos.generateReleaseNotes({
      owner: t.owner,
      repo: t.repo,
      tag_name: t.tag,
      ...ctx.project.commit ? { target_commitish: ctx.project.commit } : {}
    });
    body = res.data.body;
  }
  const fitted = fitNotes(body);
  if (fitted.cut) warning(`release: the notes are ${body.length} characters; GitHub accepts 125000, so they were cut`);
  return fitted.body;
}
var publishReleaseStage = {
  name: "publish-release",
  skip: releaseSkip,
  async run(ctx) {
    const t = ctx.releaseTarget;
    if (!t) throw new ReleaseError("release: release-check did not run");
    const locals = await localAssets(ctx);
    const gh = await clients(ctx);
    const c = ctx.config.githubRelease;
    const choice = chooseRelease(await listReleases(gh, t).catch((e) => Promise.reject(explain("listing releases", e))), t.tag);
    if (choice.note) info(choice.note);
    let release = choice.chosen;
    if (release && !release.draft && release.immutable) {
      const r2 = await keepPublishedSignatures(gh, t, await reconcile(gh, t, await listAssets(gh, t, release.id), locals), locals, isSignatureFile);
      const diffs = [...r2.missing.map((l) => `${l.name} missing`), ...r2.different.map((d) => `${d.local.name} has other bytes`), ...r2.extra.map((a) => `${a.name} not planned`)];
      if (diffs.length) throw new ReleaseError(`release: ${t.tag} is published and immutable (release ${release.id}) and differs from this run: ${diffs.join(", ")}`);
      info(`${t.tag} is published and immutable and already holds these ${locals.length} assets, byte for byte: nothing to do`);
      return finish(ctx, gh, release, locals, r2.kept, choice.extraDrafts);
    }
    if (!release) {
      const body = await releaseBody(ctx, gh, t);
      release = await createDraft(gh, t, {
        tag_name: t.tag,
        name: t.name,
        body,
        prerelease: t.prerelease,
        ...ctx.project.commit ? { target_commitish: ctx.project.commit } : {}
      });
      info(`Created draft release ${release.id} for ${t.tag}`);
    }
    const current2 = release;
    const r = await keepPublishedSignatures(gh, t, await reconcile(gh, t, await listAssets(gh, t, current2.id), locals), locals, isSignatureFile);
    if (r.different.length && !c.replace) {
      throw new ReleaseError(
        `release: ${t.tag} already has ${r.different.map((d) => d.local.name).join(", ")} with different bytes (a rebuild with other inputs?); set release-replace: true to replace them, or publish a new tag`
      );
    }
    if (r.kept.length) info(`${r.kept.length} asset(s) already there with the same SHA-256: kept`);
    if (r.extra.length) warning(`release: ${t.tag} also holds asset(s) this run did not make, left alone: ${r.extra.map((a) => a.name).join(", ")}`);
    for (const a of r.incomplete) {
      info(`${a.name}: incomplete (state ${a.state}) from an earlier upload; deleting it`);
      await deleteAsset(gh, t, a.id);
    }
    await eachLimited(r.missing, UPLOAD_CONCURRENCY, async (l) => {
      await uploadAsset(gh, t, current2, l);
      info(`Uploaded ${l.name} (${l.size} bytes)`);
    });
    for (const d of r.different) await replaceAsset(gh, t, current2, d.remote, d.local);
    const verified = await verifyAssets(gh, t, current2.id, locals);
    if (verified.problems.length) {
      throw new ReleaseError(`release: ${verified.problems.length} asset(s) failed verification, so ${t.tag} was not published:
  ${verified.problems.join("\n  ")}`);
    }
    info(`Verified ${verified.assets.length} asset(s): name, size and SHA-256`);
    let final = current2;
    if (current2.draft && c.mode === "publish") {
      final = (await gh.rest.rest.repos.updateRelease({ owner: t.owner, repo: t.repo, release_id: current2.id, draft: false, make_latest: makeLatest(c.makeLatest, t.prerelease) }).catch((e) => Promise.reject(explain(`publishing release ${current2.id}`, e)))).data;
      info(`Published ${t.tag}: ${final.html_url}`);
    } else if (current2.draft) info(`release: draft \u2014 ${t.tag} stays a draft (release ${current2.id}): ${current2.html_url}`);
    else if (c.mode === "draft") warning(`release: draft, but ${t.tag} is already published; it stays published`);
    const assets = final.draft === current2.draft ? verified.assets : await listAssets(gh, t, final.id);
    return finish(ctx, gh, final, locals, assets, final.draft ? [] : choice.extraDrafts);
  }
};
async function finish(ctx, gh, release, locals, assets, extraDrafts) {
  const t = ctx.releaseTarget;
  for (const d of extraDrafts) {
    await gh.rest.rest.repos.deleteRelease({ owner: t.owner, repo: t.repo, release_id: d.id }).then(() => info(`Deleted leftover draft release ${d.id} for ${t.tag}`)).catch((e) => warning(`release: leftover draft ${d.id} for ${t.tag} was not deleted: ${e.message}`));
  }
  const byName = new Map(assets.map((a) => [a.name, a]));
  const published = {
    id: release.id,
    url: release.html_url,
    tag: t.tag,
    draft: release.draft,
    assets: locals.map((l) => {
      const a = byName.get(l.name);
      return { name: l.name, id: a.id, size: a.size, sha256: l.sha256, url: a.browser_download_url };
    })
  };
  ctx.githubRelease = published;
  ctx.outputs["release-id"] = String(published.id);
  ctx.outputs["release-url"] = published.url;
  ctx.outputs["release-assets"] = JSON.stringify(published.assets);
}

// src/pipeline.ts
var PipelineError = class extends Error {
};
var onlyIn = (...modes) => (ctx) => modes.includes(ctx.config.mode) ? void 0 : `mode is ${ctx.config.mode}`;
var STAGES = [
  // Everything decidable from inputs: project facts, names, ldflags, the matrix. No downloads yet.
  {
    name: "plan",
    async run(ctx) {
      const c = ctx.config;
      const facts = await readProject({ workingDirectory: c.workingDirectory, version: c.version, env: process.env, warn: (m) => warning(m) });
      const fieldsForName = projectTemplateFields({ ...facts, name: defaultName(facts.module) });
      const name = c.name ? renderTemplate(c.name, fieldsForName, process.env, "name") : defaultName(facts.module);
      if (!name) throw new PipelineError("name: there is no go.mod module to take a name from; set the name input");
      ctx.project = { ...facts, name };
      checkCgoTargets(c.cgo, c.targets, { mode: c.mode, partial: c.fanOut.partial, runnerPlatform: c.runner.platform });
      const patterns = c.packages.some((p) => p.pattern);
      const binaries = patterns ? placeholderBinaries(c.packages, ctx.project) : resolveBinaries(c.packages, ctx.project);
      if (!patterns) checkSmokeTestNames(ctx, binaries);
      ctx.plans = planTargets(ctx, binaries);
      ctx.checksumsFile = planChecksumsFile(ctx);
      if (c.release.archive !== "none") {
        ctx.archiveExtras = await resolveArchiveFiles(c.workingDirectory, c.release.archiveFiles, {
          outputDir: c.outputDir,
          warn: c.release.archiveFilesDefault ? void 0 : (m) => warning(m)
        });
      }
      if (c.mode !== "plan") ctx.outputs.matrix = matrixOutput(ctx);
      ctx.outputs.version = ctx.project.version;
      info(`${name} ${ctx.project.version}${ctx.project.commit ? ` at ${ctx.project.shortCommit}` : ""}: ${ctx.plans.length} target(s)`);
      for (const p of ctx.plans) info(`  ${p.canonical.padEnd(22)} \u2192 ${p.binaries.map((b) => b.file).join(", ")}${p.archive ? `, ${p.archive.file}` : ""}`);
      if (ctx.project.dirty.length) {
        warning(
          `the checkout has uncommitted changes (${ctx.project.dirty.slice(0, 5).join(", ")}${ctx.project.dirty.length > 5 ? ", \u2026" : ""}); Go stamps vcs.modified=true into the binaries, so they will differ from a build of the clean commit`
        );
      }
      if (c.fanOut.partial && c.goVersion.spec.kind !== "exact") {
        warning(
          `partial: true with a Go request that is not one exact version (${c.goVersion.spec.raw}, ${c.goVersion.origin}): each build job resolves it on its own runner, and merge refuses partials built with different Go versions; pass mode: plan's pinned version (go-version: \${{ matrix.go-version }})`
        );
      }
      if (c.mode !== "plan") await checkOutputDir(c.outputDir, c.runner.workspace);
      if (c.mode !== "plan" && c.release.upload) renderArtifactName(ctx);
    }
  },
  // release: the tag, token and repository known, the token can read it, an immutable release matches. No downloads yet.
  releaseCheckStage,
  // Keys parsed and unlocked, OIDC token fetched, a probe signed: bad keys fail before any build.
  signingSetupStage,
  // mode: plan — one exact Go version from the release index (or mirror), pinned in every matrix entry.
  {
    name: "go-version",
    skip: onlyIn("plan"),
    async run(ctx) {
      const c = ctx.config;
      const version = await pinGoVersion({ spec: c.goVersion.spec, origin: c.goVersion.origin, baseUrl: c.goDownloadBaseUrl, log: coreLog });
      const tooOld = await goModProblem(ctx, version);
      if (tooOld) throw new PipelineError(`go-version: ${tooOld}`);
      ctx.goVersion = version;
      ctx.outputs["go-version"] = version;
      ctx.outputs.matrix = matrixOutput(ctx, version);
      info(`matrix: ${ctx.outputs.matrix}`);
    }
  },
  // Go through the tool cache (or PATH, or a verified download), then this Go's own port list.
  {
    name: "go",
    skip: onlyIn("build"),
    async run(ctx) {
      const c = ctx.config;
      await mkdir10(c.runner.temp, { recursive: true });
      if (!cacheSkip(ctx)) {
        ctx.toolArchiveCache = new ToolArchiveCache(async () => (await import("./chunks/cache-WAQGXSQO.js")).openCacheStore());
      }
      ctx.go = await installGo({
        archiveCache: ctx.toolArchiveCache,
        spec: c.goVersion.spec,
        origin: c.goVersion.origin,
        checkLatest: c.checkLatest,
        baseUrl: c.goDownloadBaseUrl,
        tempDir: c.runner.temp,
        log: coreLog
      });
      ctx.goEnv.GOTOOLCHAIN = "local";
      const host = hostResources();
      const gc = compilerGc(process.env, { totalBytes: jobMemory(host.totalBytes, process.constrainedMemory()), cpus: host.cpus }, c.parallel);
      Object.assign(ctx.goEnv, gc.env);
      info(gc.reason);
      ctx.buildEnv = byteChangingGoEnv(process.env);
      for (const [k, v] of Object.entries(ctx.buildEnv)) info(`${k}=${v} from the job's environment applies to every build; manifest.json records it (build.env)`);
      ctx.goVersion = ctx.go.version;
      ctx.outputs["go-version"] = ctx.go.version;
      await checkTargetsAgainstGo(ctx);
    }
  },
  // The cross C toolchain the cgo targets need (zig, musl-cross or the runner's own), and their CC.
  {
    name: "c-toolchain",
    skip: (ctx) => ctx.config.mode !== "build" ? `mode is ${ctx.config.mode}` : !ctx.plans.some((p) => p.cgo) ? "no cgo targets" : void 0,
    run: setupCToolchain
  },
  // UPX through the tool cache (upx: true), before the first target needs it.
  {
    name: "upx",
    skip: (ctx) => ctx.config.mode !== "build" ? `mode is ${ctx.config.mode}` : !ctx.config.upx.enabled ? "upx is false" : void 0,
    async run(ctx) {
      const u = ctx.config.upx;
      ctx.upx = await installUpx({
        version: u.version,
        sha256: u.sha256,
        baseUrl: u.baseUrl,
        tempDir: ctx.config.runner.temp,
        log: coreLog,
        archiveCache: ctx.toolArchiveCache
      });
      ctx.outputs["upx-version"] = ctx.upx.version;
    }
  },
  // The Go build and module caches from the Actions cache (saved again by the post step).
  {
    name: "cache",
    skip: cacheSkip,
    async run(ctx) {
      const { openCacheStore } = await import("./chunks/cache-WAQGXSQO.js");
      await restoreGoCache(ctx, await openCacheStore());
    }
  },
  // Main packages: paths proven package main, patterns expanded (go list, after the cache restore), binaries named, the plan made again.
  packagesStage,
  // go build for every target in a bounded pool (one go build per target, all its binaries at once); inspect and hash each as soon as it is built.
  // The cgo check's `go list` (started by the packages stage, after the cache restore, so it finds
  // the restored modules) then warns about dependencies whose cgo files CGO_ENABLED=0 drops: stubs
  // that fail at run time.
  {
    name: "build",
    skip: onlyIn("build"),
    grouped: false,
    async run(ctx) {
      await mkdir10(ctx.stagingDir, { recursive: true });
      try {
        await buildTargets(ctx, ctx.plans);
      } finally {
        const dropped = await ctx.cgoCheck;
        if (dropped) warnDroppedCgo(ctx, dropped);
      }
      if (ctx.failures.length) {
        throw new PipelineError(
          `${ctx.failures.length} of ${ctx.plans.length} target(s) failed:
${ctx.failures.map((f) => `  ${f.target}: ${f.message}`).join("\n")}`
        );
      }
    }
  },
  // mode merge: this run's partial artifacts, each proven against its manifest, become the artifacts.
  {
    name: "merge",
    skip: onlyIn("merge"),
    async run(ctx) {
      const service = artifactService(process.env);
      if (!service.available) throw new PipelineError(`mode: merge needs the artifact service, and there is none: ${service.reason}`);
      const { openArtifactStore } = await import("./chunks/artifact-72ZPYLL4.js");
      await mkdir10(ctx.stagingDir, { recursive: true });
      const work = path24.join(ctx.config.runner.temp, `go-xbuild-partials-${path24.basename(ctx.stagingDir)}`);
      ctx.cleanups.push(() => fileOps.rm(work, { recursive: true, force: true }));
      ctx.mergedPartials = await mergePartials(ctx, await openArtifactStore(), work);
    }
  },
  // The checksum file (checksums-name, SHA256SUMS by default) over every file that ships, in coreutils format.
  {
    name: "checksums",
    skip: onlyIn("build", "merge"),
    async run(ctx) {
      const text = formatSha256Sums(shippedFiles(ctx.artifacts));
      await writeFile5(path24.join(ctx.stagingDir, ctx.checksumsFile), text);
      ctx.releaseFiles.push(ctx.checksumsFile);
    }
  },
  // Signatures beside every artifact and SHA256SUMS (sigstore bundles, cosign .sig, gpg .asc), attestations.
  signStage,
  // manifest.json: the project, the Go, the flags, and every artifact with its hash.
  {
    name: "manifest",
    skip: onlyIn("build", "merge"),
    async run(ctx) {
      const c = ctx.config;
      const p = ctx.project;
      const manifest = buildManifest({
        project: { name: p.name, module: p.module, version: p.version, tag: p.tag, commit: p.commit, commitDate: p.commitDate },
        go: { version: ctx.goVersion ?? "" },
        build: { ...buildSettings(c), ...ctx.buildEnv && Object.keys(ctx.buildEnv).length ? { env: ctx.buildEnv } : {} },
        checksums: ctx.checksumsFile,
        artifacts: ctx.artifacts,
        releaseFiles: ctx.releaseFiles
      });
      await writeFile5(path24.join(ctx.stagingDir, MANIFEST_FILE), formatManifest(manifest));
      ctx.releaseFiles.push(MANIFEST_FILE);
    }
  },
  // The staging directory becomes output-dir, whole, with the commit's timestamps.
  {
    name: "output",
    skip: onlyIn("build", "merge"),
    async run(ctx) {
      const c = ctx.config;
      await publishOutputDir(ctx.stagingDir, c.outputDir, ctx.project.commitTimestamp, c.runner.workspace);
      ctx.published = true;
      ctx.outputs["output-dir"] = c.outputDir;
      ctx.outputs.manifest = path24.join(c.outputDir, MANIFEST_FILE);
      ctx.outputs.checksums = path24.join(c.outputDir, ctx.checksumsFile);
      ctx.outputs.artifacts = JSON.stringify(
        ctx.artifacts.map((a) => ({
          target: a.canonical,
          binary: a.binaryName,
          file: a.file,
          path: path24.join(c.outputDir, ...a.file.split("/")),
          size: a.size,
          sha256: a.sha256,
          ...a.archive ? { archive: { ...a.archive, path: path24.join(c.outputDir, ...a.archive.file.split("/")) } } : {},
          ...a.sboms?.length ? { sboms: a.sboms.map((s) => ({ ...s, path: path24.join(c.outputDir, ...s.file.split("/")) })) } : {}
        }))
      );
      const archives = new Set(ctx.artifacts.flatMap((a) => a.archive ? [a.archive.file] : [])).size;
      const sboms = ctx.artifacts.reduce((n, a) => n + (a.sboms?.length ?? 0), 0);
      info(
        `Wrote ${ctx.artifacts.length} binaries${archives ? `, ${archives} archives` : ""}${sboms ? `, ${sboms} SBOMs` : ""}, ${ctx.checksumsFile} and ${MANIFEST_FILE} to ${c.outputDir}`
      );
    }
  },
  // One workflow artifact with everything the manifest names, SHA256SUMS and manifest.json.
  {
    name: "upload",
    skip: (ctx) => uploadSkip(ctx, process.env),
    async run(ctx) {
      const { openArtifactStore } = await import("./chunks/artifact-72ZPYLL4.js");
      const name = ctx.config.fanOut.partial ? partialName(ctx) : renderArtifactName(ctx);
      await uploadRelease(ctx, name, { open: openArtifactStore, env: process.env });
    }
  },
  // release: draft first, every asset uploaded and verified, then published with one update.
  publishReleaseStage,
  // mode merge with delete-partials: the partial artifacts go once the merged one is uploaded.
  {
    name: "delete-partials",
    skip: (ctx) => ctx.config.mode !== "merge" ? `mode is ${ctx.config.mode}` : !ctx.config.fanOut.deletePartials ? "delete-partials is false" : void 0,
    async run(ctx) {
      const { openArtifactStore } = await import("./chunks/artifact-72ZPYLL4.js");
      const store = await openArtifactStore();
      for (const a of ctx.mergedPartials ?? []) {
        await store.delete(a.name).catch((e) => warning(`delete-partials: ${a.name} was not deleted: ${e.message}`));
        info(`Deleted partial artifact ${a.name}`);
      }
    }
  }
];
function matrixOutput(ctx, goVersion) {
  const needsMacOS = (t) => t.goos === "darwin" && ctx.plans.some((p) => p.cgo && p.target === t);
  return JSON.stringify(buildMatrix(ctx.config.targets, { ...ctx.config.fanOut, needsMacOS, ...goVersion ? { goVersion } : {} }));
}
function cacheSkip(ctx) {
  if (!ctx.config.release.cache) return "cache is false";
  if (ctx.config.mode !== "build") return `mode is ${ctx.config.mode}`;
  const env = process.env;
  if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) return "no Actions cache service in this run";
  return void 0;
}
var UPX_COLUMN = {
  header: "UPX",
  cell: (ext) => {
    const u = ext.upx;
    if (!u) return "";
    if (!u.packed) return `unpacked: ${u.reason ?? ""}`;
    return `${formatSize(u.sizeBefore)} \u2192 ${formatSize(u.sizeAfter ?? 0)} (${(100 * (u.sizeAfter ?? 0) / u.sizeBefore).toFixed(1)} %)`;
  }
};
function shippedFiles(artifacts) {
  const out = /* @__PURE__ */ new Map();
  for (const a of artifacts) {
    out.set(a.file, { file: a.file, sha256: a.sha256 });
    for (const s of a.sboms ?? []) out.set(s.file, { file: s.file, sha256: s.sha256 });
    if (a.archive && !out.has(a.archive.file)) out.set(a.archive.file, { file: a.archive.file, sha256: a.archive.sha256 });
  }
  return [...out.values()];
}
async function checkTargetsAgainstGo(ctx) {
  const go = ctx.go;
  if (!go) return;
  const out = await runChecked({ kind: "go", file: go.go, args: ["tool", "dist", "list"], env: ctx.goEnv }, "go tool dist list");
  const problems = unsupportedTargets(go.version, out.stdout.split("\n").map((l) => l.trim()), ctx.config.targets);
  const tooOld = await goModProblem(ctx, go.version);
  if (tooOld) problems.push(tooOld);
  if (problems.length) throw new PipelineError(`targets: ${problems.join("\n  ")}`);
}
async function goModProblem(ctx, version) {
  const mod = await readFile8(path24.join(ctx.project.moduleDir, "go.mod"), "utf8").catch(() => void 0);
  const need = mod ? readGoDirectives(mod).go : void 0;
  const needSemver = need ? import_semver4.default.coerce(need)?.version : void 0;
  return needSemver && import_semver4.default.lt(version, needSemver) ? `go.mod requires go ${need}, but Go is ${version}; set go-version to ${need} or newer` : void 0;
}
async function runStages(ctx, stages = STAGES) {
  for (const stage of stages) {
    throwIfCancelled();
    const reason = stage.skip?.(ctx);
    if (reason) {
      info(`${stage.name}: skipped (${reason})`);
      ctx.timings.push({ name: stage.name, ms: 0, skipped: true });
      continue;
    }
    const started = performance.now();
    const grouped = stage.grouped !== false;
    if (grouped) startGroup(stage.name);
    try {
      await stage.run(ctx);
    } finally {
      if (grouped) endGroup();
      ctx.timings.push({ name: stage.name, ms: performance.now() - started, skipped: false });
    }
  }
}
async function report(ctx) {
  for (const [k, v] of Object.entries(ctx.outputs)) setOutput(k, v);
  if (ctx.config.summary && process.env.GITHUB_STEP_SUMMARY) await writeSummary(ctx, ctx.config.upx.enabled ? [UPX_COLUMN] : []);
}

// src/main.ts
var CANCEL_GRACE_MS = 3e3;
function newContext(config) {
  return {
    config,
    project: {
      module: "",
      moduleDir: config.workingDirectory,
      name: "",
      version: "",
      tag: "",
      commit: "",
      shortCommit: "",
      commitDate: "",
      commitTimestamp: 0,
      dirty: []
    },
    goEnv: {},
    plans: [],
    archiveExtras: [],
    cacheExtraPaths: [],
    cacheKeyExtra: [],
    stagingDir: path25.join(config.runner.temp, `go-xbuild-staging-${randomUUID4()}`),
    artifacts: [],
    failures: [],
    checksumsFile: DEFAULT_CHECKSUMS_NAME,
    releaseFiles: [],
    timings: [],
    outputs: {},
    published: false,
    cleanups: []
  };
}
async function run(env = process.env, opts = {}) {
  let ctx;
  const release = opts.handleSignals ? handleCancellation({
    graceMs: CANCEL_GRACE_MS,
    onSignal: (signal) => info(`go-xbuild: ${signal} received: starting no more work, stopping the running processes, cleaning up`),
    onDone: (signal, failures) => {
      for (const f of failures) warning(`cleanup failed: ${f}`);
      setFailed(`go-xbuild was cancelled (${signal}); running processes were stopped and temporary files removed`);
      (opts.exit ?? process.exit)(1);
    }
  }) : void 0;
  try {
    const config = await readConfig(envInputReader(env), env);
    rememberSecrets([config.sign.signingKey, config.sign.signingPassword, config.sign.gpgPrivateKey, config.sign.gpgPassphrase, config.sign.githubToken, config.githubRelease.token]);
    forgetSecretInputs(process.env);
    process.env.RUNNER_TEMP ||= config.runner.temp;
    process.env.RUNNER_TOOL_CACHE ||= config.runner.toolCache;
    const c = newContext(config);
    ctx = c;
    const forgetStaging = recordLeftover("dirs", c.stagingDir);
    registerCleanup("staging directory", async () => {
      for (const cleanup of c.cleanups.splice(0).reverse()) await cleanup().catch((e) => warning(`cleanup failed: ${e.message}`));
      if (!c.published) await fileOps.rm(c.stagingDir, { recursive: true, force: true });
      forgetStaging();
    });
    await runStages(c, STAGES);
    await report(c);
    saveState(CACHE_SAVE_STATE, "true");
  } catch (error2) {
    if (cancelled() || error2 instanceof CancelledError) return await new Promise(() => void 0);
    if (ctx) await report(ctx).catch((e) => warning(`could not write the job summary: ${e.message}`));
    setFailed(redactUrls(describeError(error2)));
  } finally {
    if (!cancelled()) {
      for (const f of await runCleanups()) warning(`cleanup failed: ${f}`);
      release?.();
    }
  }
}
function describeError(error2) {
  const parts = [];
  for (let e = error2, depth = 0; e && depth < 5; e = e.cause, depth++) {
    const message = e instanceof Error ? e.message : String(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
  }
  return parts.join("\n  caused by: ");
}

// src/index.ts
var restore = installTerminal(process.env);
await run(process.env, { handleSignals: true });
restore();
