import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  ProblemList,
  checkAlpha,
  checkLevel,
  chiSquareSf,
  formatMetricValue,
  isRecord,
  meetsThreshold,
  newcombeBounds,
  normalCdf,
  normalQuantile,
  normalSf,
  pValueByInversion,
  readBedrockRecords,
  readValidJsonLines,
  tCdf,
  tQuantile,
  tSf,
  twoProportionZTest,
  unboundedInterval,
  wilsonBounds,
  zForLevel
} from "./chunk-OW4ZRGGN.js";
import {
  describeValue,
  displayPath,
  judgeMetricSpec,
  readJsonArray,
  readJsonLines,
  readTextFile,
  skipWhitespace,
  truncate
} from "./chunk-2ZSTHQWL.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/judge/gates.ts
function applyJudgeAdvice(result, advice) {
  if (!advice) return result;
  const gate = result.gate;
  const effect = gate.severity === "blocking" ? "block" : "warn";
  const show = /* @__PURE__ */ __name((value) => value === null ? "no value" : result.metric ? formatMetricValue(result.metric, value) : String(value), "show");
  if (advice.inconclusiveMetrics.has(gate.metric)) {
    return {
      ...result,
      status: "inconclusive",
      effect,
      explanation: `${gate.metric} is INCONCLUSIVE: the LLM judge could not establish it (too many judge errors, N/A answers or items unjudged for budget; see the judge section), so the gate cannot pass${result.metric ? ` (measured on what was judged: ${show(result.metric.value)}, n=${result.metric.n})` : ""}.`
    };
  }
  const bounds = advice.worstCase.get(gate.metric);
  if (gate.type === "threshold" && result.status === "pass" && bounds) {
    const extremes = gate.op === ">" || gate.op === ">=" ? [bounds.low] : gate.op === "<" || gate.op === "<=" ? [bounds.high] : [bounds.low, bounds.high];
    const failing = extremes.find((value) => !meetsThreshold[gate.op](value, gate.threshold));
    if (failing !== void 0) {
      return {
        ...result,
        status: "inconclusive",
        effect,
        explanation: `${result.explanation} But ${bounds.missing} sampled item${bounds.missing === 1 ? " has" : "s have"} no usable judge answer (judge errors or budget): with ${bounds.missing === 1 ? "it" : "them"} at ${failing === bounds.low ? "the lowest" : "the highest"} score, ${gate.metric} would be ${show(failing)}, which fails ${gate.op} ${show(
          gate.threshold
        )}; the gate cannot pass on missing answers.`
      };
    }
  }
  if (gate.type === "regression" && result.status === "pass" && bounds) {
    return {
      ...result,
      status: "inconclusive",
      effect: gate.onInconclusive === "pass" ? "none" : gate.onInconclusive === "warn" ? "warn" : effect,
      explanation: `${result.explanation} But ${bounds.missing} sampled item${bounds.missing === 1 ? " has" : "s have"} no usable judge answer (judge errors or budget), so the comparison cannot rule out a regression on ${bounds.missing === 1 ? "it" : "them"} (on-inconclusive: ${gate.onInconclusive}).`
    };
  }
  return result;
}
__name(applyJudgeAdvice, "applyJudgeAdvice");

// src/judge/specs.ts
var PAIRWISE_SPECS = {
  win: {
    name: "judge_pairwise_win",
    aggregateName: "win_rate",
    kind: "binary",
    higherIsBetter: true,
    description: "LLM judge, pairwise: share of sampled items where the answer beat the other one in both orders.",
    onError: "exclude"
  },
  loss: {
    name: "judge_pairwise_loss",
    aggregateName: "loss_rate",
    kind: "binary",
    higherIsBetter: false,
    description: "LLM judge, pairwise: share of sampled items where the other answer won in both orders.",
    onError: "exclude"
  },
  tie: {
    name: "judge_pairwise_tie",
    aggregateName: "tie_rate",
    kind: "binary",
    higherIsBetter: false,
    description: "LLM judge, pairwise: share of ties (including the two orders disagreeing).",
    onError: "exclude"
  }
};
function judgeMetricSpecs(config) {
  if (!config) return [];
  const specs = config.metrics.map(judgeMetricSpec);
  if (config.pairwise) specs.push(...Object.values(PAIRWISE_SPECS).map((spec) => ({ ...spec })));
  return specs;
}
__name(judgeMetricSpecs, "judgeMetricSpecs");

// src/judge/stage/skipped.ts
function emptyAdvice() {
  return { inconclusiveMetrics: /* @__PURE__ */ new Set(), worstCase: /* @__PURE__ */ new Map() };
}
__name(emptyAdvice, "emptyAdvice");
function skippedJudge(reason) {
  const advice = emptyAdvice();
  return {
    report: { status: "skipped", reason },
    inconclusiveMetrics: advice.inconclusiveMetrics,
    advice,
    additions: []
  };
}
__name(skippedJudge, "skippedJudge");

// src/model/responses-file.ts
import path from "node:path";
function promptKey(prompt) {
  return prompt.replace(/\r\n?/g, "\n").trim();
}
__name(promptKey, "promptKey");
async function loadResponses(config, baseDir) {
  const fast = await loadValidJsonLines(config, baseDir);
  if (fast !== void 0) return fast;
  const file = await readTextFile(config.path, baseDir, "responses", "responses.path");
  return parseResponses(file, config);
}
__name(loadResponses, "loadResponses");
async function loadValidJsonLines(config, baseDir) {
  if (config.format === "bedrock") return void 0;
  const absolute = path.resolve(baseDir, config.path);
  const display = displayPath(absolute);
  const problems = new ProblemList(display);
  const answers = new AnswerCollector(display, "jsonl", config, problems);
  const hash = await readValidJsonLines(absolute, {
    accepts: /* @__PURE__ */ __name((first) => formatOf(first) === "jsonl", "accepts"),
    add: /* @__PURE__ */ __name(({ value, line }) => readKeyedRecord(value, line, config.fields, problems, answers), "add")
  });
  if (hash === void 0) return void 0;
  problems.throwIfAny();
  return answers.table(hash);
}
__name(loadValidJsonLines, "loadValidJsonLines");
function parseResponses(file, config) {
  const problems = new ProblemList(file.display);
  const startsArray = file.text[skipWhitespace(file.text, 0)] === "[";
  const records = startsArray ? readJsonArray(file, problems) : readJsonLines(file, problems);
  const format = config.format === "auto" ? detectFormat(records) : config.format;
  const answers = new AnswerCollector(file.display, format, config, problems);
  if (format === "bedrock") {
    for (const record of readBedrockRecords(records, problems)) {
      answers.add(promptKey(record.prompt), record.response, record.line);
    }
  } else {
    for (const { value, line } of records) readKeyedRecord(value, line, config.fields, problems, answers);
  }
  problems.throwIfAny();
  return answers.table(file.hash);
}
__name(parseResponses, "parseResponses");
var AnswerCollector = class {
  constructor(display, format, config, problems) {
    this.display = display;
    this.format = format;
    this.config = config;
    this.problems = problems;
  }
  display;
  format;
  config;
  problems;
  static {
    __name(this, "AnswerCollector");
  }
  responses = /* @__PURE__ */ new Map();
  duplicates = [];
  add(key, response, line) {
    const kept = this.responses.get(key);
    if (kept === void 0) {
      this.responses.set(key, { response, line });
      return;
    }
    const differs = kept.response !== response;
    if (this.config.onDuplicate === "first") {
      this.duplicates.push({ id: key, line, keptLine: kept.line, differs });
      return;
    }
    const { display, format } = this;
    const noun = format === "bedrock" ? "prompt" : "id";
    this.problems.add(
      `${display}:${kept.line} and ${display}:${line} both have ${noun} ${JSON.stringify(truncate(key, 80))} (${differs ? "with different answers" : "with the same answer"}).`,
      {
        line,
        key: format === "bedrock" ? "prompt" : this.config.fields.id,
        fix: "Remove the repeated line, or set responses.on-duplicate to first to keep the first answer of each (the report lists the others)."
      }
    );
  }
  table(hash) {
    return {
      file: this.display,
      format: this.format,
      keyedBy: this.format === "bedrock" ? "prompt" : "id",
      responses: this.responses,
      duplicates: this.duplicates,
      hash
    };
  }
};
function detectFormat(records) {
  const first = records.find((record) => isRecord(record.value))?.value;
  return first === void 0 ? "jsonl" : formatOf(first);
}
__name(detectFormat, "detectFormat");
function formatOf(first) {
  return "modelResponses" in first && "prompt" in first ? "bedrock" : "jsonl";
}
__name(formatOf, "formatOf");
function readKeyedRecord(value, line, fields, problems, answers) {
  if (!isRecord(value)) {
    problems.add(`expected an object, found ${describeValue(value)}.`, {
      line,
      fix: `Write each line as {"${fields.id}": "...", "${fields.response}": "..."}.`
    });
    return;
  }
  const key = answerKey(value, line, fields, problems);
  const response = answerText(value, line, fields, problems);
  if (key !== void 0 && response !== void 0) answers.add(key, response, line);
}
__name(readKeyedRecord, "readKeyedRecord");
function answerKey(record, line, fields, problems) {
  const rawId = record[fields.id];
  if (rawId === void 0) {
    problems.add(`missing "${fields.id}" (the record has ${fieldList(record) || "no fields"}).`, {
      line,
      key: fields.id,
      fix: "modelResponses" in record ? "This line looks like a Bedrock record: set responses.format to bedrock." : "Give every answer the id of its dataset item, or set responses.fields.id to the field that holds it."
    });
    return void 0;
  }
  if (typeof rawId === "number" && Number.isFinite(rawId)) return String(rawId);
  if (typeof rawId === "string" && rawId.trim() !== "") return rawId;
  problems.add(`must be a non-empty string or a number, found ${describeValue(rawId)}.`, {
    line,
    key: fields.id,
    fix: "Give every answer the id of its dataset item."
  });
  return void 0;
}
__name(answerKey, "answerKey");
function answerText(record, line, fields, problems) {
  const rawResponse = record[fields.response];
  if (rawResponse === void 0) {
    problems.add(`missing "${fields.response}" (the record has ${fieldList(record) || "no fields"}).`, {
      line,
      key: fields.response,
      fix: `Write the answer there (null when none was recorded), or set responses.fields.response to the field that holds it.`
    });
    return void 0;
  }
  if (rawResponse === null || typeof rawResponse === "string") return rawResponse;
  if (typeof rawResponse === "number" || typeof rawResponse === "boolean") return String(rawResponse);
  problems.add(`must be a string or null, found ${describeValue(rawResponse)}.`, {
    line,
    key: fields.response,
    fix: `Write the model's answer exactly as it was returned, as a string (JSON answers too: "{\\"action\\": ...}").`
  });
  return void 0;
}
__name(answerText, "answerText");
function fieldList(record) {
  return Object.keys(record).map((key) => `"${key}"`).join(", ");
}
__name(fieldList, "fieldList");

