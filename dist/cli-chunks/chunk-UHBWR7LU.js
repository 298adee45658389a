import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  historyEntryOf,
  historyEntryOfBaseline
} from "./chunk-JZBIJD3P.js";
import {
  checkContamination
} from "./chunk-R4GRN5MV.js";
import {
  aggregate,
  checkMetricReferences,
  createScorers,
  explainItem,
  listMetricSpecs,
  scoreItem
} from "./chunk-JPWVHXOV.js";
import {
  CONTAMINATION_METRIC,
  contaminationMetric,
  contaminationOptions,
  describeContamination,
  describeHeldOut,
  heldOutMismatch,
  heldOutSetOf,
  loadDataset
} from "./chunk-6KVGQ3UR.js";
import {
  applyJudgeAdvice,
  benjaminiHochbergAdjust,
  compareMetric,
  formatP,
  holmAdjust,
  judgeMetricSpecs,
  loadResponses,
  promptKey,
  skippedJudge,
  threeZoneDecision
} from "./chunk-SKAD3AIW.js";
import {
  ProblemList,
  effectOfFailure,
  evaluateThresholdGate,
  formatDifference,
  normalQuantile,
  normalSf,
  readUtf8Lines
} from "./chunk-OW4ZRGGN.js";
import {
  LineIndex,
  elementOffsets,
  findJsonSyntaxError,
  memberValueOffset,
  require_ajv,
  skipWhitespace
} from "./chunk-2ZSTHQWL.js";
import {
  createLocalResponseCache,
  emptyRunStats
} from "./chunk-JDP6YO3L.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-L5TLYO3L.js";
import {
  isEndpointFailure,
  sha256Hex,
  stableHash
} from "./chunk-P2PIV36V.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  EVALGATE_VERSION
} from "./chunk-BKMCED4D.js";
import {
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

// src/baseline/local-store.ts
import { copyFile, mkdir, readdir, rename } from "node:fs/promises";
import path from "node:path";

// src/core/text-pieces.ts
import { open } from "node:fs/promises";
var PIECE_BUFFER_BYTES = 1 << 20;
var MAX_BYTES_PER_UNIT = 3;
async function pourPieces(sink, pieces, bufferBytes = PIECE_BUFFER_BYTES) {
  const buffer = Buffer.allocUnsafeSlow(bufferBytes);
  let used = 0;
  for (const piece of pieces) {
    const bound = piece.length * MAX_BYTES_PER_UNIT;
    if (bound > bufferBytes - used) {
      await writeAll(sink, buffer, 0, used);
      used = 0;
      if (bound > bufferBytes) {
        const bytes = Buffer.from(piece, "utf8");
        for (let start = 0; start < bytes.length; start += bufferBytes) {
          await writeAll(sink, bytes, start, Math.min(bufferBytes, bytes.length - start));
        }
        continue;
      }
    }
    used += buffer.write(piece, used, "utf8");
  }
  await writeAll(sink, buffer, 0, used);
}
__name(pourPieces, "pourPieces");
async function writeAll(sink, bytes, offset, length) {
  let start = offset;
  const end = offset + length;
  while (start < end) {
    const { bytesWritten } = await sink.write(bytes, start, end - start);
    if (bytesWritten <= 0) throw new Error(`a write took no bytes (${end - start} left to write)`);
    start += bytesWritten;
  }
}
__name(writeAll, "writeAll");
async function writeTextPieces(file, pieces, bufferBytes = PIECE_BUFFER_BYTES) {
  const handle = await open(file, "w");
  try {
    await pourPieces(handle, pieces, bufferBytes);
  } finally {
    await handle.close();
  }
}
__name(writeTextPieces, "writeTextPieces");

// src/baseline/read-lines.ts
import { readFile } from "node:fs/promises";

// src/baseline/parse.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/baseline/types.ts
var BASELINE_KIND = "evalgate-baseline";
var BASELINE_SCHEMA_VERSION = 1;

// src/baseline/parse.ts
var itemSchema = {
  type: "object",
  required: ["id", "category", "scores", "error"],
  properties: {
    id: { type: "string" },
    category: { type: "string" },
    scores: { type: "object", additionalProperties: { type: ["number", "null"] } },
    outputHash: { type: ["string", "null"] },
    output: { type: ["string", "null"] },
    error: { type: "boolean" }
  }
};
var historyMetricSchema = {
  type: "object",
  required: ["value", "n"],
  properties: {
    value: { type: ["number", "null"] },
    lower: { type: "number" },
    upper: { type: "number" },
    n: { type: "integer", minimum: 0 }
  }
};
var historyEntrySchema = {
  type: "object",
  required: ["date", "decision", "metrics"],
  properties: {
    date: { type: "string" },
    sha: { type: "string" },
    runId: { type: "string" },
    decision: { enum: ["deploy", "block", "error"] },
    metrics: { type: "object", additionalProperties: historyMetricSchema }
  }
};
var recordSchema = {
  type: "object",
  required: [
    "kind",
    "schemaVersion",
    "name",
    "createdAt",
    "datasetHash",
    "configHash",
    "metricSpecs",
    "items",
    "aggregates"
  ],
  properties: {
    kind: { const: BASELINE_KIND },
    schemaVersion: { type: "integer" },
    name: { type: "string" },
    createdAt: { type: "string" },
    datasetHash: { type: "string" },
    configHash: { type: "string" },
    metricHashes: { type: "object", additionalProperties: { type: "string" } },
    metricSpecs: {
      type: "array",
      items: { type: "object", required: ["name", "kind", "higherIsBetter"] }
    },
    items: { type: "array", items: itemSchema },
    aggregates: { type: "object" },
    history: { type: "array", items: historyEntrySchema }
  }
};
var compiled;
var recordValidator = /* @__PURE__ */ __name(() => compiled ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(recordSchema), "recordValidator");
var isObject = /* @__PURE__ */ __name((value) => typeof value === "object" && value !== null && !Array.isArray(value), "isObject");
var isString = /* @__PURE__ */ __name((value) => typeof value === "string", "isString");
var isFiniteNumber = /* @__PURE__ */ __name((value) => typeof value === "number" && Number.isFinite(value), "isFiniteNumber");
var isNumberOrNull = /* @__PURE__ */ __name((value) => value === null || isFiniteNumber(value), "isNumberOrNull");
var isStringOrNull = /* @__PURE__ */ __name((value) => value === null || typeof value === "string", "isStringOrNull");
var optional = /* @__PURE__ */ __name((test) => (value) => value === void 0 || test(value), "optional");
var everyValue = /* @__PURE__ */ __name((record, test) => {
  for (const key in record) if (!test(record[key])) return false;
  return true;
}, "everyValue");
var everyElement = /* @__PURE__ */ __name((array, test) => {
  if (!Array.isArray(array)) return false;
  for (let index = 0; index < array.length; index++) if (!test(array[index])) return false;
  return true;
}, "everyElement");
var DECISIONS = ["deploy", "block", "error"];
var isOptionalStringOrNull = optional(isStringOrNull);
var isItem = /* @__PURE__ */ __name((item) => isObject(item) && typeof item.id === "string" && typeof item.category === "string" && isObject(item.scores) && everyValue(item.scores, isNumberOrNull) && isOptionalStringOrNull(item.outputHash) && isOptionalStringOrNull(item.output) && typeof item.error === "boolean", "isItem");
var isHistoryMetric = /* @__PURE__ */ __name((metric) => isObject(metric) && isNumberOrNull(metric.value) && Number.isInteger(metric.n) && metric.n >= 0 && optional(isFiniteNumber)(metric.lower) && optional(isFiniteNumber)(metric.upper), "isHistoryMetric");
var isHistoryEntry = /* @__PURE__ */ __name((entry) => isObject(entry) && typeof entry.date === "string" && optional(isString)(entry.sha) && optional(isString)(entry.runId) && DECISIONS.includes(entry.decision) && isObject(entry.metrics) && everyValue(entry.metrics, isHistoryMetric), "isHistoryEntry");
function surelyMatchesRecordSchema(raw) {
  return isObject(raw) && raw.kind === BASELINE_KIND && Number.isInteger(raw.schemaVersion) && typeof raw.name === "string" && typeof raw.createdAt === "string" && typeof raw.datasetHash === "string" && typeof raw.configHash === "string" && optional((hashes) => isObject(hashes) && everyValue(hashes, isString))(raw.metricHashes) && everyElement(
    raw.metricSpecs,
    (spec) => isObject(spec) && spec.name !== void 0 && spec.kind !== void 0 && spec.higherIsBetter !== void 0
  ) && everyElement(raw.items, isItem) && isObject(raw.aggregates) && optional((history) => everyElement(history, isHistoryEntry))(raw.history);
}
__name(surelyMatchesRecordSchema, "surelyMatchesRecordSchema");
var REWRITE = "Delete it (the next accepted run writes a new one) or point `baseline` at a good one.";
function surelyGoodBaseline(raw) {
  return surelyMatchesRecordSchema(raw) && raw.schemaVersion === BASELINE_SCHEMA_VERSION && surelyGoodNumbers(raw);
}
__name(surelyGoodBaseline, "surelyGoodBaseline");
function parseBaseline(text, origin) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const lines2 = new LineIndex(text);
    const where = /* @__PURE__ */ __name((offset) => `line ${lines2.lineAt(offset)}, column ${lines2.columnAt(offset)}`, "where");
    const problem = findJsonSyntaxError(text, where, skipWhitespace(text, 0));
    const reason = problem ? `at ${where(problem.offset)}: ${problem.message}` : `(${error.message})`;
    throw new UserError(`the baseline is not valid JSON ${reason}.`, {
      file: origin,
      line: problem ? lines2.lineAt(problem.offset) : 1,
      fix: REWRITE
    });
  }
  let lines;
  const at = /* @__PURE__ */ __name((keyPath) => locate(text, lines ??= new LineIndex(text), keyPath), "at");
  const record = raw;
  const isObject2 = record !== null && typeof record === "object" && !Array.isArray(record);
  if (!isObject2 || record.kind !== BASELINE_KIND) {
    const found = isObject2 && record.kind !== void 0 ? `"kind" is ${JSON.stringify(record.kind)}` : 'it has no "kind"';
    throw new UserError(`this is not an evalgate baseline: ${found}, expected "${BASELINE_KIND}".`, {
      file: origin,
      ...isObject2 && record.kind !== void 0 ? { ...at(["kind"]), key: "kind" } : { line: 1 },
      fix: "Point `baseline` at a baseline.json written by evalgate, or remove it."
    });
  }
  if (record.schemaVersion !== BASELINE_SCHEMA_VERSION) {
    throw new UserError(
      `the baseline has format version ${String(record.schemaVersion)}, this evalgate reads version ${BASELINE_SCHEMA_VERSION}.`,
      {
        file: origin,
        ...at(["schemaVersion"]),
        key: "schemaVersion",
        fix: "Re-create the baseline with this evalgate version (run it on the baseline branch)."
      }
    );
  }
  const validate = surelyMatchesRecordSchema(raw) ? void 0 : recordValidator();
  if (validate && !validate(raw)) {
    const first = validate.errors?.[0];
    const keyPath = first ? pathOf(first) : [];
    throw new UserError(
      `this is not an evalgate baseline: ${first ? describeError(first) : "unknown shape"}.`,
      {
        file: origin,
        ...at(keyPath),
        key: renderKey(keyPath),
        fix: "Point `baseline` at a baseline.json written by evalgate, or remove it."
      }
    );
  }
  const baseline = raw;
  if (!(validate === void 0 && surelyGoodNumbers(baseline))) checkNumbers(baseline, origin, at);
  return baseline;
}
__name(parseBaseline, "parseBaseline");
var binaryMetrics = /* @__PURE__ */ __name((baseline) => new Set(baseline.metricSpecs.filter((spec) => spec.kind === "binary").map((spec) => spec.name)), "binaryMetrics");
var ITEM_KEYS = new Set(Object.keys(itemSchema.properties));
function surelyGoodNumbers(baseline) {
  const binary = binaryMetrics(baseline);
  for (const item of baseline.items) {
    for (const key in item) if (!ITEM_KEYS.has(key)) return false;
    for (const metric in item.scores) {
      const score = item.scores[metric];
      if (score !== null && score !== 0 && score !== 1 && binary.has(metric)) return false;
    }
  }
  return nonFiniteNumbers({ ...baseline, items: [] }).length === 0;
}
__name(surelyGoodNumbers, "surelyGoodNumbers");
function checkNumbers(baseline, origin, at) {
  const problems = new ProblemList(origin);
  const add = /* @__PURE__ */ __name((keyPath, message) => problems.add(message, { ...at(keyPath), key: renderKey(keyPath), fix: REWRITE }), "add");
  const binary = binaryMetrics(baseline);
  for (const keyPath of nonFiniteNumbers(baseline)) {
    add(keyPath, "must be a finite number, found a number too large to represent (read as Infinity).");
  }
  baseline.items.forEach((item, index) => {
    for (const metric in item.scores) {
      const score = item.scores[metric] ?? null;
      if (!binary.has(metric) || score === null || !Number.isFinite(score)) continue;
      if (score !== 0 && score !== 1) {
        add(
          ["items", index, "scores", metric],
          `must be 0 or 1 (${metric} is a binary metric), found ${score}.`
        );
      }
    }
  });
  problems.throwIfAny();
}
__name(checkNumbers, "checkNumbers");
function nonFiniteNumbers(root) {
  const found = [];
  const keyPath = [];
  const walk = /* @__PURE__ */ __name((value) => {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) found.push([...keyPath]);
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        keyPath.push(index);
        walk(value[index]);
        keyPath.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const key in value) {
        keyPath.push(key);
        walk(value[key]);
        keyPath.pop();
      }
    }
  }, "walk");
  walk(root);
  return found;
}
__name(nonFiniteNumbers, "nonFiniteNumbers");
function locate(text, lines, keyPath) {
  let offset = skipWhitespace(text, 0);
  for (const part of keyPath) {
    const next = typeof part === "number" ? text[offset] === "[" ? elementOffsets(text, offset)[part] : void 0 : text[offset] === "{" ? memberValueOffset(text, offset, part) : void 0;
    if (next === void 0) break;
    offset = next;
  }
  return { line: lines.lineAt(offset) };
}
__name(locate, "locate");
function pathOf(error) {
  return error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
__name(pathOf, "pathOf");
function describeError(error) {
  if (error.keyword === "required") return `missing "${String(error.params.missingProperty)}"`;
  return error.message ?? "invalid";
}
__name(describeError, "describeError");
function renderKey(keyPath) {
  if (keyPath.length === 0) return "(top level)";
  return keyPath.reduce(
    (text, part) => typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    ""
  );
}
__name(renderKey, "renderKey");

// src/baseline/read-lines.ts
var ITEMS_OPEN = '"items":[';
async function readBaselineRecord(file, origin = file) {
  const laidOut = await readBaselineByLines(file);
  if (laidOut) return laidOut;
  return parseBaseline((await readFile(file)).toString("utf8"), origin);
}
__name(readBaselineRecord, "readBaselineRecord");
async function readBaselineByLines(file) {
  const lines = new BaselineLines();
  if (!await readUtf8Lines(file, (line) => lines.add(line))) return void 0;
  return lines.record();
}
__name(readBaselineByLines, "readBaselineByLines");
var BaselineLines = class {
  static {
    __name(this, "BaselineLines");
  }
  head;
  tail;
  items = [];
  /** Whether the last item line ended with the comma that says another item follows. */
  moreItems = false;
  /** Takes one line; false when the file is not laid out as serialize.ts writes it. */
  add(line) {
    if (this.head === void 0) {
      if (!line.endsWith(ITEMS_OPEN)) return false;
      this.head = line;
      return true;
    }
    if (this.tail !== void 0) return false;
    if (line.startsWith("]")) {
      if (this.moreItems || this.items.length === 0) return false;
      this.tail = line;
      return true;
    }
    if (this.items.length > 0 && !this.moreItems) return false;
    this.moreItems = line.endsWith(",");
    try {
      this.items.push(JSON.parse(this.moreItems ? line.slice(0, -1) : line));
    } catch {
      return false;
    }
    return true;
  }
  /** The record the lines make, when it is certainly a good baseline. */
  record() {
    if (this.head === void 0 || this.tail === void 0) return void 0;
    let raw;
    try {
      raw = JSON.parse(`${this.head}${this.tail}`);
    } catch {
      return void 0;
    }
    const record = raw;
    if (typeof record !== "object" || record === null || !Array.isArray(record.items)) return void 0;
    if (record.items.length > 0) return void 0;
    record.items = this.items;
    return surelyGoodBaseline(record) ? record : void 0;
  }
};

// src/baseline/serialize.ts
function* baselineJsonPieces(record) {
  const keys = Object.keys(record);
  const at = keys.indexOf("items");
  if (at === -1) {
    yield `${JSON.stringify(record)}
`;
    return;
  }
  const part = /* @__PURE__ */ __name((from, to) => JSON.stringify(Object.fromEntries(keys.slice(from, to).map((key) => [key, record[key]]))), "part");
  const before = part(0, at);
  const after = part(at + 1);
  yield `${before.slice(0, -1)}${before === "{}" ? "" : ","}"items":[`;
  const items = record.items;
  for (let index = 0; index < items.length; index++) {
    yield index === 0 ? "\n" : ",\n";
    yield JSON.stringify(items[index]) ?? "null";
  }
  yield `${items.length === 0 ? "" : "\n"}]${after === "{}" ? "" : ","}${after.slice(1)}
`;
}
__name(baselineJsonPieces, "baselineJsonPieces");

// src/baseline/local-store.ts
function createLocalBaselineStore(dir) {
  let lookupProblem;
  return {
    description: `local folder ${dir}`,
    get lookupProblem() {
      return lookupProblem;
    },
    async latest(name) {
      const loaded = await readBaselineFile(path.join(dir, name, "latest.json"), true);
      if (loaded) return loaded;
      const earlier = (await readdir(path.join(dir, name)).catch(() => [])).filter(
        (file) => file.endsWith(".json")
      );
      if (earlier.length > 0) {
        lookupProblem = {
          kind: "unreadable",
          message: `${path.join(dir, name)} holds ${earlier.length} earlier baseline${earlier.length === 1 ? "" : "s"} but no latest.json`,
          fix: `Copy the newest of them to ${path.join(dir, name, "latest.json")}, or give one with --baseline.`
        };
      }
      return null;
    },
    async save(record) {
      const folder = path.join(dir, record.name);
      await mkdir(folder, { recursive: true });
      const stamp = record.createdAt.replace(/[:.]/g, "-");
      const stamped = path.join(folder, `${stamp}.json`);
      await writeTextPieces(stamped, baselineJsonPieces(record));
      const latest = path.join(folder, "latest.json");
      const temporary = `${latest}.${process.pid}.tmp`;
      await copyFile(stamped, temporary);
      await rename(temporary, latest);
      return latest;
    }
  };
}
__name(createLocalBaselineStore, "createLocalBaselineStore");
async function readBaselineFile(file, missingIsEmpty = false) {
  try {
    return { record: await readBaselineRecord(file), origin: file };
  } catch (error) {
    if (error.code === "ENOENT" && missingIsEmpty) return null;
    throw error;
  }
}
__name(readBaselineFile, "readBaselineFile");

// src/config/hash.ts
import path2 from "node:path";
function configHash(config) {
  const relevant = {
    ...config,
    cache: { ...config.cache, dir: "" },
    regression: { ...config.regression, baselineDir: "", baselinePath: void 0 },
    report: { ...config.report, outDir: "" }
  };
  return stableHash(
    JSON.parse(
      JSON.stringify(
        relevant,
        (_key, value) => typeof value === "string" && path2.isAbsolute(value) ? path2.relative(config.baseDir, value).split(path2.sep).join("/") : value
      )
    )
  );
}
__name(configHash, "configHash");

// src/model/precomputed-source.ts
function createPrecomputedSource(responses) {
  let unmatched = [];
  return {
    kind: "precomputed",
    description: responses ? responses.file : "answers recorded in the dataset",
    ...responses ? { responses } : {},
    get unmatched() {
      return unmatched;
    },
    async run(items, onResponse) {
      const started = performance.now();
      const stats = emptyRunStats();
      for (const item of items) {
        const response = precomputedResponse(item, responses);
        stats.items++;
        if (response.error) stats.errors++;
        onResponse(item, response);
      }
      unmatched = responses ? findUnmatchedResponses(responses, items) : [];
      stats.wallMs = performance.now() - started;
      return stats;
    }
  };
}
__name(createPrecomputedSource, "createPrecomputedSource");
function precomputedResponse(item, responses) {
  if (responses) {
    const key = keyOf(item, responses);
    const entry = responses.responses.get(key);
    if (entry === void 0) {
      return missing(
        responses.keyedBy === "prompt" ? `no response for the prompt of id ${item.id} in ${responses.file} (a Bedrock file has no ids: answers are matched on the prompt text, which must equal the item's input)` : `no response for id ${item.id} in ${responses.file}`
      );
    }
    if (entry.response === null) {
      return missing(
        `${responses.file}:${entry.line} records null for id ${item.id} (no answer was recorded)`
      );
    }
    return { output: entry.response };
  }
  if (item.precomputed === null) {
    return missing(
      `${item.source.file}:${item.source.line} records no answer for id ${item.id} (modelResponses[0].response is missing or null)`
    );
  }
  if (item.precomputed === void 0) {
    return missing(
      `no response for id ${item.id}: the dataset ${item.source.file} carries no answers and no responses file is configured`
    );
  }
  return { output: item.precomputed };
}
__name(precomputedResponse, "precomputedResponse");
function missing(message) {
  return { output: null, error: { stage: "model", kind: "missing_response", message } };
}
__name(missing, "missing");
function findUnmatchedResponses(responses, items) {
  if (answersInItemOrder(responses, items)) return [];
  const wanted = new Set(items.map((item) => keyOf(item, responses)));
  const result = [];
  for (const [id, entry] of responses.responses) {
    if (!wanted.has(id)) result.push({ id, line: entry.line });
  }
  return result;
}
__name(findUnmatchedResponses, "findUnmatchedResponses");
function answersInItemOrder(responses, items) {
  let position = 0;
  for (const key of responses.responses.keys()) {
    while (position < items.length && keyOf(items[position], responses) !== key) position++;
    if (position === items.length) return false;
    position++;
  }
  return true;
}
__name(answersInItemOrder, "answersInItemOrder");
function keyOf(item, responses) {
  return responses.keyedBy === "prompt" ? promptKey(item.input) : item.id;
}
__name(keyOf, "keyOf");

// src/pipeline/source.ts
async function createModelSource(config, dataset, deps) {
  if (config.model) {
    const { createOpenAISource } = await import("./openai-source-NNTEZ7M7.js");
    const cache = createLocalResponseCache(config.cache);
    const source = createOpenAISource(config.model, cache, {
      apiKey: deps.env[config.model.apiKeyEnv],
      log: deps.log
    });
    return { source, unmatchedResponseIds: /* @__PURE__ */ __name(() => [], "unmatchedResponseIds"), droppedDuplicates: [] };
  }
  if (config.responses) {
    const table = await loadResponses(config.responses, config.baseDir);
    const source = createPrecomputedSource(table);
    return {
      source,
      unmatchedResponseIds: /* @__PURE__ */ __name(() => source.unmatched.map((entry) => entry.id), "unmatchedResponseIds"),
      droppedDuplicates: table.duplicates.map((duplicate) => ({
        id: duplicate.id,
        line: duplicate.line,
        differed: duplicate.differs
      }))
    };
  }
  if (dataset.reportedMetrics || dataset.items.some((item) => item.precomputed !== void 0)) {
    return { source: createPrecomputedSource(), unmatchedResponseIds: /* @__PURE__ */ __name(() => [], "unmatchedResponseIds"), droppedDuplicates: [] };
  }
  throw new UserError("there is nowhere to get answers from.", {
    file: config.configFile,
    key: "model / responses",
    fix: "Add `model:` (an OpenAI-compatible endpoint) or `responses:` (a file of answers), or pass --responses FILE."
  });
}
__name(createModelSource, "createModelSource");

// src/pipeline/run.ts
import path4 from "node:path";

// src/gates/regression.ts
function evaluateRegressionGate(gate, metrics, comparison, records, maxFailingItems) {
  const metric = metrics[gate.metric];
  const base = { gate, metric, failingItems: [], failingCount: 0 };
  if (comparison.status === "skipped") {
    return {
      ...base,
      status: "inconclusive",
      effect: "warn",
      explanation: `NOT COMPARED: ${comparison.reason ?? "no baseline"}`
    };
  }
  const notComparable = comparison.notComparable?.[gate.metric];
  if (notComparable) {
    return {
      ...base,
      status: "inconclusive",
      effect: "warn",
      explanation: `NOT COMPARED: ${notComparable}.`
    };
  }
  const row = comparison.rows.find((candidate) => candidate.metric === gate.metric);
  const stat = row?.stat;
  if (!metric || !row || !stat || stat.n === 0) {
    return {
      ...base,
      status: "inconclusive",
      effect: gate.onInconclusive === "block" ? effectOfFailure(gate) : "warn",
      explanation: `NOT COMPARED: ${gate.metric} could not be compared with the baseline (${stat?.n === 0 ? "no item has a value on both sides" : "the baseline has no per-item scores or aggregate for it"}).`
    };
  }
  const points = /* @__PURE__ */ __name((value) => formatDifference(metric, value), "points");
  const worse = metric.higherIsBetter ? { moved: "dropped", change: "drop" } : { moved: "rose", change: "rise" };
  const interval = `${Math.round(stat.ciGate.level * 100)}% CI ${points(stat.ciGate.lower)} to ${points(stat.ciGate.upper)}`;
  const margin = points(gate.margin).replace(/^[+−±]/, "");
  const evidence = `\u0394 = ${points(stat.diff)} (${interval}; ${stat.method}, n=${stat.n}; p(non-inferiority) ${formatP(
    stat.pNonInferiority
  )}, margin ${margin})`;
  const shown = row.regressedItems.slice(0, maxFailingItems);
  const byId = recordsById(records, shown);
  const failingItems = shown.flatMap((id) => {
    const record = byId.get(id);
    return record ? [
      {
        id,
        category: record.category,
        source: record.source,
        value: record.error ? null : record.scores[metric.base] ?? null,
        output: record.output,
        expected: record.expectedOutput,
        error: record.error?.message,
        reason: record.notes?.[metric.base]
      }
    ] : [];
  });
  const regressed = row.regressedItems.length > 0 ? row.regressedItems.length === 1 ? " 1 item was right before and is wrong now." : ` ${row.regressedItems.length} items were right before and are wrong now.` : "";
  if (stat.zone === "pass") {
    return {
      ...base,
      status: "pass",
      effect: "none",
      explanation: `no ${worse.change} beyond ${margin}: ${evidence}.`
    };
  }
  if (stat.zone === "fail") {
    return {
      ...base,
      status: "fail",
      effect: effectOfFailure(gate),
      explanation: `${gate.metric} ${worse.moved} by more than ${margin}: ${evidence}.${regressed}`,
      failingItems,
      failingCount: row.regressedItems.length
    };
  }
  const mde = Number.isFinite(stat.mde) ? ` This benchmark detects ${worse.change}s of ${points(stat.mde).replace(/^[+−±]/, "")} or more.` : "";
  return {
    ...base,
    status: "inconclusive",
    effect: inconclusiveEffect(gate),
    explanation: `cannot tell whether ${gate.metric} ${worse.moved} by more than ${margin}: ${evidence}.${regressed}${mde} on-inconclusive: ${gate.onInconclusive}.`,
    failingItems,
    failingCount: row.regressedItems.length
  };
}
__name(evaluateRegressionGate, "evaluateRegressionGate");
function recordsById(records, ids) {
  const byId = /* @__PURE__ */ new Map();
  if (ids.length === 0) return byId;
  const wanted = new Set(ids);
  for (const record of records) if (wanted.has(record.id)) byId.set(record.id, record);
  return byId;
}
__name(recordsById, "recordsById");
function inconclusiveEffect(gate) {
  if (gate.onInconclusive === "pass") return "none";
  if (gate.onInconclusive === "warn") return "warn";
  return effectOfFailure(gate);
}
__name(inconclusiveEffect, "inconclusiveEffect");

// src/gates/index.ts
function evaluateGates(config, metrics, records, comparison, judge) {
  return config.gates.map(
    (gate) => applyJudgeAdvice(
      gate.type === "threshold" ? evaluateThresholdGate(gate, metrics, records, config.report.maxFailingItems) : evaluateRegressionGate(gate, metrics, comparison, records, config.report.maxFailingItems),
      judge
    )
  );
}
__name(evaluateGates, "evaluateGates");

// src/compare/unpaired-aggregates.ts
var REPORTED_METHOD = "unpaired, from reported standard errors";
function isReportedComparison(next, base) {
  return next.standardError !== void 0 || base?.standardError !== void 0;
}
__name(isReportedComparison, "isReportedComparison");
function standardErrorOf(side) {
  if (typeof side.standardError === "number") return side.standardError;
  if (side.standardError === void 0 && side.kind === "rate" && side.value !== null && side.n > 1) {
    return Math.sqrt(side.value * (1 - side.value) / (side.n - 1));
  }
  return void 0;
}
__name(standardErrorOf, "standardErrorOf");
function whyNotComparable(next, base) {
  if (!base || base.value === null) return void 0;
  if (next.value === null) return "this run has no value for it";
  const sides = [
    ["the baseline", base],
    ["this run", next]
  ];
  const missing2 = sides.filter(([, side]) => standardErrorOf(side) === void 0);
  if (missing2.length === 0) return void 0;
  const reported = missing2.filter(([, side]) => side.standardError === null).map(([who]) => who);
  const computed = missing2.filter(([, side]) => side.standardError === void 0).map(([who]) => who);
  const why = [
    reported.length > 0 ? `${reported.join(" and ")} reported no standard error for it (lm_eval's stderr "N/A")` : "",
    computed.length > 0 ? `${computed.join(" and ")} computed it from items without a standard error to compare with` : ""
  ].filter(Boolean);
  return `${why.join("; ")}: without per-item scores on both sides there is no interval to decide on. Run lm_eval with --log_samples to compare item by item`;
}
__name(whyNotComparable, "whyNotComparable");
function compareReportedAggregates(next, base, options) {
  const seBase = standardErrorOf(base);
  const seNew = standardErrorOf(next);
  if (seBase === void 0 || seNew === void 0 || base.value === null || next.value === null)
    return void 0;
  const power = options.power ?? 0.8;
  const sign = options.higherIsBetter ? 1 : -1;
  const diff = next.value - base.value;
  const se = Math.sqrt(seBase ** 2 + seNew ** 2);
  const interval = /* @__PURE__ */ __name((level) => {
    const half = normalQuantile(1 - (1 - level) / 2) * se;
    return { estimate: diff, lower: diff - half, upper: diff + half, level, method: "normal" };
  }, "interval");
  const ciGate = interval(1 - 2 * options.alpha);
  const oriented = sign === 1 ? ciGate : { lower: -ciGate.upper, upper: -ciGate.lower };
  const decision = threeZoneDecision(oriented, options.margin);
  const orientedDiff = sign * diff;
  const z = se > 0 ? diff / se : diff === 0 ? 0 : Math.sign(diff) * Infinity;
  const pNonInferiority = se > 0 ? normalSf((orientedDiff + options.margin) / se) : orientedDiff > -options.margin ? 0 : 1;
  const derived = [base, next].some((side) => typeof side.standardError !== "number");
  return {
    method: REPORTED_METHOD,
    kind: next.kind === "rate" ? "binary" : "continuous",
    paired: false,
    higherIsBetter: options.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { total: 0, baseOnly: 0, newOnly: 0, both: 0 },
    base: base.value,
    new: next.value,
    diff,
    ciGate,
    ci95: interval(0.95),
    pNonInferiority,
    pDifference: Math.min(1, 2 * normalSf(Math.abs(z))),
    pDifferenceMethod: "z (reported SEs)",
    zone: decision.zone,
    significantRegression: decision.significantDecrease,
    significantImprovement: decision.significantImprovement,
    margin: options.margin,
    alpha: options.alpha,
    mde: (normalQuantile(1 - options.alpha) + normalQuantile(power)) * se,
    power,
    notes: [
      `${REPORTED_METHOD} (\u0394 \xB1 z\xB7\u221A(se_base\xB2 + se_new\xB2)): conservative when both runs scored the same documents; lm_eval --log_samples gives a paired comparison`,
      ...derived ? ["one side is a rate computed from items: its standard error is \u221A(p(1\u2212p)/(n\u22121))"] : []
    ],
    extra: { type: "unpaired-reported-se", seBase, seNew, se, z }
  };
}
__name(compareReportedAggregates, "compareReportedAggregates");
function comparedFromReportedErrors(comparison) {
  return comparison.rows.filter(
    (row) => row.stat?.extra.type === "unpaired-reported-se" || comparison.notComparable?.[row.metric]
  ).length;
}
__name(comparedFromReportedErrors, "comparedFromReportedErrors");

// src/compare/compare.ts
var UNGATED_MARGIN = 1e-9;
var BH_Q = 0.1;
function compareWithBaseline(loaded, records, metrics, datasetHash, config) {
  const alpha = config.regression.alpha;
  if (!loaded) {
    return {
      status: "skipped",
      reason: "no baseline yet: this run is not compared. An accepted (DEPLOY) run becomes the baseline.",
      statistical: false,
      alpha,
      paired: 0,
      missingInBaseline: [],
      missingInRun: [],
      rows: [],
      categoryWarnings: [],
      warnings: []
    };
  }
  const { record } = loaded;
  const pairing = pairById(records, record.items);
  const { missingInBaseline, missingInRun } = pairing;
  const sameDataset = record.datasetHash === datasetHash;
  const warnings = [];
  if (!sameDataset) {
    if (config.regression.requireSameDataset) {
      throw new UserError(
        `the baseline was made on another version of the dataset (sha256 ${record.datasetHash.slice(0, 12)}, this run ${datasetHash.slice(0, 12)}).`,
        {
          file: config.configFile,
          key: "regression.require-same-dataset",
          fix: "Refresh the baseline on the default branch, or set require-same-dataset: false to compare the shared items."
        }
      );
    }
    warnings.push(
      `the baseline was made on another version of the dataset (${record.datasetHash.slice(0, 12)} vs ${datasetHash.slice(0, 12)}): only the ${records.length - missingInBaseline.length} items present in both are compared.`
    );
  }
  if (missingInBaseline.length + missingInRun.length > 0) {
    warnings.push(
      `${missingInBaseline.length} items are new since the baseline and ${missingInRun.length} baseline items are missing from this run: they are not paired.`
    );
  }
  const gates = new Map(
    config.gates.filter((gate) => gate.type === "regression").map((gate) => [gate.metric, gate])
  );
  const columns = pairedColumns(
    pairing,
    Object.values(metrics).filter((metric) => metric.kind === "rate" || metric.kind === "mean").map((metric) => metric.base)
  );
  const rows = [];
  const notComparable = {};
  for (const [name, metric] of Object.entries(metrics)) {
    if (metric.category !== void 0 && !gates.has(name)) continue;
    const base = record.aggregates[name];
    const gate = gates.get(name);
    const row = {
      metric: name,
      kind: metric.kind,
      higherIsBetter: metric.higherIsBetter,
      base: base?.value ?? null,
      new: metric.value,
      diff: base?.value == null || metric.value === null ? null : metric.value - base.value,
      gate: gate ? { name: gate.name, margin: gate.margin, onInconclusive: gate.onInconclusive } : void 0,
      regressedItems: [],
      improvedItems: []
    };
    if (metric.kind === "rate" || metric.kind === "mean") {
      const stat = statisticsFor(metric, columns, base, gate?.margin ?? UNGATED_MARGIN, alpha);
      if (stat) {
        row.stat = stat.stat;
        row.base = stat.stat.base;
        row.new = stat.stat.new;
        row.diff = stat.stat.diff;
        row.regressedItems = stat.regressed;
        row.improvedItems = stat.improved;
      }
    }
    if (gate && row.stat && row.stat.mde > gate.margin) {
      warnings.push(
        `this benchmark is too small to detect a drop of ${formatDifference(metric, gate.margin).replace(/^[+−±]/, "")} in ${name}: the smallest drop it detects with 80% power is ${formatDifference(metric, row.stat.mde).replace(/^[+−±]/, "")}.`
      );
    }
    const notCompared = isReportedComparison(metric, base) ? whyNotComparable(metric, base) : void 0;
    if (notCompared) notComparable[name] = notCompared;
    rows.push(row);
  }
  applyHolm(rows.filter((row) => row.gate && row.stat && row.stat.n > 0));
  return {
    status: "compared",
    baseline: {
      origin: loaded.origin,
      createdAt: record.createdAt,
      gitSha: record.gitSha,
      datasetHash: record.datasetHash,
      sameDataset,
      evalgateVersion: record.evalgateVersion
    },
    statistical: true,
    alpha,
    paired: pairing.run.length,
    missingInBaseline,
    missingInRun,
    rows,
    categoryWarnings: categoryWarnings(metrics, gates, columns, record.aggregates, alpha),
    ...Object.keys(notComparable).length > 0 ? { notComparable } : {},
    warnings
  };
}
__name(compareWithBaseline, "compareWithBaseline");
function pairById(records, baseItems) {
  if (sameIdsInOrder(records, baseItems)) {
    return {
      run: records,
      base: baseItems,
      missingInBaseline: [],
      missingInRun: [],
      distinctBase: baseItems,
      baselineSize: baseItems.length
    };
  }
  const baseById = /* @__PURE__ */ new Map();
  for (const item of baseItems) baseById.set(item.id, item);
  const run = [];
  const base = [];
  const missingInBaseline = [];
  const runIds = /* @__PURE__ */ new Set();
  for (const item of records) {
    runIds.add(item.id);
    const baseItem = baseById.get(item.id);
    if (baseItem) {
      run.push(item);
      base.push(baseItem);
    } else missingInBaseline.push(item.id);
  }
  const missingInRun = baseItems.filter((item) => !runIds.has(item.id)).map((item) => item.id);
  return {
    run,
    base,
    missingInBaseline,
    missingInRun,
    distinctBase: baseById,
    baselineSize: baseItems.length
  };
}
__name(pairById, "pairById");
function sameIdsInOrder(records, baseItems) {
  if (records.length !== baseItems.length) return false;
  for (let index = 0; index < records.length; index++) {
    if (records[index].id !== baseItems[index].id) return false;
  }
  return true;
}
__name(sameIdsInOrder, "sameIdsInOrder");
function pairedColumns(pairing, bases) {
  const { run, base } = pairing;
  const names = [...new Set(bases)];
  const baseColumns = names.map(() => new Array(run.length));
  const nextColumns = names.map(() => new Array(run.length));
  for (let index = 0; index < run.length; index++) {
    const item = run[index];
    const baseItem = base[index];
    for (let column = 0; column < names.length; column++) {
      const name = names[column];
      if (name === "error") {
        baseColumns[column][index] = baseItem.error ? 1 : 0;
        nextColumns[column][index] = item.error !== void 0 ? 1 : 0;
      } else {
        baseColumns[column][index] = baseItem.scores[name];
        nextColumns[column][index] = item.scores[name];
      }
    }
  }
  let byCategory;
  return {
    run,
    scenarios: run.some((item) => item.scenarioId !== void 0) ? run.map((item) => item.scenarioId) : void 0,
    base: new Map(names.map((name, column) => [name, baseColumns[column]])),
    next: new Map(names.map((name, column) => [name, nextColumns[column]])),
    positionsOf(category) {
      if (!byCategory) {
        byCategory = /* @__PURE__ */ new Map();
        for (let index = 0; index < run.length; index++) {
          const each = run[index].category;
          const positions = byCategory.get(each);
          if (positions) positions.push(index);
          else byCategory.set(each, [index]);
        }
      }
      return byCategory.get(category) ?? [];
    },
    baselineKeepsScores(metricBase) {
      if (metricBase === "error") return pairing.baselineSize > 0;
      for (const baseItem of pairing.distinctBase.values()) {
        if (baseItem.scores[metricBase] !== void 0) return true;
      }
      return false;
    }
  };
}
__name(pairedColumns, "pairedColumns");
function statisticsFor(metric, columns, baseAggregate, margin, alpha) {
  const kind = metric.kind === "rate" ? "binary" : "continuous";
  const positions = metric.category === void 0 ? void 0 : columns.positionsOf(metric.category);
  const pick = /* @__PURE__ */ __name((column) => positions ? positions.map((index) => column[index]) : column, "pick");
  const baseValues = pick(columns.base.get(metric.base));
  const newValues = pick(columns.next.get(metric.base));
  const scenarios = columns.scenarios && pick(columns.scenarios);
  const baseHasScores = baseValues.some((value) => value !== void 0);
  const options = {
    margin,
    alpha,
    higherIsBetter: metric.higherIsBetter,
    bootstrap: { resamples: 999, seed: 12345 }
  };
  if (baseHasScores || metric.standardError === void 0 && columns.baselineKeepsScores(metric.base)) {
    const stat2 = compareMetric(
      { design: "paired", kind, base: baseValues, new: newValues, clusters: scenarios },
      options
    );
    const regressed = [];
    const improved = [];
    if (kind === "binary") {
      const good = metric.higherIsBetter ? 1 : 0;
      const idAt = /* @__PURE__ */ __name((index) => columns.run[positions ? positions[index] : index].id, "idAt");
      for (let index = 0; index < baseValues.length; index++) {
        if (baseValues[index] === good && newValues[index] === 1 - good) regressed.push(idAt(index));
        if (baseValues[index] === 1 - good && newValues[index] === good) improved.push(idAt(index));
      }
    }
    return { stat: stat2, regressed, improved };
  }
  if (baseAggregate && isReportedComparison(metric, baseAggregate)) {
    const stat2 = compareReportedAggregates(metric, baseAggregate, options);
    return stat2 && { stat: stat2, regressed: [], improved: [] };
  }
  if (baseAggregate?.value == null || metric.value === null || kind === "continuous") return void 0;
  const stat = compareMetric(
    {
      design: "unpaired",
      kind,
      base: { value: baseAggregate.value, n: baseAggregate.n },
      new: { value: metric.value, n: metric.n }
    },
    options
  );
  return { stat, regressed: [], improved: [] };
}
__name(statisticsFor, "statisticsFor");
function pWorse(stat) {
  const worse = stat.higherIsBetter ? stat.diff < 0 : stat.diff > 0;
  return worse ? stat.pDifference / 2 : 1 - stat.pDifference / 2;
}
__name(pWorse, "pWorse");
function applyHolm(rows) {
  const adjusted = holmAdjust(rows.map((row) => pWorse(row.stat)));
  rows.forEach((row, index) => {
    row.pRegressionHolm = adjusted[index];
  });
}
__name(applyHolm, "applyHolm");
function categoryWarnings(metrics, gates, columns, aggregates, alpha) {
  const candidates = [];
  for (const gateMetric of gates.keys()) {
    for (const [name, metric] of Object.entries(metrics)) {
      if (!name.startsWith(`${gateMetric}@`) || metric.kind !== "rate" && metric.kind !== "mean") continue;
      const result = statisticsFor(metric, columns, aggregates[name], gates.get(gateMetric).margin, alpha);
      if (result && result.stat.n > 0) candidates.push({ name, metric, stat: result.stat });
    }
  }
  const adjusted = benjaminiHochbergAdjust(candidates.map((candidate) => pWorse(candidate.stat)));
  return candidates.flatMap(({ name, metric, stat }, index) => {
    const p = adjusted[index];
    const worse = metric.higherIsBetter ? stat.diff < 0 : stat.diff > 0;
    return p < BH_Q && worse ? [
      `${name} moved ${formatDifference(metric, stat.diff)} (${stat.n} pairs, BH-adjusted p ${p.toPrecision(2)} < ${BH_Q}).`
    ] : [];
  });
}
__name(categoryWarnings, "categoryWarnings");

// src/history/history.ts
var HISTORY_LIMIT = 50;
function acceptedHistory(record) {
  if (!record) return [];
  return record.history ?? [historyEntryOfBaseline(record)];
}
__name(acceptedHistory, "acceptedHistory");
function appendHistory(history, entry) {
  return [...history, entry].slice(-HISTORY_LIMIT);
}
__name(appendHistory, "appendHistory");
function reportHistory(baseline, report) {
  return appendHistory(acceptedHistory(baseline), historyEntryOf(report));
}
__name(reportHistory, "reportHistory");
function baselineHistory(report) {
  const history = report.history && report.history.length > 0 ? report.history : [historyEntryOf(report)];
  return history.slice(-HISTORY_LIMIT);
}
__name(baselineHistory, "baselineHistory");

// src/baseline/build.ts
function buildBaselineRecord(report) {
  return {
    kind: BASELINE_KIND,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    evalgateVersion: report.evalgateVersion,
    name: report.name,
    createdAt: report.finishedAt,
    gitSha: report.git?.sha,
    gitRef: report.git?.ref,
    runId: report.git?.runId,
    datasetHash: report.dataset.hash,
    ...report.heldOut ? { heldOut: { set: report.heldOut.set, sets: report.heldOut.sets } } : {},
    configHash: report.config.hash,
    metricHashes: report.config.metricHashes,
    judge: report.judge.status === "skipped" ? null : report.judge.identity ?? null,
    metricSpecs: report.metricSpecs,
    items: report.items.map((item) => ({
      id: item.id,
      category: item.category,
      scores: item.scores,
      output: item.output,
      error: item.error !== void 0
    })),
    aggregates: Object.fromEntries(
      Object.entries(report.metrics).map(([name, metric]) => [
        name,
        {
          value: metric.value,
          n: metric.n,
          kind: metric.kind,
          interval: metric.interval,
          higherIsBetter: metric.higherIsBetter,
          ...metric.standardError === void 0 ? {} : { standardError: metric.standardError }
        }
      ])
    ),
    history: baselineHistory(report)
  };
}
__name(buildBaselineRecord, "buildBaselineRecord");

// src/baseline/requirement.ts
var NEVER_FIX = "Set regression.require-baseline: never to run the regression gates without a baseline.";
function checkBaselineRequirement(situation) {
  if (situation.regressionGates === 0) return void 0;
  const gates = `${situation.regressionGates} regression gate${situation.regressionGates === 1 ? "" : "s"}`;
  let message;
  let fix;
  let existedBefore;
  if (situation.origin !== void 0) {
    if (situation.paired > 0) return void 0;
    existedBefore = true;
    message = `the baseline (${situation.origin}) shares no item id with this run, so the ${gates} compared nothing (the dataset was replaced or its ids changed).`;
    fix = `If the benchmark was replaced on purpose, run once on the baseline branch with regression.require-baseline: never so that the accepted run becomes the new baseline; otherwise restore the item ids.`;
  } else if (situation.problem) {
    existedBefore = true;
    message = `no usable baseline: ${situation.problem.message}; the ${gates} cannot compare anything.`;
    fix = situation.problem.fix;
    if (situation.problem.kind === "expired" && situation.replacesBaseline && situation.mode !== "always") {
      return {
        fatal: false,
        message: `${message} This run is on the baseline branch: if accepted, it re-establishes the baseline.`
      };
    }
  } else {
    existedBefore = false;
    message = `no baseline yet: the ${gates} compared nothing on this first run. An accepted run on the baseline branch stores the baseline.`;
  }
  if (situation.mode === "never") return { fatal: false, message: `${message} (require-baseline: never)` };
  if (situation.mode === "always") {
    return {
      fatal: true,
      message: `${message} (require-baseline: always)`,
      fix: fix ?? `Store a baseline first (an accepted run on the baseline branch), or set regression.require-baseline: auto.`
    };
  }
  return existedBefore ? { fatal: true, message, fix: [fix, NEVER_FIX].filter(Boolean).join(" ") } : { fatal: false, message };
}
__name(checkBaselineRequirement, "checkBaselineRequirement");

// src/baseline/scorer-hashes.ts
import { readFileSync } from "node:fs";
import path3 from "node:path";
var JSON_METRICS = /* @__PURE__ */ new Set(["json_valid", "schema_valid"]);
var COST_METRICS = /* @__PURE__ */ new Set(["cost_usd"]);
var MEASURED_METRICS = /* @__PURE__ */ new Set([
  "latency_ms",
  "ttft_ms",
  "total_tokens",
  "prompt_tokens",
  "completion_tokens"
]);
function metricScorerHashes(config, specs) {
  const hashes = {};
  for (const spec of specs) {
    const shape = { kind: spec.kind, higherIsBetter: spec.higherIsBetter, onError: spec.onError };
    hashes[spec.name] = stableHash({ shape, settings: scorerSettings(config, spec.name) });
  }
  return hashes;
}
__name(metricScorerHashes, "metricScorerHashes");
function scorerSettings(config, metric) {
  if (config.judge && metric.startsWith("judge_")) {
    const { endpoint, models, aggregate: aggregate2, pairwise } = config.judge;
    const judged = config.judge.metrics.find((definition) => definition.scoreName === metric);
    return {
      // A judge metric: its rubric; the pairwise ones: the pairwise settings.
      judged: judged ? { ...judged, file: void 0 } : metric,
      models,
      aggregate: aggregate2,
      temperature: endpoint.temperature,
      seed: endpoint.seed,
      pairwise
    };
  }
  if (JSON_METRICS.has(metric) && config.metrics.json) {
    const schema = config.metrics.json.schema;
    return { json: schema === void 0 ? "task-api" : fileFingerprint(config.baseDir, schema) };
  }
  if (COST_METRICS.has(metric)) return { prices: config.prices, model: config.model?.model };
  if (MEASURED_METRICS.has(metric)) return "measured";
  const named = findNamed(config.metrics, metric);
  if (named !== void 0) return named;
  return { metrics: config.metrics };
}
__name(scorerSettings, "scorerSettings");
function findNamed(value, metric) {
  if (value === null || typeof value !== "object") return void 0;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findNamed(entry, metric);
      if (found !== void 0) return found;
    }
    return void 0;
  }
  if (value.name === metric) return value;
  for (const entry of Object.values(value)) {
    const found = findNamed(entry, metric);
    if (found !== void 0) return found;
  }
  return void 0;
}
__name(findNamed, "findNamed");
function fileFingerprint(baseDir, file) {
  try {
    return sha256Hex(readFileSync(path3.resolve(baseDir, file)));
  } catch {
    return path3.relative(baseDir, path3.resolve(baseDir, file)).split(path3.sep).join("/");
  }
}
__name(fileFingerprint, "fileFingerprint");
function withoutChangedScorers(loaded, current, metrics) {
  const stored = loaded.record.metricHashes;
  if (!stored) return { loaded, notComparable: {} };
  const changed = new Set(
    Object.keys(current).filter((name) => stored[name] !== void 0 && stored[name] !== current[name])
  );
  if (changed.size === 0) return { loaded, notComparable: {} };
  const baseOf = /* @__PURE__ */ __name((aggregate2) => metrics[aggregate2]?.base ?? loaded.record.metricSpecs.find((spec) => (spec.aggregateName ?? spec.name) === aggregate2.split("@")[0])?.name ?? aggregate2.split("@")[0], "baseOf");
  const notComparable = {};
  for (const [name, metric] of Object.entries(metrics)) {
    if (changed.has(metric.base)) {
      notComparable[name] = `the scorer of ${metric.base} changed since the baseline was stored: scores made by different scorers are not compared`;
    }
  }
  const record = {
    ...loaded.record,
    items: loaded.record.items.map((item) => ({
      ...item,
      scores: Object.fromEntries(Object.entries(item.scores).filter(([name]) => !changed.has(name)))
    })),
    aggregates: Object.fromEntries(
      Object.entries(loaded.record.aggregates).filter(([name]) => !changed.has(baseOf(name)))
    )
  };
  return { loaded: { ...loaded, record }, notComparable };
}
__name(withoutChangedScorers, "withoutChangedScorers");

