// lm-evaluation-harness results_*.json without per-sample files: reported aggregates, gated and compared
// unpaired from the reported standard errors (src/importers/lm-eval-results.ts, src/compare/unpaired-aggregates.ts).
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareReportedAggregates, whyNotComparable } from '../../src/compare/unpaired-aggregates.js';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import type { Report } from '../../src/core/report.js';
import { CliSandbox, userError } from './helpers.js';

const example = path.resolve('examples/lm-eval-harness-results');
const config = path.join(example, 'evalgate.yml');
const pairedExample = path.resolve('examples/lm-eval-harness');
const RUN1 = 'run-v1/my-org__tutor-v1/results_2026-11-30T10-12-01.518231.json';
const load = (file: string) =>
  loadDataset({ path: file, format: 'lm-eval-harness', fields: DEFAULT_FIELDS }, '.');
const z90 = 1.6448536269514722;
const z95 = 1.959963984540054;

const cli = new CliSandbox();
beforeEach(() => cli.setUp());
afterEach(() => vi.restoreAllMocks());

interface ResultsJson {
  results: Record<string, Record<string, unknown>>;
  'n-samples': Record<string, unknown>;
}

/** A results file written into the sandbox (one folder each), from the example's run 1 changed by `edit`. */
async function resultsFolder(name: string, edit: (json: ResultsJson) => void): Promise<string> {
  const folder = cli.out(name);
  await mkdir(folder);
  const json = JSON.parse(await readFile(path.join(example, RUN1), 'utf8')) as ResultsJson;
  edit(json);
  await writeFile(path.join(folder, path.basename(RUN1)), JSON.stringify(json, null, 2));
  return folder;
}

