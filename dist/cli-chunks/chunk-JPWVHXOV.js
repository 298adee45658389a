import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  CONTAMINATION_METRIC,
  createImportedScorer
} from "./chunk-6KVGQ3UR.js";
import {
  MAX_ORDER,
  bleuSignature,
  checkMetricName,
  chrfSignature,
  chrfStats,
  computeBleu,
  computeChrf,
  createConfiguredScorers,
  segmentStats
} from "./chunk-3VA3RSOF.js";
import {
  clusteredMean,
  describeClustering,
  hasSharedClusters,
  meanInterval,
  pairedBootstrap,
  quantileSorted,
  tInterval
} from "./chunk-SKAD3AIW.js";
import {
  meetsThreshold,
  wilsonInterval
} from "./chunk-OW4ZRGGN.js";
import {
  costUsd,
  findPrice,
  mergePrices
} from "./chunk-2ZSTHQWL.js";
import {
  UserError,
  UserErrors
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/scorers/usage.ts
var USAGE_METRICS = [
  {
    name: "latency_ms",
    kind: "continuous",
    higherIsBetter: false,
    onError: "exclude",
    description: "Time the model took to answer, in milliseconds."
  },
  {
    name: "total_tokens",
    kind: "continuous",
    higherIsBetter: false,
    onError: "exclude",
    description: "Prompt plus completion tokens of the call."
  },
  {
    name: "cost_usd",
    kind: "continuous",
    higherIsBetter: false,
    onError: "exclude",
    description: "Cost of the call in USD, from the token usage and the price table."
  }
];
function createUsageScorer(options) {
  const { model } = options;
  const price = model === void 0 ? void 0 : findPrice(options.prices, model);
  const unpricedModels = model !== void 0 && price === void 0 ? [model] : [];
  const tokens = /* @__PURE__ */ __name((response) => {
    const usage = response.usage;
    if (!usage) return null;
    if (Number.isFinite(usage.total)) return usage.total;
    const sum2 = usage.prompt + usage.completion;
    return Number.isFinite(sum2) ? sum2 : null;
  }, "tokens");
  return {
    name: "usage",
    configKey: "built-in usage metrics (latency_ms, total_tokens, cost_usd)",
    metrics: USAGE_METRICS,
    model,
    price,
    unpricedModels,
    score(_item, response) {
      const latency = response.latencyMs;
      const usage = response.usage;
      return {
        latency_ms: typeof latency === "number" && Number.isFinite(latency) ? latency : null,
        total_tokens: tokens(response),
        cost_usd: usage && price ? finiteOrNull(costUsd(usage, price.price)) : null
      };
    },
    details(_item, response) {
      const notes = {};
      if (typeof response.latencyMs !== "number") notes.latency_ms = "N/A: no latency was recorded";
      if (!response.usage) notes.total_tokens = "N/A: no token usage was recorded";
      if (!response.usage) notes.cost_usd = "N/A: no token usage was recorded";
      else if (model === void 0) notes.cost_usd = "N/A: the model is not known, so it has no price";
      else if (!price)
        notes.cost_usd = `N/A: no price for model "${model}" (add it under prices: in the config)`;
      return notes;
    }
  };
}
__name(createUsageScorer, "createUsageScorer");
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}
__name(finiteOrNull, "finiteOrNull");

