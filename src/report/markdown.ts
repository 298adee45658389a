import type { MetricValue } from '../core/types.js';
import type { GateResult } from '../core/gates.js';
import { codeText, escapeInline } from './escape.js';
import { formatDifference, formatDuration, formatMetricValue, isMeasured } from '../core/format.js';
import type { Report } from '../core/report.js';
import { renderJudgeSection } from './judge-section.js';
import { formatP } from '../stats/index.js';
import { renderTrend } from './trend.js';

const DECISION_LABEL = { deploy: '✅ DEPLOY', block: '❌ BLOCK', error: '⚠️ ERROR' } as const;
const ZONE_LABEL = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' } as const;

export interface MarkdownOptions {
  /** Failing items listed per gate. */
  maxFailingItems?: number;
  /** Include per-category metrics. */
  perCategory?: boolean;
}

/** report.md: the decision first, then why, then the evidence. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const sections = [
    `# evalgate · ${escapeInline(report.name)}: ${DECISION_LABEL[report.decision]}`,
    `> ${escapeInline(report.headline, 500)}`,
    renderGates(report, options.maxFailingItems ?? 10),
    renderMetrics(report, options.perCategory ?? true),
    renderComparison(report),
    renderTrendSection(report),
    renderJudge(report),
    renderRun(report),
  ];
  return `${sections.filter((section) => section.length > 0).join('\n\n')}\n`;
}

export function renderGates(report: Report, maxFailingItems: number): string {
  if (report.error) {
    const where = [report.error.file, report.error.line].filter((part) => part !== undefined).join(':');
    return `## Error\n\n${where ? `${codeText(where, 300)}${report.error.key ? ` (${escapeInline(report.error.key, 200)})` : ''}: ` : ''}${escapeInline(
      report.error.message,
      2000,
    )}`;
  }
  if (report.gates.length === 0) return '## Gates\n\nNo gates are configured: nothing can block this run.';
  const rows = report.gates.map((result) => {
    const metric = result.metric;
    const target =
      result.gate.type === 'threshold'
        ? `${result.gate.op} ${metric ? formatMetricValue(metric, result.gate.threshold) : result.gate.threshold}`
        : `no drop beyond ${metric ? formatDifference(metric, result.gate.margin).replace(/^[+−±]/, '') : result.gate.margin}`;
    const row = report.comparison.rows.find((candidate) => candidate.metric === result.gate.metric);
    const value =
      result.gate.type === 'regression' && metric && row?.diff != null
        ? `Δ ${formatDifference(metric, row.diff)}`
        : metric
          ? formatMetricValue(metric, metric.value)
          : 'n/a';
    const interval =
      result.gate.type === 'regression'
        ? row?.stat && metric
          ? diffIntervalText(metric, row.stat.ciGate, row.stat.alpha)
          : '—'
        : metric?.interval
          ? `${intervalText(metric)} (${levelText(metric.interval.level)})`
          : '—';
    return `| ${gateIcon(result)} | ${escapeInline(result.gate.name)} | ${result.gate.severity} | ${value} | ${target} | ${metric?.n ?? 0} | ${interval} |`;
  });
  const details = report.gates
    .filter((result) => result.status !== 'pass')
    .map((result) => renderGateFailure(result, maxFailingItems));
  return [
    '## Gates',
    '',
    '| | Gate | Severity | Value | Needs | n | Interval |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...details.map((detail) => `\n${detail}`),
  ].join('\n');
}

function renderGateFailure(result: GateResult, maxFailingItems: number): string {
  const label = result.effect === 'block' ? 'blocks' : result.effect === 'warn' ? 'warns' : 'noted';
  const lines = [
    `### ${gateIcon(result)} ${escapeInline(result.gate.name)} (${label})`,
    '',
    escapeInline(result.explanation, 1000),
  ];
  if (result.failingItems.length > 0) {
    const shown = result.failingItems.slice(0, maxFailingItems);
    lines.push(
      '',
      `<details><summary>${shown.length === result.failingCount || result.failingCount === 0 ? `${shown.length} items` : `First ${shown.length} of ${result.failingCount} items`}</summary>`,
      '',
      '| id | category | at | output | expected | why |',
      '|---|---|---|---|---|---|',
      ...shown.map(
        (item) =>
          `| ${escapeInline(item.id, 60)} | ${escapeInline(item.category, 40)} | ${escapeInline(
            `${item.source.file}:${item.source.line}`,
            80,
          )} | ${item.error ? '*no answer*' : codeText(item.output ?? '', 100)} | ${codeText(
            item.expected ?? '',
            80,
          )} | ${item.error ? codeText(item.error, 120) : escapeInline(item.reason ?? '', 120)} |`,
      ),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

function renderMetrics(report: Report, perCategory: boolean): string {
  const all = Object.values(report.metrics);
  const overall = all.filter((metric) => metric.category === undefined && isMeasured(metric));
  const lines = ['## Metrics', '', ...metricTable(overall)];
  const signed = overall.filter((metric) => metric.signature !== undefined);
  if (signed.length > 0) {
    lines.push(
      '',
      ...signed.map(
        (metric) =>
          `- \`${metric.name}\` ${formatMetricValue(metric, metric.value)}: \`${metric.signature}\` (evalgate's implementation of sacreBLEU's signature)`,
      ),
    );
  }
  const categories = report.dataset.categories;
  if (perCategory && categories.length > 1) {
    const rates = overall.filter((metric) => metric.kind === 'rate' || metric.kind === 'mean');

    lines.push(
      '',
      '<details><summary>Per category</summary>',
      '',
      `| Metric | ${categories.map((category) => escapeInline(category, 30)).join(' | ')} |`,
      `|---|${categories.map(() => '---').join('|')}|`,
      ...rates.map(
        (metric) =>
          `| ${metric.name} | ${categories
            .map((category) => {
              const value = report.metrics[`${metric.name}@${category}`];
              return value ? `${formatMetricValue(value, value.value)} (n=${value.n})` : '—';
            })
            .join(' | ')} |`,
      ),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

function metricTable(metrics: readonly MetricValue[]): string[] {
  return [
    '| Metric | Value | n | 95% CI | N/A | Errors |',
    '|---|---|---|---|---|---|',
    ...metrics.map(
      (metric) =>
        `| ${metric.name} | ${formatMetricValue(metric, metric.value)} | ${metric.n} | ${
          metric.interval ? intervalText(metric) : '—'
        } | ${metric.naCount || '—'} | ${metric.errorCount || '—'} |`,
    ),
  ];
}

/** ✅ passed, ❌ blocks, ⚠️ warns, ❔ inconclusive without effect. */
function gateIcon(result: GateResult): string {
  if (result.status === 'pass') return '✅';
  if (result.effect === 'block') return '❌';
  if (result.effect === 'warn') return '⚠️';
  return '❔';
}

