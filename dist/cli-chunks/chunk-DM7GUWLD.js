import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  ProblemList,
  actionLabel,
  assignIds,
  bedrockItems,
  builtinMetric,
  category,
  describeValue,
  displayPath,
  elementOffsets,
  expectedText,
  explicitId,
  findJsonSyntaxError,
  isRecord,
  memberValueOffset,
  metadata,
  readJsonArray,
  readJsonLines,
  readTextFile,
  readValidJsonLines,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_draft7,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  requiredText,
  skipWhitespace,
  wilsonInterval
} from "./chunk-PHODTXVB.js";
import {
  sha256Hex,
  stableStringify
} from "./chunk-ZLDXRWWG.js";
import {
  UserError,
  UserErrors
} from "./chunk-FX4CWXZZ.js";
import {
  EVALGATE_VERSION
} from "./chunk-BKMCED4D.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: /* @__PURE__ */ __name((cxt) => dynamicAnchor(cxt, cxt.schema), "code")
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate2 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate2));
    }
    __name(dynamicAnchor, "dynamicAnchor");
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    __name(_getValidate, "_getValidate");
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: /* @__PURE__ */ __name((cxt) => dynamicRef(cxt, cxt.schema), "code")
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      __name(_dynamicRef, "_dynamicRef");
      function _callRef(validate2, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate2);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate2);
      }
      __name(_callRef, "_callRef");
    }
    __name(dynamicRef, "dynamicRef");
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: /* @__PURE__ */ __name((cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema), "code")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: /* @__PURE__ */ __name((cxt) => (0, dependencies_1.validatePropertyDeps)(cxt), "code")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: /* @__PURE__ */ __name((cxt) => (0, dependencies_1.validateSchemaDeps)(cxt), "code")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: /* @__PURE__ */ __name(({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`, "params")
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        __name(unevaluatedPropCode, "unevaluatedPropCode");
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        __name(unevaluatedDynamic, "unevaluatedDynamic");
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
        __name(unevaluatedStatic, "unevaluatedStatic");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: /* @__PURE__ */ __name(({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`, "message"),
      params: /* @__PURE__ */ __name(({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`, "params")
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
        __name(validateItems, "validateItems");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
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
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
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
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format2();
    var metadata2 = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata2,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
      __name(with$data, "with$data");
    }
    __name(addMetaSchema2019, "addMetaSchema2019");
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      static {
        __name(this, "Ajv2019");
      }
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return validate_1.KeywordCxt;
    }, "get") });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1._;
    }, "get") });
    Object.defineProperty(exports, "str", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.str;
    }, "get") });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.stringify;
    }, "get") });
    Object.defineProperty(exports, "nil", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.nil;
    }, "get") });
    Object.defineProperty(exports, "Name", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.Name;
    }, "get") });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.CodeGen;
    }, "get") });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return validation_error_1.default;
    }, "get") });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return ref_error_1.default;
    }, "get") });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
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
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
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
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core = require_core4();
    var format = require_format_annotation();
    var metadata2 = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata2,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
      __name(with$data, "with$data");
    }
    __name(addMetaSchema2020, "addMetaSchema2020");
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      static {
        __name(this, "Ajv2020");
      }
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return validate_1.KeywordCxt;
    }, "get") });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1._;
    }, "get") });
    Object.defineProperty(exports, "str", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.str;
    }, "get") });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.stringify;
    }, "get") });
    Object.defineProperty(exports, "nil", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.nil;
    }, "get") });
    Object.defineProperty(exports, "Name", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.Name;
    }, "get") });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return codegen_1.CodeGen;
    }, "get") });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return validation_error_1.default;
    }, "get") });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return ref_error_1.default;
    }, "get") });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
    }
    __name(fmtDef, "fmtDef");
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    __name(isLeapYear, "isLeapYear");
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    __name(date, "date");
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    __name(compareDate, "compareDate");
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return /* @__PURE__ */ __name(function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      }, "time");
    }
    __name(getTime, "getTime");
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    __name(compareTime, "compareTime");
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    __name(compareIsoTime, "compareIsoTime");
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return /* @__PURE__ */ __name(function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      }, "date_time");
    }
    __name(getDateTime, "getDateTime");
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    __name(compareDateTime, "compareDateTime");
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    __name(compareIsoDateTime, "compareIsoDateTime");
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    __name(uri, "uri");
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    __name(byte, "byte");
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    __name(validateInt32, "validateInt32");
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    __name(validateInt64, "validateInt64");
    function validateNumber() {
      return true;
    }
    __name(validateNumber, "validateNumber");
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
    __name(regex, "regex");
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: /* @__PURE__ */ __name(({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`, "message"),
      params: /* @__PURE__ */ __name(({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`, "params")
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        __name(validate$DataFormat, "validate$DataFormat");
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        __name(validateFormat, "validateFormat");
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
        __name(compareCode, "compareCode");
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = /* @__PURE__ */ __name((ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    }, "formatLimitPlugin");
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = /* @__PURE__ */ __name((ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    }, "formatsPlugin");
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    __name(addFormats2, "addFormats");
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/rotation/held-out.ts
import { createHash } from "node:crypto";
var DAY_MS = 864e5;
function heldOutSetOf(item, sets) {
  const key = item.conversation ? item.conversation.scenarioId : item.id;
  const digest = createHash("sha256").update(`evalgate-held-out:${key}`, "utf8").digest();
  return 1 + digest.readUInt32BE(0) % sets;
}
__name(heldOutSetOf, "heldOutSetOf");
function periodOf(date, period) {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const days = Math.floor(date.getTime() / DAY_MS);
  switch (period) {
    case "daily":
      return { index: days, label: date.toISOString().slice(0, 10) };
    case "weekly": {
      const index = Math.floor((days + 3) / 7);
      const monday = new Date((index * 7 - 3) * DAY_MS).toISOString().slice(0, 10);
      return { index, label: `week of ${monday}` };
    }
    case "monthly":
      return { index: (year - 1970) * 12 + month, label: `${year}-${String(month + 1).padStart(2, "0")}` };
    case "quarterly": {
      const quarter = Math.floor(month / 3);
      return { index: (year - 1970) * 4 + quarter, label: `${year}-Q${quarter + 1}` };
    }
  }
}
__name(periodOf, "periodOf");
function activeSet(rotation, now) {
  if (rotation.set !== void 0) return { set: rotation.set, sets: rotation.sets, chosenBy: "explicit" };
  const { index, label: label2 } = periodOf(now, rotation.period);
  const set = 1 + (index % rotation.sets + rotation.sets) % rotation.sets;
  return { set, sets: rotation.sets, chosenBy: "period", period: rotation.period, periodLabel: label2 };
}
__name(activeSet, "activeSet");
function selectHeldOut(dataset, rotation, now) {
  const chosen = activeSet(rotation, now);
  const items = dataset.items.filter((item) => heldOutSetOf(item, rotation.sets) === chosen.set);
  if (items.length === 0) {
    throw new UserError(
      `held-out set ${chosen.set} of ${rotation.sets} holds no item of the ${dataset.items.length} in the dataset.`,
      {
        file: dataset.file,
        key: "dataset.rotation.sets",
        fix: "Use fewer sets: each set should hold enough items for the gates to mean something."
      }
    );
  }
  return { ...dataset, items, heldOut: { ...chosen, items: items.length, totalItems: dataset.items.length } };
}
__name(selectHeldOut, "selectHeldOut");
function describeHeldOut(selection) {
  const how = selection.chosenBy === "explicit" ? "set in the config" : `${selection.period} rotation, period ${selection.periodLabel}`;
  return `held-out set ${selection.set} of ${selection.sets} (${how}): ${selection.items} of ${selection.totalItems} items`;
}
__name(describeHeldOut, "describeHeldOut");
function heldOutMismatch(baselineSet, runSet) {
  const name = /* @__PURE__ */ __name((value) => value ? `held-out set ${value.set} of ${value.sets}` : "the whole dataset (no held-out rotation)", "name");
  if (baselineSet?.set === runSet?.set && baselineSet?.sets === runSet?.sets) return void 0;
  return `the baseline was made on ${name(baselineSet)} and this run evaluates ${name(runSet)}: baselines pair only within a set, so this run is not compared with it. The first accepted run of this set becomes its baseline.`;
}
__name(heldOutMismatch, "heldOutMismatch");

// src/dataset/index.ts
import path4 from "node:path";

// src/dataset/json.ts
function itemsFromRecords(records, file, fields, problems) {
  const builder = new ItemBuilder(file, fields, problems);
  for (const record of records) builder.add(record);
  return builder.finish();
}
__name(itemsFromRecords, "itemsFromRecords");
var ItemBuilder = class {
  constructor(file, fields, problems) {
    this.file = file;
    this.fields = fields;
    this.problems = problems;
  }
  file;
  fields;
  problems;
  static {
    __name(this, "ItemBuilder");
  }
  drafts = [];
  add({ value, line }) {
    const { fields, problems } = this;
    if (!isRecord(value)) {
      problems.add(`expected an object (one item), found ${describeValue(value)}.`, {
        line,
        fix: `Write each item as {"${fields.input}": "...", "${fields.expectedOutput}": "..."}.`
      });
      return;
    }
    const context = { problems, line };
    const hint = value[fields.input] === void 0 ? formatHint(value) : void 0;
    if (hint !== void 0) {
      problems.add(`missing "${fields.input}"; ${hint.reason}.`, { line, key: fields.input, fix: hint.fix });
      return;
    }
    const input = requiredText(value, fields.input, context, "dataset.fields.input");
    const id = explicitId(value, fields.id, context);
    const expectedOutput = expectedText(value, fields.expectedOutput);
    const expectedAction = actionLabel(value, fields.expectedAction, context);
    const itemCategory = category(value, fields.category, context);
    const itemMetadata = metadata(value, "metadata", context);
    if (input === void 0) {
      this.drafts.push({ explicit: id, line, basis: null, item: void 0 });
      return;
    }
    const item = { id: "", category: itemCategory, input, source: { file: this.file, line } };
    if (expectedOutput !== void 0) item.expectedOutput = expectedOutput;
    if (expectedAction !== void 0) item.expectedAction = expectedAction;
    if (itemMetadata !== void 0) item.metadata = itemMetadata;
    const basis = id === void 0 ? { input, expectedOutput, expectedAction } : null;
    this.drafts.push({ explicit: id, line, basis, item });
  }
  /** The items read, with their ids (see assignIds). */
  finish() {
    const ids = assignIds(this.drafts, this.problems, this.fields.id, "item");
    const items = [];
    this.drafts.forEach((draft, index) => {
      if (!draft.item) return;
      draft.item.id = ids[index];
      items.push(draft.item);
    });
    return items;
  }
};
function formatHint(record) {
  if (Array.isArray(record.turns)) {
    return {
      reason: 'this record has "turns", as a multi-turn scenario does',
      fix: "Set dataset.format to scenarios."
    };
  }
  if ("modelResponses" in record && "prompt" in record) {
    return {
      reason: 'this record has "prompt" and "modelResponses", as a Bedrock evaluation dataset line does',
      fix: "Set dataset.format to bedrock."
    };
  }
  return void 0;
}
__name(formatHint, "formatHint");

// src/importers/index.ts
import path3 from "node:path";

// src/importers/common.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
async function findFiles(root, pattern, configKey = "dataset.path") {
  let isDirectory;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch (error) {
    const code = error.code;
    throw new UserError(
      code === "ENOENT" ? "the path does not exist." : `cannot read the path (${code ?? String(error)}).`,
      {
        file: displayPath(root),
        key: configKey,
        fix: `Check ${configKey}: relative paths are resolved against the config file's folder.`
      }
    );
  }
  if (!isDirectory) return { files: [root], isDirectory };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && pattern.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name)).sort();
  return { files, isDirectory };
}
__name(findFiles, "findFiles");
function snakeName(name) {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (snake === "") return "metric";
  return /^[a-z]/.test(snake) ? snake : `m_${snake}`;
}
__name(snakeName, "snakeName");
function metricSpec(info2) {
  const zeroOne = info2.values.every((value) => value === 0 || value === 1);
  const binary = info2.binary === "always" || info2.binary === "if-values-are-0-1" && zeroOne;
  const spec = {
    name: info2.name,
    kind: binary ? "binary" : "continuous",
    higherIsBetter: info2.higherIsBetter,
    description: info2.description,
    // A lower-is-better continuous score has no worst value: error items are left out of it.
    onError: !info2.higherIsBetter && !binary ? "exclude" : "fail"
  };
  if (info2.aggregateName) spec.aggregateName = info2.aggregateName;
  return spec;
}
__name(metricSpec, "metricSpec");
function importedDataset(display, format, items, specs) {
  if (items.length === 0) {
    throw new UserError("the import holds no items.", {
      file: display,
      line: 1,
      fix: "Point dataset.path at the output of a run that scored at least one item."
    });
  }
  const hash = sha256Hex(
    stableStringify(items.map((item) => [item.id, item.category, item.input, item.expectedOutput ?? null]))
  );
  return { file: display, format, items, hash, importedMetrics: specs };
}
__name(importedDataset, "importedDataset");
function listFiles(files) {
  const shown = files.slice(0, 5).map(displayPath).join(", ");
  return files.length > 5 ? `${shown} and ${files.length - 5} more` : shown;
}
__name(listFiles, "listFiles");

// src/importers/bedrock-eval.ts
var OUTPUT_FILE = /_output\.jsonl$/;
async function importBedrockEval(root) {
  const { files, isDirectory } = await findFiles(root, OUTPUT_FILE);
  if (files.length === 0) {
    throw new UserError("no Bedrock evaluation output (`*_output.jsonl`) under this folder.", {
      file: root,
      key: "dataset.path",
      fix: "Download the job output (aws s3 sync s3://<output path>/<job name>/ <folder>) and point dataset.path at that folder."
    });
  }
  if (isDirectory && files.length > 1) {
    throw new UserError(`found ${files.length} Bedrock output files: ${listFiles(files)}.`, {
      file: root,
      key: "dataset.path",
      fix: "A job writes one file per model and dataset: point dataset.path at the folder (or file) of the one to gate."
    });
  }
  const file = await readTextFile(files[0], ".", "Bedrock evaluation output", "dataset.path");
  const problems = new ProblemList(file.display);
  const records = readJsonLines(file, problems);
  const metrics = /* @__PURE__ */ new Map();
  const parsed = records.flatMap((record) => {
    const line = readLine(record, problems, metrics);
    return line ? [line] : [];
  });
  const ids = assignIds(
    parsed.map((line) => ({
      line: line.line,
      basis: { input: line.prompt, expectedOutput: line.reference }
    })),
    problems,
    "inputRecord",
    "item"
  );
  problems.throwIfAny();
  const items = parsed.map((line, index) => {
    const item = {
      id: ids[index],
      category: line.category,
      input: line.prompt,
      source: { file: file.display, line: line.line },
      precomputed: line.response,
      imported: Object.keys(line.notes).length > 0 ? { scores: line.scores, notes: line.notes } : { scores: line.scores }
    };
    if (line.reference !== void 0) item.expectedOutput = line.reference;
    return item;
  });
  return importedDataset(file.display, "bedrock-eval", items, [...metrics.values()].map(metricSpec));
}
__name(importBedrockEval, "importBedrockEval");
function readLine({ value, line }, problems, metrics) {
  const shape = 'Each line is {"automatedEvaluationResult": {"scores": [...]}, "inputRecord": {"prompt": ..., "modelResponses": [...]}}.';
  if (!isRecord(value)) {
    problems.add(`expected an object (one Bedrock evaluation result), found ${describeValue(value)}.`, {
      line,
      fix: shape
    });
    return void 0;
  }
  const result = value.automatedEvaluationResult;
  const input = value.inputRecord;
  if (!isRecord(result) || !Array.isArray(result.scores)) {
    problems.add("missing automatedEvaluationResult.scores (an array).", {
      line,
      key: "automatedEvaluationResult.scores",
      fix: `Is this a Bedrock evaluation output file? ${shape}`
    });
    return void 0;
  }
  if (!isRecord(input)) {
    problems.add(`inputRecord must be an object, found ${describeValue(input)}.`, {
      line,
      key: "inputRecord",
      fix: shape
    });
    return void 0;
  }
  const context = { problems, line, keyPrefix: "inputRecord." };
  const prompt = requiredText(input, "prompt", context);
  const reference = expectedText(input, "referenceResponse");
  const itemCategory = category(input, "category", context);
  const response = responseOf(input.modelResponses ?? value.modelResponses, line, problems);
  const scores = {};
  const notes = {};
  let ok = prompt !== void 0 && response !== void 0;
  result.scores.forEach((score, index) => {
    const key = `automatedEvaluationResult.scores[${index}]`;
    if (!isRecord(score) || typeof score.metricName !== "string" || score.metricName.trim() === "") {
      problems.add("needs a metricName (a string).", {
        line,
        key,
        fix: 'Write {"metricName": "...", "result": 0.5}.'
      });
      ok = false;
      return;
    }
    const raw = score.result;
    if (raw !== null && raw !== void 0 && (typeof raw !== "number" || !Number.isFinite(raw))) {
      problems.add(`result must be a number or null (N/A), found ${describeValue(raw)}.`, {
        line,
        key: `${key}.result`,
        fix: "Bedrock writes the normalized score, or null when the metric does not apply."
      });
      ok = false;
      return;
    }
    const info2 = metricInfo(score.metricName, metrics);
    if (Object.hasOwn(scores, info2.name)) {
      problems.add(`the metric ${score.metricName} is scored twice on this line.`, {
        line,
        key,
        fix: "Keep one score per metric."
      });
      ok = false;
      return;
    }
    const value2 = typeof raw === "number" ? raw : null;
    scores[info2.name] = value2;
    if (value2 !== null) info2.values.push(value2);
    const explanation = explanationOf(score);
    const best = info2.higherIsBetter ? value2 === 1 : value2 === 0;
    if (explanation !== void 0 && !best) notes[info2.name] = explanation;
  });
  if (!ok) return void 0;
  const parsed = {
    line,
    prompt,
    category: itemCategory,
    response,
    scores,
    notes
  };
  if (reference !== void 0 && reference !== "") parsed.reference = reference;
  return parsed;
}
__name(readLine, "readLine");
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["toxicity", "robustness"]);
function metricInfo(metricName, metrics) {
  const builtin = builtinMetric(metricName);
  const name = `bedrock_${builtin && metricName.toLowerCase().startsWith("builtin.") ? builtin.name : snakeName(metricName)}`;
  let info2 = metrics.get(name);
  if (!info2) {
    const binary = builtin?.kind === "binary";
    info2 = {
      name,
      higherIsBetter: builtin ? builtin.higherIsBetter : !LOWER_IS_BETTER.has(metricName.replace(/^builtin\./i, "").toLowerCase()),
      binary: binary ? "if-values-are-0-1" : "never",
      description: `Amazon Bedrock evaluation job, ${metricName} (the job's normalized score${binary ? "; 1 = yes" : ", 0 to 1"}).`,
      values: []
    };
    if (binary && builtin?.aggregateName) info2.aggregateName = `bedrock_${builtin.aggregateName}`;
    metrics.set(name, info2);
  }
  return info2;
}
__name(metricInfo, "metricInfo");
function explanationOf(score) {
  const details = score.evaluatorDetails;
  if (!Array.isArray(details)) return void 0;
  const first = details[0];
  if (!isRecord(first) || typeof first.explanation !== "string" || first.explanation.trim() === "")
    return void 0;
  return first.explanation.trim();
}
__name(explanationOf, "explanationOf");
function responseOf(responses, line, problems) {
  if (responses === void 0 || responses === null) return null;
  if (!Array.isArray(responses) || responses.length === 0) {
    problems.add(`must be an array with one answer, found ${describeValue(responses)}.`, {
      line,
      key: "inputRecord.modelResponses",
      fix: 'Write [{"response": "...", "modelIdentifier": "..."}].'
    });
    return void 0;
  }
  const first = responses[0];
  const response = isRecord(first) ? first.response : void 0;
  if (response === void 0 || response === null) return null;
  if (typeof response !== "string") {
    problems.add(`must be a string, found ${describeValue(response)}.`, {
      line,
      key: "inputRecord.modelResponses[0].response",
      fix: "Write the model's answer as a string."
    });
    return void 0;
  }
  return response;
}
__name(responseOf, "responseOf");

