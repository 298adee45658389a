import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  IMPORT_FORMATS,
  defaultOf,
  isImportFormat,
  metricsSchema,
  normalizeMetrics,
  withDefaults
} from "./chunk-3VA3RSOF.js";
import {
  normalizeJudgeConfig
} from "./chunk-DU5443JY.js";
import {
  decodeUtf8,
  describeUtf8Fault,
  require_equal,
  require_ucs2length
} from "./chunk-2ZSTHQWL.js";
import {
  UserError,
  UserErrors
} from "./chunk-FX4CWXZZ.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-ATWX4YAV.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS, "isAlias");
    var isDocument = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC, "isDocument");
    var isMap2 = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP, "isMap");
    var isPair2 = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR, "isPair");
    var isScalar2 = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR, "isScalar");
    var isSeq2 = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ, "isSeq");
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isCollection, "isCollection");
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isNode, "isNode");
    var hasAnchor = /* @__PURE__ */ __name((node) => (isScalar2(node) || isCollection(node)) && !!node.anchor, "hasAnchor");
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    __name(visit2, "visit");
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path3) {
      const ctrl = callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visit_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visit_, "visit_");
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    __name(visitAsync, "visitAsync");
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path3) {
      const ctrl = await callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visitAsync_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visitAsync_, "visitAsync_");
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    __name(initVisitor, "initVisitor");
    function callVisitor(key, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path3);
      return void 0;
    }
    __name(callVisitor, "callVisitor");
    function replaceNode(key, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    __name(replaceNode, "replaceNode");
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = /* @__PURE__ */ __name((tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), "escapeTagName");
    var Directives = class _Directives {
      static {
        __name(this, "Directives");
      }
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    __name(anchorIsValid, "anchorIsValid");
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    __name(anchorNames, "anchorNames");
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    __name(findNewAnchor, "findNewAnchor");
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: /* @__PURE__ */ __name((source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        }, "onAnchor"),
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: /* @__PURE__ */ __name(() => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        }, "setAnchors"),
        sourceObjects
      };
    }
    __name(createNodeAnchors, "createNodeAnchors");
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    __name(applyReviver, "applyReviver");
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    __name(toJS, "toJS");
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      static {
        __name(this, "NodeBase");
      }
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      static {
        __name(this, "Alias");
      }
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: /* @__PURE__ */ __name((_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }, "Node")
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    __name(getAliasCount, "getAliasCount");
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = /* @__PURE__ */ __name((value) => !value || typeof value !== "function" && typeof value !== "object", "isScalarValue");
    var Scalar = class extends Node.NodeBase {
      static {
        __name(this, "Scalar");
      }
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    __name(findTagObject, "findTagObject");
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    __name(createNode, "createNode");
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: /* @__PURE__ */ __name(() => {
          throw new Error("This should not happen, please report a bug.");
        }, "onAnchor"),
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    __name(collectionFromPath, "collectionFromPath");
    var isEmptyPath = /* @__PURE__ */ __name((path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done, "isEmptyPath");
    var Collection = class extends Node.NodeBase {
      static {
        __name(this, "Collection");
      }
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key, ...rest] = path3;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key, ...rest] = path3;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = /* @__PURE__ */ __name((str2) => str2.replace(/^(?!$)(?: $)?/gm, "#"), "stringifyComment");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    __name(indentComment, "indentComment");
    var lineComment = /* @__PURE__ */ __name((str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment, "lineComment");
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    __name(foldFlowLines, "foldFlowLines");
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    __name(consumeMoreIndentedLines, "consumeMoreIndentedLines");
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = /* @__PURE__ */ __name((ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), "getFoldOptions");
    var containsDocumentMarker = /* @__PURE__ */ __name((str2) => /^(%|---|\.\.\.)/m.test(str2), "containsDocumentMarker");
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    __name(lineLengthOverLimit, "lineLengthOverLimit");
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    __name(doubleQuotedString, "doubleQuotedString");
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(singleQuotedString, "singleQuotedString");
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    __name(quotedString, "quotedString");
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    __name(blockString, "blockString");
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = /* @__PURE__ */ __name((tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), "test");
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(plainString, "plainString");
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = /* @__PURE__ */ __name((_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, "_stringify");
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    __name(stringifyString, "stringifyString");
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    __name(createStringifyContext, "createStringifyContext");
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    __name(getTagObject, "getTagObject");
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    __name(stringifyProps, "stringifyProps");
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: /* @__PURE__ */ __name((o) => tagObj = o, "onTagObj") });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    __name(stringify, "stringify");
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    __name(stringifyPair, "stringifyPair");
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    __name(debug, "debug");
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    __name(warn, "warn");
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: /* @__PURE__ */ __name((value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY, "identify"),
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: /* @__PURE__ */ __name(() => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }), "resolve"),
      stringify: /* @__PURE__ */ __name(() => MERGE_KEY, "stringify")
    };
    var isMergeKey = /* @__PURE__ */ __name((ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default), "isMergeKey");
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    __name(addMergeToJSMap, "addMergeToJSMap");
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    __name(mergeValue, "mergeValue");
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    __name(resolveAliasValue, "resolveAliasValue");
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    __name(addPairToJSMap, "addPairToJSMap");
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    __name(stringifyKey, "stringifyKey");
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    __name(createPair, "createPair");
    var Pair = class _Pair {
      static {
        __name(this, "Pair");
      }
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    __name(stringifyCollection, "stringifyCollection");
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    __name(stringifyBlockCollection, "stringifyBlockCollection");
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    __name(stringifyFlowCollection, "stringifyFlowCollection");
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    __name(addCommentBefore, "addCommentBefore");
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    __name(findPair, "findPair");
    var YAMLMap = class extends Collection.Collection {
      static {
        __name(this, "YAMLMap");
      }
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = /* @__PURE__ */ __name((key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        }, "add");
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx), "createNode")
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static {
        __name(this, "YAMLSeq");
      }
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    __name(asItemIndex, "asItemIndex");
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx), "createNode")
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: /* @__PURE__ */ __name((str2) => str2, "resolve"),
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
      createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "resolve"),
      stringify: /* @__PURE__ */ __name(({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr, "stringify")
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: /* @__PURE__ */ __name((str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"), "resolve"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    __name(stringifyNumber, "stringifyNumber");
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2), "resolve"),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    var intResolve = /* @__PURE__ */ __name((str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix), "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intOct = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0o"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    __name(intIdentify, "intIdentify");
    var stringifyJSON = /* @__PURE__ */ __name(({ value }) => JSON.stringify(value), "stringifyJSON");
    var jsonScalars = [
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: /* @__PURE__ */ __name((str2) => str2, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
        createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: /* @__PURE__ */ __name(() => null, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: /* @__PURE__ */ __name((str2) => str2 === "true", "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: /* @__PURE__ */ __name((str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10), "resolve"),
        stringify: /* @__PURE__ */ __name(({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value), "stringify")
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2), "resolve"),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Uint8Array, "identify"),
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    __name(resolvePairs, "resolvePairs");
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    __name(createPairs, "createPairs");
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      static {
        __name(this, "YAMLOMap");
      }
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: /* @__PURE__ */ __name((value) => value instanceof Map, "identify"),
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx), "createNode")
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    __name(boolStringify, "boolStringify");
    var trueTag = {
      identify: /* @__PURE__ */ __name((value) => value === true, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(true), "resolve"),
      stringify: boolStringify
    };
    var falseTag = {
      identify: /* @__PURE__ */ __name((value) => value === false, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(false), "resolve"),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2.replace(/_/g, "")), "resolve"),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    __name(intResolve, "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 2, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 2, "0b"), "stringify")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 1, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      static {
        __name(this, "YAMLSet");
      }
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: /* @__PURE__ */ __name((value) => value instanceof Set, "identify"),
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx), "createNode"),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = /* @__PURE__ */ __name((n) => asBigInt ? BigInt(n) : Number(n), "num");
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    __name(parseSexagesimal, "parseSexagesimal");
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = /* @__PURE__ */ __name((n) => n, "num");
      if (typeof value === "bigint")
        num2 = /* @__PURE__ */ __name((n) => BigInt(n), "num");
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    __name(stringifySexagesimal, "stringifySexagesimal");
    var intTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt), "resolve"),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str2) => parseSexagesimal(str2, false), "resolve"),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Date, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: /* @__PURE__ */ __name(({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? "", "stringify")
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    __name(getTags, "getTags");
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = /* @__PURE__ */ __name((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, "sortMapEntriesByKey");
    var Schema = class _Schema {
      static {
        __name(this, "Schema");
      }
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    __name(stringifyDocument, "stringifyDocument");
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      static {
        __name(this, "Document");
      }
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = /* @__PURE__ */ __name((v) => typeof v === "number" || v instanceof String || v instanceof Number, "keyToStr");
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    __name(assertCollection, "assertCollection");
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      static {
        __name(this, "YAMLError");
      }
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      static {
        __name(this, "YAMLParseError");
      }
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      static {
        __name(this, "YAMLWarning");
      }
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = /* @__PURE__ */ __name((src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    }, "prettifyError");
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    __name(resolveProps, "resolveProps");
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    __name(containsNewline, "containsNewline");
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    __name(flowIndentCheck, "flowIndentCheck");
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    __name(mapIncludes, "mapIncludes");
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    __name(resolveBlockMap, "resolveBlockMap");
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    __name(resolveBlockSeq, "resolveBlockSeq");
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    __name(resolveEnd, "resolveEnd");
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = /* @__PURE__ */ __name((token) => token && (token.type === "block-map" || token.type === "block-seq"), "isBlock");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    __name(resolveFlowCollection, "resolveFlowCollection");
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    __name(resolveCollection, "resolveCollection");
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    __name(composeCollection, "composeCollection");
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    __name(resolveBlockScalar, "resolveBlockScalar");
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    __name(parseBlockScalarHeader, "parseBlockScalarHeader");
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    __name(splitLines, "splitLines");
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = /* @__PURE__ */ __name((rel, code, msg) => onError(offset + rel, code, msg), "_onError");
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    __name(resolveFlowScalar, "resolveFlowScalar");
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    __name(plainValue, "plainValue");
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    __name(singleQuotedValue, "singleQuotedValue");
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    __name(unfoldLines, "unfoldLines");
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    __name(doubleQuotedValue, "doubleQuotedValue");
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    __name(foldNewline, "foldNewline");
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    __name(parseCharCode, "parseCharCode");
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    __name(composeScalar, "composeScalar");
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    __name(findScalarTagByName, "findScalarTagByName");
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    __name(findScalarTagByTest, "findScalarTagByTest");
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    __name(emptyScalarPosition, "emptyScalarPosition");
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    __name(composeNode, "composeNode");
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    __name(composeEmptyNode, "composeEmptyNode");
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    __name(composeAlias, "composeAlias");
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    __name(composeDoc, "composeDoc");
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    __name(getErrorPos, "getErrorPos");
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    __name(parsePrelude, "parsePrelude");
    var Composer = class {
      static {
        __name(this, "Composer");
      }
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = /* @__PURE__ */ __name((pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        }, "_onError");
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    __name(resolveAsScalar, "resolveAsScalar");
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    __name(createScalarToken, "createScalarToken");
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    __name(setScalarValue, "setScalarValue");
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    __name(setBlockScalarValue, "setBlockScalarValue");
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    __name(addEndtoBlockProps, "addEndtoBlockProps");
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    __name(setFlowScalarValue, "setFlowScalarValue");
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = /* @__PURE__ */ __name((cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst), "stringify");
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    __name(stringifyToken, "stringifyToken");
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    __name(stringifyItem, "stringifyItem");
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    __name(visit2, "visit");
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field, index] of path3) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path3) => {
      const parent = visit2.itemAtPath(cst, path3.slice(0, -1));
      const field = path3[path3.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    __name(_visit, "_visit");
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = /* @__PURE__ */ __name((token) => !!token && "items" in token, "isCollection");
    var isScalar2 = /* @__PURE__ */ __name((token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar"), "isScalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    __name(prettyToken, "prettyToken");
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    __name(tokenType, "tokenType");
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    __name(isEmpty, "isEmpty");
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = /* @__PURE__ */ __name((ch) => !ch || invalidAnchorChars.has(ch), "isNotAnchorChar");
    var Lexer = class {
      static {
        __name(this, "Lexer");
      }
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      static {
        __name(this, "LineCounter");
      }
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    __name(includesToken, "includesToken");
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    __name(findNonEmptyIndex, "findNonEmptyIndex");
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    __name(isFlowToken, "isFlowToken");
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    __name(getPrevProps, "getPrevProps");
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    __name(getFirstKeyStartProps, "getFirstKeyStartProps");
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    __name(arrayPushArray, "arrayPushArray");
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    __name(fixFlowSeqItems, "fixFlowSeqItems");
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    __name(parseOptions, "parseOptions");
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    __name(parseAllDocuments, "parseAllDocuments");
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    __name(parseDocument2, "parseDocument");
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    __name(parse, "parse");
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    __name(stringify, "stringify");
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";

// src/config/normalize.ts
import path from "node:path";

// src/config/config-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/evalgate/evalgate/schemas/evalgate.schema.json", "title": "evalgate configuration", "description": "Configuration of an evalgate run: the benchmark, where answers come from, the metrics, the judge, the regression comparison and the quality gates.", "type": "object", "additionalProperties": false, "required": ["version", "dataset"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Version of this configuration format. Always 1." }, "name": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$", "description": "Name of this evaluation: it names the check run, the PR comment and the baseline. Defaults to the config folder's name." }, "dataset": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "The benchmark.", "properties": { "path": { "type": "string", "minLength": 1, "description": "Path of the dataset file, relative to this config file (for bedrock-eval and lm-eval-harness, also a folder that holds the results)." }, "format": { "enum": ["auto", "json", "jsonl", "bedrock", "scenarios", "bedrock-eval", "lm-eval-harness", "promptfoo"], "default": "auto", "description": "json: an array of {input, expected_output, expected_action}; jsonl: the same, one per line; bedrock: Amazon Bedrock evaluation dataset JSONL; scenarios: multi-turn {id, category, context, turns}. Imported results with their scores (path may be a downloaded folder): bedrock-eval: a Bedrock evaluation job's output; lm-eval-harness: lm_eval --output_path --log_samples; promptfoo: promptfoo eval -o results.json." }, "fields": { "$ref": "#/definitions/datasetFields" }, "rotation": { "type": "object", "additionalProperties": false, "required": ["sets"], "description": "Held-out rotation: the items are split by a hash of their id into `sets` held-out sets, and only the active set is evaluated, so that a team cannot tune on the whole benchmark. Baselines pair only within a set.", "properties": { "sets": { "type": "integer", "minimum": 2, "maximum": 100, "description": "Number of held-out sets." }, "period": { "enum": ["daily", "weekly", "monthly", "quarterly"], "default": "monthly", "description": "How often the active set changes, from the run's date (UTC): the set is 1 + (periods since 1970-01) mod sets." }, "set": { "type": "integer", "minimum": 1, "description": "Evaluate this set (1-based) whatever the date." } } } } }, "contamination": { "type": "object", "additionalProperties": false, "required": ["corpus"], "description": "Contamination check: n-gram overlap between the benchmark items and a training-data corpus. Gives the metric contamination_rate for gates.", "properties": { "corpus": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "description": "Corpus files or folders (searched recursively), relative to this config file: JSONL or plain text, optionally gzip." }, "ngram": { "type": "integer", "minimum": 1, "maximum": 64, "default": 13, "description": "n-gram length in tokens." }, "fields": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["input", "expected"] }, "default": ["input", "expected"], "description": "Which parts of an item are checked: the input, the expected output (when the item has one)." }, "format": { "enum": ["auto", "jsonl", "text"], "default": "auto", "description": "auto: .jsonl, .ndjson and .json files (also .gz) are JSONL, other files plain text." }, "text-field": { "type": "string", "minLength": 1, "default": "text", "description": "Field of a JSONL record that holds the training text." }, "threshold": { "type": "number", "minimum": 0, "maximum": 1, "default": 0, "description": "An item counts as contaminated when at least this share of its n-grams is in the corpus (0: any one n-gram)." } } }, "model": { "type": "object", "additionalProperties": false, "required": ["base-url", "model"], "description": "A live OpenAI-compatible chat-completions endpoint to answer the benchmark.", "properties": { "base-url": { "type": "string", "pattern": "^https?://", "description": "Base URL, e.g. https://api.openai.com/v1." }, "model": { "type": "string", "minLength": 1, "description": "Model name sent to the endpoint." }, "api-key-env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "default": "OPENAI_API_KEY", "description": "Environment variable that holds the API key (set it from a secret)." }, "system-prompt": { "type": "string", "description": "System prompt sent before every item." }, "temperature": { "type": "number", "minimum": 0, "maximum": 2, "default": 0 }, "max-tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "timeout-ms": { "type": "integer", "minimum": 100, "default": 6e4, "description": "Timeout of one request." }, "max-retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 3 }, "circuit-breaker": { "type": "integer", "minimum": 0, "default": 10, "description": "After this many requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every item not yet answered is an error item that says the endpoint looks down. 0 disables." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 1024, "default": 8, "description": "Requests kept in flight." }, "strip-thinking": { "type": "boolean", "default": false, "description": "Remove <thinking>...</thinking> blocks before scoring." }, "stream": { "type": "boolean", "default": false, "description": "Stream answers to measure time to first token." }, "requests-per-minute": { "type": "number", "exclusiveMinimum": 0 }, "tokens-per-minute": { "type": "number", "exclusiveMinimum": 0 }, "deadline-ms": { "type": "integer", "minimum": 1e3, "description": "Deadline for all model calls of the run." }, "headers": { "type": "object", "additionalProperties": { "type": "string" } } } }, "responses": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "Answers collected beforehand, instead of a live endpoint.", "properties": { "path": { "type": "string", "minLength": 1 }, "format": { "enum": ["auto", "jsonl", "bedrock"], "default": "auto" }, "fields": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "response": { "type": "string", "default": "response" } } }, "on-duplicate": { "enum": ["error", "first"], "default": "error", "description": "An id answered twice: fail, or keep the first answer and list the others in the report." } } }, "cache": { "type": "object", "additionalProperties": false, "properties": { "mode": { "enum": ["read-write", "read-only", "off"], "default": "read-write" }, "dir": { "type": "string", "default": ".evalgate/cache" } } }, "metrics": { "type": "object", "additionalProperties": false, "description": "Stage 1, automated metrics computed on every item.", "properties": { "exact-match": { "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/metricName", "default": "exact_match" }, "normalize": { "type": "boolean", "default": false }, "json": { "type": "boolean", "default": false } } }] }, "json": { "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "schema": { "type": "string", "description": "JSON Schema file the output must satisfy." } } }] }, "fields": { "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "$ref": "#/definitions/metricName" }, "path": { "type": "string", "minLength": 1 }, "expected": { "type": "string", "default": "expected_action" } } } }, "contains": { "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["name", "values"], "properties": { "name": { "$ref": "#/definitions/metricName" }, "values": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "case-sensitive": { "type": "boolean", "default": true } } } }, "regex": { "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["name", "pattern"], "properties": { "name": { "$ref": "#/definitions/metricName" }, "pattern": { "type": "string" }, "flags": { "type": "string", "pattern": "^[imsu]*$", "default": "" }, "must-match": { "type": "boolean", "default": true } } } }, "numeric": { "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/metricName", "default": "numeric_match" }, "extract": { "enum": ["boxed-or-last", "boxed", "last-number"], "default": "boxed-or-last" }, "tolerance": { "type": "number", "minimum": 0, "default": 1e-6 } } }] }, "f1": { "description": "SQuAD token F1 between the output and the expected output (a continuous metric, aggregated as f1_mean).", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/metricName", "default": "f1" } } }] }, "rouge": { "description": "ROUGE F-measure (0 to 1) against the expected output, as Google's rouge_score computes it: per item rouge1, rouge2, rouge_l, aggregated as rouge1_mean etc.", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "types": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["rouge1", "rouge2", "rougeL"] }, "default": ["rouge1", "rouge2", "rougeL"] }, "stemmer": { "type": "boolean", "default": false, "description": "Porter-stem words longer than 3 characters (rouge_score's use_stemmer)." } } }] }, "bleu": { "type": "boolean", "description": "BLEU with sacreBLEU's defaults (13a tokenizer, exp smoothing): sentence BLEU per item (bleu, aggregated as bleu_mean) and corpus BLEU (corpus_bleu) with a bootstrap interval and the signature." }, "chrf": { "type": "boolean", "description": "chrF2 with sacreBLEU's defaults (character 6-grams, beta 2): per item (chrf, aggregated as chrf_mean) and at corpus level (corpus_chrf)." }, "per-category": { "type": "boolean", "default": true, "description": "Also aggregate every metric per category (metric@category)." } } }, "composite": { "type": "object", "additionalProperties": false, "required": ["weights"], "description": "A weighted mean of aggregated metrics.", "properties": { "name": { "$ref": "#/definitions/metricName", "default": "composite_score" }, "weights": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number", "exclusiveMinimum": 0 } } } }, "prices": { "type": "object", "description": "USD per million tokens, per model name; adds to and overrides the built-in table.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "type": "number", "minimum": 0 }, "output": { "type": "number", "minimum": 0 } } } }, "regression": { "type": "object", "additionalProperties": false, "description": "Stage 3, comparison with the last accepted baseline.", "properties": { "baseline-dir": { "type": "string", "default": ".evalgate/baselines", "description": "Local baseline store." }, "baseline": { "type": "string", "description": "A baseline file to compare with instead of the store's latest." }, "golden": { "type": "string", "description": "A pinned baseline file (e.g. the last release): the report shows the cumulative drift against it beside the comparison with the last accepted run. It never gates." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.25, "default": 0.05, "description": "One-sided alpha of non-inferiority decisions." }, "require-same-dataset": { "type": "boolean", "default": false }, "require-baseline": { "enum": ["auto", "always", "never"], "default": "auto", "description": "What regression gates do without a usable baseline. auto: on a first run (no baseline was ever stored) they warn; a baseline that existed but cannot be read (expired, damaged, no permission to read it) or that shares no item with this run makes the run an ERROR (exit 2). always: no usable baseline is an ERROR, on a first run too. never: they only warn." } } }, "gates": { "type": "array", "description": "Stage 5, quality gates. Blocking gates decide DEPLOY or BLOCK; warning gates are reported.", "items": { "$ref": "#/definitions/gate" } }, "report": { "type": "object", "additionalProperties": false, "properties": { "out-dir": { "type": "string", "default": "evalgate-report" }, "max-failing-items": { "type": "integer", "minimum": 1, "maximum": 1e3, "default": 10 } } }, "judge": { "type": "object", "additionalProperties": false, "required": ["base-url"], "description": "Stage 2, the LLM judge: scores a deterministic sample of the answers within a hard budget. A judge answer that does not parse is an error, never a pass; N/A is never a score.", "properties": { "base-url": { "type": "string", "pattern": "^https?://", "description": "OpenAI-compatible endpoint of the judge (apart from the model under test), e.g. https://api.openai.com/v1." }, "model": { "type": "string", "minLength": 1, "description": "The judge model. Use `models` for a panel." }, "models": { "type": "array", "minItems": 1, "maxItems": 7, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "A panel of judge models, aggregated per `aggregate`; agreement is reported." }, "api-key-env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "default": "OPENAI_API_KEY", "description": "Environment variable holding the judge's API key (not needed for a local endpoint)." }, "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "temperature": { "type": "number", "minimum": 0, "maximum": 2, "default": 0 }, "seed": { "type": "integer", "description": "Sent to the endpoint (best effort determinism)." }, "timeout-ms": { "type": "integer", "minimum": 100, "default": 6e4 }, "max-retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 3 }, "circuit-breaker": { "type": "integer", "minimum": 0, "default": 5, "description": "After this many judge requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every judge call not yet answered is a judge error. 0 disables." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 256, "default": 4 }, "max-tokens": { "type": "integer", "minimum": 16, "default": 512, "description": "Largest judge answer, in tokens; also the worst case the budget reserves per call." }, "expected-output-tokens": { "type": "integer", "minimum": 1, "default": 200, "description": "Typical judge answer length, for the cost estimate printed before judging." }, "structured-output": { "enum": ["auto", "always", "never"], "default": "auto", "description": "auto: ask for a strict JSON schema and fall back to parse + validate if the endpoint rejects it." }, "sample-rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.1 }, "min-sample": { "type": "integer", "minimum": 1, "default": 10 }, "sample-seed": { "type": "string", "minLength": 1, "default": "judge-v1", "description": "Seed of the hash order: the same seed judges the same items; change it to resample." }, "min-per-category": { "type": "integer", "minimum": 0, "default": 0 }, "include-failed": { "type": "boolean", "default": false, "description": "Also judge items that failed a stage-1 metric (listed with alerts, not counted in the sampled estimates)." }, "judge-all": { "type": "boolean", "default": false, "description": "Judge every item (within the budget)." }, "budget-usd": { "type": "number", "minimum": 0, "default": 2, "description": "Hard budget for the judge calls of one run: no call is sent that could cross it." }, "max-error-rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.1, "description": "Above this share of judge errors (and answers missing for budget), a judge metric is INCONCLUSIVE." }, "max-na-rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.8, "description": "Above this share of N/A answers, a judge metric is INCONCLUSIVE (a warning from 60%)." }, "alert-below": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.5, "description": "Items scoring below this (normalized 0-1) are listed as low-score alerts with the judge's reasoning." }, "metrics": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Built-in judge metrics: accuracy, helpfulness, format_quality (the default rubric), Correctness, Completeness, Faithfulness, Helpfulness, Coherence, Relevance, FollowingInstructions, ProfessionalStyleAndTone, Harmfulness, Stereotyping, Refusal." }, "custom-metrics": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "JSON files of custom metrics in Amazon Bedrock's customMetricDefinition format, relative to this config file." }, "aggregate": { "enum": ["mean", "median", "majority"], "default": "mean", "description": "How a panel's scores become one per item." }, "pairwise": { "type": "object", "additionalProperties": false, "description": "Also judge the candidate's answer against another answer to the same item, in both orders.", "properties": { "against": { "enum": ["baseline", "reference"], "default": "baseline" }, "reference": { "type": "string", "description": "For against: reference, a JSONL file of {id, response} (a reference model's answers)." }, "criterion": { "type": "string", "minLength": 1 } } }, "prices": { "type": "object", "description": "USD per million tokens for judge models; overrides the built-in table and the top-level prices.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "type": "number", "minimum": 0 }, "output": { "type": "number", "minimum": 0 } } } } } } }, "definitions": { "metricName": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "description": "snake_case metric name" }, "datasetFields": { "type": "object", "additionalProperties": false, "description": "Field names of your records, when they differ from ours.", "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "expected-output": { "type": "string", "default": "expected_output" }, "expected-action": { "type": "string", "default": "expected_action" }, "category": { "type": "string", "default": "category" } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "name": { "type": "string", "minLength": 1 }, "metric": { "type": "string", "minLength": 1, "description": "An aggregated metric, e.g. accuracy or accuracy@create_task." }, "type": { "enum": ["threshold", "regression"], "default": "threshold" }, "op": { "enum": ["<", "<=", ">", ">=", "=="], "description": "Threshold gates: how the metric compares with the threshold to pass." }, "threshold": { "type": "number" }, "margin": { "type": "number", "exclusiveMinimum": 0, "description": "Regression gates: the largest tolerated drop against the baseline, in the metric's units (0.02 = 2 points)." }, "on-inconclusive": { "enum": ["pass", "warn", "block"], "default": "warn" }, "severity": { "enum": ["blocking", "warning"], "default": "blocking" }, "description": { "type": "string" } } } } };
var schema12 = { "type": "object", "additionalProperties": false, "description": "Field names of your records, when they differ from ours.", "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "expected-output": { "type": "string", "default": "expected_output" }, "expected-action": { "type": "string", "default": "expected_action" }, "category": { "type": "string", "default": "category" } } };
var schema13 = { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "description": "snake_case metric name" };
var schema20 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "name": { "type": "string", "minLength": 1 }, "metric": { "type": "string", "minLength": 1, "description": "An aggregated metric, e.g. accuracy or accuracy@create_task." }, "type": { "enum": ["threshold", "regression"], "default": "threshold" }, "op": { "enum": ["<", "<=", ">", ">=", "=="], "description": "Threshold gates: how the metric compares with the threshold to pass." }, "threshold": { "type": "number" }, "margin": { "type": "number", "exclusiveMinimum": 0, "description": "Regression gates: the largest tolerated drop against the baseline, in the metric's units (0.02 = 2 points)." }, "on-inconclusive": { "enum": ["pass", "warn", "block"], "default": "warn" }, "severity": { "enum": ["blocking", "warning"], "default": "blocking" }, "description": { "type": "string" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern0 = new RegExp("^[A-Za-z0-9._-]{1,64}$", "u");
var pattern1 = new RegExp("^https?://", "u");
var pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern3 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern7 = new RegExp("^[imsu]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dataset === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9._-]{1,64}$"', schema: "^[A-Za-z0-9._-]{1,64}$", parentSchema: schema11.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data3 = data.dataset;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.path === void 0) {
          const err7 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.dataset.required, parentSchema: schema11.properties.dataset, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "path" || key1 === "format" || key1 === "fields" || key1 === "rotation")) {
            const err8 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dataset, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.path !== void 0) {
          let data4 = data3.path;
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err9 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/properties/dataset/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.dataset.properties.path, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/properties/dataset/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dataset.properties.path.type, parentSchema: schema11.properties.dataset.properties.path, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.format !== void 0) {
          let data5 = data3.format;
          if (!(data5 === "auto" || data5 === "json" || data5 === "jsonl" || data5 === "bedrock" || data5 === "scenarios" || data5 === "bedrock-eval" || data5 === "lm-eval-harness" || data5 === "promptfoo")) {
            const err11 = { instancePath: instancePath + "/dataset/format", schemaPath: "#/properties/dataset/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.dataset.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.dataset.properties.format.enum, parentSchema: schema11.properties.dataset.properties.format, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.fields !== void 0) {
          let data6 = data3.fields;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key2 in data6) {
              if (!(key2 === "id" || key2 === "input" || key2 === "expected-output" || key2 === "expected-action" || key2 === "category")) {
                const err12 = { instancePath: instancePath + "/dataset/fields", schemaPath: "#/definitions/datasetFields/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data6.id !== void 0) {
              let data7 = data6.id;
              if (typeof data7 !== "string") {
                const err13 = { instancePath: instancePath + "/dataset/fields/id", schemaPath: "#/definitions/datasetFields/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.input !== void 0) {
              let data8 = data6.input;
              if (typeof data8 !== "string") {
                const err14 = { instancePath: instancePath + "/dataset/fields/input", schemaPath: "#/definitions/datasetFields/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.input.type, parentSchema: schema12.properties.input, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data6["expected-output"] !== void 0) {
              let data9 = data6["expected-output"];
              if (typeof data9 !== "string") {
                const err15 = { instancePath: instancePath + "/dataset/fields/expected-output", schemaPath: "#/definitions/datasetFields/properties/expected-output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["expected-output"].type, parentSchema: schema12.properties["expected-output"], data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6["expected-action"] !== void 0) {
              let data10 = data6["expected-action"];
              if (typeof data10 !== "string") {
                const err16 = { instancePath: instancePath + "/dataset/fields/expected-action", schemaPath: "#/definitions/datasetFields/properties/expected-action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["expected-action"].type, parentSchema: schema12.properties["expected-action"], data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.category !== void 0) {
              let data11 = data6.category;
              if (typeof data11 !== "string") {
                const err17 = { instancePath: instancePath + "/dataset/fields/category", schemaPath: "#/definitions/datasetFields/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.category.type, parentSchema: schema12.properties.category, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/dataset/fields", schemaPath: "#/definitions/datasetFields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.rotation !== void 0) {
          let data12 = data3.rotation;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.sets === void 0) {
              const err19 = { instancePath: instancePath + "/dataset/rotation", schemaPath: "#/properties/dataset/properties/rotation/required", keyword: "required", params: { missingProperty: "sets" }, message: "must have required property 'sets'", schema: schema11.properties.dataset.properties.rotation.required, parentSchema: schema11.properties.dataset.properties.rotation, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "sets" || key3 === "period" || key3 === "set")) {
                const err20 = { instancePath: instancePath + "/dataset/rotation", schemaPath: "#/properties/dataset/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dataset.properties.rotation, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data12.sets !== void 0) {
              let data13 = data12.sets;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err21 = { instancePath: instancePath + "/dataset/rotation/sets", schemaPath: "#/properties/dataset/properties/rotation/properties/sets/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.dataset.properties.rotation.properties.sets.type, parentSchema: schema11.properties.dataset.properties.rotation.properties.sets, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data13 == "number") {
                if (data13 > 100 || isNaN(data13)) {
                  const err22 = { instancePath: instancePath + "/dataset/rotation/sets", schemaPath: "#/properties/dataset/properties/rotation/properties/sets/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.dataset.properties.rotation.properties.sets, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data13 < 2 || isNaN(data13)) {
                  const err23 = { instancePath: instancePath + "/dataset/rotation/sets", schemaPath: "#/properties/dataset/properties/rotation/properties/sets/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.dataset.properties.rotation.properties.sets, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
            if (data12.period !== void 0) {
              let data14 = data12.period;
              if (!(data14 === "daily" || data14 === "weekly" || data14 === "monthly" || data14 === "quarterly")) {
                const err24 = { instancePath: instancePath + "/dataset/rotation/period", schemaPath: "#/properties/dataset/properties/rotation/properties/period/enum", keyword: "enum", params: { allowedValues: schema11.properties.dataset.properties.rotation.properties.period.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.dataset.properties.rotation.properties.period.enum, parentSchema: schema11.properties.dataset.properties.rotation.properties.period, data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.set !== void 0) {
              let data15 = data12.set;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err25 = { instancePath: instancePath + "/dataset/rotation/set", schemaPath: "#/properties/dataset/properties/rotation/properties/set/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.dataset.properties.rotation.properties.set.type, parentSchema: schema11.properties.dataset.properties.rotation.properties.set, data: data15 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 < 1 || isNaN(data15)) {
                  const err26 = { instancePath: instancePath + "/dataset/rotation/set", schemaPath: "#/properties/dataset/properties/rotation/properties/set/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.dataset.properties.rotation.properties.set, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/dataset/rotation", schemaPath: "#/properties/dataset/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dataset.properties.rotation.type, parentSchema: schema11.properties.dataset.properties.rotation, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dataset.type, parentSchema: schema11.properties.dataset, data: data3 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.contamination !== void 0) {
      let data16 = data.contamination;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.corpus === void 0) {
          const err29 = { instancePath: instancePath + "/contamination", schemaPath: "#/properties/contamination/required", keyword: "required", params: { missingProperty: "corpus" }, message: "must have required property 'corpus'", schema: schema11.properties.contamination.required, parentSchema: schema11.properties.contamination, data: data16 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key4 in data16) {
          if (!(key4 === "corpus" || key4 === "ngram" || key4 === "fields" || key4 === "format" || key4 === "text-field" || key4 === "threshold")) {
            const err30 = { instancePath: instancePath + "/contamination", schemaPath: "#/properties/contamination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.contamination, data: data16 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data16.corpus !== void 0) {
          let data17 = data16.corpus;
          const _errs39 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs40 = errors;
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err31 = { instancePath: instancePath + "/contamination/corpus", schemaPath: "#/properties/contamination/properties/corpus/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/contamination/corpus", schemaPath: "#/properties/contamination/properties/corpus/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.contamination.properties.corpus.oneOf[0].type, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[0], data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid0 = _errs40 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs42 = errors;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              const err33 = { instancePath: instancePath + "/contamination/corpus", schemaPath: "#/properties/contamination/properties/corpus/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data17[i0];
              if (typeof data18 === "string") {
                if (func3(data18) < 1) {
                  const err34 = { instancePath: instancePath + "/contamination/corpus/" + i0, schemaPath: "#/properties/contamination/properties/corpus/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[1].items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/contamination/corpus/" + i0, schemaPath: "#/properties/contamination/properties/corpus/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.contamination.properties.corpus.oneOf[1].items.type, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[1].items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/contamination/corpus", schemaPath: "#/properties/contamination/properties/corpus/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.contamination.properties.corpus.oneOf[1].type, parentSchema: schema11.properties.contamination.properties.corpus.oneOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid0 = _errs42 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err37 = { instancePath: instancePath + "/contamination/corpus", schemaPath: "#/properties/contamination/properties/corpus/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.contamination.properties.corpus.oneOf, parentSchema: schema11.properties.contamination.properties.corpus, data: data17 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          } else {
            errors = _errs39;
            if (vErrors !== null) {
              if (_errs39) {
                vErrors.length = _errs39;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.ngram !== void 0) {
          let data19 = data16.ngram;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
            const err38 = { instancePath: instancePath + "/contamination/ngram", schemaPath: "#/properties/contamination/properties/ngram/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.contamination.properties.ngram.type, parentSchema: schema11.properties.contamination.properties.ngram, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data19 == "number") {
            if (data19 > 64 || isNaN(data19)) {
              const err39 = { instancePath: instancePath + "/contamination/ngram", schemaPath: "#/properties/contamination/properties/ngram/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.contamination.properties.ngram, data: data19 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err40 = { instancePath: instancePath + "/contamination/ngram", schemaPath: "#/properties/contamination/properties/ngram/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.contamination.properties.ngram, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data16.fields !== void 0) {
          let data20 = data16.fields;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err41 = { instancePath: instancePath + "/contamination/fields", schemaPath: "#/properties/contamination/properties/fields/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.contamination.properties.fields, data: data20 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const len1 = data20.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data21 = data20[i1];
              if (!(data21 === "input" || data21 === "expected")) {
                const err42 = { instancePath: instancePath + "/contamination/fields/" + i1, schemaPath: "#/properties/contamination/properties/fields/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.contamination.properties.fields.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.contamination.properties.fields.items.enum, parentSchema: schema11.properties.contamination.properties.fields.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            let i2 = data20.length;
            let j0;
            if (i2 > 1) {
              outer0: for (; i2--; ) {
                for (j0 = i2; j0--; ) {
                  if (func0(data20[i2], data20[j0])) {
                    const err43 = { instancePath: instancePath + "/contamination/fields", schemaPath: "#/properties/contamination/properties/fields/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema11.properties.contamination.properties.fields, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/contamination/fields", schemaPath: "#/properties/contamination/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.contamination.properties.fields.type, parentSchema: schema11.properties.contamination.properties.fields, data: data20 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data16.format !== void 0) {
          let data22 = data16.format;
          if (!(data22 === "auto" || data22 === "jsonl" || data22 === "text")) {
            const err45 = { instancePath: instancePath + "/contamination/format", schemaPath: "#/properties/contamination/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.contamination.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.contamination.properties.format.enum, parentSchema: schema11.properties.contamination.properties.format, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data16["text-field"] !== void 0) {
          let data23 = data16["text-field"];
          if (typeof data23 === "string") {
            if (func3(data23) < 1) {
              const err46 = { instancePath: instancePath + "/contamination/text-field", schemaPath: "#/properties/contamination/properties/text-field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.contamination.properties["text-field"], data: data23 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/contamination/text-field", schemaPath: "#/properties/contamination/properties/text-field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.contamination.properties["text-field"].type, parentSchema: schema11.properties.contamination.properties["text-field"], data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data16.threshold !== void 0) {
          let data24 = data16.threshold;
          if (typeof data24 == "number") {
            if (data24 > 1 || isNaN(data24)) {
              const err48 = { instancePath: instancePath + "/contamination/threshold", schemaPath: "#/properties/contamination/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.contamination.properties.threshold, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err49 = { instancePath: instancePath + "/contamination/threshold", schemaPath: "#/properties/contamination/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.contamination.properties.threshold, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/contamination/threshold", schemaPath: "#/properties/contamination/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.contamination.properties.threshold.type, parentSchema: schema11.properties.contamination.properties.threshold, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/contamination", schemaPath: "#/properties/contamination/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.contamination.type, parentSchema: schema11.properties.contamination, data: data16 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data25 = data.model;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25["base-url"] === void 0) {
          const err52 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "base-url" }, message: "must have required property 'base-url'", schema: schema11.properties.model.required, parentSchema: schema11.properties.model, data: data25 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data25.model === void 0) {
          const err53 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema11.properties.model.required, parentSchema: schema11.properties.model, data: data25 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key5 in data25) {
          if (!func2.call(schema11.properties.model.properties, key5)) {
            const err54 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.model, data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data25["base-url"] !== void 0) {
          let data26 = data25["base-url"];
          if (typeof data26 === "string") {
            if (!pattern1.test(data26)) {
              const err55 = { instancePath: instancePath + "/model/base-url", schemaPath: "#/properties/model/properties/base-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.model.properties["base-url"], data: data26 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/model/base-url", schemaPath: "#/properties/model/properties/base-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.properties["base-url"].type, parentSchema: schema11.properties.model.properties["base-url"], data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data25.model !== void 0) {
          let data27 = data25.model;
          if (typeof data27 === "string") {
            if (func3(data27) < 1) {
              const err57 = { instancePath: instancePath + "/model/model", schemaPath: "#/properties/model/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.model.properties.model, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/model/model", schemaPath: "#/properties/model/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.properties.model.type, parentSchema: schema11.properties.model.properties.model, data: data27 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data25["api-key-env"] !== void 0) {
          let data28 = data25["api-key-env"];
          if (typeof data28 === "string") {
            if (!pattern2.test(data28)) {
              const err59 = { instancePath: instancePath + "/model/api-key-env", schemaPath: "#/properties/model/properties/api-key-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.model.properties["api-key-env"], data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/model/api-key-env", schemaPath: "#/properties/model/properties/api-key-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.properties["api-key-env"].type, parentSchema: schema11.properties.model.properties["api-key-env"], data: data28 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data25["system-prompt"] !== void 0) {
          let data29 = data25["system-prompt"];
          if (typeof data29 !== "string") {
            const err61 = { instancePath: instancePath + "/model/system-prompt", schemaPath: "#/properties/model/properties/system-prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.properties["system-prompt"].type, parentSchema: schema11.properties.model.properties["system-prompt"], data: data29 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data25.temperature !== void 0) {
          let data30 = data25.temperature;
          if (typeof data30 == "number") {
            if (data30 > 2 || isNaN(data30)) {
              const err62 = { instancePath: instancePath + "/model/temperature", schemaPath: "#/properties/model/properties/temperature/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema11.properties.model.properties.temperature, data: data30 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err63 = { instancePath: instancePath + "/model/temperature", schemaPath: "#/properties/model/properties/temperature/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.model.properties.temperature, data: data30 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/model/temperature", schemaPath: "#/properties/model/properties/temperature/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.model.properties.temperature.type, parentSchema: schema11.properties.model.properties.temperature, data: data30 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data25["max-tokens"] !== void 0) {
          let data31 = data25["max-tokens"];
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
            const err65 = { instancePath: instancePath + "/model/max-tokens", schemaPath: "#/properties/model/properties/max-tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties["max-tokens"].type, parentSchema: schema11.properties.model.properties["max-tokens"], data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data31 == "number") {
            if (data31 < 1 || isNaN(data31)) {
              const err66 = { instancePath: instancePath + "/model/max-tokens", schemaPath: "#/properties/model/properties/max-tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.model.properties["max-tokens"], data: data31 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data25.seed !== void 0) {
          let data32 = data25.seed;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
            const err67 = { instancePath: instancePath + "/model/seed", schemaPath: "#/properties/model/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties.seed.type, parentSchema: schema11.properties.model.properties.seed, data: data32 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data25["timeout-ms"] !== void 0) {
          let data33 = data25["timeout-ms"];
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
            const err68 = { instancePath: instancePath + "/model/timeout-ms", schemaPath: "#/properties/model/properties/timeout-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties["timeout-ms"].type, parentSchema: schema11.properties.model.properties["timeout-ms"], data: data33 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data33 == "number") {
            if (data33 < 100 || isNaN(data33)) {
              const err69 = { instancePath: instancePath + "/model/timeout-ms", schemaPath: "#/properties/model/properties/timeout-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.model.properties["timeout-ms"], data: data33 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        if (data25["max-retries"] !== void 0) {
          let data34 = data25["max-retries"];
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
            const err70 = { instancePath: instancePath + "/model/max-retries", schemaPath: "#/properties/model/properties/max-retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties["max-retries"].type, parentSchema: schema11.properties.model.properties["max-retries"], data: data34 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (typeof data34 == "number") {
            if (data34 > 20 || isNaN(data34)) {
              const err71 = { instancePath: instancePath + "/model/max-retries", schemaPath: "#/properties/model/properties/max-retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.model.properties["max-retries"], data: data34 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data34 < 0 || isNaN(data34)) {
              const err72 = { instancePath: instancePath + "/model/max-retries", schemaPath: "#/properties/model/properties/max-retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.model.properties["max-retries"], data: data34 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        }
        if (data25["circuit-breaker"] !== void 0) {
          let data35 = data25["circuit-breaker"];
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
            const err73 = { instancePath: instancePath + "/model/circuit-breaker", schemaPath: "#/properties/model/properties/circuit-breaker/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties["circuit-breaker"].type, parentSchema: schema11.properties.model.properties["circuit-breaker"], data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (typeof data35 == "number") {
            if (data35 < 0 || isNaN(data35)) {
              const err74 = { instancePath: instancePath + "/model/circuit-breaker", schemaPath: "#/properties/model/properties/circuit-breaker/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.model.properties["circuit-breaker"], data: data35 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
        }
        if (data25.concurrency !== void 0) {
          let data36 = data25.concurrency;
          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
            const err75 = { instancePath: instancePath + "/model/concurrency", schemaPath: "#/properties/model/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties.concurrency.type, parentSchema: schema11.properties.model.properties.concurrency, data: data36 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data36 == "number") {
            if (data36 > 1024 || isNaN(data36)) {
              const err76 = { instancePath: instancePath + "/model/concurrency", schemaPath: "#/properties/model/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024", schema: 1024, parentSchema: schema11.properties.model.properties.concurrency, data: data36 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data36 < 1 || isNaN(data36)) {
              const err77 = { instancePath: instancePath + "/model/concurrency", schemaPath: "#/properties/model/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.model.properties.concurrency, data: data36 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        }
        if (data25["strip-thinking"] !== void 0) {
          let data37 = data25["strip-thinking"];
          if (typeof data37 !== "boolean") {
            const err78 = { instancePath: instancePath + "/model/strip-thinking", schemaPath: "#/properties/model/properties/strip-thinking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.model.properties["strip-thinking"].type, parentSchema: schema11.properties.model.properties["strip-thinking"], data: data37 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data25.stream !== void 0) {
          let data38 = data25.stream;
          if (typeof data38 !== "boolean") {
            const err79 = { instancePath: instancePath + "/model/stream", schemaPath: "#/properties/model/properties/stream/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.model.properties.stream.type, parentSchema: schema11.properties.model.properties.stream, data: data38 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data25["requests-per-minute"] !== void 0) {
          let data39 = data25["requests-per-minute"];
          if (typeof data39 == "number") {
            if (data39 <= 0 || isNaN(data39)) {
              const err80 = { instancePath: instancePath + "/model/requests-per-minute", schemaPath: "#/properties/model/properties/requests-per-minute/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.model.properties["requests-per-minute"], data: data39 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/model/requests-per-minute", schemaPath: "#/properties/model/properties/requests-per-minute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.model.properties["requests-per-minute"].type, parentSchema: schema11.properties.model.properties["requests-per-minute"], data: data39 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data25["tokens-per-minute"] !== void 0) {
          let data40 = data25["tokens-per-minute"];
          if (typeof data40 == "number") {
            if (data40 <= 0 || isNaN(data40)) {
              const err82 = { instancePath: instancePath + "/model/tokens-per-minute", schemaPath: "#/properties/model/properties/tokens-per-minute/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.model.properties["tokens-per-minute"], data: data40 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/model/tokens-per-minute", schemaPath: "#/properties/model/properties/tokens-per-minute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.model.properties["tokens-per-minute"].type, parentSchema: schema11.properties.model.properties["tokens-per-minute"], data: data40 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data25["deadline-ms"] !== void 0) {
          let data41 = data25["deadline-ms"];
          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
            const err84 = { instancePath: instancePath + "/model/deadline-ms", schemaPath: "#/properties/model/properties/deadline-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.model.properties["deadline-ms"].type, parentSchema: schema11.properties.model.properties["deadline-ms"], data: data41 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (typeof data41 == "number") {
            if (data41 < 1e3 || isNaN(data41)) {
              const err85 = { instancePath: instancePath + "/model/deadline-ms", schemaPath: "#/properties/model/properties/deadline-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema11.properties.model.properties["deadline-ms"], data: data41 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        if (data25.headers !== void 0) {
          let data42 = data25.headers;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key6 in data42) {
              let data43 = data42[key6];
              if (typeof data43 !== "string") {
                const err86 = { instancePath: instancePath + "/model/headers/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/model/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.properties.headers.additionalProperties.type, parentSchema: schema11.properties.model.properties.headers.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/model/headers", schemaPath: "#/properties/model/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.model.properties.headers.type, parentSchema: schema11.properties.model.properties.headers, data: data42 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.model.type, parentSchema: schema11.properties.model, data: data25 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.responses !== void 0) {
      let data44 = data.responses;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        if (data44.path === void 0) {
          const err89 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.responses.required, parentSchema: schema11.properties.responses, data: data44 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        for (const key7 in data44) {
          if (!(key7 === "path" || key7 === "format" || key7 === "fields" || key7 === "on-duplicate")) {
            const err90 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.responses, data: data44 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data44.path !== void 0) {
          let data45 = data44.path;
          if (typeof data45 === "string") {
            if (func3(data45) < 1) {
              const err91 = { instancePath: instancePath + "/responses/path", schemaPath: "#/properties/responses/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.responses.properties.path, data: data45 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/responses/path", schemaPath: "#/properties/responses/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.responses.properties.path.type, parentSchema: schema11.properties.responses.properties.path, data: data45 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data44.format !== void 0) {
          let data46 = data44.format;
          if (!(data46 === "auto" || data46 === "jsonl" || data46 === "bedrock")) {
            const err93 = { instancePath: instancePath + "/responses/format", schemaPath: "#/properties/responses/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.responses.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.responses.properties.format.enum, parentSchema: schema11.properties.responses.properties.format, data: data46 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data44.fields !== void 0) {
          let data47 = data44.fields;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key8 in data47) {
              if (!(key8 === "id" || key8 === "response")) {
                const err94 = { instancePath: instancePath + "/responses/fields", schemaPath: "#/properties/responses/properties/fields/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.responses.properties.fields, data: data47 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data47.id !== void 0) {
              let data48 = data47.id;
              if (typeof data48 !== "string") {
                const err95 = { instancePath: instancePath + "/responses/fields/id", schemaPath: "#/properties/responses/properties/fields/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.responses.properties.fields.properties.id.type, parentSchema: schema11.properties.responses.properties.fields.properties.id, data: data48 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data47.response !== void 0) {
              let data49 = data47.response;
              if (typeof data49 !== "string") {
                const err96 = { instancePath: instancePath + "/responses/fields/response", schemaPath: "#/properties/responses/properties/fields/properties/response/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.responses.properties.fields.properties.response.type, parentSchema: schema11.properties.responses.properties.fields.properties.response, data: data49 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/responses/fields", schemaPath: "#/properties/responses/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.responses.properties.fields.type, parentSchema: schema11.properties.responses.properties.fields, data: data47 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data44["on-duplicate"] !== void 0) {
          let data50 = data44["on-duplicate"];
          if (!(data50 === "error" || data50 === "first")) {
            const err98 = { instancePath: instancePath + "/responses/on-duplicate", schemaPath: "#/properties/responses/properties/on-duplicate/enum", keyword: "enum", params: { allowedValues: schema11.properties.responses.properties["on-duplicate"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.responses.properties["on-duplicate"].enum, parentSchema: schema11.properties.responses.properties["on-duplicate"], data: data50 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.responses.type, parentSchema: schema11.properties.responses, data: data44 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.cache !== void 0) {
      let data51 = data.cache;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key9 in data51) {
          if (!(key9 === "mode" || key9 === "dir")) {
            const err100 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.cache, data: data51 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data51.mode !== void 0) {
          let data52 = data51.mode;
          if (!(data52 === "read-write" || data52 === "read-only" || data52 === "off")) {
            const err101 = { instancePath: instancePath + "/cache/mode", schemaPath: "#/properties/cache/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.cache.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.cache.properties.mode.enum, parentSchema: schema11.properties.cache.properties.mode, data: data52 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data51.dir !== void 0) {
          let data53 = data51.dir;
          if (typeof data53 !== "string") {
            const err102 = { instancePath: instancePath + "/cache/dir", schemaPath: "#/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.cache.properties.dir.type, parentSchema: schema11.properties.cache.properties.dir, data: data53 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.cache.type, parentSchema: schema11.properties.cache, data: data51 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data54 = data.metrics;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key10 in data54) {
          if (!func2.call(schema11.properties.metrics.properties, key10)) {
            const err104 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics, data: data54 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data54["exact-match"] !== void 0) {
          let data55 = data54["exact-match"];
          const _errs120 = errors;
          let valid18 = false;
          let passing1 = null;
          const _errs121 = errors;
          if (typeof data55 !== "boolean") {
            const err105 = { instancePath: instancePath + "/metrics/exact-match", schemaPath: "#/properties/metrics/properties/exact-match/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties["exact-match"].oneOf[0].type, parentSchema: schema11.properties.metrics.properties["exact-match"].oneOf[0], data: data55 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
          var _valid1 = _errs121 === errors;
          if (_valid1) {
            valid18 = true;
            passing1 = 0;
          }
          const _errs123 = errors;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            for (const key11 in data55) {
              if (!(key11 === "name" || key11 === "normalize" || key11 === "json")) {
                const err106 = { instancePath: instancePath + "/metrics/exact-match", schemaPath: "#/properties/metrics/properties/exact-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties["exact-match"].oneOf[1], data: data55 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data55.name !== void 0) {
              let data56 = data55.name;
              if (typeof data56 === "string") {
                if (!pattern3.test(data56)) {
                  const err107 = { instancePath: instancePath + "/metrics/exact-match/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/metrics/exact-match/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data56 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data55.normalize !== void 0) {
              let data57 = data55.normalize;
              if (typeof data57 !== "boolean") {
                const err109 = { instancePath: instancePath + "/metrics/exact-match/normalize", schemaPath: "#/properties/metrics/properties/exact-match/oneOf/1/properties/normalize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties["exact-match"].oneOf[1].properties.normalize.type, parentSchema: schema11.properties.metrics.properties["exact-match"].oneOf[1].properties.normalize, data: data57 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data55.json !== void 0) {
              let data58 = data55.json;
              if (typeof data58 !== "boolean") {
                const err110 = { instancePath: instancePath + "/metrics/exact-match/json", schemaPath: "#/properties/metrics/properties/exact-match/oneOf/1/properties/json/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties["exact-match"].oneOf[1].properties.json.type, parentSchema: schema11.properties.metrics.properties["exact-match"].oneOf[1].properties.json, data: data58 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/metrics/exact-match", schemaPath: "#/properties/metrics/properties/exact-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties["exact-match"].oneOf[1].type, parentSchema: schema11.properties.metrics.properties["exact-match"].oneOf[1], data: data55 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          var _valid1 = _errs123 === errors;
          if (_valid1 && valid18) {
            valid18 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid18 = true;
              passing1 = 1;
            }
          }
          if (!valid18) {
            const err112 = { instancePath: instancePath + "/metrics/exact-match", schemaPath: "#/properties/metrics/properties/exact-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.metrics.properties["exact-match"].oneOf, parentSchema: schema11.properties.metrics.properties["exact-match"], data: data55 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          } else {
            errors = _errs120;
            if (vErrors !== null) {
              if (_errs120) {
                vErrors.length = _errs120;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data54.json !== void 0) {
          let data59 = data54.json;
          const _errs134 = errors;
          let valid21 = false;
          let passing2 = null;
          const _errs135 = errors;
          if (typeof data59 !== "boolean") {
            const err113 = { instancePath: instancePath + "/metrics/json", schemaPath: "#/properties/metrics/properties/json/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.json.oneOf[0].type, parentSchema: schema11.properties.metrics.properties.json.oneOf[0], data: data59 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
          var _valid2 = _errs135 === errors;
          if (_valid2) {
            valid21 = true;
            passing2 = 0;
          }
          const _errs137 = errors;
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            for (const key12 in data59) {
              if (!(key12 === "schema")) {
                const err114 = { instancePath: instancePath + "/metrics/json", schemaPath: "#/properties/metrics/properties/json/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.json.oneOf[1], data: data59 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data59.schema !== void 0) {
              let data60 = data59.schema;
              if (typeof data60 !== "string") {
                const err115 = { instancePath: instancePath + "/metrics/json/schema", schemaPath: "#/properties/metrics/properties/json/oneOf/1/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.json.oneOf[1].properties.schema.type, parentSchema: schema11.properties.metrics.properties.json.oneOf[1].properties.schema, data: data60 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/metrics/json", schemaPath: "#/properties/metrics/properties/json/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.json.oneOf[1].type, parentSchema: schema11.properties.metrics.properties.json.oneOf[1], data: data59 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          var _valid2 = _errs137 === errors;
          if (_valid2 && valid21) {
            valid21 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid21 = true;
              passing2 = 1;
            }
          }
          if (!valid21) {
            const err117 = { instancePath: instancePath + "/metrics/json", schemaPath: "#/properties/metrics/properties/json/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.metrics.properties.json.oneOf, parentSchema: schema11.properties.metrics.properties.json, data: data59 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          } else {
            errors = _errs134;
            if (vErrors !== null) {
              if (_errs134) {
                vErrors.length = _errs134;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data54.fields !== void 0) {
          let data61 = data54.fields;
          if (Array.isArray(data61)) {
            const len2 = data61.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data62 = data61[i3];
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (data62.name === void 0) {
                  const err118 = { instancePath: instancePath + "/metrics/fields/" + i3, schemaPath: "#/properties/metrics/properties/fields/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metrics.properties.fields.items.required, parentSchema: schema11.properties.metrics.properties.fields.items, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                if (data62.path === void 0) {
                  const err119 = { instancePath: instancePath + "/metrics/fields/" + i3, schemaPath: "#/properties/metrics/properties/fields/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.metrics.properties.fields.items.required, parentSchema: schema11.properties.metrics.properties.fields.items, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                for (const key13 in data62) {
                  if (!(key13 === "name" || key13 === "path" || key13 === "expected")) {
                    const err120 = { instancePath: instancePath + "/metrics/fields/" + i3, schemaPath: "#/properties/metrics/properties/fields/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.fields.items, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data62.name !== void 0) {
                  let data63 = data62.name;
                  if (typeof data63 === "string") {
                    if (!pattern3.test(data63)) {
                      const err121 = { instancePath: instancePath + "/metrics/fields/" + i3 + "/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data63 };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/metrics/fields/" + i3 + "/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data62.path !== void 0) {
                  let data64 = data62.path;
                  if (typeof data64 === "string") {
                    if (func3(data64) < 1) {
                      const err123 = { instancePath: instancePath + "/metrics/fields/" + i3 + "/path", schemaPath: "#/properties/metrics/properties/fields/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.properties.fields.items.properties.path, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/metrics/fields/" + i3 + "/path", schemaPath: "#/properties/metrics/properties/fields/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.fields.items.properties.path.type, parentSchema: schema11.properties.metrics.properties.fields.items.properties.path, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data62.expected !== void 0) {
                  let data65 = data62.expected;
                  if (typeof data65 !== "string") {
                    const err125 = { instancePath: instancePath + "/metrics/fields/" + i3 + "/expected", schemaPath: "#/properties/metrics/properties/fields/items/properties/expected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.fields.items.properties.expected.type, parentSchema: schema11.properties.metrics.properties.fields.items.properties.expected, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = { instancePath: instancePath + "/metrics/fields/" + i3, schemaPath: "#/properties/metrics/properties/fields/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.fields.items.type, parentSchema: schema11.properties.metrics.properties.fields.items, data: data62 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = { instancePath: instancePath + "/metrics/fields", schemaPath: "#/properties/metrics/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.properties.fields.type, parentSchema: schema11.properties.metrics.properties.fields, data: data61 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data54.contains !== void 0) {
          let data66 = data54.contains;
          if (Array.isArray(data66)) {
            const len3 = data66.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data67 = data66[i4];
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.name === void 0) {
                  const err128 = { instancePath: instancePath + "/metrics/contains/" + i4, schemaPath: "#/properties/metrics/properties/contains/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metrics.properties.contains.items.required, parentSchema: schema11.properties.metrics.properties.contains.items, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                if (data67.values === void 0) {
                  const err129 = { instancePath: instancePath + "/metrics/contains/" + i4, schemaPath: "#/properties/metrics/properties/contains/items/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema11.properties.metrics.properties.contains.items.required, parentSchema: schema11.properties.metrics.properties.contains.items, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                for (const key14 in data67) {
                  if (!(key14 === "name" || key14 === "values" || key14 === "case-sensitive")) {
                    const err130 = { instancePath: instancePath + "/metrics/contains/" + i4, schemaPath: "#/properties/metrics/properties/contains/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.contains.items, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data67.name !== void 0) {
                  let data68 = data67.name;
                  if (typeof data68 === "string") {
                    if (!pattern3.test(data68)) {
                      const err131 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data67.values !== void 0) {
                  let data69 = data67.values;
                  if (Array.isArray(data69)) {
                    if (data69.length < 1) {
                      const err133 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/values", schemaPath: "#/properties/metrics/properties/contains/items/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.metrics.properties.contains.items.properties.values, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    const len4 = data69.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data70 = data69[i5];
                      if (typeof data70 !== "string") {
                        const err134 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/values/" + i5, schemaPath: "#/properties/metrics/properties/contains/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.contains.items.properties.values.items.type, parentSchema: schema11.properties.metrics.properties.contains.items.properties.values.items, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/values", schemaPath: "#/properties/metrics/properties/contains/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.properties.contains.items.properties.values.type, parentSchema: schema11.properties.metrics.properties.contains.items.properties.values, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data67["case-sensitive"] !== void 0) {
                  let data71 = data67["case-sensitive"];
                  if (typeof data71 !== "boolean") {
                    const err136 = { instancePath: instancePath + "/metrics/contains/" + i4 + "/case-sensitive", schemaPath: "#/properties/metrics/properties/contains/items/properties/case-sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.contains.items.properties["case-sensitive"].type, parentSchema: schema11.properties.metrics.properties.contains.items.properties["case-sensitive"], data: data71 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
              } else {
                const err137 = { instancePath: instancePath + "/metrics/contains/" + i4, schemaPath: "#/properties/metrics/properties/contains/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.contains.items.type, parentSchema: schema11.properties.metrics.properties.contains.items, data: data67 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/metrics/contains", schemaPath: "#/properties/metrics/properties/contains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.properties.contains.type, parentSchema: schema11.properties.metrics.properties.contains, data: data66 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data54.regex !== void 0) {
          let data72 = data54.regex;
          if (Array.isArray(data72)) {
            const len5 = data72.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data73 = data72[i6];
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                if (data73.name === void 0) {
                  const err139 = { instancePath: instancePath + "/metrics/regex/" + i6, schemaPath: "#/properties/metrics/properties/regex/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metrics.properties.regex.items.required, parentSchema: schema11.properties.metrics.properties.regex.items, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data73.pattern === void 0) {
                  const err140 = { instancePath: instancePath + "/metrics/regex/" + i6, schemaPath: "#/properties/metrics/properties/regex/items/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema11.properties.metrics.properties.regex.items.required, parentSchema: schema11.properties.metrics.properties.regex.items, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
                for (const key15 in data73) {
                  if (!(key15 === "name" || key15 === "pattern" || key15 === "flags" || key15 === "must-match")) {
                    const err141 = { instancePath: instancePath + "/metrics/regex/" + i6, schemaPath: "#/properties/metrics/properties/regex/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.regex.items, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data73.name !== void 0) {
                  let data74 = data73.name;
                  if (typeof data74 === "string") {
                    if (!pattern3.test(data74)) {
                      const err142 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  } else {
                    const err143 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data73.pattern !== void 0) {
                  let data75 = data73.pattern;
                  if (typeof data75 !== "string") {
                    const err144 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/pattern", schemaPath: "#/properties/metrics/properties/regex/items/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.regex.items.properties.pattern.type, parentSchema: schema11.properties.metrics.properties.regex.items.properties.pattern, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data73.flags !== void 0) {
                  let data76 = data73.flags;
                  if (typeof data76 === "string") {
                    if (!pattern7.test(data76)) {
                      const err145 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/flags", schemaPath: "#/properties/metrics/properties/regex/items/properties/flags/pattern", keyword: "pattern", params: { pattern: "^[imsu]*$" }, message: 'must match pattern "^[imsu]*$"', schema: "^[imsu]*$", parentSchema: schema11.properties.metrics.properties.regex.items.properties.flags, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                  } else {
                    const err146 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/flags", schemaPath: "#/properties/metrics/properties/regex/items/properties/flags/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.properties.regex.items.properties.flags.type, parentSchema: schema11.properties.metrics.properties.regex.items.properties.flags, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                if (data73["must-match"] !== void 0) {
                  let data77 = data73["must-match"];
                  if (typeof data77 !== "boolean") {
                    const err147 = { instancePath: instancePath + "/metrics/regex/" + i6 + "/must-match", schemaPath: "#/properties/metrics/properties/regex/items/properties/must-match/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.regex.items.properties["must-match"].type, parentSchema: schema11.properties.metrics.properties.regex.items.properties["must-match"], data: data77 };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              } else {
                const err148 = { instancePath: instancePath + "/metrics/regex/" + i6, schemaPath: "#/properties/metrics/properties/regex/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.regex.items.type, parentSchema: schema11.properties.metrics.properties.regex.items, data: data73 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
          } else {
            const err149 = { instancePath: instancePath + "/metrics/regex", schemaPath: "#/properties/metrics/properties/regex/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.properties.regex.type, parentSchema: schema11.properties.metrics.properties.regex, data: data72 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data54.numeric !== void 0) {
          let data78 = data54.numeric;
          const _errs183 = errors;
          let valid37 = false;
          let passing3 = null;
          const _errs184 = errors;
          if (typeof data78 !== "boolean") {
            const err150 = { instancePath: instancePath + "/metrics/numeric", schemaPath: "#/properties/metrics/properties/numeric/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.numeric.oneOf[0].type, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[0], data: data78 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
          var _valid3 = _errs184 === errors;
          if (_valid3) {
            valid37 = true;
            passing3 = 0;
          }
          const _errs186 = errors;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key16 in data78) {
              if (!(key16 === "name" || key16 === "extract" || key16 === "tolerance")) {
                const err151 = { instancePath: instancePath + "/metrics/numeric", schemaPath: "#/properties/metrics/properties/numeric/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[1], data: data78 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data78.name !== void 0) {
              let data79 = data78.name;
              if (typeof data79 === "string") {
                if (!pattern3.test(data79)) {
                  const err152 = { instancePath: instancePath + "/metrics/numeric/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
              } else {
                const err153 = { instancePath: instancePath + "/metrics/numeric/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data79 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data78.extract !== void 0) {
              let data80 = data78.extract;
              if (!(data80 === "boxed-or-last" || data80 === "boxed" || data80 === "last-number")) {
                const err154 = { instancePath: instancePath + "/metrics/numeric/extract", schemaPath: "#/properties/metrics/properties/numeric/oneOf/1/properties/extract/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.properties.numeric.oneOf[1].properties.extract.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.properties.numeric.oneOf[1].properties.extract.enum, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[1].properties.extract, data: data80 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data78.tolerance !== void 0) {
              let data81 = data78.tolerance;
              if (typeof data81 == "number") {
                if (data81 < 0 || isNaN(data81)) {
                  const err155 = { instancePath: instancePath + "/metrics/numeric/tolerance", schemaPath: "#/properties/metrics/properties/numeric/oneOf/1/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[1].properties.tolerance, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
              } else {
                const err156 = { instancePath: instancePath + "/metrics/numeric/tolerance", schemaPath: "#/properties/metrics/properties/numeric/oneOf/1/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.metrics.properties.numeric.oneOf[1].properties.tolerance.type, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[1].properties.tolerance, data: data81 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
          } else {
            const err157 = { instancePath: instancePath + "/metrics/numeric", schemaPath: "#/properties/metrics/properties/numeric/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.numeric.oneOf[1].type, parentSchema: schema11.properties.metrics.properties.numeric.oneOf[1], data: data78 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
          var _valid3 = _errs186 === errors;
          if (_valid3 && valid37) {
            valid37 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid37 = true;
              passing3 = 1;
            }
          }
          if (!valid37) {
            const err158 = { instancePath: instancePath + "/metrics/numeric", schemaPath: "#/properties/metrics/properties/numeric/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.metrics.properties.numeric.oneOf, parentSchema: schema11.properties.metrics.properties.numeric, data: data78 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          } else {
            errors = _errs183;
            if (vErrors !== null) {
              if (_errs183) {
                vErrors.length = _errs183;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data54.f1 !== void 0) {
          let data82 = data54.f1;
          const _errs196 = errors;
          let valid40 = false;
          let passing4 = null;
          const _errs197 = errors;
          if (typeof data82 !== "boolean") {
            const err159 = { instancePath: instancePath + "/metrics/f1", schemaPath: "#/properties/metrics/properties/f1/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.f1.oneOf[0].type, parentSchema: schema11.properties.metrics.properties.f1.oneOf[0], data: data82 };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
          var _valid4 = _errs197 === errors;
          if (_valid4) {
            valid40 = true;
            passing4 = 0;
          }
          const _errs199 = errors;
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            for (const key17 in data82) {
              if (!(key17 === "name")) {
                const err160 = { instancePath: instancePath + "/metrics/f1", schemaPath: "#/properties/metrics/properties/f1/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.f1.oneOf[1], data: data82 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data82.name !== void 0) {
              let data83 = data82.name;
              if (typeof data83 === "string") {
                if (!pattern3.test(data83)) {
                  const err161 = { instancePath: instancePath + "/metrics/f1/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = { instancePath: instancePath + "/metrics/f1/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data83 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
          } else {
            const err163 = { instancePath: instancePath + "/metrics/f1", schemaPath: "#/properties/metrics/properties/f1/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.f1.oneOf[1].type, parentSchema: schema11.properties.metrics.properties.f1.oneOf[1], data: data82 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
          var _valid4 = _errs199 === errors;
          if (_valid4 && valid40) {
            valid40 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid40 = true;
              passing4 = 1;
            }
          }
          if (!valid40) {
            const err164 = { instancePath: instancePath + "/metrics/f1", schemaPath: "#/properties/metrics/properties/f1/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.metrics.properties.f1.oneOf, parentSchema: schema11.properties.metrics.properties.f1, data: data82 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          } else {
            errors = _errs196;
            if (vErrors !== null) {
              if (_errs196) {
                vErrors.length = _errs196;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data54.rouge !== void 0) {
          let data84 = data54.rouge;
          const _errs206 = errors;
          let valid43 = false;
          let passing5 = null;
          const _errs207 = errors;
          if (typeof data84 !== "boolean") {
            const err165 = { instancePath: instancePath + "/metrics/rouge", schemaPath: "#/properties/metrics/properties/rouge/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.rouge.oneOf[0].type, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[0], data: data84 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
          var _valid5 = _errs207 === errors;
          if (_valid5) {
            valid43 = true;
            passing5 = 0;
          }
          const _errs209 = errors;
          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
            for (const key18 in data84) {
              if (!(key18 === "types" || key18 === "stemmer")) {
                const err166 = { instancePath: instancePath + "/metrics/rouge", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1], data: data84 };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data84.types !== void 0) {
              let data85 = data84.types;
              if (Array.isArray(data85)) {
                if (data85.length < 1) {
                  const err167 = { instancePath: instancePath + "/metrics/rouge/types", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
                const len6 = data85.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data86 = data85[i7];
                  if (!(data86 === "rouge1" || data86 === "rouge2" || data86 === "rougeL")) {
                    const err168 = { instancePath: instancePath + "/metrics/rouge/types/" + i7, schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/properties/types/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types.items.enum, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types.items, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                let i8 = data85.length;
                let j1;
                if (i8 > 1) {
                  outer1: for (; i8--; ) {
                    for (j1 = i8; j1--; ) {
                      if (func0(data85[i8], data85[j1])) {
                        const err169 = { instancePath: instancePath + "/metrics/rouge/types", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/properties/types/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err170 = { instancePath: instancePath + "/metrics/rouge/types", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types.type, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.types, data: data85 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data84.stemmer !== void 0) {
              let data87 = data84.stemmer;
              if (typeof data87 !== "boolean") {
                const err171 = { instancePath: instancePath + "/metrics/rouge/stemmer", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/properties/stemmer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.stemmer.type, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1].properties.stemmer, data: data87 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
          } else {
            const err172 = { instancePath: instancePath + "/metrics/rouge", schemaPath: "#/properties/metrics/properties/rouge/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.properties.rouge.oneOf[1].type, parentSchema: schema11.properties.metrics.properties.rouge.oneOf[1], data: data84 };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
          var _valid5 = _errs209 === errors;
          if (_valid5 && valid43) {
            valid43 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid43 = true;
              passing5 = 1;
            }
          }
          if (!valid43) {
            const err173 = { instancePath: instancePath + "/metrics/rouge", schemaPath: "#/properties/metrics/properties/rouge/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.metrics.properties.rouge.oneOf, parentSchema: schema11.properties.metrics.properties.rouge, data: data84 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          } else {
            errors = _errs206;
            if (vErrors !== null) {
              if (_errs206) {
                vErrors.length = _errs206;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data54.bleu !== void 0) {
          let data88 = data54.bleu;
          if (typeof data88 !== "boolean") {
            const err174 = { instancePath: instancePath + "/metrics/bleu", schemaPath: "#/properties/metrics/properties/bleu/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.bleu.type, parentSchema: schema11.properties.metrics.properties.bleu, data: data88 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data54.chrf !== void 0) {
          let data89 = data54.chrf;
          if (typeof data89 !== "boolean") {
            const err175 = { instancePath: instancePath + "/metrics/chrf", schemaPath: "#/properties/metrics/properties/chrf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties.chrf.type, parentSchema: schema11.properties.metrics.properties.chrf, data: data89 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data54["per-category"] !== void 0) {
          let data90 = data54["per-category"];
          if (typeof data90 !== "boolean") {
            const err176 = { instancePath: instancePath + "/metrics/per-category", schemaPath: "#/properties/metrics/properties/per-category/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.metrics.properties["per-category"].type, parentSchema: schema11.properties.metrics.properties["per-category"], data: data90 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
      } else {
        const err177 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data54 };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
    if (data.composite !== void 0) {
      let data91 = data.composite;
      if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
        if (data91.weights === void 0) {
          const err178 = { instancePath: instancePath + "/composite", schemaPath: "#/properties/composite/required", keyword: "required", params: { missingProperty: "weights" }, message: "must have required property 'weights'", schema: schema11.properties.composite.required, parentSchema: schema11.properties.composite, data: data91 };
          if (vErrors === null) {
            vErrors = [err178];
          } else {
            vErrors.push(err178);
          }
          errors++;
        }
        for (const key19 in data91) {
          if (!(key19 === "name" || key19 === "weights")) {
            const err179 = { instancePath: instancePath + "/composite", schemaPath: "#/properties/composite/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.composite, data: data91 };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (data91.name !== void 0) {
          let data92 = data91.name;
          if (typeof data92 === "string") {
            if (!pattern3.test(data92)) {
              const err180 = { instancePath: instancePath + "/composite/name", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema13, data: data92 };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
          } else {
            const err181 = { instancePath: instancePath + "/composite/name", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data92 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
        if (data91.weights !== void 0) {
          let data93 = data91.weights;
          if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
            if (Object.keys(data93).length < 1) {
              const err182 = { instancePath: instancePath + "/composite/weights", schemaPath: "#/properties/composite/properties/weights/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.composite.properties.weights, data: data93 };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            for (const key20 in data93) {
              let data94 = data93[key20];
              if (typeof data94 == "number") {
                if (data94 <= 0 || isNaN(data94)) {
                  const err183 = { instancePath: instancePath + "/composite/weights/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/composite/properties/weights/additionalProperties/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.composite.properties.weights.additionalProperties, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              } else {
                const err184 = { instancePath: instancePath + "/composite/weights/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/composite/properties/weights/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.composite.properties.weights.additionalProperties.type, parentSchema: schema11.properties.composite.properties.weights.additionalProperties, data: data94 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
          } else {
            const err185 = { instancePath: instancePath + "/composite/weights", schemaPath: "#/properties/composite/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.composite.properties.weights.type, parentSchema: schema11.properties.composite.properties.weights, data: data93 };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
      } else {
        const err186 = { instancePath: instancePath + "/composite", schemaPath: "#/properties/composite/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.composite.type, parentSchema: schema11.properties.composite, data: data91 };
        if (vErrors === null) {
          vErrors = [err186];
        } else {
          vErrors.push(err186);
        }
        errors++;
      }
    }
    if (data.prices !== void 0) {
      let data95 = data.prices;
      if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
        for (const key21 in data95) {
          let data96 = data95[key21];
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            if (data96.input === void 0) {
              const err187 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema11.properties.prices.additionalProperties.required, parentSchema: schema11.properties.prices.additionalProperties, data: data96 };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
            if (data96.output === void 0) {
              const err188 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema11.properties.prices.additionalProperties.required, parentSchema: schema11.properties.prices.additionalProperties, data: data96 };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
            for (const key22 in data96) {
              if (!(key22 === "input" || key22 === "output")) {
                const err189 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.prices.additionalProperties, data: data96 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data96.input !== void 0) {
              let data97 = data96.input;
              if (typeof data97 == "number") {
                if (data97 < 0 || isNaN(data97)) {
                  const err190 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/prices/additionalProperties/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.prices.additionalProperties.properties.input, data: data97 };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              } else {
                const err191 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/prices/additionalProperties/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.prices.additionalProperties.properties.input.type, parentSchema: schema11.properties.prices.additionalProperties.properties.input, data: data97 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data96.output !== void 0) {
              let data98 = data96.output;
              if (typeof data98 == "number") {
                if (data98 < 0 || isNaN(data98)) {
                  const err192 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/prices/additionalProperties/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.prices.additionalProperties.properties.output, data: data98 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              } else {
                const err193 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/prices/additionalProperties/properties/output/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.prices.additionalProperties.properties.output.type, parentSchema: schema11.properties.prices.additionalProperties.properties.output, data: data98 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
          } else {
            const err194 = { instancePath: instancePath + "/prices/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.prices.additionalProperties.type, parentSchema: schema11.properties.prices.additionalProperties, data: data96 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
      } else {
        const err195 = { instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.prices.type, parentSchema: schema11.properties.prices, data: data95 };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.regression !== void 0) {
      let data99 = data.regression;
      if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
        for (const key23 in data99) {
          if (!(key23 === "baseline-dir" || key23 === "baseline" || key23 === "golden" || key23 === "alpha" || key23 === "require-same-dataset" || key23 === "require-baseline")) {
            const err196 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.regression, data: data99 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data99["baseline-dir"] !== void 0) {
          let data100 = data99["baseline-dir"];
          if (typeof data100 !== "string") {
            const err197 = { instancePath: instancePath + "/regression/baseline-dir", schemaPath: "#/properties/regression/properties/baseline-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.regression.properties["baseline-dir"].type, parentSchema: schema11.properties.regression.properties["baseline-dir"], data: data100 };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data99.baseline !== void 0) {
          let data101 = data99.baseline;
          if (typeof data101 !== "string") {
            const err198 = { instancePath: instancePath + "/regression/baseline", schemaPath: "#/properties/regression/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.regression.properties.baseline.type, parentSchema: schema11.properties.regression.properties.baseline, data: data101 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data99.golden !== void 0) {
          let data102 = data99.golden;
          if (typeof data102 !== "string") {
            const err199 = { instancePath: instancePath + "/regression/golden", schemaPath: "#/properties/regression/properties/golden/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.regression.properties.golden.type, parentSchema: schema11.properties.regression.properties.golden, data: data102 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
        if (data99.alpha !== void 0) {
          let data103 = data99.alpha;
          if (typeof data103 == "number") {
            if (data103 > 0.25 || isNaN(data103)) {
              const err200 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.25 }, message: "must be <= 0.25", schema: 0.25, parentSchema: schema11.properties.regression.properties.alpha, data: data103 };
              if (vErrors === null) {
                vErrors = [err200];
              } else {
                vErrors.push(err200);
              }
              errors++;
            }
            if (data103 <= 0 || isNaN(data103)) {
              const err201 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.regression.properties.alpha, data: data103 };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
          } else {
            const err202 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.regression.properties.alpha.type, parentSchema: schema11.properties.regression.properties.alpha, data: data103 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
        if (data99["require-same-dataset"] !== void 0) {
          let data104 = data99["require-same-dataset"];
          if (typeof data104 !== "boolean") {
            const err203 = { instancePath: instancePath + "/regression/require-same-dataset", schemaPath: "#/properties/regression/properties/require-same-dataset/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.regression.properties["require-same-dataset"].type, parentSchema: schema11.properties.regression.properties["require-same-dataset"], data: data104 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
        if (data99["require-baseline"] !== void 0) {
          let data105 = data99["require-baseline"];
          if (!(data105 === "auto" || data105 === "always" || data105 === "never")) {
            const err204 = { instancePath: instancePath + "/regression/require-baseline", schemaPath: "#/properties/regression/properties/require-baseline/enum", keyword: "enum", params: { allowedValues: schema11.properties.regression.properties["require-baseline"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.regression.properties["require-baseline"].enum, parentSchema: schema11.properties.regression.properties["require-baseline"], data: data105 };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        }
      } else {
        const err205 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.regression.type, parentSchema: schema11.properties.regression, data: data99 };
        if (vErrors === null) {
          vErrors = [err205];
        } else {
          vErrors.push(err205);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data106 = data.gates;
      if (Array.isArray(data106)) {
        const len7 = data106.length;
        for (let i9 = 0; i9 < len7; i9++) {
          let data107 = data106[i9];
          if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
            if (data107.metric === void 0) {
              const err206 = { instancePath: instancePath + "/gates/" + i9, schemaPath: "#/definitions/gate/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema20.required, parentSchema: schema20, data: data107 };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            for (const key24 in data107) {
              if (!func2.call(schema20.properties, key24)) {
                const err207 = { instancePath: instancePath + "/gates/" + i9, schemaPath: "#/definitions/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data107 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data107.name !== void 0) {
              let data108 = data107.name;
              if (typeof data108 === "string") {
                if (func3(data108) < 1) {
                  const err208 = { instancePath: instancePath + "/gates/" + i9 + "/name", schemaPath: "#/definitions/gate/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
              } else {
                const err209 = { instancePath: instancePath + "/gates/" + i9 + "/name", schemaPath: "#/definitions/gate/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data108 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data107.metric !== void 0) {
              let data109 = data107.metric;
              if (typeof data109 === "string") {
                if (func3(data109) < 1) {
                  const err210 = { instancePath: instancePath + "/gates/" + i9 + "/metric", schemaPath: "#/definitions/gate/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.metric, data: data109 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/gates/" + i9 + "/metric", schemaPath: "#/definitions/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.metric.type, parentSchema: schema20.properties.metric, data: data109 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data107.type !== void 0) {
              let data110 = data107.type;
              if (!(data110 === "threshold" || data110 === "regression")) {
                const err212 = { instancePath: instancePath + "/gates/" + i9 + "/type", schemaPath: "#/definitions/gate/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.type.enum, parentSchema: schema20.properties.type, data: data110 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data107.op !== void 0) {
              let data111 = data107.op;
              if (!(data111 === "<" || data111 === "<=" || data111 === ">" || data111 === ">=" || data111 === "==")) {
                const err213 = { instancePath: instancePath + "/gates/" + i9 + "/op", schemaPath: "#/definitions/gate/properties/op/enum", keyword: "enum", params: { allowedValues: schema20.properties.op.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.op.enum, parentSchema: schema20.properties.op, data: data111 };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
            if (data107.threshold !== void 0) {
              let data112 = data107.threshold;
              if (!(typeof data112 == "number")) {
                const err214 = { instancePath: instancePath + "/gates/" + i9 + "/threshold", schemaPath: "#/definitions/gate/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.threshold.type, parentSchema: schema20.properties.threshold, data: data112 };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data107.margin !== void 0) {
              let data113 = data107.margin;
              if (typeof data113 == "number") {
                if (data113 <= 0 || isNaN(data113)) {
                  const err215 = { instancePath: instancePath + "/gates/" + i9 + "/margin", schemaPath: "#/definitions/gate/properties/margin/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20.properties.margin, data: data113 };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
              } else {
                const err216 = { instancePath: instancePath + "/gates/" + i9 + "/margin", schemaPath: "#/definitions/gate/properties/margin/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.margin.type, parentSchema: schema20.properties.margin, data: data113 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data107["on-inconclusive"] !== void 0) {
              let data114 = data107["on-inconclusive"];
              if (!(data114 === "pass" || data114 === "warn" || data114 === "block")) {
                const err217 = { instancePath: instancePath + "/gates/" + i9 + "/on-inconclusive", schemaPath: "#/definitions/gate/properties/on-inconclusive/enum", keyword: "enum", params: { allowedValues: schema20.properties["on-inconclusive"].enum }, message: "must be equal to one of the allowed values", schema: schema20.properties["on-inconclusive"].enum, parentSchema: schema20.properties["on-inconclusive"], data: data114 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data107.severity !== void 0) {
              let data115 = data107.severity;
              if (!(data115 === "blocking" || data115 === "warning")) {
                const err218 = { instancePath: instancePath + "/gates/" + i9 + "/severity", schemaPath: "#/definitions/gate/properties/severity/enum", keyword: "enum", params: { allowedValues: schema20.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.severity.enum, parentSchema: schema20.properties.severity, data: data115 };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
            }
            if (data107.description !== void 0) {
              let data116 = data107.description;
              if (typeof data116 !== "string") {
                const err219 = { instancePath: instancePath + "/gates/" + i9 + "/description", schemaPath: "#/definitions/gate/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.description.type, parentSchema: schema20.properties.description, data: data116 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
          } else {
            const err220 = { instancePath: instancePath + "/gates/" + i9, schemaPath: "#/definitions/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data107 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
        }
      } else {
        const err221 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.type, parentSchema: schema11.properties.gates, data: data106 };
        if (vErrors === null) {
          vErrors = [err221];
        } else {
          vErrors.push(err221);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data117 = data.report;
      if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
        for (const key25 in data117) {
          if (!(key25 === "out-dir" || key25 === "max-failing-items")) {
            const err222 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report, data: data117 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        if (data117["out-dir"] !== void 0) {
          let data118 = data117["out-dir"];
          if (typeof data118 !== "string") {
            const err223 = { instancePath: instancePath + "/report/out-dir", schemaPath: "#/properties/report/properties/out-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties["out-dir"].type, parentSchema: schema11.properties.report.properties["out-dir"], data: data118 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data117["max-failing-items"] !== void 0) {
          let data119 = data117["max-failing-items"];
          if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)))) {
            const err224 = { instancePath: instancePath + "/report/max-failing-items", schemaPath: "#/properties/report/properties/max-failing-items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.report.properties["max-failing-items"].type, parentSchema: schema11.properties.report.properties["max-failing-items"], data: data119 };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
          if (typeof data119 == "number") {
            if (data119 > 1e3 || isNaN(data119)) {
              const err225 = { instancePath: instancePath + "/report/max-failing-items", schemaPath: "#/properties/report/properties/max-failing-items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.report.properties["max-failing-items"], data: data119 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
            if (data119 < 1 || isNaN(data119)) {
              const err226 = { instancePath: instancePath + "/report/max-failing-items", schemaPath: "#/properties/report/properties/max-failing-items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.report.properties["max-failing-items"], data: data119 };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
          }
        }
      } else {
        const err227 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.type, parentSchema: schema11.properties.report, data: data117 };
        if (vErrors === null) {
          vErrors = [err227];
        } else {
          vErrors.push(err227);
        }
        errors++;
      }
    }
    if (data.judge !== void 0) {
      let data120 = data.judge;
      if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
        if (data120["base-url"] === void 0) {
          const err228 = { instancePath: instancePath + "/judge", schemaPath: "#/properties/judge/required", keyword: "required", params: { missingProperty: "base-url" }, message: "must have required property 'base-url'", schema: schema11.properties.judge.required, parentSchema: schema11.properties.judge, data: data120 };
          if (vErrors === null) {
            vErrors = [err228];
          } else {
            vErrors.push(err228);
          }
          errors++;
        }
        for (const key26 in data120) {
          if (!func2.call(schema11.properties.judge.properties, key26)) {
            const err229 = { instancePath: instancePath + "/judge", schemaPath: "#/properties/judge/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.judge, data: data120 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        if (data120["base-url"] !== void 0) {
          let data121 = data120["base-url"];
          if (typeof data121 === "string") {
            if (!pattern1.test(data121)) {
              const err230 = { instancePath: instancePath + "/judge/base-url", schemaPath: "#/properties/judge/properties/base-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.judge.properties["base-url"], data: data121 };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
          } else {
            const err231 = { instancePath: instancePath + "/judge/base-url", schemaPath: "#/properties/judge/properties/base-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties["base-url"].type, parentSchema: schema11.properties.judge.properties["base-url"], data: data121 };
            if (vErrors === null) {
              vErrors = [err231];
            } else {
              vErrors.push(err231);
            }
            errors++;
          }
        }
        if (data120.model !== void 0) {
          let data122 = data120.model;
          if (typeof data122 === "string") {
            if (func3(data122) < 1) {
              const err232 = { instancePath: instancePath + "/judge/model", schemaPath: "#/properties/judge/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties.model, data: data122 };
              if (vErrors === null) {
                vErrors = [err232];
              } else {
                vErrors.push(err232);
              }
              errors++;
            }
          } else {
            const err233 = { instancePath: instancePath + "/judge/model", schemaPath: "#/properties/judge/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.model.type, parentSchema: schema11.properties.judge.properties.model, data: data122 };
            if (vErrors === null) {
              vErrors = [err233];
            } else {
              vErrors.push(err233);
            }
            errors++;
          }
        }
        if (data120.models !== void 0) {
          let data123 = data120.models;
          if (Array.isArray(data123)) {
            if (data123.length > 7) {
              const err234 = { instancePath: instancePath + "/judge/models", schemaPath: "#/properties/judge/properties/models/maxItems", keyword: "maxItems", params: { limit: 7 }, message: "must NOT have more than 7 items", schema: 7, parentSchema: schema11.properties.judge.properties.models, data: data123 };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
            if (data123.length < 1) {
              const err235 = { instancePath: instancePath + "/judge/models", schemaPath: "#/properties/judge/properties/models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.judge.properties.models, data: data123 };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
            const len8 = data123.length;
            for (let i10 = 0; i10 < len8; i10++) {
              let data124 = data123[i10];
              if (typeof data124 === "string") {
                if (func3(data124) < 1) {
                  const err236 = { instancePath: instancePath + "/judge/models/" + i10, schemaPath: "#/properties/judge/properties/models/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties.models.items, data: data124 };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              } else {
                const err237 = { instancePath: instancePath + "/judge/models/" + i10, schemaPath: "#/properties/judge/properties/models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.models.items.type, parentSchema: schema11.properties.judge.properties.models.items, data: data124 };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            let i11 = data123.length;
            let j2;
            if (i11 > 1) {
              const indices0 = {};
              for (; i11--; ) {
                let item0 = data123[i11];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err238 = { instancePath: instancePath + "/judge/models", schemaPath: "#/properties/judge/properties/models/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i11 + " are identical)", schema: true, parentSchema: schema11.properties.judge.properties.models, data: data123 };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i11;
              }
            }
          } else {
            const err239 = { instancePath: instancePath + "/judge/models", schemaPath: "#/properties/judge/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.judge.properties.models.type, parentSchema: schema11.properties.judge.properties.models, data: data123 };
            if (vErrors === null) {
              vErrors = [err239];
            } else {
              vErrors.push(err239);
            }
            errors++;
          }
        }
        if (data120["api-key-env"] !== void 0) {
          let data125 = data120["api-key-env"];
          if (typeof data125 === "string") {
            if (!pattern2.test(data125)) {
              const err240 = { instancePath: instancePath + "/judge/api-key-env", schemaPath: "#/properties/judge/properties/api-key-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.judge.properties["api-key-env"], data: data125 };
              if (vErrors === null) {
                vErrors = [err240];
              } else {
                vErrors.push(err240);
              }
              errors++;
            }
          } else {
            const err241 = { instancePath: instancePath + "/judge/api-key-env", schemaPath: "#/properties/judge/properties/api-key-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties["api-key-env"].type, parentSchema: schema11.properties.judge.properties["api-key-env"], data: data125 };
            if (vErrors === null) {
              vErrors = [err241];
            } else {
              vErrors.push(err241);
            }
            errors++;
          }
        }
        if (data120.headers !== void 0) {
          let data126 = data120.headers;
          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
            for (const key27 in data126) {
              let data127 = data126[key27];
              if (typeof data127 !== "string") {
                const err242 = { instancePath: instancePath + "/judge/headers/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/judge/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.headers.additionalProperties.type, parentSchema: schema11.properties.judge.properties.headers.additionalProperties, data: data127 };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
          } else {
            const err243 = { instancePath: instancePath + "/judge/headers", schemaPath: "#/properties/judge/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.judge.properties.headers.type, parentSchema: schema11.properties.judge.properties.headers, data: data126 };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        if (data120.temperature !== void 0) {
          let data128 = data120.temperature;
          if (typeof data128 == "number") {
            if (data128 > 2 || isNaN(data128)) {
              const err244 = { instancePath: instancePath + "/judge/temperature", schemaPath: "#/properties/judge/properties/temperature/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema11.properties.judge.properties.temperature, data: data128 };
              if (vErrors === null) {
                vErrors = [err244];
              } else {
                vErrors.push(err244);
              }
              errors++;
            }
            if (data128 < 0 || isNaN(data128)) {
              const err245 = { instancePath: instancePath + "/judge/temperature", schemaPath: "#/properties/judge/properties/temperature/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties.temperature, data: data128 };
              if (vErrors === null) {
                vErrors = [err245];
              } else {
                vErrors.push(err245);
              }
              errors++;
            }
          } else {
            const err246 = { instancePath: instancePath + "/judge/temperature", schemaPath: "#/properties/judge/properties/temperature/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties.temperature.type, parentSchema: schema11.properties.judge.properties.temperature, data: data128 };
            if (vErrors === null) {
              vErrors = [err246];
            } else {
              vErrors.push(err246);
            }
            errors++;
          }
        }
        if (data120.seed !== void 0) {
          let data129 = data120.seed;
          if (!(typeof data129 == "number" && (!(data129 % 1) && !isNaN(data129)))) {
            const err247 = { instancePath: instancePath + "/judge/seed", schemaPath: "#/properties/judge/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties.seed.type, parentSchema: schema11.properties.judge.properties.seed, data: data129 };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        }
        if (data120["timeout-ms"] !== void 0) {
          let data130 = data120["timeout-ms"];
          if (!(typeof data130 == "number" && (!(data130 % 1) && !isNaN(data130)))) {
            const err248 = { instancePath: instancePath + "/judge/timeout-ms", schemaPath: "#/properties/judge/properties/timeout-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["timeout-ms"].type, parentSchema: schema11.properties.judge.properties["timeout-ms"], data: data130 };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
          if (typeof data130 == "number") {
            if (data130 < 100 || isNaN(data130)) {
              const err249 = { instancePath: instancePath + "/judge/timeout-ms", schemaPath: "#/properties/judge/properties/timeout-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.judge.properties["timeout-ms"], data: data130 };
              if (vErrors === null) {
                vErrors = [err249];
              } else {
                vErrors.push(err249);
              }
              errors++;
            }
          }
        }
        if (data120["max-retries"] !== void 0) {
          let data131 = data120["max-retries"];
          if (!(typeof data131 == "number" && (!(data131 % 1) && !isNaN(data131)))) {
            const err250 = { instancePath: instancePath + "/judge/max-retries", schemaPath: "#/properties/judge/properties/max-retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["max-retries"].type, parentSchema: schema11.properties.judge.properties["max-retries"], data: data131 };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
          if (typeof data131 == "number") {
            if (data131 > 20 || isNaN(data131)) {
              const err251 = { instancePath: instancePath + "/judge/max-retries", schemaPath: "#/properties/judge/properties/max-retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.judge.properties["max-retries"], data: data131 };
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
            if (data131 < 0 || isNaN(data131)) {
              const err252 = { instancePath: instancePath + "/judge/max-retries", schemaPath: "#/properties/judge/properties/max-retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["max-retries"], data: data131 };
              if (vErrors === null) {
                vErrors = [err252];
              } else {
                vErrors.push(err252);
              }
              errors++;
            }
          }
        }
        if (data120["circuit-breaker"] !== void 0) {
          let data132 = data120["circuit-breaker"];
          if (!(typeof data132 == "number" && (!(data132 % 1) && !isNaN(data132)))) {
            const err253 = { instancePath: instancePath + "/judge/circuit-breaker", schemaPath: "#/properties/judge/properties/circuit-breaker/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["circuit-breaker"].type, parentSchema: schema11.properties.judge.properties["circuit-breaker"], data: data132 };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
          if (typeof data132 == "number") {
            if (data132 < 0 || isNaN(data132)) {
              const err254 = { instancePath: instancePath + "/judge/circuit-breaker", schemaPath: "#/properties/judge/properties/circuit-breaker/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["circuit-breaker"], data: data132 };
              if (vErrors === null) {
                vErrors = [err254];
              } else {
                vErrors.push(err254);
              }
              errors++;
            }
          }
        }
        if (data120.concurrency !== void 0) {
          let data133 = data120.concurrency;
          if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)))) {
            const err255 = { instancePath: instancePath + "/judge/concurrency", schemaPath: "#/properties/judge/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties.concurrency.type, parentSchema: schema11.properties.judge.properties.concurrency, data: data133 };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
          if (typeof data133 == "number") {
            if (data133 > 256 || isNaN(data133)) {
              const err256 = { instancePath: instancePath + "/judge/concurrency", schemaPath: "#/properties/judge/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema11.properties.judge.properties.concurrency, data: data133 };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors++;
            }
            if (data133 < 1 || isNaN(data133)) {
              const err257 = { instancePath: instancePath + "/judge/concurrency", schemaPath: "#/properties/judge/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.judge.properties.concurrency, data: data133 };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
          }
        }
        if (data120["max-tokens"] !== void 0) {
          let data134 = data120["max-tokens"];
          if (!(typeof data134 == "number" && (!(data134 % 1) && !isNaN(data134)))) {
            const err258 = { instancePath: instancePath + "/judge/max-tokens", schemaPath: "#/properties/judge/properties/max-tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["max-tokens"].type, parentSchema: schema11.properties.judge.properties["max-tokens"], data: data134 };
            if (vErrors === null) {
              vErrors = [err258];
            } else {
              vErrors.push(err258);
            }
            errors++;
          }
          if (typeof data134 == "number") {
            if (data134 < 16 || isNaN(data134)) {
              const err259 = { instancePath: instancePath + "/judge/max-tokens", schemaPath: "#/properties/judge/properties/max-tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 16 }, message: "must be >= 16", schema: 16, parentSchema: schema11.properties.judge.properties["max-tokens"], data: data134 };
              if (vErrors === null) {
                vErrors = [err259];
              } else {
                vErrors.push(err259);
              }
              errors++;
            }
          }
        }
        if (data120["expected-output-tokens"] !== void 0) {
          let data135 = data120["expected-output-tokens"];
          if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)))) {
            const err260 = { instancePath: instancePath + "/judge/expected-output-tokens", schemaPath: "#/properties/judge/properties/expected-output-tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["expected-output-tokens"].type, parentSchema: schema11.properties.judge.properties["expected-output-tokens"], data: data135 };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
          if (typeof data135 == "number") {
            if (data135 < 1 || isNaN(data135)) {
              const err261 = { instancePath: instancePath + "/judge/expected-output-tokens", schemaPath: "#/properties/judge/properties/expected-output-tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.judge.properties["expected-output-tokens"], data: data135 };
              if (vErrors === null) {
                vErrors = [err261];
              } else {
                vErrors.push(err261);
              }
              errors++;
            }
          }
        }
        if (data120["structured-output"] !== void 0) {
          let data136 = data120["structured-output"];
          if (!(data136 === "auto" || data136 === "always" || data136 === "never")) {
            const err262 = { instancePath: instancePath + "/judge/structured-output", schemaPath: "#/properties/judge/properties/structured-output/enum", keyword: "enum", params: { allowedValues: schema11.properties.judge.properties["structured-output"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.judge.properties["structured-output"].enum, parentSchema: schema11.properties.judge.properties["structured-output"], data: data136 };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data120["sample-rate"] !== void 0) {
          let data137 = data120["sample-rate"];
          if (typeof data137 == "number") {
            if (data137 > 1 || isNaN(data137)) {
              const err263 = { instancePath: instancePath + "/judge/sample-rate", schemaPath: "#/properties/judge/properties/sample-rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.judge.properties["sample-rate"], data: data137 };
              if (vErrors === null) {
                vErrors = [err263];
              } else {
                vErrors.push(err263);
              }
              errors++;
            }
            if (data137 <= 0 || isNaN(data137)) {
              const err264 = { instancePath: instancePath + "/judge/sample-rate", schemaPath: "#/properties/judge/properties/sample-rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.judge.properties["sample-rate"], data: data137 };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          } else {
            const err265 = { instancePath: instancePath + "/judge/sample-rate", schemaPath: "#/properties/judge/properties/sample-rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties["sample-rate"].type, parentSchema: schema11.properties.judge.properties["sample-rate"], data: data137 };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data120["min-sample"] !== void 0) {
          let data138 = data120["min-sample"];
          if (!(typeof data138 == "number" && (!(data138 % 1) && !isNaN(data138)))) {
            const err266 = { instancePath: instancePath + "/judge/min-sample", schemaPath: "#/properties/judge/properties/min-sample/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["min-sample"].type, parentSchema: schema11.properties.judge.properties["min-sample"], data: data138 };
            if (vErrors === null) {
              vErrors = [err266];
            } else {
              vErrors.push(err266);
            }
            errors++;
          }
          if (typeof data138 == "number") {
            if (data138 < 1 || isNaN(data138)) {
              const err267 = { instancePath: instancePath + "/judge/min-sample", schemaPath: "#/properties/judge/properties/min-sample/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.judge.properties["min-sample"], data: data138 };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
          }
        }
        if (data120["sample-seed"] !== void 0) {
          let data139 = data120["sample-seed"];
          if (typeof data139 === "string") {
            if (func3(data139) < 1) {
              const err268 = { instancePath: instancePath + "/judge/sample-seed", schemaPath: "#/properties/judge/properties/sample-seed/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties["sample-seed"], data: data139 };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
          } else {
            const err269 = { instancePath: instancePath + "/judge/sample-seed", schemaPath: "#/properties/judge/properties/sample-seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties["sample-seed"].type, parentSchema: schema11.properties.judge.properties["sample-seed"], data: data139 };
            if (vErrors === null) {
              vErrors = [err269];
            } else {
              vErrors.push(err269);
            }
            errors++;
          }
        }
        if (data120["min-per-category"] !== void 0) {
          let data140 = data120["min-per-category"];
          if (!(typeof data140 == "number" && (!(data140 % 1) && !isNaN(data140)))) {
            const err270 = { instancePath: instancePath + "/judge/min-per-category", schemaPath: "#/properties/judge/properties/min-per-category/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.judge.properties["min-per-category"].type, parentSchema: schema11.properties.judge.properties["min-per-category"], data: data140 };
            if (vErrors === null) {
              vErrors = [err270];
            } else {
              vErrors.push(err270);
            }
            errors++;
          }
          if (typeof data140 == "number") {
            if (data140 < 0 || isNaN(data140)) {
              const err271 = { instancePath: instancePath + "/judge/min-per-category", schemaPath: "#/properties/judge/properties/min-per-category/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["min-per-category"], data: data140 };
              if (vErrors === null) {
                vErrors = [err271];
              } else {
                vErrors.push(err271);
              }
              errors++;
            }
          }
        }
        if (data120["include-failed"] !== void 0) {
          let data141 = data120["include-failed"];
          if (typeof data141 !== "boolean") {
            const err272 = { instancePath: instancePath + "/judge/include-failed", schemaPath: "#/properties/judge/properties/include-failed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.judge.properties["include-failed"].type, parentSchema: schema11.properties.judge.properties["include-failed"], data: data141 };
            if (vErrors === null) {
              vErrors = [err272];
            } else {
              vErrors.push(err272);
            }
            errors++;
          }
        }
        if (data120["judge-all"] !== void 0) {
          let data142 = data120["judge-all"];
          if (typeof data142 !== "boolean") {
            const err273 = { instancePath: instancePath + "/judge/judge-all", schemaPath: "#/properties/judge/properties/judge-all/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.judge.properties["judge-all"].type, parentSchema: schema11.properties.judge.properties["judge-all"], data: data142 };
            if (vErrors === null) {
              vErrors = [err273];
            } else {
              vErrors.push(err273);
            }
            errors++;
          }
        }
        if (data120["budget-usd"] !== void 0) {
          let data143 = data120["budget-usd"];
          if (typeof data143 == "number") {
            if (data143 < 0 || isNaN(data143)) {
              const err274 = { instancePath: instancePath + "/judge/budget-usd", schemaPath: "#/properties/judge/properties/budget-usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["budget-usd"], data: data143 };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors++;
            }
          } else {
            const err275 = { instancePath: instancePath + "/judge/budget-usd", schemaPath: "#/properties/judge/properties/budget-usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties["budget-usd"].type, parentSchema: schema11.properties.judge.properties["budget-usd"], data: data143 };
            if (vErrors === null) {
              vErrors = [err275];
            } else {
              vErrors.push(err275);
            }
            errors++;
          }
        }
        if (data120["max-error-rate"] !== void 0) {
          let data144 = data120["max-error-rate"];
          if (typeof data144 == "number") {
            if (data144 > 1 || isNaN(data144)) {
              const err276 = { instancePath: instancePath + "/judge/max-error-rate", schemaPath: "#/properties/judge/properties/max-error-rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.judge.properties["max-error-rate"], data: data144 };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors++;
            }
            if (data144 < 0 || isNaN(data144)) {
              const err277 = { instancePath: instancePath + "/judge/max-error-rate", schemaPath: "#/properties/judge/properties/max-error-rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["max-error-rate"], data: data144 };
              if (vErrors === null) {
                vErrors = [err277];
              } else {
                vErrors.push(err277);
              }
              errors++;
            }
          } else {
            const err278 = { instancePath: instancePath + "/judge/max-error-rate", schemaPath: "#/properties/judge/properties/max-error-rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties["max-error-rate"].type, parentSchema: schema11.properties.judge.properties["max-error-rate"], data: data144 };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
        }
        if (data120["max-na-rate"] !== void 0) {
          let data145 = data120["max-na-rate"];
          if (typeof data145 == "number") {
            if (data145 > 1 || isNaN(data145)) {
              const err279 = { instancePath: instancePath + "/judge/max-na-rate", schemaPath: "#/properties/judge/properties/max-na-rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.judge.properties["max-na-rate"], data: data145 };
              if (vErrors === null) {
                vErrors = [err279];
              } else {
                vErrors.push(err279);
              }
              errors++;
            }
            if (data145 < 0 || isNaN(data145)) {
              const err280 = { instancePath: instancePath + "/judge/max-na-rate", schemaPath: "#/properties/judge/properties/max-na-rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["max-na-rate"], data: data145 };
              if (vErrors === null) {
                vErrors = [err280];
              } else {
                vErrors.push(err280);
              }
              errors++;
            }
          } else {
            const err281 = { instancePath: instancePath + "/judge/max-na-rate", schemaPath: "#/properties/judge/properties/max-na-rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties["max-na-rate"].type, parentSchema: schema11.properties.judge.properties["max-na-rate"], data: data145 };
            if (vErrors === null) {
              vErrors = [err281];
            } else {
              vErrors.push(err281);
            }
            errors++;
          }
        }
        if (data120["alert-below"] !== void 0) {
          let data146 = data120["alert-below"];
          if (typeof data146 == "number") {
            if (data146 > 1 || isNaN(data146)) {
              const err282 = { instancePath: instancePath + "/judge/alert-below", schemaPath: "#/properties/judge/properties/alert-below/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.judge.properties["alert-below"], data: data146 };
              if (vErrors === null) {
                vErrors = [err282];
              } else {
                vErrors.push(err282);
              }
              errors++;
            }
            if (data146 < 0 || isNaN(data146)) {
              const err283 = { instancePath: instancePath + "/judge/alert-below", schemaPath: "#/properties/judge/properties/alert-below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties["alert-below"], data: data146 };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
          } else {
            const err284 = { instancePath: instancePath + "/judge/alert-below", schemaPath: "#/properties/judge/properties/alert-below/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties["alert-below"].type, parentSchema: schema11.properties.judge.properties["alert-below"], data: data146 };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
        }
        if (data120.metrics !== void 0) {
          let data147 = data120.metrics;
          if (Array.isArray(data147)) {
            const len9 = data147.length;
            for (let i12 = 0; i12 < len9; i12++) {
              let data148 = data147[i12];
              if (typeof data148 === "string") {
                if (func3(data148) < 1) {
                  const err285 = { instancePath: instancePath + "/judge/metrics/" + i12, schemaPath: "#/properties/judge/properties/metrics/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties.metrics.items, data: data148 };
                  if (vErrors === null) {
                    vErrors = [err285];
                  } else {
                    vErrors.push(err285);
                  }
                  errors++;
                }
              } else {
                const err286 = { instancePath: instancePath + "/judge/metrics/" + i12, schemaPath: "#/properties/judge/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.metrics.items.type, parentSchema: schema11.properties.judge.properties.metrics.items, data: data148 };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            let i13 = data147.length;
            let j3;
            if (i13 > 1) {
              const indices1 = {};
              for (; i13--; ) {
                let item1 = data147[i13];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j3 = indices1[item1];
                  const err287 = { instancePath: instancePath + "/judge/metrics", schemaPath: "#/properties/judge/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i13 + " are identical)", schema: true, parentSchema: schema11.properties.judge.properties.metrics, data: data147 };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i13;
              }
            }
          } else {
            const err288 = { instancePath: instancePath + "/judge/metrics", schemaPath: "#/properties/judge/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.judge.properties.metrics.type, parentSchema: schema11.properties.judge.properties.metrics, data: data147 };
            if (vErrors === null) {
              vErrors = [err288];
            } else {
              vErrors.push(err288);
            }
            errors++;
          }
        }
        if (data120["custom-metrics"] !== void 0) {
          let data149 = data120["custom-metrics"];
          if (Array.isArray(data149)) {
            const len10 = data149.length;
            for (let i14 = 0; i14 < len10; i14++) {
              let data150 = data149[i14];
              if (typeof data150 === "string") {
                if (func3(data150) < 1) {
                  const err289 = { instancePath: instancePath + "/judge/custom-metrics/" + i14, schemaPath: "#/properties/judge/properties/custom-metrics/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties["custom-metrics"].items, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err289];
                  } else {
                    vErrors.push(err289);
                  }
                  errors++;
                }
              } else {
                const err290 = { instancePath: instancePath + "/judge/custom-metrics/" + i14, schemaPath: "#/properties/judge/properties/custom-metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties["custom-metrics"].items.type, parentSchema: schema11.properties.judge.properties["custom-metrics"].items, data: data150 };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
            }
          } else {
            const err291 = { instancePath: instancePath + "/judge/custom-metrics", schemaPath: "#/properties/judge/properties/custom-metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.judge.properties["custom-metrics"].type, parentSchema: schema11.properties.judge.properties["custom-metrics"], data: data149 };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors++;
          }
        }
        if (data120.aggregate !== void 0) {
          let data151 = data120.aggregate;
          if (!(data151 === "mean" || data151 === "median" || data151 === "majority")) {
            const err292 = { instancePath: instancePath + "/judge/aggregate", schemaPath: "#/properties/judge/properties/aggregate/enum", keyword: "enum", params: { allowedValues: schema11.properties.judge.properties.aggregate.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.judge.properties.aggregate.enum, parentSchema: schema11.properties.judge.properties.aggregate, data: data151 };
            if (vErrors === null) {
              vErrors = [err292];
            } else {
              vErrors.push(err292);
            }
            errors++;
          }
        }
        if (data120.pairwise !== void 0) {
          let data152 = data120.pairwise;
          if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
            for (const key28 in data152) {
              if (!(key28 === "against" || key28 === "reference" || key28 === "criterion")) {
                const err293 = { instancePath: instancePath + "/judge/pairwise", schemaPath: "#/properties/judge/properties/pairwise/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.judge.properties.pairwise, data: data152 };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
            }
            if (data152.against !== void 0) {
              let data153 = data152.against;
              if (!(data153 === "baseline" || data153 === "reference")) {
                const err294 = { instancePath: instancePath + "/judge/pairwise/against", schemaPath: "#/properties/judge/properties/pairwise/properties/against/enum", keyword: "enum", params: { allowedValues: schema11.properties.judge.properties.pairwise.properties.against.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.judge.properties.pairwise.properties.against.enum, parentSchema: schema11.properties.judge.properties.pairwise.properties.against, data: data153 };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data152.reference !== void 0) {
              let data154 = data152.reference;
              if (typeof data154 !== "string") {
                const err295 = { instancePath: instancePath + "/judge/pairwise/reference", schemaPath: "#/properties/judge/properties/pairwise/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.pairwise.properties.reference.type, parentSchema: schema11.properties.judge.properties.pairwise.properties.reference, data: data154 };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
            if (data152.criterion !== void 0) {
              let data155 = data152.criterion;
              if (typeof data155 === "string") {
                if (func3(data155) < 1) {
                  const err296 = { instancePath: instancePath + "/judge/pairwise/criterion", schemaPath: "#/properties/judge/properties/pairwise/properties/criterion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.judge.properties.pairwise.properties.criterion, data: data155 };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
              } else {
                const err297 = { instancePath: instancePath + "/judge/pairwise/criterion", schemaPath: "#/properties/judge/properties/pairwise/properties/criterion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.judge.properties.pairwise.properties.criterion.type, parentSchema: schema11.properties.judge.properties.pairwise.properties.criterion, data: data155 };
                if (vErrors === null) {
                  vErrors = [err297];
                } else {
                  vErrors.push(err297);
                }
                errors++;
              }
            }
          } else {
            const err298 = { instancePath: instancePath + "/judge/pairwise", schemaPath: "#/properties/judge/properties/pairwise/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.judge.properties.pairwise.type, parentSchema: schema11.properties.judge.properties.pairwise, data: data152 };
            if (vErrors === null) {
              vErrors = [err298];
            } else {
              vErrors.push(err298);
            }
            errors++;
          }
        }
        if (data120.prices !== void 0) {
          let data156 = data120.prices;
          if (data156 && typeof data156 == "object" && !Array.isArray(data156)) {
            for (const key29 in data156) {
              let data157 = data156[key29];
              if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
                if (data157.input === void 0) {
                  const err299 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/judge/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema11.properties.judge.properties.prices.additionalProperties.required, parentSchema: schema11.properties.judge.properties.prices.additionalProperties, data: data157 };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
                if (data157.output === void 0) {
                  const err300 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/judge/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema11.properties.judge.properties.prices.additionalProperties.required, parentSchema: schema11.properties.judge.properties.prices.additionalProperties, data: data157 };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
                for (const key30 in data157) {
                  if (!(key30 === "input" || key30 === "output")) {
                    const err301 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/judge/properties/prices/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.judge.properties.prices.additionalProperties, data: data157 };
                    if (vErrors === null) {
                      vErrors = [err301];
                    } else {
                      vErrors.push(err301);
                    }
                    errors++;
                  }
                }
                if (data157.input !== void 0) {
                  let data158 = data157.input;
                  if (typeof data158 == "number") {
                    if (data158 < 0 || isNaN(data158)) {
                      const err302 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/judge/properties/prices/additionalProperties/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties.prices.additionalProperties.properties.input, data: data158 };
                      if (vErrors === null) {
                        vErrors = [err302];
                      } else {
                        vErrors.push(err302);
                      }
                      errors++;
                    }
                  } else {
                    const err303 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/judge/properties/prices/additionalProperties/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties.prices.additionalProperties.properties.input.type, parentSchema: schema11.properties.judge.properties.prices.additionalProperties.properties.input, data: data158 };
                    if (vErrors === null) {
                      vErrors = [err303];
                    } else {
                      vErrors.push(err303);
                    }
                    errors++;
                  }
                }
                if (data157.output !== void 0) {
                  let data159 = data157.output;
                  if (typeof data159 == "number") {
                    if (data159 < 0 || isNaN(data159)) {
                      const err304 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/judge/properties/prices/additionalProperties/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.judge.properties.prices.additionalProperties.properties.output, data: data159 };
                      if (vErrors === null) {
                        vErrors = [err304];
                      } else {
                        vErrors.push(err304);
                      }
                      errors++;
                    }
                  } else {
                    const err305 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/judge/properties/prices/additionalProperties/properties/output/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.judge.properties.prices.additionalProperties.properties.output.type, parentSchema: schema11.properties.judge.properties.prices.additionalProperties.properties.output, data: data159 };
                    if (vErrors === null) {
                      vErrors = [err305];
                    } else {
                      vErrors.push(err305);
                    }
                    errors++;
                  }
                }
              } else {
                const err306 = { instancePath: instancePath + "/judge/prices/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/judge/properties/prices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.judge.properties.prices.additionalProperties.type, parentSchema: schema11.properties.judge.properties.prices.additionalProperties, data: data157 };
                if (vErrors === null) {
                  vErrors = [err306];
                } else {
                  vErrors.push(err306);
                }
                errors++;
              }
            }
          } else {
            const err307 = { instancePath: instancePath + "/judge/prices", schemaPath: "#/properties/judge/properties/prices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.judge.properties.prices.type, parentSchema: schema11.properties.judge.properties.prices, data: data156 };
            if (vErrors === null) {
              vErrors = [err307];
            } else {
              vErrors.push(err307);
            }
            errors++;
          }
        }
      } else {
        const err308 = { instancePath: instancePath + "/judge", schemaPath: "#/properties/judge/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.judge.type, parentSchema: schema11.properties.judge, data: data120 };
        if (vErrors === null) {
          vErrors = [err308];
        } else {
          vErrors.push(err308);
        }
        errors++;
      }
    }
  } else {
    const err309 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err309];
    } else {
      vErrors.push(err309);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
__name(validate10, "validate10");
function configValidator() {
  return validate;
}
__name(configValidator, "configValidator");

// src/config/validate.ts
function validateAgainstSchema(raw, file, locate) {
  const validate2 = configValidator();
  if (validate2(raw)) return [];
  const errors = relevantErrors(validate2.errors ?? [], raw);
  return errors.map((error) => toUserError(error, file, locate));
}
__name(validateAgainstSchema, "validateAgainstSchema");
function relevantErrors(errors, raw) {
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const error of errors) {
    if (error.keyword === "oneOf") continue;
    if (error.keyword === "type" && error.schemaPath.includes("/oneOf/")) {
      const value = valueAt(raw, pathOf(error));
      if (error.params.type === "boolean" && typeof value === "object") continue;
      if (error.params.type === "object" && typeof value !== "boolean" && typeof value !== "object") {
        error.message = "must be true, false or an object";
      } else if (error.params.type === "object") continue;
    }
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(error);
  }
  return result;
}
__name(relevantErrors, "relevantErrors");
function toUserError(error, file, locate) {
  const keyPath = pathOf(error);
  const params = error.params;
  let message;
  let fix;
  let target = keyPath;
  switch (error.keyword) {
    case "required":
      message = `missing required key "${String(params.missingProperty)}".`;
      fix = `Add "${String(params.missingProperty)}" here.`;
      break;
    case "additionalProperties": {
      const unknown = String(params.additionalProperty);
      target = [...keyPath, unknown];
      const known = knownKeys(error);
      const suggestion = closest(unknown, known);
      message = `unknown key "${unknown}".`;
      fix = suggestion ? `Did you mean "${suggestion}"? Known keys here: ${known.join(", ")}.` : `Known keys here: ${known.join(", ")}.`;
      break;
    }
    case "enum":
      message = `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}.`;
      break;
    case "const":
      message = `must be ${JSON.stringify(params.allowedValue)}.`;
      break;
    case "type":
      message = error.message?.startsWith("must be true") ? `${error.message}, found ${describeFound(error.data)}.` : `must be of type ${String(params.type)}, found ${describeFound(error.data)}.`;
      break;
    case "pattern":
      message = `does not match the expected form (${String(params.pattern)}).`;
      fix = keyPath.at(-1) === "name" || String(params.pattern).includes("a-z0-9_") ? "Use snake_case: lower-case letters, digits and underscores, starting with a letter." : void 0;
      break;
    default:
      message = `${error.message ?? "is invalid"}.`;
  }
  return new UserError(message, { file, line: locate(target), key: renderKey(target), fix });
}
__name(toUserError, "toUserError");
function describeFound(value) {
  if (value === null || value === void 0) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${text.length > 40 ? `${text.slice(0, 39)}\u2026` : text})`;
}
__name(describeFound, "describeFound");
function pathOf(error) {
  if (error.instancePath === "") return [];
  return error.instancePath.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
__name(pathOf, "pathOf");
function renderKey(keyPath) {
  if (keyPath.length === 0) return "(top level)";
  return keyPath.reduce(
    (text, part) => typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    ""
  );
}
__name(renderKey, "renderKey");
function valueAt(raw, keyPath) {
  let value = raw;
  for (const part of keyPath) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[part];
  }
  return value;
}
__name(valueAt, "valueAt");
function knownKeys(error) {
  const parent = error.parentSchema;
  return Object.keys(parent?.properties ?? {}).filter((key) => key !== "$schema");
}
__name(knownKeys, "knownKeys");
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
__name(closest, "closest");
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
__name(editDistance, "editDistance");

// src/config/schema.ts
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/evalgate/evalgate/schemas/evalgate.schema.json",
  title: "evalgate configuration",
  description: "Configuration of an evalgate run: the benchmark, where answers come from, the metrics, the judge, the regression comparison and the quality gates.",
  type: "object",
  additionalProperties: false,
  required: ["version", "dataset"],
  properties: {
    $schema: { type: "string" },
    version: { const: 1, description: "Version of this configuration format. Always 1." },
    name: {
      type: "string",
      pattern: "^[A-Za-z0-9._-]{1,64}$",
      description: "Name of this evaluation: it names the check run, the PR comment and the baseline. Defaults to the config folder's name."
    },
    dataset: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      description: "The benchmark.",
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Path of the dataset file, relative to this config file (for bedrock-eval and lm-eval-harness, also a folder that holds the results)."
        },
        format: {
          enum: ["auto", "json", "jsonl", "bedrock", "scenarios", ...IMPORT_FORMATS],
          default: "auto",
          description: "json: an array of {input, expected_output, expected_action}; jsonl: the same, one per line; bedrock: Amazon Bedrock evaluation dataset JSONL; scenarios: multi-turn {id, category, context, turns}. Imported results with their scores (path may be a downloaded folder): bedrock-eval: a Bedrock evaluation job's output; lm-eval-harness: lm_eval --output_path --log_samples; promptfoo: promptfoo eval -o results.json."
        },
        fields: { $ref: "#/definitions/datasetFields" },
        rotation: {
          type: "object",
          additionalProperties: false,
          required: ["sets"],
          description: "Held-out rotation: the items are split by a hash of their id into `sets` held-out sets, and only the active set is evaluated, so that a team cannot tune on the whole benchmark. Baselines pair only within a set.",
          properties: {
            sets: { type: "integer", minimum: 2, maximum: 100, description: "Number of held-out sets." },
            period: {
              enum: ["daily", "weekly", "monthly", "quarterly"],
              default: "monthly",
              description: "How often the active set changes, from the run's date (UTC): the set is 1 + (periods since 1970-01) mod sets."
            },
            set: {
              type: "integer",
              minimum: 1,
              description: "Evaluate this set (1-based) whatever the date."
            }
          }
        }
      }
    },
    contamination: {
      type: "object",
      additionalProperties: false,
      required: ["corpus"],
      description: "Contamination check: n-gram overlap between the benchmark items and a training-data corpus. Gives the metric contamination_rate for gates.",
      properties: {
        corpus: {
          oneOf: [
            { type: "string", minLength: 1 },
            { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
          ],
          description: "Corpus files or folders (searched recursively), relative to this config file: JSONL or plain text, optionally gzip."
        },
        ngram: {
          type: "integer",
          minimum: 1,
          maximum: 64,
          default: 13,
          description: "n-gram length in tokens."
        },
        fields: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { enum: ["input", "expected"] },
          default: ["input", "expected"],
          description: "Which parts of an item are checked: the input, the expected output (when the item has one)."
        },
        format: {
          enum: ["auto", "jsonl", "text"],
          default: "auto",
          description: "auto: .jsonl, .ndjson and .json files (also .gz) are JSONL, other files plain text."
        },
        "text-field": {
          type: "string",
          minLength: 1,
          default: "text",
          description: "Field of a JSONL record that holds the training text."
        },
        threshold: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0,
          description: "An item counts as contaminated when at least this share of its n-grams is in the corpus (0: any one n-gram)."
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["base-url", "model"],
      description: "A live OpenAI-compatible chat-completions endpoint to answer the benchmark.",
      properties: {
        "base-url": {
          type: "string",
          pattern: "^https?://",
          description: "Base URL, e.g. https://api.openai.com/v1."
        },
        model: { type: "string", minLength: 1, description: "Model name sent to the endpoint." },
        "api-key-env": {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          default: "OPENAI_API_KEY",
          description: "Environment variable that holds the API key (set it from a secret)."
        },
        "system-prompt": { type: "string", description: "System prompt sent before every item." },
        temperature: { type: "number", minimum: 0, maximum: 2, default: 0 },
        "max-tokens": { type: "integer", minimum: 1 },
        seed: { type: "integer" },
        "timeout-ms": {
          type: "integer",
          minimum: 100,
          default: 6e4,
          description: "Timeout of one request."
        },
        "max-retries": { type: "integer", minimum: 0, maximum: 20, default: 3 },
        "circuit-breaker": {
          type: "integer",
          minimum: 0,
          default: 10,
          description: "After this many requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every item not yet answered is an error item that says the endpoint looks down. 0 disables."
        },
        concurrency: {
          type: "integer",
          minimum: 1,
          maximum: 1024,
          default: 8,
          description: "Requests kept in flight."
        },
        "strip-thinking": {
          type: "boolean",
          default: false,
          description: "Remove <thinking>...</thinking> blocks before scoring."
        },
        stream: {
          type: "boolean",
          default: false,
          description: "Stream answers to measure time to first token."
        },
        "requests-per-minute": { type: "number", exclusiveMinimum: 0 },
        "tokens-per-minute": { type: "number", exclusiveMinimum: 0 },
        "deadline-ms": {
          type: "integer",
          minimum: 1e3,
          description: "Deadline for all model calls of the run."
        },
        headers: { type: "object", additionalProperties: { type: "string" } }
      }
    },
    responses: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      description: "Answers collected beforehand, instead of a live endpoint.",
      properties: {
        path: { type: "string", minLength: 1 },
        format: { enum: ["auto", "jsonl", "bedrock"], default: "auto" },
        fields: {
          type: "object",
          additionalProperties: false,
          properties: {
            id: { type: "string", default: "id" },
            response: { type: "string", default: "response" }
          }
        },
        "on-duplicate": {
          enum: ["error", "first"],
          default: "error",
          description: "An id answered twice: fail, or keep the first answer and list the others in the report."
        }
      }
    },
    cache: {
      type: "object",
      additionalProperties: false,
      properties: {
        mode: { enum: ["read-write", "read-only", "off"], default: "read-write" },
        dir: { type: "string", default: ".evalgate/cache" }
      }
    },
    metrics: metricsSchema(),
    composite: {
      type: "object",
      additionalProperties: false,
      required: ["weights"],
      description: "A weighted mean of aggregated metrics.",
      properties: {
        name: { $ref: "#/definitions/metricName", default: "composite_score" },
        weights: {
          type: "object",
          minProperties: 1,
          additionalProperties: { type: "number", exclusiveMinimum: 0 }
        }
      }
    },
    prices: {
      type: "object",
      description: "USD per million tokens, per model name; adds to and overrides the built-in table.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["input", "output"],
        properties: { input: { type: "number", minimum: 0 }, output: { type: "number", minimum: 0 } }
      }
    },
    regression: {
      type: "object",
      additionalProperties: false,
      description: "Stage 3, comparison with the last accepted baseline.",
      properties: {
        "baseline-dir": {
          type: "string",
          default: ".evalgate/baselines",
          description: "Local baseline store."
        },
        baseline: {
          type: "string",
          description: "A baseline file to compare with instead of the store's latest."
        },
        golden: {
          type: "string",
          description: "A pinned baseline file (e.g. the last release): the report shows the cumulative drift against it beside the comparison with the last accepted run. It never gates."
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.25,
          default: 0.05,
          description: "One-sided alpha of non-inferiority decisions."
        },
        "require-same-dataset": { type: "boolean", default: false },
        "require-baseline": {
          enum: ["auto", "always", "never"],
          default: "auto",
          description: "What regression gates do without a usable baseline. auto: on a first run (no baseline was ever stored) they warn; a baseline that existed but cannot be read (expired, damaged, no permission to read it) or that shares no item with this run makes the run an ERROR (exit 2). always: no usable baseline is an ERROR, on a first run too. never: they only warn."
        }
      }
    },
    gates: {
      type: "array",
      description: "Stage 5, quality gates. Blocking gates decide DEPLOY or BLOCK; warning gates are reported.",
      items: { $ref: "#/definitions/gate" }
    },
    report: {
      type: "object",
      additionalProperties: false,
      properties: {
        "out-dir": { type: "string", default: "evalgate-report" },
        "max-failing-items": { type: "integer", minimum: 1, maximum: 1e3, default: 10 }
      }
    },
    judge: {
      type: "object",
      additionalProperties: false,
      required: ["base-url"],
      description: "Stage 2, the LLM judge: scores a deterministic sample of the answers within a hard budget. A judge answer that does not parse is an error, never a pass; N/A is never a score.",
      properties: {
        "base-url": {
          type: "string",
          pattern: "^https?://",
          description: "OpenAI-compatible endpoint of the judge (apart from the model under test), e.g. https://api.openai.com/v1."
        },
        model: { type: "string", minLength: 1, description: "The judge model. Use `models` for a panel." },
        models: {
          type: "array",
          minItems: 1,
          maxItems: 7,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "A panel of judge models, aggregated per `aggregate`; agreement is reported."
        },
        "api-key-env": {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          default: "OPENAI_API_KEY",
          description: "Environment variable holding the judge's API key (not needed for a local endpoint)."
        },
        headers: { type: "object", additionalProperties: { type: "string" } },
        temperature: { type: "number", minimum: 0, maximum: 2, default: 0 },
        seed: { type: "integer", description: "Sent to the endpoint (best effort determinism)." },
        "timeout-ms": { type: "integer", minimum: 100, default: 6e4 },
        "max-retries": { type: "integer", minimum: 0, maximum: 20, default: 3 },
        "circuit-breaker": {
          type: "integer",
          minimum: 0,
          default: 5,
          description: "After this many judge requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every judge call not yet answered is a judge error. 0 disables."
        },
        concurrency: { type: "integer", minimum: 1, maximum: 256, default: 4 },
        "max-tokens": {
          type: "integer",
          minimum: 16,
          default: 512,
          description: "Largest judge answer, in tokens; also the worst case the budget reserves per call."
        },
        "expected-output-tokens": {
          type: "integer",
          minimum: 1,
          default: 200,
          description: "Typical judge answer length, for the cost estimate printed before judging."
        },
        "structured-output": {
          enum: ["auto", "always", "never"],
          default: "auto",
          description: "auto: ask for a strict JSON schema and fall back to parse + validate if the endpoint rejects it."
        },
        "sample-rate": { type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.1 },
        "min-sample": { type: "integer", minimum: 1, default: 10 },
        "sample-seed": {
          type: "string",
          minLength: 1,
          default: "judge-v1",
          description: "Seed of the hash order: the same seed judges the same items; change it to resample."
        },
        "min-per-category": { type: "integer", minimum: 0, default: 0 },
        "include-failed": {
          type: "boolean",
          default: false,
          description: "Also judge items that failed a stage-1 metric (listed with alerts, not counted in the sampled estimates)."
        },
        "judge-all": {
          type: "boolean",
          default: false,
          description: "Judge every item (within the budget)."
        },
        "budget-usd": {
          type: "number",
          minimum: 0,
          default: 2,
          description: "Hard budget for the judge calls of one run: no call is sent that could cross it."
        },
        "max-error-rate": {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.1,
          description: "Above this share of judge errors (and answers missing for budget), a judge metric is INCONCLUSIVE."
        },
        "max-na-rate": {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.8,
          description: "Above this share of N/A answers, a judge metric is INCONCLUSIVE (a warning from 60%)."
        },
        "alert-below": {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.5,
          description: "Items scoring below this (normalized 0-1) are listed as low-score alerts with the judge's reasoning."
        },
        metrics: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          description: "Built-in judge metrics: accuracy, helpfulness, format_quality (the default rubric), Correctness, Completeness, Faithfulness, Helpfulness, Coherence, Relevance, FollowingInstructions, ProfessionalStyleAndTone, Harmfulness, Stereotyping, Refusal."
        },
        "custom-metrics": {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "JSON files of custom metrics in Amazon Bedrock's customMetricDefinition format, relative to this config file."
        },
        aggregate: {
          enum: ["mean", "median", "majority"],
          default: "mean",
          description: "How a panel's scores become one per item."
        },
        pairwise: {
          type: "object",
          additionalProperties: false,
          description: "Also judge the candidate's answer against another answer to the same item, in both orders.",
          properties: {
            against: { enum: ["baseline", "reference"], default: "baseline" },
            reference: {
              type: "string",
              description: "For against: reference, a JSONL file of {id, response} (a reference model's answers)."
            },
            criterion: { type: "string", minLength: 1 }
          }
        },
        prices: {
          type: "object",
          description: "USD per million tokens for judge models; overrides the built-in table and the top-level prices.",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["input", "output"],
            properties: { input: { type: "number", minimum: 0 }, output: { type: "number", minimum: 0 } }
          }
        }
      }
    }
  },
  definitions: {
    metricName: { type: "string", pattern: "^[a-z][a-z0-9_]*$", description: "snake_case metric name" },
    datasetFields: {
      type: "object",
      additionalProperties: false,
      description: "Field names of your records, when they differ from ours.",
      properties: {
        id: { type: "string", default: "id" },
        input: { type: "string", default: "input" },
        "expected-output": { type: "string", default: "expected_output" },
        "expected-action": { type: "string", default: "expected_action" },
        category: { type: "string", default: "category" }
      }
    },
    gate: {
      type: "object",
      additionalProperties: false,
      required: ["metric"],
      properties: {
        name: { type: "string", minLength: 1 },
        metric: {
          type: "string",
          minLength: 1,
          description: "An aggregated metric, e.g. accuracy or accuracy@create_task."
        },
        type: { enum: ["threshold", "regression"], default: "threshold" },
        op: {
          enum: ["<", "<=", ">", ">=", "=="],
          description: "Threshold gates: how the metric compares with the threshold to pass."
        },
        threshold: { type: "number" },
        margin: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Regression gates: the largest tolerated drop against the baseline, in the metric's units (0.02 = 2 points)."
        },
        "on-inconclusive": { enum: ["pass", "warn", "block"], default: "warn" },
        severity: { enum: ["blocking", "warning"], default: "blocking" },
        description: { type: "string" }
      }
    }
  }
};

// src/config/normalize.ts
var SECTIONS = CONFIG_SCHEMA.properties;
function normalizeConfig(raw, configFile, locate, overrides) {
  const baseDir = path.dirname(configFile);
  const problems = [];
  const problem = /* @__PURE__ */ __name((keyPath, message, fix) => {
    problems.push(
      new UserError(message, { file: configFile, line: locate(keyPath), key: renderKey(keyPath), fix })
    );
  }, "problem");
  const dataset = obj(withDefaults(raw.dataset, SECTIONS.dataset));
  const fields = obj(withDefaults(obj(dataset.fields), CONFIG_SCHEMA.definitions.datasetFields));
  const config = {
    version: 1,
    name: str(raw.name) ?? (path.basename(baseDir).replace(/[^A-Za-z0-9._-]/g, "-") || "evalgate"),
    configFile,
    baseDir,
    dataset: {
      path: overrides.dataset ? path.resolve(overrides.dataset) : path.resolve(baseDir, str(dataset.path)),
      format: str(dataset.format),
      fields: {
        id: str(fields.id),
        input: str(fields.input),
        expectedOutput: str(fields["expected-output"]),
        expectedAction: str(fields["expected-action"]),
        category: str(fields.category)
      },
      rotation: normalizeRotation(dataset.rotation, problem)
    },
    model: normalizeModel(raw.model, overrides),
    responses: normalizeResponses(raw.responses, baseDir, overrides),
    cache: normalizeCache(raw.cache, baseDir),
    metrics: normalizeMetrics(obj(raw.metrics)),
    composite: normalizeComposite(raw.composite),
    prices: obj(raw.prices),
    regression: normalizeRegression(raw.regression, baseDir, overrides),
    gates: normalizeGates(raw.gates, locate, problem),
    contamination: normalizeContamination(raw.contamination, baseDir),
    judge: normalizeJudgeConfig(raw.judge, baseDir, problem, obj(raw.prices)),
    report: normalizeReport(raw.report, baseDir, overrides)
  };
  if (raw.model && raw.responses && !overrides.responses && !overrides.baseUrl) {
    problem(
      ["responses"],
      "both `model` and `responses` are set: evalgate would not know where answers come from.",
      "Keep one: `model` to call an endpoint, or `responses` for answers collected beforehand."
    );
  }
  const importFormat = isImportFormat(config.dataset.format);
  for (const key of ["responses", "model"]) {
    const overridden = key === "responses" ? overrides.responses : overrides.baseUrl;
    if (importFormat && (raw[key] !== void 0 || overridden !== void 0)) {
      problem(
        [key],
        `dataset.format ${config.dataset.format}: imported results carry their own answers, and their scores belong to those answers.`,
        `Remove \`${key}\` (and the ${key === "responses" ? "responses" : "endpoint"} override): the answers come from dataset.path.`
      );
    }
  }
  if (overrides.responses) config.model = void 0;
  if (problems.length > 0) throw problems.length === 1 ? problems[0] : new UserErrors(problems);
  return config;
}
__name(normalizeConfig, "normalizeConfig");
function normalizeRotation(value, problem) {
  if (value === void 0) return void 0;
  const raw = obj(withDefaults(value, SECTIONS.dataset.properties.rotation));
  const rotation = {
    sets: num(raw.sets),
    period: str(raw.period),
    set: num(raw.set)
  };
  if (rotation.set !== void 0 && rotation.set > rotation.sets) {
    problem(
      ["dataset", "rotation", "set"],
      `set ${rotation.set} does not exist: the items are split into ${rotation.sets} sets.`,
      `Use a set from 1 to ${rotation.sets}, or leave set out to take the set of the period.`
    );
  }
  return rotation;
}
__name(normalizeRotation, "normalizeRotation");
function normalizeContamination(value, baseDir) {
  if (value === void 0) return void 0;
  const raw = obj(withDefaults(value, SECTIONS.contamination));
  const corpus = Array.isArray(raw.corpus) ? raw.corpus : [str(raw.corpus)];
  return {
    corpus: corpus.map((entry) => path.resolve(baseDir, entry)),
    ngram: num(raw.ngram),
    fields: raw.fields,
    format: str(raw.format),
    textField: str(raw["text-field"]),
    threshold: num(raw.threshold)
  };
}
__name(normalizeContamination, "normalizeContamination");
function normalizeModel(value, overrides) {
  if (value === void 0 && overrides.baseUrl === void 0) return void 0;
  const raw = obj(withDefaults(obj(value), SECTIONS.model));
  const baseUrl = overrides.baseUrl ?? str(raw["base-url"]);
  const model = overrides.model ?? str(raw.model);
  if (!baseUrl || !model) {
    throw new UserError("a live endpoint needs both a base URL and a model name.", {
      key: "model",
      fix: "Set model.base-url and model.model in the config, or the `endpoint` and `model` inputs."
    });
  }
  return {
    baseUrl,
    model,
    apiKeyEnv: str(raw["api-key-env"]),
    systemPrompt: str(raw["system-prompt"]),
    temperature: num(raw.temperature),
    maxTokens: num(raw["max-tokens"]),
    seed: num(raw.seed),
    timeoutMs: num(raw["timeout-ms"]),
    maxRetries: num(raw["max-retries"]),
    concurrency: num(raw.concurrency),
    stripThinking: raw["strip-thinking"] === true,
    stream: raw.stream === true,
    requestsPerMinute: num(raw["requests-per-minute"]),
    tokensPerMinute: num(raw["tokens-per-minute"]),
    deadlineMs: num(raw["deadline-ms"]),
    headers: raw.headers,
    circuitBreaker: num(raw["circuit-breaker"])
  };
}
__name(normalizeModel, "normalizeModel");
function normalizeResponses(value, baseDir, overrides) {
  if (value === void 0 && overrides.responses === void 0) return void 0;
  const schema = SECTIONS.responses;
  const raw = obj(withDefaults(obj(value), schema));
  const fields = obj(withDefaults(obj(raw.fields), schema.properties.fields));
  return {
    path: overrides.responses ? path.resolve(overrides.responses) : path.resolve(baseDir, str(raw.path)),
    format: str(raw.format),
    fields: { id: str(fields.id), response: str(fields.response) },
    onDuplicate: str(raw["on-duplicate"])
  };
}
__name(normalizeResponses, "normalizeResponses");
function normalizeCache(value, baseDir) {
  const raw = obj(value);
  return {
    mode: str(obj(withDefaults(raw, SECTIONS.cache)).mode),
    dir: fromConfigOrCwd(baseDir, str(raw.dir), SECTIONS.cache)
  };
}
__name(normalizeCache, "normalizeCache");
function normalizeComposite(value) {
  if (!value) return void 0;
  const raw = obj(withDefaults(value, SECTIONS.composite));
  return { name: str(raw.name), weights: obj(raw.weights) };
}
__name(normalizeComposite, "normalizeComposite");
function normalizeReport(value, baseDir, overrides) {
  const raw = obj(value);
  return {
    outDir: overrides.outDir ? path.resolve(overrides.outDir) : fromConfigOrCwd(baseDir, str(raw["out-dir"]), SECTIONS.report, "out-dir"),
    maxFailingItems: num(obj(withDefaults(raw, SECTIONS.report))["max-failing-items"])
  };
}
__name(normalizeReport, "normalizeReport");
function normalizeRegression(value, baseDir, overrides) {
  const given = obj(value);
  const raw = obj(withDefaults(given, SECTIONS.regression));
  const baseline = overrides.baseline ?? (str(raw.baseline) ? path.resolve(baseDir, str(raw.baseline)) : void 0);
  return {
    baselineDir: fromConfigOrCwd(baseDir, str(given["baseline-dir"]), SECTIONS.regression, "baseline-dir"),
    baselinePath: baseline ? path.resolve(baseline) : void 0,
    goldenPath: str(raw.golden) ? path.resolve(baseDir, str(raw.golden)) : void 0,
    alpha: num(raw.alpha),
    requireSameDataset: raw["require-same-dataset"] === true,
    requireBaseline: str(raw["require-baseline"])
  };
}
__name(normalizeRegression, "normalizeRegression");
function normalizeGates(value, locate, problem) {
  const names = /* @__PURE__ */ new Map();
  return arr(value).map((raw, index) => {
    const at = ["gates", index];
    const filled = obj(withDefaults(raw, CONFIG_SCHEMA.definitions.gate));
    const gate = filled.type === "regression" ? regressionGate(raw, filled, at, locate(at), problem) : thresholdGate(raw, filled, at, locate(at), problem);
    const previous = names.get(gate.name);
    if (previous !== void 0) {
      problem(
        at,
        `two gates are named "${gate.name}" (gates[${previous}] and gates[${index}]).`,
        "Give one of them a distinct `name:`."
      );
    }
    names.set(gate.name, index);
    return gate;
  });
}
__name(normalizeGates, "normalizeGates");
function regressionGate(raw, filled, at, line, problem) {
  const metric = str(raw.metric);
  const margin = num(raw.margin);
  if (margin === void 0) {
    problem(
      at,
      `the regression gate on "${metric}" has no margin.`,
      "Add `margin:` \u2014 the largest drop you accept against the baseline, e.g. 0.02 for 2 points."
    );
  }
  if (raw.op !== void 0 || raw.threshold !== void 0) {
    problem(
      at,
      "a regression gate compares with the baseline and takes no op or threshold.",
      "Remove op/threshold, or make it a threshold gate (type: threshold)."
    );
  }
  return {
    type: "regression",
    name: str(raw.name) ?? `${metric} vs baseline`,
    metric,
    margin: margin ?? 0,
    severity: str(filled.severity),
    onInconclusive: str(filled["on-inconclusive"]),
    description: str(raw.description),
    line
  };
}
__name(regressionGate, "regressionGate");
function thresholdGate(raw, filled, at, line, problem) {
  const metric = str(raw.metric);
  const op = str(raw.op);
  const threshold = num(raw.threshold);
  if (op === void 0 || threshold === void 0) {
    problem(
      at,
      `the gate on "${metric}" needs both \`op\` and \`threshold\`.`,
      'For example: `op: ">="` and `threshold: 0.95`.'
    );
  }
  if (raw.margin !== void 0 || raw["on-inconclusive"] !== void 0) {
    problem(
      at,
      "`margin` and `on-inconclusive` belong to regression gates.",
      "Add `type: regression` or remove them."
    );
  }
  return {
    type: "threshold",
    name: str(raw.name) ?? `${metric} ${op ?? "?"} ${threshold ?? "?"}`,
    metric,
    op: op ?? ">=",
    threshold: threshold ?? 0,
    severity: str(filled.severity),
    description: str(raw.description),
    line
  };
}
__name(thresholdGate, "thresholdGate");
function fromConfigOrCwd(baseDir, configured, schema, key = "dir") {
  return configured ? path.resolve(baseDir, configured) : path.resolve(String(defaultOf(schema, key)));
}
__name(fromConfigOrCwd, "fromConfigOrCwd");
function obj(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
__name(obj, "obj");
function arr(value) {
  return Array.isArray(value) ? value : [];
}
__name(arr, "arr");
function str(value) {
  return typeof value === "string" ? value : void 0;
}
__name(str, "str");
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
__name(num, "num");

// src/config/load.ts
var MAX_YAML_ALIASES = 100;
async function loadConfig(file, overrides = {}, options = {}) {
  const configFile = path2.resolve(file);
  let bytes;
  try {
    bytes = await readFile(configFile);
  } catch (error) {
    throw new UserError(
      `cannot read the config file (${error.code ?? String(error)}).`,
      {
        file: configFile,
        fix: "Check the path given to --config (or the `config` input)."
      }
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new UserError(`the config file is not valid UTF-8 text: ${describeUtf8Fault(decoded.fault)}`, {
      file: configFile,
      line: decoded.fault.line,
      fix: "Save the file as UTF-8."
    });
  }
  const { config, locate } = parseWithLocations(decoded.text, configFile, overrides);
  if (options.checkFiles !== false) await checkNamedFiles(config, overrides, configFile, locate);
  return config;
}
__name(loadConfig, "loadConfig");
function parseWithLocations(text, configFile, overrides) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new UserErrors(
      document.errors.map(
        (error) => new UserError(`invalid YAML/JSON: ${syntaxMessage(error)}`, {
          file: configFile,
          line: lineCounter.linePos(syntaxOffset(document, error)).line,
          fix: "Fix the syntax at that line."
        })
      )
    );
  }
  if (document.contents === null) {
    throw new UserError("the config file is empty.", {
      file: configFile,
      line: 1,
      fix: "Write the config: at least `version: 1` and `dataset: {path: ...}`."
    });
  }
  const raw = toPlainData(document, lineCounter, configFile);
  const locate = /* @__PURE__ */ __name((keyPath) => lineOf(document, lineCounter, keyPath), "locate");
  const nonFinite = nonFiniteNumbers(raw, []).map(
    (keyPath) => new UserError(
      "must be a finite number, found infinity or not-a-number (.inf, .nan or a number too large).",
      {
        file: configFile,
        line: locate(keyPath),
        key: renderKey(keyPath),
        fix: "Write an ordinary number, e.g. 0.95."
      }
    )
  );
  if (nonFinite.length > 0) throw nonFinite.length === 1 ? nonFinite[0] : new UserErrors(nonFinite);
  const schemaErrors = validateAgainstSchema(raw, configFile, locate);
  if (schemaErrors.length > 0)
    throw schemaErrors.length === 1 ? schemaErrors[0] : new UserErrors(schemaErrors);
  return { config: normalizeConfig(raw, configFile, locate, overrides), locate };
}
__name(parseWithLocations, "parseWithLocations");
function syntaxMessage(error) {
  const first = error.message.split("\n")[0] ?? error.message;
  if (isUnclosedQuote(error)) return `${first}: the quoted string that starts on this line is never closed.`;
  return first;
}
__name(syntaxMessage, "syntaxMessage");
function isUnclosedQuote(error) {
  return error.code === "MISSING_CHAR" && /quote/i.test(error.message);
}
__name(isUnclosedQuote, "isUnclosedQuote");
function syntaxOffset(document, error) {
  if (!isUnclosedQuote(error)) return error.pos[0];
  let start;
  (0, import_yaml.visit)(document, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && range && range[0] < error.pos[0] && range[1] >= error.pos[0]) start = range[0];
    }
  });
  return start ?? error.pos[0];
}
__name(syntaxOffset, "syntaxOffset");
function nonFiniteNumbers(value, keyPath) {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [keyPath];
  if (Array.isArray(value))
    return value.flatMap((child, index) => nonFiniteNumbers(child, [...keyPath, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => nonFiniteNumbers(child, [...keyPath, key]));
  }
  return [];
}
__name(nonFiniteNumbers, "nonFiniteNumbers");
function toPlainData(document, lineCounter, configFile) {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let firstAlias;
    (0, import_yaml.visit)(document, {
      Alias(_key, node) {
        firstAlias ??= node.range?.[0];
        return import_yaml.visit.BREAK;
      }
    });
    throw new UserError(
      `the YAML aliases (*name) expand to too many values (${error.message.toLowerCase()}).`,
      {
        file: configFile,
        line: firstAlias === void 0 ? 1 : lineCounter.linePos(firstAlias).line,
        fix: `Write the values out, or use aliases less (at most ${MAX_YAML_ALIASES} expansions).`
      }
    );
  }
}
__name(toPlainData, "toPlainData");
function lineOf(document, lineCounter, keyPath) {
  let node = document.contents;
  let line = startLine(node, lineCounter);
  for (const part of keyPath) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && keyText(item.key) === String(part));
      if (!pair) break;
      line = startLine(pair.key, lineCounter) ?? startLine(pair.value, lineCounter) ?? line;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof part === "number") {
      const item = node.items[part];
      if (item === void 0) break;
      line = startLine(item, lineCounter) ?? line;
      node = item;
    } else break;
  }
  return line;
}
__name(lineOf, "lineOf");
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  if ((0, import_yaml.isAlias)(key)) return void 0;
  return typeof key === "string" ? key : void 0;
}
__name(keyText, "keyText");
function startLine(node, lineCounter) {
  const range = node?.range;
  return range ? lineCounter.linePos(range[0]).line : void 0;
}
__name(startLine, "startLine");
async function checkNamedFiles(config, overrides, configFile, locate) {
  const named = [];
  const add = /* @__PURE__ */ __name((what, file, keyPath, overridden = false, folderAllowed = false) => {
    if (file !== void 0 && !overridden) named.push({ what, file, keyPath, folderAllowed });
  }, "add");
  add(
    "dataset",
    config.dataset.path,
    ["dataset", "path"],
    overrides.dataset !== void 0,
    isImportFormat(config.dataset.format)
  );
  add("responses", config.responses?.path, ["responses", "path"], overrides.responses !== void 0);
  const schema = config.metrics.json?.schema;
  add("JSON Schema", schema && path2.resolve(config.baseDir, schema), ["metrics", "json", "schema"]);
  add(
    "baseline",
    config.regression.baselinePath,
    ["regression", "baseline"],
    overrides.baseline !== void 0
  );
  add("golden baseline", config.regression.goldenPath, ["regression", "golden"]);
  add("pairwise reference", config.judge?.pairwise?.referencePath, ["judge", "pairwise", "reference"]);
  const problems = [];
  for (const { what, file, keyPath, folderAllowed } of named) {
    const problem = await fileProblem(file, folderAllowed);
    if (problem === void 0) continue;
    const key = renderKey(keyPath);
    problems.push(
      new UserError(`the ${what} ${problem}: ${file}.`, {
        file: configFile,
        line: locate(keyPath),
        key,
        fix: `Check ${key}: a relative path is resolved against the config file's folder (${config.baseDir}).`
      })
    );
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0] : new UserErrors(problems);
}
__name(checkNamedFiles, "checkNamedFiles");
async function fileProblem(file, folderAllowed) {
  try {
    const info = await stat(file);
    return info.isDirectory() && !folderAllowed ? "path is a directory, not a file" : void 0;
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" ? "file does not exist" : `file cannot be read (${code ?? String(error)})`;
  }
}
__name(fileProblem, "fileProblem");

export {
  loadConfig
};
