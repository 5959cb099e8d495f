import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  HttpClient,
  __commonJS,
  __toESM,
  cp,
  debug,
  endGroup,
  error,
  exec,
  getExecOutput,
  info,
  isDebug,
  mkdirP,
  notice,
  rmRF,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning,
  which
} from "./chunks/chunk-QAWERMLM.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug2 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug2;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug2 = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug2(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug2 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug2("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug2("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug2("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug2("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean2 = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean2;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt2(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range2, start, limit, digitRuns) => {
      if (!isDigit(range2[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range2[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range2, start, loose, digitRuns) => {
      if (!loose && range2[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range2, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range2, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range2, start, MAX_LENGTH, digitRuns);
      if (isLetter(range2[digitsEnd]) || range2[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range2[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range2, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range2, start, loose, digitRuns) => {
      const hyphen = range2[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range2, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range2, start, loose, digitRuns);
      }
      while (range2[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range2, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range2, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range2[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range2, start) => {
      if (range2[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range2, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range2[end] === ".") {
        const next = findBuildIdentifierEndIndex(range2, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range2, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range2, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range2[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, true, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range2, start, digitRuns) => {
      if (isDigit(range2[start])) {
        return findVersionNumberEndIndex(range2, start, false, digitRuns);
      }
      return isVersionStart(range2[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range2, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range2, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range2[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range2, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, false, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findVersionEndIndex = (range2, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range2, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range2, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range2, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range2[position])) {
        position++;
      }
      if (range2[position] === "<" || range2[position] === ">") {
        position++;
      }
      if (range2[position] === "=") {
        position++;
      }
      return isWhitespace(range2[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range2) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range2.length) {
        const matchStart = cursor;
        if (range2[cursor] === "<" || range2[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range2[cursor]) && !isVersionStart(range2[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range2.length && isVersionPrefix(range2[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range2[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range2, matchStart);
        if (whitespacePosition !== -1) {
          result += range2.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range2, cursor, digitRuns);
      }
      return result + range2.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range2, options) {
        options = parseOptions(options);
        if (range2 instanceof _Range) {
          if (range2.loose === !!options.loose && range2.includePrerelease === !!options.includePrerelease) {
            return range2;
          } else {
            return new _Range(range2.raw, options);
          }
        }
        if (range2 instanceof Comparator) {
          this.raw = range2.value;
          this.set = [[range2]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range2.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range2) {
        range2 = range2.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range2;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range2 = range2.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug2("hyphen replace", range2);
        range2 = trimComparatorWhitespace(range2);
        debug2("comparator trim", range2);
        range2 = range2.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug2("tilde trim", range2);
        range2 = range2.replace(re[t.CARETTRIM], caretTrimReplace);
        debug2("caret trim", range2);
        let rangeList = range2.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug2("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug2("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range2, options) {
        if (!(range2 instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range2.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug2("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug2("caret", comp);
      comp = replaceTildes(comp, options);
      debug2("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug2("xrange", comp);
      comp = replaceStars(comp, options);
      debug2("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug2("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug2("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug2("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug2("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug2("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug2("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug2("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug2("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug2("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug2("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug2("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug2(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug2("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug2("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug2("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies3 = (version, range2, options) => {
      try {
        range2 = new Range(range2, options);
      } catch (er) {
        return false;
      }
      return range2.test(version);
    };
    module.exports = satisfies3;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range2, options) => new Range(range2, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range2, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range2, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = (range2, loose) => {
      range2 = new Range(range2, loose);
      let minver = new SemVer("0.0.0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range2.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range2, options) => {
      try {
        return new Range(range2, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies3 = require_satisfies();
    var gt2 = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range2, hilo, options) => {
      version = new SemVer(version, options);
      range2 = new Range(range2, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies3(version, range2, options)) {
        return false;
      }
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range2, options) => outside(version, range2, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range2, options) => outside(version, range2, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies3 = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range2, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies3(version, range2, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range2.raw === "string" ? range2.raw : String(range2);
      return simplified.length < original.length ? simplified : range2;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies3 = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt) {
        gtltComp = compare(gt2.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies3(eq, String(gt2), options)) {
          return null;
        }
        if (lt && !satisfies3(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies3(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid2 = require_valid();
    var clean2 = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies3 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid: valid2,
      clean: clean2,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies: satisfies3,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/main.ts
import { randomUUID as randomUUID5 } from "node:crypto";
import { rm as rm5 } from "node:fs/promises";
import path12 from "node:path";

// src/inputs.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import os2 from "node:os";
import path5 from "node:path";

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
function spellings() {
  const out = ["all"];
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
function checkItem(item) {
  const parts = item.split("/");
  const suggestion = () => {
    const s = nearest(item.toLowerCase(), spellings());
    return s && s !== item ? `; did you mean "${s}"?` : "";
  };
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) {
    return `"${item}" is not of the form os/arch or os/arch/variant${suggestion()}`;
  }
  const [goos, goarch, variant = ""] = parts;
  if (goos !== "*" && !KNOWN_GOOS.includes(goos)) {
    return `"${item}": unknown GOOS "${goos}"${suggestion()}`;
  }
  if (goarch !== "*" && !KNOWN_GOARCH.includes(goarch)) {
    return `"${item}": unknown GOARCH "${goarch}"${suggestion()}`;
  }
  if (goos !== "*" && goarch !== "*" && !findPort(goos, goarch)) {
    const archs = PORTS.filter((p) => p.goos === goos).map((p) => p.goarch);
    return `"${item}" is not a Go port (${goos} supports ${archs.join(", ")})${suggestion()}`;
  }
  if (variant) {
    if (goarch === "*") return `"${item}": a variant needs a concrete arch (variants differ per arch)`;
    const family = VARIANT_FAMILIES[goarch];
    if (!family) return `"${item}": ${goarch} takes no variant; write "${goos}/${goarch}"`;
    if (!family.variants.includes(variant)) {
      return `"${item}": unknown ${goarch} variant "${variant}" (${family.env}); valid: ${family.variants.join(", ")}${suggestion()}`;
    }
  }
  return { item, goos, goarch, variant };
}
function expand(p) {
  if (p.goos !== "*" && p.goarch !== "*") return [{ goos: p.goos, goarch: p.goarch, variant: p.variant }];
  const matches = wildcardPorts().filter(
    (port) => (p.goos === "*" || port.goos === p.goos) && (p.goarch === "*" || port.goarch === p.goarch)
  );
  return matches.map((port) => ({ goos: port.goos, goarch: port.goarch, variant: p.variant }));
}
function excludes(p, t) {
  return (p.goos === "*" || p.goos === t.goos) && (p.goarch === "*" || p.goarch === t.goarch) && (p.variant === "" || p.variant === t.variant);
}
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
    const checked = checkItem(item);
    if (typeof checked === "string") errors.push(checked);
    else (negated ? exclude : include).push(checked);
  }
  if (errors.length) {
    throw new TargetsError(`${inputName}: ${errors.length === 1 ? errors[0] : "\n  - " + errors.join("\n  - ")}`);
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
      include.push({ id, ...group.length === 1 ? { target: names[0] } : {}, targets: names.join(" "), "runs-on": runsOn });
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
  const words = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const fail = (why) => {
    throw new ShellWordsError(`${what}: ${why} at character ${i + 1} of ${JSON.stringify(text)}`);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) fail("unterminated single quote");
      word += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      for (; ; ) {
        if (i >= text.length) fail("unterminated double quote");
        const d = text[i];
        if (d === '"') break;
        if (d === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== "\n") word += text[i + 1];
          i += 2;
          continue;
        }
        if (d === "$" || d === "`") fail("shell substitution is not supported (the text is not run through a shell)");
        word += d;
        i++;
      }
      i++;
    } else if (c === "\\") {
      if (i + 1 >= text.length) fail("trailing backslash");
      if (text[i + 1] !== "\n") word += text[i + 1];
      i += 2;
    } else if (c === "$") {
      fail("shell substitution is not supported (the text is not run through a shell); use a template field such as {{.Env.NAME}}");
    } else if (OPERATORS.has(c)) {
      fail(`shell operator ${JSON.stringify(c)} is not supported (the text is not run through a shell); quote it if it is meant literally`);
    } else if (c === "#" && word === "") {
      const nl = text.indexOf("\n", i);
      inWord = false;
      i = nl < 0 ? text.length : nl;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

// src/plan/version-file.ts
var VersionFileError = class extends Error {
};
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
      const version = toolchain.replace(/^go/, "").replace(/-.*$/, "");
      return { spec: version, origin: `${fileName} (toolchain ${toolchain})` };
    }
    if (go) {
      return { spec: `>=${normalizeMinimum(go)}`, origin: `${fileName} (go ${go}, a minimum)` };
    }
    throw new VersionFileError(`go-version-file: ${fileName} has neither a "go" nor a "toolchain" line`);
  }
  if (base === ".tool-versions") {
    for (const raw of text.split("\n")) {
      const m = /^\s*(golang|go)\s+(\S+)/.exec(raw.replace(/#.*$/, ""));
      if (m) return { spec: m[2], origin: `${fileName} (${m[1]} ${m[2]})` };
    }
    throw new VersionFileError(`go-version-file: ${fileName} has no "golang" (or "go") line`);
  }
  const first = text.split("\n").map((l) => l.replace(/#.*$/, "").trim()).find(Boolean);
  if (!first) throw new VersionFileError(`go-version-file: ${fileName} is empty`);
  return { spec: first.replace(/^go(?=\d)/, ""), origin: fileName };
}
function normalizeMinimum(go) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(go);
  if (!m) throw new VersionFileError(`go-version-file: "go ${go}" is not a Go version`);
  return `${m[1]}.${m[2]}.${m[3] ?? "0"}${m[4] ? `-${m[4]}.${m[5]}` : ""}`;
}

// src/tools/go-versions.ts
var import_semver = __toESM(require_semver2(), 1);
var GoVersionError = class extends Error {
};
function goToSemver(version) {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(version.trim());
  if (!m) return void 0;
  const [, major, minor, patch = "0", pre, preN] = m;
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preN}` : ""}`;
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
function resolveFromIndex(index, spec, platform, inputName = "go-version") {
  const releases = index.map((r) => ({ release: r, version: goToSemver(r.version) })).filter((r) => r.version !== void 0).sort((a, b) => import_semver.default.rcompare(a.version, b.version));
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
  const file = chosen.release.files.find(
    (f) => f.kind === "archive" && f.os === platform.os && f.arch === platform.arch
  );
  if (!file) {
    throw new GoVersionError(
      `Go ${chosen.version} has no archive for ${platform.os}/${platform.arch} in the release index; pick another ${inputName}`
    );
  }
  return { version: chosen.version, file };
}
function goPlatform(nodePlatform, nodeArch) {
  const os3 = { win32: "windows", darwin: "darwin", linux: "linux", freebsd: "freebsd" }[nodePlatform];
  const arch2 = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "armv6l", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" }[nodeArch];
  if (!os3 || !arch2) throw new GoVersionError(`Go publishes no toolchain for a ${nodePlatform}/${nodeArch} runner`);
  return { os: os3, arch: arch2, ext: os3 === "windows" ? "zip" : "tar.gz" };
}

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver2 = __toESM(require_semver2(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver3 = __toESM(require_semver2(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P2, generator) {
  function adopt(value) {
    return value instanceof P2 ? value : new P2(function(resolve) {
      resolve(value);
    });
  }
  return new (P2 || (P2 = Promise))(function(resolve, reject) {
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
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function extractTar(file_1, dest_1) {
  return __awaiter(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
function extractZipWin(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
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
function _createExtractFolder(dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
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
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}

// src/tools/go.ts
import { readFile, realpath } from "node:fs/promises";
import path4 from "node:path";

// src/tools/download.ts
import { createHash as createHash2, randomUUID as randomUUID2 } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path2 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DownloadError = class extends Error {
};
var ChecksumError = class extends DownloadError {
};
var DEFAULT_RETRY = { attempts: 5, baseMs: 1e3, maxWaitMs: 3e4 };
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
var client = () => new HttpClient("go-xbuild", void 0, { allowRetries: false, socketTimeout: 12e4, keepAlive: false });
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
function displayUrl(url) {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = "***";
      u.password = "";
    }
    for (const key of [...u.searchParams.keys()]) {
      if (/^(sig|token|access_token|x-amz-signature)$/i.test(key)) u.searchParams.set(key, "***");
    }
    return u.toString();
  } catch {
    return url;
  }
}
async function withRetries(url, log, policy, attemptOnce) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce();
    } catch (error2) {
      const transient = error2 instanceof TransientError;
      if (!transient || attempt >= policy.attempts) {
        if (error2 instanceof TransientError) {
          throw new DownloadError(`${error2.message} from ${displayUrl(url)}, ${policy.attempts} attempts in all; giving up`, {
            cause: error2
          });
        }
        throw error2;
      }
      const ms = waitFor(attempt, policy, error2.retryAfter);
      log?.warning(`${error2.message} from ${displayUrl(url)}; retrying in ${(ms / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleep(ms);
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
    response = await client().get(url, { accept: "*/*" });
  } catch (error2) {
    throw new TransientError(`network error (${error2.message})`);
  }
  const status = response.message.statusCode ?? 0;
  if (status >= 200 && status < 300) return response;
  response.message.resume();
  if (TRANSIENT_STATUS.has(status)) throw new TransientError(`HTTP ${status}`, response.message.headers["retry-after"]);
  throw new DownloadError(`HTTP ${status} from ${displayUrl(url)}`);
}
async function fetchJson(url, opts = {}) {
  return withRetries(url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
    const response = await get(url);
    let body;
    try {
      body = await response.readBody();
    } catch (error2) {
      throw new TransientError(`connection lost while reading (${error2.message})`);
    }
    try {
      return JSON.parse(body);
    } catch (error2) {
      throw new DownloadError(`${displayUrl(url)} did not answer JSON: ${error2.message}`, { cause: error2 });
    }
  });
}
async function downloadVerified(opts) {
  const expected = opts.sha256?.trim().toLowerCase();
  if (!expected && !opts.unverified) {
    throw new DownloadError(`no SHA-256 is known for ${displayUrl(opts.url)}; refusing to use an unverified download`);
  }
  if (expected && !/^[0-9a-f]{64}$/.test(expected)) {
    throw new DownloadError(`the expected SHA-256 for ${displayUrl(opts.url)} is not 64 hex digits: "${opts.sha256}"`);
  }
  await mkdir(path2.dirname(opts.dest), { recursive: true });
  const partial = `${opts.dest}.${randomUUID2()}.partial`;
  try {
    const got = await withRetries(opts.url, opts.log, opts.retry ?? DEFAULT_RETRY, async () => {
      const response = await get(opts.url);
      const hash = createHash2("sha256");
      let size = 0;
      const tap = new Transform({
        transform(chunk, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        }
      });
      try {
        await pipeline(response.message, tap, createWriteStream2(partial));
      } catch (error2) {
        await rm(partial, { force: true });
        throw new TransientError(`connection lost after ${size} bytes (${error2.message})`);
      }
      const declared = Number(response.message.headers["content-length"]);
      if (Number.isFinite(declared) && declared !== size) {
        await rm(partial, { force: true });
        throw new TransientError(`truncated body (${size} of ${declared} bytes)`);
      }
      return { sha256: hash.digest("hex"), size };
    });
    if (expected && got.sha256 !== expected) {
      throw new ChecksumError(
        `checksum mismatch for ${displayUrl(opts.url)}: expected sha256 ${expected}, got ${got.sha256} (${got.size} bytes); the file was deleted and nothing was cached`
      );
    }
    if (!expected) opts.log?.warning(`${displayUrl(opts.url)} was not verified: ${opts.unverified}`);
    await rename(partial, opts.dest);
    return { path: opts.dest, ...got };
  } finally {
    await rm(partial, { force: true });
  }
}

// src/tools/install.ts
import { randomUUID as randomUUID3 } from "node:crypto";
import { mkdir as mkdir2, rm as rm2, stat } from "node:fs/promises";
import path3 from "node:path";
async function extractArchive(file, name, dest) {
  if (name.endsWith(".zip")) return extractZip(file, dest);
  if (name.endsWith(".tar.xz") || name.endsWith(".txz")) return extractTar(file, dest, "xJ");
  if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) return extractTar(file, dest, "xz");
  if (name.endsWith(".tar")) return extractTar(file, dest, "x");
  throw new Error(`do not know how to extract ${name}`);
}
async function installArchive(opts) {
  const work = path3.join(opts.tempDir, `${opts.tool}-${randomUUID3()}`);
  await mkdir2(work, { recursive: true });
  try {
    opts.log.info(`Downloading ${opts.tool} ${opts.version} from ${opts.url}`);
    const archive = await downloadVerified({
      url: opts.url,
      dest: path3.join(work, opts.archiveName),
      sha256: opts.sha256,
      log: opts.log,
      retry: opts.retry
    });
    opts.log.info(`Verified sha256 ${archive.sha256} (${archive.size} bytes)`);
    const extracted = await extractArchive(archive.path, opts.archiveName, path3.join(work, "x"));
    const root = opts.subdir ? path3.join(extracted, opts.subdir) : extracted;
    if (!(await stat(root).catch(() => void 0))?.isDirectory()) {
      throw new Error(`${opts.url} does not hold the expected directory "${opts.subdir}"`);
    }
    await opts.validate?.(root);
    const cached = await cacheDir(root, opts.tool, opts.version, opts.arch);
    opts.log.info(`Cached ${opts.tool} ${opts.version} at ${cached}`);
    return cached;
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}

// src/tools/go.ts
var DEFAULT_GO_BASE_URL = "https://go.dev/dl";
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
async function installGo(req) {
  const platform = req.platform ?? process.platform;
  const arch2 = req.arch ?? process.arch;
  const { os: goos, arch: goarch } = goPlatform(platform, arch2);
  const want = describeSpec(req.spec);
  const cached = (version) => {
    const dir2 = find("go", version, arch2);
    return dir2 ? { version, goroot: dir2, go: goExe(dir2, platform), source: "tool-cache" } : void 0;
  };
  if (!req.checkLatest && req.spec.kind !== "alias") {
    const inCache = bestLocal(findAllVersions("go", arch2), req.spec);
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
  const indexUrl = `${req.baseUrl.replace(/\/+$/, "")}/?mode=json&include=all`;
  const index = await fetchJson(indexUrl, { log: req.log, retry: req.retry }).catch((error2) => {
    throw new Error(`could not read the Go release index at ${indexUrl}: ${error2.message}`, { cause: error2 });
  });
  if (!Array.isArray(index)) throw new Error(`the Go release index at ${indexUrl} is not a JSON array of releases`);
  const resolved = resolveFromIndex(index, req.spec, { os: goos, arch: goarch });
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
  const url = `${req.baseUrl.replace(/\/+$/, "")}/${resolved.file.filename}`;
  const dir = await installArchive({
    tool: "go",
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
    validate: async (root) => {
      const version = await goVersionOf(root);
      if (version !== resolved.version) {
        throw new Error(`the archive ${url} holds Go ${version ?? "of unknown version"}, not ${resolved.version}`);
      }
    }
  });
  return { version: resolved.version, goroot: dir, go: goExe(dir, platform), source: "download" };
}

// src/inputs.ts
var InputError = class extends Error {
};
var envInputReader = (env) => (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
var DEFAULT_TARGETS = "linux/amd64, linux/arm64, darwin/amd64, darwin/arm64, windows/amd64, windows/arm64";
var DEFAULT_FILENAME = "{{.ProjectName}}-{{.Os}}-{{.Arch}}{{.Variant}}";
function parseBoolean(read, name, fallback) {
  const raw = read(name);
  if (raw === "") return fallback;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^(false|no|off)$/i.test(raw)) return false;
  throw new InputError(`${name}: "${raw}" is not a boolean; use true or false`);
}
function parseList(raw) {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function oneOf(read, name, allowed, fallback) {
  const raw = read(name).toLowerCase();
  if (raw === "") return fallback;
  if (allowed.includes(raw)) return raw;
  throw new InputError(`${name}: "${read(name)}" is not one of ${allowed.join(", ")}`);
}
function autoParallel(cpus = os2.availableParallelism(), freeBytes = os2.freemem()) {
  const byMemory = Math.floor(freeBytes / (1.5 * 1024 ** 3));
  return Math.max(1, Math.min(cpus, byMemory));
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
    const full = path5.resolve(workingDirectory, candidate);
    const text = await readFile2(full, "utf8").catch(() => void 0);
    if (text === void 0) {
      if (file) throw new InputError(`go-version-file: ${full} cannot be read; check the path (it is relative to working-directory)`);
      continue;
    }
    const request = parseVersionFile(candidate, text);
    return { spec: parseGoVersionSpec(request.spec, "go-version-file"), origin: request.origin };
  }
  return { spec: parseGoVersionSpec("stable"), origin: "default: no go-version and no go.mod" };
}
async function readConfig(read, env, cwd = process.cwd()) {
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const workingDirectory = path5.resolve(workspace, read("working-directory") || ".");
  const wdStat = await stat2(workingDirectory).catch(() => void 0);
  if (!wdStat?.isDirectory()) throw new InputError(`working-directory: ${workingDirectory} is not a directory`);
  const mode = oneOf(read, "mode", ["build", "plan", "merge"], "build");
  const targets = parseTargets(read("targets") || DEFAULT_TARGETS);
  const flags = splitShellWords(read("flags"), "flags");
  for (const flag of flags) {
    const key = flag.replace(/^--/, "-").split("=")[0];
    if (RESERVED_FLAGS[key]) throw new InputError(`flags: ${flag} is not allowed here: ${RESERVED_FLAGS[key]}`);
  }
  splitShellWords(read("ldflags"), "ldflags");
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
  const temp = env.RUNNER_TEMP || path5.join(os2.tmpdir(), "go-xbuild");
  const toolCache = env.RUNNER_TOOL_CACHE || path5.join(os2.homedir(), ".cache", "go-xbuild", "tool-cache");
  return {
    mode,
    targets,
    goVersion: await goVersionRequest(read, workingDirectory),
    checkLatest: parseBoolean(read, "check-latest", false),
    goDownloadBaseUrl,
    workingDirectory,
    package: read("package") || ".",
    name: read("name"),
    filename,
    ldflags: read("ldflags") === "" && !("INPUT_LDFLAGS" in env) ? "-s -w" : read("ldflags"),
    flags,
    tags,
    version: read("version"),
    outputDir: path5.resolve(workingDirectory, read("output-dir") || "dist"),
    parallel,
    failFast: parseBoolean(read, "fail-fast", false),
    summary: parseBoolean(read, "summary", true),
    fanOut: {
      groupBy: parseGroupBy(read("group-by")),
      runsOn: read("runs-on") || "ubuntu-latest",
      macosRunsOn: read("macos-runs-on") || "macos-latest"
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
function checkUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${name}: "${value}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new InputError(`${name}: "${value}" must be an http(s) URL`);
}

// src/pipeline.ts
var import_semver3 = __toESM(require_semver2(), 1);
import { mkdir as mkdir5, readFile as readFile5, writeFile as writeFile2 } from "node:fs/promises";
import path11 from "node:path";

// src/build/build-targets.ts
import { rm as rm3 } from "node:fs/promises";
import path8 from "node:path";

// src/log.ts
var coreLog = {
  info: (m) => info(m),
  warning: (m, p) => warning(m, p),
  error: (m, p) => error(m, p),
  notice: (m, p) => notice(m, p),
  debug: (m) => debug(m)
};
var TargetLog = class {
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
  flush(status) {
    startGroup(`${this.title} ${status}`);
    for (const line of this.lines) info(line);
    endGroup();
    for (const a of this.annotations) a();
  }
};

// src/release/checksums.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline as pipeline2 } from "node:stream/promises";
async function sha256File(file) {
  const hash = createHash3("sha256");
  let size = 0;
  await pipeline2(createReadStream(file, { highWaterMark: 1 << 20 }), async function* (source) {
    for await (const chunk of source) {
      hash.update(chunk);
      size += chunk.length;
    }
    yield* [];
  });
  return { sha256: hash.digest("hex"), size };
}
function formatSha256Sums(entries) {
  const sorted = [...entries].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const e of sorted) {
    if (/[\n\\]/.test(e.file)) throw new Error(`cannot list "${e.file}" in SHA256SUMS: newlines and backslashes need escaping coreutils readers disagree on`);
  }
  return sorted.map((e) => `${e.sha256}  ${e.file}
`).join("");
}

// src/build/go-build.ts
import { mkdir as mkdir3 } from "node:fs/promises";
import path7 from "node:path";

// src/plan/build-plan.ts
import path6 from "node:path";

// src/plan/template.ts
var TemplateError = class extends Error {
};
var ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
function renderTemplate(template, fields, env, what) {
  return template.replace(ACTION, (_match, body) => {
    const m = /^\.([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/.exec(body);
    if (!m) {
      throw new TemplateError(
        `${what}: unsupported template action {{${body}}}; only fields such as {{.Version}} or {{.Env.NAME}} are supported`
      );
    }
    const [, field, sub] = m;
    if (field === "Env") {
      if (!sub) throw new TemplateError(`${what}: {{.Env}} needs a variable name, as in {{.Env.GITHUB_REPOSITORY}}`);
      const value = env[sub];
      if (value === void 0) {
        throw new TemplateError(`${what}: {{.Env.${sub}}} refers to an environment variable that is not set; set it in the step's env:`);
      }
      return value;
    }
    if (sub !== void 0 || !(field in fields)) {
      throw new TemplateError(
        `${what}: unknown template field {{.${field}${sub ? "." + sub : ""}}}; known fields: ${[...Object.keys(fields), "Env.NAME"].map((f) => `{{.${f}}}`).join(", ")}`
      );
    }
    return fields[field];
  });
}

// src/plan/build-plan.ts
var PlanError = class extends Error {
};
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
function quoteForGo(words) {
  return words.map((w) => {
    if (w !== "" && !/[\s'"]/.test(w)) return w;
    if (!w.includes("'")) return `'${w}'`;
    if (!w.includes('"')) return `"${w}"`;
    throw new PlanError(`ldflags: the word ${JSON.stringify(w)} holds both quote characters, which go cannot pass on`);
  }).join(" ");
}
function planBuilds(inputs, project) {
  const byFile = /* @__PURE__ */ new Map();
  const errors = [];
  const plans = [];
  for (const target of inputs.targets) {
    const canonical = canonicalTarget(target);
    const fields = targetTemplateFields(project, target);
    let file = renderTemplate(inputs.filename, fields, inputs.env, "filename").trim();
    if (target.goos === "windows" && !file.toLowerCase().endsWith(".exe")) file += ".exe";
    if (target.goarch === "wasm" && !file.endsWith(".wasm")) file += ".wasm";
    const normal = path6.posix.normalize(file.replace(/\\/g, "/"));
    if (!file || path6.posix.isAbsolute(normal) || normal.startsWith("../") || normal === ".." || normal === ".") {
      errors.push(`filename: "${file}" for ${canonical} must be a relative path inside output-dir`);
      continue;
    }
    if (/[\0<>:"|?*]/.test(normal)) {
      errors.push(`filename: "${normal}" for ${canonical} has a character that is not allowed in file names on every OS`);
      continue;
    }
    const other = byFile.get(normal.toLowerCase());
    if (other) {
      errors.push(
        `filename: ${other} and ${canonical} would both write "${normal}"; add {{.Os}}, {{.Arch}} and {{.Variant}} to the filename template`
      );
      continue;
    }
    byFile.set(normal.toLowerCase(), canonical);
    const ldflags = splitShellWords(renderTemplate(inputs.ldflags, fields, inputs.env, "ldflags"), "ldflags");
    const cgo = inputs.cgoFor(target);
    plans.push({
      target,
      canonical,
      file: normal,
      // an empty build id: the linker would otherwise hash inputs that differ between machines
      ldflags: [...ldflags, "-buildid="],
      env: { ...targetEnv(target), CGO_ENABLED: cgo ? "1" : "0" },
      cgo
    });
  }
  if (errors.length) throw new PlanError(errors.join("\n"));
  return plans;
}

// src/build/go-build.ts
var CLEARED_ENV = [
  "GOOS",
  "GOARCH",
  "CGO_ENABLED",
  "GOROOT",
  "CC",
  "CXX",
  "CGO_CFLAGS",
  "CGO_CXXFLAGS",
  "CGO_LDFLAGS",
  "GOWASM",
  ...new Set(Object.values(VARIANT_FAMILIES).map((f) => f.env))
];
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
    spec.package
  ];
}
function goBuildEnv(base, plan, goEnv, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(base)) if (v !== void 0 && !CLEARED_ENV.includes(k)) env[k] = v;
  return { ...env, ...goEnv, ...plan.env, ...extra };
}
async function runGoBuild(plan, spec) {
  await mkdir3(path7.dirname(spec.output), { recursive: true });
  const args = goBuildArgs(plan, spec);
  const env = goBuildEnv(process.env, plan, spec.goEnv, spec.extraEnv);
  const started = Date.now();
  const out = await getExecOutput(spec.go, args, { cwd: spec.workingDirectory, env, silent: true, ignoreReturnCode: true });
  const shown = Object.entries({ ...plan.env, ...spec.extraEnv }).map(([k, v]) => `${k}=${v}`).join(" ");
  return {
    ok: out.exitCode === 0,
    exitCode: out.exitCode,
    command: `${shown} go ${args.map((a) => /[\s'"]/.test(a) ? JSON.stringify(a) : a).join(" ")}`,
    stdout: out.stdout,
    stderr: out.stderr,
    ms: Date.now() - started
  };
}
function parseCompilerMessages(stderr, cwd, workspace) {
  const out = [];
  for (const line of stderr.split("\n")) {
    const m = /^(?!#)(\S[^:]*\.(?:go|c|h|s|cc|cpp)):(\d+)(?::(\d+))?: (.+)$/.exec(line.trim());
    if (!m) continue;
    const abs = path7.resolve(cwd, m[1]);
    const rel = path7.relative(workspace, abs);
    out.push({
      file: rel.startsWith("..") ? abs : rel.split(path7.sep).join("/"),
      line: Number(m[2]),
      column: m[3] ? Number(m[3]) : void 0,
      message: m[4]
    });
  }
  return out;
}
function tail(text, lines = 15) {
  const all = text.trimEnd().split("\n");
  return (all.length > lines ? ["\u2026", ...all.slice(-lines)] : all).join("\n");
}

// src/build/inspect.ts
import { open } from "node:fs/promises";
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
  const fd = await open(file, "r");
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
  for (let i = 0; i < nsections && (i + 1) * 40 <= table.buf.length; i++) {
    const o = i * 40;
    sections.push({
      name: table.buf.toString("latin1", o, o + 8).replace(/\0.*$/s, ""),
      type: 0,
      flags: table.u32(o + 36),
      size: table.u32(o + 8)
    });
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
var TARGET_STEPS = [inspectStep, hashStep];
async function buildTargets(ctx, plans, steps = TARGET_STEPS) {
  const go = ctx.go;
  if (!go) throw new Error("Go is not installed");
  const messages = /* @__PURE__ */ new Map();
  info(`Building ${plans.length} target(s), ${Math.min(ctx.config.parallel, plans.length)} at a time`);
  const pool = await runPool(
    plans,
    ctx.config.parallel,
    async (plan) => {
      const log = new TargetLog(plan.canonical);
      const output = path8.join(ctx.stagingDir, ...plan.file.split("/"));
      try {
        const extras = ctx.buildExtras ? await ctx.buildExtras(plan) : void 0;
        const result = await runGoBuild(plan, {
          go: go.go,
          workingDirectory: ctx.config.workingDirectory,
          package: ctx.config.package,
          tags: ctx.config.tags,
          flags: ctx.config.flags,
          output,
          goEnv: ctx.goEnv,
          extraEnv: extras?.env,
          extraLdflags: extras?.ldflags
        });
        log.info(result.command);
        if (result.stdout.trim()) log.info(result.stdout.trimEnd());
        if (result.stderr.trim()) log.info(result.stderr.trimEnd());
        if (!result.ok) {
          for (const m of parseCompilerMessages(result.stderr, ctx.config.workingDirectory, ctx.config.runner.workspace)) {
            const key = `${m.file}:${m.line}:${m.column ?? ""}:${m.message}`;
            const entry = messages.get(key) ?? { m, targets: [] };
            entry.targets.push(plan.canonical);
            messages.set(key, entry);
          }
          throw new TargetStepError(`go build exited with ${result.exitCode}:
${tail(result.stderr || result.stdout)}`);
        }
        log.info(`built in ${(result.ms / 1e3).toFixed(1)} s`);
        const artifact = {
          target: plan.target,
          canonical: plan.canonical,
          file: plan.file,
          path: output,
          size: 0,
          sha256: "",
          cgo: plan.cgo,
          extensions: {},
          companions: []
        };
        for (const step of steps) {
          if (step.applies && !step.applies(ctx, artifact, plan)) continue;
          try {
            await step.run(ctx, artifact, plan, log);
          } catch (error2) {
            throw new TargetStepError(`${step.name}: ${error2.message}`, { cause: error2 });
          }
        }
        log.flush("\u2714");
        return artifact;
      } catch (error2) {
        await rm3(output, { force: true });
        log.info(`\u2718 ${error2.message}`);
        log.flush("\u2718");
        throw error2;
      }
    },
    { failFast: ctx.config.failFast }
  );
  for (const { m, targets } of messages.values()) {
    error(`${m.message} (${targets.length === plans.length ? "every target" : targets.join(", ")})`, {
      title: "go build",
      file: m.file,
      startLine: m.line,
      startColumn: m.column
    });
  }
  pool.results.forEach((r, i) => {
    const plan = plans[i];
    if (r.ok) ctx.artifacts.push(r.value);
    else if ("skipped" in r) ctx.failures.push({ target: plan.canonical, message: "not built: fail-fast stopped the run after an earlier failure" });
    else ctx.failures.push({ target: plan.canonical, message: r.error.message });
  });
}

// src/plan/go-support.ts
var import_semver2 = __toESM(require_semver2(), 1);
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

// src/project.ts
import { readFile as readFile3 } from "node:fs/promises";
import path9 from "node:path";
var ProjectError = class extends Error {
};
async function findModule(dir) {
  for (let d = path9.resolve(dir); ; d = path9.dirname(d)) {
    const text = await readFile3(path9.join(d, "go.mod"), "utf8").catch(() => void 0);
    if (text !== void 0) {
      const m = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(text);
      if (!m) throw new ProjectError(`${path9.join(d, "go.mod")} has no module line`);
      return { module: m[2], moduleDir: d };
    }
    if (path9.dirname(d) === d) return void 0;
  }
}
function defaultName(module) {
  const parts = module.split("/").filter(Boolean);
  let last = parts.pop() ?? "";
  if (/^v\d+$/.test(last) && parts.length) last = parts.pop();
  return last;
}
async function git(cwd, args) {
  try {
    const out = await getExecOutput("git", ["-c", "safe.directory=*", ...args], { cwd, silent: true, ignoreReturnCode: true });
    return out.exitCode === 0 ? out.stdout.trim() : void 0;
  } catch {
    return void 0;
  }
}
async function gitFacts(cwd) {
  const commit = await git(cwd, ["rev-parse", "HEAD"]);
  if (!commit) return void 0;
  const [date, exactTag, describe, status] = await Promise.all([
    git(cwd, ["log", "-1", "--format=%ct %cI"]),
    git(cwd, ["describe", "--tags", "--exact-match", "HEAD"]),
    git(cwd, ["describe", "--tags", "--always"]),
    git(cwd, ["status", "--porcelain", "--untracked-files=normal"])
  ]);
  const [ts, iso] = (date ?? "").split(" ");
  return {
    commit,
    commitDate: iso ? new Date(iso).toISOString().replace(".000Z", "Z") : "",
    commitTimestamp: ts ? Number(ts) : void 0,
    exactTag: exactTag ?? "",
    describe: describe ?? "",
    dirty: (status ?? "").split("\n").filter(Boolean).map((l) => l.slice(3))
  };
}
async function readProject(req) {
  const mod = await findModule(req.workingDirectory);
  const facts = await gitFacts(req.workingDirectory);
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
    moduleDir: mod?.moduleDir ?? path9.resolve(req.workingDirectory),
    version,
    tag,
    commit,
    shortCommit,
    commitDate: facts?.commitDate || new Date(commitTimestamp * 1e3).toISOString().replace(".000Z", "Z"),
    commitTimestamp,
    dirty: facts?.dirty ?? []
  };
}

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
    local: "node scripts/run-local.mjs"
  },
  dependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/cache": "6.3.0",
    "@actions/core": "3.0.1",
    "@actions/exec": "3.0.0",
    "@actions/http-client": "4.0.1",
    "@actions/io": "3.0.2",
    "@actions/tool-cache": "4.0.0",
    semver: "7.8.6"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@types/node": "24.19.2",
    "@types/semver": "7.8.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    node: "24.21.0",
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

// src/release/manifest.ts
var MANIFEST_FILE = "manifest.json";
var CHECKSUMS_FILE = "SHA256SUMS";
function manifestArtifact(a) {
  return {
    target: a.canonical,
    goos: a.target.goos,
    goarch: a.target.goarch,
    variant: a.target.variant,
    file: a.file,
    size: a.size,
    sha256: a.sha256,
    cgo: a.cgo,
    ...a.binary ? { format: a.binary.format } : {},
    ...a.binary?.static !== void 0 ? { static: a.binary.static } : {},
    ...a.extensions,
    ...a.companions.length ? { signatures: [...a.companions].sort() } : {}
  };
}
function buildManifest(input) {
  return {
    schemaVersion: 1,
    generator: { name: "go-xbuild", version: GO_XBUILD_VERSION },
    project: input.project,
    go: input.go,
    build: input.build,
    checksums: CHECKSUMS_FILE,
    artifacts: input.artifacts.map(manifestArtifact)
  };
}
var formatManifest = (m) => `${JSON.stringify(m, null, 2)}
`;

// src/release/output-dir.ts
import { randomUUID as randomUUID4 } from "node:crypto";
import { cp as cp2, mkdir as mkdir4, readdir, readFile as readFile4, rename as rename2, rm as rm4, utimes, writeFile } from "node:fs/promises";
import path10 from "node:path";
var OutputDirError = class extends Error {
};
async function checkOutputDir(dir, workspace) {
  const rel = path10.relative(workspace, dir);
  if (rel === "" || dir === path10.parse(dir).root) {
    throw new OutputDirError(`output-dir: ${dir} is the workspace itself; use a subdirectory such as dist`);
  }
  const entries = await readdir(dir).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  const manifest = await readFile4(path10.join(dir, MANIFEST_FILE), "utf8").catch(() => void 0);
  let ours;
  try {
    ours = manifest !== void 0 && JSON.parse(manifest)?.generator?.name === "go-xbuild";
  } catch {
    ours = false;
  }
  if (!ours) {
    throw new OutputDirError(
      `output-dir: ${dir} already holds files go-xbuild did not write (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", \u2026" : ""}); it would be replaced, so point output-dir at a new directory or delete it first`
    );
  }
}
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path10.join(e.parentPath, e.name));
}
async function stampTimes(dir, epochSeconds) {
  for (const f of await listFiles(dir)) await utimes(f, epochSeconds, epochSeconds);
  await utimes(dir, epochSeconds, epochSeconds);
}
async function publishOutputDir(staging, outputDir, epochSeconds) {
  await writeFile(path10.join(staging, ".gitignore"), "# written by go-xbuild: keeps this directory out of git status\n*\n");
  await stampTimes(staging, epochSeconds);
  const id = randomUUID4().slice(0, 8);
  const parent = path10.dirname(outputDir);
  await mkdir4(parent, { recursive: true });
  const incoming = path10.join(parent, `.${path10.basename(outputDir)}.new-${id}`);
  try {
    await rename2(staging, incoming);
  } catch (error2) {
    if (error2.code !== "EXDEV") throw error2;
    await cp2(staging, incoming, { recursive: true, preserveTimestamps: true });
    await rm4(staging, { recursive: true, force: true });
  }
  const old = path10.join(parent, `.${path10.basename(outputDir)}.old-${id}`);
  let moved = false;
  try {
    await rename2(outputDir, old);
    moved = true;
  } catch (error2) {
    if (error2.code !== "ENOENT") {
      await rm4(incoming, { recursive: true, force: true });
      throw error2;
    }
  }
  try {
    await rename2(incoming, outputDir);
  } catch (error2) {
    if (moved) await rename2(old, outputDir).catch(() => void 0);
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
    ctx.go ? `Go ${ctx.go.version} (${ctx.go.source})` : void 0,
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
  if (ctx.failures.length) {
    s.addHeading("Failed targets", 3);
    s.addList(ctx.failures.map((f) => `<b>${f.target}</b>: ${escapeHtml(f.message.split("\n")[0] ?? "")}`));
  }
  if (ctx.timings.length) {
    s.addDetails(
      "Stage timings",
      ctx.timings.map((t) => `${t.name}: ${t.skipped ? "skipped" : `${(t.ms / 1e3).toFixed(2)} s`}`).join("<br>")
    );
  }
  await s.write();
}
var escapeHtml = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
      const facts = await readProject({ workingDirectory: c.workingDirectory, version: c.version, env: process.env });
      const fieldsForName = projectTemplateFields({ ...facts, name: defaultName(facts.module) });
      const name = c.name ? renderTemplate(c.name, fieldsForName, process.env, "name") : defaultName(facts.module);
      if (!name) throw new PipelineError("name: there is no go.mod module to take a name from; set the name input");
      ctx.project = { ...facts, name };
      ctx.plans = planBuilds(
        { targets: c.targets, filename: c.filename, ldflags: c.ldflags, cgoFor: () => false, env: process.env },
        ctx.project
      );
      ctx.outputs.matrix = JSON.stringify(
        buildMatrix(c.targets, { ...c.fanOut, needsMacOS: (t) => t.goos === "darwin" && ctx.plans.some((p) => p.cgo && p.target === t) })
      );
      ctx.outputs.version = ctx.project.version;
      if (c.mode === "plan") info(`matrix: ${ctx.outputs.matrix}`);
      info(`${name} ${ctx.project.version}${ctx.project.commit ? ` at ${ctx.project.shortCommit}` : ""}: ${ctx.plans.length} target(s)`);
      for (const p of ctx.plans) info(`  ${p.canonical.padEnd(22)} \u2192 ${p.file}`);
      if (ctx.project.dirty.length) {
        warning(
          `the checkout has uncommitted changes (${ctx.project.dirty.slice(0, 5).join(", ")}${ctx.project.dirty.length > 5 ? ", \u2026" : ""}); Go stamps vcs.modified=true into the binaries, so they will differ from a build of the clean commit`
        );
      }
      if (c.mode === "build") await checkOutputDir(c.outputDir, c.runner.workspace);
    }
  },
  // Go through the tool cache (or PATH, or a verified download), then this Go's own port list.
  {
    name: "go",
    skip: onlyIn("build"),
    async run(ctx) {
      const c = ctx.config;
      await mkdir5(c.runner.temp, { recursive: true });
      ctx.go = await installGo({
        spec: c.goVersion.spec,
        origin: c.goVersion.origin,
        checkLatest: c.checkLatest,
        baseUrl: c.goDownloadBaseUrl,
        tempDir: c.runner.temp,
        log: coreLog
      });
      ctx.goEnv.GOTOOLCHAIN = "local";
      ctx.outputs["go-version"] = ctx.go.version;
      await checkTargetsAgainstGo(ctx);
    }
  },
  // go build for every target in a bounded pool; inspect and hash each as soon as it is built.
  {
    name: "build",
    skip: onlyIn("build"),
    grouped: false,
    async run(ctx) {
      await mkdir5(ctx.stagingDir, { recursive: true });
      await buildTargets(ctx, ctx.plans);
      if (ctx.failures.length) {
        throw new PipelineError(
          `${ctx.failures.length} of ${ctx.plans.length} target(s) failed:
${ctx.failures.map((f) => `  ${f.target}: ${f.message}`).join("\n")}`
        );
      }
    }
  },
  // SHA256SUMS over every file that ships, in coreutils format.
  {
    name: "checksums",
    skip: onlyIn("build"),
    async run(ctx) {
      const text = formatSha256Sums(ctx.artifacts.map((a) => ({ file: a.file, sha256: a.sha256 })));
      await writeFile2(path11.join(ctx.stagingDir, CHECKSUMS_FILE), text);
      ctx.releaseFiles.push(CHECKSUMS_FILE);
    }
  },
  // manifest.json: the project, the Go, the flags, and every artifact with its hash.
  {
    name: "manifest",
    skip: onlyIn("build"),
    async run(ctx) {
      const c = ctx.config;
      const p = ctx.project;
      const manifest = buildManifest({
        project: { name: p.name, module: p.module, version: p.version, tag: p.tag, commit: p.commit, commitDate: p.commitDate },
        go: { version: ctx.go?.version ?? "" },
        build: { package: c.package, ldflags: c.ldflags, flags: c.flags, tags: c.tags, trimpath: true },
        artifacts: ctx.artifacts
      });
      await writeFile2(path11.join(ctx.stagingDir, MANIFEST_FILE), formatManifest(manifest));
      ctx.releaseFiles.push(MANIFEST_FILE);
    }
  },
  // The staging directory becomes output-dir, whole, with the commit's timestamps.
  {
    name: "output",
    skip: onlyIn("build"),
    async run(ctx) {
      const c = ctx.config;
      await publishOutputDir(ctx.stagingDir, c.outputDir, ctx.project.commitTimestamp);
      ctx.published = true;
      ctx.outputs["output-dir"] = c.outputDir;
      ctx.outputs.manifest = path11.join(c.outputDir, MANIFEST_FILE);
      ctx.outputs.checksums = path11.join(c.outputDir, CHECKSUMS_FILE);
      ctx.outputs.artifacts = JSON.stringify(
        ctx.artifacts.map((a) => ({
          target: a.canonical,
          file: a.file,
          path: path11.join(c.outputDir, ...a.file.split("/")),
          size: a.size,
          sha256: a.sha256
        }))
      );
      info(`Wrote ${ctx.artifacts.length} binaries, ${CHECKSUMS_FILE} and ${MANIFEST_FILE} to ${c.outputDir}`);
    }
  }
];
async function checkTargetsAgainstGo(ctx) {
  const go = ctx.go;
  if (!go) return;
  const out = await getExecOutput(go.go, ["tool", "dist", "list"], { silent: true, env: { ...process.env, ...ctx.goEnv } });
  const problems = unsupportedTargets(go.version, out.stdout.split("\n").map((l) => l.trim()), ctx.config.targets);
  const mod = await readFile5(path11.join(ctx.project.moduleDir, "go.mod"), "utf8").catch(() => void 0);
  const need = mod ? readGoDirectives(mod).go : void 0;
  const needSemver = need ? import_semver3.default.coerce(need)?.version : void 0;
  if (needSemver && import_semver3.default.lt(go.version, needSemver)) {
    problems.push(`go.mod requires go ${need}, but Go is ${go.version}; set go-version to ${need} or newer`);
  }
  if (problems.length) throw new PipelineError(`targets: ${problems.join("\n  ")}`);
}
async function runStages(ctx, stages = STAGES) {
  for (const stage of stages) {
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
  if (ctx.config.summary && process.env.GITHUB_STEP_SUMMARY) await writeSummary(ctx);
}

// src/main.ts
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
    stagingDir: path12.join(config.runner.temp, `go-xbuild-staging-${randomUUID5()}`),
    artifacts: [],
    failures: [],
    releaseFiles: [],
    timings: [],
    outputs: {},
    published: false,
    cleanups: []
  };
}
async function run(env = process.env) {
  let ctx;
  try {
    const config = await readConfig(envInputReader(env), env);
    process.env.RUNNER_TEMP ||= config.runner.temp;
    process.env.RUNNER_TOOL_CACHE ||= config.runner.toolCache;
    ctx = newContext(config);
    await runStages(ctx, STAGES);
    await report(ctx);
  } catch (error2) {
    if (ctx) await report(ctx).catch((e) => warning(`could not write the job summary: ${e.message}`));
    setFailed(describeError(error2));
  } finally {
    for (const cleanup of ctx?.cleanups.reverse() ?? []) await cleanup().catch((e) => warning(`cleanup failed: ${e.message}`));
    if (ctx && !ctx.published) await rm5(ctx.stagingDir, { recursive: true, force: true });
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
await run();