// src/importers/lm-eval.ts
import path2 from "node:path";

// src/importers/lm-eval-results.ts
var LEVEL = 0.95;
var Z_95 = 1.959963984540054;
var FIX = "Use the results_<timestamp>.json lm_eval wrote, unchanged.";
async function importLmEvalResults(files, root) {
  const leaves = [];
  const groups = [];
  const seen = /* @__PURE__ */ new Map();
  for (const name of files) {
    const file = await readTextFile(name, ".", "lm-evaluation-harness results", "dataset.path");
    const json = parseResults(file);
    const subtasksOf = isRecord(json.group_subtasks) ? json.group_subtasks : {};
    for (const [task, entry] of Object.entries(json.results)) {
      const other = seen.get(task);
      if (other !== void 0) {
        throw new UserError(`two runs of task ${task}: ${listFiles([other, name])}.`, {
          file: root,
          key: "dataset.path",
          fix: "Keep the output of one run in the folder, or point dataset.path at the folder of one run."
        });
      }
      seen.set(task, name);
      const subtasks = subtasksOf[task];
      const isGroup = Array.isArray(subtasks) && subtasks.length > 0;
      const rows = readTask(file, json, task, entry, isGroup);
      if (isGroup) groups.push({ group: task, subtasks: subtasks.map(String), rows });
      else leaves.push(...rows);
    }
  }
  if (leaves.length === 0) {
    throw new UserError("the results hold no task with a numeric metric.", {
      file: files.length === 1 ? files[0] : root,
      line: 1,
      key: "results",
      fix: "Point dataset.path at the output of an lm_eval run that evaluated at least one task."
    });
  }
  const binaryNames = /* @__PURE__ */ new Set();
  const metrics = [];
  for (const row of leaves) {
    const metric = toMetric(row, isBinary(row));
    if (metric.kind === "rate") binaryNames.add(metric.base);
    metrics.push(metric);
  }
  const sizeOf = /* @__PURE__ */ __name((task, depth = 0) => {
    const leaf = leaves.find((row) => row.task === task);
    if (leaf) return leaf.n;
    const group = groups.find((candidate) => candidate.group === task);
    if (!group || depth > 20) return void 0;
    const sizes = group.subtasks.map((subtask) => sizeOf(subtask, depth + 1));
    return sizes.every((size) => size !== void 0) ? sizes.reduce((sum, size) => sum + size, 0) : void 0;
  }, "sizeOf");
  for (const { group, rows } of groups) {
    const n = sizeOf(group);
    if (n === void 0) continue;
    for (const row of rows) metrics.push(toMetric({ ...row, n }, binaryNames.has(metricBase(row))));
  }
  metrics.push(...overall(metrics.filter((metric) => leaves.some((row) => row.task === metric.category))));
  const display = files.length === 1 ? files[0] : root;
  const hash = sha256Hex(
    stableStringify(
      [...new Set(leaves.map((row) => `${row.task}\0${row.n}`))].sort().map((key) => key.split("\0"))
    )
  );
  return { file: display, format: "lm-eval-harness", items: [], hash, reportedMetrics: metrics };
}
__name(importLmEvalResults, "importLmEvalResults");
function parseResults(file) {
  const problem = findJsonSyntaxError(
    file.text,
    (offset) => `line ${file.lines.lineAt(offset)}, column ${file.lines.columnAt(offset)}`
  );
  if (problem) {
    throw new UserError(`not valid JSON: ${problem.message}.`, {
      file: file.display,
      line: file.lines.lineAt(problem.offset),
      fix: FIX
    });
  }
  const value = JSON.parse(file.text);
  if (!isRecord(value) || !isRecord(value.results)) {
    throw new UserError('missing "results" (an object of tasks).', {
      file: file.display,
      line: 1,
      key: "results",
      fix: FIX
    });
  }
  return value;
}
__name(parseResults, "parseResults");
function lineOf(file, keys) {
  let offset = skipWhitespace(file.text, 0);
  for (const key of keys) {
    if (offset === void 0 || file.text[offset] !== "{") break;
    const next = memberValueOffset(file.text, offset, key);
    if (next === void 0) break;
    offset = next;
  }
  return file.lines.lineAt(offset ?? 0);
}
__name(lineOf, "lineOf");
function readTask(file, json, task, entry, isGroup) {
  const at = /* @__PURE__ */ __name((...keys) => ({ file: file.display, line: lineOf(file, keys) }), "at");
  if (!isRecord(entry)) {
    throw new UserError(`results.${task} must be an object of "metric,filter" values.`, {
      ...at("results", task),
      key: `results.${task}`,
      fix: FIX
    });
  }
  let n;
  if (!isGroup) {
    const samples = isRecord(json["n-samples"]) ? json["n-samples"][task] : void 0;
    const effective = isRecord(samples) ? samples.effective : void 0;
    if (typeof effective !== "number" || !Number.isInteger(effective) || effective < 1) {
      throw new UserError(
        `n-samples.${task}.effective must be the number of documents the task was scored on, found ${JSON.stringify(effective ?? null)}.`,
        {
          ...at("n-samples", task),
          key: `n-samples.${task}.effective`,
          fix: "Every aggregate needs its n: use the results file of an lm_eval version that writes n-samples, or run lm_eval with --log_samples."
        }
      );
    }
    n = effective;
  }
  const higher = isRecord(json.higher_is_better) ? json.higher_is_better[task] : void 0;
  const rows = [];
  for (const [key, value] of Object.entries(entry)) {
    const match = /^(.+?),(.+)$/.exec(key);
    if (!match || key.includes("_stderr,")) continue;
    const [, metric, filter] = match;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      if (typeof value === "string" || value === null) continue;
      throw new UserError(`results.${task}["${key}"] must be a number, found ${JSON.stringify(value)}.`, {
        ...at("results", task, key),
        key: `results.${task}.${key}`,
        fix: FIX
      });
    }
    const stderr = entry[`${metric}_stderr,${filter}`];
    if (stderr !== void 0 && stderr !== "N/A" && stderr !== null) {
      if (typeof stderr !== "number" || !Number.isFinite(stderr) || stderr < 0) {
        throw new UserError(
          `results.${task}["${metric}_stderr,${filter}"] must be a non-negative number or "N/A", found ${JSON.stringify(stderr)}.`,
          {
            ...at("results", task, `${metric}_stderr,${filter}`),
            key: `results.${task}.${metric}_stderr,${filter}`,
            fix: FIX
          }
        );
      }
    }
    const direction = isRecord(higher) ? higher[metric] : void 0;
    rows.push({
      task,
      metric,
      filter,
      value,
      standardError: typeof stderr === "number" ? stderr : null,
      higherIsBetter: typeof direction === "boolean" ? direction : true,
      aggregation: aggregationOf(json, task, metric),
      file: file.display,
      ...n === void 0 ? {} : { n }
    });
  }
  return rows;
}
__name(readTask, "readTask");
function aggregationOf(json, task, metric) {
  const config = isRecord(json.configs) ? json.configs[task] : void 0;
  const list = isRecord(config) && Array.isArray(config.metric_list) ? config.metric_list : [];
  const spec = list.find((item) => isRecord(item) && item.metric === metric);
  return typeof spec?.aggregation === "string" ? spec.aggregation : void 0;
}
__name(aggregationOf, "aggregationOf");
function isBinary(row) {
  const { value, n, standardError } = row;
  if ((row.aggregation ?? "mean") !== "mean" || value < 0 || value > 1) return false;
  if (standardError !== null) {
    if (n < 2) return false;
    const bernoulli = Math.sqrt(value * (1 - value) / (n - 1));
    return Math.abs(standardError - bernoulli) <= 1e-6 * Math.max(bernoulli, 1e-3);
  }
  return Math.abs(value * n - Math.round(value * n)) <= 1e-6 * n;
}
__name(isBinary, "isBinary");
function metricBase(row) {
  return snakeName(row.filter === "none" ? row.metric : `${row.metric}_${row.filter}`);
}
__name(metricBase, "metricBase");
function toMetric(row, binary) {
  const base = metricBase(row);
  const mean = binary || row.aggregation !== "mean" ? base : `${base}_mean`;
  const name = `${mean}@${row.task}`;
  const how = row.aggregation && row.aggregation !== "mean" ? ` (aggregation ${row.aggregation})` : "";
  return withInterval({
    name,
    base,
    category: row.task,
    kind: binary ? "rate" : "mean",
    value: row.value,
    n: row.n,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: row.higherIsBetter,
    description: `lm-evaluation-harness ${row.metric} (filter ${row.filter})${how} of ${row.task}, as reported in ${row.file} (no per-sample files: compared unpaired, from the reported standard errors).`,
    standardError: row.standardError
  });
}
__name(toMetric, "toMetric");
function overall(perTask) {
  const byName = /* @__PURE__ */ new Map();
  for (const metric of perTask) {
    const name = metric.name.slice(0, metric.name.lastIndexOf("@"));
    byName.set(name, [...byName.get(name) ?? [], metric]);
  }
  return [...byName].map(([name, tasks]) => {
    const n = tasks.reduce((sum, task) => sum + task.n, 0);
    const value = tasks.reduce((sum, task) => sum + task.n * task.value, 0) / n;
    const known = tasks.every((task) => typeof task.standardError === "number");
    const variance = tasks.reduce((sum, task) => sum + (task.n / n) ** 2 * (task.standardError ?? 0) ** 2, 0);
    const first = tasks[0];
    return withInterval({
      ...first,
      name,
      category: void 0,
      kind: tasks.every((task) => task.kind === "rate") ? "rate" : "mean",
      value,
      n,
      standardError: known ? Math.sqrt(variance) : null,
      description: tasks.length === 1 ? first.description : `lm-evaluation-harness ${first.base} over ${tasks.map((task) => task.category).join(", ")}, weighted by documents, from the reported aggregates (standard error of the stratified mean).`
    });
  });
}
__name(overall, "overall");
function withInterval(metric) {
  const { category: category2, ...rest } = metric;
  const se = metric.standardError;
  const result = { ...rest, ...category2 === void 0 ? {} : { category: category2 } };
  if (typeof se !== "number" || metric.value === null) return result;
  const clip = /* @__PURE__ */ __name((bound) => metric.kind === "rate" ? Math.min(1, Math.max(0, bound)) : bound, "clip");
  result.interval = {
    lower: clip(metric.value - Z_95 * se),
    upper: clip(metric.value + Z_95 * se),
    level: LEVEL,
    method: "normal (reported stderr)"
  };
  return result;
}
__name(withInterval, "withInterval");