// src/scorers/index.ts
function createScorers(metrics, options) {
  const { configFile } = options;
  const scorers = createConfiguredScorers(metrics, { baseDir: options.baseDir, configFile });
  if (options.dataset?.importedMetrics) {
    scorers.push(createImportedScorer(options.dataset.importedMetrics, options.dataset.format));
  }
  scorers.push(createUsageScorer({ prices: mergePrices(options.prices), model: options.model }));
  listMetricSpecs(scorers, configFile);
  return scorers;
}
__name(createScorers, "createScorers");
function listMetricSpecs(scorers, configFile) {
  const specs = [];
  const owners = /* @__PURE__ */ new Map();
  for (const scorer of scorers) {
    const key = scorer.configKey ?? `scorer ${scorer.name}`;
    const builtIn = scorer.name === "json" || scorer.name === "usage";
    const nameKey = builtIn ? key : `${key}.name`;
    for (const spec of scorer.metrics) {
      checkMetricName(spec.name, nameKey, configFile);
      if (spec.onError === "fail" && !spec.higherIsBetter && spec.kind === "continuous") {
        throw new Error(
          `metric ${spec.name}: a lower-is-better continuous metric has no worst value; use onError 'exclude'`
        );
      }
      const names = /* @__PURE__ */ new Set([spec.name, spec.aggregateName ?? spec.name]);
      for (const name of names) {
        const owner = owners.get(name);
        if (owner !== void 0) {
          throw new UserError(`the metric name "${name}" is used twice: by ${owner} and by ${nameKey}.`, {
            file: configFile,
            key: nameKey,
            fix: "Give each metric its own name (json_valid, schema_valid, latency_ms, total_tokens and cost_usd are built in)."
          });
        }
        owners.set(name, nameKey);
      }
      specs.push(spec);
    }
  }
  return specs;
}
__name(listMetricSpecs, "listMetricSpecs");
function isAnswered(response) {
  return response.error === void 0 && typeof response.output === "string";
}
__name(isAnswered, "isAnswered");
function worstValue(spec) {
  if (spec.higherIsBetter) return 0;
  if (spec.kind === "binary") return 1;
  throw new Error(`metric ${spec.name}: a lower-is-better continuous metric has no worst value`);
}
__name(worstValue, "worstValue");
function scoreItem(scorers, item, response) {
  const scores = {};
  if (isAnswered(response)) {
    for (const scorer of scorers) Object.assign(scores, scorer.score(item, response));
    return scores;
  }
  for (const scorer of scorers) {
    const applies = scorer.applies?.(item) ?? true;
    for (const spec of scorer.metrics) {
      if (spec.onError === "exclude") continue;
      scores[spec.name] = applies ? worstValue(spec) : null;
    }
  }
  return scores;
}
__name(scoreItem, "scoreItem");
function explainItem(scorers, item, response) {
  const notes = {};
  if (isAnswered(response)) {
    for (const scorer of scorers) Object.assign(notes, scorer.details?.(item, response));
    return notes;
  }
  const why = response.error ? `${response.error.kind}: ${response.error.message}` : "no output";
  for (const scorer of scorers) {
    const applies = scorer.applies?.(item) ?? true;
    for (const spec of scorer.metrics) {
      if (spec.onError === "exclude") continue;
      notes[spec.name] = applies ? `no answer (${why}): counted as a failure` : "N/A for this item (no expected value to compare with)";
    }
  }
  return notes;
}
__name(explainItem, "explainItem");