/** The interval of Δ = new − base a regression gate decides on, with its level (1 − 2α). */
function diffIntervalText(
  metric: MetricValue,
  interval: { lower: number; upper: number; level?: number },
  alpha: number,
): string {
  const level = interval.level ?? 1 - 2 * alpha;
  return `Δ ${formatDifference(metric, interval.lower)} to ${formatDifference(metric, interval.upper)} (${levelText(level)})`;
}

function levelText(level: number): string {
  return `${Number((level * 100).toPrecision(3))}%`;
}

function intervalText(metric: MetricValue): string {
  return metric.interval
    ? `${formatMetricValue(metric, metric.interval.lower)} – ${formatMetricValue(metric, metric.interval.upper)}`
    : '—';
}

function renderComparison(report: Report): string {
  const main = renderComparisonSection(report, report.comparison, '## Comparison with the baseline');
  if (!report.golden) return main;
  return `${main}\n\n${renderComparisonSection(report, report.golden, '## Cumulative drift against the golden baseline')}`;
}

function renderComparisonSection(report: Report, comparison: Report['comparison'], heading: string): string {
  if (comparison.status === 'skipped')
    return `${heading}\n\nSkipped: ${escapeInline(comparison.reason ?? '', 500)}`;
  const baseline = comparison.baseline!;
  const gateLevel = Math.round((1 - 2 * comparison.alpha) * 100);
  const lines = [
    heading,
    '',
    `Baseline from ${escapeInline(baseline.createdAt, 40)}${baseline.gitSha ? ` (commit ${escapeInline(baseline.gitSha.slice(0, 7), 10)})` : ''}, ${
      comparison.paired
    } items paired by id${baseline.sameDataset ? ', same dataset' : ', **different dataset version**'}. Δ = new − base; ` +
      `a regression gate passes when its whole ${gateLevel}% interval lies above −margin (non-inferiority, one-sided α = ${comparison.alpha}), ` +
      'fails when it lies below, and is inconclusive otherwise.',
    '',
    `| Metric | Base | New | Δ | ${gateLevel}% CI (gate) | 95% CI | p (non-inf.) | p (diff.) | n | Method | Verdict |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of comparison.rows) {
    if (!row.gate && (row.metric.includes('@') || !row.stat || row.stat.n === 0)) continue;
    const metric = report.metrics[row.metric];
    if (!metric) continue;
    const stat = row.stat;
    const diff = (value: number): string => formatDifference(metric, value);
    const verdict = row.gate && stat ? ZONE_LABEL[stat.zone] : '—';
    const flags = [
      stat?.significantRegression ? 'significant drop' : '',
      stat?.significantImprovement ? 'significant gain' : '',
    ].filter(Boolean);
    lines.push(
      `| ${row.metric} | ${formatMetricValue(metric, row.base)} | ${formatMetricValue(metric, row.new)} | ${
        row.diff === null ? 'n/a' : diff(row.diff)
      } | ${stat ? `${diff(stat.ciGate.lower)} to ${diff(stat.ciGate.upper)}` : '—'} | ${
        stat ? `${diff(stat.ci95.lower)} to ${diff(stat.ci95.upper)}` : '—'
      } | ${row.gate && stat ? `${formatP(stat.pNonInferiority)} (δ ${diff(row.gate.margin).replace(/^[+−±]/, '')})` : '—'} | ${
        stat ? `${formatP(stat.pDifference)} (${stat.pDifferenceMethod})` : '—'
      } | ${stat ? `${stat.n}${stat.paired ? ' paired' : ''}` : '—'} | ${stat?.method ?? 'plain difference'} | ${verdict}${
        flags.length > 0 ? ` · ${flags.join(', ')}` : ''
      } |`,
    );
  }
  const gated = comparison.rows.filter((row) => row.gate && row.stat);
  if (gated.length > 0) {
    lines.push(
      '',
      `Minimum detectable drop (80% power, one-sided α = ${comparison.alpha}): ${gated
        .map(
          (row) =>
            `${row.metric} ${formatDifference(report.metrics[row.metric]!, row.stat!.mde).replace(/^[+−±]/, '')}`,
        )
        .join('; ')}. Holm-adjusted p of a regression: ${gated
        .map((row) => `${row.metric} ${formatP(row.pRegressionHolm ?? 1)}`)
        .join('; ')}.`,
    );
    for (const row of gated) {
      const notes = row.stat!.notes;
      if (notes.length > 0)
        lines.push('', `Notes on ${row.metric}: ${notes.map((note) => escapeInline(note, 300)).join('; ')}.`);
      if (row.regressedItems.length > 0) {
        lines.push(
          '',
          `<details><summary>${row.metric}: ${row.regressedItems.length} items right before and wrong now, ${row.improvedItems.length} the other way</summary>`,
          '',
          row.regressedItems
            .slice(0, 100)
            .map((id) => codeText(id, 60))
            .join(', ') + (row.regressedItems.length > 100 ? ', …' : ''),
          '',
          '</details>',
        );
      }
    }
  }
  if (comparison.categoryWarnings.length > 0) {
    lines.push(
      '',
      '**Per-category drops** (Benjamini–Hochberg, q = 0.10):',
      '',
      ...comparison.categoryWarnings.map((w) => `- ${escapeInline(w, 300)}`),
    );
  }
  if (comparison.missingInBaseline.length + comparison.missingInRun.length > 0) {
    lines.push(
      '',
      `Not paired: ${comparison.missingInBaseline.length} items new in this run, ${comparison.missingInRun.length} baseline items missing from it.`,
    );
  }
  return lines.join('\n');
}

function renderJudge(report: Report): string {
  return renderJudgeSection(report);
}

function renderRun(report: Report): string {
  const stats = report.source.stats;
  const lines = [
    '## Run',
    '',
    `- Dataset: ${codeText(report.dataset.file, 200)} (${report.dataset.format}, ${report.dataset.items} items, sha256 ${report.dataset.hash.slice(0, 12)})`,
    `- Answers: ${escapeInline(report.source.description, 200)} (${report.source.kind}); ${stats.errors} errors${
      report.source.kind === 'live'
        ? `, ${stats.requests} requests, ${stats.retries} retries, ${stats.rateLimited} rate-limited, ${stats.timeouts} timeouts, cache ${stats.cacheHits} hits / ${stats.cacheMisses} misses`
        : ''
    }`,
    `- Config: ${codeText(report.config.file, 200)} (hash ${report.config.hash.slice(0, 12)}), evalgate ${report.evalgateVersion}`,
    `- Time: ${formatDuration(report.durationMs)} (${report.timings.map((timing) => `${timing.name} ${formatDuration(timing.durationMs)}`).join(', ')})`,
  ];
  if (report.baselineWritten)
    lines.push(`- This run is the new baseline: ${codeText(report.baselineWritten, 200)}`);
  if (report.warnings.length > 0) {
    lines.push(
      '',
      '### Warnings',
      '',
      ...report.warnings.map((warning) => `- ${escapeInline(warning, 500)}`),
    );
  }
  return lines.join('\n');
}

/** The gated metrics over the accepted runs kept with the baseline and this run. */
function renderTrendSection(report: Report): string {
  const trend = renderTrend(report);
  return trend ? `## Trend\n\n${trend}` : '';
}