// src/importers/lm-eval.ts
var SAMPLES_FILE = /^samples_(.+)_(\d{4}-\d{2}-\d{2}T[0-9.:-]+)\.jsonl$/;
var RESULTS_FILE = /^results_(\d{4}-\d{2}-\d{2}T[0-9.:-]+)\.json$/;
var ANY_FILE = /^(samples_.+\.jsonl|results_.+\.json)$/;
var BOOKKEEPING = /* @__PURE__ */ new Set([
  "doc_id",
  "doc",
  "target",
  "arguments",
  "resps",
  "filtered_resps",
  "filter",
  "metrics",
  "doc_hash",
  "prompt_hash",
  "target_hash"
]);
async function importLmEval(root) {
  const { files } = await findFiles(root, ANY_FILE);
  const samples = files.filter((file) => SAMPLES_FILE.test(path2.basename(file)));
  let results = files.filter((file) => RESULTS_FILE.test(path2.basename(file)));
  if (samples.length === 0 && files.length === 1 && RESULTS_FILE.test(path2.basename(files[0]))) {
    const stamp = RESULTS_FILE.exec(path2.basename(files[0]))[1];
    const beside = await findFiles(path2.dirname(files[0]), SAMPLES_FILE);
    samples.push(...beside.files.filter((file) => SAMPLES_FILE.exec(path2.basename(file))[2] === stamp));
  } else if (samples.length > 0 && results.length === 0) {
    const stamps = new Set(samples.map((file) => SAMPLES_FILE.exec(path2.basename(file))[2]));
    const beside = await findFiles(path2.dirname(samples[0]), RESULTS_FILE);
    results = beside.files.filter((file) => stamps.has(RESULTS_FILE.exec(path2.basename(file))[1]));
  }
  if (samples.length === 0 && results.length > 0) return importLmEvalResults(results, root);
  if (samples.length === 0) {
    throw new UserError("no lm-evaluation-harness output (results_*.json, samples_*.jsonl) here.", {
      file: root,
      key: "dataset.path",
      fix: "Run lm_eval with --output_path <folder> (and --log_samples, so that runs pair item by item) and point dataset.path at that folder."
    });
  }
  const byTask = /* @__PURE__ */ new Map();
  for (const file of samples) {
    const task = SAMPLES_FILE.exec(path2.basename(file))[1];
    const other = byTask.get(task);
    if (other !== void 0) {
      throw new UserError(`two runs of task ${task}: ${listFiles([other, file])}.`, {
        file: root,
        key: "dataset.path",
        fix: "Keep the output of one run in the folder, or point dataset.path at the folder of one run."
      });
    }
    byTask.set(task, file);
  }
  const taskResults = await readResults(results);
  const metrics = /* @__PURE__ */ new Map();
  const items = [];
  for (const [task, file] of [...byTask].sort(([a], [b]) => a < b ? -1 : 1)) {
    items.push(...await readSamples(file, task, taskResults.get(task), metrics));
  }
  const specs = [...metrics.values()].map(metricSpec);
  checkAgainstResults(items, metrics, taskResults);
  const display = samples.length === 1 ? items[0].source.file : root;
  return importedDataset(display, "lm-eval-harness", items, specs);
}
__name(importLmEval, "importLmEval");
async function readResults(files) {
  const tasks = /* @__PURE__ */ new Map();
  for (const name of files) {
    const file = await readTextFile(name, ".", "lm-evaluation-harness results", "dataset.path");
    let value;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      throw new UserError(`not valid JSON: ${error.message}.`, {
        file: file.display,
        line: 1,
        fix: "Use the results_<timestamp>.json lm_eval wrote, unchanged."
      });
    }
    if (!isRecord(value) || !isRecord(value.results)) {
      throw new UserError('missing "results" (an object of tasks).', {
        file: file.display,
        line: 1,
        key: "results",
        fix: "Use the results_<timestamp>.json lm_eval wrote, unchanged."
      });
    }
    const higher = isRecord(value.higher_is_better) ? value.higher_is_better : {};
    for (const [task, entry] of Object.entries(value.results)) {
      if (!isRecord(entry)) continue;
      tasks.set(task, { file, values: entry, higherIsBetter: isRecord(higher[task]) ? higher[task] : {} });
    }
  }
  return tasks;
}
__name(readResults, "readResults");
async function readSamples(name, task, results, metrics) {
  const file = await readTextFile(name, ".", "lm-evaluation-harness samples", "dataset.path");
  const problems = new ProblemList(file.display);
  const docs = /* @__PURE__ */ new Map();
  for (const { value, line } of readJsonLines(file, problems)) {
    if (!isRecord(value)) {
      problems.add(`expected an object (one logged sample), found ${describeValue(value)}.`, {
        line,
        fix: "Use the samples_<task>_<timestamp>.jsonl lm_eval wrote with --log_samples, unchanged."
      });
      continue;
    }
    const docId = value.doc_id;
    if (typeof docId !== "number" || !Number.isInteger(docId) || docId < 0) {
      problems.add(`doc_id must be a non-negative integer, found ${describeValue(docId)}.`, {
        line,
        key: "doc_id",
        fix: "Each logged sample carries the index of its document in doc_id."
      });
      continue;
    }
    const filter = typeof value.filter === "string" && value.filter !== "" ? value.filter : "none";
    let doc = docs.get(docId);
    if (!doc) {
      doc = { item: newItem(value, task, docId, file.display, line), lines: /* @__PURE__ */ new Map() };
      docs.set(docId, doc);
    }
    const seen = doc.lines.get(filter);
    if (seen !== void 0) {
      problems.add(`doc_id ${docId} (filter ${filter}) is logged twice: lines ${seen} and ${line}.`, {
        line,
        key: "doc_id",
        fix: "A samples file holds each document once per filter: keep the output of one run."
      });
      continue;
    }
    doc.lines.set(filter, line);
    for (const metric of metricKeys(value)) {
      const raw = value[metric];
      const number = typeof raw === "boolean" ? Number(raw) : raw;
      if (typeof number !== "number" && number !== null) continue;
      if (typeof number === "number" && !Number.isFinite(number)) {
        problems.add(`${metric} must be a finite number, found ${String(number)}.`, {
          line,
          key: metric,
          fix: "Use the file lm_eval wrote, unchanged."
        });
        continue;
      }
      const info2 = metricInfoFor(metric, filter, task, results, metrics);
      doc.item.imported.scores[info2.name] = number;
      if (number !== null) info2.values.push(number);
    }
  }
  problems.throwIfAny();
  return [...docs.keys()].sort((a, b) => a - b).map((id) => docs.get(id).item);
}
__name(readSamples, "readSamples");
function metricKeys(sample) {
  if (Array.isArray(sample.metrics)) {
    return sample.metrics.filter((name) => typeof name === "string" && name in sample);
  }
  return Object.keys(sample).filter((key) => !BOOKKEEPING.has(key));
}
__name(metricKeys, "metricKeys");
function metricInfoFor(metric, filter, task, results, metrics) {
  const name = snakeName(filter === "none" ? metric : `${metric}_${filter}`);
  let info2 = metrics.get(name);
  if (!info2) {
    const higher = results?.higherIsBetter[metric];
    info2 = {
      name,
      higherIsBetter: typeof higher === "boolean" ? higher : true,
      binary: "if-values-are-0-1",
      description: `lm-evaluation-harness per-sample ${metric} (filter ${filter}).`,
      values: []
    };
    metrics.set(name, info2);
  }
  info2.sources ??= /* @__PURE__ */ new Set();
  info2.sources.add(`${task}\0${metric},${filter}`);
  return info2;
}
__name(metricInfoFor, "metricInfoFor");
function newItem(sample, task, docId, file, line) {
  const item = {
    id: `${task}/${docId}`,
    category: task,
    input: inputOf(sample),
    source: { file, line },
    precomputed: chosenContinuation(sample) ?? outputOf(sample.filtered_resps ?? sample.resps),
    imported: { scores: {} }
  };
  const target = sample.target;
  if (target !== void 0 && target !== null) {
    item.expectedOutput = typeof target === "string" ? target : JSON.stringify(target);
  }
  return item;
}
__name(newItem, "newItem");
function inputOf(sample) {
  const args = sample.arguments;
  let first;
  if (Array.isArray(args)) first = Array.isArray(args[0]) ? args[0][0] : args[0];
  else if (isRecord(args)) {
    const request = Object.values(args)[0];
    first = isRecord(request) ? request.arg_0 : void 0;
  }
  if (typeof first === "string") return first;
  return JSON.stringify(sample.doc ?? null);
}
__name(inputOf, "inputOf");
function chosenContinuation(sample) {
  const responses = sample.filtered_resps;
  if (!Array.isArray(responses) || responses.length < 2) return void 0;
  const scores = responses.map(
    (pair) => Array.isArray(pair) && typeof pair[0] === "number" ? pair[0] : void 0
  );
  if (scores.some((score) => score === void 0)) return void 0;
  const best = scores.indexOf(Math.max(...scores));
  const continuations = continuationsOf(sample.arguments);
  const text = continuations.length === responses.length ? continuations[best] : void 0;
  return text === void 0 ? `choice ${best}` : text.trim();
}
__name(chosenContinuation, "chosenContinuation");
function continuationsOf(args) {
  const requests = Array.isArray(args) ? args : isRecord(args) ? Object.values(args) : [];
  return requests.map((request) => {
    const value = Array.isArray(request) ? request[1] : isRecord(request) ? request.arg_1 : void 0;
    return typeof value === "string" ? value : void 0;
  });
}
__name(continuationsOf, "continuationsOf");
function outputOf(responses) {
  let value = responses;
  while (Array.isArray(value) && value.length === 1) value = value[0];
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}
__name(outputOf, "outputOf");
function checkAgainstResults(items, metrics, taskResults) {
  for (const info2 of metrics.values()) {
    if (!info2.values.every((value) => value === 0 || value === 1)) continue;
    for (const source of info2.sources ?? []) {
      const [task, key] = source.split("\0");
      const results = taskResults.get(task);
      const expected = results?.values[key];
      if (!results || typeof expected !== "number") continue;
      const values = items.filter((item) => item.category === task).map((item) => item.imported.scores[info2.name]).filter((value) => typeof value === "number");
      if (values.length === 0) continue;
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      if (Math.abs(mean - expected) > 1e-6) {
        throw new UserError(
          `results[${JSON.stringify(task)}][${JSON.stringify(key)}] is ${expected}, but the ${values.length} logged samples average ${mean}.`,
          {
            file: results.file.display,
            line: 1,
            key: `results.${task}.${key}`,
            fix: "The results and samples files come from different runs (or --limit differs): keep the files of one run together."
          }
        );
      }
    }
  }
}
__name(checkAgainstResults, "checkAgainstResults");

