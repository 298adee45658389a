// report.html in a real headless Chromium: the example run's page shows what report.json says, its filters
// work, hostile model output stays text, and the page makes no network request.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { renderHtml } from '../../src/report/html.js';
import type { HistoryEntry, Report } from '../../src/core/report.js';
import { Browser, findChromium } from '../support/chromium.js';

const example = path.resolve('examples/task-api/evalgate.yml');
const regressed = path.resolve('examples/task-api/responses/model-v2.jsonl');
const screenshots = path.resolve('test-output');

const chromium = findChromium();
// .ci/run installs Chromium and sets EVALGATE_REQUIRE_SERVICES=1 (as does any CI that sets CI): there the tests
// always run, and fail without Chromium. Elsewhere they skip, loudly, when Chromium is missing or
// EVALGATE_SKIP_BROWSER=1.
const required = process.env.EVALGATE_REQUIRE_SERVICES === '1' || Boolean(process.env.CI);
const skipLocally = !required && (process.env.EVALGATE_SKIP_BROWSER === '1' || !chromium);
if (skipLocally) {
  console.warn(
    `Skipping the report.html browser tests: ${chromium ? 'EVALGATE_SKIP_BROWSER=1' : 'chromium is not installed (`apt-get install -y chromium`, or CHROMIUM=/path)'}; .ci/run always runs them.`,
  );
}

