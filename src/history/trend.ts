// The trend of the gated metrics over the runs of report.history: a Mermaid line chart per metric (GitHub
// renders Mermaid in comments and job summaries) and a table of the last runs for readers without Mermaid.
import type { MetricValue } from '../core/types.js';
import { chartLabel } from '../report/chart.js';
import { escapeInline } from '../report/escape.js';
import { formatMetricValue } from '../report/format.js';
import type { HistoryEntry, Report } from '../report/types.js';

export interface TrendOptions {
  /** Charts drawn, one per metric. */
  maxCharts?: number;
  /** Runs listed in the table, the newest ones. */
  maxTableRows?: number;
  /** Fold the table into a <details> block (the comment, where the charts say enough). */
  foldTable?: boolean;
}

const DECISION_MARK = { deploy: '✅', block: '❌', error: '⚠️' } as const;

type MetricFormat = Pick<MetricValue, 'kind' | 'base' | 'name'>;

/** The metrics the gates look at, in gate order, that the history holds; the overall metrics when no gate names one. */
export function trendMetricNames(report: Pick<Report, 'gates' | 'metrics' | 'history'>): string[] {
  const inHistory = (name: string) => (report.history ?? []).some((entry) => name in entry.metrics);
  const gated = [...new Set(report.gates.map((result) => result.gate.metric))].filter(inHistory);
  if (gated.length > 0) return gated;
  return Object.values(report.metrics)
    .filter((metric) => metric.category === undefined && inHistory(metric.name))
    .map((metric) => metric.name);
}

/** The trend section's body, or '' when the history has fewer than two runs (no trend to show). */
export function renderTrend(
  report: Pick<Report, 'gates' | 'metrics' | 'history'>,
  options: TrendOptions = {},
): string {
  const history = report.history ?? [];
  if (history.length < 2) return '';
  const names = trendMetricNames(report);
  if (names.length === 0) return '';
  const formats = new Map(names.map((name) => [name, formatOf(report.metrics[name], name)]));
  const charts = names
    .slice(0, options.maxCharts ?? 6)
    .map((name) => renderMetricChart(history, name, formats.get(name)!))
    .filter((chart) => chart.length > 0);
  const table = renderTrendTable(history, names, formats, options.maxTableRows ?? history.length);
  const parts = [
    `${history.length} runs: the accepted runs kept with the baseline, this run last.`,
    ...charts,
    options.foldTable
      ? `<details><summary>Trend table: the last ${Math.min(history.length, options.maxTableRows ?? history.length)} runs</summary>\n\n${table}\n\n</details>`
      : table,
  ];
  return parts.join('\n\n');
}

/** A line chart of one metric (and its interval bounds, when recorded) over the runs that measured it. */
export function renderMetricChart(
  history: readonly HistoryEntry[],
  name: string,
  format: MetricFormat,
): string {
  const runs = history.map((entry, index) => ({ entry, number: index + 1 }));
  const points = runs.filter(({ entry }) => {
    const value = entry.metrics[name]?.value;
    return value !== null && value !== undefined && Number.isFinite(value);
  });
  if (points.length < 2) return '';
  const scale = format.kind === 'rate' ? 100 : 1;
  const at = (value: number) => round(value * scale);
  const values = points.map(({ entry }) => at(entry.metrics[name]!.value!));
  const withBounds = points.every(
    ({ entry }) => entry.metrics[name]!.lower !== undefined && entry.metrics[name]!.upper !== undefined,
  );
  const lower = withBounds ? points.map(({ entry }) => at(entry.metrics[name]!.lower!)) : [];
  const upper = withBounds ? points.map(({ entry }) => at(entry.metrics[name]!.upper!)) : [];
  const all = [...values, ...lower, ...upper];
  const [low, high] = axisRange(
    Math.min(...all),
    Math.max(...all),
    format.kind === 'rate' ? [0, 100] : undefined,
  );
  const unit = format.kind === 'rate' ? ' (%)' : '';
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${chartLabel(name)}${unit}: ${withBounds ? 'value and interval bounds' : 'value'}, oldest to newest"`,
    `  x-axis [${points.map(({ entry, number }) => `"${runLabel(entry, number, number === history.length)}"`).join(', ')}]`,
    `  y-axis "${chartLabel(name)}${unit}" ${low} --> ${high}`,
    `  line [${values.join(', ')}]`,
  ];
  if (withBounds) lines.push(`  line [${lower.join(', ')}]`, `  line [${upper.join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

/** The newest runs as a table: date, commit, decision and each metric with its interval. */
export function renderTrendTable(
  history: readonly HistoryEntry[],
  names: readonly string[],
  formats: ReadonlyMap<string, MetricFormat>,
  maxRows: number,
): string {
  const shown = history.slice(-Math.max(1, maxRows));
  const header = [
    `| Run | Commit | Decision | ${names.map((name) => escapeInline(name, 40)).join(' | ')} |`,
    `|---|---|---|${names.map(() => '---').join('|')}|`,
  ];
  const rows = shown.map((entry, index) => {
    const current = index === shown.length - 1;
    const cells = names.map((name) => {
      const metric = entry.metrics[name];
      if (!metric) return '—';
      const format = formats.get(name)!;
      const bounds =
        metric.lower !== undefined && metric.upper !== undefined
          ? ` [${formatMetricValue(format, metric.lower)}, ${formatMetricValue(format, metric.upper)}]`
          : '';
      return `${formatMetricValue(format, metric.value)}${bounds}`;
    });
    const date = escapeInline(entry.date.slice(0, 16).replace('T', ' '), 20);
    const commit = entry.sha ? `\`${escapeInline(entry.sha.slice(0, 7), 10)}\`` : '—';
    return `| ${current ? `**${date}** (this run)` : date} | ${commit} | ${DECISION_MARK[entry.decision]} ${entry.decision} | ${cells.join(' | ')} |`;
  });
  const hidden = history.length - shown.length;
  const caption =
    hidden > 0
      ? `<sub>The last ${shown.length} of ${history.length} runs; report.json has them all.</sub>`
      : '';
  return [...header, ...rows, ...(caption ? ['', caption] : [])].join('\n');
}

function formatOf(metric: MetricValue | undefined, name: string): MetricFormat {
  return metric ?? { kind: 'mean', base: name, name };
}

/** `N. MM-DD sha7`: unique (Mermaid merges equal labels), with the date and commit; the current run is marked. */
function runLabel(entry: HistoryEntry, number: number, current: boolean): string {
  const label = `${number}. ${entry.date.slice(5, 10)}${entry.sha ? ` ${entry.sha.slice(0, 7)}` : ''}`;
  return chartLabel(current ? `${label} now` : label);
}

/** A y range with some room around the data, inside `clamp` when given. */
function axisRange(min: number, max: number, clamp?: [number, number]): [number, number] {
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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** One plain line a gated metric for the console: its last values, oldest first (`accuracy 94% → 80%`). */
export function trendLines(report: Pick<Report, 'gates' | 'metrics' | 'history'>, maxRuns = 5): string[] {
  const history = report.history ?? [];
  if (history.length < 2) return [];
  const shown = history.slice(-maxRuns);
  return trendMetricNames(report)
    .slice(0, 6)
    .map((name) => {
      const format = formatOf(report.metrics[name], name);
      const values = shown.map((entry) => formatMetricValue(format, entry.metrics[name]?.value ?? null));
      return `${name} ${values.join(' → ')} (last ${shown.length} of ${history.length} runs)`;
    });
}
