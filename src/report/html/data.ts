// The data report.html renders, built from the report: texts already formatted the way report.md writes
// them, so the page only lays them out. Each item appears once; gates refer to items by index.
import type { ItemRecord, MetricValue } from '../../core/types.js';
import type { GateResult } from '../../core/gates.js';
import { formatDifference, formatDuration, formatMetricValue, isMeasured } from '../../core/format.js';
import type { Report } from '../../core/report.js';

/** Longest text of one item field kept in the page; report.json keeps it whole. */
export const MAX_FIELD_CHARS = 20_000;

export interface HtmlGate {
  name: string;
  type: 'threshold' | 'regression';
  severity: string;
  status: GateResult['status'];
  effect: GateResult['effect'];
  metric: string;
  value: string;
  needs: string;
  interval: string;
  explanation: string;
  failingCount: number;
  /** Indices into `items` of the items that make the gate fail. */
  failing: number[];
}

export interface HtmlBar {
  label: string;
  value: number;
  lower?: number;
  upper?: number;
  n: number;
  text: string;
}

export interface HtmlChart {
  metric: string;
  /** Rates are drawn on a 0–1 axis; other metrics on their own range. */
  unitScale: boolean;
  higherIsBetter: boolean;
  bars: HtmlBar[];
}

export interface HtmlComparisonRow {
  metric: string;
  base: string;
  new: string;
  diff: string;
  interval: string;
  level: string;
  method: string;
  verdict: string;
}

export interface HtmlTrendPoint {
  date: string;
  sha?: string;
  decision: string;
  value: number | null;
  lower?: number;
  upper?: number;
  n: number;
  text: string;
}

export interface HtmlTrend {
  metric: string;
  unitScale: boolean;
  points: HtmlTrendPoint[];
}

export interface HtmlJudgeNote {
  metric: string;
  model: string;
  level: string;
  reasoning: string;
}

export interface HtmlItem {
  id: string;
  category: string;
  source: string;
  input: string;
  output: string | null;
  expected?: string;
  error?: string;
  scores: Record<string, number | null>;
  notes?: Record<string, string>;
  judge?: HtmlJudgeNote[];
  /** Against the baseline, on any compared binary metric. */
  change?: 'regressed' | 'improved';
}

export interface HtmlData {
  name: string;
  decision: Report['decision'];
  headline: string;
  finishedAt: string;
  duration: string;
  evalgateVersion: string;
  git?: Report['git'];
  dataset: { file: string; items: number; categories: string[] };
  error?: string;
  baseline?: { origin: string; createdAt: string; gitSha?: string };
  gates: HtmlGate[];
  categoryCharts: HtmlChart[];
  comparison: { status: string; reason?: string; paired: number; rows: HtmlComparisonRow[] };
  trends: HtmlTrend[];
  scoreNames: string[];
  items: HtmlItem[];
}

export function buildHtmlData(report: Report): HtmlData {
  return { ...buildHtmlSummary(report), items: [...htmlItems(report)] };
}

/** Everything the page shows but the items, whose key (`items`) comes last in HtmlData. */
export function buildHtmlSummary(report: Report): Omit<HtmlData, 'items'> {
  // Only a failed gate lists items: most runs never need this index.
  let indexById: Map<string, number> | undefined;
  const indexOf = (id: string) =>
    (indexById ??= new Map(report.items.map((item, index) => [item.id, index]))).get(id);
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
      categories: report.dataset.categories,
    },
    error: report.error
      ? [
          [report.error.file, report.error.line].filter((part) => part !== undefined).join(':'),
          report.error.message,
        ]
          .filter(Boolean)
          .join(': ')
      : undefined,
    baseline: report.comparison.baseline && {
      origin: report.comparison.baseline.origin,
      createdAt: report.comparison.baseline.createdAt,
      gitSha: report.comparison.baseline.gitSha,
    },
    gates: report.gates.map((result) => htmlGate(report, result, indexOf)),
    categoryCharts: categoryCharts(report),
    comparison: {
      status: report.comparison.status,
      reason: report.comparison.reason,
      paired: report.comparison.paired,
      rows: comparisonRows(report),
    },
    trends: trends(report),
    scoreNames: scoreNames(report.items),
  };
}