// src/pipeline/judge.ts
async function judgeRecords(config, records, deps) {
  if (!config) return noJudge();
  const judge = await import("./judge-ZN5NAO4H.js");
  const connect = deps.connect ?? judge.judgeConnector(config, deps);
  const result = await judge.runJudgeStage(config, records, {
    log: deps.log,
    connect,
    baseline: deps.baseline,
    specs: deps.specs,
    progressIntervalMs: deps.progressIntervalMs
  });
  mergeJudgeAdditions(records, result.additions);
  return result;
}
__name(judgeRecords, "judgeRecords");
function mergeJudgeAdditions(records, additions) {
  for (const addition of additions) {
    const record = records[addition.index];
    Object.assign(record.scores, addition.scores);
    record.judge = addition.judge;
  }
}
__name(mergeJudgeAdditions, "mergeJudgeAdditions");
function noJudge() {
  return skippedJudge("no judge configured");
}
__name(noJudge, "noJudge");

// src/pipeline/outage.ts
function findRunFailure(records, responsesFile) {
  return modelOutage(records) ?? allMissing(records, responsesFile) ?? judgeOutage(records);
}
__name(findRunFailure, "findRunFailure");
function modelOutage(records) {
  const failed = records.filter(
    (record) => record.error?.stage === "model" && isEndpointFailure(record.error)
  );
  if (failed.length === 0) return void 0;
  const notSent = failed.filter((record) => (record.error.attempts ?? record.attempts) === 0);
  if (failed.length < records.length && notSent.length === 0) return void 0;
  const example = failed.at(-1).error;
  return failed.length === records.length ? `the model endpoint could not be reached: all ${records.length} items failed with ${example.kind} errors (last: ${example.message}). This is an outage, not a verdict on the model.` : `the run stopped sending to the model endpoint: ${notSent.length} of ${records.length} items were never sent (${notSent.at(-1).error.message}). This is an outage or a stopped run, not a verdict on the model.`;
}
__name(modelOutage, "modelOutage");
function allMissing(records, responsesFile) {
  if (records.length === 0) return void 0;
  if (!records.every((record) => record.error?.kind === "missing_response")) return void 0;
  return `no item of the dataset has an answer${responsesFile ? ` in ${responsesFile}` : ""}: all ${records.length} are missing (wrong responses file, or ids that do not match the dataset's).`;
}
__name(allMissing, "allMissing");
function judgeOutage(records) {
  const errors = [];
  let calls = 0;
  for (const record of records) {
    const judgement = record.judge;
    if (!judgement) continue;
    const verdicts = [
      ...Object.values(judgement.metrics).flatMap((metric) => metric.verdicts),
      ...judgement.pairwise?.verdicts ?? []
    ];
    calls += verdicts.length;
    for (const verdict of verdicts) if (verdict.error) errors.push(verdict.error);
  }
  const down = errors.filter(isEndpointFailure);
  if (down.length === 0) return void 0;
  const notSent = down.filter((error) => error.attempts === 0);
  if (down.length < calls && notSent.length === 0) return void 0;
  const last = down.at(-1);
  return down.length === calls ? `the judge endpoint could not be reached: all ${calls} judge calls failed with ${last.kind} errors (last: ${last.message}). This is an outage, not a verdict on the model.` : `the run stopped sending to the judge endpoint: ${notSent.length} of ${calls} judge calls were never sent (${notSent.at(-1).message}). This is an outage, not a verdict on the model.`;
}
__name(judgeOutage, "judgeOutage");

