import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-MRUJQ4A3.js";
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
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

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