// src/stats/descriptive.ts
function mean(values) {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  const first = sum / values.length;
  let correction = 0;
  for (const value of values) correction += value - first;
  return first + correction / values.length;
}
__name(mean, "mean");
function variance(values) {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let squares = 0;
  let sum = 0;
  for (const value of values) {
    const deviation = value - m;
    squares += deviation * deviation;
    sum += deviation;
  }
  return Math.max(0, (squares - sum * sum / n) / (n - 1));
}
__name(variance, "variance");
function standardDeviation(values) {
  return Math.sqrt(variance(values));
}
__name(standardDeviation, "standardDeviation");
function quantile(values, q) {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    q
  );
}
__name(quantile, "quantile");
function quantileSorted(sorted, q) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${q}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex];
  if (lowIndex >= n - 1) return sorted[n - 1];
  const high = sorted[lowIndex + 1];
  return low + (h - lowIndex) * (high - low);
}
__name(quantileSorted, "quantileSorted");
function median(values) {
  return quantile(values, 0.5);
}
__name(median, "median");
function tInterval(estimate, se, df, level, method = "t") {
  checkLevel(level);
  if (!(df > 0) || Number.isNaN(se) || Number.isNaN(estimate))
    return unboundedInterval(estimate, level, method);
  if (se === 0) return { estimate, lower: estimate, upper: estimate, level, method };
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, lower: estimate - half, upper: estimate + half, level, method };
}
__name(tInterval, "tInterval");
function summarize(values) {
  const n = values.length;
  const sd = standardDeviation(values);
  return { n, mean: mean(values), sd, se: sd / Math.sqrt(n) };
}
__name(summarize, "summarize");
function meanInterval(values, level = 0.95) {
  const summary = summarize(values);
  const df = summary.n - 1;
  return { ...summary, df, ...tInterval(summary.mean, summary.se, df, level, "t") };
}
__name(meanInterval, "meanInterval");

