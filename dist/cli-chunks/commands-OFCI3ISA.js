import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  createLocalBaselineStore,
  displayPath,
  formatShard,
  loadConfig,
  parseShardSpec,
  runEvaluation
} from "./chunk-BBDTWCR5.js";
import {
  UserError,
  codeText,
  escapeInline,
  formatDifference,
  formatDuration,
  formatMetricValue,
  formatP,
  isMeasured,
  renderJudgeSection
} from "./chunk-35HK6KJ2.js";
import {
  __name,
  logLine,
  logLines,
  logValue
} from "./chunk-MXNOKFXH.js";

// src/report/console.ts
function renderConsoleSummary(report, reportDir) {
  const lines = [""];
  lines.push(`${report.decision.toUpperCase()}  ${logValue(report.name, 200)}`);
  lines.push(logValue(report.headline, 1e3));
  lines.push("");
  for (const result of report.gates) {
    const mark = result.status === "pass" ? "pass" : result.effect === "block" ? "FAIL" : result.effect === "warn" ? "warn" : result.status;
    lines.push(
      `  [${mark}] ${logValue(result.gate.name, 200)} (${result.gate.severity}): ${logValue(result.explanation, 1e3)}`
    );
    for (const item of result.failingItems.slice(0, 3)) {
      const what = item.error ? `error: ${logValue(item.error, 200)}` : `output: ${logValue(item.output ?? "", 60)}${item.reason ? ` (${logValue(item.reason, 80)})` : ""}`;
      lines.push(
        `         ${logValue(`${item.source.file}:${item.source.line}`, 200)} ${logValue(item.id, 100)}  ${what}`
      );
    }
    if (result.failingCount > 3) lines.push(`         \u2026 ${result.failingCount - 3} more in the report`);
  }
  const overall = Object.values(report.metrics).filter(
    (metric) => metric.category === void 0 && isMeasured(metric)
  );
  lines.push(
    "",
    `  metrics: ${overall.map((metric) => `${logValue(metric.name, 100)}=${formatMetricValue(metric, metric.value)}`).join("  ")}`
  );
  for (const metric of overall.filter((candidate) => candidate.signature !== void 0)) {
    lines.push(`  ${metric.name} ${formatMetricValue(metric, metric.value)}  ${signatureNote(metric)}`);
  }
  if (report.comparison.status === "skipped")
    lines.push(`  baseline: ${logValue(report.comparison.reason ?? "skipped", 500)}`);
  for (const warning of report.warnings) lines.push(`  warning: ${logValue(warning, 1e3)}`);
  const rate = report.durationMs > 0 ? report.dataset.items / report.durationMs * 1e3 : 0;
  lines.push(
    `  ${report.dataset.items} items in ${formatDuration(report.durationMs)} (${rate.toFixed(0)} items/s)`
  );
  if (report.baselineWritten) lines.push(`  new baseline: ${logValue(report.baselineWritten, 500)}`);
  if (reportDir) lines.push(`  report: ${logValue(reportDir, 500)}/report.md and report.json`);
  return logLines(lines.join("\n"));
}
__name(renderConsoleSummary, "renderConsoleSummary");
function signatureNote(metric) {
  return `${metric.signature} (evalgate's implementation of sacreBLEU's signature)`;
}
__name(signatureNote, "signatureNote");

// src/report/write.ts
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";

