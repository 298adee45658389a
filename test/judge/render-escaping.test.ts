// The judge section of report.md and the comment quotes judge answers (a custom metric's level labels, the
// metric and item names): none of it may become Markdown, HTML or a mention.
import { describe, expect, it } from 'vitest';
import { renderJudgeSection } from '../../src/report/judge-section.js';

const hostile = '<img src=x onerror=alert(1)> | @octocat `x`';

function reportWithRawLevels(): Parameters<typeof renderJudgeSection>[0] {
  return {
    dataset: { categories: ['c'] },
    metrics: {},
    judge: {
      status: 'completed',
      panel: {
        models: ['a', 'b'],
        aggregate: 'mean',
        agreement: [],
        disagreements: [
          {
            id: 'item-1',
            metric: 'judge_custom',
            ratings: [
              { model: 'a', raw: hostile },
              { model: 'b', raw: 2 },
            ],
            spread: 0.5,
          },
        ],
      },
      alerts: [
        {
          id: 'item-1',
          category: 'c',
          metric: 'judge_custom',
          raw: hostile,
          normalized: 0,
          reasoning: 'bad',
          model: 'a',
        },
      ],
    },
  } as unknown as Parameters<typeof renderJudgeSection>[0];
}

describe('the judge section escapes the levels judges answered', () => {
  it('shows a hostile level label as text: no HTML tag, no extra table cell, no mention', () => {
    const markdown = renderJudgeSection(reportWithRawLevels());
    const rows = markdown.split('\n').filter((line) => line.startsWith('| item-1'));
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row).not.toContain('<img');
      expect(row).not.toMatch(/(^|[^\u200b])@octocat/);
      // Only the table's own separators: an escaped `|` inside a cell is `\|`.
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      expect(cells).toBe(row.includes('onerror') && rows.indexOf(row) === 0 ? 3 : 6);
    }
  });
});