// src/stats/cluster.ts
function clusterSums(values, clusters) {
  if (clusters && clusters.length !== values.length) {
    throw new RangeError(`cluster keys (${clusters.length}) must match the values (${values.length})`);
  }
  const slotOf = /* @__PURE__ */ new Map();
  const sums = [];
  const sizes = [];
  values.forEach((value, i) => {
    const key = clusters?.[i];
    let slot = key === void 0 ? void 0 : slotOf.get(key);
    if (slot === void 0) {
      slot = sums.length;
      sums.push(0);
      sizes.push(0);
      if (key !== void 0) slotOf.set(key, slot);
    }
    sums[slot] += value;
    sizes[slot] += 1;
  });
  return { sums: Float64Array.from(sums), sizes: Float64Array.from(sizes), n: values.length };
}
__name(clusterSums, "clusterSums");
function clusteredMean(values, clusters) {
  const grouped = clusterSums(values, clusters);
  const n = grouped.n;
  const count = grouped.sums.length;
  if (n === 0) {
    return { n, clusters: 0, mean: NaN, se: NaN, seIndependent: NaN, designEffect: NaN, df: NaN };
  }
  let total = 0;
  for (const value of values) total += value;
  const mean2 = total / n;
  let squares = 0;
  for (const value of values) squares += (value - mean2) ** 2;
  let clusterSquares = 0;
  for (let c = 0; c < count; c++) clusterSquares += (grouped.sums[c] - grouped.sizes[c] * mean2) ** 2;
  const seIndependent = n > 1 ? Math.sqrt(squares / (n - 1) / n) : NaN;
  const se = count > 1 ? Math.sqrt(count / (count - 1) * clusterSquares) / n : NaN;
  const designEffect = seIndependent > 0 ? se * se / (seIndependent * seIndependent) : NaN;
  return { n, clusters: count, mean: mean2, se, seIndependent, designEffect, df: count - 1 };
}
__name(clusteredMean, "clusteredMean");
function hasSharedClusters(clusters) {
  if (!clusters) return false;
  const seen = /* @__PURE__ */ new Set();
  for (const key of clusters) {
    if (key === void 0) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
__name(hasSharedClusters, "hasSharedClusters");
function describeClustering(clusters, designEffect) {
  const effect = Number.isFinite(designEffect) ? designEffect.toFixed(2) : "n/a";
  return `clustered by scenario: ${clusters} clusters, design effect ${effect}`;
}
__name(describeClustering, "describeClustering");

// src/stats/noninferiority.ts
function threeZoneDecision(interval, margin) {
  if (!(margin > 0 && Number.isFinite(margin)))
    throw new RangeError(`margin must be a positive number, got ${margin}`);
  const { lower, upper } = interval;
  const zone = lower > -margin ? "pass" : upper < -margin ? "fail" : "inconclusive";
  return { zone, significantDecrease: upper < 0, significantImprovement: lower > 0 };
}
__name(threeZoneDecision, "threeZoneDecision");

// src/stats/binomial.ts
function checkArguments(k, m) {
  if (!(Number.isInteger(m) && m >= 0)) throw new RangeError(`m must be a non-negative integer, got ${m}`);
  if (!Number.isInteger(k)) throw new RangeError(`k must be an integer, got ${k}`);
}
__name(checkArguments, "checkArguments");
var TWO_POW_512 = 2 ** 512;
function scaledChoose(m, k) {
  const j = Math.min(k, m - k);
  let value = 1;
  let exponent = -m;
  for (let i = 1; i <= j; i++) {
    value *= (m - j + i) / i;
    if (value > TWO_POW_512) {
      value /= TWO_POW_512;
      exponent += 512;
    }
  }
  while (exponent < -512 && value > 0) {
    value /= TWO_POW_512;
    exponent += 512;
  }
  return value * 2 ** exponent;
}
__name(scaledChoose, "scaledChoose");
function halfBinomialPmf(k, m) {
  checkArguments(k, m);
  if (k < 0 || k > m) return 0;
  return scaledChoose(m, k);
}
__name(halfBinomialPmf, "halfBinomialPmf");
function lowerTail(k, m) {
  let term = 1;
  let sum = 1;
  for (let i = k; i >= 1; i--) {
    term *= i / (m - i + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum * scaledChoose(m, k));
}
__name(lowerTail, "lowerTail");
function halfBinomialCdf(k, m) {
  checkArguments(k, m);
  if (k < 0) return 0;
  if (k >= m) return 1;
  if (2 * k <= m) return lowerTail(k, m);
  return 1 - lowerTail(m - k - 1, m);
}
__name(halfBinomialCdf, "halfBinomialCdf");
function halfBinomialSf(k, m) {
  checkArguments(k, m);
  return halfBinomialCdf(m - k, m);
}
__name(halfBinomialSf, "halfBinomialSf");

// src/stats/pairs.ts
function pairValues(base, next) {
  checkPairedLengths(base, next);
  const kept = { base: [], next: [], dropped: noDroppedPairs() };
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const n = next[i];
    if (b === null || b === void 0 || n === null || n === void 0) {
      countDropped(kept.dropped, b, n);
      continue;
    }
    checkFinitePair(b, n, i);
    kept.base.push(b);
    kept.next.push(n);
  }
  return kept;
}
__name(pairValues, "pairValues");
function checkPairedLengths(base, next) {
  if (base.length !== next.length) {
    throw new RangeError(`paired arrays must have the same length (base ${base.length}, new ${next.length})`);
  }
}
__name(checkPairedLengths, "checkPairedLengths");
var noDroppedPairs = /* @__PURE__ */ __name(() => ({ total: 0, baseOnly: 0, newOnly: 0, both: 0 }), "noDroppedPairs");
function countDropped(dropped, base, next) {
  const baseMissing = base === null || base === void 0;
  const newMissing = next === null || next === void 0;
  dropped.total++;
  if (baseMissing && newMissing) dropped.both++;
  else if (baseMissing) dropped.baseOnly++;
  else dropped.newOnly++;
}
__name(countDropped, "countDropped");
function checkFinitePair(base, next, index) {
  if (!Number.isFinite(base) || !Number.isFinite(next)) {
    throw new RangeError(`paired values must be finite numbers (item ${index}: base ${base}, new ${next})`);
  }
}
__name(checkFinitePair, "checkFinitePair");

// src/stats/paired-binary.ts
var SMALL_DISCORDANT_COUNT = 25;
function checkTable(table) {
  for (const key of ["a", "b", "c", "d"]) {
    const value = table[key];
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
  }
  return table.a + table.b + table.c + table.d;
}
__name(checkTable, "checkTable");
function pairedBinaryTable(base, next) {
  checkPairedLengths(base, next);
  const dropped = noDroppedPairs();
  const table = { a: 0, b: 0, c: 0, d: 0 };
  let notBinary;
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const n = next[i];
    if (b === null || b === void 0 || n === null || n === void 0) {
      countDropped(dropped, b, n);
      continue;
    }
    checkFinitePair(b, n, i);
    if (b === 1 && n === 1) table.a++;
    else if (b === 1 && n === 0) table.b++;
    else if (b === 0 && n === 1) table.c++;
    else if (b === 0 && n === 0) table.d++;
    else notBinary ??= `binary outcomes must be 0 or 1 (got base ${b}, new ${n})`;
  }
  if (notBinary !== void 0) throw new RangeError(notBinary);
  return { ...table, n: table.a + table.b + table.c + table.d, dropped };
}
__name(pairedBinaryTable, "pairedBinaryTable");
function mcnemarTest(b, c) {
  checkTable({ a: 0, b, c, d: 0 });
  const m = b + c;
  if (m === 0) {
    return {
      b,
      c,
      discordant: 0,
      exactTwoSidedP: 1,
      midP: 1,
      pNewWorse: 1,
      pNewBetter: 1,
      chi2: 0,
      chi2P: 1,
      chi2Corrected: 0,
      chi2CorrectedP: 1
    };
  }
  const k = Math.min(b, c);
  const lowerTail2 = halfBinomialCdf(k, m);
  const chi2 = (b - c) * (b - c) / m;
  const corrected = Math.max(0, Math.abs(b - c) - 1) ** 2 / m;
  return {
    b,
    c,
    discordant: m,
    exactTwoSidedP: Math.min(1, 2 * lowerTail2),
    midP: Math.min(1, 2 * (lowerTail2 - halfBinomialPmf(k, m) / 2)),
    pNewWorse: halfBinomialSf(b, m),
    pNewBetter: halfBinomialSf(c, m),
    chi2,
    chi2P: chiSquareSf(chi2, 1),
    chi2Corrected: corrected,
    chi2CorrectedP: chiSquareSf(corrected, 1)
  };
}
__name(mcnemarTest, "mcnemarTest");
function pairedDifferenceSe(table) {
  const n = checkTable(table);
  if (n === 0) return NaN;
  const { b, c } = table;
  return Math.sqrt(Math.max(0, b + c - (c - b) * (c - b) / n)) / n;
}
__name(pairedDifferenceSe, "pairedDifferenceSe");
function waldBounds(table, z) {
  const n = checkTable(table);
  if (n === 0) return { lower: -1, upper: 1 };
  const estimate = (table.c - table.b) / n;
  const half = z * pairedDifferenceSe(table);
  return { lower: Math.max(-1, estimate - half), upper: Math.min(1, estimate + half) };
}
__name(waldBounds, "waldBounds");
function newcombePairedBounds(table, z) {
  const n = checkTable(table);
  if (n === 0) return { lower: -1, upper: 1 };
  const { a, b, c, d } = table;
  const pNew = (a + c) / n;
  const pBase = (a + b) / n;
  const estimate = pNew - pBase;
  const zAbs = Math.abs(z);
  const wNew = wilsonBounds(a + c, n, zAbs);
  const wBase = wilsonBounds(a + b, n, zAbs);
  const marginals = (a + b) * (c + d) * (a + c) * (b + d);
  const cross = a * d - b * c;
  const adjusted = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
  const phi = marginals === 0 ? 0 : adjusted / Math.sqrt(marginals);
  const spread = /* @__PURE__ */ __name((x, y) => Math.sqrt(Math.max(0, x * x - 2 * phi * x * y + y * y)), "spread");
  const lower = estimate - spread(pNew - wNew.lower, wBase.upper - pBase);
  const upper = estimate + spread(wNew.upper - pNew, pBase - wBase.lower);
  return z >= 0 ? { lower: Math.max(-1, lower), upper: Math.min(1, upper) } : { lower: Math.min(1, upper), upper: Math.max(-1, lower) };
}
__name(newcombePairedBounds, "newcombePairedBounds");
function pairedDifferenceBounds(table, z, method) {
  return method === "wald" ? waldBounds(table, z) : newcombePairedBounds(table, z);
}
__name(pairedDifferenceBounds, "pairedDifferenceBounds");
function pairedProportionDifference(table, options = {}) {
  const n = checkTable(table);
  const level = options.level ?? 0.95;
  checkLevel(level);
  const exact = table.b + table.c < SMALL_DISCORDANT_COUNT;
  const method = options.method === void 0 || options.method === "auto" ? exact ? "newcombe-paired" : "wald" : options.method;
  const estimate = n > 0 ? (table.c - table.b) / n : NaN;
  const se = pairedDifferenceSe(table);
  const { lower, upper } = pairedDifferenceBounds(table, zForLevel(level), method);
  let pNonInferiority = null;
  if (options.margin !== void 0) {
    const margin = options.margin;
    if (n === 0) pNonInferiority = 1;
    else if (method === "wald") {
      pNonInferiority = se > 0 ? normalSf((estimate + margin) / se) : estimate > -margin ? 0 : 1;
    } else {
      pNonInferiority = pValueByInversion((z) => newcombePairedBounds(table, z).lower, -margin);
    }
  }
  return {
    n,
    estimate,
    se,
    discordance: n > 0 ? (table.b + table.c) / n : NaN,
    exact,
    ci: { estimate, lower, upper, level, method },
    pNonInferiority
  };
}
__name(pairedProportionDifference, "pairedProportionDifference");

// src/stats/power.ts
function criticalSum(options = {}) {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  const sides = options.sides ?? 1;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return normalQuantile(1 - alpha / sides) + normalQuantile(power);
}
__name(criticalSum, "criticalSum");
function checkDiscordance(discordance) {
  if (!(discordance >= 0 && discordance <= 1))
    throw new RangeError(`discordance must be in [0, 1], got ${discordance}`);
}
__name(checkDiscordance, "checkDiscordance");
function mdePairedBinary(args) {
  checkDiscordance(args.discordance);
  if (!(args.n > 0)) return Infinity;
  const z = criticalSum(args);
  return z * Math.sqrt(args.discordance / (args.n + z * z));
}
__name(mdePairedBinary, "mdePairedBinary");
function mdePairedContinuous(args) {
  if (!(args.sdDiff >= 0)) throw new RangeError(`sdDiff must be non-negative, got ${args.sdDiff}`);
  if (!(args.n > 0)) return Infinity;
  return criticalSum(args) * args.sdDiff / Math.sqrt(args.n);
}
__name(mdePairedContinuous, "mdePairedContinuous");
function mdeUnpairedProportions(args) {
  const { pBase, nBase, nNew } = args;
  if (!(pBase >= 0 && pBase <= 1)) throw new RangeError(`pBase must be in [0, 1], got ${pBase}`);
  if (!(nBase > 0 && nNew > 0)) return Infinity;
  const z = criticalSum(args);
  const gap = /* @__PURE__ */ __name((delta) => {
    const pNew = pBase - delta;
    return delta - z * Math.sqrt(pBase * (1 - pBase) / nBase + pNew * (1 - pNew) / nNew);
  }, "gap");
  if (gap(pBase) < 0) return Infinity;
  let lo = 0;
  let hi = pBase;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
__name(mdeUnpairedProportions, "mdeUnpairedProportions");
function mdeUnpairedMeans(args) {
  if (!(args.nBase > 0 && args.nNew > 0)) return Infinity;
  return criticalSum(args) * Math.sqrt(args.sdBase ** 2 / args.nBase + args.sdNew ** 2 / args.nNew);
}
__name(mdeUnpairedMeans, "mdeUnpairedMeans");

// src/stats/t-test.ts
function tTestFromEstimate(estimate, se, df, options = {}) {
  const level = options.level ?? 0.95;
  checkLevel(level);
  const margin = options.margin ?? null;
  const method = options.method ?? "t";
  const ci = tInterval(estimate, se, df, level, method);
  const common = { estimate, se, df, margin, ci };
  if (Number.isNaN(estimate) || !(df > 0) || Number.isNaN(se)) {
    const degenerate = Number.isNaN(estimate) ? "no-data" : "insufficient-data";
    return {
      ...common,
      t: NaN,
      pTwoSided: 1,
      pNewWorse: 1,
      pNonInferiority: margin === null ? null : 1,
      degenerate
    };
  }
  if (se === 0) {
    return {
      ...common,
      t: estimate === 0 ? 0 : estimate > 0 ? Infinity : -Infinity,
      pTwoSided: estimate === 0 ? 1 : 0,
      pNewWorse: estimate < 0 ? 0 : 1,
      pNonInferiority: margin === null ? null : estimate > -margin ? 0 : 1,
      degenerate: "zero-variance"
    };
  }
  const t = estimate / se;
  return {
    ...common,
    t,
    pTwoSided: Math.min(1, 2 * tCdf(-Math.abs(t), df)),
    pNewWorse: tCdf(t, df),
    pNonInferiority: margin === null ? null : tSf((estimate + margin) / se, df),
    degenerate: null
  };
}
__name(tTestFromEstimate, "tTestFromEstimate");
function pairedTTest(diffs, options = {}) {
  const summary = summarize(diffs);
  const allEqual = diffs.length >= 2 && diffs.every((d) => d === diffs[0]);
  const se = allEqual ? 0 : summary.se;
  const result = tTestFromEstimate(allEqual ? diffs[0] : summary.mean, se, summary.n - 1, {
    ...options,
    method: "paired t"
  });
  return { ...result, n: summary.n, sdDiff: allEqual ? 0 : summary.sd };
}
__name(pairedTTest, "pairedTTest");
function welchTTest(base, next, options = {}) {
  for (const [name, sample] of [
    ["base", base],
    ["new", next]
  ]) {
    if (!(Number.isInteger(sample.n) && sample.n >= 0))
      throw new RangeError(`${name} n must be a non-negative integer`);
    if (sample.n >= 2 && !(sample.sd >= 0)) throw new RangeError(`${name} sd must be a non-negative number`);
  }
  const estimate = base.n > 0 && next.n > 0 ? next.mean - base.mean : NaN;
  let se = NaN;
  let df = NaN;
  if (base.n >= 2 && next.n >= 2) {
    const vBase = base.sd * base.sd / base.n;
    const vNew = next.sd * next.sd / next.n;
    se = Math.sqrt(vBase + vNew);
    const denominator = vBase * vBase / (base.n - 1) + vNew * vNew / (next.n - 1);
    df = denominator > 0 ? (vBase + vNew) * (vBase + vNew) / denominator : base.n + next.n - 2;
  }
  const result = tTestFromEstimate(estimate, se, df, { ...options, method: "welch t" });
  return { ...result, base, next };
}
__name(welchTTest, "welchTTest");

// src/stats/rng.ts
function splitMix32(state) {
  const next = state + 2654435769 | 0;
  let z = next;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return [next, (z ^ z >>> 16) >>> 0];
}
__name(splitMix32, "splitMix32");
function createRng(seed) {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const normalizedSeed = seed >>> 0;
  let mix = normalizedSeed;
  const state = [];
  for (let i = 0; i < 4; i++) {
    const [nextMix, output] = splitMix32(mix);
    mix = nextMix;
    state.push(output);
  }
  return rngFromState(state, normalizedSeed);
}
__name(createRng, "createRng");
function rngFromState(state, seed = 0) {
  if (state.length !== 4) throw new RangeError("xoshiro128** state is four 32-bit words");
  const s = Uint32Array.from(state);
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  const nextUint32 = /* @__PURE__ */ __name(() => {
    const s0 = s[0];
    const s1 = s[1];
    const s2 = s[2];
    const s3 = s[3];
    const product = Math.imul(s1, 5);
    const result = Math.imul(product << 7 | product >>> 25, 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = n3 << 11 | n3 >>> 21;
    return result;
  }, "nextUint32");
  return {
    seed,
    nextUint32,
    next: /* @__PURE__ */ __name(() => {
      const high = nextUint32() >>> 5;
      const low = nextUint32() >>> 6;
      return (high * 67108864 + low) / 9007199254740992;
    }, "next"),
    nextInt: /* @__PURE__ */ __name((bound) => {
      if (!(Number.isInteger(bound) && bound > 0 && bound <= 4294967296)) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
      }
      const limit = 4294967296 - 4294967296 % bound;
      for (; ; ) {
        const x = nextUint32();
        if (x < limit) return x % bound;
      }
    }, "nextInt")
  };
}
__name(rngFromState, "rngFromState");

// src/stats/studentized-bootstrap.ts
var STUDENTIZED_RESAMPLES = 999;
var STUDENTIZED_MIN_RESAMPLES = 199;
var RESAMPLING_BUDGET = 4e6;
var BOOTSTRAP_MAX_CLUSTERS = 2e4;
function resamplesFor(clusters, requested = STUDENTIZED_RESAMPLES) {
  const affordable = Math.floor(RESAMPLING_BUDGET / Math.max(1, clusters) / 20) * 20 - 1;
  return Math.max(Math.min(requested, STUDENTIZED_MIN_RESAMPLES), Math.min(requested, affordable));
}
__name(resamplesFor, "resamplesFor");
function orderStatistic(sorted, p) {
  const k = Math.min(sorted.length, Math.max(1, Math.ceil((sorted.length + 1) * p - 1e-9)));
  return sorted[k - 1];
}
__name(orderStatistic, "orderStatistic");
function studentizedBootstrapMean(values, options) {
  options.levels.forEach(checkLevel);
  const seed = (options.seed ?? 12345) >>> 0;
  const grouped = clusterSums(values, options.clusters);
  const n = grouped.n;
  const count = grouped.sums.length;
  const method = count === n ? "bootstrap-t" : "cluster bootstrap-t";
  let total = 0;
  for (const value of values) total += value;
  const estimate = n > 0 ? total / n : NaN;
  const centred = new Float64Array(count);
  let squares = 0;
  for (let c = 0; c < count; c++) {
    centred[c] = grouped.sums[c] - grouped.sizes[c] * estimate;
    squares += centred[c] * centred[c];
  }
  const factor = count > 1 ? count / (count - 1) : NaN;
  const se = Math.sqrt(factor * squares) / n;
  const resamples = resamplesFor(count, options.resamples);
  const base = { estimate, se, n, clusters: count, resamples, seed };
  if (!(count > 1) || Number.isNaN(se)) {
    const open = options.levels.map((level) => unboundedInterval(estimate, level, method));
    return {
      ...base,
      intervals: open,
      percentile: open,
      pNonInferiority: options.threshold === void 0 ? null : 1,
      degenerate: "insufficient-data"
    };
  }
  if (se === 0) {
    const point = options.levels.map((level) => ({
      estimate,
      lower: estimate,
      upper: estimate,
      level,
      method
    }));
    return {
      ...base,
      intervals: point,
      percentile: point,
      pNonInferiority: options.threshold === void 0 ? null : estimate > options.threshold ? 0 : 1,
      degenerate: "zero-variance"
    };
  }
  const rng = createRng(seed);
  const studentized = new Float64Array(resamples);
  const shifts = new Float64Array(resamples);
  const sizes = grouped.sizes;
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    let items = 0;
    let sumSquares = 0;
    let cross = 0;
    let sizeSquares = 0;
    for (let j = 0; j < count; j++) {
      const k = rng.nextInt(count);
      const s = centred[k];
      const m = sizes[k];
      sum += s;
      items += m;
      sumSquares += s * s;
      cross += s * m;
      sizeSquares += m * m;
    }
    const shift = sum / items;
    const residual = Math.max(0, sumSquares - 2 * shift * cross + shift * shift * sizeSquares);
    const seStar = Math.sqrt(factor * residual) / items;
    shifts[b] = shift;
    studentized[b] = seStar > 0 ? shift / seStar : shift === 0 ? 0 : shift > 0 ? Infinity : -Infinity;
  }
  let pNonInferiority = null;
  if (options.threshold !== void 0) {
    const tThreshold = (estimate - options.threshold) / se;
    let atOrAbove = 0;
    for (const t of studentized) if (t >= tThreshold) atOrAbove++;
    pNonInferiority = (atOrAbove + 0.5) / (resamples + 1);
  }
  studentized.sort();
  shifts.sort();
  const intervals = options.levels.map((level) => ({
    estimate,
    lower: estimate - orderStatistic(studentized, (1 + level) / 2) * se,
    upper: estimate - orderStatistic(studentized, (1 - level) / 2) * se,
    level,
    method
  }));
  const percentile = options.levels.map((level) => ({
    estimate,
    lower: estimate + orderStatistic(shifts, (1 - level) / 2),
    upper: estimate + orderStatistic(shifts, (1 + level) / 2),
    level,
    method: "percentile bootstrap"
  }));
  return { ...base, intervals, percentile, pNonInferiority, degenerate: null };
}
__name(studentizedBootstrapMean, "studentizedBootstrapMean");
function studentizedBootstrapLogRatio(base, next, options) {
  options.levels.forEach(checkLevel);
  if (base.length !== next.length) throw new RangeError("paired arrays must have the same length");
  if (![...base, ...next].every((value) => value > 0))
    throw new RangeError("a log-ratio interval needs strictly positive values");
  const seed = (options.seed ?? 12345) >>> 0;
  const offset = options.offset;
  const baseSums = clusterSums(base, options.clusters);
  const newSums = clusterSums(next, options.clusters);
  const count = baseSums.sums.length;
  const n = base.length;
  const sizes = baseSums.sizes;
  const newTotals = newSums.sums;
  const baseTotals = baseSums.sums;
  const moments = /* @__PURE__ */ __name((pick) => {
    let sN = 0, sB = 0, m = 0, nn = 0, bb = 0, mm = 0, nb = 0, nm = 0, bm = 0;
    for (let j = 0; j < count; j++) {
      const k = pick === null ? j : pick[j];
      const x = newTotals[k];
      const y = baseTotals[k];
      const z = sizes[k];
      sN += x;
      sB += y;
      m += z;
      nn += x * x;
      bb += y * y;
      mm += z * z;
      nb += x * y;
      nm += x * z;
      bm += y * z;
    }
    const a = sN / m;
    const b = sB / m + offset;
    const c = offset / b;
    const squares = nn / (a * a) + bb / (b * b) + c * c * mm - 2 * nb / (a * b) - 2 * c * nm / a + 2 * c * bm / b;
    const se = Math.sqrt(count / (count - 1) * Math.max(0, squares)) / m;
    return { theta: Math.log(a) - Math.log(b), se };
  }, "moments");
  const full = count > 0 ? moments(null) : { theta: NaN, se: NaN };
  const resamples = resamplesFor(count, options.resamples);
  const common = { estimate: full.theta, se: full.se, n, clusters: count, resamples, seed };
  if (!(count > 1) || Number.isNaN(full.se)) {
    return {
      ...common,
      intervals: options.levels.map((level) => ({ lower: -Infinity, upper: Infinity, level })),
      pBelowZero: 1,
      degenerate: "insufficient-data"
    };
  }
  if (full.se === 0) {
    return {
      ...common,
      intervals: options.levels.map((level) => ({ lower: full.theta, upper: full.theta, level })),
      pBelowZero: full.theta < 0 ? 0 : 1,
      degenerate: "zero-variance"
    };
  }
  const rng = createRng(seed);
  const studentized = new Float64Array(resamples);
  const picks = new Uint32Array(count);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < count; j++) picks[j] = rng.nextInt(count);
    const replicate = moments(picks);
    const shift = replicate.theta - full.theta;
    studentized[b] = replicate.se > 0 ? shift / replicate.se : shift === 0 ? 0 : shift > 0 ? Infinity : -Infinity;
  }
  const tObserved = full.theta / full.se;
  let atOrBelow = 0;
  for (const t of studentized) if (t <= tObserved) atOrBelow++;
  studentized.sort();
  return {
    ...common,
    intervals: options.levels.map((level) => ({
      lower: full.theta - orderStatistic(studentized, (1 + level) / 2) * full.se,
      upper: full.theta - orderStatistic(studentized, (1 - level) / 2) * full.se,
      level
    })),
    pBelowZero: (atOrBelow + 0.5) / (resamples + 1),
    degenerate: null
  };
}
__name(studentizedBootstrapLogRatio, "studentizedBootstrapLogRatio");