// src/report/markdown.ts
var DECISION_LABEL = { deploy: "\u2705 DEPLOY", block: "\u274C BLOCK", error: "\u26A0\uFE0F ERROR" };
var ZONE_LABEL = { pass: "PASS", fail: "FAIL", inconclusive: "INCONCLUSIVE" };
function renderMarkdown(report, options = {}) {
  const sections = [
    `# evalgate \xB7 ${escapeInline(report.name)}: ${DECISION_LABEL[report.decision]}`,
    `> ${escapeInline(report.headline, 500)}`,
    renderGates(report, options.maxFailingItems ?? 10),
    renderMetrics(report, options.perCategory ?? true),
    renderComparison(report),
    renderJudge(report),
    renderRun(report)
  ];
  return `${sections.filter((section) => section.length > 0).join("\n\n")}
`;
}
__name(renderMarkdown, "renderMarkdown");
function renderGates(report, maxFailingItems) {
  if (report.error) {
    const where = [report.error.file, report.error.line].filter((part) => part !== void 0).join(":");
    return `## Error

${where ? `${codeText(where, 300)}${report.error.key ? ` (${escapeInline(report.error.key, 200)})` : ""}: ` : ""}${escapeInline(
      report.error.message,
      2e3
    )}`;
  }
  if (report.gates.length === 0) return "## Gates\n\nNo gates are configured: nothing can block this run.";
  const rows = report.gates.map((result) => {
    const metric = result.metric;
    const target = result.gate.type === "threshold" ? `${result.gate.op} ${metric ? formatMetricValue(metric, result.gate.threshold) : result.gate.threshold}` : `no drop beyond ${metric ? formatDifference(metric, result.gate.margin).replace(/^[+−±]/, "") : result.gate.margin}`;
    const row = report.comparison.rows.find((candidate) => candidate.metric === result.gate.metric);
    const value = result.gate.type === "regression" && metric && row?.diff != null ? `\u0394 ${formatDifference(metric, row.diff)}` : metric ? formatMetricValue(metric, metric.value) : "n/a";
    const interval = result.gate.type === "regression" ? row?.stat && metric ? diffIntervalText(metric, row.stat.ciGate, row.stat.alpha) : "\u2014" : metric?.interval ? `${intervalText(metric)} (${levelText(metric.interval.level)})` : "\u2014";
    return `| ${gateIcon(result)} | ${escapeInline(result.gate.name)} | ${result.gate.severity} | ${value} | ${target} | ${metric?.n ?? 0} | ${interval} |`;
  });
  const details = report.gates.filter((result) => result.status !== "pass").map((result) => renderGateFailure(result, maxFailingItems));
  return [
    "## Gates",
    "",
    "| | Gate | Severity | Value | Needs | n | Interval |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    ...details.map((detail) => `
${detail}`)
  ].join("\n");
}
__name(renderGates, "renderGates");
function renderGateFailure(result, maxFailingItems) {
  const label = result.effect === "block" ? "blocks" : result.effect === "warn" ? "warns" : "noted";
  const lines = [
    `### ${gateIcon(result)} ${escapeInline(result.gate.name)} (${label})`,
    "",
    escapeInline(result.explanation, 1e3)
  ];
  if (result.failingItems.length > 0) {
    const shown = result.failingItems.slice(0, maxFailingItems);
    lines.push(
      "",
      `<details><summary>${shown.length === result.failingCount || result.failingCount === 0 ? `${shown.length} items` : `First ${shown.length} of ${result.failingCount} items`}</summary>`,
      "",
      "| id | category | at | output | expected | why |",
      "|---|---|---|---|---|---|",
      ...shown.map(
        (item) => `| ${escapeInline(item.id, 60)} | ${escapeInline(item.category, 40)} | ${escapeInline(
          `${item.source.file}:${item.source.line}`,
          80
        )} | ${item.error ? "*no answer*" : codeText(item.output ?? "", 100)} | ${codeText(
          item.expected ?? "",
          80
        )} | ${item.error ? codeText(item.error, 120) : escapeInline(item.reason ?? "", 120)} |`
      ),
      "",
      "</details>"
    );
  }
  return lines.join("\n");
}
__name(renderGateFailure, "renderGateFailure");
function renderMetrics(report, perCategory) {
  const all = Object.values(report.metrics);
  const overall = all.filter((metric) => metric.category === void 0 && isMeasured(metric));
  const lines = ["## Metrics", "", ...metricTable(overall)];
  const signed = overall.filter((metric) => metric.signature !== void 0);
  if (signed.length > 0) {
    lines.push(
      "",
      ...signed.map(
        (metric) => `- \`${metric.name}\` ${formatMetricValue(metric, metric.value)}: \`${metric.signature}\` (evalgate's implementation of sacreBLEU's signature)`
      )
    );
  }
  const categories = report.dataset.categories;
  if (perCategory && categories.length > 1) {
    const rates = overall.filter((metric) => metric.kind === "rate" || metric.kind === "mean");
    lines.push(
      "",
      "<details><summary>Per category</summary>",
      "",
      `| Metric | ${categories.map((category) => escapeInline(category, 30)).join(" | ")} |`,
      `|---|${categories.map(() => "---").join("|")}|`,
      ...rates.map(
        (metric) => `| ${metric.name} | ${categories.map((category) => {
          const value = report.metrics[`${metric.name}@${category}`];
          return value ? `${formatMetricValue(value, value.value)} (n=${value.n})` : "\u2014";
        }).join(" | ")} |`
      ),
      "",
      "</details>"
    );
  }
  return lines.join("\n");
}
__name(renderMetrics, "renderMetrics");
function metricTable(metrics) {
  return [
    "| Metric | Value | n | 95% CI | N/A | Errors |",
    "|---|---|---|---|---|---|",
    ...metrics.map(
      (metric) => `| ${metric.name} | ${formatMetricValue(metric, metric.value)} | ${metric.n} | ${metric.interval ? intervalText(metric) : "\u2014"} | ${metric.naCount || "\u2014"} | ${metric.errorCount || "\u2014"} |`
    )
  ];
}
__name(metricTable, "metricTable");
function gateIcon(result) {
  if (result.status === "pass") return "\u2705";
  if (result.effect === "block") return "\u274C";
  if (result.effect === "warn") return "\u26A0\uFE0F";
  return "\u2754";
}
__name(gateIcon, "gateIcon");
function diffIntervalText(metric, interval, alpha) {
  const level = interval.level ?? 1 - 2 * alpha;
  return `\u0394 ${formatDifference(metric, interval.lower)} to ${formatDifference(metric, interval.upper)} (${levelText(level)})`;
}
__name(diffIntervalText, "diffIntervalText");
function levelText(level) {
  return `${Number((level * 100).toPrecision(3))}%`;
}
__name(levelText, "levelText");
function intervalText(metric) {
  return metric.interval ? `${formatMetricValue(metric, metric.interval.lower)} \u2013 ${formatMetricValue(metric, metric.interval.upper)}` : "\u2014";
}
__name(intervalText, "intervalText");
function renderComparison(report) {
  const main = renderComparisonSection(report, report.comparison, "## Comparison with the baseline");
  if (!report.golden) return main;
  return `${main}

${renderComparisonSection(report, report.golden, "## Cumulative drift against the golden baseline")}`;
}
__name(renderComparison, "renderComparison");
function renderComparisonSection(report, comparison, heading) {
  if (comparison.status === "skipped")
    return `${heading}

Skipped: ${escapeInline(comparison.reason ?? "", 500)}`;
  const baseline = comparison.baseline;
  const gateLevel = Math.round((1 - 2 * comparison.alpha) * 100);
  const lines = [
    heading,
    "",
    `Baseline from ${escapeInline(baseline.createdAt, 40)}${baseline.gitSha ? ` (commit ${escapeInline(baseline.gitSha.slice(0, 7), 10)})` : ""}, ${comparison.paired} items paired by id${baseline.sameDataset ? ", same dataset" : ", **different dataset version**"}. \u0394 = new \u2212 base; a regression gate passes when its whole ${gateLevel}% interval lies above \u2212margin (non-inferiority, one-sided \u03B1 = ${comparison.alpha}), fails when it lies below, and is inconclusive otherwise.`,
    "",
    `| Metric | Base | New | \u0394 | ${gateLevel}% CI (gate) | 95% CI | p (non-inf.) | p (diff.) | n | Method | Verdict |`,
    "|---|---|---|---|---|---|---|---|---|---|---|"
  ];
  for (const row of comparison.rows) {
    if (!row.gate && (row.metric.includes("@") || !row.stat || row.stat.n === 0)) continue;
    const metric = report.metrics[row.metric];
    if (!metric) continue;
    const stat = row.stat;
    const diff = /* @__PURE__ */ __name((value) => formatDifference(metric, value), "diff");
    const verdict = row.gate && stat ? ZONE_LABEL[stat.zone] : "\u2014";
    const flags = [
      stat?.significantRegression ? "significant drop" : "",
      stat?.significantImprovement ? "significant gain" : ""
    ].filter(Boolean);
    lines.push(
      `| ${row.metric} | ${formatMetricValue(metric, row.base)} | ${formatMetricValue(metric, row.new)} | ${row.diff === null ? "n/a" : diff(row.diff)} | ${stat ? `${diff(stat.ciGate.lower)} to ${diff(stat.ciGate.upper)}` : "\u2014"} | ${stat ? `${diff(stat.ci95.lower)} to ${diff(stat.ci95.upper)}` : "\u2014"} | ${row.gate && stat ? `${formatP(stat.pNonInferiority)} (\u03B4 ${diff(row.gate.margin).replace(/^[+−±]/, "")})` : "\u2014"} | ${stat ? `${formatP(stat.pDifference)} (${stat.pDifferenceMethod})` : "\u2014"} | ${stat ? `${stat.n}${stat.paired ? " paired" : ""}` : "\u2014"} | ${stat?.method ?? "plain difference"} | ${verdict}${flags.length > 0 ? ` \xB7 ${flags.join(", ")}` : ""} |`
    );
  }
  const gated = comparison.rows.filter((row) => row.gate && row.stat);
  if (gated.length > 0) {
    lines.push(
      "",
      `Minimum detectable drop (80% power, one-sided \u03B1 = ${comparison.alpha}): ${gated.map(
        (row) => `${row.metric} ${formatDifference(report.metrics[row.metric], row.stat.mde).replace(/^[+−±]/, "")}`
      ).join("; ")}. Holm-adjusted p of a regression: ${gated.map((row) => `${row.metric} ${formatP(row.pRegressionHolm ?? 1)}`).join("; ")}.`
    );
    for (const row of gated) {
      const notes = row.stat.notes;
      if (notes.length > 0)
        lines.push("", `Notes on ${row.metric}: ${notes.map((note) => escapeInline(note, 300)).join("; ")}.`);
      if (row.regressedItems.length > 0) {
        lines.push(
          "",
          `<details><summary>${row.metric}: ${row.regressedItems.length} items right before and wrong now, ${row.improvedItems.length} the other way</summary>`,
          "",
          row.regressedItems.slice(0, 100).map((id) => codeText(id, 60)).join(", ") + (row.regressedItems.length > 100 ? ", \u2026" : ""),
          "",
          "</details>"
        );
      }
    }
  }
  if (comparison.categoryWarnings.length > 0) {
    lines.push(
      "",
      "**Per-category drops** (Benjamini\u2013Hochberg, q = 0.10):",
      "",
      ...comparison.categoryWarnings.map((w) => `- ${escapeInline(w, 300)}`)
    );
  }
  if (comparison.missingInBaseline.length + comparison.missingInRun.length > 0) {
    lines.push(
      "",
      `Not paired: ${comparison.missingInBaseline.length} items new in this run, ${comparison.missingInRun.length} baseline items missing from it.`
    );
  }
  return lines.join("\n");
}
__name(renderComparisonSection, "renderComparisonSection");
function renderJudge(report) {
  return renderJudgeSection(report);
}
__name(renderJudge, "renderJudge");
function renderRun(report) {
  const stats = report.source.stats;
  const lines = [
    "## Run",
    "",
    `- Dataset: ${codeText(report.dataset.file, 200)} (${report.dataset.format}, ${report.dataset.items} items, sha256 ${report.dataset.hash.slice(0, 12)})`,
    `- Answers: ${escapeInline(report.source.description, 200)} (${report.source.kind}); ${stats.errors} errors${report.source.kind === "live" ? `, ${stats.requests} requests, ${stats.retries} retries, ${stats.rateLimited} rate-limited, ${stats.timeouts} timeouts, cache ${stats.cacheHits} hits / ${stats.cacheMisses} misses` : ""}`,
    `- Config: ${codeText(report.config.file, 200)} (hash ${report.config.hash.slice(0, 12)}), evalgate ${report.evalgateVersion}`,
    `- Time: ${formatDuration(report.durationMs)} (${report.timings.map((timing) => `${timing.name} ${formatDuration(timing.durationMs)}`).join(", ")})`
  ];
  if (report.baselineWritten)
    lines.push(`- This run is the new baseline: ${codeText(report.baselineWritten, 200)}`);
  if (report.warnings.length > 0) {
    lines.push(
      "",
      "### Warnings",
      "",
      ...report.warnings.map((warning) => `- ${escapeInline(warning, 500)}`)
    );
  }
  return lines.join("\n");
}
__name(renderRun, "renderRun");