// src/importers/promptfoo.ts
var FAILURE_ERROR = 2;
async function importPromptfoo(root) {
  const file = await readTextFile(root, ".", "promptfoo results", "dataset.path");
  const { rows, offsets } = readRows(file);
  const problems = new ProblemList(file.display);
  const lineOf2 = /* @__PURE__ */ __name((index) => file.lines.lineAt(offsets[index] ?? 0), "lineOf");
  const combos = new Set(
    rows.map((row) => isRecord(row) ? `${promptKey(row)}\0${providerKey(row)}` : "")
  );
  const prompts = new Set(rows.map((row) => isRecord(row) ? promptKey(row) : ""));
  const providers = new Set(rows.map((row) => isRecord(row) ? providerKey(row) : ""));
  const metrics = /* @__PURE__ */ new Map();
  const pass = info(metrics, "pass", {
    binary: "always",
    aggregateName: "pass_rate",
    description: "promptfoo: the test case passed all its assertions (success)."
  });
  const score = info(metrics, "score", {
    binary: "never",
    description: "promptfoo: the test case's score (the weighted mean of its assertions' scores)."
  });
  const items = [];
  const firstLine = /* @__PURE__ */ new Map();
  rows.forEach((row, index) => {
    const line = lineOf2(index);
    if (!isRecord(row)) {
      problems.add(`results.results[${index}] must be an object, found ${describeValue(row)}.`, {
        line,
        fix: "Use the file promptfoo eval -o results.json wrote, unchanged."
      });
      return;
    }
    const testIdx = row.testIdx;
    if (typeof testIdx !== "number" || !Number.isInteger(testIdx) || testIdx < 0) {
      problems.add(`testIdx must be a non-negative integer, found ${describeValue(testIdx)}.`, {
        line,
        key: `results.results[${index}].testIdx`,
        fix: "Use the JSON output of promptfoo 0.60 or later (promptfoo eval -o results.json)."
      });
      return;
    }
    if (typeof row.success !== "boolean") {
      problems.add(`success must be true or false, found ${describeValue(row.success)}.`, {
        line,
        key: `results.results[${index}].success`,
        fix: "Use the file promptfoo wrote, unchanged."
      });
      return;
    }
    const testCase = isRecord(row.testCase) ? row.testCase : {};
    const meta = isRecord(testCase.metadata) ? testCase.metadata : {};
    const vars = isRecord(row.vars) ? row.vars : isRecord(testCase.vars) ? testCase.vars : {};
    const baseId = label(meta.id) ?? label(vars.id) ?? `test-${testIdx}`;
    let id = baseId;
    if (combos.size > 1) {
      if (prompts.size > 1) id += `/${promptKey(row)}`;
      if (providers.size > 1) id += `/${providerKey(row)}`;
    }
    const seen = firstLine.get(id);
    if (seen !== void 0) {
      problems.add(`lines ${seen} and ${line} are both test ${JSON.stringify(id)}.`, {
        line,
        key: `results.results[${index}]`,
        fix: "Give each test a unique metadata.id, or keep one run in the file."
      });
      return;
    }
    firstLine.set(id, line);
    const rowScores = { pass: row.success ? 1 : 0 };
    pass.values.push(rowScores.pass);
    const notes = {};
    if (typeof row.score === "number" && Number.isFinite(row.score)) {
      rowScores.score = row.score;
      score.values.push(row.score);
    } else rowScores.score = null;
    if (isRecord(row.namedScores)) {
      for (const [named, value] of Object.entries(row.namedScores)) {
        const metric = info(metrics, snakeName(named), {
          binary: "never",
          description: `promptfoo named score "${named}".`
        });
        if (typeof value === "number" && Number.isFinite(value)) {
          rowScores[metric.name] = value;
          metric.values.push(value);
        } else rowScores[metric.name] = null;
      }
    }
    const reason = reasonOf(row);
    if (!row.success && reason) notes.pass = reason;
    const failed = row.failureReason === FAILURE_ERROR || !isRecord(row.response);
    const item = {
      id,
      category: label(meta.category) ?? label(vars.category) ?? "default",
      input: promptText(row, vars),
      source: { file: file.display, line },
      precomputed: failed ? null : outputText(row.response),
      imported: Object.keys(notes).length > 0 ? { scores: rowScores, notes } : { scores: rowScores }
    };
    const expected = vars.expected ?? vars.expected_output;
    if (typeof expected === "string") item.expectedOutput = expected;
    items.push(item);
  });
  problems.throwIfAny();
  return importedDataset(file.display, "promptfoo", items, [...metrics.values()].map(metricSpec));
}
__name(importPromptfoo, "importPromptfoo");
function readRows(file) {
  let value;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    throw new UserError(`not valid JSON: ${error.message}.`, {
      file: file.display,
      line: 1,
      fix: "Write the file with promptfoo eval -o results.json (a .jsonl output holds other records)."
    });
  }
  const inner = isRecord(value) && isRecord(value.results) ? value.results : void 0;
  if (!inner || !Array.isArray(inner.results)) {
    throw new UserError("missing results.results (the array of test results).", {
      file: file.display,
      line: 1,
      key: "results.results",
      fix: "Use the JSON output of promptfoo eval -o results.json (version 3 or later)."
    });
  }
  const root = skipWhitespace(file.text, 0);
  const outer = memberValueOffset(file.text, root, "results");
  const array = outer === void 0 ? void 0 : memberValueOffset(file.text, outer, "results");
  return {
    rows: inner.results,
    offsets: array === void 0 ? [] : elementOffsets(file.text, array)
  };
}
__name(readRows, "readRows");
function info(metrics, name, spec) {
  let found = metrics.get(name);
  if (!found) {
    found = { name, higherIsBetter: true, values: [], ...spec };
    metrics.set(name, found);
  }
  return found;
}
__name(info, "info");
function label(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
__name(label, "label");
function promptKey(row) {
  const prompt = isRecord(row.prompt) ? row.prompt : {};
  return label(prompt.label) ?? `prompt-${typeof row.promptIdx === "number" ? row.promptIdx : 0}`;
}
__name(promptKey, "promptKey");
function providerKey(row) {
  if (typeof row.provider === "string") return row.provider;
  const provider = isRecord(row.provider) ? row.provider : {};
  return label(provider.label) ?? label(provider.id) ?? "provider";
}
__name(providerKey, "providerKey");
function promptText(row, vars) {
  const prompt = isRecord(row.prompt) ? row.prompt : {};
  if (typeof prompt.raw === "string" && prompt.raw !== "") return prompt.raw;
  return JSON.stringify(vars);
}
__name(promptText, "promptText");
function outputText(response) {
  const output = isRecord(response) ? response.output : void 0;
  if (typeof output === "string") return output;
  return JSON.stringify(output ?? null);
}
__name(outputText, "outputText");
function reasonOf(row) {
  if (typeof row.error === "string" && row.error !== "") return row.error;
  const grading = isRecord(row.gradingResult) ? row.gradingResult : {};
  return typeof grading.reason === "string" && grading.reason !== "" ? grading.reason : void 0;
}
__name(reasonOf, "reasonOf");

// src/core/import-formats.ts
var IMPORT_FORMATS = ["bedrock-eval", "lm-eval-harness", "promptfoo"];
function isImportFormat(format) {
  return IMPORT_FORMATS.includes(format);
}
__name(isImportFormat, "isImportFormat");

// src/scorers/imported.ts
function createImportedScorer(specs, format) {
  return {
    name: "imported",
    configKey: `dataset (format ${format})`,
    metrics: specs,
    applies: /* @__PURE__ */ __name((item) => item.imported !== void 0, "applies"),
    score(item) {
      const scores = {};
      for (const spec of specs) scores[spec.name] = item.imported?.scores[spec.name] ?? null;
      return scores;
    },
    details(item) {
      const notes = {};
      for (const spec of specs) {
        const note = item.imported?.notes?.[spec.name];
        if (note !== void 0) notes[spec.name] = note;
        else if ((item.imported?.scores[spec.name] ?? null) === null)
          notes[spec.name] = "N/A in the imported results";
      }
      return notes;
    }
  };
}
__name(createImportedScorer, "createImportedScorer");

// src/importers/index.ts
var IMPORTERS = {
  "bedrock-eval": importBedrockEval,
  "lm-eval-harness": importLmEval,
  promptfoo: importPromptfoo
};
async function importResults(format, file, baseDir) {
  return IMPORTERS[format](path3.resolve(baseDir, file));
}
__name(importResults, "importResults");

// src/dataset/scenarios.ts
function scenarioItems(records, file, fields, problems) {
  const drafts = [];
  for (const { value, line, offset } of records) {
    if (!isRecord(value)) {
      problems.add(`expected an object (one scenario), found ${describeValue(value)}.`, {
        line,
        fix: 'Write each scenario as {"id": "...", "category": "...", "context": {...}, "turns": ["..."]}.'
      });
      continue;
    }
    const draft = readScenario(value, line, offset, file, fields, problems);
    if (draft) drafts.push(draft);
  }
  const ids = assignIds(
    drafts.map((draft) => ({
      explicit: draft.explicitId,
      line: draft.line,
      basis: { context: draft.context, turns: draft.turns.map(({ line: _line, ...turn }) => turn) }
    })),
    problems,
    fields.id,
    "scenario"
  );
  const items = [];
  drafts.forEach((draft, scenarioIndex) => {
    const scenarioId = ids[scenarioIndex];
    const userTurns = [];
    draft.turns.forEach((turn, turnIndex) => {
      userTurns.push(turn.input);
      const item = {
        id: `${scenarioId}#${turnIndex + 1}`,
        category: draft.category,
        input: turn.input,
        source: { file: file.display, line: turn.line },
        conversation: { scenarioId, turn: turnIndex, userTurns: [...userTurns] }
      };
      if (draft.context !== void 0) item.conversation.context = draft.context;
      if (turn.expectedOutput !== void 0) item.expectedOutput = turn.expectedOutput;
      if (turn.expectedAction !== void 0) item.expectedAction = turn.expectedAction;
      if (draft.metadata !== void 0) item.metadata = draft.metadata;
      items.push(item);
    });
  });
  return items;
}
__name(scenarioItems, "scenarioItems");
function readScenario(record, line, offset, file, fields, problems) {
  const context = { problems, line };
  const explicitScenarioId = explicitId(record, fields.id, context);
  const scenarioCategory = category(record, fields.category, context);
  const scenarioMetadata = metadata(record, "metadata", context);
  const turns = record.turns;
  if (!Array.isArray(turns)) {
    problems.add(
      turns === void 0 ? `missing "turns".` : `must be an array, found ${describeValue(turns)}.`,
      {
        line,
        key: "turns",
        fix: 'Write the user messages as "turns": ["first message", "second message"].'
      }
    );
    return void 0;
  }
  if (turns.length === 0) {
    problems.add("is empty.", { line, key: "turns", fix: "Give the scenario at least one user turn." });
    return void 0;
  }
  const turnsOffset = memberValueOffset(file.text, offset, "turns");
  const turnOffsets = turnsOffset === void 0 ? [] : elementOffsets(file.text, turnsOffset);
  const drafts = [];
  let valid = true;
  turns.forEach((turn, index) => {
    const turnOffset = turnOffsets[index];
    const turnLine = turnOffset === void 0 ? line : file.lines.lineAt(turnOffset);
    const key = `turns[${index}]`;
    if (typeof turn === "string") {
      if (turn.trim() === "") {
        problems.add("is an empty message.", {
          line: turnLine,
          key,
          fix: "Write the user message, or remove the turn."
        });
        valid = false;
      } else drafts.push({ input: turn, line: turnLine });
      return;
    }
    if (!isRecord(turn)) {
      problems.add(`must be a string (a user message) or an object, found ${describeValue(turn)}.`, {
        line: turnLine,
        key,
        fix: `Write "message", or {"${fields.input}": "message", "${fields.expectedOutput}": "..."}.`
      });
      valid = false;
      return;
    }
    const turnContext = { problems, line: turnLine, keyPrefix: `${key}.` };
    const input = requiredText(turn, fields.input, turnContext, "dataset.fields.input");
    const expectedAction = actionLabel(turn, fields.expectedAction, turnContext);
    if (input === void 0) {
      valid = false;
      return;
    }
    const draft = { input, line: turnLine };
    const expectedOutput = expectedText(turn, fields.expectedOutput);
    if (expectedOutput !== void 0) draft.expectedOutput = expectedOutput;
    if (expectedAction !== void 0) draft.expectedAction = expectedAction;
    drafts.push(draft);
  });
  if (!valid) return void 0;
  const scenario = { category: scenarioCategory, turns: drafts, line };
  if (explicitScenarioId !== void 0) scenario.explicitId = explicitScenarioId;
  if (record.context !== void 0) scenario.context = record.context;
  if (scenarioMetadata !== void 0) scenario.metadata = scenarioMetadata;
  return scenario;
}
__name(readScenario, "readScenario");

// src/dataset/index.ts
async function loadDataset(config, baseDir, now = /* @__PURE__ */ new Date()) {
  const dataset = await loadAllItems(config, baseDir);
  return config.rotation ? selectHeldOut(dataset, config.rotation, now) : dataset;
}
__name(loadDataset, "loadDataset");
async function loadAllItems(config, baseDir) {
  if (isImportFormat(config.format)) return importResults(config.format, config.path, baseDir);
  const fast = await loadValidJsonLines(config, baseDir);
  if (fast !== void 0) return fast;
  const file = await readTextFile(config.path, baseDir, "dataset", "dataset.path");
  return parseDataset(file, config.format, config.fields);
}
__name(loadAllItems, "loadAllItems");
async function loadValidJsonLines(config, baseDir) {
  if (config.format !== "auto" && config.format !== "jsonl") return void 0;
  const absolute = path4.resolve(baseDir, config.path);
  const display = displayPath(absolute);
  const problems = new ProblemList(display);
  const builder = new ItemBuilder(display, config.fields, problems);
  const hash = await readValidJsonLines(absolute, {
    accepts: /* @__PURE__ */ __name((first) => config.format === "jsonl" || kindOf(first, "lines", config.fields) === "jsonl", "accepts"),
    add: /* @__PURE__ */ __name((record) => builder.add(record), "add")
  });
  if (hash === void 0) return void 0;
  return finishDataset(builder.finish(), problems, { file: display, format: "jsonl", hash });
}
__name(loadValidJsonLines, "loadValidJsonLines");
function parseDataset(file, format, fields) {
  const container = format === "auto" ? detectContainer(file) : containerFor(file, format);
  const problems = new ProblemList(file.display);
  const records = container === "array" ? readJsonArray(file, problems) : readJsonLines(file, problems);
  const resolved = format === "auto" ? detectKind(records, container, fields) : format;
  const items = resolved === "scenarios" ? scenarioItems(records, file, fields, problems) : recordItems(records, resolved, file.display, fields, problems);
  return finishDataset(items, problems, { file: file.display, format: resolved, hash: file.hash });
}
__name(parseDataset, "parseDataset");
function recordItems(records, format, display, fields, problems) {
  switch (format) {
    case "json":
    case "jsonl":
      return itemsFromRecords(records, display, fields, problems);
    case "bedrock":
      return bedrockItems(records, display, problems);
    default:
      throw new UserError(
        `format ${format} is read from a results file or folder, not parsed as a dataset.`,
        {
          file: display,
          key: "dataset.format"
        }
      );
  }
}
__name(recordItems, "recordItems");
function finishDataset(items, problems, about) {
  problems.throwIfAny();
  if (items.length === 0) {
    throw new UserError("the dataset has no items.", {
      file: about.file,
      line: 1,
      fix: "Add at least one item."
    });
  }
  return { file: about.file, format: about.format, items, hash: about.hash };
}
__name(finishDataset, "finishDataset");
function firstChar(file) {
  const offset = skipWhitespace(file.text, 0);
  return { char: file.text[offset], offset };
}
__name(firstChar, "firstChar");
function emptyFile(file) {
  return new UserError("the dataset file is empty.", {
    file: file.display,
    line: 1,
    fix: "Add items: a JSON array, or one JSON object per line (JSONL)."
  });
}
__name(emptyFile, "emptyFile");
function containerFor(file, format) {
  const { char, offset } = firstChar(file);
  if (char === void 0) throw emptyFile(file);
  const line = file.lines.lineAt(offset);
  if (format === "json") {
    if (char === "[") return "array";
    throw new UserError(`format json expects a JSON array, but the file starts with '${char}'.`, {
      file: file.display,
      line,
      key: "dataset.format",
      fix: char === "{" ? "If the file holds one item per line, set dataset.format to jsonl (or auto)." : "Write the items as a JSON array: [ {...}, {...} ]."
    });
  }
  if (format === "jsonl") {
    if (char !== "[") return "lines";
    throw new UserError(
      "format jsonl expects one JSON object per line, but the file starts with '[' like a JSON array.",
      {
        file: file.display,
        line,
        key: "dataset.format",
        fix: "Set dataset.format to json (or auto)."
      }
    );
  }
  return char === "[" ? "array" : "lines";
}
__name(containerFor, "containerFor");
function detectContainer(file) {
  const { char, offset } = firstChar(file);
  if (char === void 0) throw emptyFile(file);
  if (char === "[") return "array";
  const line = file.lines.lineAt(offset);
  const lineEnd = line < file.lines.count ? file.lines.lineStart(line + 1) - 1 : file.text.length;
  const tried = "tried a JSON array (the file would start with '[') and JSONL (each line one JSON object)";
  const fix = "Write a JSON array of items or one JSON object per line, or set dataset.format (json, jsonl, bedrock, scenarios).";
  const where = /* @__PURE__ */ __name((at) => `column ${file.lines.columnAt(at)}`, "where");
  const problem = findJsonSyntaxError(file.text, where, offset, lineEnd);
  if (problem !== void 0) {
    let single = false;
    try {
      single = isRecord(JSON.parse(file.text));
    } catch {
      single = false;
    }
    const reason = single ? "the file holds a single JSON object, not a list of items" : `line ${line} is not a JSON value (${problem.message} at ${where(problem.offset)})`;
    throw new UserErrors([
      new UserError(`cannot detect the dataset format: ${tried}; ${reason}.`, {
        file: file.display,
        line: file.lines.lineAt(problem.offset),
        key: "dataset.format",
        fix: single ? "Wrap the items in [ ... ], or write one item per line." : fix
      })
    ]);
  }
  return "lines";
}
__name(detectContainer, "detectContainer");
function detectKind(records, container, fields) {
  const first = records.find((record) => isRecord(record.value))?.value;
  return kindOf(first, container, fields);
}
__name(detectKind, "detectKind");
function kindOf(first, container, fields) {
  const plain = container === "array" ? "json" : "jsonl";
  if (first === void 0 || fields.input in first) return plain;
  if (Array.isArray(first.turns)) return "scenarios";
  if ("modelResponses" in first || "prompt" in first && "referenceResponse" in first) return "bedrock";
  return plain;
}
__name(kindOf, "kindOf");

// src/contamination/metric.ts
var CONTAMINATION_METRIC = "contamination_rate";
function contaminationMetric(result) {
  const count = result.contaminated.length;
  return {
    name: CONTAMINATION_METRIC,
    base: CONTAMINATION_METRIC,
    kind: "rate",
    value: result.rate,
    n: result.items,
    interval: result.items > 0 ? wilsonInterval(count, result.items) : void 0,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: false,
    description: `share of items with a ${result.ngram}-gram (${result.fields.join(", ")}) found in the training corpus${result.threshold > 0 ? ` (at least ${result.threshold} of their n-grams)` : ""}`
  };
}
__name(contaminationMetric, "contaminationMetric");
function contaminationOptions(config, corpus) {
  return {
    corpus: corpus ?? config.corpus,
    ngram: config.ngram,
    fields: config.fields,
    format: config.format,
    textField: config.textField,
    threshold: config.threshold
  };
}
__name(contaminationOptions, "contaminationOptions");
function describeContamination(result) {
  const ids = result.contaminated.map((item) => item.id);
  return `contamination: ${ids.length} of ${result.items} items share a ${result.ngram}-gram with the corpus (${result.corpus.files} files, ${result.corpus.tokens} tokens)${ids.length > 0 ? `: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", \u2026" : ""}` : ""}`;
}
__name(describeContamination, "describeContamination");

