import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  describeEndpoint
} from "./chunk-M6JOP3FF.js";
import {
  requestedOutputs
} from "./chunk-GSJMQOS5.js";
import {
  logLine,
  logLines,
  logValue,
  stripTerminalControls
} from "./chunk-UGW5OFIF.js";
import {
  createLocalBaselineStore,
  displayPath,
  runEvaluation,
  writeTextPieces
} from "./chunk-UHBWR7LU.js";
import "./chunk-JZBIJD3P.js";
import {
  formatShard
} from "./chunk-MR7UCSTJ.js";
import "./chunk-R4GRN5MV.js";
import "./chunk-JPWVHXOV.js";
import "./chunk-6KVGQ3UR.js";
import "./chunk-3VA3RSOF.js";
import {
  formatP
} from "./chunk-SKAD3AIW.js";
import {
  formatDifference,
  formatDuration,
  formatMetricValue,
  isMeasured
} from "./chunk-OW4ZRGGN.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/report/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/report/html.ts
import { createHash } from "node:crypto";

// src/report/html/data.ts
var MAX_FIELD_CHARS = 2e4;
function buildHtmlSummary(report) {
  let indexById;
  const indexOf = /* @__PURE__ */ __name((id) => (indexById ??= new Map(report.items.map((item, index) => [item.id, index]))).get(id), "indexOf");
  return {
    name: report.name,
    decision: report.decision,
    headline: report.headline,
    finishedAt: report.finishedAt,
    duration: formatDuration(report.durationMs),
    evalgateVersion: report.evalgateVersion,
    git: report.git,
    dataset: {
      file: report.dataset.file,
      items: report.dataset.items,
      categories: report.dataset.categories
    },
    error: report.error ? [
      [report.error.file, report.error.line].filter((part) => part !== void 0).join(":"),
      report.error.message
    ].filter(Boolean).join(": ") : void 0,
    baseline: report.comparison.baseline && {
      origin: report.comparison.baseline.origin,
      createdAt: report.comparison.baseline.createdAt,
      gitSha: report.comparison.baseline.gitSha
    },
    gates: report.gates.map((result) => htmlGate(report, result, indexOf)),
    categoryCharts: categoryCharts(report),
    comparison: {
      status: report.comparison.status,
      reason: report.comparison.reason,
      paired: report.comparison.paired,
      rows: comparisonRows(report)
    },
    trends: trends(report),
    scoreNames: scoreNames(report.items)
  };
}
__name(buildHtmlSummary, "buildHtmlSummary");
function* htmlItems(report) {
  const changed = changes(report);
  for (const item of report.items) yield htmlItem(item, changed);
}
__name(htmlItems, "htmlItems");
function htmlGate(report, result, indexOf) {
  const metric = result.metric;
  const gate = result.gate;
  const row = report.comparison.rows.find((candidate) => candidate.metric === gate.metric);
  const failingIds = result.status === "pass" ? [] : failingItemIds(report, result, row?.regressedItems);
  const needs = gate.type === "threshold" ? `${gate.op} ${metric ? formatMetricValue(metric, gate.threshold) : gate.threshold}` : `no drop beyond ${metric ? formatDifference(metric, gate.margin).replace(/^[+−±]/, "") : gate.margin}`;
  const value = gate.type === "regression" && metric && row?.diff != null ? `\u0394 ${formatDifference(metric, row.diff)}` : metric ? formatMetricValue(metric, metric.value) : "n/a";
  const interval2 = gate.type === "regression" ? row?.stat && metric ? `${differenceInterval(metric, row.stat.ciGate)} (${levelText(row.stat.ciGate.level)})` : "\u2014" : metric?.interval ? `[${formatMetricValue(metric, metric.interval.lower)}, ${formatMetricValue(metric, metric.interval.upper)}] (${levelText(metric.interval.level)})` : "\u2014";
  return {
    name: gate.name,
    type: gate.type,
    severity: gate.severity,
    status: result.status,
    effect: result.effect,
    metric: gate.metric,
    value,
    needs,
    interval: interval2,
    explanation: result.explanation,
    failingCount: result.failingCount,
    failing: failingIds.flatMap((id) => {
      const index = indexOf(id);
      return index === void 0 ? [] : [index];
    })
  };
}
__name(htmlGate, "htmlGate");
function failingItemIds(report, result, regressedItems) {
  const metric = result.metric;
  if (result.gate.type === "regression") return regressedItems ?? result.failingItems.map((item) => item.id);
  if (!metric || metric.kind !== "rate") return result.failingItems.map((item) => item.id);
  const bad = metric.higherIsBetter ? 0 : 1;
  return report.items.filter((item) => metric.category === void 0 || item.category === metric.category).filter((item) => (metric.base === "error" ? item.error ? 1 : 0 : item.scores[metric.base]) === bad).map((item) => item.id);
}
__name(failingItemIds, "failingItemIds");
function categoryCharts(report) {
  const byBase = /* @__PURE__ */ new Map();
  for (const metric of Object.values(report.metrics)) {
    if (metric.category === void 0 || !isMeasured(metric) || metric.value === null) continue;
    byBase.set(metric.base, [...byBase.get(metric.base) ?? [], metric]);
  }
  const gatedBases = new Set(report.gates.flatMap((result) => result.metric ? [result.metric.base] : []));
  const bases = [...byBase.keys()].sort(
    (a, b) => Number(gatedBases.has(b)) - Number(gatedBases.has(a)) || a.localeCompare(b)
  );
  return bases.map((base) => {
    const metrics = byBase.get(base);
    const first = metrics[0];
    return {
      metric: first.name.slice(0, first.name.lastIndexOf("@")) || base,
      unitScale: first.kind === "rate",
      higherIsBetter: first.higherIsBetter,
      bars: metrics.map((metric) => ({
        label: metric.category,
        value: metric.value,
        lower: metric.interval?.lower,
        upper: metric.interval?.upper,
        n: metric.n,
        text: formatMetricValue(metric, metric.value)
      }))
    };
  });
}
__name(categoryCharts, "categoryCharts");
function comparisonRows(report) {
  const measured = report.comparison.rows.filter(
    (row) => Number.isFinite(row.base) || Number.isFinite(row.new)
  );
  return measured.map((row) => {
    const metric = report.metrics[row.metric] ?? { kind: row.kind, base: row.metric, name: row.metric };
    const gateResult = row.gate ? report.gates.find((result) => result.gate.name === row.gate.name) : void 0;
    const verdict = gateResult ? gateResult.status.toUpperCase() : row.stat ? row.stat.zone.toUpperCase() : "\u2014";
    return {
      metric: row.metric,
      base: formatMetricValue(metric, row.base),
      new: formatMetricValue(metric, row.new),
      diff: formatDifference(metric, row.diff),
      interval: row.stat ? differenceInterval(metric, row.stat.ciGate) : "\u2014",
      level: row.stat ? levelText(row.stat.ciGate.level) : "\u2014",
      method: row.stat?.method ?? "",
      verdict
    };
  });
}
__name(comparisonRows, "comparisonRows");
function trends(report) {
  const history = report.history;
  if (!Array.isArray(history) || history.length < 2) return [];
  const gated = [...new Set(report.gates.map((result) => result.gate.metric))];
  return gated.flatMap((name) => {
    const metric = report.metrics[name] ?? { kind: "mean", base: name, name };
    const points = history.map((entry) => {
      const value = entry.metrics[name];
      return {
        date: entry.date,
        sha: entry.sha,
        decision: entry.decision,
        value: value?.value ?? null,
        lower: value?.lower,
        upper: value?.upper,
        n: value?.n ?? 0,
        text: formatMetricValue(metric, value?.value ?? null)
      };
    });
    if (points.every((point) => point.value === null)) return [];
    return [{ metric: name, unitScale: metric.kind === "rate", points }];
  });
}
__name(trends, "trends");
function changes(report) {
  const byId = /* @__PURE__ */ new Map();
  for (const row of report.comparison.rows) {
    for (const id of row.improvedItems) if (!byId.has(id)) byId.set(id, "improved");
    for (const id of row.regressedItems) byId.set(id, "regressed");
  }
  return byId;
}
__name(changes, "changes");
function htmlItem(item, changed) {
  const judge = item.judge ? Object.entries(item.judge.metrics).flatMap(
    ([metric, judged]) => judged.verdicts.map((verdict) => ({
      metric,
      model: verdict.model,
      level: verdict.error ? `error: ${verdict.error.message}` : verdict.na ? "N/A" : String(verdict.raw),
      reasoning: cut(verdict.reasoning)
    }))
  ) : [];
  for (const verdict of item.judge?.pairwise?.verdicts ?? []) {
    judge.push({
      metric: `pairwise (${verdict.order})`,
      model: verdict.model,
      level: verdict.winner ?? "error",
      reasoning: cut(verdict.reasoning)
    });
  }
  return {
    id: item.id,
    category: item.category,
    source: `${item.source.file}:${item.source.line}`,
    input: cut(item.input),
    output: item.output === null ? null : cut(item.output),
    expected: item.expectedOutput === void 0 ? void 0 : cut(item.expectedOutput),
    error: item.error ? `${item.error.kind}: ${item.error.message}` : void 0,
    scores: item.scores,
    notes: item.notes,
    judge: judge.length > 0 ? judge : void 0,
    change: changed.get(item.id)
  };
}
__name(htmlItem, "htmlItem");
function scoreNames(items) {
  const names = /* @__PURE__ */ new Set();
  for (const item of items) for (const name of Object.keys(item.scores)) names.add(name);
  return [...names];
}
__name(scoreNames, "scoreNames");
function differenceInterval(metric, interval2) {
  return `[${formatDifference(metric, interval2.lower)}, ${formatDifference(metric, interval2.upper)}]`;
}
__name(differenceInterval, "differenceInterval");
function levelText(level) {
  return `${Math.round(level * 1e3) / 10}%`;
}
__name(levelText, "levelText");
function cut(text) {
  return text.length <= MAX_FIELD_CHARS ? text : `${text.slice(0, MAX_FIELD_CHARS)}\u2026 (${text.length - MAX_FIELD_CHARS} more characters in report.json)`;
}
__name(cut, "cut");

