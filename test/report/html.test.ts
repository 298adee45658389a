import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderHtmlPieces, scriptSafeJson } from '../../src/report/html.js';
import { buildHtmlData, MAX_FIELD_CHARS, type HtmlData } from '../../src/report/html/data.js';
import type { Report } from '../../src/core/report.js';
import { writeReportFiles } from '../../src/report/write.js';

const HOSTILE =
  '</script><script>window.pwned=1</script> <!-- <img src=x onerror=alert(1)> \u2028\u2029 & </SCRIPT >';

function minimalReport(output: string): Report {
  return {
    schemaVersion: 1,
    evalgateVersion: '0.1.0',
    name: 'demo',
    decision: 'deploy',
    headline: 'DEPLOY: all gates passed.',
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:00:01.000Z',
    durationMs: 1000,
    config: { file: 'evalgate.yml', hash: 'h' },
    dataset: { file: 'bench.json', format: 'json', hash: 'd', items: 1, categories: ['general'] },
    source: {
      kind: 'precomputed',
      description: 'answers.jsonl',
      stats: {} as Report['source']['stats'],
      unmatchedResponseIds: [],
      droppedDuplicates: [],
    },
    metricSpecs: [],
    metrics: {},
    judge: { status: 'skipped' } as Report['judge'],
    comparison: {
      status: 'skipped',
      reason: 'no baseline yet',
      statistical: false,
      alpha: 0.05,
      paired: 0,
      missingInBaseline: [],
      missingInRun: [],
      rows: [],
      categoryWarnings: [],
      warnings: [],
    },
    gates: [],
    warnings: [],
    timings: [],
    items: [
      {
        id: 'item-1',
        category: 'general',
        input: 'Say hello',
        output,
        scores: { exact_match: 1 },
        source: { file: 'bench.json', line: 3 },
      },
    ],
  };
}

function dataOf(html: string): HtmlData {
  const match = /<script type="application\/json" id="evalgate-data">([^<]*)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as HtmlData;
}

describe('report.html', () => {
  it('carries model output in the data block with nothing that ends the script or opens a comment', () => {
    const html = renderHtml(minimalReport(HOSTILE));
    const start = html.indexOf('id="evalgate-data">') + 'id="evalgate-data">'.length;
    const block = html.slice(start, html.indexOf('</script>', start));
    expect(block.length).toBeGreaterThan(100);
    expect(block).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(dataOf(html).items[0]!.output).toBe(HOSTILE);
  });

  it('escapes what JSON.stringify leaves as is', () => {
    expect(scriptSafeJson({ text: '</script><!--\u2028\u2029&' })).toBe(
      '{"text":"\\u003c/script\\u003e\\u003c!--\\u2028\\u2029\\u0026"}',
    );
  });

  it('allows only its own inline script, by hash, and loads nothing from anywhere', () => {
    const html = renderHtml(minimalReport('hello'));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/\s(?:src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('keeps long fields bounded and each item once', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 5000);
    const html = renderHtml(minimalReport(long));
    const data = dataOf(html);
    expect(data.items).toHaveLength(1);
    expect(data.items[0]!.output!.length).toBeLessThan(MAX_FIELD_CHARS + 100);
    expect(data.items[0]!.output).toContain('5000 more characters in report.json');
    expect(html.length).toBeLessThan(MAX_FIELD_CHARS + 60_000);
  });

  it('streams the same page in pieces, the data block being the whole page data, script-safe', () => {
    const report = minimalReport(HOSTILE);
    report.items = Array.from({ length: 300 }, (_, index) => ({
      ...report.items[0]!,
      id: `item-${index}`,
      output: `${HOSTILE} ${index}`,
    }));
    report.dataset.items = report.items.length;
    const pieces = [...renderHtmlPieces(report)];
    expect(pieces.length).toBeGreaterThan(300);
    const html = pieces.join('');
    expect(renderHtml(report)).toBe(html);
    const block = `<script type="application/json" id="evalgate-data">${scriptSafeJson(buildHtmlData(report))}</script>`;
    expect(html).toContain(`\n${block}\n<script>`);
    for (const empty of [[], report.items.slice(0, 1)]) {
      const small = { ...report, items: empty };
      expect([...renderHtmlPieces(small)].join('')).toContain(
        `id="evalgate-data">${scriptSafeJson(buildHtmlData(small))}</script>\n`,
      );
    }
  });

  it('draws no trend without report.history', () => {
    expect(dataOf(renderHtml(minimalReport('hello'))).trends).toEqual([]);
  });

  it('is written beside report.json and report.md, so the report artifact upload takes it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-html-write-'));
    const written = await writeReportFiles(minimalReport('hello'), dir);
    expect(written.html).toBe(path.join(dir, 'report.html'));
    expect((await readdir(dir)).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    expect(await readFile(written.html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
