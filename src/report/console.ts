import { formatDuration, formatMetricValue, isMeasured } from '../core/format.js';
import { logLines, logValue } from './log-line.js';
import type { Report } from '../core/report.js';
import { trendLines } from './trend.js';

/**
 * The short summary printed at the end of a run: decision, gates, and where the full report is. Every value
 * from data is flattened to one line, and no line can be read as a workflow command.
 */
export function renderConsoleSummary(report: Report, reportDir?: string): string {
  const lines: string[] = [''];
  lines.push(`${report.decision.toUpperCase()}  ${logValue(report.name, 200)}`);
  lines.push(logValue(report.headline, 1000));
  lines.push('');
  for (const result of report.gates) {
    const mark =
      result.status === 'pass'
        ? 'pass'
        : result.effect === 'block'
          ? 'FAIL'
          : result.effect === 'warn'
            ? 'warn'
            : result.status;
    lines.push(
      `  [${mark}] ${logValue(result.gate.name, 200)} (${result.gate.severity}): ${logValue(result.explanation, 1000)}`,
    );
    for (const item of result.failingItems.slice(0, 3)) {
      const what = item.error
        ? `error: ${logValue(item.error, 200)}`
        : `output: ${logValue(item.output ?? '', 60)}${item.reason ? ` (${logValue(item.reason, 80)})` : ''}`;
      lines.push(
        `         ${logValue(`${item.source.file}:${item.source.line}`, 200)} ${logValue(item.id, 100)}  ${what}`,
      );
    }
    if (result.failingCount > 3) lines.push(`         … ${result.failingCount - 3} more in the report`);
  }
  const overall = Object.values(report.metrics).filter(
    (metric) => metric.category === undefined && isMeasured(metric),
  );
  lines.push(
    '',
    `  metrics: ${overall.map((metric) => `${logValue(metric.name, 100)}=${formatMetricValue(metric, metric.value)}`).join('  ')}`,
  );
  for (const metric of overall.filter((candidate) => candidate.signature !== undefined)) {
    lines.push(`  ${metric.name} ${formatMetricValue(metric, metric.value)}  ${signatureNote(metric)}`);
  }
  for (const line of trendLines(report)) lines.push(`  trend: ${logValue(line, 500)}`);
  if (report.comparison.status === 'skipped')
    lines.push(`  baseline: ${logValue(report.comparison.reason ?? 'skipped', 500)}`);
  for (const warning of report.warnings) lines.push(`  warning: ${logValue(warning, 1000)}`);
  const rate = report.durationMs > 0 ? (report.dataset.items / report.durationMs) * 1000 : 0;
  lines.push(
    `  ${report.dataset.items} items in ${formatDuration(report.durationMs)} (${rate.toFixed(0)} items/s)`,
  );
  if (report.baselineWritten) lines.push(`  new baseline: ${logValue(report.baselineWritten, 500)}`);
  if (reportDir) lines.push(`  report: ${logValue(reportDir, 500)}/report.md and report.json`);
  return logLines(lines.join('\n'));
}

/** A corpus metric's signature, said to be evalgate's implementation of it. */
function signatureNote(metric: { signature?: string }): string {
  return `${metric.signature} (evalgate's implementation of sacreBLEU's signature)`;
}