// src/report/html/client-script.ts
var CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var PAGE_SIZE = 200;
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('evalgate-data').textContent);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      if (attrs[key] !== undefined && attrs[key] !== null) node.setAttribute(key, String(attrs[key]));
    });
  }
  function append(node, children) {
    if (children === undefined || children === null) return;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === undefined || child === null || child === false) return;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
  }
  function section(title, id, children) {
    return el('section', { id: id }, [el('h2', null, title)].concat(children));
  }
  function fmtScore(value) {
    if (value === null || value === undefined) return 'N/A';
    return Math.abs(value) >= 100 ? value.toFixed(1) : String(Math.round(value * 1000) / 1000);
  }

  var labels = { deploy: 'DEPLOY', block: 'BLOCK', error: 'ERROR' };
  var root = document.getElementById('app');

  // Header and counts.
  var failedGates = data.gates.filter(function (gate) { return gate.status !== 'pass'; });
  root.appendChild(el('header', { class: 'decision ' + data.decision }, [
    el('h1', null, ['evalgate · ', data.name, ': ', el('span', { id: 'decision', 'data-decision': data.decision }, labels[data.decision])]),
    el('p', { id: 'headline' }, data.headline),
    el('p', { class: 'meta' }, [
      'Finished ', data.finishedAt, ' in ', data.duration, ' · evalgate ', data.evalgateVersion,
      data.git && data.git.sha ? ' · commit ' + data.git.sha.slice(0, 12) : '',
      data.baseline ? ' · baseline ' + data.baseline.origin + ' (' + data.baseline.createdAt + ')' : '',
    ]),
    el('dl', { class: 'counts' }, [
      el('dt', null, 'Items'), el('dd', { id: 'count-items' }, String(data.items.length)),
      el('dt', null, 'Categories'), el('dd', { id: 'count-categories' }, String(data.dataset.categories.length)),
      el('dt', null, 'Gates'), el('dd', { id: 'count-gates' }, String(data.gates.length)),
      el('dt', null, 'Not passing'), el('dd', { id: 'count-failed-gates' }, String(failedGates.length)),
    ]),
  ]));
  if (data.error) root.appendChild(section('Error', 'error', [el('pre', { class: 'error' }, data.error)]));

  // Gates.
  if (data.gates.length > 0) {
    root.appendChild(section('Gates', 'gates', [el('table', null, [
      el('thead', null, el('tr', null, ['', 'Gate', 'Severity', 'Value', 'Needs', 'Interval', 'Failing items'].map(function (h) { return el('th', null, h); }))),
      el('tbody', null, data.gates.map(function (gate, index) {
        var icon = gate.status === 'pass' ? '✔' : gate.effect === 'block' ? '✘' : '!';
        return el('tr', { class: 'gate ' + gate.status + ' effect-' + gate.effect, 'data-gate': index, title: gate.explanation }, [
          el('td', { class: 'icon' }, icon),
          el('td', null, gate.name),
          el('td', null, gate.severity),
          el('td', null, gate.value),
          el('td', null, gate.needs),
          el('td', null, gate.interval),
          el('td', { class: 'failing-count' }, String(gate.failingCount)),
        ]);
      })),
    ]), el('ul', { class: 'explanations' }, failedGates.map(function (gate) {
      return el('li', null, [el('strong', null, gate.name + ': '), gate.explanation]);
    }))]));
  }

  // Per-category bars with intervals.
  function barChart(chart) {
    var rowH = 22, labelW = 170, plotW = 420, width = labelW + plotW + 90;
    var height = chart.bars.length * rowH + 24;
    var max = 1;
    if (!chart.unitScale) {
      max = 0;
      chart.bars.forEach(function (bar) { max = Math.max(max, bar.value, bar.upper === undefined ? 0 : bar.upper); });
      if (max <= 0) max = 1;
    }
    var x = function (v) { return labelW + Math.max(0, Math.min(1, v / max)) * plotW; };
    var parts = [svg('line', { x1: labelW, x2: labelW, y1: 0, y2: height - 20, class: 'axis' })];
    [0, 0.25, 0.5, 0.75, 1].forEach(function (t) {
      parts.push(svg('line', { x1: labelW + t * plotW, x2: labelW + t * plotW, y1: 0, y2: height - 20, class: 'grid' }));
      parts.push(svg('text', { x: labelW + t * plotW, y: height - 6, 'text-anchor': 'middle', class: 'tick' }, chart.unitScale ? Math.round(t * 100) + '%' : fmtScore(t * max)));
    });
    chart.bars.forEach(function (bar, i) {
      var y = i * rowH + 4;
      parts.push(svg('text', { x: labelW - 6, y: y + 13, 'text-anchor': 'end', class: 'label' }, bar.label));
      parts.push(svg('rect', { x: labelW, y: y + 2, width: Math.max(0, x(bar.value) - labelW), height: rowH - 8, class: 'bar' }, svg('title', null, bar.label + ': ' + bar.text + ' (n=' + bar.n + ')')));
      if (bar.lower !== undefined && bar.upper !== undefined) {
        var cy = y + rowH / 2 - 2;
        parts.push(svg('line', { x1: x(bar.lower), x2: x(bar.upper), y1: cy, y2: cy, class: 'whisker' }));
        parts.push(svg('line', { x1: x(bar.lower), x2: x(bar.lower), y1: cy - 5, y2: cy + 5, class: 'whisker' }));
        parts.push(svg('line', { x1: x(bar.upper), x2: x(bar.upper), y1: cy - 5, y2: cy + 5, class: 'whisker' }));
      }
      parts.push(svg('text', { x: labelW + plotW + 8, y: y + 13, class: 'value' }, bar.text + '  n=' + bar.n));
    });
    return el('figure', { class: 'chart', 'data-metric': chart.metric }, [
      el('figcaption', null, chart.metric + ' by category (bars: value; whiskers: interval)'),
      svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, parts),
    ]);
  }
  if (data.categoryCharts.length > 0) root.appendChild(section('By category', 'categories', data.categoryCharts.map(barChart)));

  // Comparison with the baseline.
  var comparison = data.comparison;
  root.appendChild(section('Comparison with the baseline', 'comparison', comparison.status === 'compared'
    ? [el('p', null, comparison.paired + ' items paired by id.'), el('table', null, [
        el('thead', null, el('tr', null, ['Metric', 'Base', 'New', 'Δ', 'Interval of Δ', 'Level', 'Method', 'Verdict'].map(function (h) { return el('th', null, h); }))),
        el('tbody', null, comparison.rows.map(function (row) {
          return el('tr', { class: 'verdict-' + row.verdict.toLowerCase() }, [
            el('td', null, row.metric), el('td', null, row.base), el('td', null, row.new), el('td', null, row.diff),
            el('td', null, row.interval), el('td', null, row.level), el('td', null, row.method), el('td', { class: 'verdict' }, row.verdict),
          ]);
        })),
      ])]
    : [el('p', null, 'No comparison: ' + (comparison.reason || 'no baseline.'))]));

  // Trend of the gated metrics over the accepted runs.
  function trendChart(trend) {
    var width = 520, height = 160, left = 56, right = 12, top = 10, bottom = 28;
    var values = [];
    trend.points.forEach(function (p) {
      if (p.value !== null) values.push(p.value);
      if (p.lower !== undefined) values.push(p.lower);
      if (p.upper !== undefined) values.push(p.upper);
    });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (trend.unitScale) { lo = Math.max(0, lo - 0.05); hi = Math.min(1, hi + 0.05); }
    if (hi - lo < 1e-9) { hi = hi + 1; lo = lo - 1; }
    var count = trend.points.length;
    var x = function (i) { return left + (count === 1 ? 0.5 : i / (count - 1)) * (width - left - right); };
    var y = function (v) { return top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom); };
    var parts = [svg('line', { x1: left, x2: left, y1: top, y2: height - bottom, class: 'axis' }), svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'axis' })];
    [lo, (lo + hi) / 2, hi].forEach(function (v) {
      parts.push(svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, trend.unitScale ? (Math.round(v * 1000) / 10) + '%' : fmtScore(v)));
    });
    var line = [];
    trend.points.forEach(function (p, i) {
      if (p.lower !== undefined && p.upper !== undefined) parts.push(svg('line', { x1: x(i), x2: x(i), y1: y(p.lower), y2: y(p.upper), class: 'whisker' }));
      if (p.value !== null) line.push(x(i).toFixed(1) + ',' + y(p.value).toFixed(1));
    });
    parts.push(svg('polyline', { points: line.join(' '), class: 'trend-line' }));
    trend.points.forEach(function (p, i) {
      if (p.value === null) return;
      parts.push(svg('circle', { cx: x(i), cy: y(p.value), r: 3.5, class: 'point ' + p.decision }, svg('title', null, p.date + (p.sha ? ' ' + p.sha.slice(0, 7) : '') + ': ' + p.text + ' (n=' + p.n + ', ' + p.decision + ')')));
    });
    parts.push(svg('text', { x: left, y: height - 8, class: 'tick' }, trend.points[0].date.slice(0, 10)));
    parts.push(svg('text', { x: width - right, y: height - 8, 'text-anchor': 'end', class: 'tick' }, trend.points[count - 1].date.slice(0, 10)));
    return el('figure', { class: 'chart trend', 'data-metric': trend.metric }, [
      el('figcaption', null, trend.metric + ' over the last ' + count + ' runs (latest ' + trend.points[count - 1].text + ')'),
      svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, parts),
    ]);
  }
  if (data.trends.length > 0) root.appendChild(section('Trend', 'trend', data.trends.map(trendChart)));

  // Item browser.
  var failingByGate = data.gates.map(function (gate) {
    var set = {};
    gate.failing.forEach(function (index) { set[index] = true; });
    return set;
  });
  var gateSelect = el('select', { id: 'filter-gate' }, [el('option', { value: '' }, 'All items')].concat(data.gates.map(function (gate, index) {
    return gate.failing.length > 0 ? el('option', { value: String(index) }, 'Failing "' + gate.name + '" (' + gate.failing.length + ')') : null;
  })));
  var categorySelect = el('select', { id: 'filter-category' }, [el('option', { value: '' }, 'All categories')].concat(data.dataset.categories.map(function (category) {
    return el('option', { value: category }, category);
  })));
  var changeSelect = el('select', { id: 'filter-change' }, [
    el('option', { value: '' }, 'Changed or not'),
    el('option', { value: 'changed' }, 'Changed vs baseline'),
    el('option', { value: 'regressed' }, 'Regressed'),
    el('option', { value: 'improved' }, 'Improved'),
  ]);
  var search = el('input', { id: 'filter-search', type: 'search', placeholder: 'Search id, input, output, expected, notes' });
  var status = el('span', { id: 'match-count' });
  var list = el('div', { id: 'items' });
  var pager = el('div', { class: 'pager' });
  var page = 0;
  var haystacks = data.items.map(function (item) {
    return [item.id, item.category, item.input, item.output || '', item.expected || '', item.error || '',
      item.notes ? Object.keys(item.notes).map(function (k) { return item.notes[k]; }).join(' ') : '',
      item.judge ? item.judge.map(function (j) { return j.reasoning; }).join(' ') : ''].join('\n').toLowerCase();
  });

  function matches() {
    var gate = gateSelect.value, category = categorySelect.value, change = changeSelect.value;
    var text = search.value.trim().toLowerCase();
    var out = [];
    for (var i = 0; i < data.items.length; i++) {
      var item = data.items[i];
      if (gate !== '' && !failingByGate[Number(gate)][i]) continue;
      if (category !== '' && item.category !== category) continue;
      if (change === 'changed' && !item.change) continue;
      if ((change === 'regressed' || change === 'improved') && item.change !== change) continue;
      if (text !== '' && haystacks[i].indexOf(text) < 0) continue;
      out.push(i);
    }
    return out;
  }
  function field(label, value, cls) {
    if (value === undefined) return null;
    return el('div', { class: 'field' }, [el('h4', null, label), el('pre', { class: cls || '' }, value === null ? '(no output)' : value)]);
  }
  function details(item) {
    var scores = Object.keys(item.scores).map(function (name) {
      return el('tr', null, [el('td', null, name), el('td', null, fmtScore(item.scores[name])), el('td', null, item.notes && item.notes[name] ? item.notes[name] : '')]);
    });
    return el('div', { class: 'details' }, [
      el('p', { class: 'meta' }, [item.source, item.change ? ' · ' + item.change + ' vs baseline' : '']),
      field('Input', item.input),
      field('Output', item.output, 'output'),
      field('Expected', item.expected),
      item.error ? field('Error', item.error, 'error') : null,
      el('table', { class: 'scores' }, [el('thead', null, el('tr', null, [el('th', null, 'Score'), el('th', null, 'Value'), el('th', null, 'Note')])), el('tbody', null, scores)]),
      item.judge ? el('div', { class: 'judge' }, [el('h4', null, 'Judge')].concat(item.judge.map(function (j) {
        return el('div', { class: 'verdict' }, [el('strong', null, j.metric + ' · ' + j.model + ' · ' + j.level), el('pre', null, j.reasoning)]);
      }))) : null,
    ]);
  }
  function render() {
    var found = matches();
    var pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    if (page >= pages) page = pages - 1;
    status.textContent = found.length + ' of ' + data.items.length + ' items';
    status.setAttribute('data-count', String(found.length));
    list.replaceChildren();
    found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (index) {
      var item = data.items[index];
      var failing = data.gates.filter(function (gate, g) { return failingByGate[g][index]; }).map(function (gate) { return gate.name; });
      var summary = el('summary', null, [
        el('span', { class: 'id' }, item.id),
        el('span', { class: 'cat' }, item.category),
        failing.length > 0 ? el('span', { class: 'badge fail' }, 'fails ' + failing.join(', ')) : null,
        item.error ? el('span', { class: 'badge error' }, 'error') : null,
        item.change ? el('span', { class: 'badge ' + item.change }, item.change) : null,
        el('span', { class: 'preview' }, (item.output === null ? '(no output)' : item.output).slice(0, 140)),
      ]);
      var row = el('details', { class: 'item', 'data-index': index }, summary);
      row.addEventListener('toggle', function () {
        if (row.open && row.childNodes.length === 1) row.appendChild(details(item));
      }, { once: false });
      list.appendChild(row);
    });
    pager.replaceChildren();
    if (pages > 1) {
      var prev = el('button', { type: 'button', id: 'page-prev' }, '‹ Previous');
      var next = el('button', { type: 'button', id: 'page-next' }, 'Next ›');
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      prev.addEventListener('click', function () { page--; render(); });
      next.addEventListener('click', function () { page++; render(); });
      pager.appendChild(prev);
      pager.appendChild(el('span', { id: 'page-label' }, 'Page ' + (page + 1) + ' of ' + pages));
      pager.appendChild(next);
    }
  }
  [gateSelect, categorySelect, changeSelect].forEach(function (control) {
    control.addEventListener('change', function () { page = 0; render(); });
  });
  search.addEventListener('input', function () { page = 0; render(); });
  root.appendChild(section('Items', 'browser', [
    el('div', { class: 'filters' }, [gateSelect, categorySelect, changeSelect, search, status]),
    list,
    pager,
  ]));
  render();
})();
`;

// src/report/html/style.ts
var STYLE = `
:root { color-scheme: light; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #59636e; --line: #d1d9e0; --bar: #4c78a8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
#app { max-width: 1100px; margin: 0 auto; padding: 16px 20px 48px; }
header.decision { border-left: 8px solid var(--muted); background: #fff; padding: 12px 16px; border-radius: 6px; }
header.deploy { border-color: var(--ok); } header.block { border-color: var(--bad); } header.error { border-color: var(--warn); }
header h1 { margin: 0 0 4px; font-size: 22px; }
header.deploy #decision { color: var(--ok); } header.block #decision { color: var(--bad); } header.error #decision { color: var(--warn); }
.meta { color: var(--muted); margin: 4px 0; font-size: 12px; }
dl.counts { display: flex; gap: 20px; margin: 8px 0 0; }
dl.counts dt { color: var(--muted); font-size: 12px; } dl.counts dd { margin: 0 0 0 4px; font-weight: 600; }
dl.counts dt, dl.counts dd { display: inline; }
section { background: #fff; margin-top: 16px; padding: 8px 16px 12px; border-radius: 6px; }
h2 { font-size: 17px; margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tr.gate.fail.effect-block td.icon, .verdict-fail .verdict { color: var(--bad); font-weight: 600; }
tr.gate.pass td.icon, .verdict-pass .verdict { color: var(--ok); font-weight: 600; }
tr.gate.inconclusive td.icon, tr.gate.effect-warn td.icon, .verdict-inconclusive .verdict { color: var(--warn); font-weight: 600; }
ul.explanations { padding-left: 18px; }
figure.chart { margin: 8px 0 16px; } figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font-size: 11px; fill: #1f2328; } svg .tick { fill: var(--muted); }
svg .axis { stroke: #8c959f; } svg .grid { stroke: #eaeef2; }
svg .bar { fill: var(--bar); opacity: 0.85; } svg .whisker { stroke: #1f2328; stroke-width: 1.5; }
svg .trend-line { fill: none; stroke: var(--bar); stroke-width: 2; }
svg .point { fill: var(--bar); } svg .point.block { fill: var(--bad); } svg .point.error { fill: var(--warn); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.filters input[type=search] { flex: 1; min-width: 220px; padding: 4px 6px; }
#match-count { color: var(--muted); }
details.item { border-bottom: 1px solid var(--line); padding: 4px 0; }
details.item summary { cursor: pointer; display: flex; gap: 8px; align-items: baseline; overflow: hidden; white-space: nowrap; }
summary .id { font-family: ui-monospace, monospace; font-weight: 600; } summary .cat { color: var(--muted); }
summary .preview { color: var(--muted); overflow: hidden; text-overflow: ellipsis; font-family: ui-monospace, monospace; font-size: 12px; }
.badge { font-size: 11px; border-radius: 10px; padding: 0 6px; background: #eaeef2; }
.badge.fail, .badge.error, .badge.regressed { background: #ffebe9; color: var(--bad); } .badge.improved { background: #dafbe1; color: var(--ok); }
.details { padding: 6px 0 6px 16px; }
.field h4, .judge h4 { margin: 8px 0 2px; font-size: 12px; color: var(--muted); }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: 6px 8px; margin: 0; border-radius: 4px; font-size: 12px; max-height: 320px; overflow: auto; }
pre.error { color: var(--bad); }
table.scores { width: auto; margin-top: 8px; }
.pager { display: flex; gap: 10px; align-items: center; margin-top: 8px; }
`;

// src/report/html.ts
function scriptSafe(json) {
  return UNSAFE_CHAR.test(json) ? json.replace(UNSAFE_IN_SCRIPT, (char) => SCRIPT_ESCAPES[char]) : json;
}
__name(scriptSafe, "scriptSafe");
var UNSAFE_CHAR = /[<>&\u2028\u2029]/;
var UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
var SCRIPT_ESCAPES = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029"
};
function contentSecurityPolicy(script) {
  const hash = createHash("sha256").update(script, "utf8").digest("base64");
  return [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}
__name(contentSecurityPolicy, "contentSecurityPolicy");
function* renderHtmlPieces(report) {
  const summary = JSON.stringify({ ...buildHtmlSummary(report), items: [] });
  const title = `evalgate \xB7 ${report.name}: ${report.decision.toUpperCase()}`;
  yield [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CLIENT_SCRIPT)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<main id="app"></main>',
    "<noscript>This report needs JavaScript; report.json and report.md hold the same data.</noscript>",
    '<script type="application/json" id="evalgate-data">'
  ].join("\n");
  yield scriptSafe(summary.slice(0, -"[]}".length));
  let first = true;
  for (const item of htmlItems(report)) {
    yield first ? "[" : ",";
    yield scriptSafe(JSON.stringify(item));
    first = false;
  }
  yield `${first ? "[" : ""}]}`;
  yield ["</script>", `<script>${CLIENT_SCRIPT}</script>`, "</body>", "</html>", ""].join("\n");
}
__name(renderHtmlPieces, "renderHtmlPieces");
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
__name(escapeHtml, "escapeHtml");

// src/report/escape.ts
var LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
function escapeInline(text, maxLength = 120) {
  const flat = cutText(flatten(text), maxLength);
  return stopMentions(
    flat.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_~[\]|$])/g, "\\$1").replace(/^([#+-])(?= |$)/, "\\$1")
  );
}
__name(escapeInline, "escapeInline");
function codeText(text, maxLength = 120) {
  const clean = cutText(stripTerminalControls(text).replace(/\r\n?/g, "\n"), maxLength);
  if (clean.length === 0) return "";
  const encoded = clean.replace(
    /[&<>\\`*~[\]|$@#\n]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu,
    (char) => char === "\n" ? "<br>" : `&#${char.charCodeAt(0)};`
  );
  return `<code>${encoded}</code>`;
}
__name(codeText, "codeText");
function flatten(text) {
  return stripTerminalControls(text.replace(LINE_BREAK, " \u23CE ")).replace(/\s+/g, " ").trim();
}
__name(flatten, "flatten");
function stopMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B");
}
__name(stopMentions, "stopMentions");
function cutText(text, maxLength) {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
__name(cutText, "cutText");

// src/report/judge-section.ts
var MAX_ALERT_ROWS = 20;
var MAX_DISAGREEMENT_ROWS = 10;
var MIN_AGREEMENT_UNITS = 10;
function memberErrorText(members) {
  const failing = members.filter((member) => member.errors > 0);
  if (failing.length === 0) return "0";
  return failing.map((member) => `${escapeInline(member.model, 40)}: ${member.errors}`).join(", ");
}
__name(memberErrorText, "memberErrorText");
var dollars = /* @__PURE__ */ __name((value) => `$${value > 0 && value < 0.01 ? value.toFixed(4) : value.toFixed(2)}`, "dollars");
var pct = /* @__PURE__ */ __name((value) => value === null ? "\u2014" : `${Math.round(value * 1e3) / 10}%`, "pct");
var fixed = /* @__PURE__ */ __name((value, digits = 2) => value === null || value === void 0 || !Number.isFinite(value) ? "\u2014" : value.toFixed(digits), "fixed");
function interval(metric) {
  if (!metric?.interval) return "\u2014";
  return `${formatMetricValue(metric, metric.interval.lower)} \u2013 ${formatMetricValue(metric, metric.interval.upper)}`;
}
__name(interval, "interval");
function renderJudgeSection(report) {
  const judge = report.judge;
  if (judge.status === "skipped") return `## LLM judge

Skipped: ${escapeInline(judge.reason ?? "", 300)}.`;
  return [
    `## LLM judge: ${judge.status === "inconclusive" ? "\u2754 INCONCLUSIVE" : "\u2705 completed"}`,
    "",
    ...overviewLines(judge),
    ...inconclusiveLines(judge),
    ...metricLines(report),
    ...panelLines(judge),
    ...pairwiseLines(report),
    ...alertLines(judge)
  ].join("\n");
}
__name(renderJudgeSection, "renderJudgeSection");
function overviewLines(judge) {
  const lines = [];
  const identity = judge.identity;
  if (identity) {
    lines.push(
      `- Judge${identity.models.length > 1 ? ` panel (${identity.aggregate})` : ""}: ${identity.models.map((model) => `\`${escapeInline(model, 80)}\``).join(
        ", "
      )} at ${escapeInline(identity.baseUrl, 120)}, temperature ${identity.temperature ?? "default"}${identity.seed !== void 0 ? `, seed ${identity.seed}` : ""}; prompts ${identity.promptVersion}, rubric ${identity.rubricHash.slice(0, 12)}`
    );
  }
  const sample = judge.sample;
  if (sample) {
    const strata = sample.allocation.map((stratum) => `${escapeInline(stratum.stratum, 30)} ${stratum.sampled}/${stratum.population}`).join(", ");
    lines.push(
      `- Sample: **${sample.size} of ${sample.population} items** (${sample.judgeAll ? "all items" : `rate ${pct(sample.rate)}, at least ${sample.minSample}`}, seed \`${escapeInline(sample.seed, 60)}\`), stratified by category: ${strata}${sample.budgetLimited ? `; **cut by the budget** (wanted ${sample.wanted}, the budget allows ${sample.budgetCap})` : ""}${sample.modelErrors > 0 ? `; ${sample.modelErrors} sampled items have no model answer` : ""}${sample.extraFailed > 0 ? `; plus ${sample.extraFailed} failed items judged outside the sample (listed, not counted in the estimates)` : ""}`
    );
  }
  const estimate = judge.estimate;
  if (estimate) {
    lines.push(
      `- Estimate before judging: ${estimate.calls} calls, ~${estimate.promptTokens.toLocaleString("en-US")} prompt tokens: **${dollars(
        estimate.expectedUsd
      )}** expected, range ${dollars(estimate.lowUsd ?? estimate.expectedUsd)} \u2013 ${dollars(
        estimate.worstCaseUsd
      )} (worst case: every call asked twice, answers at max-tokens, never above the budget; prices per million tokens: ${estimate.prices.map((price) => `${escapeInline(price.model, 60)} $${price.input} in / $${price.output} out`).join("; ")})`
    );
  }
  const spend = judge.spend;
  if (spend) {
    lines.push(
      `- Spent: **${dollars(spend.usd)} of the ${dollars(spend.budgetUsd)} budget**; ${spend.requests} requests, ${spend.cachedCalls} cached answers, ${spend.retries} retries, ${spend.rateLimited} rate-limited, ${spend.timeouts} timeouts; **${spend.unjudgedForBudget} items unjudged for budget**${spend.budgetExhausted ? " (the budget ran out)" : ""}`
    );
  }
  return lines;
}
__name(overviewLines, "overviewLines");
function inconclusiveLines(judge) {
  const lines = [];
  if ((judge.inconclusiveReasons ?? []).length > 0) {
    lines.push("", "**Why INCONCLUSIVE** (gates on these metrics cannot pass):", "");
    for (const reason of judge.inconclusiveReasons ?? []) lines.push(`- ${escapeInline(reason, 400)}`);
  }
  return lines;
}
__name(inconclusiveLines, "inconclusiveLines");
function metricLines(report) {
  const lines = [];
  const judge = report.judge;
  const metrics = judge.metrics ?? [];
  if (metrics.length > 0) {
    lines.push(
      "",
      "| Judge metric | Aggregate | Scale | Value | n | 95% CI | N/A | Judge errors | Unjudged (budget) | Status |",
      "|---|---|---|---|---|---|---|---|---|---|"
    );
    for (const metric of metrics) {
      const value = report.metrics[metric.aggregateName];
      lines.push(
        `| ${escapeInline(metric.displayName, 60)} | ${metric.aggregateName} | ${escapeInline(metric.scale, 60)} | ${value ? formatMetricValue(value, value.value) : "n/a"} | ${value?.n ?? 0} | ${interval(value)} | ${metric.na}${metric.naRate !== null ? ` (${pct(metric.naRate)})` : ""} | ${metric.errors} | ${metric.budget} | ${metric.status === "ok" ? "ok" : "\u2754 INCONCLUSIVE"} |`
      );
    }
    const categories = report.dataset.categories;
    if (categories.length > 1) {
      lines.push(
        "",
        "<details><summary>Judge metrics per category</summary>",
        "",
        `| Judge metric | ${categories.map((category) => escapeInline(category, 30)).join(" | ")} |`,
        `|---|${categories.map(() => "---").join("|")}|`,
        ...metrics.map(
          (metric) => `| ${metric.aggregateName} | ${categories.map((category) => {
            const value = report.metrics[`${metric.aggregateName}@${category}`];
            const row = metric.perCategory.find((entry) => entry.category === category);
            const text = value ? `${formatMetricValue(value, value.value)} (n=${value.n})` : "\u2014";
            return row?.inconclusive ? `${text} \u2754` : text;
          }).join(" | ")} |`
        ),
        "",
        "</details>"
      );
    }
  }
  return lines;
}
__name(metricLines, "metricLines");
function panelLines(judge) {
  const lines = [];
  if (judge.panel) {
    lines.push(
      "",
      `### Panel agreement (${judge.panel.models.length} judges, ${judge.panel.aggregate})`,
      "",
      `| Metric | Krippendorff's \u03B1 | ${judge.panel.models.length === 2 ? "Cohen \u03BA | " : ""}Items | Member errors |`,
      `|---|---|${judge.panel.models.length === 2 ? "---|" : ""}---|---|`,
      ...judge.panel.agreement.map(
        (entry) => `| ${entry.metric} | ${fixed(entry.alpha)} (${entry.alphaLevel}) | ${judge.panel.models.length === 2 ? `${fixed(entry.kappa)} (${entry.kappaWeighting ?? ""}) | ` : ""}${entry.units}${entry.units < MIN_AGREEMENT_UNITS ? " \u26A0\uFE0F fewer than 10: not reliable" : ""} | ${memberErrorText(entry.memberErrors ?? [])} |`
      ),
      "",
      "\u03B1 \u2265 0.80: reliable; 0.667\u20130.80: tentative; below: the judges disagree too much to trust the scores."
    );
    if (judge.panel.disagreements.length > 0) {
      lines.push(
        "",
        `<details><summary>${judge.panel.disagreements.length} items where the judges disagree</summary>`,
        "",
        "| Item | Metric | Ratings |",
        "|---|---|---|",
        ...judge.panel.disagreements.slice(0, MAX_DISAGREEMENT_ROWS).map(
          (entry) => `| ${escapeInline(entry.id, 60)} | ${escapeInline(entry.metric, 60)} | ${entry.ratings.map(
            (rating) => `${escapeInline(rating.model, 40)}: ${rating.raw === null ? "\u2014" : escapeInline(String(rating.raw), 40)}`
          ).join(", ")} |`
        ),
        "",
        "</details>"
      );
    }
  }
  return lines;
}
__name(panelLines, "panelLines");
function pairwiseLines(report) {
  const lines = [];
  const judge = report.judge;
  const pairwise = judge.pairwise;
  if (pairwise) {
    const winRate = report.metrics.win_rate;
    lines.push(
      "",
      `### Pairwise against the ${pairwise.against === "baseline" ? "baseline's answers" : "reference answers"}${pairwise.status === "inconclusive" ? " \u2754 INCONCLUSIVE" : ""}`,
      "",
      `Each item judged twice, with the answers in both orders; a win counts only when both orders agree. ${pairwise.n} items: **win rate ${pct(pairwise.winRate)}**${winRate?.interval ? ` (95% CI ${interval(winRate)}, Wilson)` : pairwise.winInterval ? ` (95% CI ${pct(pairwise.winInterval.lower)} \u2013 ${pct(pairwise.winInterval.upper)}, Wilson)` : ""}, ties ${pct(pairwise.tieRate)} (${pairwise.inconsistent} from the two orders disagreeing), losses ${pct(
        pairwise.lossRate
      )}; ${pairwise.identical} items with identical answers left out (ties known without asking the judge; not in n); ${pairwise.errors} judge errors, ${pairwise.budget} unjudged for budget, ${pairwise.noOther} without another answer.`
    );
    for (const reason of pairwise.reasons) lines.push(`- ${escapeInline(reason, 300)}`);
  }
  return lines;
}
__name(pairwiseLines, "pairwiseLines");
function alertLines(judge) {
  const lines = [];
  const alerts = judge.alerts ?? [];
  if (alerts.length > 0) {
    lines.push(
      "",
      `### Low-score alerts (${alerts.length})`,
      "",
      "| Item | Category | Metric | Score | Judge | Reasoning |",
      "|---|---|---|---|---|---|",
      ...alerts.slice(0, MAX_ALERT_ROWS).map(
        (alert) => `| ${escapeInline(alert.id, 60)} | ${escapeInline(alert.category, 30)} | ${escapeInline(alert.metric, 40)} | ${alert.raw === null || alert.raw === void 0 ? "\u2014" : escapeInline(String(alert.raw), 40)} (${fixed(alert.normalized)}) | ${escapeInline(alert.model, 40)} | ${escapeInline(alert.reasoning, 300)} |`
      )
    );
    if (alerts.length > MAX_ALERT_ROWS)
      lines.push("", `\u2026and ${alerts.length - MAX_ALERT_ROWS} more in report.json.`);
  }
  return lines;
}
__name(alertLines, "alertLines");

// src/report/chart.ts
function chartLabel(name) {
  const safe = name.replace(/[^\w@.\- ]/g, "_");
  return safe.length > 24 ? `${safe.slice(0, 23)}\u2026` : safe;
}
__name(chartLabel, "chartLabel");

// src/report/trend.ts
var DECISION_MARK = { deploy: "\u2705", block: "\u274C", error: "\u26A0\uFE0F" };
function trendMetricNames(report) {
  const inHistory = /* @__PURE__ */ __name((name) => (report.history ?? []).some((entry) => name in entry.metrics), "inHistory");
  const gated = [...new Set(report.gates.map((result) => result.gate.metric))].filter(inHistory);
  if (gated.length > 0) return gated;
  return Object.values(report.metrics).filter((metric) => metric.category === void 0 && inHistory(metric.name)).map((metric) => metric.name);
}
__name(trendMetricNames, "trendMetricNames");
function renderTrend(report, options = {}) {
  const history = report.history ?? [];
  if (history.length < 2) return "";
  const names = trendMetricNames(report);
  if (names.length === 0) return "";
  const formats = new Map(names.map((name) => [name, formatOf(report.metrics[name], name)]));
  const charts = names.slice(0, options.maxCharts ?? 6).map((name) => renderMetricChart(history, name, formats.get(name))).filter((chart) => chart.length > 0);
  const table = renderTrendTable(history, names, formats, options.maxTableRows ?? history.length);
  const parts = [
    `${history.length} runs: the accepted runs kept with the baseline, this run last.`,
    ...charts,
    options.foldTable ? `<details><summary>Trend table: the last ${Math.min(history.length, options.maxTableRows ?? history.length)} runs</summary>

${table}

</details>` : table
  ];
  return parts.join("\n\n");
}
__name(renderTrend, "renderTrend");
function renderMetricChart(history, name, format) {
  const runs = history.map((entry, index) => ({ entry, number: index + 1 }));
  const points = runs.filter(({ entry }) => {
    const value = entry.metrics[name]?.value;
    return value !== null && value !== void 0 && Number.isFinite(value);
  });
  if (points.length < 2) return "";
  const scale = format.kind === "rate" ? 100 : 1;
  const at = /* @__PURE__ */ __name((value) => round(value * scale), "at");
  const values = points.map(({ entry }) => at(entry.metrics[name].value));
  const withBounds = points.every(
    ({ entry }) => entry.metrics[name].lower !== void 0 && entry.metrics[name].upper !== void 0
  );
  const lower = withBounds ? points.map(({ entry }) => at(entry.metrics[name].lower)) : [];
  const upper = withBounds ? points.map(({ entry }) => at(entry.metrics[name].upper)) : [];
  const all = [...values, ...lower, ...upper];
  const [low, high] = axisRange(
    Math.min(...all),
    Math.max(...all),
    format.kind === "rate" ? [0, 100] : void 0
  );
  const unit = format.kind === "rate" ? " (%)" : "";
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${chartLabel(name)}${unit}: ${withBounds ? "value and interval bounds" : "value"}, oldest to newest"`,
    `  x-axis [${points.map(({ entry, number }) => `"${runLabel(entry, number, number === history.length)}"`).join(", ")}]`,
    `  y-axis "${chartLabel(name)}${unit}" ${low} --> ${high}`,
    `  line [${values.join(", ")}]`
  ];
  if (withBounds) lines.push(`  line [${lower.join(", ")}]`, `  line [${upper.join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
__name(renderMetricChart, "renderMetricChart");
function renderTrendTable(history, names, formats, maxRows) {
  const shown = history.slice(-Math.max(1, maxRows));
  const header = [
    `| Run | Commit | Decision | ${names.map((name) => escapeInline(name, 40)).join(" | ")} |`,
    `|---|---|---|${names.map(() => "---").join("|")}|`
  ];
  const rows = shown.map((entry, index) => {
    const current = index === shown.length - 1;
    const cells = names.map((name) => {
      const metric = entry.metrics[name];
      if (!metric) return "\u2014";
      const format = formats.get(name);
      const bounds = metric.lower !== void 0 && metric.upper !== void 0 ? ` [${formatMetricValue(format, metric.lower)}, ${formatMetricValue(format, metric.upper)}]` : "";
      return `${formatMetricValue(format, metric.value)}${bounds}`;
    });
    const date = escapeInline(entry.date.slice(0, 16).replace("T", " "), 20);
    const commit = entry.sha ? `\`${escapeInline(entry.sha.slice(0, 7), 10)}\`` : "\u2014";
    return `| ${current ? `**${date}** (this run)` : date} | ${commit} | ${DECISION_MARK[entry.decision]} ${entry.decision} | ${cells.join(" | ")} |`;
  });
  const hidden = history.length - shown.length;
  const caption = hidden > 0 ? `<sub>The last ${shown.length} of ${history.length} runs; report.json has them all.</sub>` : "";
  return [...header, ...rows, ...caption ? ["", caption] : []].join("\n");
}
__name(renderTrendTable, "renderTrendTable");
function formatOf(metric, name) {
  return metric ?? { kind: "mean", base: name, name };
}
__name(formatOf, "formatOf");
function runLabel(entry, number, current) {
  const label = `${number}. ${entry.date.slice(5, 10)}${entry.sha ? ` ${entry.sha.slice(0, 7)}` : ""}`;
  return chartLabel(current ? `${label} now` : label);
}
__name(runLabel, "runLabel");
function axisRange(min, max, clamp) {
  const span = max - min;
  const pad = span > 0 ? span * 0.2 : Math.max(Math.abs(max) * 0.05, 1);
  let low = round(min - pad);
  let high = round(max + pad);
  if (clamp) {
    low = Math.max(clamp[0], low);
    high = Math.min(clamp[1], high);
  }
  return [low, high];
}
__name(axisRange, "axisRange");
function round(value) {
  return Math.round(value * 100) / 100;
}
__name(round, "round");
function trendLines(report, maxRuns = 5) {
  const history = report.history ?? [];
  if (history.length < 2) return [];
  const shown = history.slice(-maxRuns);
  return trendMetricNames(report).slice(0, 6).map((name) => {
    const format = formatOf(report.metrics[name], name);
    const values = shown.map((entry) => formatMetricValue(format, entry.metrics[name]?.value ?? null));
    return `${name} ${values.join(" \u2192 ")} (last ${shown.length} of ${history.length} runs)`;
  });
}
__name(trendLines, "trendLines");

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
    renderTrendSection(report),
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
    const interval2 = result.gate.type === "regression" ? row?.stat && metric ? diffIntervalText(metric, row.stat.ciGate, row.stat.alpha) : "\u2014" : metric?.interval ? `${intervalText(metric)} (${levelText2(metric.interval.level)})` : "\u2014";
    return `| ${gateIcon(result)} | ${escapeInline(result.gate.name)} | ${result.gate.severity} | ${value} | ${target} | ${metric?.n ?? 0} | ${interval2} |`;
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
function diffIntervalText(metric, interval2, alpha) {
  const level = interval2.level ?? 1 - 2 * alpha;
  return `\u0394 ${formatDifference(metric, interval2.lower)} to ${formatDifference(metric, interval2.upper)} (${levelText2(level)})`;
}
__name(diffIntervalText, "diffIntervalText");
function levelText2(level) {
  return `${Number((level * 100).toPrecision(3))}%`;
}
__name(levelText2, "levelText");
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
function renderTrendSection(report) {
  const trend = renderTrend(report);
  return trend ? `## Trend

${trend}` : "";
}
__name(renderTrendSection, "renderTrendSection");

// src/report/write.ts
async function writeReportFiles(report, dir, maxFailingItems = 10) {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, "report.json");
  const markdown = path.join(dir, "report.md");
  const html = path.join(dir, "report.html");
  await writeReportJson(report, json);
  await writeFile(markdown, renderMarkdown(report, { maxFailingItems }));
  await writeTextPieces(html, renderHtmlPieces(report));
  return { dir, json, markdown, html };
}
__name(writeReportFiles, "writeReportFiles");
function* reportJsonPieces(report) {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  yield `${head.slice(0, head.lastIndexOf("[]"))}[`;
  for (let index = 0; index < items.length; index++) {
    yield index === 0 ? "\n    " : ",\n    ";
    yield JSON.stringify(items[index]);
  }
  yield `${items.length > 0 ? "\n  " : ""}]
}
`;
}
__name(reportJsonPieces, "reportJsonPieces");
async function writeReportJson(report, file) {
  await writeTextPieces(file, reportJsonPieces(report));
}
__name(writeReportJson, "writeReportJson");

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
  for (const line of trendLines(report)) lines.push(`  trend: ${logValue(line, 500)}`);
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

