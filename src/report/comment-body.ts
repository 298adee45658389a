// The pull request comment (also the check run's summary): the diff first - verdict, failed gates, metrics
// against the baseline, a chart, the trend - then the failing items, folded. It always fits GitHub's limit: the
// trend is cut first, then the failing items, the chart, metric rows, and the cut says where the rest is.
import type { UserError } from '../core/errors.js';
import type { GateResult } from '../core/gates.js';
import { codeText, escapeHtmlText, escapeInline } from './escape.js';
import { stripTerminalControls } from './log-line.js';
import { formatMetricValue, formatDifference } from '../core/format.js';
import type { Report } from '../core/report.js';
import { problemsOf, repositoryPath } from './annotations.js';
import { renderRatesChart } from './chart.js';
import { renderTrend } from './trend.js';
import { formatInterval, formatP, formatVerdict, metricRows, type MetricRowView } from './comparison-view.js';

/** GitHub rejects comment bodies longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;
/** Check run summaries and texts. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface BodyLinks {
  /** The report artifact of this run. */
  reportArtifact?: string;
  /** The run page, where the job summary is. */
  jobSummary?: string;
  /** A link to a line of a file in the repository at the evaluated commit. */
  source?: (file: string, line: number) => string | undefined;
}

export interface BodyOptions {
  /** Hidden first line that finds the comment again; empty for a check run summary. */
  marker?: string;
  links: BodyLinks;
  maxLength?: number;
  /** Heading level of the title (3 in a comment). */
  headingLevel?: number;
}

const DECISION = { deploy: '✅ DEPLOY', block: '❌ BLOCK', error: '⚠️ ERROR' } as const;
const EFFECT = { block: '❌', warn: '⚠️', none: '❔' } as const;
const DETAIL_STEPS = [Infinity, 50, 20, 10, 5, 2, 1, 0];

interface Budget {
  itemsPerGate: number;
  chart: boolean;
  trend: boolean;
  metricRows: number;
}

export function renderBody(report: Report, options: BodyOptions): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  const rows = metricRows(report);
  const budgets: Budget[] = [
    // The trend goes first: the report and the job summary have it too.
    { itemsPerGate: Infinity, chart: true, trend: true, metricRows: Infinity },
    ...DETAIL_STEPS.map((itemsPerGate) => ({
      itemsPerGate,
      chart: true,
      trend: false,
      metricRows: Infinity,
    })),
    { itemsPerGate: 0, chart: false, trend: false, metricRows: Infinity },
    ...[40, 20, 10, 5].map((count) => ({ itemsPerGate: 0, chart: false, trend: false, metricRows: count })),
  ];
  for (const budget of budgets) {
    const body = compose(report, rows, options, budget);
    if (body.length <= maxLength) return body;
  }
  // Still too long (enormous gate names or explanations): hard cut, keeping the links at the end.
  const footer = renderFooter(report, options.links, {
    cut: 'the comment was cut to fit GitHub’s size limit',
  });
  const body = compose(report, rows, options, { itemsPerGate: 0, chart: false, trend: false, metricRows: 0 });
  const room = Math.max(0, maxLength - footer.length - 3);
  return `${body.slice(0, room)}…\n\n${footer}`.slice(0, maxLength);
}

/** The check run's title: the headline as one line of plain text, no terminal controls, at most 250 characters. */
export function checkRunTitle(report: Report): string {
  const flat = stripTerminalControls(report.headline).replace(/\s+/g, ' ').trim();
  return flat.length > 250 ? `${flat.slice(0, 249)}…` : flat;
}

export interface ErrorBodyOptions extends BodyOptions {
  /** Workspace of the run, to show repository paths instead of the runner's absolute ones. */
  workspace: string;
  evalgateVersion: string;
}

/**
 * The comment (and check run summary) of a run that stopped before it had a report: the config or the
 * dataset could not be loaded. Each problem: where (linked to the line), the key, the message and the fix,
 * escaped like model text (a config is pull request content).
 */
