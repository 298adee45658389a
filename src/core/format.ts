import type { MetricValue } from './types.js';

/** False for a metric nothing fed (latency of precomputed answers): it is kept in report.json, not shown. */
export function isMeasured(metric: MetricValue): boolean {
  return metric.n > 0 || metric.value !== null;
}

/** A metric's value as people read it: rates in percent, latency in ms, cost in dollars. */
export function formatMetricValue(
  metric: Pick<MetricValue, 'kind' | 'base' | 'name'>,
  value: number | null,
): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  if (metric.kind === 'rate') return `${trim((value * 100).toFixed(1))}%`;
  if (metric.base === 'latency_ms') return `${Math.round(value)} ms`;
  if (metric.base === 'cost_usd') return `$${value < 0.01 ? value.toPrecision(2) : value.toFixed(2)}`;
  if (metric.kind === 'total') return String(Math.round(value));
  return trim(value.toFixed(Math.abs(value) >= 100 ? 1 : 3));
}

/** A difference between two values of a metric: points for rates, the metric's own unit otherwise. */
export function formatDifference(
  metric: Pick<MetricValue, 'kind' | 'base' | 'name'>,
  diff: number | null,
): string {
  if (diff === null || !Number.isFinite(diff)) return 'n/a';
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const magnitude = Math.abs(diff);
  if (metric.kind === 'rate') return `${sign}${trim((magnitude * 100).toFixed(1))} pts`;
  return `${sign}${formatMetricValue(metric, magnitude)}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function trim(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