// src/stats/skew-corrected-log-ratio.ts
function lognormalRatioSkewness(base, next, offset) {
  const n = base.length;
  if (n !== next.length) throw new RangeError("paired arrays must have the same length");
  if (n < 2) return 0;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += Math.log(next[i]);
    meanY += Math.log(base[i]);
  }
  meanX /= n;
  meanY /= n;
  let vx = 0;
  let vy = 0;
  let cxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = Math.log(next[i]) - meanX;
    const dy = Math.log(base[i]) - meanY;
    vx += dx * dx;
    vy += dy * dy;
    cxy += dx * dy;
  }
  const v = Math.max(vx, vy) / (n - 1);
  if (!(v > 0)) return 0;
  const rho = vx > 0 && vy > 0 ? Math.max(-1, Math.min(1, cxy / Math.sqrt(vx * vy))) : 0;
  const c = rho * v;
  const moment = /* @__PURE__ */ __name((i, j) => Math.exp(0.5 * (i * i * v + 2 * i * j * c + j * j * v)), "moment");
  const d = offset / Math.exp(meanY);
  const binomial = [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]];
  const shifted = /* @__PURE__ */ __name((i, j) => binomial[j].reduce((sum, coefficient, k) => sum + coefficient * moment(i, k) * d ** (j - k), 0), "shifted");
  const a = moment(1, 0);
  const b = shifted(0, 1);
  const u2 = moment(2, 0) / a ** 2;
  const u3 = moment(3, 0) / a ** 3;
  const v2 = shifted(0, 2) / b ** 2;
  const v3 = shifted(0, 3) / b ** 3;
  const uv = shifted(1, 1) / (a * b);
  const u2v = shifted(2, 1) / (a * a * b);
  const uv2 = shifted(1, 2) / (a * b * b);
  const second = u2 - 2 * uv + v2;
  const third = u3 - 3 * u2v + 3 * uv2 - v3;
  if (!Number.isFinite(second) || !Number.isFinite(third)) return Infinity;
  if (!(second > 0)) return 0;
  return third / second ** 1.5;
}
__name(lognormalRatioSkewness, "lognormalRatioSkewness");
function skewCorrectedInterval(estimate, se, units, skewness, level) {
  checkLevel(level);
  if (!Number.isFinite(skewness) || !(units > 1)) return { lower: -Infinity, upper: Infinity, level };
  const quantile2 = /* @__PURE__ */ __name((p) => {
    const z = normalQuantile(p);
    return tQuantile(p, units - 1) - skewness * (2 * z * z + 1) / (6 * Math.sqrt(units));
  }, "quantile");
  return {
    lower: estimate - quantile2((1 + level) / 2) * se,
    upper: estimate - quantile2((1 - level) / 2) * se,
    level
  };
}
__name(skewCorrectedInterval, "skewCorrectedInterval");
function skewCorrectedPBelowZero(estimate, se, units, skewness) {
  if (!Number.isFinite(skewness) || !(units > 1) || !(se > 0)) return 1;
  const upper = /* @__PURE__ */ __name((p) => skewCorrectedInterval(estimate, se, units, skewness, 1 - 2 * p).upper, "upper");
  let lo = 1e-12;
  let hi = 0.5 - 1e-12;
  if (upper(lo) < 0) return lo;
  if (!(upper(hi) < 0)) return 1;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (upper(mid) < 0) hi = mid;
    else lo = mid;
  }
  return hi;
}
__name(skewCorrectedPBelowZero, "skewCorrectedPBelowZero");