describe.skipIf(skipLocally)('report.html in headless Chromium', () => {
  let dir: string;
  let report: Report;
  let htmlFile: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!chromium) {
      throw new Error(
        'chromium is not installed: `apt-get install -y chromium` (or set CHROMIUM=/path/to/chromium). ' +
          'EVALGATE_REQUIRE_SERVICES=1 (or CI) asks for every service-backed test.',
      );
    }
    dir = await mkdtemp(path.join(tmpdir(), 'evalgate-html-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    try {
      expect(await main(['run', '--config', example, '--out', path.join(dir, 'v1'), '--quiet'])).toBe(0);
      expect(
        await main([
          'run',
          '--config',
          example,
          '--responses',
          regressed,
          '--out',
          path.join(dir, 'v2'),
          '--quiet',
        ]),
      ).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    report = JSON.parse(await readFile(path.join(dir, 'v2', 'report.json'), 'utf8')) as Report;
    htmlFile = path.join(dir, 'v2', 'report.html');
    browser = await Browser.launch(chromium);
    await browser.send('Page.enable');
    await browser.send('Network.enable');
    await browser.send('Runtime.enable');
    await browser.send('Log.enable');
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function show(file: string): Promise<void> {
    browser.events.length = 0;
    await browser.open(pathToFileURL(file).href);
  }

  function problems(): unknown[] {
    return browser.events
      .filter(
        (event) =>
          event.method === 'Runtime.exceptionThrown' ||
          (event.method === 'Log.entryAdded' && (event.params.entry as { level: string }).level === 'error'),
      )
      .map((event) => event.params);
  }

  function requestedUrls(): string[] {
    return browser.events
      .filter((event) => event.method === 'Network.requestWillBeSent')
      .map((event) => (event.params.request as { url: string }).url);
  }

  const count = (selector: string): string => `document.querySelectorAll(${JSON.stringify(selector)}).length`;
  const text = (selector: string): string =>
    `document.querySelector(${JSON.stringify(selector)}).textContent`;

  async function choose(selector: string, value: string): Promise<number> {
    return browser.evaluate<number>(`(() => {
      const control = document.querySelector(${JSON.stringify(selector)});
      control.value = ${JSON.stringify(value)};
      control.dispatchEvent(new Event(control.tagName === 'INPUT' ? 'input' : 'change'));
      return Number(document.getElementById('match-count').dataset.count);
    })()`);
  }

  it('shows the decision and the counts of report.json, with no network request', async () => {
    await show(htmlFile);
    expect(problems()).toEqual([]);
    expect(await browser.evaluate(`document.getElementById('decision').dataset.decision`)).toBe('block');
    expect(report.decision).toBe('block');
    expect(await browser.evaluate(text('#count-items'))).toBe(String(report.items.length));
    expect(await browser.evaluate(text('#count-categories'))).toBe(String(report.dataset.categories.length));
    expect(await browser.evaluate(text('#count-gates'))).toBe(String(report.gates.length));
    expect(await browser.evaluate(text('#count-failed-gates'))).toBe(
      String(report.gates.filter((gate) => gate.status !== 'pass').length),
    );
    const failingShown = await browser.evaluate<string[]>(
      `[...document.querySelectorAll('tr.gate .failing-count')].map((cell) => cell.textContent)`,
    );
    expect(failingShown).toEqual(report.gates.map((gate) => String(gate.failingCount)));
    expect(await browser.evaluate(`document.getElementById('match-count').dataset.count`)).toBe(
      String(report.items.length),
    );
    expect(await browser.evaluate(count('#items details.item'))).toBe(Math.min(200, report.items.length));
    expect(await browser.evaluate(count('#categories figure.chart'))).toBeGreaterThan(0);
    expect(await browser.evaluate(count('#categories figure.chart:first-of-type rect.bar'))).toBe(
      report.dataset.categories.length,
    );
    expect(await browser.evaluate(count('#comparison tbody tr'))).toBe(
      report.comparison.rows.filter((row) => Number.isFinite(row.base) || Number.isFinite(row.new)).length,
    );
    // v1 was accepted, so v2's history holds two runs: a trend.
    expect(report.history?.length).toBe(2);
    expect(await browser.evaluate(count('#trend'))).toBe(1);
    expect(requestedUrls()).toEqual([pathToFileURL(htmlFile).href]);
    await mkdir(screenshots, { recursive: true });
    await writeFile(path.join(screenshots, 'report-html-task-api.png'), await browser.screenshot());
  });

  it('filters the items by failing gate, category, change against the baseline and text', async () => {
    await show(htmlFile);
    const formatGate = report.gates.findIndex((gate) => gate.gate.name === 'format');
    const format = report.gates[formatGate]!;
    expect(format.status).toBe('fail');
    const invalidJson = report.items.filter((item) => item.scores.json_valid === 0).length;
    expect(format.failingCount).toBe(invalidJson);
    expect(await choose('#filter-gate', String(formatGate))).toBe(invalidJson);
    expect(await browser.evaluate(count('#items details.item'))).toBe(invalidJson);

    const category = report.dataset.categories[0]!;
    const both = report.items.filter(
      (item) => item.scores.json_valid === 0 && item.category === category,
    ).length;
    expect(await choose('#filter-category', category)).toBe(both);
    expect(await browser.evaluate(count('#items details.item'))).toBe(both);

    await choose('#filter-gate', '');
    expect(await choose('#filter-category', '')).toBe(report.items.length);
    const accuracyRow = report.comparison.rows.find((row) => row.metric === 'accuracy')!;
    const regressedIds = new Set(report.comparison.rows.flatMap((row) => row.regressedItems));
    expect(regressedIds.size).toBeGreaterThanOrEqual(accuracyRow.regressedItems.length);
    expect(await choose('#filter-change', 'regressed')).toBe(regressedIds.size);
    await choose('#filter-change', '');

    await choose('#filter-change', 'regressed');
    await browser.evaluate(`document.querySelector('details.item').open = true`);
    await writeFile(path.join(screenshots, 'report-html-items.png'), await browser.screenshotOf('#browser'));
    await choose('#filter-change', '');

    const target = report.items[17]!;
    expect(await choose('#filter-search', target.id)).toBeGreaterThanOrEqual(1);
    const shown = await browser.evaluate<string[]>(
      `[...document.querySelectorAll('#items summary .id')].map((node) => node.textContent)`,
    );
    expect(shown).toContain(target.id);
    expect(await choose('#filter-search', 'no item says this 9f8e7d')).toBe(0);
  });

  it('shows hostile model output as text, runs none of it, and draws the trend from report.history', async () => {
    const hostile = structuredClone(report) as Report & { history?: HistoryEntry[] };
    const scriptBreakout = '</script><script>window.pwned=1</script>';
    const imageHandler = '<img src=x onerror="window.pwned=2">';
    const comment = '<!-- \u2028\u2029 --> & &amp;';
    hostile.items[0]!.output = scriptBreakout;
    hostile.items[1]!.output = imageHandler;
    hostile.items[2]!.input = comment;
    hostile.items[3]!.notes = { accuracy: '<b onmouseover=alert(1)>bold</b>' };
    hostile.name = '</title><script>window.pwned=3</script>';
    const reasoning = '<script>window.pwned=4</script> The answer is only partly helpful.';
    hostile.items[4]!.judge = {
      selection: 'sample',
      costUsd: 0,
      metrics: {
        helpfulness: {
          status: 'scored',
          score: 0.5,
          raw: 3,
          verdicts: [
            { model: 'judge-1', raw: 3, normalized: 0.5, na: false, reasoning, attempts: 1, cached: false },
          ],
        },
      },
    };
    const gated = [...new Set(hostile.gates.map((gate) => gate.gate.metric))];
    hostile.history = ['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22'].map((date, index) => ({
      date: `${date}T12:00:00Z`,
      sha: `${index}`.repeat(40),
      decision: index === 3 ? ('block' as const) : ('deploy' as const),
      metrics: Object.fromEntries(
        gated.map((name) => {
          const value = hostile.metrics[name]?.value ?? 0.5;
          return [
            name,
            { value: value - 0.01 * (3 - index), lower: value - 0.05, upper: value + 0.03, n: 240 },
          ];
        }),
      ),
    }));
    const file = path.join(dir, 'hostile.html');
    await writeFile(file, renderHtml(hostile));
    await show(file);

    expect(await browser.evaluate('typeof window.pwned')).toBe('undefined');
    expect(problems()).toEqual([]);
    expect(requestedUrls()).toEqual([pathToFileURL(file).href]);
    expect(await browser.evaluate(count('#app img, #app b, #app script'))).toBe(0);
    expect(await browser.evaluate(`document.title`)).toContain('</title><script>');

    const outputOf = async (index: number): Promise<string> =>
      browser.evaluate<string>(`(() => {
        const row = document.querySelector('details.item[data-index="${index}"]');
        row.open = true;
        return new Promise((resolve) => setTimeout(() => resolve(row.querySelector('pre.output').textContent), 50));
      })()`);
    expect(await outputOf(0)).toBe(scriptBreakout);
    expect(await outputOf(1)).toBe(imageHandler);
    expect(await choose('#filter-search', '<!--')).toBe(1);
    const input = await browser.evaluate<string>(`(() => {
      const row = document.querySelector('details.item');
      row.open = true;
      return new Promise((resolve) => setTimeout(() => resolve(row.querySelector('.field pre').textContent), 50));
    })()`);
    expect(input).toBe(comment);
    expect(await choose('#filter-search', 'only partly helpful')).toBe(1);
    const judged = await browser.evaluate<string[]>(`(() => {
      const row = document.querySelector('details.item');
      row.open = true;
      return new Promise((resolve) => setTimeout(() => resolve(
        [...row.querySelectorAll('.judge strong, .judge pre')].map((node) => node.textContent)), 50));
    })()`);
    expect(judged).toEqual(['helpfulness · judge-1 · 3', reasoning]);
    await choose('#filter-search', '');
    expect(await browser.evaluate('typeof window.pwned')).toBe('undefined');

    expect(await browser.evaluate(count('#trend figure.trend'))).toBe(gated.length);
    expect(await browser.evaluate(count('#trend figure.trend:first-of-type circle.point'))).toBe(4);
    await writeFile(path.join(screenshots, 'report-html-trend.png'), await browser.screenshot());
  });

  it('shows a first run, with no baseline yet, as deployed and not compared', async () => {
    const first = JSON.parse(await readFile(path.join(dir, 'v1', 'report.json'), 'utf8')) as Report;
    await show(path.join(dir, 'v1', 'report.html'));
    expect(problems()).toEqual([]);
    expect(await browser.evaluate(`document.getElementById('decision').dataset.decision`)).toBe(
      first.decision,
    );
    expect(first.comparison.status).toBe('skipped');
    expect(await browser.evaluate(text('#comparison p'))).toBe(`No comparison: ${first.comparison.reason}`);
    expect(await browser.evaluate(count('#filter-change option'))).toBe(4);
    expect(await choose('#filter-change', 'changed')).toBe(0);
  });

  it('pages a large report 200 rows at a time', async () => {
    const large = structuredClone(report);
    const copies = 6;
    large.items = Array.from({ length: copies }, (_, copy) =>
      report.items.map((item) => ({ ...item, id: `${item.id}-${copy}` })),
    ).flat();
    const file = path.join(dir, 'large.html');
    await writeFile(file, renderHtml(large));
    await show(file);
    expect(problems()).toEqual([]);
    expect(await browser.evaluate(text('#count-items'))).toBe(String(large.items.length));
    expect(await browser.evaluate(count('#items details.item'))).toBe(200);
    const pages = Math.ceil(large.items.length / 200);
    expect(await browser.evaluate(text('#page-label'))).toBe(`Page 1 of ${pages}`);
    for (let page = 1; page < pages; page++)
      await browser.evaluate(`document.getElementById('page-next').click()`);
    expect(await browser.evaluate(count('#items details.item'))).toBe(large.items.length - 200 * (pages - 1));
  });
});
