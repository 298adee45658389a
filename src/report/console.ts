import { formatDuration, formatMetricValue, isMeasured } from './format.js';
import type { Report } from './types.js';

/** The short summary printed at the end of a run: decision, gates, and where the full report is. */
export function renderConsoleSummary(report: Report, reportDir?: string): string {
  const lines: string[] = [''];
  lines.push(`${report.decision.toUpperCase()}  ${report.name}`);
  lines.push(report.headline);
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
    lines.push(`  [${mark}] ${result.gate.name} (${result.gate.severity}): ${result.explanation}`);
    for (const item of result.failingItems.slice(0, 3)) {
      const what = item.error
        ? `error: ${item.error}`
        : `output: ${oneLine(item.output ?? '', 60)}${item.reason ? ` (${oneLine(item.reason, 80)})` : ''}`;
      lines.push(`         ${item.source.file}:${item.source.line} ${item.id}  ${what}`);
    }
    if (result.failingCount > 3) lines.push(`         … ${result.failingCount - 3} more in the report`);
  }
  const overall = Object.values(report.metrics).filter(
    (metric) => metric.category === undefined && isMeasured(metric),
  );
  lines.push(
    '',
    `  metrics: ${overall.map((metric) => `${metric.name}=${formatMetricValue(metric, metric.value)}`).join('  ')}`,
  );
  for (const metric of overall.filter((candidate) => candidate.signature !== undefined)) {
    lines.push(`  ${metric.name} ${formatMetricValue(metric, metric.value)}  ${signatureNote(metric)}`);
  }
  if (report.comparison.status === 'skipped')
    lines.push(`  baseline: ${report.comparison.reason ?? 'skipped'}`);
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  const rate = report.durationMs > 0 ? (report.dataset.items / report.durationMs) * 1000 : 0;
  lines.push(
    `  ${report.dataset.items} items in ${formatDuration(report.durationMs)} (${rate.toFixed(0)} items/s)`,
  );
  if (report.baselineWritten) lines.push(`  new baseline: ${report.baselineWritten}`);
  if (reportDir) lines.push(`  report: ${reportDir}/report.md and report.json`);
  return lines.join('\n');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A corpus metric's signature, said to be evalgate's implementation of it. */
function signatureNote(metric: { signature?: string }): string {
  return `${metric.signature} (evalgate's implementation of sacreBLEU's signature)`;
}
