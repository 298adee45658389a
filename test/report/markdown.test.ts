import { describe, expect, it } from 'vitest';
import type { ComparisonStat } from '../../src/stats/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/core/report.js';
import { failingGate, makeReport, rate } from '../github/fixtures.js';

function regressionReport(): Report {
  const accuracy = rate('accuracy', 0.8, [0.75, 0.84]);
  return makeReport({
    decision: 'block',
    metrics: { accuracy },
    gates: [
      {
        gate: {
          type: 'regression',
          name: 'no regression',
          metric: 'accuracy',
          margin: 0.02,
          onInconclusive: 'warn',
          severity: 'blocking',
          line: 40,
        },
        status: 'fail',
        effect: 'block',
        metric: accuracy,
        explanation: 'accuracy dropped.',
        failingItems: [],
        failingCount: 0,
      },
    ],
    comparison: {
      ...makeReport().comparison,
      status: 'compared',
      statistical: true,
      paired: 300,
      baseline: {
        origin: 'x',
        createdAt: '2026-01-01',
        datasetHash: 'd',
        sameDataset: true,
        evalgateVersion: '0.1.0',
      },
      rows: [
        {
          metric: 'accuracy',
          kind: 'rate',
          higherIsBetter: true,
          base: 0.94,
          new: 0.8,
          diff: -0.14,
          gate: { name: 'no regression', margin: 0.02, onInconclusive: 'warn' },
          stat: {
            ci95: { estimate: -0.14, lower: -0.19, upper: -0.09, level: 0.95, method: 'wald' },
            ciGate: { estimate: -0.14, lower: -0.18, upper: -0.1, level: 0.9, method: 'wald' },
            alpha: 0.05,
            n: 300,
            paired: true,
            zone: 'fail',
            pNonInferiority: 1,
            pDifference: 0.0004,
            pDifferenceMethod: 'exact McNemar',
            method: 'paired McNemar (Wald CI)',
            mde: 0.03,
            notes: [],
            significantRegression: true,
            significantImprovement: false,
          } as unknown as ComparisonStat,
          regressedItems: [],
          improvedItems: [],
        },
      ],
    },
  });
}

describe('renderMarkdown (report.md and the job summary)', () => {
  it('marks a failed warning gate ⚠️ and a failed blocking gate ❌', () => {
    const report = makeReport({
      decision: 'block',
      gates: [failingGate('must pass', 'block', 1), failingGate('nice to have', 'warn', 1)],
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| ❌ | must pass | blocking |');
    expect(markdown).toContain('| ⚠️ | nice to have | warning |');
    expect(markdown).toContain('### ❌ must pass (blocks)');
    expect(markdown).toContain('### ⚠️ nice to have (warns)');
  });

  it('shows the interval of Δ a regression gate decided on, at its level, not the metric’s interval', () => {
    const markdown = renderMarkdown(regressionReport());
    const row = markdown.split('\n').find((line) => line.startsWith('| ❌ | no regression |'))!;
    expect(row).toContain('Δ −14 pts');
    expect(row).toContain('Δ −18 pts to −10 pts (90%)');
    expect(row).not.toContain('75% – 84%');
    expect(markdown).toContain('| | Gate | Severity | Value | Needs | n | Interval |');
  });

  it('gives a threshold gate the metric’s own interval with its level', () => {
    const markdown = renderMarkdown(makeReport({ decision: 'block', gates: [failingGate('g', 'block', 1)] }));
    expect(markdown).toContain('| ❌ | g | blocking | 80% | >= 85% | 300 | 75% – 84% (95%) |');
  });
});