// src/publish/console.ts
function consolePublisher(write) {
  return {
    async publish(report, facts) {
      write(`${renderConsoleSummary(report, facts.reportDir)}
`);
      return { warnings: [], notes: [] };
    }
  };
}
__name(consolePublisher, "consolePublisher");

// src/publish/files.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
function filePublisher(requested) {
  return {
    async publish(report) {
      const result = { warnings: [], notes: [] };
      for (const [output, file] of requested) {
        const render = await output.renderer();
        try {
          await mkdir2(path2.dirname(path2.resolve(file)), { recursive: true });
          await writeFile2(file, render(report));
        } catch (error) {
          throw new UserError(
            `cannot write the ${output.option} output ${file}: ${error.message}`,
            {
              key: output.option,
              fix: "Give a file path in a folder this run may write to."
            }
          );
        }
        result.notes.push(`${output.option}: ${file}`);
      }
      return result;
    }
  };
}
__name(filePublisher, "filePublisher");

// src/cli/publishers.ts
function cliPublishers(options) {
  return [
    filePublisher(requestedOutputs((option) => stringOption(options[option]))),
    consolePublisher((text) => process.stdout.write(text))
  ];
}
__name(cliPublishers, "cliPublishers");
async function publishFromCli(report, facts, options, log) {
  for (const publisher of cliPublishers(options)) {
    const result = await publisher.publish(report, facts);
    for (const note of result.notes) log(note);
    for (const warning of result.warnings)
      process.stderr.write(`${logLines(`evalgate: warning: ${warning}`)}
`);
  }
}
__name(publishFromCli, "publishFromCli");
function stringOption(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
__name(stringOption, "stringOption");

// src/cli/loaded-command.ts
async function runLoadedCommand(command, config, shard, values, log) {
  if (command === "validate") {
    const { validateRun } = await import("./validate-run-V4YX7O5B.js");
    const summary = await validateRun(config);
    process.stdout.write(`${logLines(summary)}
`);
    return 0;
  }
  if (shard) {
    const { runShardWithConfig } = await import("./run-shard-IZIO3GRK.js");
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
    const { collectShardFiles, mergeShardsWithConfig } = await import("./merge-OBUTS4PK.js");
    report = await mergeShardsWithConfig(config, await collectShardFiles(values.shards ?? []), deps);
  } else {
    report = await runEvaluation(config, deps);
  }
  const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
  if (values["history-out"]) {
    const { writeHistoryJsonl } = await import("./jsonl-7MGJJA3U.js");
    await writeHistoryJsonl(report.history ?? [], values["history-out"]);
  }
  if (values["influx-write"]) {
    const { exportToInflux } = await import("./influx-SSKZAU3X.js");
    const problem = await exportToInflux(report, values["influx-write"], {
      token: process.env.INFLUX_TOKEN
    });
    if (problem) process.stderr.write(`${logLines(`evalgate: warning: ${problem}`)}
`);
    else log(`metrics exported to ${describeEndpoint(values["influx-write"])}`);
  }
  await publishFromCli(report, { reportDir: written.dir }, values, log);
  return report.decision === "deploy" ? 0 : report.decision === "block" ? 1 : 2;
}
__name(runLoadedCommand, "runLoadedCommand");
export {
  runLoadedCommand
};