// src/scorers/common.ts
var METRIC_NAME = /^[a-z][a-z0-9_]*$/;
function checkMetricName(name, key, file) {
  if (typeof name !== "string" || !METRIC_NAME.test(name)) {
    throw new UserError(`metric name "${name}" is not snake_case.`, {
      file,
      key,
      fix: "Use lower-case letters, digits and underscores, starting with a letter (e.g. action_accuracy)."
    });
  }
}
__name(checkMetricName, "checkMetricName");
function binaryOutcomes(name) {
  return {
    pass: Object.freeze({ [name]: 1 }),
    fail: Object.freeze({ [name]: 0 }),
    na: Object.freeze({ [name]: null })
  };
}
__name(binaryOutcomes, "binaryOutcomes");
var SLOTS = 4;
var memoKeys = new Array(SLOTS).fill(void 0);
var memoValues = new Array(SLOTS).fill({ ok: false });
var memoNext = 0;
var INVALID = Object.freeze({ ok: false });
function parseJsonStrict(text) {
  for (let slot = 0; slot < SLOTS; slot++) {
    if (memoKeys[slot] === text) return memoValues[slot];
  }
  const result = parseUncached(text);
  memoKeys[memoNext] = text;
  memoValues[memoNext] = result;
  memoNext = (memoNext + 1) % SLOTS;
  return result;
}
__name(parseJsonStrict, "parseJsonStrict");
function parseUncached(text) {
  const trimmed = text.trim();
  const first = trimmed.charCodeAt(0);
  const plausible = first === 123 || // {
  first === 91 || // [
  first === 34 || // "
  first === 45 || // -
  first >= 48 && first <= 57 || first === 116 || // t(rue)
  first === 102 || // f(alse)
  first === 110;
  if (!plausible) return INVALID;
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return INVALID;
  }
}
__name(parseUncached, "parseUncached");
function describeJsonError(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "the output is empty";
  if (trimmed.startsWith("```")) {
    return "the JSON is wrapped in a ``` code fence; the contract is raw JSON with nothing around it";
  }
  try {
    JSON.parse(trimmed);
    return "the output is valid JSON";
  } catch (error) {
    const message = error.message;
    const brace = Math.min(...["{", "["].map((c) => trimmed.indexOf(c)).filter((index) => index >= 0));
    if (Number.isFinite(brace) && brace > 0) {
      return `text before the JSON (${JSON.stringify(truncate(trimmed.slice(0, brace), 40))}); ${message}`;
    }
    return message;
  }
}
__name(describeJsonError, "describeJsonError");
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!jsonEqual(a[index], b[index])) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a;
  const right = b;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return true;
}
__name(jsonEqual, "jsonEqual");
function firstDifference(actual, expected, path6 = "$") {
  if (jsonEqual(actual, expected)) return void 0;
  const bothObjects = typeof actual === "object" && typeof expected === "object" && actual !== null && expected !== null && Array.isArray(actual) === Array.isArray(expected);
  if (!bothObjects) return `${path6}: ${preview(actual)} vs expected ${preview(expected)}`;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let index = 0; index < Math.min(actual.length, expected.length); index++) {
      const difference = firstDifference(actual[index], expected[index], `${path6}[${index}]`);
      if (difference) return difference;
    }
    return `${path6}: ${actual.length} elements vs expected ${expected.length}`;
  }
  const left = actual;
  const right = expected;
  for (const key of Object.keys(right)) {
    if (!Object.hasOwn(left, key)) return `${path6}.${key}: missing (expected ${preview(right[key])})`;
    const difference = firstDifference(left[key], right[key], `${path6}.${key}`);
    if (difference) return difference;
  }
  const extra = Object.keys(left).find((key) => !Object.hasOwn(right, key));
  return `${path6}.${extra ?? "?"}: unexpected key`;
}
__name(firstDifference, "firstDifference");
function preview(value, max = 60) {
  const text = JSON.stringify(value) ?? String(value);
  return truncate(text, max);
}
__name(preview, "preview");
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
__name(truncate, "truncate");
function parsePath(path6) {
  const segments = path6.split(".");
  return segments.every((segment) => segment.length > 0) ? segments : void 0;
}
__name(parsePath, "parsePath");
var NOT_FOUND = Object.freeze({ found: false });
var ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function getPath(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      if (!ARRAY_INDEX.test(segment)) return NOT_FOUND;
      const index = Number(segment);
      if (index >= current.length) return NOT_FOUND;
      current = current[index];
    } else if (typeof current === "object" && current !== null) {
      if (!Object.hasOwn(current, segment)) return NOT_FOUND;
      current = current[segment];
    } else {
      return NOT_FOUND;
    }
  }
  return { found: true, value: current };
}
__name(getPath, "getPath");