// src/report/write.ts
async function writeReportFiles(report, dir, maxFailingItems = 10) {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, "report.json");
  const markdown = path.join(dir, "report.md");
  await writeReportJson(report, json);
  await writeFile(markdown, renderMarkdown(report, { maxFailingItems }));
  return { dir, json, markdown };
}
__name(writeReportFiles, "writeReportFiles");
async function writeReportJson(report, file) {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  const stream = createWriteStream(file);
  const write = /* @__PURE__ */ __name(async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  }, "write");
  await write(`${head.slice(0, head.lastIndexOf("[]"))}[`);
  for (let index = 0; index < items.length; index++) {
    await write(`${index === 0 ? "" : ","}
    ${JSON.stringify(items[index])}`);
  }
  await write(`${items.length > 0 ? "\n  " : ""}]
}
`);
  stream.end();
  await once(stream, "finish");
}
__name(writeReportJson, "writeReportJson");

// src/cli/commands.ts
async function runCommand(command, values, log) {
  try {
    const shard = values.shard === void 0 ? void 0 : parseShardSpec(values.shard);
    const config = await loadConfig(values.config, {
      responses: values.responses,
      dataset: values.dataset,
      baseline: values.baseline,
      outDir: values.out
    });
    if (command === "validate") {
      const { validateRun } = await import("./validate-run-OSOTQPBS.js");
      const summary = await validateRun(config);
      process.stdout.write(`${logLines(summary)}
`);
      return 0;
    }
    if (shard) {
      const { runShardWithConfig } = await import("./run-shard-POR6EDI6.js");
      const result = await runShardWithConfig(config, shard, values["shard-out"] ?? "evalgate-shards", {
        log,
        env: process.env
      });
      process.stdout.write(
        `${logLine(`shard ${formatShard(shard)}: ${result.items} items answered (${result.stats.errors} error item${result.stats.errors === 1 ? "" : "s"}) -> ${displayPath(result.file)}`)}
`
      );
      return 0;
    }
    const deps = {
      baselineStore: createLocalBaselineStore(config.regression.baselineDir),
      writeBaseline: !values["no-update-baseline"],
      log,
      env: process.env,
      git: { sha: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF, runId: process.env.GITHUB_RUN_ID }
    };
    let report;
    if (command === "merge") {
      const { collectShardFiles, mergeShardsWithConfig } = await import("./merge-HV7IKZK7.js");
      report = await mergeShardsWithConfig(config, await collectShardFiles(values.shards ?? []), deps);
    } else {
      report = await runEvaluation(config, deps);
    }
    const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
    process.stdout.write(`${renderConsoleSummary(report, written.dir)}
`);
    return report.decision === "deploy" ? 0 : report.decision === "block" ? 1 : 2;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${logLines(`evalgate: error: ${error.describe()}`)}
`);
      return 2;
    }
    process.stderr.write(
      `${logLines(`evalgate: internal error: ${error.stack ?? String(error)}`)}
`
    );
    return 2;
  }
}
__name(runCommand, "runCommand");
export {
  runCommand
};