// src/stats/wilcoxon.ts
var EXACT_MAX_NONZERO = 300;
var EXACT_MAX_WORK = 5e7;
var TIE_TOLERANCE = 1e-12;
function midRanks(sorted) {
  const ranks = new Array(sorted.length);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] - sorted[end] <= TIE_TOLERANCE * Math.abs(sorted[end + 1]))
      end++;
    const rank = (start + end + 2) / 2;
    for (let i = start; i <= end; i++) ranks[i] = rank;
    start = end + 1;
  }
  return ranks;
}
__name(midRanks, "midRanks");
function signedRankDistribution(doubledRanks) {
  const total = doubledRanks.reduce((sum, r) => sum + r, 0);
  const dp = new Float64Array(total + 1);
  dp[0] = 1;
  let reach = 0;
  for (const r of doubledRanks) {
    reach += r;
    for (let s = reach; s >= 0; s--) dp[s] = 0.5 * dp[s] + (s >= r ? 0.5 * dp[s - r] : 0);
  }
  return dp;
}
__name(signedRankDistribution, "signedRankDistribution");
function wilcoxonSignedRank(diffs, options = {}) {
  const zeroMethod = options.zeroMethod ?? "pratt";
  const correction = options.correction ?? true;
  for (const d of diffs)
    if (!Number.isFinite(d)) throw new RangeError(`differences must be finite, got ${d}`);
  const zeros = diffs.filter((d) => d === 0).length;
  const ranked = (zeroMethod === "pratt" ? [...diffs] : diffs.filter((d) => d !== 0)).sort(
    (x, y) => Math.abs(x) - Math.abs(y)
  );
  const ranks = midRanks(ranked.map(Math.abs));
  const signed = [];
  ranked.forEach((d, i) => {
    if (d !== 0) signed.push({ rank: ranks[i], positive: d > 0 });
  });
  const nonZeroAbs = signed.map((entry) => entry.rank);
  const ties = new Set(nonZeroAbs).size < nonZeroAbs.length;
  let wPlus = 0;
  let sumRanks = 0;
  let sumSquares = 0;
  for (const { rank, positive } of signed) {
    if (positive) wPlus += rank;
    sumRanks += rank;
    sumSquares += rank * rank;
  }
  const expected = sumRanks / 2;
  const variance2 = sumSquares / 4;
  const deviation = wPlus - expected;
  const cc = correction ? 0.5 : 0;
  const sd = Math.sqrt(variance2);
  const z = variance2 > 0 ? Math.sign(deviation) * Math.max(0, Math.abs(deviation) - cc) / sd : 0;
  const pNormal = variance2 > 0 ? Math.min(1, 2 * normalSf(Math.abs(z))) : 1;
  const pNewWorseNormal = variance2 > 0 ? Math.min(1, normalCdf((deviation + cc) / sd)) : 1;
  const m = signed.length;
  const doubled = signed.map((entry) => Math.round(2 * entry.rank));
  const work = m * doubled.reduce((sum, r) => sum + r, 0);
  const wantExact = options.exact === true || (options.exact ?? "auto") === "auto" && m <= EXACT_MAX_NONZERO && work <= EXACT_MAX_WORK;
  let pExact = null;
  let pNewWorseExact = null;
  if (wantExact && m > 0) {
    const distribution = signedRankDistribution(doubled);
    const observed = Math.round(2 * wPlus);
    let lower = 0;
    let upper = 0;
    for (let s = 0; s < distribution.length; s++) {
      if (s <= observed) lower += distribution[s];
      if (s >= observed) upper += distribution[s];
    }
    pExact = Math.min(1, 2 * Math.min(lower, upper));
    pNewWorseExact = Math.min(1, lower);
  } else if (wantExact) {
    pExact = 1;
    pNewWorseExact = 1;
  }
  return {
    n: diffs.length,
    nonZero: m,
    zeros,
    ties,
    zeroMethod,
    wPlus,
    wMinus: sumRanks - wPlus,
    expected,
    variance: variance2,
    z,
    pNormal,
    pExact,
    pTwoSided: pExact ?? pNormal,
    pNewWorse: pNewWorseExact ?? pNewWorseNormal,
    method: pExact === null ? "normal" : "exact"
  };
}
__name(wilcoxonSignedRank, "wilcoxonSignedRank");

