import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
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
  require_validation_error
} from "./chunk-2ZSTHQWL.js";
import {
  UserError
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
    var metadata = require_meta_data();
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
        metadata,
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
    var metadata = require_meta_data2();
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
        metadata,
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

// src/core/import-formats.ts
var IMPORT_FORMATS = ["bedrock-eval", "lm-eval-harness", "promptfoo"];
function isImportFormat(format) {
  return IMPORT_FORMATS.includes(format);
}
__name(isImportFormat, "isImportFormat");

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
function firstDifference(actual, expected, path2 = "$") {
  if (jsonEqual(actual, expected)) return void 0;
  const bothObjects = typeof actual === "object" && typeof expected === "object" && actual !== null && expected !== null && Array.isArray(actual) === Array.isArray(expected);
  if (!bothObjects) return `${path2}: ${preview(actual)} vs expected ${preview(expected)}`;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let index = 0; index < Math.min(actual.length, expected.length); index++) {
      const difference = firstDifference(actual[index], expected[index], `${path2}[${index}]`);
      if (difference) return difference;
    }
    return `${path2}: ${actual.length} elements vs expected ${expected.length}`;
  }
  const left = actual;
  const right = expected;
  for (const key of Object.keys(right)) {
    if (!Object.hasOwn(left, key)) return `${path2}.${key}: missing (expected ${preview(right[key])})`;
    const difference = firstDifference(left[key], right[key], `${path2}.${key}`);
    if (difference) return difference;
  }
  const extra = Object.keys(left).find((key) => !Object.hasOwn(right, key));
  return `${path2}.${extra ?? "?"}: unexpected key`;
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
function parsePath(path2) {
  const segments = path2.split(".");
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
import path from "node:path";

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
  const schemaFile = config.schema === void 0 ? void 0 : path.resolve(options.baseDir, config.schema);
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
      description: `The output is valid JSON that satisfies ${schemaFile ? `the schema ${path.basename(schemaFile)}` : shape}.`
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
  createConfiguredScorers
};
