import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/history/entry.ts
function historyEntryOf(report) {
  const gated = new Set(report.gates.map((result) => result.gate.metric));
  const metrics = Object.fromEntries(
    Object.entries(report.metrics).filter(([name, metric]) => metric.category === void 0 || gated.has(name)).map(([name, metric]) => [name, historyMetricOf(metric)])
  );
  return {
    date: report.finishedAt,
    ...report.git?.sha ? { sha: report.git.sha } : {},
    ...report.git?.runId ? { runId: report.git.runId } : {},
    decision: report.decision,
    metrics
  };
}
__name(historyEntryOf, "historyEntryOf");
function historyEntryOfBaseline(record) {
  return {
    date: record.createdAt,
    ...record.gitSha ? { sha: record.gitSha } : {},
    ...record.runId ? { runId: record.runId } : {},
    decision: "deploy",
    metrics: Object.fromEntries(
      Object.entries(record.aggregates).map(([name, metric]) => [name, historyMetricOf(metric)])
    )
  };
}
__name(historyEntryOfBaseline, "historyEntryOfBaseline");
function historyMetricOf(metric) {
  return {
    value: metric.value,
    ...metric.interval ? { lower: metric.interval.lower, upper: metric.interval.upper } : {},
    n: metric.n
  };
}
__name(historyMetricOf, "historyMetricOf");

export {
  historyEntryOf,
  historyEntryOfBaseline
};
