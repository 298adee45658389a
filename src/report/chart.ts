// A Mermaid xychart of the rate metrics (GitHub renders Mermaid in comments and summaries): a bar per metric
// for this run, lines for its interval bounds, and a line for the baseline when there is one.
import type { MetricRowView } from './comparison-view.js';

export interface ChartOptions {
  /** At most this many metrics, so labels stay readable. */
  maxMetrics?: number;
}

/** The chart as a fenced block, or '' when there is no rate metric to draw. */
export function renderRatesChart(rows: readonly MetricRowView[], options: ChartOptions = {}): string {
  const rates = rows
    .filter((row) => row.value.kind === 'rate' && row.new !== null)
    .slice(0, options.maxMetrics ?? 12);
  if (rates.length === 0) return '';
  const percent = (value: number | null | undefined): string =>
    value === null || value === undefined || !Number.isFinite(value)
      ? '0'
      : String(Math.round(value * 1000) / 10);
  const labels = rates.map((row) => `"${chartLabel(row.metric)}"`).join(', ');
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "Rates in % (bars: this run; lines: its ${levelText(rates)} interval${rates.some((row) => row.base !== null) ? ' and the baseline' : ''})"`,
    `  x-axis [${labels}]`,
    '  y-axis "%" 0 --> 100',
    `  bar [${rates.map((row) => percent(row.new)).join(', ')}]`,
  ];
  if (rates.some((row) => row.value.interval)) {
    lines.push(`  line [${rates.map((row) => percent(row.value.interval?.lower ?? row.new)).join(', ')}]`);
    lines.push(`  line [${rates.map((row) => percent(row.value.interval?.upper ?? row.new)).join(', ')}]`);
  }
  if (rates.some((row) => row.base !== null)) {
    lines.push(`  line [${rates.map((row) => percent(row.base ?? row.new)).join(', ')}]`);
  }
  lines.push('```');
  return lines.join('\n');
}

function levelText(rows: readonly MetricRowView[]): string {
  const level = rows.find((row) => row.value.interval)?.value.interval?.level;
  return level ? `${Math.round(level * 100)}%` : '95%';
}

/** Mermaid labels are quoted strings: keep to characters that cannot end the string or the statement. */
export function chartLabel(name: string): string {
  const safe = name.replace(/[^\w@.\- ]/g, '_');
  return safe.length > 24 ? `${safe.slice(0, 23)}…` : safe;
}
