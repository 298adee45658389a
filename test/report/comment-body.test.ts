import { describe, expect, it } from 'vitest';
import type { ComparisonStat } from '../../src/stats/index.js';
import { COMMENT_LIMIT, renderBody } from '../../src/report/comment-body.js';
import { commentMarker } from '../../src/github/comment.js';
import { failingGate, makeReport, rate } from '../github/fixtures.js';

const marker = commentMarker('evals.yml', 'task-api');
const links = {
  reportArtifact: 'https://github.com/acme/evals/actions/runs/1/artifacts/2',
  jobSummary: 'https://github.com/acme/evals/actions/runs/1',
};

describe('renderBody', () => {
  it('puts the marker first, then the verdict, the failed gates and the metric diff', () => {
    const report = makeReport({
      decision: 'block',
      headline: 'BLOCK: 1 blocking gate failed (accuracy).',
      gates: [failingGate('accuracy', 'block', 3)],
      metrics: { accuracy: rate('accuracy', 0.8, [0.75, 0.84]) },
      comparison: {
        status: 'compared',
        baseline: {
          origin: 'x',
          createdAt: '2026-01-01',
          gitSha: 'abcdef123',
          datasetHash: 'd',
          sameDataset: true,
          evalgateVersion: '0.1.0',
        },
        statistical: true,
        paired: 300,
        missingInBaseline: [],
        missingInRun: [],
        rows: [
          {
            metric: 'accuracy',
            kind: 'rate',
            higherIsBetter: true,
            base: 0.94,
            new: 0.8,
            diff: -0.14,
            gate: { name: 'no regression', margin: 0.02, onInconclusive: 'block' },
            stat: {
              ci95: { estimate: -0.14, lower: -0.19, upper: -0.09, level: 0.95, method: 'wald' },
              ciGate: { estimate: -0.14, lower: -0.18, upper: -0.1, level: 0.9, method: 'wald' },
              alpha: 0.05,
              pDifference: 0.0004,
              zone: 'fail',
              significantRegression: true,
              significantImprovement: false,
            } as unknown as ComparisonStat,
            regressedItems: [],
            improvedItems: [],
          },
        ],
        alpha: 0.05,
        categoryWarnings: [],
        warnings: [],
      },
    });
    const body = renderBody(report, { marker, links });
    const lines = body.split('\n');
    expect(lines[0]).toBe(marker);
    expect(body.indexOf('❌ BLOCK')).toBeLessThan(body.indexOf('Gates not passed'));
    expect(body.indexOf('Gates not passed')).toBeLessThan(body.indexOf('| Metric |'));
    expect(body.indexOf('| Metric |')).toBeLessThan(body.indexOf('<details>'));
    expect(body).toContain(
      '| accuracy | 94% | 80% | −14 pts | Δ [−18 pts, −10 pts] (90%) | < 0.001 | FAIL |',
    );
    expect(body).toContain('<details><summary>❌ accuracy: 3 failing items</summary>');
    expect(body).toContain('| ta-1 | list\\_tasks | evals/benchmark.json:10 | fail |');
    expect(body).not.toContain('✂️');
  });

  it('says plainly that there was no comparison, and leaves out metrics nobody measured', () => {
    const body = renderBody(makeReport(), { marker, links });
    expect(body).toContain('**Not compared with a baseline:** no baseline yet.');
    expect(body).toContain('| accuracy | n/a | 94% | n/a | 90.7% – 96.2% (new, 95%) | — |');
    expect(body).not.toContain('latency_p95_ms');
    expect(body).toContain('No gates are configured');
  });

  it('escapes model text: no mentions, no HTML, no extra table cells, no code fences', () => {
    const hostile = '@octocat <script>alert(1)</script> | x | ```\n# title';
    const report = makeReport({ decision: 'block', gates: [failingGate('accuracy', 'block', 1, hostile)] });
    const body = renderBody(report, { marker, links });
    expect(body).not.toMatch(/@octocat/);
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('```\n# title');
    const row = body.split('\n').find((line) => line.startsWith('| ta-1 '))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  it('cuts the failing items first, then the chart, and always fits the limit with links to the rest', () => {
    const long = 'y'.repeat(500);
    const report = makeReport({
      decision: 'block',
      gates: [failingGate('a', 'block', 1000, long), failingGate('b', 'warn', 1000, long)],
    });
    const full = renderBody(report, { marker, links, maxLength: 10_000_000 });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = renderBody(report, { marker, links });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('xychart-beta');
    expect(body).toMatch(/first \d+ of 1000 failing items/);
    expect(body).toMatch(
      /✂️ \d+ failing items not listed to fit GitHub’s size limit: see the \[full report \(artifact\)\]/,
    );

    // Items go before the chart: a body with some items still has its chart.
    const small = renderBody(report, { marker, links, maxLength: 3000 });
    expect(small).toMatch(/first [12] of 1000 failing items/);
    expect(small).toContain('xychart-beta');
    const tiny = renderBody(report, { marker, links, maxLength: 1100 });
    expect(tiny.length).toBeLessThanOrEqual(1100);
    expect(tiny).not.toContain('<details>');
    expect(tiny).not.toContain('xychart-beta');
    expect(tiny).toContain('the chart left out');
    expect(tiny).toContain('❌ BLOCK');
    expect(tiny).toContain(links.jobSummary);
  });

  it('hard-cuts an absurd body and still ends with the links', () => {
    const report = makeReport({
      headline: 'h'.repeat(100),
      gates: [{ ...failingGate('g'.repeat(90), 'block', 0), explanation: 'e'.repeat(400) }],
    });
    const body = renderBody(report, { marker, links, maxLength: 700 });
    expect(body.length).toBeLessThanOrEqual(700);
    expect(body).toContain(links.reportArtifact);
  });
});

describe('commentMarker', () => {
  it('cannot be closed by a config name', () => {
    expect(commentMarker('evals.yml', 'x --> <b>')).toBe(
      '<!-- evalgate:comment workflow=evals.yml config=x%20--%3E%20%3Cb%3E -->',
    );
  });
});

describe('renderBody, the details', () => {
  it('says the report keeps 10 failing items per gate, and does not blame the size limit for it', () => {
    const gate = { ...failingGate('accuracy', 'block', 10), failingCount: 45 };
    const body = renderBody(makeReport({ decision: 'block', gates: [gate] }), { marker, links });
    expect(body).toContain('first 10 of 45 failing items');
    expect(body).not.toContain('size limit');
    expect(body).toContain(
      '35 more failing items are not listed: the report keeps the first 10 of each gate (`report.max-failing-items`)',
    );
  });

  it('still says what it cut for size, apart from what the report never held', () => {
    const gate = { ...failingGate('accuracy', 'block', 10, 'z'.repeat(100)), failingCount: 45 };
    const body = renderBody(makeReport({ decision: 'block', gates: [gate] }), {
      marker,
      links,
      maxLength: 2500,
    });
    expect(body.length).toBeLessThanOrEqual(2500);
    expect(body).toMatch(/✂️ \d+ failing items? not listed to fit GitHub’s size limit/);
    expect(body).toContain('35 more failing items are not listed: the report keeps the first 10');
  });

  it('quotes the model character for character: backticks stay backticks', () => {
    const output = 'use `npm ci`, not ``npm i`` or ```sh fences``` \\` \\n';
    const body = renderBody(
      makeReport({ decision: 'block', gates: [failingGate('accuracy', 'block', 1, output)] }),
      { marker, links },
    );
    const quoted = [...body.matchAll(/<code>(.*?)<\/code>/g)].map((match) =>
      match[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
    );
    expect(quoted).toContain(output);
    expect(body).not.toContain("'npm ci'");
  });

  it('marks a warning gate ⚠️ and a blocking gate ❌', () => {
    const body = renderBody(
      makeReport({
        decision: 'block',
        gates: [failingGate('must pass', 'block', 1), failingGate('nice to have', 'warn', 1)],
      }),
      { marker, links },
    );
    expect(body).toContain('- ❌ **must pass** (blocking)');
    expect(body).toContain('- ⚠️ **nice to have** (warning)');
    expect(body).toContain('<details><summary>⚠️ nice to have: 1 failing items</summary>');
  });
});