export function renderErrorBody(name: string, error: UserError, options: ErrorBodyOptions): string {
  const level = '#'.repeat(options.headingLevel ?? 3);
  const problems = problemsOf(error);
  const described = problems.map((problem) => {
    const file = problem.file ? (repositoryPath(problem.file, options.workspace) ?? problem.file) : undefined;
    const where = file ? `${file}${problem.line ? `:${problem.line}` : ''}` : undefined;
    const url = file && problem.line ? options.links.source?.(file, problem.line) : undefined;
    const text = `${problem.key ? `${problem.key}: ` : ''}${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`;
    return {
      place: where ? (url ? `[${escapeInline(where, 200)}](${url})` : escapeInline(where, 200)) : undefined,
      text: escapeInline(text, 2000),
    };
  });
  let detail: string;
  if (described.length === 1) {
    const [only] = described as [{ place?: string; text: string }];
    detail = `**${problems[0]!.file ? 'Configuration error' : 'Error'}**${only.place ? ` in ${only.place}` : ''}: ${only.text}`;
  } else {
    const listed = described
      .slice(0, ERROR_LINES)
      .map((problem) => `- ${problem.place ? `${problem.place}: ` : ''}${problem.text}`);
    if (described.length > ERROR_LINES)
      listed.push(`- … ${described.length - ERROR_LINES} more: see the job summary.`);
    detail = [`**Configuration errors** (${described.length}):`, '', ...listed].join('\n');
  }
  const footer = [
    options.links.jobSummary ? `[job summary](${options.links.jobSummary})` : undefined,
    `evalgate ${escapeInline(options.evalgateVersion, 20)}`,
  ].filter((part): part is string => part !== undefined);
  const body = [
    ...(options.marker ? [options.marker] : []),
    `${level} evalgate · ${escapeInline(name, 80)}: ${DECISION.error}`,
    `> evalgate could not evaluate this commit: fix ${problems.length === 1 ? 'this problem' : 'these problems'} and push again.`,
    detail,
    `<sub>${footer.join(' · ')}</sub>`,
  ].join('\n\n');
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  return body.length < maxLength ? `${body}\n` : `${body.slice(0, maxLength - 2)}…\n`;
}

const ERROR_LINES = 20;

function compose(
  report: Report,
  rows: readonly MetricRowView[],
  options: BodyOptions,
  budget: Budget,
): string {
  const level = '#'.repeat(options.headingLevel ?? 3);
  const parts: string[] = [];
  if (options.marker) parts.push(options.marker);
  parts.push(`${level} evalgate · ${escapeInline(report.name, 80)}: ${DECISION[report.decision]}`);
  parts.push(`> ${escapeInline(report.headline, 500)}`);
  parts.push(renderGateList(report, options.links));
  parts.push(renderComparisonIntro(report));
  const shownRows = rows.slice(0, budget.metricRows);
  if (shownRows.length > 0) parts.push(renderMetricTable(shownRows, rows.length - shownRows.length));
  if (budget.chart) {
    const chart = renderRatesChart(rows);
    if (chart) parts.push(chart);
  }
  if (budget.trend) {
    const trend = renderTrend(report, { maxCharts: 3, maxTableRows: 10, foldTable: true });
    if (trend) parts.push(`**Trend**: ${trend}`);
  }
  const { text: details, cut, notInReport } = renderFailingItems(report, budget.itemsPerGate, options.links);
  if (details) parts.push(details);
  const cuts: string[] = [];
  if (cut > 0) cuts.push(`${cut} failing item${cut === 1 ? '' : 's'} not listed`);
  if (!budget.chart && rows.some((row) => row.value.kind === 'rate')) cuts.push('the chart left out');
  if (!budget.trend && (report.history?.length ?? 0) >= 2) cuts.push('the trend left out');
  if (shownRows.length < rows.length) cuts.push(`${rows.length - shownRows.length} metrics not shown`);
  parts.push(
    renderFooter(report, options.links, {
      cut: cuts.length > 0 ? `${cuts.join(', ')} to fit GitHub’s size limit` : undefined,
      notInReport:
        notInReport > 0
          ? `${notInReport} more failing item${notInReport === 1 ? ' is' : 's are'} not listed: the report keeps ` +
            `the first ${reportCap(report)} of each gate (\`report.max-failing-items\`), and every item is in report.json`
          : undefined,
    }),
  );
  return `${parts.join('\n\n')}\n`;
}

function renderGateList(report: Report, links: BodyLinks): string {
  if (report.error) {
    const where = [report.error.file, report.error.line].filter((part) => part !== undefined).join(':');
    return `**Error**${where ? ` in ${codeText(where, 200)}` : ''}: ${escapeInline(report.error.message, 2000)}`;
  }
  if (report.gates.length === 0) return 'No gates are configured: nothing can block this run.';
  const notPassed = report.gates.filter((result) => result.status !== 'pass');
  if (notPassed.length === 0) return `All ${report.gates.length} gates passed.`;
  const passed = report.gates.length - notPassed.length;
  return [
    `**Gates not passed** (${notPassed.length} of ${report.gates.length}; ${passed} passed):`,
    '',
    ...notPassed.map(
      (result) =>
        `- ${EFFECT[result.effect]} ${gateTitle(report, result, links)}: ${escapeInline(result.explanation, 400)}`,
    ),
  ].join('\n');
}

function gateTitle(report: Report, result: GateResult, links: BodyLinks): string {
  const name = escapeInline(result.gate.name, 100);
  const url = result.gate.line ? links.source?.(report.config.file, result.gate.line) : undefined;
  return `**${url ? `[${name}](${url})` : name}** (${result.gate.severity})`;
}

