import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  DEFAULT_JUDGE_METRICS,
  DEFAULT_PRICES,
  LineIndex,
  builtinMetric,
  builtinMetricNames,
  decodeUtf8,
  describeUtf8Fault,
  findJsonSyntaxError,
  findPrice,
  require_ajv
} from "./chunk-2ZSTHQWL.js";
import {
  DEFAULT_JUDGE_CIRCUIT_BREAKER
} from "./chunk-P2PIV36V.js";
import {
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

// src/judge/config.ts
import path2 from "node:path";

// src/judge/custom-metrics.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFileSync } from "node:fs";
import path from "node:path";
var TEMPLATE_VARIABLES = ["prompt", "prediction", "ground_truth"];
var definitionSchema = {
  type: "object",
  required: ["instructions"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, maxLength: 63, pattern: "^[0-9a-zA-Z_.-]+$" },
    metricName: { type: "string", minLength: 1, maxLength: 63, pattern: "^[0-9a-zA-Z_.-]+$" },
    instructions: { type: "string", minLength: 1, maxLength: 5e3 },
    ratingScale: {
      type: "array",
      minItems: 1,
      maxItems: 10,
      items: {
        type: "object",
        required: ["definition", "value"],
        additionalProperties: false,
        properties: {
          definition: { type: "string", minLength: 1, maxLength: 100 },
          value: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            maxProperties: 1,
            properties: {
              floatValue: { type: "number" },
              stringValue: { type: "string", minLength: 1, maxLength: 100 }
            }
          }
        }
      }
    }
  }
};
var entrySchema = {
  type: "object",
  required: ["customMetricDefinition"],
  additionalProperties: false,
  properties: { customMetricDefinition: definitionSchema }
};
var compiledEntry;
var entryValidator = /* @__PURE__ */ __name(() => compiledEntry ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(entrySchema), "entryValidator");
function renderPointer(prefix, pointer) {
  const parts = pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  return parts.reduce(
    (text, part) => /^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    prefix
  );
}
__name(renderPointer, "renderPointer");
function ajvMessage(error) {
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `missing required key "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `unknown key "${String(params.additionalProperty)}"`;
    case "minProperties":
    case "maxProperties":
      return "must hold exactly one of floatValue or stringValue";
    default:
      return error.message ?? "is invalid";
  }
}
__name(ajvMessage, "ajvMessage");
var NA_DEFINITION = /^\s*(?:n\s*\/\s*a\b|not\s+applicable\b)/i;
function entriesOf(data) {
  if (Array.isArray(data)) return data.map((entry, index) => ({ entry, key: `[${index}]` }));
  if (data !== null && typeof data === "object") {
    const record = data;
    if (Array.isArray(record.customMetrics)) {
      return record.customMetrics.map((entry, index) => ({ entry, key: `customMetrics[${index}]` }));
    }
    return [{ entry: data, key: "" }];
  }
  return 'must be a JSON object {"customMetricDefinition": {...}}, an array of them, or {"customMetrics": [...]}';
}
__name(entriesOf, "entriesOf");
function snakeName(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").replace(/^(\d)/, "m_$1");
}
__name(snakeName, "snakeName");
function loadCustomMetrics(files, baseDir) {
  const metrics = [];
  const problems = [];
  for (const relative of files) {
    const file = path.resolve(baseDir, relative);
    const report = /* @__PURE__ */ __name((key, message) => problems.push({ file: relative, key, message }), "report");
    const read = readJson(file);
    if (!read.ok) {
      report("", read.problem);
      continue;
    }
    const data = read.value;
    const entries = entriesOf(data);
    if (typeof entries === "string") {
      report("", entries);
      continue;
    }
    if (entries.length === 0) report("", "holds no metric");
    for (const { entry, key } of entries) {
      const metric = checkEntry(entry, key, relative, report);
      if (metric) metrics.push(metric);
    }
  }
  return { metrics, problems };
}
__name(loadCustomMetrics, "loadCustomMetrics");
function readJson(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error.code;
    return { ok: false, problem: `cannot read the file (${code ?? String(error)})` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problem: `not UTF-8 text: ${describeUtf8Fault(decoded.fault)}` };
  const text = decoded.text;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const lines = new LineIndex(text);
    const where = /* @__PURE__ */ __name((offset) => `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`, "where");
    const problem = findJsonSyntaxError(text, where);
    return {
      ok: false,
      problem: problem ? `not valid JSON at ${where(problem.offset)}: ${problem.message}` : `not valid JSON: ${error.message}`
    };
  }
}
__name(readJson, "readJson");
function checkEntry(entry, key, relative, report) {
  let ok = true;
  const validateEntry = entryValidator();
  if (!validateEntry(entry)) {
    for (const error of validateEntry.errors ?? []) {
      const at3 = error.keyword === "additionalProperties" ? renderPointer(key, `${error.instancePath}/${String(error.params.additionalProperty)}`) : renderPointer(key, error.instancePath);
      report(at3 || "(top level)", ajvMessage(error));
    }
    ok = false;
  }
  if (entry === null || typeof entry !== "object") return void 0;
  const definition = entry.customMetricDefinition;
  if (definition === null || typeof definition !== "object") return void 0;
  const raw = definition;
  const at2 = /* @__PURE__ */ __name((suffix) => renderPointer(key, `/customMetricDefinition${suffix}`), "at");
  const name = typeof raw.name === "string" ? raw.name : typeof raw.metricName === "string" ? raw.metricName : "";
  if (raw.name === void 0 && raw.metricName === void 0) {
    report(at2(""), 'missing required key "name"');
    ok = false;
  }
  if (typeof raw.name === "string" && typeof raw.metricName === "string" && raw.name !== raw.metricName) {
    report(at2("/metricName"), `"metricName" (${raw.metricName}) differs from "name" (${raw.name}); keep one`);
    ok = false;
  }
  const instructions = typeof raw.instructions === "string" ? raw.instructions : "";
  if (instructions) {
    const used = [...instructions.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((match) => match[1] ?? "");
    for (const variable of used) {
      if (!TEMPLATE_VARIABLES.includes(variable)) {
        report(
          at2("/instructions"),
          `unknown variable {{${variable}}}; the variables are {{prompt}}, {{prediction}} and {{ground_truth}}`
        );
        ok = false;
      }
    }
    if (!used.includes("prediction")) {
      report(
        at2("/instructions"),
        "must contain {{prediction}}, or the judge never sees the answer it grades"
      );
      ok = false;
    }
  }
  const scale = Array.isArray(raw.ratingScale) ? raw.ratingScale : void 0;
  if (raw.ratingScale === void 0) {
    report(at2(""), "has no ratingScale: evalgate needs one to turn the judge's answer into a score");
    ok = false;
  }
  const levels = [];
  if (scale) {
    const kinds = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Map();
    scale.forEach((level, index) => {
      if (level === null || typeof level !== "object") return;
      const value = level.value;
      const definitionText = level.definition;
      if (!value || typeof value !== "object" || typeof definitionText !== "string") return;
      const float = typeof value.floatValue === "number" ? value.floatValue : void 0;
      const text = typeof value.stringValue === "string" ? value.stringValue : void 0;
      const chosen = float ?? text;
      if (chosen === void 0 || float !== void 0 && text !== void 0) return;
      const na = NA_DEFINITION.test(definitionText) || text !== void 0 && NA_DEFINITION.test(text);
      if (!na) kinds.add(float !== void 0 ? "floatValue" : "stringValue");
      const identity = JSON.stringify(chosen);
      const previous = seen.get(identity);
      if (previous !== void 0) {
        report(
          at2(`/ratingScale/${index}/value`),
          `repeats the value ${identity} of ratingScale[${previous}]`
        );
        ok = false;
      }
      seen.set(identity, index);
      levels.push({ value: chosen, definition: definitionText, na, normalized: null });
    });
    if (kinds.size > 1) {
      report(at2("/ratingScale"), "mixes floatValue and stringValue levels; use one kind per scale");
      ok = false;
    }
    const scored2 = levels.filter((level) => !level.na);
    if (scale.length > 0 && scored2.length < 2) {
      report(at2("/ratingScale"), "needs at least two levels that are not N/A");
      ok = false;
    }
    if (levels.filter((level) => level.na).length > 1) {
      report(at2("/ratingScale"), "has more than one N/A level");
      ok = false;
    }
  }
  if (!ok) return void 0;
  const scored = levels.filter((level) => !level.na);
  if (scored.every((level) => typeof level.value === "number")) {
    const values = scored.map((level) => level.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    for (const level of scored) level.normalized = (level.value - min) / (max - min);
  } else {
    scored.forEach((level, index) => level.normalized = index / (scored.length - 1));
  }
  const snake = snakeName(name);
  const binary = scored.length === 2;
  return {
    name: snake,
    displayName: name,
    source: "custom",
    file: relative,
    instructions,
    levels,
    allowNa: levels.some((level) => level.na),
    kind: binary ? "binary" : "continuous",
    higherIsBetter: true,
    scoreName: `judge_${snake}`,
    aggregateName: binary ? `judge_${snake}_rate` : void 0,
    agreementLevel: binary || scored.some((level) => typeof level.value === "string") ? "nominal" : "ordinal",
    onModelError: "fail"
  };
}
__name(checkEntry, "checkEntry");

// src/judge/config.ts
var at = /* @__PURE__ */ __name((...keys) => ["judge", ...keys], "at");
var DEFAULT_PAIRWISE_CRITERION = "Which response better serves the person who wrote the prompt: correct, complete, follows the instructions, clear and no longer than needed.";
function normalizeJudgeConfig(value, baseDir, problem, topLevelPrices = {}) {
  if (value === void 0 || value === null) return void 0;
  const raw = obj(value);
  const { single, models } = judgeModels(raw, problem);
  const { metrics, metricNames, customFiles } = judgeMetrics(raw, baseDir, problem);
  const pairwise = pairwiseConfig(raw, baseDir, problem);
  if (metrics.length === 0 && !pairwise && metricNames.length === 0 && customFiles.length === 0) {
    problem(
      at("metrics"),
      "the judge has nothing to judge.",
      "List judge metrics, custom metrics, or add `pairwise:`."
    );
  }
  const prices = judgePrices(raw, topLevelPrices, models, single !== void 0, problem);
  const sampleSeed = str(raw["sample-seed"]) ?? "judge-v1";
  return {
    endpoint: {
      baseUrl: str(raw["base-url"]) ?? "",
      apiKeyEnv: str(raw["api-key-env"]) ?? "OPENAI_API_KEY",
      headers: raw.headers,
      temperature: num(raw.temperature) ?? 0,
      seed: num(raw.seed),
      timeoutMs: num(raw["timeout-ms"]) ?? 6e4,
      maxRetries: num(raw["max-retries"]) ?? 3,
      circuitBreaker: num(raw["circuit-breaker"]) ?? DEFAULT_JUDGE_CIRCUIT_BREAKER,
      concurrency: num(raw.concurrency) ?? 4,
      maxTokens: num(raw["max-tokens"]) ?? 512,
      structuredOutput: str(raw["structured-output"]) ?? "auto"
    },
    models,
    aggregate: str(raw.aggregate) ?? "mean",
    sampling: {
      rate: num(raw["sample-rate"]) ?? 0.1,
      minSample: num(raw["min-sample"]) ?? 10,
      seed: sampleSeed,
      includeFailed: raw["include-failed"] === true,
      judgeAll: raw["judge-all"] === true,
      minPerCategory: num(raw["min-per-category"]) ?? 0
    },
    budgetUsd: num(raw["budget-usd"]) ?? 2,
    expectedOutputTokens: num(raw["expected-output-tokens"]) ?? 200,
    maxErrorRate: num(raw["max-error-rate"]) ?? 0.1,
    maxNaRate: num(raw["max-na-rate"]) ?? 0.8,
    alertBelow: num(raw["alert-below"]) ?? 0.5,
    metrics,
    pairwise,
    prices
  };
}
__name(normalizeJudgeConfig, "normalizeJudgeConfig");
function judgeModels(raw, problem) {
  const single = str(raw.model);
  const panel = Array.isArray(raw.models) ? raw.models.filter((m) => typeof m === "string") : [];
  if (single !== void 0 && panel.length > 0) {
    problem(
      at("models"),
      "both `model` and `models` are set.",
      "Keep `model` for one judge, or `models` for a panel."
    );
  }
  if (single === void 0 && panel.length === 0) {
    problem(at(), "the judge has no model.", "Add `model: <name>` (or `models: [a, b]` for a panel).");
  }
  const models = single !== void 0 ? [single] : panel;
  return { single, models };
}
__name(judgeModels, "judgeModels");
function judgeMetrics(raw, baseDir, problem) {
  const metrics = [];
  const metricNames = Array.isArray(raw.metrics) ? raw.metrics.filter((m) => typeof m === "string") : raw["custom-metrics"] !== void 0 || raw.pairwise !== void 0 ? [] : [...DEFAULT_JUDGE_METRICS];
  metricNames.forEach((name, index) => {
    const metric = builtinMetric(name);
    if (!metric) {
      problem(
        at("metrics", index),
        `unknown judge metric "${name}".`,
        `Built-in metrics: ${builtinMetricNames().join(", ")}. For your own, write a Bedrock customMetricDefinition file and list it under judge.custom-metrics.`
      );
      return;
    }
    metrics.push(metric);
  });
  const customFiles = Array.isArray(raw["custom-metrics"]) ? raw["custom-metrics"].filter((f) => typeof f === "string") : [];
  const custom = loadCustomMetrics(customFiles, baseDir);
  for (const found of custom.problems) {
    const index = customFiles.indexOf(found.file);
    problem(
      at("custom-metrics", Math.max(0, index)),
      `custom metric file ${found.file}${found.key ? `, ${found.key}` : ""}: ${found.message}.`
    );
  }
  metrics.push(...custom.metrics);
  const seen = /* @__PURE__ */ new Map();
  for (const metric of metrics) {
    const previous = seen.get(metric.name);
    if (previous) {
      problem(
        at(metric.source === "custom" ? "custom-metrics" : "metrics"),
        `two judge metrics are named "${metric.name}" (${describe(previous)} and ${describe(metric)}).`,
        "Rename the custom metric, or list the metric once."
      );
    }
    seen.set(metric.name, metric);
  }
  return { metrics, metricNames, customFiles };
}
__name(judgeMetrics, "judgeMetrics");
function pairwiseConfig(raw, baseDir, problem) {
  if (raw.pairwise === void 0) return void 0;
  const pw = obj(raw.pairwise);
  const against = str(pw.against) ?? (str(pw.reference) ? "reference" : "baseline");
  const reference = str(pw.reference);
  if (against === "reference" && !reference) {
    problem(
      at("pairwise"),
      "pairwise against a reference needs the reference answers.",
      "Add `reference: <file.jsonl>` ({id, response} per line)."
    );
  }
  if (against === "baseline" && reference) {
    problem(
      at("pairwise", "reference"),
      "`reference` is set but `against` is baseline.",
      "Set `against: reference`, or remove `reference`."
    );
  }
  return {
    against,
    referencePath: reference ? path2.resolve(baseDir, reference) : void 0,
    criterion: str(pw.criterion) ?? DEFAULT_PAIRWISE_CRITERION
  };
}
__name(pairwiseConfig, "pairwiseConfig");
function judgePrices(raw, topLevelPrices, models, single, problem) {
  const prices = {
    ...DEFAULT_PRICES,
    ...topLevelPrices,
    ...obj(raw.prices)
  };
  for (const model of models) {
    if (!findPrice(prices, model)) {
      problem(
        at(single ? "model" : "models"),
        `no price is known for the judge model "${model}", so the judge budget cannot be enforced.`,
        `Add it under judge.prices, e.g. \`prices: {"${model}": {input: 0.15, output: 0.6}}\` (USD per million tokens; 0 for a free local model).`
      );
    }
  }
  return prices;
}
__name(judgePrices, "judgePrices");
function describe(metric) {
  return metric.source === "custom" ? `custom metric "${metric.displayName}" in ${metric.file}` : `built-in ${metric.displayName}`;
}
__name(describe, "describe");
function obj(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
__name(obj, "obj");
function str(value) {
  return typeof value === "string" ? value : void 0;
}
__name(str, "str");
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
__name(num, "num");

export {
  normalizeJudgeConfig
};
