import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderBody } from '../../src/report/comment-body.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { renderTrend } from '../../src/report/trend.js';
import type { HistoryEntry, Report } from '../../src/core/report.js';
import { taskApiWorkspace } from '../baseline/helpers.js';

/** Three CLI runs through a local baseline store: deploy, deploy, block (model v2). */
async function threeRuns() {
  const workspace = await taskApiWorkspace();
  expect((await workspace.run()).code).toBe(0);
  expect((await workspace.run()).code).toBe(0);
  const historyFile = path.join(workspace.dir, 'trend', 'history.jsonl');
  const third = await workspace.run([
    '--responses',
    path.join(workspace.dir, 'responses/model-v2.jsonl'),
    '--history-out',
    historyFile,
  ]);
  expect(third.code).toBe(1);
  return { report: third.report!, historyFile, workspace, stdout: third.stdout };
}

function chartValues(block: string, index: number): number[] {
  const lines = block.split('\n').filter((line) => line.trimStart().startsWith('line ['));
  return JSON.parse(lines[index]!.trim().slice('line '.length)) as number[];
}

describe('trend of the gated metrics', () => {
  it('--history-out writes the history as JSON Lines, oldest first, this run last', async () => {
    const { report, historyFile, stdout } = await threeRuns();
    expect(stdout).toMatch(/ {2}trend: accuracy 94% → 94% → 80% \(last 3 of 3 runs\)\n/);
    const lines = (await readFile(historyFile, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const entries = lines.map((line) => JSON.parse(line) as HistoryEntry);
    expect(entries).toEqual(report.history);
    expect(entries.map((entry) => entry.decision)).toEqual(['deploy', 'deploy', 'block']);
    expect(entries[2]!.metrics.json_valid_rate!.value).toBe(report.metrics.json_valid_rate!.value);
  });

  it('report.md and the job summary chart each gated metric over the runs, with a table', async () => {
    const { report, workspace } = await threeRuns();
    const markdown = await readFile(path.join(workspace.dir, 'out-3', 'report.md'), 'utf8');
    const trend = markdown.slice(markdown.indexOf('## Trend'));
    expect(markdown).toContain('## Trend');
    const gated = [...new Set(report.gates.map((result) => result.gate.metric))];
    const blocks = trend.split('```mermaid').slice(1);
    expect(blocks).toHaveLength(gated.length);
    const accuracy = blocks.find((block) => block.includes('title "accuracy (%)'))!;
    expect(accuracy).toContain('xychart-beta');
    const history = report.history!;
    const percent = (value: number) => Math.round(value * 10000) / 100;
    expect(chartValues(accuracy, 0)).toEqual(history.map((entry) => percent(entry.metrics.accuracy!.value!)));
    expect(chartValues(accuracy, 1)).toEqual(history.map((entry) => percent(entry.metrics.accuracy!.lower!)));
    expect(accuracy).toMatch(/x-axis \["1\. \d\d-\d\d", "2\. \d\d-\d\d", "3\. \d\d-\d\d now"\]/);
    expect(trend).toContain('| Run | Commit | Decision | ');
    expect(trend).toMatch(/\*\*.*\*\* \(this run\) \| — \| ❌ block \| /);
    expect(trend.match(/✅ deploy/g)).toHaveLength(2);
    expect(renderJobSummary(report, { maxFailingItems: 10 })).toContain(accuracy.split('```')[0]);
  });

  it('the PR comment shows the charts and a folded table, and drops the trend before the metrics to fit', async () => {
    const { report } = await threeRuns();
    const body = renderBody(report, { links: {} });
    expect(body).toContain('**Trend**: 3 runs');
    expect(body).toContain('title "accuracy (%)');
    expect(body).toContain('<details><summary>Trend table: the last 3 runs</summary>');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);

    const full = renderBody({ ...report, history: fiftyRuns(report) }, { links: {} });
    expect(full.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(full).toContain('**Trend**: 50 runs');
    expect(full).toContain('Trend table: the last 10 runs');

    const withoutTrend = renderBody(report, { links: {} }).replace(
      /\*\*Trend\*\*[\s\S]*?<\/details>\n\n/,
      '',
    );
    const tight = renderBody(report, { links: {}, maxLength: withoutTrend.length + 300 });
    expect(tight).not.toContain('**Trend**');
    expect(tight).toContain('the trend left out');
    expect(tight).toContain('| accuracy |');
    expect(tight).toContain('first 10 of 55 failing items');
  });

  it('shows no trend for a first run', () => {
    const report = { gates: [], metrics: {}, history: [] } as unknown as Report;
    expect(renderTrend(report)).toBe('');
  });
});

function fiftyRuns(report: Report): HistoryEntry[] {
  const last = report.history!.at(-1)!;
  return Array.from({ length: 50 }, (_, index) => ({
    ...last,
    date: new Date(Date.UTC(2026, 6, 1) + index * 86_400_000).toISOString(),
    sha: `${index}`.padStart(7, 'f'),
    decision: index === 49 ? last.decision : 'deploy',
  }));
}
