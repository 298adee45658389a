import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  isImportFormat
} from "./chunk-3VA3RSOF.js";
import {
  ProblemList,
  actionLabel,
  assignIds,
  bedrockItems,
  category,
  expectedText,
  explicitId,
  isRecord,
  metadata,
  readValidJsonLines,
  requiredText,
  wilsonInterval
} from "./chunk-OW4ZRGGN.js";
import {
  builtinMetric,
  describeValue,
  displayPath,
  elementOffsets,
  findJsonSyntaxError,
  memberValueOffset,
  readJsonArray,
  readJsonLines,
  readTextFile,
  skipWhitespace
} from "./chunk-2ZSTHQWL.js";
import {
  sha256Hex,
  stableStringify
} from "./chunk-P2PIV36V.js";
import {
  UserError,
  UserErrors
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

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

export {
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