function renderComparisonIntro(report: Report): string {
  const comparison = report.comparison;
  if (comparison.status === 'skipped') {
    return `**Not compared with a baseline:** ${escapeInline(comparison.reason ?? 'no baseline.', 400)}`;
  }
  const baseline = comparison.baseline;
  const when = baseline
    ? `baseline of ${escapeInline(baseline.createdAt, 40)}${baseline.gitSha ? ` (${escapeInline(baseline.gitSha.slice(0, 7), 10)})` : ''}`
    : 'the baseline';
  const dataset = baseline && !baseline.sameDataset ? ', **different dataset version**' : '';
  const method = comparison.statistical ? '' : ' Plain differences, without statistics.';
  return `**Compared with the ${when}**: ${comparison.paired} items paired by id${dataset}.${method}`;
}

function renderMetricTable(rows: readonly MetricRowView[], hidden: number): string {
  const withP = rows.some((row) => row.pValue !== undefined);
  const header = withP
    ? ['| Metric | Base | New | Δ | Interval | p | Verdict |', '|---|---|---|---|---|---|---|']
    : ['| Metric | Base | New | Δ | Interval | Verdict |', '|---|---|---|---|---|---|'];
  const lines = rows.map((row) => {
    const cells = [
      escapeInline(row.metric, 60),
      formatMetricValue(row.value, row.base),
      formatMetricValue(row.value, row.new),
      formatDifference(row.value, row.diff),
      formatInterval(row),
      ...(withP ? [formatP(row.pValue)] : []),
      escapeInline(formatVerdict(row), 60),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  if (hidden > 0) lines.push(`| … ${hidden} more in the full report | | | | |${withP ? ' |' : ''} |`);
  return [...header, ...lines].join('\n');
}

function renderFailingItems(
  report: Report,
  perGate: number,
  links: BodyLinks,
): { text: string; cut: number; notInReport: number } {
  const blocks: string[] = [];
  let cut = 0;
  let notInReport = 0;
  for (const result of report.gates) {
    if (result.status === 'pass' || result.failingItems.length === 0) continue;
    const total = Math.max(result.failingCount, result.failingItems.length);
    const shown = result.failingItems.slice(0, perGate);
    notInReport += total - result.failingItems.length;
    cut += result.failingItems.length - shown.length;
    if (shown.length === 0) continue;
    const metric = result.metric;
    blocks.push(
      [
        `<details><summary>${EFFECT[result.effect]} ${escapeHtmlText(result.gate.name, 100)}: ${
          shown.length === total
            ? `${total} failing items`
            : `first ${shown.length} of ${total} failing items`
        }</summary>`,
        '',
        '| Item | Category | Where | Value | Output | Expected |',
        '|---|---|---|---|---|---|',
        ...shown.map((item) => {
          const where = `${item.source.file}:${item.source.line}`;
          const url = links.source?.(item.source.file, item.source.line);
          const whereCell = url ? `[${escapeInline(where, 80)}](${url})` : escapeInline(where, 80);
          const value = itemValue(metric, item.value);
          const output = item.error
            ? `*error:* ${codeText(item.error, 120)}`
            : codeText(item.output ?? '', 120);
          return `| ${escapeInline(item.id, 60)} | ${escapeInline(item.category, 40)} | ${whereCell} | ${value} | ${output} | ${escapeInline(
            item.expected ?? '',
            100,
          )} |`;
        }),
        '',
        '</details>',
      ].join('\n'),
    );
  }
  return { text: blocks.join('\n\n'), cut, notInReport };
}

/** How many failing items per gate the report keeps (the config's report.max-failing-items). */
function reportCap(report: Report): number {
  return Math.max(0, ...report.gates.map((result) => result.failingItems.length));
}

/** A per-item score: pass/fail for a rate's 0/1, else the metric's own format. */
function itemValue(metric: GateResult['metric'], value: number | null): string {
  if (value === null) return 'n/a';
  if (metric?.kind === 'rate' && (value === 0 || value === 1)) return value === 1 ? 'pass' : 'fail';
  return metric ? formatMetricValue(metric, value) : String(value);
}

interface FooterNotes {
  /** What was left out to fit GitHub's size limit. */
  cut?: string;
  /** Failing items the report itself does not list (its per-gate cap). */
  notInReport?: string;
}

function renderFooter(report: Report, links: BodyLinks, notes: FooterNotes): string {
  const where = [
    links.reportArtifact ? `[full report (artifact)](${links.reportArtifact})` : undefined,
    links.jobSummary ? `[job summary](${links.jobSummary})` : undefined,
  ].filter((part): part is string => part !== undefined);
  const lines: string[] = [];
  const see = where.length > 0 ? where.join(' and the ') : 'report artifact and the job summary';
  if (notes.notInReport) lines.push(`> ℹ️ ${notes.notInReport}: see the ${see}.`);
  if (notes.cut) lines.push(`> ✂️ ${notes.cut}: see the ${see}.`);
  const dataset = `dataset ${codeText(report.dataset.file, 120)} (${report.dataset.items} items, ${report.dataset.hash.slice(0, 12)})`;
  lines.push(
    `<sub>${[...where, dataset, `evalgate ${escapeInline(report.evalgateVersion, 20)}`].join(' · ')}</sub>`,
  );
  return lines.join('\n\n');
}
