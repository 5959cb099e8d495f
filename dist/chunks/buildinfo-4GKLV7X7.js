import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  require_applicator,
  require_codegen,
  require_core,
  require_core2,
  require_discriminator,
  require_format,
  require_metadata,
  require_ref_error,
  require_validate,
  require_validation,
  require_validation_error
} from "./chunk-REFOE5BM.js";
import {
  runChecked
} from "./chunk-QCCCTGFY.js";
import {
  __commonJS,
  __toESM
} from "./chunk-XMSIICWX.js";

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/sbom/buildinfo.ts
var import_ajv = __toESM(require_ajv(), 1);
var LIMITS = { textBytes: 8 << 20, deps: 2e4, settings: 1e3, settingValue: 64 << 10, path: 4096 };
var MODULE_PATH = "^[A-Za-z0-9][A-Za-z0-9._~+\\-]*(/[A-Za-z0-9._~+\\-]+)*$";
var DIR_PATH = "^(\\.{1,2}[/\\\\]|/|[A-Za-z]:[/\\\\])[^\\u0000-\\u001f\\u007f]*$";
var VERSION = "^(\\(devel\\)|v[0-9A-Za-z.+\\-]*)?$";
var SUM = "^h1:[A-Za-z0-9+/]{43}=$";
var GO_VERSION = "^(go1[0-9A-Za-z.\\-]*|devel [\\u0020-\\u007e]*)( [\\u0020-\\u007e]*)?$";
var SETTING_KEY = "^[A-Za-z0-9_.\\-]{1,128}$";
var moduleSchema = (replace) => ({
  type: "object",
  required: ["Path", "Version"],
  properties: {
    Path: replace ? { type: "string", maxLength: LIMITS.path, anyOf: [{ pattern: MODULE_PATH }, { pattern: DIR_PATH }] } : { type: "string", maxLength: LIMITS.path, pattern: MODULE_PATH },
    Version: { type: "string", maxLength: 256, pattern: VERSION },
    Sum: { type: "string", pattern: SUM },
    ...replace ? {} : { Replace: moduleSchema(true) }
  }
  // unknown fields (a future Go's) are ignored, never copied: only the typed fields are read
});
var schema = {
  type: "object",
  required: ["GoVersion", "Path", "Main"],
  properties: {
    GoVersion: { type: "string", maxLength: 256, pattern: GO_VERSION },
    Path: { type: "string", maxLength: LIMITS.path, pattern: MODULE_PATH },
    Main: moduleSchema(false),
    Deps: { type: "array", maxItems: LIMITS.deps, items: moduleSchema(false) },
    Settings: {
      type: "array",
      maxItems: LIMITS.settings,
      items: {
        type: "object",
        required: ["Key", "Value"],
        properties: {
          Key: { type: "string", pattern: SETTING_KEY },
          // no control characters but tab: values end up in JSON and in logs
          Value: { type: "string", maxLength: LIMITS.settingValue, pattern: "^[^\\u0000-\\u0008\\u000a-\\u001f\\u007f]*$" }
        }
      }
    }
  }
};
var validator;
var validate = (value) => {
  validator ??= new import_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: false }).compile(schema);
  validator(value);
  return validator;
};
var copyModule = (m) => ({
  Path: m.Path,
  Version: m.Version,
  ...m.Sum !== void 0 ? { Sum: m.Sum } : {},
  ...m.Replace ? { Replace: copyModule(m.Replace) } : {}
});
function parseBuildInfo(json, source) {
  if (Buffer.byteLength(json, "utf8") > LIMITS.textBytes) throw new Error(`${source}: build info is larger than ${LIMITS.textBytes} bytes`);
  let value;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new Error(`${source}: build info is not JSON (${cause.message})`, { cause });
  }
  const v = validate(value);
  const e = v.errors?.[0];
  if (e) {
    const where = e.instancePath || "(top)";
    throw new Error(`${source}: build info ${where} ${e.message ?? "is invalid"}`);
  }
  const info = value;
  const deps = (info.Deps ?? []).map(copyModule);
  const seen = /* @__PURE__ */ new Set();
  for (const d of deps) {
    if (seen.has(d.Path)) throw new Error(`${source}: build info lists module ${d.Path} twice`);
    seen.add(d.Path);
  }
  return {
    GoVersion: info.GoVersion,
    Path: info.Path,
    Main: copyModule(info.Main),
    Deps: deps,
    Settings: (info.Settings ?? []).map((s) => ({ Key: s.Key, Value: s.Value }))
  };
}
async function readBuildInfo(go, file, env) {
  const r = await runChecked({ kind: "go", file: go, args: ["version", "-m", "-json", file], env, maxBuffer: LIMITS.textBytes + 1 }, `go version -m ${file}`);
  return parseBuildInfo(r.stdout, file);
}
export {
  LIMITS,
  parseBuildInfo,
  readBuildInfo
};