// src/gates/sanity.ts
var RATE = { lower: 0, upper: 1 };
function rangeOfKind(kind) {
  return kind === "rate" ? RATE : void 0;
}
__name(rangeOfKind, "rangeOfKind");
function checkGateSanity(config, kindOf) {
  const problems = [];
  config.gates.forEach((gate, index) => {
    const range = rangeOfKind(kindOf(gate.metric));
    if (!range) return;
    const problem = gate.type === "threshold" ? thresholdProblem(gate.op, gate.threshold, range) : marginProblem(gate);
    if (!problem) return;
    problems.push(
      new UserError(`gate "${gate.name}": ${problem.message}`, {
        file: config.configFile,
        line: gate.line,
        key: `gates[${index}].${gate.type === "threshold" ? "threshold" : "margin"}`,
        fix: problem.fix
      })
    );
  });
  return problems;
}
__name(checkGateSanity, "checkGateSanity");
function thresholdProblem(op, threshold, range) {
  const atLower = meetsThreshold[op](range.lower, threshold);
  const atUpper = meetsThreshold[op](range.upper, threshold);
  const always = op !== "==" && atLower && atUpper;
  const never = op === "==" ? threshold < range.lower || threshold > range.upper : !atLower && !atUpper;
  const bounds = `the metric is a rate, always between ${range.lower} and ${range.upper}`;
  if (always) {
    return {
      message: `\`${op} ${threshold}\` can never fail: ${bounds}.`,
      fix: `Use a threshold inside (${range.lower}, ${range.upper}), e.g. \`>= 0.9\` for a success rate or \`<= 0.05\` for an error rate (0.9 is 90%).`
    };
  }
  if (never) {
    return {
      message: `\`${op} ${threshold}\` can never pass: ${bounds}.`,
      fix: `Use a threshold inside [${range.lower}, ${range.upper}] (0.9 is 90%, not 90), or \`>= ${range.upper}\` to require every item.`
    };
  }
  return void 0;
}
__name(thresholdProblem, "thresholdProblem");
function marginProblem(gate) {
  if (gate.margin < 1) return void 0;
  return {
    message: `margin ${gate.margin} can never fail: the metric is a rate, which cannot drop by ${gate.margin} or more.`,
    fix: "Give the largest drop you accept as a fraction, e.g. `margin: 0.02` for 2 points."
  };
}
__name(marginProblem, "marginProblem");

// src/scorers/corpus-stats.ts
var CORPUS_RESAMPLES = 1e3;
var CORPUS_SEED = 12345;
var LEVEL = 0.95;
function corpusMetricName(metric) {
  return `corpus_${metric}`;
}
__name(corpusMetricName, "corpusMetricName");
function corpusSignature(metric) {
  return metric === "bleu" ? `BLEU|${bleuSignature({ references: 1, effectiveOrder: false })}` : `chrF2|${chrfSignature()}`;
}
__name(corpusSignature, "corpusSignature");
function corpusMetricValue(records, metric) {
  const scored = records.filter((record) => record.expectedOutput !== void 0);
  const naCount = records.length - scored.length;
  const errorCount = scored.filter((record) => record.error !== void 0).length;
  const pairs = scored.map((record) => [record.output ?? "", record.expectedOutput]);
  let value = null;
  let interval;
  if (pairs.length > 0) {
    const score = metric === "bleu" ? bleuScorer(pairs) : chrfScorer(pairs);
    value = score(identity(pairs.length));
    const boot = pairedBootstrap(pairs.length, score, {
      resamples: CORPUS_RESAMPLES,
      seed: CORPUS_SEED,
      levels: [LEVEL]
    });
    const [first] = boot.intervals;
    if (first && Number.isFinite(first.lower) && Number.isFinite(first.upper)) {
      interval = {
        lower: first.lower,
        upper: first.upper,
        level: LEVEL,
        method: `percentile bootstrap over items (B=${CORPUS_RESAMPLES}, seed ${CORPUS_SEED})`
      };
    }
  }
  const signature = corpusSignature(metric);
  return {
    name: corpusMetricName(metric),
    base: metric,
    kind: "corpus",
    value,
    n: scored.length,
    interval,
    naCount,
    errorCount,
    higherIsBetter: true,
    signature,
    description: `Corpus ${metric === "bleu" ? "BLEU" : "chrF2"} (0 to 100) over the items with an expected output; ${signature} (evalgate's implementation of sacreBLEU's signature).`
  };
}
__name(corpusMetricValue, "corpusMetricValue");
function identity(n) {
  const indices = new Uint32Array(n);
  for (let index = 0; index < n; index++) indices[index] = index;
  return indices;
}
__name(identity, "identity");
function summer(rows) {
  const width = rows[0]?.length ?? 0;
  const flat = Float64Array.from(rows.flat());
  return (indices) => {
    const sum2 = new Array(width).fill(0);
    for (let i = 0; i < indices.length; i++) {
      const offset = indices[i] * width;
      for (let k = 0; k < width; k++) sum2[k] += flat[offset + k];
    }
    return sum2;
  };
}
__name(summer, "summer");
function bleuScorer(pairs) {
  const sum2 = summer(
    pairs.map(([output, reference]) => {
      const stats = segmentStats(output, [reference]);
      return [stats.hypLength, stats.refLength, ...stats.matches, ...stats.totals];
    })
  );
  return (indices) => {
    const [hypLength, refLength, ...rest] = sum2(indices);
    return computeBleu({
      hypLength,
      refLength,
      matches: rest.slice(0, MAX_ORDER),
      totals: rest.slice(MAX_ORDER)
    }).score;
  };
}
__name(bleuScorer, "bleuScorer");
function chrfScorer(pairs) {
  const sum2 = summer(pairs.map(([output, reference]) => chrfStats(output, reference).flat()));
  return (indices) => {
    const flat = sum2(indices);
    const stats = [];
    for (let k = 0; k < flat.length; k += 3) stats.push([flat[k], flat[k + 1], flat[k + 2]]);
    return computeChrf(stats);
  };
}
__name(chrfScorer, "chrfScorer");