/** The items of the page one at a time, so that a large run never holds them all twice. */
export function* htmlItems(report: Report): Generator<HtmlItem> {
  const changed = changes(report);
  for (const item of report.items) yield htmlItem(item, changed);
}

function htmlGate(report: Report, result: GateResult, indexOf: (id: string) => number | undefined): HtmlGate {
  const metric = result.metric;
  const gate = result.gate;
  const row = report.comparison.rows.find((candidate) => candidate.metric === gate.metric);
  const failingIds = result.status === 'pass' ? [] : failingItemIds(report, result, row?.regressedItems);
  const needs =
    gate.type === 'threshold'
      ? `${gate.op} ${metric ? formatMetricValue(metric, gate.threshold) : gate.threshold}`
      : `no drop beyond ${metric ? formatDifference(metric, gate.margin).replace(/^[+−±]/, '') : gate.margin}`;
  const value =
    gate.type === 'regression' && metric && row?.diff != null
      ? `Δ ${formatDifference(metric, row.diff)}`
      : metric
        ? formatMetricValue(metric, metric.value)
        : 'n/a';
  const interval =
    gate.type === 'regression'
      ? row?.stat && metric
        ? `${differenceInterval(metric, row.stat.ciGate)} (${levelText(row.stat.ciGate.level)})`
        : '—'
      : metric?.interval
        ? `[${formatMetricValue(metric, metric.interval.lower)}, ${formatMetricValue(metric, metric.interval.upper)}] (${levelText(metric.interval.level)})`
        : '—';
  return {
    name: gate.name,
    type: gate.type,
    severity: gate.severity,
    status: result.status,
    effect: result.effect,
    metric: gate.metric,
    value,
    needs,
    interval,
    explanation: result.explanation,
    failingCount: result.failingCount,
    failing: failingIds.flatMap((id) => {
      const index = indexOf(id);
      return index === undefined ? [] : [index];
    }),
  };
}

/**
 * All the items behind a failed gate, where report.json lists only the first few: the wrong answers of a
 * rate (the same rule as src/gates/evaluate.ts), the regressed items of a regression gate, and otherwise
 * the items the gate listed.
 */
function failingItemIds(report: Report, result: GateResult, regressedItems: string[] | undefined): string[] {
  const metric = result.metric;
  if (result.gate.type === 'regression') return regressedItems ?? result.failingItems.map((item) => item.id);
  if (!metric || metric.kind !== 'rate') return result.failingItems.map((item) => item.id);
  const bad = metric.higherIsBetter ? 0 : 1;
  return report.items
    .filter((item) => metric.category === undefined || item.category === metric.category)
    .filter((item) => (metric.base === 'error' ? (item.error ? 1 : 0) : item.scores[metric.base]) === bad)
    .map((item) => item.id);
}

function categoryCharts(report: Report): HtmlChart[] {
  const byBase = new Map<string, MetricValue[]>();
  for (const metric of Object.values(report.metrics)) {
    if (metric.category === undefined || !isMeasured(metric) || metric.value === null) continue;
    byBase.set(metric.base, [...(byBase.get(metric.base) ?? []), metric]);
  }
  const gatedBases = new Set(report.gates.flatMap((result) => (result.metric ? [result.metric.base] : [])));
  const bases = [...byBase.keys()].sort(
    (a, b) => Number(gatedBases.has(b)) - Number(gatedBases.has(a)) || a.localeCompare(b),
  );
  return bases.map((base) => {
    const metrics = byBase.get(base)!;
    const first = metrics[0]!;
    return {
      metric: first.name.slice(0, first.name.lastIndexOf('@')) || base,
      unitScale: first.kind === 'rate',
      higherIsBetter: first.higherIsBetter,
      bars: metrics.map((metric) => ({
        label: metric.category!,
        value: metric.value!,
        lower: metric.interval?.lower,
        upper: metric.interval?.upper,
        n: metric.n,
        text: formatMetricValue(metric, metric.value),
      })),
    };
  });
}