// src/pipeline/run.ts
async function runEvaluation(config, deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const run = { config, deps, startedAt: now(), timings: [], warnings: [] };
  const prepared = await prepare(run);
  const answered = await answer(run, prepared);
  const stored = await timed(run, "baseline", () => loadBaseline(config, deps.baselineStore));
  const lookupProblem = stored || config.regression.baselinePath ? void 0 : deps.baselineStore.lookupProblem;
  const otherSet = stored ? heldOutMismatch(stored.record.heldOut, prepared.dataset.heldOut) : void 0;
  if (otherSet) run.warnings.push(otherSet);
  const baseline = otherSet ? null : stored;
  const judged = await judgeAndAggregate(run, prepared, answered.records, baseline);
  const compared = await compareRun(run, prepared, answered.records, judged.metrics, baseline, lookupProblem);
  const report = await decideAndReport(run, prepared, answered, judged, compared, now);
  report.history = reportHistory(baseline?.record, report);
  if (deps.writeBaseline) await storeAcceptedRun(report, deps.baselineStore);
  return report;
}
__name(runEvaluation, "runEvaluation");
async function timed(run, name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    run.timings.push({ name, durationMs: performance.now() - start });
  }
}
__name(timed, "timed");
async function prepare(run) {
  const { config, deps, startedAt } = run;
  const dataset = await timed(run, "dataset", () => loadDataset(config.dataset, config.baseDir, startedAt));
  deps.log(`dataset: ${dataset.items.length} items from ${displayPath(dataset.file)} (${dataset.format})`);
  if (dataset.heldOut) deps.log(describeHeldOut(dataset.heldOut));
  const contamination = config.contamination ? await checkContamination(dataset.items, contaminationOptions(config.contamination), {
    file: config.configFile,
    key: "contamination.corpus"
  }) : void 0;
  if (contamination) deps.log(describeContamination(contamination));
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    configFile: config.configFile,
    dataset
  });
  const specs = [...listMetricSpecs(scorers, config.configFile), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);
  return { dataset, contamination, scorers, specs };
}
__name(prepare, "prepare");
async function answer(run, { dataset, scorers }) {
  const { config, deps, warnings } = run;
  const setup = deps.source ? {
    source: deps.source,
    unmatchedResponseIds: /* @__PURE__ */ __name(() => deps.sourceNotes?.unmatchedResponseIds ?? [], "unmatchedResponseIds"),
    droppedDuplicates: deps.sourceNotes?.droppedDuplicates ?? []
  } : await timed(run, "responses", () => createModelSource(config, dataset, deps));
  if (setup.droppedDuplicates.length > 0) {
    warnings.push(
      `${setup.droppedDuplicates.length} duplicate answers were dropped (on-duplicate: first), ${setup.droppedDuplicates.filter((d) => d.differed).length} of them different from the kept one.`
    );
  }
  deps.log(`answers: ${setup.source.description}`);
  const { records, stats } = await timed(
    run,
    "metrics",
    () => answerAndScore(dataset, setup.source, scorers)
  );
  const heldOut = dataset.heldOut;
  const unmatched = setup.unmatchedResponseIds().filter((id) => !heldOut || heldOutSetOf({ id }, heldOut.sets) === heldOut.set);
  if (unmatched.length > 0) {
    warnings.push(
      `the responses file answers ${unmatched.length} id${unmatched.length === 1 ? "" : "s"} the dataset does not have (${unmatched.slice(0, 5).join(", ")}${unmatched.length > 5 ? ", \u2026" : ""}): they are not scored.`
    );
  }
  if (stats.errors > 0)
    warnings.push(
      `${stats.errors} of ${records.length} items have no usable answer (error items count as failures).`
    );
  return { setup, records, stats, unmatched };
}
__name(answer, "answer");
async function judgeAndAggregate(run, { dataset, contamination, specs }, records, baseline) {
  const { config, deps, warnings } = run;
  const judgeStage = await timed(
    run,
    "judge",
    () => judgeRecords(config.judge, records, {
      connect: deps.connectJudge,
      env: deps.env,
      log: deps.log,
      baseline: baseline?.record ?? null,
      cacheConfig: config.cache,
      specs
    })
  );
  const judge = judgeStage.report;
  warnings.push(...judge.warnings ?? []);
  const metrics = await timed(
    run,
    "aggregation",
    () => aggregate(records, specs, { perCategory: config.metrics.perCategory, composite: config.composite })
  );
  for (const reported of dataset.reportedMetrics ?? []) metrics[reported.name] = reported;
  if (contamination) metrics[CONTAMINATION_METRIC] = contaminationMetric(contamination);
  return { judgeStage, metrics };
}
__name(judgeAndAggregate, "judgeAndAggregate");
async function compareRun(run, { dataset, specs }, records, metrics, baseline, lookupProblem) {
  const { config, deps, warnings } = run;
  const currentConfigHash = configHash(config);
  const metricHashes = metricScorerHashes(config, specs);
  const comparable = baseline ? withoutChangedScorers(baseline, metricHashes, metrics) : void 0;
  const comparison = await timed(
    run,
    "comparison",
    () => compareWithBaseline(comparable?.loaded ?? null, records, metrics, dataset.hash, config)
  );
  if (comparable && Object.keys(comparable.notComparable).length > 0) {
    comparison.notComparable = comparable.notComparable;
    const changed = [
      ...new Set(Object.keys(comparable.notComparable).map((name) => metrics[name]?.base ?? name))
    ];
    comparison.warnings.unshift(
      `the scorer of ${changed.join(", ")} changed since the baseline was stored: ${changed.length === 1 ? "that metric is" : "those metrics are"} not compared with it (scores made by different scorers are not comparable). The next accepted run on the baseline branch stores a baseline scored the new way.`
    );
  } else if (baseline && !baseline.record.metricHashes && baseline.record.configHash !== currentConfigHash) {
    comparison.warnings.unshift(
      `the config changed since the baseline was stored (config hash ${baseline.record.configHash.slice(0, 12)}, now ${currentConfigHash.slice(0, 12)}), and that baseline does not record which scorer made which metric: if a scorer changed, its metrics are compared across scorers.`
    );
  }
  warnings.push(...comparison.warnings);
  const requirement = checkBaselineRequirement({
    mode: config.regression.requireBaseline,
    regressionGates: config.gates.filter((gate) => gate.type === "regression").length,
    origin: baseline?.origin,
    paired: comparison.paired + comparedFromReportedErrors(comparison),
    problem: lookupProblem,
    replacesBaseline: deps.replacesBaseline ?? deps.writeBaseline
  });
  if (requirement && !requirement.fatal) warnings.unshift(requirement.message);
  const golden = config.regression.goldenPath ? compareWithBaseline(
    await readBaselineOrExplain(config.regression.goldenPath, "regression.golden"),
    records,
    metrics,
    dataset.hash,
    { ...config, gates: [] }
  ) : void 0;
  return { comparison, golden, requirement, configHash: currentConfigHash, metricHashes };
}
__name(compareRun, "compareRun");
async function decideAndReport(run, { dataset, contamination, specs }, { setup, records, stats, unmatched }, { judgeStage, metrics }, { comparison, golden, requirement, configHash: currentConfigHash, metricHashes }, now) {
  const { config, deps, startedAt, timings, warnings } = run;
  const judge = judgeStage.report;
  const gates = await timed(
    run,
    "gates",
    () => evaluateGates(config, metrics, records, comparison, judgeStage.advice)
  );
  const failure = runFailure(findRunFailure(records, config.responses?.path), requirement);
  const decision = failure ? "error" : decide(gates);
  const finishedAt = now();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    evalgateVersion: EVALGATE_VERSION,
    name: config.name,
    decision,
    headline: failure ? `ERROR: ${failure.message}` : headline(decision, gates),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    config: { file: displayPath(config.configFile), hash: currentConfigHash, metricHashes },
    dataset: {
      file: displayPath(dataset.file),
      format: dataset.format,
      hash: dataset.hash,
      items: dataset.items.length,
      categories: [...new Set(dataset.items.map((item) => item.category))].sort()
    },
    ...dataset.heldOut ? { heldOut: dataset.heldOut } : {},
    ...contamination ? { contamination } : {},
    source: {
      kind: setup.source.kind,
      description: setup.source.description,
      stats,
      unmatchedResponseIds: unmatched,
      droppedDuplicates: setup.droppedDuplicates
    },
    git: deps.git,
    metricSpecs: [...specs],
    metrics,
    judge,
    comparison,
    golden,
    gates,
    warnings,
    timings,
    items: records,
    ...failure ? { error: failure } : {}
  };
}
__name(decideAndReport, "decideAndReport");
async function storeAcceptedRun(report, store) {
  if (report.decision !== "deploy") return;
  report.baselineWritten = await store.save(buildBaselineRecord(report));
}
__name(storeAcceptedRun, "storeAcceptedRun");
async function answerAndScore(dataset, source, scorers) {
  const positionOf = itemPositions(dataset.items);
  const records = new Array(dataset.items.length);
  const stats = await source.run(dataset.items, (item, response) => {
    const position = positionOf(item);
    if (position === void 0)
      throw new Error(`the model source answered an item it was not given (${item.id})`);
    if (records[position]) throw new Error(`the model source answered item ${item.id} twice`);
    records[position] = toRecord(item, response, scorers);
  });
  const missing2 = dataset.items.filter((_, position) => !records[position]);
  if (missing2.length > 0) {
    throw new Error(
      `the model source lost ${missing2.length} items (first: ${missing2[0].id}); this is a bug in evalgate.`
    );
  }
  return { records, stats };
}
__name(answerAndScore, "answerAndScore");
function itemPositions(items) {
  let next = 0;
  let positions;
  return (item) => {
    if (items[next] === item) return next++;
    positions ??= new Map(items.map((each, position) => [each, position]));
    return positions.get(item);
  };
}
__name(itemPositions, "itemPositions");
function toRecord(item, response, scorers) {
  const scores = scoreItem(scorers, item, response);
  const notes = response.error === void 0 && !hasZero(scores) && item.imported?.notes === void 0 ? void 0 : explainItem(scorers, item, response);
  return {
    id: item.id,
    category: item.category,
    input: item.input,
    expectedOutput: item.expectedOutput,
    expectedAction: item.expectedAction,
    output: response.error ? null : response.output,
    error: response.error,
    scores,
    notes: notes && Object.keys(notes).length > 0 ? notes : void 0,
    latencyMs: response.latencyMs,
    ttftMs: response.ttftMs,
    usage: response.usage,
    costUsd: scores.cost_usd ?? void 0,
    finishReason: response.finishReason,
    cached: response.cached,
    attempts: response.attempts,
    source: item.source,
    scenarioId: item.conversation?.scenarioId,
    turn: item.conversation ? item.conversation.turn + 1 : void 0
  };
}
__name(toRecord, "toRecord");
function hasZero(scores) {
  for (const name in scores) if (scores[name] === 0) return true;
  return false;
}
__name(hasZero, "hasZero");
async function loadBaseline(config, store) {
  if (config.regression.baselinePath)
    return readBaselineOrExplain(config.regression.baselinePath, "regression.baseline");
  return store.latest(config.name);
}
__name(loadBaseline, "loadBaseline");
async function readBaselineOrExplain(file, key) {
  try {
    return await readBaselineFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cannot read the baseline (${error.code ?? String(error)}).`,
      {
        file,
        key,
        fix: "Check the path (--baseline, or the config key), or leave it out to use the baseline store."
      }
    );
  }
}
__name(readBaselineOrExplain, "readBaselineOrExplain");
function runFailure(outage, requirement) {
  if (outage) return { message: outage };
  if (requirement?.fatal) {
    return {
      message: `${requirement.message}${requirement.fix ? ` ${requirement.fix}` : ""}`,
      key: "regression.require-baseline"
    };
  }
  return void 0;
}
__name(runFailure, "runFailure");
function decide(gates) {
  return gates.some((gate) => gate.effect === "block") ? "block" : "deploy";
}
__name(decide, "decide");
function headline(decision, gates) {
  const blocking = gates.filter((gate) => gate.effect === "block");
  const warned = gates.filter((gate) => gate.effect === "warn");
  if (decision === "block") {
    return `BLOCK: ${blocking.length} blocking gate${blocking.length === 1 ? "" : "s"} failed (${blocking.map((gate) => gate.gate.name).join("; ")}).`;
  }
  const passed = gates.filter((gate) => gate.status === "pass").length;
  return `DEPLOY: ${passed} of ${gates.length} gates passed${warned.length > 0 ? `, ${warned.length} warning${warned.length === 1 ? "" : "s"} (${warned.map((gate) => gate.gate.name).join("; ")})` : ""}.`;
}
__name(headline, "headline");
function displayPath(file) {
  const relative = path4.relative(process.cwd(), file);
  return relative.startsWith("..") || path4.isAbsolute(relative) ? file : relative;
}
__name(displayPath, "displayPath");

export {
  writeTextPieces,
  createLocalBaselineStore,
  configHash,
  createModelSource,
  runEvaluation,
  displayPath
};