describe('lm-evaluation-harness results without per-sample files', () => {
  it('makes each (task, metric, filter) a reported metric with its value, stderr, n and a normal 95% interval', async () => {
    const dataset = await load(path.join(example, 'run-v1'));
    expect(dataset.items).toEqual([]);
    const metrics = Object.fromEntries(dataset.reportedMetrics!.map((metric) => [metric.name, metric]));
    const arc = metrics['acc@arc_easy']!;
    expect(arc).toMatchObject({
      kind: 'rate',
      base: 'acc',
      category: 'arc_easy',
      n: 2376,
      higherIsBetter: true,
    });
    expect(arc.value).toBeCloseTo(1822 / 2376, 12);
    expect(arc.standardError).toBeCloseTo(Math.sqrt(((1822 / 2376) * (554 / 2376)) / 2375), 12);
    expect(arc.interval!.lower).toBeCloseTo(arc.value! - z95 * arc.standardError!, 12);
    expect(arc.interval!.upper).toBeCloseTo(arc.value! + z95 * arc.standardError!, 12);
    expect(arc.interval!.method).toBe('normal (reported stderr)');
    // The names of a --log_samples run: the filter appended unless `none`; one overall metric per name.
    expect(Object.keys(metrics).sort()).toEqual(
      [
        'acc',
        'acc@arc_easy',
        'acc_norm',
        'acc_norm@arc_easy',
        'bits_per_byte',
        'bits_per_byte@wikitext',
        'byte_perplexity',
        'byte_perplexity@wikitext',
        'exact_match_flexible_extract',
        'exact_match_flexible_extract@gsm8k',
        'exact_match_strict_match',
        'exact_match_strict_match@gsm8k',
        'word_perplexity',
        'word_perplexity@wikitext',
      ].sort(),
    );
    // "N/A" stderr: a value with no standard error and no interval; lower is better from higher_is_better.
    const perplexity = metrics['word_perplexity@wikitext']!;
    expect(perplexity).toMatchObject({
      kind: 'mean',
      value: 11.2843,
      n: 62,
      standardError: null,
      higherIsBetter: false,
    });
    expect(perplexity.interval).toBeUndefined();
  });

  it('pools a metric over tasks weighted by documents, with the standard error of the stratified mean', async () => {
    const folder = await resultsFolder('two-tasks', (json) => {
      json.results.arc_challenge = {
        alias: 'arc_challenge',
        'acc,none': 0.5,
        'acc_stderr,none': Math.sqrt(0.25 / 999),
      };
      json['n-samples'].arc_challenge = { original: 1172, effective: 1000 };
    });
    const dataset = await load(folder);
    const acc = dataset.reportedMetrics!.find((metric) => metric.name === 'acc')!;
    const [nA, pA, nC, pC] = [2376, 1822 / 2376, 1000, 0.5];
    const seA = Math.sqrt((pA * (1 - pA)) / (nA - 1));
    const seC = Math.sqrt((pC * (1 - pC)) / (nC - 1));
    expect(acc.n).toBe(nA + nC);
    expect(acc.value).toBeCloseTo((nA * pA + nC * pC) / (nA + nC), 12);
    expect(acc.standardError).toBeCloseTo(
      Math.sqrt((nA / 3376) ** 2 * seA ** 2 + (nC / 3376) ** 2 * seC ** 2),
      12,
    );
    expect(acc.kind).toBe('rate');
  });

  it("keeps a group's own row (n = its subtasks') out of the overall metric, which pools the subtasks", async () => {
    const folder = await resultsFolder('group', (json) => {
      const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / (n - 1));
      json.results = {
        mmlu: { alias: 'mmlu', 'acc,none': 0.6, 'acc_stderr,none': 0.02 },
        mmlu_stem: { alias: ' - stem', 'acc,none': 0.55, 'acc_stderr,none': 0.03 },
        mmlu_anatomy: { alias: '  - anatomy', 'acc,none': 81 / 135, 'acc_stderr,none': se(81 / 135, 135) },
        mmlu_astronomy: {
          alias: '  - astronomy',
          'acc,none': 76 / 152,
          'acc_stderr,none': se(76 / 152, 152),
        },
      };
      Object.assign(json, {
        group_subtasks: {
          mmlu: ['mmlu_stem'],
          mmlu_stem: ['mmlu_anatomy', 'mmlu_astronomy'],
          mmlu_anatomy: [],
          mmlu_astronomy: [],
        },
        'n-samples': {
          mmlu_anatomy: { original: 135, effective: 135 },
          mmlu_astronomy: { original: 152, effective: 152 },
        },
        higher_is_better: {},
      });
    });
    const metrics = Object.fromEntries(
      (await load(folder)).reportedMetrics!.map((metric) => [metric.name, metric]),
    );
    expect(Object.keys(metrics).sort()).toEqual([
      'acc',
      'acc@mmlu',
      'acc@mmlu_anatomy',
      'acc@mmlu_astronomy',
      'acc@mmlu_stem',
    ]);
    expect(metrics['acc@mmlu']).toMatchObject({ kind: 'rate', value: 0.6, n: 287, standardError: 0.02 });
    expect(metrics['acc@mmlu_stem']!.n).toBe(287);
    expect(metrics.acc!.n).toBe(287);
    expect(metrics.acc!.value).toBeCloseTo(157 / 287, 12);
  });

  it('names the file and line of a malformed results file', async () => {
    const invalid = cli.out('invalid');
    await mkdir(invalid);
    await writeFile(
      path.join(invalid, 'results_2026-12-01T00-00-00.000001.json'),
      '{\n  "results": {\n    "x": 1,,\n',
    );
    expect((await userError(() => load(invalid))).describe()).toMatch(
      /results_2026-12-01T00-00-00\.000001\.json:3: not valid JSON/,
    );

    const badStderr = await resultsFolder('bad-stderr', (json) => {
      json.results.gsm8k!['exact_match_stderr,strict-match'] = 'about 0.01';
    });
    const text = (await userError(() => load(badStderr))).describe();
    const lines = (await readFile(path.join(badStderr, path.basename(RUN1)), 'utf8')).split('\n');
    const line = lines.findIndex((one) => one.includes('"exact_match_stderr,strict-match"')) + 1;
    expect(text).toContain(
      `results_2026-11-30T10-12-01.518231.json:${line}: results.gsm8k.exact_match_stderr,strict-match: results.gsm8k["exact_match_stderr,strict-match"] must be a non-negative number or "N/A", found "about 0.01".`,
    );

    const noCount = await resultsFolder('no-n-samples', (json) => {
      delete json['n-samples'].gsm8k;
    });
    expect((await userError(() => load(noCount))).describe()).toMatch(
      /results_2026-11-30T10-12-01\.518231\.json:\d+: n-samples\.gsm8k\.effective: .*must be the number of documents/,
    );
  });

  it('a metric without a standard error is not compared, never passed', () => {
    const options = { margin: 0.5, alpha: 0.05, higherIsBetter: false };
    const base = { value: 11.28, n: 62, kind: 'mean' as const, standardError: null };
    const next = { value: 11.91, n: 62, kind: 'mean' as const, standardError: null };
    expect(compareReportedAggregates(next, base, options)).toBeUndefined();
    expect(whyNotComparable(next, base)).toMatch(/the baseline and this run reported no standard error/);
    expect(whyNotComparable({ ...next, standardError: 0.1 }, base)).toMatch(
      /^the baseline reported no standard error/,
    );
  });

  it('compares two aggregates unpaired: Δ ± z·√(se₁² + se₂²) at the gate level, p and MDE from the same SE', () => {
    const stat = compareReportedAggregates(
      { value: 0.7, n: 1000, kind: 'rate', standardError: 0.014 },
      { value: 0.75, n: 1000, kind: 'rate', standardError: 0.013 },
      { margin: 0.02, alpha: 0.05, higherIsBetter: true },
    )!;
    const se = Math.sqrt(0.014 ** 2 + 0.013 ** 2);
    expect(stat.method).toBe('unpaired, from reported standard errors');
    expect(stat.paired).toBe(false);
    expect(stat.diff).toBeCloseTo(-0.05, 12);
    expect(stat.ciGate.level).toBeCloseTo(0.9, 12);
    expect(stat.ciGate.lower).toBeCloseTo(-0.05 - z90 * se, 12);
    expect(stat.ciGate.upper).toBeCloseTo(-0.05 + z90 * se, 12);
    expect(stat.ci95.lower).toBeCloseTo(-0.05 - z95 * se, 12);
    // U = −0.05 + 1.645·0.0191 = −0.0186 > −0.02: inconclusive, and significantly worse than 0.
    expect(stat.zone).toBe('inconclusive');
    expect(stat.significantRegression).toBe(true);
    // P(Z > (Δ + δ)/SE) = P(Z > −1.5703), by an independent computation (Python's math.erfc).
    expect(stat.pNonInferiority).toBeCloseTo(0.9418240503319142, 9);
    expect(stat.mde).toBeCloseTo((z90 + 0.8416212335729143) * se, 10);
  });
});