// src/scorers/squad.ts
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
var ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
var PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
var NEEDS_FULL_PATH = /[\x00-\x08\x0e-\x1b\x7f-\uffff]/;
function squadNormalize(text) {
  return squadTokens(text).join(" ");
}
__name(squadNormalize, "squadNormalize");
function squadTokens(text) {
  const stripped = text.toLowerCase().replace(ASCII_PUNCTUATION, "");
  if (NEEDS_FULL_PATH.test(stripped)) return squadSplit(stripped.replace(ARTICLES, " "));
  return stripped.split(PYTHON_WHITESPACE).filter((token) => token !== "" && token !== "a" && token !== "an" && token !== "the");
}
__name(squadTokens, "squadTokens");
function squadSplit(text) {
  return text.split(PYTHON_WHITESPACE).filter((token) => token.length > 0);
}
__name(squadSplit, "squadSplit");
function squadF1(prediction, gold) {
  const predicted = squadTokens(prediction);
  const reference = squadTokens(gold);
  if (predicted.length === 0 || reference.length === 0) return predicted.length === reference.length ? 1 : 0;
  const remaining = /* @__PURE__ */ new Map();
  for (const token of reference) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let same = 0;
  for (const token of predicted) {
    const count = remaining.get(token);
    if (count) {
      same++;
      remaining.set(token, count - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / predicted.length;
  const recall = same / reference.length;
  return 2 * precision * recall / (precision + recall);
}
__name(squadF1, "squadF1");

// src/scorers/definition.ts
function defineMetric(definition) {
  return definition;
}
__name(defineMetric, "defineMetric");
function metricNameSchema(defaultName) {
  return defaultName === void 0 ? { $ref: "#/definitions/metricName" } : { $ref: "#/definitions/metricName", default: defaultName };
}
__name(metricNameSchema, "metricNameSchema");
function listOfNamedMetrics(required, properties) {
  return {
    type: "array",
    default: [],
    items: {
      type: "object",
      additionalProperties: false,
      required: ["name", ...required],
      properties: { name: metricNameSchema(), ...properties }
    }
  };
}
__name(listOfNamedMetrics, "listOfNamedMetrics");
function switchOrSettings(properties, description) {
  return {
    ...description === void 0 ? {} : { description },
    oneOf: [{ type: "boolean" }, { type: "object", additionalProperties: false, properties }]
  };
}
__name(switchOrSettings, "switchOrSettings");

// src/scorers/exact-match.ts
var exactMatchMetric = defineMetric({
  key: "exact-match",
  field: "exactMatch",
  schema: switchOrSettings({
    name: metricNameSchema("exact_match"),
    normalize: { type: "boolean", default: false },
    json: { type: "boolean", default: false }
  }),
  create: /* @__PURE__ */ __name((settings, { configKey }) => createExactMatchScorer(settings, configKey), "create")
});
function createExactMatchScorer(config, configKey = "metrics.exact-match") {
  const { name } = config;
  const metrics = [
    {
      name,
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      description: "Output equals the expected output" + (config.normalize ? " after SQuAD normalization" : " (trimmed)") + (config.json ? "; JSON answers compare as parsed values" : "") + "."
    }
  ];
  const outcomes = binaryOutcomes(name);
  const compare = /* @__PURE__ */ __name((output, expected) => {
    if (output.trim() === expected.trim()) return "match";
    if (config.json) {
      const wanted = parseJsonStrict(expected);
      if (wanted.ok) {
        const got = parseJsonStrict(output);
        if (got.ok) return jsonEqual(got.value, wanted.value) ? "match" : "json-differs";
        if (typeof wanted.value === "object" && wanted.value !== null) return "json-required";
      }
    }
    return config.normalize && squadNormalize(output) === squadNormalize(expected) ? "match" : "text-differs";
  }, "compare");
  return {
    name: "exact_match",
    configKey,
    metrics,
    applies: /* @__PURE__ */ __name((item) => item.expectedOutput !== void 0, "applies"),
    score(item, response) {
      if (item.expectedOutput === void 0) return outcomes.na;
      return compare(response.output, item.expectedOutput) === "match" ? outcomes.pass : outcomes.fail;
    },
    details(item, response) {
      const expected = item.expectedOutput;
      if (expected === void 0) return { [name]: "N/A: the item has no expected output" };
      const verdict = compare(response.output, expected);
      if (verdict === "match") return {};
      if (verdict === "json-differs") {
        const got = parseJsonStrict(response.output);
        const wanted = parseJsonStrict(expected);
        const where = got.ok && wanted.ok ? firstDifference(got.value, wanted.value) : void 0;
        return { [name]: `JSON differs at ${where ?? "$"}` };
      }
      if (verdict === "json-required") {
        return {
          [name]: "the expected output is JSON but the output is not valid JSON (fences and prose do not count)"
        };
      }
      const shown = config.normalize ? `normalized ${preview(squadNormalize(response.output))} vs ${preview(squadNormalize(expected))}` : `${preview(response.output.trim())} vs expected ${preview(expected.trim())}`;
      return { [name]: `no exact match: ${shown}` };
    }
  };
}
__name(createExactMatchScorer, "createExactMatchScorer");

// src/scorers/fields.ts
var fieldsMetric = defineMetric({
  key: "fields",
  field: "fields",
  many: true,
  schema: listOfNamedMetrics(["path"], {
    path: { type: "string", minLength: 1 },
    expected: { type: "string", default: "expected_action" }
  }),
  create: /* @__PURE__ */ __name((settings, { configKey, configFile }) => createFieldScorer(settings, configKey, configFile), "create")
});
var NONE = Object.freeze({ found: false });
function createFieldScorer(config, configKey = "metrics.fields", configFile) {
  const { name } = config;
  const outputPath = parsePath(config.path);
  if (!outputPath) {
    throw new UserError(`metric "${name}": "${config.path}" is not a dotted path.`, {
      file: configFile,
      key: `${configKey}.path`,
      fix: "Write field names separated by single dots, e.g. action, params.priority or items.0.id."
    });
  }
  const expectedOf = expectedSource(config, configKey, configFile);
  const metrics = [
    {
      name,
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      description: `The JSON output's ${config.path} equals the item's ${config.expected}.`
    }
  ];
  const outcomes = binaryOutcomes(name);
  return {
    name: "field",
    configKey,
    metrics,
    applies: /* @__PURE__ */ __name((item) => expectedOf(item).found, "applies"),
    score(item, response) {
      const expected = expectedOf(item);
      if (!expected.found) return outcomes.na;
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return outcomes.fail;
      const actual = getPath(parsed.value, outputPath);
      return actual.found && jsonEqual(actual.value, expected.value) ? outcomes.pass : outcomes.fail;
    },
    details(item, response) {
      const expected = expectedOf(item);
      if (!expected.found) return { [name]: `N/A: ${missingExpected(config.expected, item)}` };
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return { [name]: "the output is not valid JSON" };
      const actual = getPath(parsed.value, outputPath);
      if (!actual.found)
        return { [name]: `the output has no ${config.path} (expected ${preview(expected.value)})` };
      if (jsonEqual(actual.value, expected.value)) return {};
      return { [name]: `${config.path} is ${preview(actual.value)}, expected ${preview(expected.value)}` };
    }
  };
}
__name(createFieldScorer, "createFieldScorer");
function expectedSource(config, configKey, configFile) {
  const spec = config.expected;
  if (spec === "expected_action") {
    return (item) => item.expectedAction === void 0 ? NONE : { found: true, value: item.expectedAction };
  }
  if (spec === "expected_output") {
    return (item) => {
      if (item.expectedOutput === void 0) return NONE;
      const parsed = parseJsonStrict(item.expectedOutput);
      return { found: true, value: parsed.ok ? parsed.value : item.expectedOutput };
    };
  }
  const segments = spec.startsWith("expected_output.") ? parsePath(spec.slice("expected_output.".length)) : void 0;
  if (!segments) {
    throw new UserError(`metric "${config.name}": cannot read an expected value from "${spec}".`, {
      file: configFile,
      key: `${configKey}.expected`,
      fix: "Use expected_action, expected_output, or a dotted path into the expected output such as expected_output.priority."
    });
  }
  return (item) => {
    if (item.expectedOutput === void 0) return NONE;
    const parsed = parseJsonStrict(item.expectedOutput);
    return parsed.ok ? getPath(parsed.value, segments) : NONE;
  };
}
__name(expectedSource, "expectedSource");
function missingExpected(spec, item) {
  if (spec === "expected_action") return "the item has no expected action";
  if (item.expectedOutput === void 0) return "the item has no expected output";
  if (!parseJsonStrict(item.expectedOutput).ok) return "the expected output is not valid JSON";
  return `the expected output has no ${spec.slice("expected_output.".length)}`;
}
__name(missingExpected, "missingExpected");

// src/scorers/bleu.ts
var MAX_ORDER = 4;
var SYMBOLS = /([{-~[-` -&(-+:-@/])/g;
var PERIOD_COMMA_AFTER_NON_DIGIT = /([^0-9])([.,])/g;
var PERIOD_COMMA_BEFORE_NON_DIGIT = /([.,])([^0-9])/g;
var DASH_AFTER_DIGIT = /([0-9])(-)/g;
var PYTHON_WHITESPACE2 = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
var TRAILING_PYTHON_WHITESPACE = new RegExp(`(?:${PYTHON_WHITESPACE2.source})$`);
function splitPython(text) {
  return text.split(PYTHON_WHITESPACE2).filter((token) => token !== "");
}
__name(splitPython, "splitPython");
function tokenize13a(segment) {
  let line = segment.replaceAll("<skipped>", "").replaceAll("-\n", "").replaceAll("\n", " ").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  line = ` ${line} `.replace(SYMBOLS, " $1 ").replace(PERIOD_COMMA_AFTER_NON_DIGIT, "$1 $2 ").replace(PERIOD_COMMA_BEFORE_NON_DIGIT, " $1 $2").replace(DASH_AFTER_DIGIT, "$1 $2 ");
  return splitPython(line);
}
__name(tokenize13a, "tokenize13a");
function tokens(segment, options) {
  let text = segment.replace(TRAILING_PYTHON_WHITESPACE, "");
  if (options.lowercase) text = text.toLowerCase();
  return (options.tokenize ?? "13a") === "13a" ? tokenize13a(text) : splitPython(text);
}
__name(tokens, "tokens");
function ngramCounts(words, order) {
  const counts = /* @__PURE__ */ new Map();
  for (let n = 1; n <= order; n++) {
    for (let start = 0; start + n <= words.length; start++) {
      const key = `${n}${words.slice(start, start + n).join("")}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
__name(ngramCounts, "ngramCounts");
function segmentStats(hypothesis, references, options = {}) {
  const hyp = tokens(hypothesis, options);
  const refCounts = /* @__PURE__ */ new Map();
  let refLength = -1;
  let closest = -1;
  for (const reference of references) {
    const ref = tokens(reference, options);
    const diff = Math.abs(hyp.length - ref.length);
    if (closest === -1 || diff < closest || diff === closest && ref.length < refLength) {
      closest = diff;
      refLength = ref.length;
    }
    for (const [gram, count] of ngramCounts(ref, MAX_ORDER)) {
      refCounts.set(gram, Math.max(refCounts.get(gram) ?? 0, count));
    }
  }
  const matches = new Array(MAX_ORDER).fill(0);
  const totals = new Array(MAX_ORDER).fill(0);
  for (let n = 1; n <= MAX_ORDER; n++) totals[n - 1] = Math.max(0, hyp.length - n + 1);
  for (const [gram, count] of ngramCounts(hyp, MAX_ORDER)) {
    const n = Number(gram.slice(0, gram.indexOf("")));
    matches[n - 1] += Math.min(count, refCounts.get(gram) ?? 0);
  }
  return { hypLength: hyp.length, refLength: Math.max(refLength, 0), matches, totals };
}
__name(segmentStats, "segmentStats");
function safeLog(value) {
  return value === 0 ? -9999999999 : Math.log(value);
}
__name(safeLog, "safeLog");
function computeBleu(stats, options = {}) {
  const smoothing = options.smoothing ?? "exp";
  const smoothValue = options.smoothValue ?? (smoothing === "floor" ? 0.1 : 1);
  const { hypLength, refLength } = stats;
  const bp = hypLength < refLength ? hypLength > 0 ? Math.exp(1 - refLength / hypLength) : 0 : 1;
  const precisions = new Array(MAX_ORDER).fill(0);
  if (!stats.matches.some((count) => count > 0)) return { score: 0, precisions, bp, stats };
  const matches = [...stats.matches];
  const totals = [...stats.totals];
  let expFactor = 1;
  let order = MAX_ORDER;
  for (let n = 1; n <= MAX_ORDER; n++) {
    if (smoothing === "add-k" && n > 1) {
      matches[n - 1] += smoothValue;
      totals[n - 1] += smoothValue;
    }
    if (totals[n - 1] === 0) break;
    if (options.effectiveOrder) order = n;
    if (matches[n - 1] === 0) {
      if (smoothing === "exp") {
        expFactor *= 2;
        precisions[n - 1] = 100 / (expFactor * totals[n - 1]);
      } else if (smoothing === "floor") {
        precisions[n - 1] = 100 * smoothValue / totals[n - 1];
      }
    } else {
      precisions[n - 1] = 100 * matches[n - 1] / totals[n - 1];
    }
  }
  let logSum = 0;
  for (let index = 0; index < order; index++) logSum += safeLog(precisions[index]);
  return { score: bp * Math.exp(logSum / order), precisions, bp, stats };
}
__name(computeBleu, "computeBleu");
function sentenceBleu(hypothesis, references, options = {}) {
  const merged = { effectiveOrder: true, ...options };
  return computeBleu(segmentStats(hypothesis, references, merged), merged).score;
}
__name(sentenceBleu, "sentenceBleu");
function bleuSignature(options) {
  const smoothing = options.smoothing ?? "exp";
  const value = smoothing === "floor" ? options.smoothValue ?? 0.1 : smoothing === "add-k" ? options.smoothValue ?? 1 : void 0;
  return [
    `nrefs:${options.references}`,
    `case:${options.lowercase ? "lc" : "mixed"}`,
    `eff:${options.effectiveOrder ? "yes" : "no"}`,
    `tok:${options.tokenize ?? "13a"}`,
    `smooth:${smoothing}${value === void 0 ? "" : `[${value.toFixed(2)}]`}`,
    `version:evalgate-${EVALGATE_VERSION}`
  ].join("|");
}
__name(bleuSignature, "bleuSignature");

// src/scorers/chrf.ts
var CHRF_ORDER = 6;
var CHRF_BETA = 2;
function charNgrams(text, n) {
  const chars = Array.from(text);
  const counts = /* @__PURE__ */ new Map();
  for (let start = 0; start + n <= chars.length; start++) {
    const gram = chars.slice(start, start + n).join("");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}
__name(charNgrams, "charNgrams");
function chrfStats(hypothesis, reference, order = CHRF_ORDER) {
  const hyp = splitPython(hypothesis).join("");
  const ref = splitPython(reference).join("");
  const stats = [];
  for (let n = 1; n <= order; n++) {
    const hypCounts = charNgrams(hyp, n);
    const refCounts = charNgrams(ref, n);
    let hypTotal = 0;
    let matched = 0;
    for (const [gram, count] of hypCounts) {
      hypTotal += count;
      matched += Math.min(count, refCounts.get(gram) ?? 0);
    }
    let refTotal = 0;
    for (const count of refCounts.values()) refTotal += count;
    stats.push([hypTotal, refTotal, matched]);
  }
  return stats;
}
__name(chrfStats, "chrfStats");
function computeChrf(stats, beta = CHRF_BETA) {
  let precision = 0;
  let recall = 0;
  let effective = 0;
  for (const [hyp, ref, matched] of stats) {
    if (hyp > 0 && ref > 0) {
      precision += matched / hyp;
      recall += matched / ref;
      effective++;
    }
  }
  if (effective === 0) return 0;
  precision /= effective;
  recall /= effective;
  if (precision + recall === 0) return 0;
  const factor = beta * beta;
  return 100 * (1 + factor) * precision * recall / (factor * precision + recall);
}
__name(computeChrf, "computeChrf");
function sentenceChrf(hypothesis, reference, beta = CHRF_BETA) {
  return computeChrf(chrfStats(hypothesis, reference), beta);
}
__name(sentenceChrf, "sentenceChrf");
function chrfSignature() {
  return `nrefs:1|case:mixed|eff:yes|nc:${CHRF_ORDER}|nw:0|space:no|version:evalgate-${EVALGATE_VERSION}`;
}
__name(chrfSignature, "chrfSignature");

// src/scorers/porter.ts
var IRREGULAR = {
  skies: "sky",
  sky: "sky",
  dying: "die",
  lying: "lie",
  tying: "tie",
  news: "news",
  innings: "inning",
  inning: "inning",
  outings: "outing",
  outing: "outing",
  cannings: "canning",
  canning: "canning",
  howe: "howe",
  proceed: "proceed",
  exceed: "exceed",
  succeed: "succeed"
};
function isConsonant(word, index) {
  const char = word[index];
  if (char === "a" || char === "e" || char === "i" || char === "o" || char === "u") return false;
  if (char === "y") return index === 0 ? true : !isConsonant(word, index - 1);
  return true;
}
__name(isConsonant, "isConsonant");
function measure(stem) {
  let m = 0;
  let previousVowel = false;
  for (let index = 0; index < stem.length; index++) {
    const vowel = !isConsonant(stem, index);
    if (!vowel && previousVowel) m++;
    previousVowel = vowel;
  }
  return m;
}
__name(measure, "measure");
function hasVowel(stem) {
  for (let index = 0; index < stem.length; index++) if (!isConsonant(stem, index)) return true;
  return false;
}
__name(hasVowel, "hasVowel");
function endsDoubleConsonant(word) {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}
__name(endsDoubleConsonant, "endsDoubleConsonant");
function endsCvc(word) {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1];
  return isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && last !== "w" && last !== "x" && last !== "y";
}
__name(endsCvc, "endsCvc");
function applyRules(word, rules, condition) {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    return condition(stem) ? stem + replacement : word;
  }
  return word;
}
__name(applyRules, "applyRules");
function step1a(word) {
  if (word.endsWith("ies") && word.length === 4) return word.slice(0, -1);
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ies")) return word.slice(0, -2);
  if (word.endsWith("ss")) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}
__name(step1a, "step1a");
function step1b(word) {
  if (word.endsWith("ied")) return word.length === 4 ? word.slice(0, -1) : word.slice(0, -2);
  if (word.endsWith("eed")) {
    const stem2 = word.slice(0, -3);
    return measure(stem2) > 0 ? `${stem2}ee` : word;
  }
  let stem;
  if (word.endsWith("ed") && hasVowel(word.slice(0, -2))) stem = word.slice(0, -2);
  else if (word.endsWith("ing") && hasVowel(word.slice(0, -3))) stem = word.slice(0, -3);
  if (stem === void 0) return word;
  if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) return `${stem}e`;
  if (endsDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}
__name(step1b, "step1b");
function step1c(word) {
  if (word.endsWith("y") && word.length > 2 && isConsonant(word, word.length - 2)) {
    return `${word.slice(0, -1)}i`;
  }
  return word;
}
__name(step1c, "step1c");
var STEP2 = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["fulli", "ful"],
  ["lessli", "less"]
];
function step2(word) {
  if (word.endsWith("logi")) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  if (word.endsWith("alli") && measure(word.slice(0, -4)) > 0) return step2(word.slice(0, -2));
  return applyRules(word, STEP2_BY_LENGTH, (stem) => measure(stem) > 0);
}
__name(step2, "step2");
var STEP2_BY_LENGTH = [...STEP2].sort((a, b) => b[0].length - a[0].length);
var STEP3 = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""]
];
function step3(word) {
  return applyRules(word, STEP3, (stem) => measure(stem) > 0);
}
__name(step3, "step3");
var STEP4 = [
  "ement",
  "ance",
  "ence",
  "able",
  "ible",
  "ment",
  "ant",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ion",
  "al",
  "er",
  "ic",
  "ou"
];
function step4(word) {
  for (const suffix of STEP4) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (measure(stem) <= 1) return word;
    if (suffix === "ion" && !/[st]$/.test(stem)) return word;
    return stem;
  }
  return word;
}
__name(step4, "step4");
function step5(word) {
  if (word.endsWith("e")) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || m === 1 && !endsCvc(stem)) word = stem;
  }
  if (word.endsWith("ll") && measure(word.slice(0, -1)) > 1) word = word.slice(0, -1);
  return word;
}
__name(step5, "step5");
function porterStem(word) {
  const irregular = IRREGULAR[word];
  if (irregular !== void 0) return irregular;
  if (word.length <= 2) return word;
  return step5(step4(step3(step2(step1c(step1b(step1a(word)))))));
}
__name(porterStem, "porterStem");