// src/stats/comparison.ts
function settings(options) {
  const alpha = options.alpha ?? 0.05;
  checkAlpha(alpha);
  if (!(options.margin > 0 && Number.isFinite(options.margin))) {
    throw new RangeError(`margin must be a positive number, got ${options.margin}`);
  }
  const higherIsBetter = options.higherIsBetter ?? true;
  return {
    margin: options.margin,
    alpha,
    higherIsBetter,
    power: options.power ?? 0.8,
    gateLevel: 1 - 2 * alpha,
    sign: higherIsBetter ? 1 : -1
  };
}
__name(settings, "settings");
function natural(interval, sign) {
  if (sign === 1) return interval;
  return { ...interval, estimate: -interval.estimate, lower: -interval.upper, upper: -interval.lower };
}
__name(natural, "natural");
function verdict(orientedGate, margin) {
  const decision = threeZoneDecision(orientedGate, margin);
  return {
    zone: decision.zone,
    significantRegression: decision.significantDecrease,
    significantImprovement: decision.significantImprovement
  };
}
__name(verdict, "verdict");
function droppedNote(dropped) {
  return dropped.total > 0 ? [`${dropped.total} pair(s) dropped: N/A on either side`] : [];
}
__name(droppedNote, "droppedNote");
var NO_DROPS = { total: 0, baseOnly: 0, newOnly: 0, both: 0 };
function compareBinaryPaired(base, next, options, clusters) {
  const s = settings(options);
  const { dropped, n, ...table } = pairedBinaryTable(base, next);
  const oriented = s.sign === 1 ? table : { a: table.d, b: table.c, c: table.b, d: table.a };
  let gate = pairedProportionDifference(oriented, { level: s.gateLevel, margin: s.margin });
  let wide = pairedProportionDifference(oriented, {
    level: 0.95,
    method: gate.ci.method === "wald" ? "wald" : "newcombe-paired"
  });
  const mcnemar = mcnemarTest(oriented.b, oriented.c);
  let methodName = gate.ci.method === "wald" ? "paired McNemar (Wald CI)" : "paired McNemar (Newcombe score CI)";
  const notes = droppedNote(dropped);
  if (n === 0) notes.push("no complete pairs: nothing to compare");
  else if (gate.exact)
    notes.push(`few discordant pairs (b + c = ${table.b + table.c} < 25): score interval instead of Wald`);
  const keys = keptClusters(base, next, clusters);
  const pairs = keys ? pairValues(base, next) : void 0;
  const clustered = keys && pairs ? clusteredMean(
    pairs.next.map((value, i) => s.sign * (value - pairs.base[i])),
    keys
  ) : void 0;
  let pDifference = mcnemar.exactTwoSidedP;
  let pDifferenceMethod = "exact McNemar";
  if (clustered) {
    const adjusted = clusteredBinary(oriented, clustered, gate.exact, s);
    gate = adjusted.gate;
    wide = adjusted.wide;
    methodName = adjusted.method;
    if (options.bootstrap !== false && clustered.clusters <= BOOTSTRAP_MAX_CLUSTERS) {
      const boot = studentizedBootstrapMean(
        pairs.next.map((value, i) => s.sign * (value - pairs.base[i])),
        { ...options.bootstrap, clusters: keys, levels: [s.gateLevel, 0.95], threshold: -s.margin }
      );
      if (boot.degenerate === null) {
        gate = unite(gate, boot.intervals[0], boot.pNonInferiority);
        wide = unite(wide, boot.intervals[1], null);
        methodName = `${methodName} \u222A cluster bootstrap-t`;
      }
    }
    pDifference = adjusted.pDifference;
    pDifferenceMethod = "cluster-robust t";
    notes.push(describeClustering(clustered.clusters, clustered.designEffect));
  }
  const inflation = clustered && Number.isFinite(clustered.designEffect) ? clustered.designEffect : 1;
  return {
    method: methodName,
    kind: "binary",
    paired: true,
    higherIsBetter: s.higherIsBetter,
    n,
    nBase: n,
    nNew: n,
    dropped,
    base: n > 0 ? (table.a + table.b) / n : NaN,
    new: n > 0 ? (table.a + table.c) / n : NaN,
    diff: n > 0 ? (table.c - table.b) / n : NaN,
    ciGate: natural(gate.ci, s.sign),
    ci95: natural(wide.ci, s.sign),
    pNonInferiority: gate.pNonInferiority ?? 1,
    pDifference,
    pDifferenceMethod,
    ...verdict(gate.ci, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    // At least one discordant pair is assumed so that the MDE never reads 0.
    mde: n > 0 ? mdePairedBinary({
      n,
      discordance: Math.max(table.b + table.c, 1) / n,
      alpha: s.alpha,
      power: s.power
    }) * Math.sqrt(inflation) : Infinity,
    power: s.power,
    notes,
    ...clustered ? { clusters: clustered.clusters, designEffect: clustered.designEffect } : {},
    extra: {
      type: "paired-binary",
      table,
      regressions: oriented.b,
      improvements: oriented.c,
      discordance: gate.discordance,
      exact: gate.exact,
      mcnemar
    }
  };
}
__name(compareBinaryPaired, "compareBinaryPaired");
function unite(result, other, pOther) {
  return {
    ...result,
    ci: {
      ...result.ci,
      lower: Math.max(-1, Math.min(result.ci.lower, other.lower)),
      upper: Math.min(1, Math.max(result.ci.upper, other.upper)),
      method: `${result.ci.method} \u222A cluster bootstrap-t`
    },
    pNonInferiority: result.pNonInferiority === null || pOther === null ? result.pNonInferiority : Math.max(result.pNonInferiority, pOther)
  };
}
__name(unite, "unite");
function clusteredBinary(table, clustered, few, s) {
  const n = table.a + table.b + table.c + table.d;
  const estimate = (table.c - table.b) / n;
  const { se, df } = clustered;
  const pDifference = tTestFromEstimate(estimate, se, df).pTwoSided;
  const common = { n, estimate, se, discordance: (table.b + table.c) / n, exact: few };
  if (!few) {
    const at2 = /* @__PURE__ */ __name((level, margin) => {
      const test = tTestFromEstimate(estimate, se, df, { level, margin, method: "cluster-robust t" });
      const ci = { ...test.ci, lower: Math.max(-1, test.ci.lower), upper: Math.min(1, test.ci.upper) };
      return { ...common, ci, pNonInferiority: test.pNonInferiority };
    }, "at");
    return {
      gate: at2(s.gateLevel, s.margin),
      wide: at2(0.95),
      method: "paired cluster-robust (t on clusters)",
      pDifference
    };
  }
  const widen = Math.sqrt(Math.max(1, Number.isFinite(clustered.designEffect) ? clustered.designEffect : 1));
  const boundAt = /* @__PURE__ */ __name((z, side) => {
    const zNormal = Math.abs(z);
    if (zNormal === 0) return estimate;
    const stretch = widen * (df > 0 ? tQuantile(normalCdf(zNormal), df) / zNormal : Infinity);
    const offset = newcombePairedBounds(table, z)[side] - estimate;
    return offset === 0 ? estimate : Math.max(-1, Math.min(1, estimate + offset * stretch));
  }, "boundAt");
  const at = /* @__PURE__ */ __name((level, margin) => {
    const z = zForLevel(level);
    const ci = {
      estimate,
      lower: boundAt(z, "lower"),
      upper: boundAt(z, "upper"),
      level,
      method: "newcombe-paired, clustered"
    };
    const pNonInferiority = margin === void 0 ? null : pValueByInversion((zz) => boundAt(zz, "lower"), -margin);
    return { ...common, ci, pNonInferiority };
  }, "at");
  return {
    gate: at(s.gateLevel, s.margin),
    wide: at(0.95),
    method: "paired Newcombe score CI, clustered (widened by design effect)",
    pDifference
  };
}
__name(clusteredBinary, "clusteredBinary");
function keptClusters(base, next, clusters) {
  if (!clusters) return void 0;
  if (clusters.length !== base.length) {
    throw new RangeError(`cluster keys (${clusters.length}) must match the pairs (${base.length})`);
  }
  if (!clusters.some((key) => key !== void 0)) return void 0;
  const present = /* @__PURE__ */ __name((value) => value !== null && value !== void 0, "present");
  const kept = clusters.filter((_, i) => present(base[i]) && present(next[i]));
  return hasSharedClusters(kept) ? kept : void 0;
}
__name(keptClusters, "keptClusters");
function hullOf(first, second, secondName = second.method) {
  return {
    ...first,
    lower: Math.min(first.lower, second.lower),
    upper: Math.max(first.upper, second.upper),
    method: `${first.method} \u222A ${secondName}`
  };
}
__name(hullOf, "hullOf");
function hull(first, second) {
  return hullOf(first, second, "t");
}
__name(hull, "hull");
function usesLogRatio(pairs, s) {
  return !s.higherIsBetter && pairs.base.every((value) => value > 0) && pairs.next.every((value) => value > 0);
}
__name(usesLogRatio, "usesLogRatio");
var WILCOXON_EXACT_PAIRS = 50;
function compareContinuousPaired(base, next, options, clusters) {
  const s = settings(options);
  const pairs = pairValues(base, next);
  const keys = keptClusters(base, next, clusters);
  const n = pairs.base.length;
  const oriented = pairs.next.map((value, i) => s.sign * (value - pairs.base[i]));
  const plain = pairedTTest(oriented, { level: s.gateLevel, margin: s.margin });
  const clustered = keys ? clusteredMean(oriented, keys) : void 0;
  const test = clustered ? tTestFromEstimate(plain.estimate, clustered.se, clustered.df, {
    level: s.gateLevel,
    margin: s.margin,
    method: "cluster-robust t"
  }) : plain;
  const tCi95 = tInterval(test.estimate, test.se, test.df, 0.95, test.ci.method);
  const wilcoxon = wilcoxonSignedRank(oriented, {
    zeroMethod: "pratt",
    exact: n <= WILCOXON_EXACT_PAIRS ? "auto" : false
  });
  const tZone = verdict(test.ci, s.margin).zone;
  const notes = droppedNote(pairs.dropped);
  if (test.degenerate === "no-data") notes.push("no complete pairs: nothing to compare");
  else if (test.degenerate === "insufficient-data")
    notes.push(clustered ? "fewer than 2 clusters: no interval" : "fewer than 2 pairs: no interval");
  else if (test.degenerate === "zero-variance")
    notes.push("all differences are equal: the difference is deterministic");
  if (n >= 2 && n < 30) notes.push(`low n (${n} < 30): check the Wilcoxon result`);
  if (clustered) notes.push(describeClustering(clustered.clusters, clustered.designEffect));
  let gate = test.ci;
  let ci95 = tCi95;
  let pNonInferiority = test.pNonInferiority ?? 1;
  let method = clustered ? "paired cluster-robust t" : "paired t";
  let bootstrap = null;
  const clusterCount = clustered ? clustered.clusters : n;
  const bootstrapOn = options.bootstrap !== false && n >= 2 && test.degenerate !== "zero-variance" && clusterCount <= BOOTSTRAP_MAX_CLUSTERS;
  if (options.bootstrap !== false && clusterCount > BOOTSTRAP_MAX_CLUSTERS)
    notes.push(
      `${clusterCount} independent units: the t interval decides (no bootstrap needed at this size)`
    );
  const resampling = options.bootstrap === false ? {} : { ...options.bootstrap };
  const boot = !bootstrapOn ? void 0 : usesLogRatio(pairs, s) ? logRatioBootstrap(pairs, s, resampling, keys, test.estimate, notes) : meanBootstrap(oriented, s, resampling, keys);
  if (boot) {
    ({ gate, ci95, pNonInferiority, bootstrap } = boot);
    method = clustered ? boot.method.clustered : boot.method.plain;
  }
  if (bootstrap) {
    gate = hull(gate, test.ci);
    ci95 = hull(ci95, tCi95);
    pNonInferiority = Math.max(pNonInferiority, test.pNonInferiority ?? 1);
  }
  const decision = verdict(gate, s.margin);
  if (bootstrap && tZone !== decision.zone)
    notes.push(`the t interval would say ${tZone}; the bootstrap-t interval decides (${decision.zone})`);
  const seMean = clustered ? clustered.se : plain.se;
  return {
    method,
    kind: "continuous",
    paired: true,
    higherIsBetter: s.higherIsBetter,
    n,
    nBase: n,
    nNew: n,
    dropped: pairs.dropped,
    base: mean(pairs.base),
    new: mean(pairs.next),
    diff: s.sign * test.estimate,
    ciGate: natural(gate, s.sign),
    ci95: natural(ci95, s.sign),
    pNonInferiority,
    pDifference: test.pTwoSided,
    pDifferenceMethod: clustered ? "cluster-robust t" : "paired t",
    ...decision,
    margin: s.margin,
    alpha: s.alpha,
    mde: n >= 2 && !Number.isNaN(seMean) ? mdePairedContinuous({ n, sdDiff: seMean * Math.sqrt(n), alpha: s.alpha, power: s.power }) : n === 0 ? Infinity : NaN,
    power: s.power,
    notes,
    ...clustered ? { clusters: clustered.clusters, designEffect: clustered.designEffect } : {},
    extra: {
      type: "paired-continuous",
      sdDiff: plain.sdDiff,
      se: test.se,
      df: test.df,
      t: s.sign * test.t,
      wilcoxon,
      tInterval: { ciGate: natural(test.ci, s.sign), ci95: natural(tCi95, s.sign), zone: tZone },
      bootstrap
    }
  };
}
__name(compareContinuousPaired, "compareContinuousPaired");
function logRatioBootstrap(pairs, s, resampling, keys, estimate, notes) {
  const result = studentizedBootstrapLogRatio(pairs.base, pairs.next, {
    ...resampling,
    clusters: keys,
    offset: s.margin,
    levels: [s.gateLevel, 0.95]
  });
  const skewness = lognormalRatioSkewness(pairs.base, pairs.next, s.margin);
  const corrected = /* @__PURE__ */ __name((level) => skewCorrectedInterval(result.estimate, result.se, result.clusters, skewness, level), "corrected");
  const baseMean = mean(pairs.base);
  const toDiff = /* @__PURE__ */ __name((bounds, method) => natural(
    {
      estimate: -estimate,
      lower: (baseMean + s.margin) * Math.exp(bounds.lower) - baseMean,
      upper: (baseMean + s.margin) * Math.exp(bounds.upper) - baseMean,
      level: bounds.level,
      method
    },
    -1
  ), "toDiff");
  const bootstrapMethod = keys ? "cluster log-ratio bootstrap-t" : "log-ratio bootstrap-t";
  const bootGate = toDiff(result.intervals[0], bootstrapMethod);
  const boot95 = toDiff(result.intervals[1], bootstrapMethod);
  let pNonInferiority = result.pBelowZero;
  let gate = bootGate;
  let ci95 = boot95;
  if (result.degenerate === null) {
    const label = "skew-corrected log-ratio t";
    gate = hullOf(bootGate, toDiff(corrected(s.gateLevel), label));
    ci95 = hullOf(boot95, toDiff(corrected(0.95), label));
    pNonInferiority = Math.max(
      pNonInferiority,
      skewCorrectedPBelowZero(result.estimate, result.se, result.clusters, skewness)
    );
    notes.push(`lognormal-fit skewness of the log-ratio influence values: ${skewness.toFixed(2)}`);
  }
  const bootstrap = {
    method: bootstrapMethod,
    resamples: result.resamples,
    seed: result.seed,
    ciGate: natural(bootGate, s.sign),
    ci95: natural(boot95, s.sign),
    percentileGate: null,
    percentileZone: null
  };
  return {
    gate,
    ci95,
    pNonInferiority,
    bootstrap,
    method: {
      plain: "paired log-ratio bootstrap-t \u222A skew-corrected t \u222A t",
      clustered: "paired cluster log-ratio bootstrap-t \u222A skew-corrected t \u222A t"
    }
  };
}
__name(logRatioBootstrap, "logRatioBootstrap");
function meanBootstrap(oriented, s, resampling, keys) {
  const result = studentizedBootstrapMean(oriented, {
    ...resampling,
    clusters: keys,
    levels: [s.gateLevel, 0.95],
    threshold: -s.margin
  });
  const [gateInterval, wideInterval] = result.intervals;
  const percentileGate = result.percentile[0];
  const bootstrap = {
    method: keys ? "cluster bootstrap-t" : "bootstrap-t",
    resamples: result.resamples,
    seed: result.seed,
    ciGate: natural(gateInterval, s.sign),
    ci95: natural(wideInterval, s.sign),
    percentileGate: natural(percentileGate, s.sign),
    percentileZone: threeZoneDecision(percentileGate, s.margin).zone
  };
  return {
    gate: gateInterval,
    ci95: wideInterval,
    pNonInferiority: result.pNonInferiority ?? 1,
    bootstrap,
    method: { plain: "paired bootstrap-t \u222A t", clustered: "paired cluster bootstrap-t \u222A t" }
  };
}
__name(meanBootstrap, "meanBootstrap");
function checkAggregate(name, aggregate) {
  if (!(Number.isInteger(aggregate.n) && aggregate.n >= 0)) {
    throw new RangeError(`${name} n must be a non-negative integer, got ${aggregate.n}`);
  }
  if (aggregate.n > 0 && !Number.isFinite(aggregate.value))
    throw new RangeError(`${name} value must be a finite number`);
}
__name(checkAggregate, "checkAggregate");
function successCount(name, aggregate) {
  if (aggregate.n === 0) return 0;
  const raw = aggregate.value * aggregate.n;
  const count = Math.round(raw);
  if (Math.abs(raw - count) > 1e-6 * Math.max(1, aggregate.n) || count < 0 || count > aggregate.n) {
    throw new RangeError(`${name} value ${aggregate.value} is not a proportion of ${aggregate.n} items`);
  }
  return count;
}
__name(successCount, "successCount");
function compareProportionsUnpaired(base, next, options) {
  const s = settings(options);
  checkAggregate("base", base);
  checkAggregate("new", next);
  const xBase = successCount("base", base);
  const xNew = successCount("new", next);
  const goodBase = s.sign === 1 ? xBase : base.n - xBase;
  const goodNew = s.sign === 1 ? xNew : next.n - xNew;
  const bounds = /* @__PURE__ */ __name((z) => newcombeBounds(goodNew, next.n, goodBase, base.n, z), "bounds");
  const empty = base.n === 0 || next.n === 0;
  const orientedEstimate = empty ? NaN : goodNew / next.n - goodBase / base.n;
  const interval = /* @__PURE__ */ __name((level) => ({
    estimate: orientedEstimate,
    ...bounds(zForLevel(level)),
    level,
    method: "newcombe-10"
  }), "interval");
  const gate = interval(s.gateLevel);
  const zTest = twoProportionZTest(xNew, next.n, xBase, base.n);
  const notes = ["unpaired (conservative): store per-item results in the baseline for a paired comparison"];
  if (empty) notes.push("an empty side: nothing to compare");
  return {
    method: "unpaired Newcombe",
    kind: "binary",
    paired: false,
    higherIsBetter: s.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { ...NO_DROPS },
    base: base.n > 0 ? xBase / base.n : NaN,
    new: next.n > 0 ? xNew / next.n : NaN,
    diff: empty ? NaN : xNew / next.n - xBase / base.n,
    ciGate: natural(gate, s.sign),
    ci95: natural(interval(0.95), s.sign),
    pNonInferiority: empty ? 1 : pValueByInversion((z) => bounds(z).lower, -s.margin),
    pDifference: zTest.pTwoSided,
    pDifferenceMethod: "pooled z",
    ...verdict(gate, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    mde: empty ? Infinity : mdeUnpairedProportions({
      pBase: goodBase / base.n,
      nBase: base.n,
      nNew: next.n,
      alpha: s.alpha,
      power: s.power
    }),
    power: s.power,
    notes,
    extra: { type: "unpaired-proportion", successesBase: xBase, successesNew: xNew, z: zTest.z }
  };
}
__name(compareProportionsUnpaired, "compareProportionsUnpaired");
function compareMeansUnpaired(base, next, options) {
  const s = settings(options);
  checkAggregate("base", base);
  checkAggregate("new", next);
  const notes = ["unpaired (conservative): store per-item results in the baseline for a paired comparison"];
  const known = base.sd !== void 0 && next.sd !== void 0;
  if (!known) notes.push("no standard deviation for one side: no inference possible");
  const empty = base.n === 0 || next.n === 0;
  const gateOptions = { level: s.gateLevel, margin: s.margin };
  const test = known ? welchTTest(
    { mean: s.sign * base.value, sd: base.sd, n: base.n },
    { mean: s.sign * next.value, sd: next.sd, n: next.n },
    gateOptions
  ) : tTestFromEstimate(empty ? NaN : s.sign * (next.value - base.value), NaN, NaN, {
    ...gateOptions,
    method: "welch t"
  });
  const ci95 = tInterval(test.estimate, test.se, test.df, 0.95, "welch t");
  if (known && test.degenerate === "insufficient-data")
    notes.push("fewer than 2 items on one side: no interval");
  return {
    method: "unpaired Welch",
    kind: "continuous",
    paired: false,
    higherIsBetter: s.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { ...NO_DROPS },
    base: base.n > 0 ? base.value : NaN,
    new: next.n > 0 ? next.value : NaN,
    diff: empty ? NaN : next.value - base.value,
    ciGate: natural(test.ci, s.sign),
    ci95: natural(ci95, s.sign),
    pNonInferiority: test.pNonInferiority ?? 1,
    pDifference: test.pTwoSided,
    pDifferenceMethod: "Welch t",
    ...verdict(test.ci, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    mde: known && !empty ? mdeUnpairedMeans({
      sdBase: base.sd,
      nBase: base.n,
      sdNew: next.sd,
      nNew: next.n,
      alpha: s.alpha,
      power: s.power
    }) : NaN,
    power: s.power,
    notes,
    extra: {
      type: "unpaired-mean",
      sdBase: base.sd ?? NaN,
      sdNew: next.sd ?? NaN,
      se: test.se,
      df: test.df,
      t: s.sign * test.t
    }
  };
}
__name(compareMeansUnpaired, "compareMeansUnpaired");
function compareMetric(input, options) {
  if (input.design === "paired") {
    return input.kind === "binary" ? compareBinaryPaired(input.base, input.new, options, input.clusters) : compareContinuousPaired(input.base, input.new, options, input.clusters);
  }
  return input.kind === "binary" ? compareProportionsUnpaired(input.base, input.new, options) : compareMeansUnpaired(input.base, input.new, options);
}
__name(compareMetric, "compareMetric");

// src/stats/format.ts
function formatP(p, floor = 1e-3) {
  if (Number.isNaN(p)) return "n/a";
  if (p < floor) return `< ${floor}`;
  const text = Math.min(p, 1).toPrecision(2);
  return Number(text) >= 1 ? "1" : text;
}
__name(formatP, "formatP");

// src/stats/multiplicity.ts
function checkPValues(pValues) {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`);
  }
}
__name(checkPValues, "checkPValues");
function ascendingOrder(pValues) {
  return pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
}
__name(ascendingOrder, "ascendingOrder");
function holmAdjust(pValues) {
  checkPValues(pValues);
  const m = pValues.length;
  const adjusted = new Array(m);
  let running = 0;
  ascendingOrder(pValues).forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
__name(holmAdjust, "holmAdjust");
function benjaminiHochbergAdjust(pValues) {
  checkPValues(pValues);
  const m = pValues.length;
  const adjusted = new Array(m);
  const order = ascendingOrder(pValues);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, m * pValues[index] / (rank + 1));
    adjusted[index] = running;
  }
  return adjusted;
}
__name(benjaminiHochbergAdjust, "benjaminiHochbergAdjust");

// src/stats/agreement.ts
function disagreementWeight(i, j, categories, weighting) {
  if (weighting === "unweighted") return i === j ? 0 : 1;
  if (categories < 2) return 0;
  const distance = Math.abs(i - j) / (categories - 1);
  return weighting === "linear" ? distance : distance * distance;
}
__name(disagreementWeight, "disagreementWeight");
function cohensKappa(matrix, weighting = "unweighted") {
  const k = matrix.length;
  let n = 0;
  for (const row of matrix) {
    if (row.length !== k) throw new RangeError("the confusion matrix must be square");
    for (const count of row) {
      if (!(count >= 0 && Number.isFinite(count)))
        throw new RangeError(`counts must be non-negative, got ${count}`);
      n += count;
    }
  }
  if (n === 0) return { kappa: NaN, n: 0, weighting, observedAgreement: NaN, chanceAgreement: NaN };
  const rowShares = matrix.map((row) => row.reduce((sum, count) => sum + count, 0) / n);
  const columnShares = matrix[0].map((_, j) => matrix.reduce((sum, row) => sum + row[j], 0) / n);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = disagreementWeight(i, j, k, weighting);
      observed += w * matrix[i][j] / n;
      expected += w * rowShares[i] * columnShares[j];
    }
  }
  return {
    kappa: expected > 0 ? 1 - observed / expected : NaN,
    n,
    weighting,
    observedAgreement: 1 - observed,
    chanceAgreement: 1 - expected
  };
}
__name(cohensKappa, "cohensKappa");
function confusionMatrix(rater1, rater2, categories) {
  if (rater1.length !== rater2.length) throw new RangeError("both raters must rate the same items");
  const index = new Map(categories.map((category, i) => [category, i]));
  if (index.size !== categories.length) throw new RangeError("categories must be distinct");
  const matrix = categories.map(() => categories.map(() => 0));
  let skipped = 0;
  for (let item = 0; item < rater1.length; item++) {
    const first = rater1[item];
    const second = rater2[item];
    if (first === null || first === void 0 || second === null || second === void 0) {
      skipped++;
      continue;
    }
    const i = index.get(first);
    const j = index.get(second);
    if (i === void 0 || j === void 0)
      throw new RangeError(`rating not among the categories: ${i === void 0 ? first : second}`);
    matrix[i][j]++;
  }
  return { matrix, skipped };
}
__name(confusionMatrix, "confusionMatrix");
function cohensKappaFromRatings(rater1, rater2, categories, weighting = "unweighted") {
  const { matrix, skipped } = confusionMatrix(rater1, rater2, categories);
  return { ...cohensKappa(matrix, weighting), skipped };
}
__name(cohensKappaFromRatings, "cohensKappaFromRatings");
function krippendorffAlpha(units, options = {}) {
  const level = options.level ?? "nominal";
  const pairable = units.map((unit) => unit.filter((value) => value !== null && value !== void 0)).filter((values2) => values2.length >= 2);
  let values;
  if (options.categories) {
    values = [...options.categories];
    const known = new Set(values);
    for (const unit of pairable) {
      for (const value of unit)
        if (!known.has(value)) throw new RangeError(`value not among the categories: ${value}`);
    }
  } else {
    values = [...new Set(pairable.flat())];
    if (values.some((value) => typeof value !== "number")) {
      if (level !== "nominal")
        throw new RangeError(`${level} alpha needs numbers or an ordered category list`);
    } else {
      values.sort((x, y) => x - y);
    }
  }
  if (level === "interval" || level === "ratio") {
    if (values.some((value) => typeof value !== "number"))
      throw new RangeError(`${level} alpha needs numeric values`);
  }
  const index = new Map(values.map((value, i) => [value, i]));
  const size = values.length;
  const coincidences = values.map(() => new Array(size).fill(0));
  for (const unit of pairable) {
    const counts = /* @__PURE__ */ new Map();
    for (const value of unit) {
      const i = index.get(value);
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        coincidences[c][k] += (c === k ? nc * (nc - 1) : nc * nk) * weight;
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((sum, value) => sum + value, 0));
  const n = marginals.reduce((sum, value) => sum + value, 0);
  const distance = /* @__PURE__ */ __name((c, k) => {
    if (c === k) return 0;
    switch (level) {
      case "nominal":
        return 1;
      case "interval":
        return (values[c] - values[k]) ** 2;
      case "ratio": {
        const x = values[c];
        const y = values[k];
        return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      }
      case "ordinal": {
        const [from, to] = c < k ? [c, k] : [k, c];
        let sum = 0;
        for (let g = from; g <= to; g++) sum += marginals[g];
        return (sum - (marginals[c] + marginals[k]) / 2) ** 2;
      }
    }
  }, "distance");
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = distance(c, k);
      observed += coincidences[c][k] * d;
      expected += marginals[c] * marginals[k] * d;
    }
  }
  const observedDisagreement = n > 0 ? observed / n : NaN;
  const expectedDisagreement = n > 1 ? expected / (n * (n - 1)) : NaN;
  return {
    alpha: expected > 0 ? 1 - (n - 1) * observed / expected : NaN,
    level,
    pairableUnits: pairable.length,
    pairableValues: n,
    observedDisagreement,
    expectedDisagreement
  };
}
__name(krippendorffAlpha, "krippendorffAlpha");

// src/stats/bootstrap.ts
var DEFAULT_BOOTSTRAP_RESAMPLES = 1e4;
var DEFAULT_BOOTSTRAP_SEED = 12345;
function pairedBootstrap(n, statistic, options = {}) {
  const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const levels = options.levels ?? [0.95];
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!(Number.isInteger(resamples) && resamples >= 1))
    throw new RangeError(`resamples must be a positive integer`);
  levels.forEach(checkLevel);
  const method = "percentile bootstrap";
  if (n === 0) {
    return {
      estimate: NaN,
      se: NaN,
      resamples,
      seed,
      intervals: levels.map((level) => ({ estimate: NaN, lower: -Infinity, upper: Infinity, level, method })),
      shareAtOrBelowZero: NaN
    };
  }
  const identity = new Uint32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const estimate = statistic(identity);
  const rng = createRng(seed);
  const replicates = new Float64Array(resamples);
  const indices = new Uint32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextInt(n);
    replicates[b] = statistic(indices);
  }
  replicates.sort();
  let sum = 0;
  let atOrBelowZero = 0;
  for (const value of replicates) {
    sum += value;
    if (value <= 0) atOrBelowZero++;
  }
  const average = sum / resamples;
  let squares = 0;
  for (const value of replicates) squares += (value - average) ** 2;
  return {
    estimate,
    se: resamples > 1 ? Math.sqrt(squares / (resamples - 1)) : 0,
    resamples,
    seed: seed >>> 0,
    intervals: levels.map((level) => ({
      estimate,
      lower: quantileSorted(replicates, (1 - level) / 2),
      upper: quantileSorted(replicates, (1 + level) / 2),
      level,
      method
    })),
    shareAtOrBelowZero: atOrBelowZero / resamples
  };
}
__name(pairedBootstrap, "pairedBootstrap");

// src/stats/sampling.ts
import { createHash } from "node:crypto";
function samplingKey(seed, id) {
  return createHash("sha256").update(`${seed}:${id}`).digest("hex");
}
__name(samplingKey, "samplingKey");
function compareKeyed(x, y) {
  if (x.key !== y.key) return x.key < y.key ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
__name(compareKeyed, "compareKeyed");
function hashOrder(ids, seed) {
  return ids.map((id) => ({ id, key: samplingKey(seed, id) })).sort(compareKeyed);
}
__name(hashOrder, "hashOrder");
function sampleSize(population, rate = 0.1, min = 10, cap) {
  if (!(Number.isInteger(population) && population >= 0)) {
    throw new RangeError(`population must be a non-negative integer, got ${population}`);
  }
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be in [0, 1], got ${rate}`);
  if (!(Number.isInteger(min) && min >= 0))
    throw new RangeError(`min must be a non-negative integer, got ${min}`);
  if (cap !== void 0 && !(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`cap must be a non-negative integer, got ${cap}`);
  }
  const proportional = Math.ceil(Number((rate * population).toPrecision(12)));
  return Math.min(Math.max(min, proportional), population, cap ?? Infinity);
}
__name(sampleSize, "sampleSize");
function resolveSize(population, options) {
  if (options.size !== void 0) {
    if (!(Number.isInteger(options.size) && options.size >= 0)) {
      throw new RangeError(`size must be a non-negative integer, got ${options.size}`);
    }
    return Math.min(options.size, population);
  }
  return sampleSize(population, options.rate ?? 0.1, options.min ?? 10, options.cap);
}
__name(resolveSize, "resolveSize");
function allocateProportional(populations, k, minPerStratum = 0) {
  const strata = [...populations.entries()].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0);
  const total = strata.reduce((sum, [, size]) => sum + size, 0);
  if (!(Number.isInteger(k) && k >= 0 && k <= total))
    throw new RangeError(`k must be an integer in [0, ${total}], got ${k}`);
  if (!(Number.isInteger(minPerStratum) && minPerStratum >= 0))
    throw new RangeError("minPerStratum must be a non-negative integer");
  const sampled = new Map(
    strata.map(([name, size]) => [name, Math.min(minPerStratum, size)])
  );
  let remaining = k - [...sampled.values()].reduce((sum, value) => sum + value, 0);
  for (let round = 0; round <= strata.length && remaining > 0; round++) {
    const open = strata.filter(([name, size]) => sampled.get(name) < size);
    const openTotal = open.reduce((sum, [, size]) => sum + size, 0);
    if (openTotal === 0) break;
    const shares = open.map(([name, size]) => {
      const numerator = remaining * size;
      return {
        name,
        room: size - sampled.get(name),
        whole: Math.floor(numerator / openTotal),
        remainder: numerator % openTotal
      };
    });
    let left = remaining - shares.reduce((sum, share) => sum + share.whole, 0);
    shares.sort((x, y) => y.remainder - x.remainder || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const share of shares) {
      const extra = left > 0 && share.remainder > 0 ? 1 : 0;
      left -= extra;
      const give = Math.min(share.room, share.whole + extra);
      sampled.set(share.name, sampled.get(share.name) + give);
      remaining -= give;
    }
  }
  return strata.map(([stratum, population]) => ({ stratum, population, sampled: sampled.get(stratum) }));
}
__name(allocateProportional, "allocateProportional");
function stratifiedHashSample(items, options) {
  const size = resolveSize(items.length, options);
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(item.stratum);
    if (group) group.push(item.id);
    else groups.set(item.stratum, [item.id]);
  }
  const populations = new Map([...groups.entries()].map(([name, ids]) => [name, ids.length]));
  const allocation = allocateProportional(populations, size, options.minPerStratum ?? 0);
  const chosen = [];
  for (const { stratum, sampled } of allocation) {
    chosen.push(...hashOrder(groups.get(stratum), options.seed).slice(0, sampled));
  }
  chosen.sort(compareKeyed);
  return {
    ids: chosen.map((entry) => entry.id),
    firstKey: chosen[0]?.key ?? null,
    size: chosen.length,
    population: items.length,
    seed: options.seed,
    allocation
  };
}
__name(stratifiedHashSample, "stratifiedHashSample");

export {
  cohensKappaFromRatings,
  krippendorffAlpha,
  quantileSorted,
  median,
  tInterval,
  meanInterval,
  pairedBootstrap,
  clusteredMean,
  hasSharedClusters,
  describeClustering,
  threeZoneDecision,
  compareMetric,
  formatP,
  holmAdjust,
  benjaminiHochbergAdjust,
  hashOrder,
  sampleSize,
  stratifiedHashSample,
  applyJudgeAdvice,
  PAIRWISE_SPECS,
  judgeMetricSpecs,
  emptyAdvice,
  skippedJudge,
  promptKey,
  loadResponses
};