describe('gating two results-only lm-eval runs through the CLI', () => {
  it('stores run 1 (DEPLOY), then blocks run 2 on the unpaired ARC regression; perplexity is NOT COMPARED', async () => {
    expect(await cli.run(['run', '--config', config, '--out', cli.out('first'), '--quiet'])).toBe(0);
    const first = await cli.report('first');
    expect(first.decision).toBe('deploy');
    expect(first.gates.filter((gate) => gate.status === 'pass').map((gate) => gate.gate.name)).toEqual([
      'ARC accuracy',
      'GSM8K strict match',
    ]);

    const code = await cli.run([
      'run',
      '--config',
      config,
      '--dataset',
      path.join(example, 'run-v2'),
      '--out',
      cli.out('second'),
    ]);
    const second = await cli.report('second');
    expect(code).toBe(1);
    expect(second.decision).toBe('block');
    const outcome = (name: string) => second.gates.find((gate) => gate.gate.name === name)!;
    expect([outcome('ARC accuracy').status, outcome('GSM8K strict match').status]).toEqual(['pass', 'pass']);
    expect([outcome('no ARC regression').status, outcome('no ARC regression').effect]).toEqual([
      'fail',
      'block',
    ]);
    expect(outcome('no GSM8K regression').status).toBe('pass');
    expect([outcome('no perplexity regression').status, outcome('no perplexity regression').effect]).toEqual([
      'inconclusive',
      'warn',
    ]);
    expect(outcome('no perplexity regression').explanation).toMatch(/^NOT COMPARED: .*no standard error/);

    // The numbers, by hand from the two files: Δ = p2 − p1, SE = √(se1² + se2²), 90% gate interval.
    const [p1, p2, n] = [1822 / 2376, 1662 / 2376, 2376];
    const se = Math.sqrt((p1 * (1 - p1)) / (n - 1) + (p2 * (1 - p2)) / (n - 1));
    const arc = second.comparison.rows.find((row) => row.metric === 'acc@arc_easy')!.stat!;
    expect(arc.method).toBe('unpaired, from reported standard errors');
    expect(arc.diff).toBeCloseTo(p2 - p1, 12);
    expect(arc.ciGate.lower).toBeCloseTo(p2 - p1 - z90 * se, 12);
    expect(arc.ciGate.upper).toBeCloseTo(p2 - p1 + z90 * se, 12);
    expect(arc.zone).toBe('fail');
    expect(await readFile(path.join(cli.out('second'), 'report.md'), 'utf8')).toContain(
      'unpaired, from reported standard errors',
    );
  });

  it('pairs runs with per-sample files, and compares their results files alone unpaired with a wider interval', async () => {
    // One baseline store for the four runs: run 1 with samples is stored (DEPLOY), run 2 is paired with it and
    // blocked; run 1's results file alone is compared with the per-sample baseline (unpaired: this run has no
    // items) and stored; run 2's results file alone is compared with that, unpaired from the reported SEs.
    const run = async (dataset: string, out: string): Promise<Report> => {
      await cli.run([
        'run',
        '--config',
        path.join(pairedExample, 'evalgate.yml'),
        '--dataset',
        dataset,
        '--out',
        cli.out(out),
        '--quiet',
      ]);
      return cli.report(out);
    };
    expect((await run(path.join(pairedExample, 'run-v1'), 'paired-1')).decision).toBe('deploy');
    const paired = await run(path.join(pairedExample, 'run-v2'), 'paired');
    for (const one of ['run-v1/my-org__tutor-v1', 'run-v2/my-org__tutor-v2']) {
      await mkdir(cli.out(`aggregates/${one}`), { recursive: true });
      const stamp = one.endsWith('v1') ? '2026-11-30T10-12-01.518231' : '2026-12-01T09-40-55.102944';
      await cp(
        path.join(pairedExample, one, `results_${stamp}.json`),
        cli.out(`aggregates/${one}/results_${stamp}.json`),
      );
    }
    const mixed = await run(cli.out('aggregates/run-v1'), 'mixed');
    expect(mixed.decision).toBe('deploy');
    const mixedArc = mixed.comparison.rows.find((row) => row.metric === 'acc@arc_easy')!.stat!;
    expect([mixedArc.method, mixedArc.diff]).toEqual(['unpaired, from reported standard errors', 0]);
    expect(mixedArc.notes.join(' ')).toContain('computed from items');
    const unpaired = await run(cli.out('aggregates/run-v2'), 'unpaired');
    const rowOf = (report: Report) =>
      report.comparison.rows.find((row) => row.metric === 'acc@arc_easy')!.stat!;
    const [p, u] = [rowOf(paired), rowOf(unpaired)];
    expect(p.paired).toBe(true);
    expect(u.method).toBe('unpaired, from reported standard errors');
    expect(u.diff).toBeCloseTo(p.diff, 12);
    expect(u.ciGate.upper - u.ciGate.lower).toBeGreaterThan(p.ciGate.upper - p.ciGate.lower);
    expect(unpaired.comparison.paired).toBe(0);
  });
});