// src/scorers/rouge.ts
var VALID_TOKEN = /^[a-z0-9]+$/;
function rougeTokens(text, stem = false) {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").split(/\s+/);
  const result = [];
  for (const word of words) {
    const token = stem && word.length > 3 ? porterStem(word) : word;
    if (VALID_TOKEN.test(token)) result.push(token);
  }
  return result;
}
__name(rougeTokens, "rougeTokens");
function fmeasure(precision, recall) {
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}
__name(fmeasure, "fmeasure");
function ngrams(tokens2, n) {
  const counts = /* @__PURE__ */ new Map();
  for (let start = 0; start + n <= tokens2.length; start++) {
    const key = tokens2.slice(start, start + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
__name(ngrams, "ngrams");
function rougeNTokens(target, prediction, n) {
  const targetCounts = ngrams(target, n);
  const predictionCounts = ngrams(prediction, n);
  let overlap = 0;
  let predictionTotal = 0;
  for (const [gram, count] of predictionCounts) {
    predictionTotal += count;
    overlap += Math.min(count, targetCounts.get(gram) ?? 0);
  }
  let targetTotal = 0;
  for (const count of targetCounts.values()) targetTotal += count;
  const precision = overlap / Math.max(predictionTotal, 1);
  const recall = overlap / Math.max(targetTotal, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
__name(rougeNTokens, "rougeNTokens");
function lcsLength(a, b) {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
__name(lcsLength, "lcsLength");
function rougeLTokens(target, prediction) {
  if (target.length === 0 || prediction.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsLength(target, prediction);
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
__name(rougeLTokens, "rougeLTokens");
function rougeScores(target, prediction, types = ["rouge1", "rouge2", "rougeL"], stem = false) {
  const targetTokens = rougeTokens(target, stem);
  const predictionTokens = rougeTokens(prediction, stem);
  const scores = {};
  for (const type of types) {
    scores[type] = type === "rougeL" ? rougeLTokens(targetTokens, predictionTokens) : rougeNTokens(targetTokens, predictionTokens, type === "rouge1" ? 1 : 2);
  }
  return scores;
}
__name(rougeScores, "rougeScores");

// src/scorers/generation.ts
var rougeMetric = defineMetric({
  key: "rouge",
  field: "rouge",
  schema: switchOrSettings(
    {
      types: {
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { enum: ["rouge1", "rouge2", "rougeL"] },
        default: ["rouge1", "rouge2", "rougeL"]
      },
      stemmer: {
        type: "boolean",
        default: false,
        description: "Porter-stem words longer than 3 characters (rouge_score's use_stemmer)."
      }
    },
    "ROUGE F-measure (0 to 1) against the expected output, as Google's rouge_score computes it: per item rouge1, rouge2, rouge_l, aggregated as rouge1_mean etc."
  ),
  create: /* @__PURE__ */ __name((settings, { configKey }) => createRougeScorer(settings, configKey), "create")
});
var bleuMetric = defineMetric({
  key: "bleu",
  field: "bleu",
  schema: {
    type: "boolean",
    description: "BLEU with sacreBLEU's defaults (13a tokenizer, exp smoothing): sentence BLEU per item (bleu, aggregated as bleu_mean) and corpus BLEU (corpus_bleu) with a bootstrap interval and the signature."
  },
  create: /* @__PURE__ */ __name((_settings, { configKey }) => createBleuScorer(configKey), "create")
});
var chrfMetric = defineMetric({
  key: "chrf",
  field: "chrf",
  schema: {
    type: "boolean",
    description: "chrF2 with sacreBLEU's defaults (character 6-grams, beta 2): per item (chrf, aggregated as chrf_mean) and at corpus level (corpus_chrf)."
  },
  create: /* @__PURE__ */ __name((_settings, { configKey }) => createChrfScorer(configKey), "create")
});
var ROUGE_METRIC_NAMES = {
  rouge1: "rouge1",
  rouge2: "rouge2",
  rougeL: "rouge_l"
};
var hasReference = /* @__PURE__ */ __name((item) => item.expectedOutput !== void 0, "hasReference");
function naNotes(names, item) {
  if (hasReference(item)) return {};
  return Object.fromEntries(names.map((name) => [name, "N/A: the item has no expected output"]));
}
__name(naNotes, "naNotes");
function createRougeScorer(config, configKey = "metrics.rouge") {
  const stemmed = config.stemmer ? ", Porter-stemmed" : "";
  const metrics = config.types.map((type) => ({
    name: ROUGE_METRIC_NAMES[type],
    kind: "continuous",
    higherIsBetter: true,
    onError: "fail",
    description: `${type === "rougeL" ? "ROUGE-L" : `ROUGE-${type.slice(-1)}`} F-measure against the expected output (0 to 1; rouge_score's tokenizer${stemmed}).`
  }));
  const names = metrics.map((spec) => spec.name);
  return {
    name: "rouge",
    configKey,
    metrics,
    applies: hasReference,
    score(item, response) {
      if (item.expectedOutput === void 0) return Object.fromEntries(names.map((name) => [name, null]));
      const scores = rougeScores(item.expectedOutput, response.output, config.types, config.stemmer);
      return Object.fromEntries(
        config.types.map((type) => [ROUGE_METRIC_NAMES[type], scores[type].fmeasure])
      );
    },
    details: /* @__PURE__ */ __name((item) => naNotes(names, item), "details")
  };
}
__name(createRougeScorer, "createRougeScorer");
function createBleuScorer(configKey = "metrics.bleu") {
  const signature = bleuSignature({ references: 1, effectiveOrder: true });
  return {
    name: "bleu",
    configKey,
    metrics: [
      {
        name: "bleu",
        kind: "continuous",
        higherIsBetter: true,
        onError: "fail",
        corpus: "bleu",
        description: `Sentence BLEU against the expected output (0 to 100), signature ${signature} (evalgate's implementation of sacreBLEU's BLEU).`
      }
    ],
    applies: hasReference,
    score(item, response) {
      return {
        bleu: item.expectedOutput === void 0 ? null : sentenceBleu(response.output, [item.expectedOutput])
      };
    },
    details: /* @__PURE__ */ __name((item) => naNotes(["bleu"], item), "details")
  };
}
__name(createBleuScorer, "createBleuScorer");
function createChrfScorer(configKey = "metrics.chrf") {
  return {
    name: "chrf",
    configKey,
    metrics: [
      {
        name: "chrf",
        kind: "continuous",
        higherIsBetter: true,
        onError: "fail",
        corpus: "chrf",
        description: `chrF2 against the expected output (0 to 100), signature ${chrfSignature()} (evalgate's implementation of sacreBLEU's chrF).`
      }
    ],
    applies: hasReference,
    score(item, response) {
      return {
        chrf: item.expectedOutput === void 0 ? null : sentenceChrf(response.output, item.expectedOutput)
      };
    },
    details: /* @__PURE__ */ __name((item) => naNotes(["chrf"], item), "details")
  };
}
__name(createChrfScorer, "createChrfScorer");

// src/scorers/task-api-schema.ts
var TASK_API_SCHEMA = Object.freeze({
  type: "object",
  required: ["action"],
  properties: { action: { type: "string" } }
});
var JSON_METRIC_AJV_OPTIONS = { allErrors: false, strict: false };

// src/scorers/json.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path5 from "node:path";

// src/scorers/task-api-validator.ts
var validate = validate10;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.action === void 0 && (missing0 = "action")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.action !== void 0) {
          if (typeof data.action !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
__name(validate10, "validate10");
function taskApiValidator() {
  return validate;
}
__name(taskApiValidator, "taskApiValidator");

// src/scorers/json.ts
var jsonMetric = defineMetric({
  key: "json",
  field: "json",
  schema: switchOrSettings({
    schema: { type: "string", description: "JSON Schema file the output must satisfy." }
  }),
  create: /* @__PURE__ */ __name((settings, { baseDir, configFile, configKey }) => createJsonScorer(settings, { baseDir, configFile, configKey }), "create")
});
var NOT_JSON = Object.freeze({ json_valid: 0, schema_valid: 0 });
var REJECTED_BY_SCHEMA = Object.freeze({ json_valid: 1, schema_valid: 0 });
var VALID = Object.freeze({ json_valid: 1, schema_valid: 1 });
var addFormats = import_ajv_formats.default.default;
function createJsonScorer(config, options) {
  const configKey = options.configKey ?? "metrics.json";
  const schemaFile = config.schema === void 0 ? void 0 : path5.resolve(options.baseDir, config.schema);
  const validate2 = schemaFile === void 0 ? taskApiValidator() : loadSchema(schemaFile, `${configKey}.schema`);
  const shape = schemaFile === void 0 ? 'the Task API shape (an object with a string "action")' : schemaFile;
  const metrics = [
    {
      name: "json_valid",
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      aggregateName: "json_valid_rate",
      description: "The whole output is valid JSON (no code fence, no text around it)."
    },
    {
      name: "schema_valid",
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      aggregateName: "schema_valid_rate",
      description: `The output is valid JSON that satisfies ${schemaFile ? `the schema ${path5.basename(schemaFile)}` : shape}.`
    }
  ];
  const validationError = /* @__PURE__ */ __name((output) => {
    const parsed = parseJsonStrict(output);
    if (!parsed.ok || validate2(parsed.value)) return void 0;
    return formatAjvError(validate2.errors?.[0]);
  }, "validationError");
  return {
    name: "json",
    configKey,
    metrics,
    schemaFile,
    score(_item, response) {
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return NOT_JSON;
      return validate2(parsed.value) ? VALID : REJECTED_BY_SCHEMA;
    },
    validationError,
    details(_item, response) {
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) {
        const why = describeJsonError(response.output);
        return { json_valid: why, schema_valid: `not valid JSON: ${why}` };
      }
      const error = validationError(response.output);
      return error === void 0 ? {} : { schema_valid: error };
    }
  };
}
__name(createJsonScorer, "createJsonScorer");
function loadSchema(file, key) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read the JSON Schema file (${error.code ?? String(error)}).`,
      {
        file,
        key,
        fix: "Check the path; it is relative to the config file."
      }
    );
  }
  let schema;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the JSON Schema file is not valid JSON: ${error.message}.`, {
      file,
      key,
      fix: "Fix the JSON syntax of the schema file."
    });
  }
  const isObject = typeof schema === "object" && schema !== null && !Array.isArray(schema);
  if (!isObject && typeof schema !== "boolean") {
    throw new UserError("the JSON Schema must be an object (or true or false).", {
      file,
      key,
      fix: 'Write the schema as a JSON object, e.g. {"type": "object", "required": ["action"]}.'
    });
  }
  return compile(ajvFor(schema, file, key), schema, file, key);
}
__name(loadSchema, "loadSchema");
function ajvFor(schema, file, key) {
  const dialect = typeof schema === "object" && schema !== null ? schema.$schema : void 0;
  let ajv;
  if (dialect === void 0 || typeof dialect === "string" && /draft-07/.test(dialect)) {
    ajv = new import_ajv.Ajv(JSON_METRIC_AJV_OPTIONS);
  } else if (typeof dialect === "string" && /2020-12/.test(dialect)) {
    ajv = new import__2.Ajv2020(JSON_METRIC_AJV_OPTIONS);
  } else if (typeof dialect === "string" && /2019-09/.test(dialect)) {
    ajv = new import__.Ajv2019(JSON_METRIC_AJV_OPTIONS);
  } else {
    throw new UserError(`unsupported JSON Schema dialect ${JSON.stringify(dialect)}.`, {
      file,
      key,
      fix: 'Use "$schema": "http://json-schema.org/draft-07/schema#" or "https://json-schema.org/draft/2020-12/schema" (or 2019-09), or leave "$schema" out for draft-07. Draft-06 schemas are usually valid draft-07 schemas.'
    });
  }
  addFormats(ajv);
  return ajv;
}
__name(ajvFor, "ajvFor");
function compile(ajv, schema, file, key) {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new UserError(`invalid JSON Schema: ${error.message}.`, {
      file,
      key,
      fix: "Fix the schema (ajv compiles draft-07, 2019-09 and 2020-12; $ref must point inside the file)."
    });
  }
}
__name(compile, "compile");
function formatAjvError(error) {
  if (!error) return "rejected by the schema";
  const where = error.instancePath === "" ? "the top level" : error.instancePath;
  const params = error.params;
  let message = error.message ?? "is invalid";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    message += ` (${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")})`;
  } else if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    message += ` ("${params.additionalProperty}")`;
  } else if (error.keyword === "const") {
    message += ` (${JSON.stringify(params.allowedValue)})`;
  }
  return `at ${where}: ${message}`;
}
__name(formatAjvError, "formatAjvError");

// src/scorers/numeric.ts
var numericMetric = defineMetric({
  key: "numeric",
  field: "numeric",
  schema: switchOrSettings({
    name: metricNameSchema("numeric_match"),
    extract: { enum: ["boxed-or-last", "boxed", "last-number"], default: "boxed-or-last" },
    tolerance: { type: "number", minimum: 0, default: 1e-6 }
  }),
  create: /* @__PURE__ */ __name((settings, { configKey }) => createNumericScorer(settings, configKey), "create")
});
function createNumericScorer(config, configKey = "metrics.numeric") {
  const { name, extract, tolerance } = config;
  const expectedOf = /* @__PURE__ */ __name((item) => item.expectedOutput === void 0 ? null : parseExpectedNumber(item.expectedOutput), "expectedOf");
  const metrics = [
    {
      name,
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      description: `The final answer (${extract}) equals the expected number within ${tolerance}.`
    }
  ];
  return {
    name: "numeric",
    configKey,
    metrics,
    applies: /* @__PURE__ */ __name((item) => expectedOf(item) !== null, "applies"),
    score(item, response) {
      const expected = expectedOf(item);
      if (expected === null) return { [name]: null };
      const answer = extractAnswer(response.output, extract);
      return { [name]: answer.ok && Math.abs(answer.value - expected) <= tolerance ? 1 : 0 };
    },
    details(item, response) {
      if (item.expectedOutput === void 0) return { [name]: "N/A: the item has no expected output" };
      const expected = expectedOf(item);
      if (expected === null) {
        return { [name]: `N/A: the expected output ${preview(item.expectedOutput)} is not a number` };
      }
      const answer = extractAnswer(response.output, extract);
      if (!answer.ok) return { [name]: answer.reason };
      if (Math.abs(answer.value - expected) <= tolerance) return {};
      const from = answer.from === "boxed" ? `\\boxed{${truncate(answer.text, 40)}}` : `the last number "${answer.text}"`;
      return { [name]: `answer ${answer.value} (from ${from}), expected ${expected}` };
    }
  };
}
__name(createNumericScorer, "createNumericScorer");
function extractAnswer(output, mode) {
  if (mode !== "last-number") {
    const boxed = lastBoxed(output);
    if (boxed !== void 0) {
      const value = parseAnswerNumber(boxed);
      return value === null ? { ok: false, reason: `the boxed answer \\boxed{${truncate(boxed, 40)}} is not a number` } : { ok: true, value, from: "boxed", text: boxed };
    }
    if (mode === "boxed") return { ok: false, reason: "no \\boxed{...} answer in the output" };
  }
  const last = lastNumber(output);
  if (!last) {
    return {
      ok: false,
      reason: mode === "last-number" ? "no number in the output" : "no \\boxed{...} answer and no number in the output"
    };
  }
  return { ok: true, value: last.value, from: "last-number", text: last.text };
}
__name(extractAnswer, "extractAnswer");
var BOXED = "\\boxed";
function lastBoxed(text) {
  let at = text.lastIndexOf(BOXED);
  while (at >= 0) {
    let index = at + BOXED.length;
    while (index < text.length && (text[index] === " " || text[index] === "	")) index++;
    if (text[index] === "{") {
      const start = index + 1;
      let depth = 1;
      for (index = start; index < text.length; index++) {
        const char = text[index];
        if (char === "\\") index++;
        else if (char === "{") depth++;
        else if (char === "}" && --depth === 0) return text.slice(start, index);
      }
    }
    if (at === 0) break;
    at = text.lastIndexOf(BOXED, at - 1);
  }
  return void 0;
}
__name(lastBoxed, "lastBoxed");
var NUMBER = /(?:(?<![\p{L}\p{N}_)\]])[-\u2212])?\$?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/gu;
function numberValue(text) {
  return Number(text.replace(/[$,]/g, "").replace("\u2212", "-"));
}
__name(numberValue, "numberValue");
function isDigit(code) {
  return code >= 48 && code <= 57;
}
__name(isDigit, "isDigit");
function isNumberChar(code) {
  return isDigit(code) || code === 44 || code === 46 || code === 36 || code === 45 || code === 8722;
}
__name(isNumberChar, "isNumberChar");
function lastNumber(text) {
  let end = text.length - 1;
  while (end >= 0 && !isDigit(text.charCodeAt(end))) end--;
  if (end < 0) return void 0;
  let start = end;
  while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
  NUMBER.lastIndex = start;
  let last;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) last = match;
  if (!last) return void 0;
  return { value: numberValue(last[0]), text: last[0] };
}
__name(lastNumber, "lastNumber");
var PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
var LATEX_TEXT = /\\(?:text|textbf|textit|textrm|mathrm|mathbf|mbox|operatorname)\s*\{([^{}]*)\}/g;
var LATEX_FRACTION = /^(-)?\s*(\d+)?\s*\\frac\s*\{\s*(\d+(?:\.\d+)?)\s*\}\s*\{\s*(\d+(?:\.\d+)?)\s*\}[\p{L}\s.]*$/u;
var PLAIN_FRACTION = /^(-)?\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)[\p{L}\s.]*$/u;
var ANSWER_REST = /^[\p{L}\p{M}\s.,;:!?'"()/]*$/u;
function parseAnswerNumber(raw) {
  const trimmed = raw.trim();
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  let text = trimmed;
  if (text.includes("\\") || text.includes("{,}")) {
    text = text.replace(LATEX_TEXT, " $1 ").replace(/\\[dt]frac/g, "\\frac").replace(/\\frac\s*(\d)\s*(\d)/g, "\\frac{$1}{$2}").replace(/\{,\}/g, ",").replace(/\^\s*\{?\s*\\circ\s*\}?/g, " ").replace(/\\(?:left|right|displaystyle)(?![a-zA-Z])/g, "").replace(/\\[$%,;:! ]/g, " ");
  }
  text = text.replace(/[$%€£~]/g, " ").replace(/\u2212/g, "-").trim().replace(/^[\p{L}\s]+=\s*/u, "");
  const latex = LATEX_FRACTION.exec(text);
  if (latex) return fraction(latex[1], latex[2], latex[3], latex[4]);
  const plain = PLAIN_FRACTION.exec(text);
  if (plain) return fraction(plain[1], void 0, plain[2], plain[3]);
  NUMBER.lastIndex = 0;
  const found = NUMBER.exec(text);
  if (!found || NUMBER.exec(text) !== null) return null;
  const rest = text.slice(0, found.index) + " " + text.slice(found.index + found[0].length);
  if (!ANSWER_REST.test(rest.replace(new RegExp("(?<=\\p{L})-(?=\\p{L})", "gu"), ""))) return null;
  return numberValue(found[0]);
}
__name(parseAnswerNumber, "parseAnswerNumber");
function fraction(sign, whole, numerator, denominator) {
  const bottom = Number(denominator);
  if (bottom === 0) return null;
  const magnitude = Number(whole ?? 0) + Number(numerator) / bottom;
  return sign ? -magnitude : magnitude;
}
__name(fraction, "fraction");
function parseExpectedNumber(expected) {
  const marker = expected.lastIndexOf("####");
  return parseAnswerNumber(marker >= 0 ? expected.slice(marker + 4) : expected);
}
__name(parseExpectedNumber, "parseExpectedNumber");

// src/scorers/text.ts
var containsMetric = defineMetric({
  key: "contains",
  field: "contains",
  many: true,
  schema: listOfNamedMetrics(["values"], {
    values: { type: "array", minItems: 1, items: { type: "string" } },
    "case-sensitive": { type: "boolean", default: true }
  }),
  create: /* @__PURE__ */ __name((settings, { configKey }) => createContainsScorer(settings, configKey), "create")
});
var regexMetric = defineMetric({
  key: "regex",
  field: "regex",
  many: true,
  schema: listOfNamedMetrics(["pattern"], {
    pattern: { type: "string" },
    flags: { type: "string", pattern: "^[imsu]*$", default: "" },
    "must-match": { type: "boolean", default: true }
  }),
  create: /* @__PURE__ */ __name((settings, { configKey, configFile }) => createRegexScorer(settings, configKey, configFile), "create")
});
var f1Metric = defineMetric({
  key: "f1",
  field: "f1",
  schema: switchOrSettings(
    { name: metricNameSchema("f1") },
    "SQuAD token F1 between the output and the expected output (a continuous metric, aggregated as f1_mean)."
  ),
  create: /* @__PURE__ */ __name((settings, { configKey }) => createTokenF1Scorer(settings, configKey), "create")
});
var EXPECTED_PLACEHOLDER = /\{\{\s*expected\s*\}\}/g;
function createContainsScorer(config, configKey = "metrics.contains") {
  const { name, caseSensitive } = config;
  const fold = /* @__PURE__ */ __name((text) => caseSensitive ? text : text.toLowerCase(), "fold");
  const needles = config.values.map(
    (value) => value.search(EXPECTED_PLACEHOLDER) >= 0 ? { template: value } : { literal: fold(value) }
  );
  const usesExpected = needles.some((needle) => "template" in needle);
  const resolve = /* @__PURE__ */ __name((needle, expected) => "literal" in needle ? needle.literal : expected === void 0 ? void 0 : fold(needle.template.replace(EXPECTED_PLACEHOLDER, () => expected.trim())), "resolve");
  const firstMissing = /* @__PURE__ */ __name((item, output) => {
    if (usesExpected && item.expectedOutput === void 0) return void 0;
    const haystack = fold(output);
    for (const needle of needles) {
      const wanted = resolve(needle, item.expectedOutput);
      if (!haystack.includes(wanted)) return wanted;
    }
    return null;
  }, "firstMissing");
  const metrics = [
    {
      name,
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      description: `The output contains ${config.values.map((value) => JSON.stringify(value)).join(", ")}${caseSensitive ? "" : " (case-insensitive)"}.`
    }
  ];
  return {
    name: "contains",
    configKey,
    metrics,
    applies: /* @__PURE__ */ __name((item) => !usesExpected || item.expectedOutput !== void 0, "applies"),
    score(item, response) {
      const missing = firstMissing(item, response.output);
      return { [name]: missing === void 0 ? null : missing === null ? 1 : 0 };
    },
    details(item, response) {
      const missing = firstMissing(item, response.output);
      if (missing === void 0)
        return { [name]: "N/A: {{expected}} is used and the item has no expected output" };
      return missing === null ? {} : { [name]: `the output does not contain ${preview(missing)}` };
    }
  };
}
__name(createContainsScorer, "createContainsScorer");
function createRegexScorer(config, configKey = "metrics.regex", configFile) {
  const { name, mustMatch } = config;
  const flags = config.flags.replace(/[gy]/g, "");
  let pattern;
  try {
    pattern = new RegExp(config.pattern, flags);
  } catch (error) {
    throw new UserError(
      `metric "${name}": invalid regular expression /${config.pattern}/${flags}: ${error.message}.`,
      {
        file: configFile,
        key: `${configKey}.pattern`,
        fix: "Write a JavaScript regular expression (in YAML, single quotes keep backslashes as they are)."
      }
    );
  }
  const metrics = [
    {
      name,
      kind: "binary",
      higherIsBetter: true,
      onError: "fail",
      description: `The output ${mustMatch ? "matches" : "does not match"} /${config.pattern}/${flags}.`
    }
  ];
  return {
    name: "regex",
    configKey,
    metrics,
    score(_item, response) {
      return { [name]: pattern.test(response.output) === mustMatch ? 1 : 0 };
    },
    details(_item, response) {
      const match = pattern.exec(response.output);
      if (match !== null === mustMatch) return {};
      return match ? { [name]: `the output matches /${config.pattern}/${flags} at ${preview(truncate(match[0], 60))}` } : { [name]: `the output does not match /${config.pattern}/${flags}` };
    }
  };
}
__name(createRegexScorer, "createRegexScorer");
function createTokenF1Scorer(config, configKey = "metrics.f1") {
  const { name } = config;
  const metrics = [
    {
      name,
      kind: "continuous",
      higherIsBetter: true,
      onError: "fail",
      description: "SQuAD token F1 between the output and the expected output (0 to 1)."
    }
  ];
  return {
    name: "token_f1",
    configKey,
    metrics,
    applies: /* @__PURE__ */ __name((item) => item.expectedOutput !== void 0, "applies"),
    score(item, response) {
      return {
        [name]: item.expectedOutput === void 0 ? null : squadF1(response.output, item.expectedOutput)
      };
    },
    details(item) {
      return item.expectedOutput === void 0 ? { [name]: "N/A: the item has no expected output" } : {};
    }
  };
}
__name(createTokenF1Scorer, "createTokenF1Scorer");

// src/core/schema-defaults.ts
function withDefaults(value, schema) {
  return fill(value, schema, (key) => key);
}
__name(withDefaults, "withDefaults");
function settingsWithDefaults(value, schema) {
  return fill(value, schema, camelCase);
}
__name(settingsWithDefaults, "settingsWithDefaults");
function defaultOf(schema, key) {
  const properties = schema.properties;
  return structuredClone(properties?.[key]?.default);
}
__name(defaultOf, "defaultOf");
function camelCase(key) {
  return key.replace(/-([a-z0-9])/g, (_match, letter) => letter.toUpperCase());
}
__name(camelCase, "camelCase");
function fill(value, schema, rename) {
  const current = value === void 0 ? structuredClone(schema.default) : value;
  if (Array.isArray(current)) {
    const items = schema.items;
    return items ? current.map((entry) => fill(entry, items, rename)) : current;
  }
  if (current === null || typeof current !== "object") return current;
  const objectSchema = objectBranch(schema);
  const properties = objectSchema?.properties;
  if (!properties) return current;
  const raw = current;
  const result = {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    result[rename(key)] = fill(raw[key], propertySchema, rename);
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(properties, key)) result[key] = raw[key];
  }
  return result;
}
__name(fill, "fill");
function objectBranch(schema) {
  if (schema.properties) return schema;
  const branches = schema.oneOf;
  return branches?.find((branch) => branch.type === "object");
}
__name(objectBranch, "objectBranch");