function comparisonRows(report: Report): HtmlComparisonRow[] {
  const measured = report.comparison.rows.filter(
    (row) => Number.isFinite(row.base) || Number.isFinite(row.new),
  );
  return measured.map((row) => {
    const metric = report.metrics[row.metric] ?? { kind: row.kind, base: row.metric, name: row.metric };
    const gateResult = row.gate
      ? report.gates.find((result) => result.gate.name === row.gate!.name)
      : undefined;
    const verdict = gateResult
      ? gateResult.status.toUpperCase()
      : row.stat
        ? row.stat.zone.toUpperCase()
        : '—';
    return {
      metric: row.metric,
      base: formatMetricValue(metric, row.base),
      new: formatMetricValue(metric, row.new),
      diff: formatDifference(metric, row.diff),
      interval: row.stat ? differenceInterval(metric, row.stat.ciGate) : '—',
      level: row.stat ? levelText(row.stat.ciGate.level) : '—',
      method: row.stat?.method ?? '',
      verdict,
    };
  });
}

function trends(report: Report): HtmlTrend[] {
  const history = report.history;
  // One run is a point, not a trend: a first run (its history holds only itself) draws none.
  if (!Array.isArray(history) || history.length < 2) return [];
  const gated = [...new Set(report.gates.map((result) => result.gate.metric))];
  return gated.flatMap((name) => {
    const metric = report.metrics[name] ?? { kind: 'mean' as const, base: name, name };
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
        text: formatMetricValue(metric, value?.value ?? null),
      };
    });
    if (points.every((point) => point.value === null)) return [];
    return [{ metric: name, unitScale: metric.kind === 'rate', points }];
  });
}

function changes(report: Report): Map<string, 'regressed' | 'improved'> {
  const byId = new Map<string, 'regressed' | 'improved'>();
  for (const row of report.comparison.rows) {
    for (const id of row.improvedItems) if (!byId.has(id)) byId.set(id, 'improved');
    for (const id of row.regressedItems) byId.set(id, 'regressed');
  }
  return byId;
}

function htmlItem(item: ItemRecord, changed: Map<string, 'regressed' | 'improved'>): HtmlItem {
  const judge = item.judge
    ? Object.entries(item.judge.metrics).flatMap(([metric, judged]) =>
        judged.verdicts.map((verdict) => ({
          metric,
          model: verdict.model,
          level: verdict.error ? `error: ${verdict.error.message}` : verdict.na ? 'N/A' : String(verdict.raw),
          reasoning: cut(verdict.reasoning),
        })),
      )
    : [];
  for (const verdict of item.judge?.pairwise?.verdicts ?? []) {
    judge.push({
      metric: `pairwise (${verdict.order})`,
      model: verdict.model,
      level: verdict.winner ?? 'error',
      reasoning: cut(verdict.reasoning),
    });
  }
  return {
    id: item.id,
    category: item.category,
    source: `${item.source.file}:${item.source.line}`,
    input: cut(item.input),
    output: item.output === null ? null : cut(item.output),
    expected: item.expectedOutput === undefined ? undefined : cut(item.expectedOutput),
    error: item.error ? `${item.error.kind}: ${item.error.message}` : undefined,
    scores: item.scores,
    notes: item.notes,
    judge: judge.length > 0 ? judge : undefined,
    change: changed.get(item.id),
  };
}

function scoreNames(items: readonly ItemRecord[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.scores)) names.add(name);
  return [...names];
}

function differenceInterval(
  metric: Pick<MetricValue, 'kind' | 'base' | 'name'>,
  interval: { lower: number; upper: number },
): string {
  return `[${formatDifference(metric, interval.lower)}, ${formatDifference(metric, interval.upper)}]`;
}

function levelText(level: number): string {
  return `${Math.round(level * 1000) / 10}%`;
}

function cut(text: string): string {
  return text.length <= MAX_FIELD_CHARS
    ? text
    : `${text.slice(0, MAX_FIELD_CHARS)}… (${text.length - MAX_FIELD_CHARS} more characters in report.json)`;
}