// src/pipeline/aggregate.ts
var LEVEL2 = 0.95;
function aggregate(records, specs, options) {
  const metrics = {};
  const columns = readColumns(records, specs);
  const needsMembers = specs.some((spec) => spec.corpus);
  const groups = [
    [void 0, records, void 0]
  ];
  if (options.perCategory) {
    for (const [category, positions] of positionsByCategory(records)) {
      const members = needsMembers ? positions.map((position) => records[position]) : [];
      groups.push([category, members, positions]);
    }
  }
  const buffer = new Float64Array(records.length);
  for (const [category, members, positions] of groups) {
    const add = /* @__PURE__ */ __name((value) => {
      const name = category === void 0 ? value.name : `${value.name}@${category}`;
      metrics[name] = { ...value, name, category };
    }, "add");
    const collected = /* @__PURE__ */ __name((column) => collect(column, columns, positions, buffer), "collected");
    add(
      rate(collected(columns.error), {
        name: "error_rate",
        base: "error",
        higherIsBetter: false,
        description: "Share of items with no usable answer (model errors and missing responses)."
      })
    );
    for (const [index, spec] of specs.entries()) {
      const column = columns.scores[index];
      if (spec.kind === "binary") {
        add(
          rate(collected(column), {
            name: spec.aggregateName ?? spec.name,
            base: spec.name,
            higherIsBetter: spec.higherIsBetter,
            description: spec.description
          })
        );
      } else {
        for (const value of continuous(collected(column), spec)) add(value);
      }
      if (spec.corpus) add(corpusMetricValue(members, spec.corpus));
    }
  }
  if (options.composite) metrics[options.composite.name] = composite(metrics, options.composite);
  return metrics;
}
__name(aggregate, "aggregate");
function positionsByCategory(records) {
  const groups = /* @__PURE__ */ new Map();
  records.forEach((record, position) => {
    const group = groups.get(record.category);
    if (group) group.push(position);
    else groups.set(record.category, [position]);
  });
  return new Map([...groups.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
__name(positionsByCategory, "positionsByCategory");
function readColumns(records, specs) {
  const names = specs.map((spec) => spec.name);
  const error = new Uint8Array(records.length);
  const scores = names.map(() => new Array(records.length));
  let scenarios;
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    if (record.error) error[position] = 1;
    if (record.scenarioId !== void 0) {
      scenarios ??= new Array(records.length).fill(void 0);
      scenarios[position] = record.scenarioId;
    }
    const itemScores = record.scores;
    for (let index = 0; index < names.length; index++) scores[index][position] = itemScores[names[index]];
  }
  return { error, scores, scenarios };
}
__name(readColumns, "readColumns");
function collect(column, columns, positions, buffer) {
  const { error, scenarios } = columns;
  const clusters = scenarios ? [] : void 0;
  let n = 0;
  let naCount = 0;
  let errorCount = 0;
  const count = positions ? positions.length : column.length;
  for (let index = 0; index < count; index++) {
    const position = positions ? positions[index] : index;
    const value = column[position];
    if (error[position] === 1) errorCount++;
    if (value === null) naCount++;
    else if (value !== void 0) {
      buffer[n++] = value;
      clusters?.push(scenarios[position]);
    }
  }
  return { values: buffer.subarray(0, n), clusters, naCount, errorCount };
}
__name(collect, "collect");
function sum(values) {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index];
  return total;
}
__name(sum, "sum");
function rate({ values, clusters, naCount, errorCount }, metric) {
  const successes = sum(values);
  const n = values.length;
  const clustered = hasSharedClusters(clusters) ? clusteredMean(Array.from(values), clusters) : void 0;
  const inflation = clustered && clustered.designEffect > 1 ? clustered.designEffect : 1;
  return {
    name: metric.name,
    base: metric.base,
    kind: "rate",
    value: n > 0 ? successes / n : null,
    n,
    interval: n > 0 ? toInterval(
      wilsonInterval(successes / inflation, n / inflation, LEVEL2),
      clustered ? `wilson (${describeClustering(clustered.clusters, clustered.designEffect)})` : "wilson"
    ) : void 0,
    naCount,
    errorCount: metric.base === "error" ? 0 : errorCount,
    higherIsBetter: metric.higherIsBetter,
    description: metric.description
  };
}
__name(rate, "rate");
function continuous(collected, spec) {
  const { clusters, naCount, errorCount } = collected;
  const values = Array.from(collected.values);
  const n = values.length;
  const clustered = hasSharedClusters(clusters) ? clusteredMean(values, clusters) : void 0;
  const common = {
    base: spec.name,
    n,
    naCount,
    errorCount,
    higherIsBetter: spec.higherIsBetter
  };
  const mean = {
    ...common,
    name: `${spec.aggregateName ?? spec.name}_mean`.replace(/_mean_mean$/, "_mean"),
    kind: "mean",
    value: n > 0 ? sum(values) / n : null,
    interval: clustered ? clustered.clusters < 2 || !(clustered.se >= 0) ? void 0 : toInterval(
      tInterval(clustered.mean, clustered.se, clustered.df, LEVEL2),
      `cluster-robust t (${describeClustering(clustered.clusters, clustered.designEffect)})`
    ) : n > 1 ? toInterval(meanInterval(values, LEVEL2), "t") : void 0,
    description: `Mean of ${spec.name}: ${spec.description}`
  };
  const results = [mean];
  if (spec.name === "latency_ms") {
    const sorted = [...values].sort((a, b) => a - b);
    for (const [label, q] of [
      ["p50", 0.5],
      ["p95", 0.95]
    ]) {
      results.push({
        ...common,
        name: `latency_${label}_ms`,
        kind: "quantile",
        value: n > 0 ? quantileSorted(sorted, q) : null,
        description: `${label} of the model's latency per item (live calls; cached answers keep their original latency).`
      });
    }
    results.push({
      ...common,
      name: "latency_max_ms",
      kind: "quantile",
      value: n > 0 ? sorted[n - 1] : null,
      description: "Largest latency of one item."
    });
  }
  if (spec.name === "total_tokens" || spec.name === "cost_usd") {
    results.push({
      ...common,
      name: spec.name === "total_tokens" ? "tokens_total" : "cost_usd_total",
      kind: "total",
      value: n > 0 ? sum(values) : null,
      description: spec.name === "total_tokens" ? "Tokens used by the model, in all." : "Cost of the model calls in USD, in all."
    });
  }
  return results;
}
__name(continuous, "continuous");
function composite(metrics, config) {
  let weighted = 0;
  let totalWeight = 0;
  let n = Infinity;
  let missing = false;
  for (const [name, weight] of Object.entries(config.weights)) {
    const metric = metrics[name];
    if (!metric || metric.value === null) {
      missing = true;
      continue;
    }
    weighted += weight * metric.value;
    totalWeight += weight;
    n = Math.min(n, metric.n);
  }
  return {
    name: config.name,
    base: config.name,
    kind: "composite",
    value: missing || totalWeight === 0 ? null : weighted / totalWeight,
    n: Number.isFinite(n) ? n : 0,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: true,
    description: `Weighted mean of ${Object.entries(config.weights).map(([name, weight]) => `${name} (weight ${weight})`).join(", ")}.`
  };
}
__name(composite, "composite");
function toInterval(interval, method) {
  return { lower: interval.lower, upper: interval.upper, level: LEVEL2, method };
}
__name(toInterval, "toInterval");

// src/pipeline/metric-names.ts
function knownMetricNames(config, specs, dataset) {
  const overall = Object.keys(aggregate([], specs, { perCategory: false }));
  const names = [...overall];
  if (config.metrics.perCategory) {
    const categories = [...new Set(dataset.items.map((item) => item.category))].sort();
    for (const category of categories) for (const name of overall) names.push(`${name}@${category}`);
  }
  if (config.composite) names.push(config.composite.name);
  if (config.contamination) names.push(CONTAMINATION_METRIC);
  names.push(...(dataset.reportedMetrics ?? []).map((metric) => metric.name));
  return names;
}
__name(knownMetricNames, "knownMetricNames");
function checkMetricReferences(config, specs, dataset) {
  const known = new Set(knownMetricNames(config, specs, dataset));
  const overall = Object.keys(aggregate([], specs, { perCategory: false }));
  const categories = [...new Set(dataset.items.map((item) => item.category))].sort();
  const problems = [];
  const reported = (dataset.reportedMetrics ?? []).map((metric) => metric.name);
  const list = `Known metrics: ${[...overall, ...reported, ...config.composite ? [config.composite.name] : []].join(", ")}${config.metrics.perCategory && categories.length > 0 ? `; per category as metric@category, categories: ${categories.join(", ")}` : ""}.`;
  const kinds = new Map(
    [...Object.values(aggregate([], specs, { perCategory: false })), ...dataset.reportedMetrics ?? []].map(
      (metric) => [metric.name.split("@")[0], metric.kind]
    )
  );
  config.gates.forEach((gate, index) => {
    const kind = kinds.get(gate.metric.split("@")[0]);
    if (gate.type === "regression" && known.has(gate.metric) && kind !== "rate" && kind !== "mean") {
      problems.push(
        new UserError(
          `the regression gate on "${gate.metric}" needs a metric that is a rate or a mean of items.`,
          {
            file: config.configFile,
            line: gate.line,
            key: `gates[${index}].metric`,
            fix: "Compare a per-item metric (for latency: latency_ms_mean), or make this a threshold gate."
          }
        )
      );
    }
    if (!known.has(gate.metric)) {
      problems.push(
        new UserError(`gate "${gate.name}" uses the unknown metric "${gate.metric}".`, {
          file: config.configFile,
          line: gate.line,
          key: `gates[${index}].metric`,
          fix: list
        })
      );
    }
  });
  problems.push(
    ...checkGateSanity(
      config,
      (metric) => known.has(metric) ? kinds.get(metric.split("@")[0]) : void 0
    )
  );
  for (const name of Object.keys(config.composite?.weights ?? {})) {
    if (!known.has(name) || name === config.composite?.name) {
      problems.push(
        new UserError(`the composite score weighs the unknown metric "${name}".`, {
          file: config.configFile,
          key: `composite.weights.${name}`,
          fix: list
        })
      );
    }
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0] : new UserErrors(problems);
}
__name(checkMetricReferences, "checkMetricReferences");

export {
  createScorers,
  listMetricSpecs,
  scoreItem,
  explainItem,
  aggregate,
  knownMetricNames,
  checkMetricReferences
};