// src/scorers/registry.ts
var METRIC_DEFINITIONS = [
  exactMatchMetric,
  jsonMetric,
  fieldsMetric,
  containsMetric,
  regexMetric,
  numericMetric,
  f1Metric,
  rougeMetric,
  bleuMetric,
  chrfMetric
];
var PER_CATEGORY_SCHEMA = {
  type: "boolean",
  default: true,
  description: "Also aggregate every metric per category (metric@category)."
};
function metricsSchema() {
  return {
    type: "object",
    additionalProperties: false,
    description: "Stage 1, automated metrics computed on every item.",
    properties: {
      ...Object.fromEntries(METRIC_DEFINITIONS.map((definition) => [definition.key, definition.schema])),
      "per-category": PER_CATEGORY_SCHEMA
    }
  };
}
__name(metricsSchema, "metricsSchema");
function normalizeMetrics(raw) {
  const metrics = {};
  for (const definition of METRIC_DEFINITIONS) {
    metrics[definition.field] = settingsOf(definition, raw[definition.key]);
  }
  metrics.perCategory = settingsWithDefaults(raw["per-category"], PER_CATEGORY_SCHEMA);
  return metrics;
}
__name(normalizeMetrics, "normalizeMetrics");
function settingsOf(definition, value) {
  if (definition.settings) return definition.settings(value);
  if (definition.many) return settingsWithDefaults(value, definition.schema);
  if (value === void 0 || value === false) return void 0;
  return settingsWithDefaults(value === true && definition.schema.oneOf ? {} : value, definition.schema);
}
__name(settingsOf, "settingsOf");
function createConfiguredScorers(metrics, context) {
  const scorers = [];
  for (const definition of METRIC_DEFINITIONS) {
    const settings = metrics[definition.field];
    const configKey = `metrics.${definition.key}`;
    if (definition.many) {
      settings?.forEach((entry, index) => {
        scorers.push(definition.create(entry, { ...context, configKey: `${configKey}[${index}]` }));
      });
    } else if (settings !== void 0 && settings !== false) {
      scorers.push(definition.create(settings, { ...context, configKey }));
    }
  }
  return scorers;
}
__name(createConfiguredScorers, "createConfiguredScorers");

export {
  IMPORT_FORMATS,
  isImportFormat,
  withDefaults,
  defaultOf,
  checkMetricName,
  MAX_ORDER,
  segmentStats,
  computeBleu,
  bleuSignature,
  chrfStats,
  computeChrf,
  chrfSignature,
  metricsSchema,
  normalizeMetrics,
  createConfiguredScorers,
  createImportedScorer,
  heldOutSetOf,
  describeHeldOut,
  heldOutMismatch,
  loadDataset,
  CONTAMINATION_METRIC,
  contaminationMetric,
  contaminationOptions,
  describeContamination
};
