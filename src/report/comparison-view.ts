// The metric rows the comment and the check run show: base, new, difference, interval and verdict.
// With statistics, the interval is the one the regression gate decides on - the (1 − 2α) interval of
// new − base, 90% at α = 0.05 - and the verdict the gate's zone; without (no baseline, or a metric that is
// not a mean of items), the new value's own interval. Each interval says its level.
import type { ComparisonRow } from '../compare/types.js';
import type { MetricValue } from '../core/types.js';
import { formatDifference, formatMetricValue } from './format.js';
import type { Report } from './types.js';

export interface IntervalLike {
  lower: number;
  upper: number;
  level?: number;
}

export interface MetricRowView {
  metric: string;
  value: MetricValue;
  base: number | null;
  new: number | null;
  diff: number | null;
  /** Interval of the difference when the comparison gives one, else of the new value. */
  interval?: { of: 'diff' | 'value'; interval: IntervalLike };
  pValue?: number;
  verdict?: string;
}

const ZONE = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' } as const;

/** Overall metrics (not per category), in the report's order, with the comparison's numbers when there are any. */
export function metricRows(report: Report): MetricRowView[] {
  const rowsByMetric = new Map<string, ComparisonRow>(report.comparison.rows.map((row) => [row.metric, row]));
  const views: MetricRowView[] = [];
  for (const [name, value] of Object.entries(report.metrics)) {
    if (value.category !== undefined) continue;
    const row = rowsByMetric.get(name);
    // A metric this run cannot measure (latency of precomputed answers) and the baseline did not have: no row.
    if (finite(value.value) === null && finite(row?.base ?? null) === null) continue;
    const stat = row?.stat;
    views.push({
      metric: name,
      value,
      base: row ? finite(row.base) : null,
      new: value.value,
      diff: row ? finite(row.diff) : null,
      interval: stat
        ? { of: 'diff', interval: { ...stat.ciGate, level: stat.ciGate.level ?? 1 - 2 * stat.alpha } }
        : value.interval
          ? { of: 'value', interval: value.interval }
          : undefined,
      pValue: stat && Number.isFinite(stat.pDifference) ? stat.pDifference : undefined,
      verdict: row ? verdictOf(row) : undefined,
    });
  }
  return views;
}

/** A gated row: the gate's zone. Otherwise whether the change is significant. */
function verdictOf(row: ComparisonRow): string | undefined {
  const stat = row.stat;
  if (!stat) return undefined;
  if (row.gate)
    return `${ZONE[stat.zone]}${stat.significantRegression && stat.zone !== 'fail' ? ' · significant drop' : ''}`;
  if (stat.significantRegression) return 'significant drop';
  if (stat.significantImprovement) return 'significant gain';
  return 'no significant change';
}

/** `Δ [−19 pts, −9 pts] (90%)` for the difference, `90.7% – 96.2% (new, 95%)` for the value. */
export function formatInterval(view: MetricRowView): string {
  if (!view.interval) return '—';
  const { lower, upper, level } = view.interval.interval;
  const percent = level !== undefined && Number.isFinite(level) ? `${trimLevel(level)}%` : undefined;
  if (view.interval.of === 'diff')
    return `Δ [${formatDifference(view.value, lower)}, ${formatDifference(view.value, upper)}]${percent ? ` (${percent})` : ''}`;
  return `${formatMetricValue(view.value, lower)} – ${formatMetricValue(view.value, upper)} (new${percent ? `, ${percent}` : ''})`;
}

function trimLevel(level: number): string {
  return String(Number((level * 100).toPrecision(3)));
}

/** The row's own verdict, or the plain direction of the difference. */
export function formatVerdict(view: MetricRowView): string {
  if (view.verdict) return view.verdict;
  if (view.diff === null) return '—';
  if (view.diff === 0) return 'unchanged';
  const better = view.diff > 0 === view.value.higherIsBetter;
  return better ? '▲ better' : '▼ worse';
}

export function formatP(p: number | undefined): string {
  if (p === undefined) return '—';
  if (p < 0.001) return '< 0.001';
  return String(Number(p.toPrecision(2)));
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
