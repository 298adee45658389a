import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinMetric } from '../../src/judge/metrics.js';
import { combineVerdicts, panelAgreement } from '../../src/judge/panel.js';
import { renderJudgeSection } from '../../src/report/judge-section.js';
import type { JudgeMetricDefinition } from '../../src/core/judge.js';
import type { JudgeVerdict, JudgedMetric } from '../../src/core/types.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { judgeConfig, makeRecords, readJudgeRequest, score, stageDeps, judgeAndMerge } from './helpers.js';

const vectors = JSON.parse(readFileSync('/work/shared/reference/stats-vectors.json', 'utf8')) as {
  cohen_kappa: {
    confusion_rows_rater1: number[][];
    kappa: number;
    linear_weighted_kappa: number;
    quadratic_weighted_kappa: number;
  }[];
};

const accuracy = builtinMetric('accuracy')!;
const harm = builtinMetric('Harmfulness')!;

function verdict(
  model: string,
  metric: JudgeMetricDefinition,
  raw: number | string | null,
  extra: Partial<JudgeVerdict> = {},
): JudgeVerdict {
  const level = metric.levels.find((candidate) => candidate.value === raw);
  return {
    model,
    raw,
    normalized: level?.normalized ?? null,
    na: raw === null && !extra.error,
    reasoning: `${model} says ${raw}`,
    attempts: 1,
    cached: false,
    ...extra,
  };
}

function levels(values: (number | string)[]): JudgeMetricDefinition {
  const numeric = values.every((value) => typeof value === 'number');
  return {
    ...accuracy,
    name: 'custom',
    source: 'custom',
    levels: values.map((value, index) => ({
      value,
      definition: String(value),
      na: false,
      normalized: index / (values.length - 1),
    })),
    agreementLevel: numeric ? 'ordinal' : 'nominal',
  };
}

describe('combining a panel', () => {
  const three = (a: number, b: number, c: number) => [
    verdict('a', accuracy, a),
    verdict('b', accuracy, b),
    verdict('c', accuracy, c),
  ];

  it('by mean, median or majority (a tie goes to the worse level)', () => {
    expect(combineVerdicts(accuracy, three(1, 4, 5), 'mean').score).toBeCloseTo((0 + 0.75 + 1) / 3);
    expect(combineVerdicts(accuracy, three(1, 4, 5), 'median')).toMatchObject({ score: 0.75, raw: 4 });
    expect(combineVerdicts(accuracy, three(2, 5, 5), 'majority')).toMatchObject({ score: 1, raw: 5 });
    expect(
      combineVerdicts(accuracy, [verdict('a', accuracy, 2), verdict('b', accuracy, 5)], 'majority'),
    ).toMatchObject({ score: 0.25, raw: 2 });
    // Yes/no metrics use the majority whatever the method; a tie is "harmful".
    expect(combineVerdicts(harm, [verdict('a', harm, 0), verdict('b', harm, 1)], 'mean')).toMatchObject({
      score: 1,
    });
    expect(
      combineVerdicts(harm, [verdict('a', harm, 0), verdict('b', harm, 0), verdict('c', harm, 1)], 'mean'),
    ).toMatchObject({ score: 0 });
  });

  it('is N/A when most judges say so, leaves out judges without a usable answer, and is an error when none has one', () => {
    expect(
      combineVerdicts(
        accuracy,
        [verdict('a', accuracy, null), verdict('b', accuracy, null), verdict('c', accuracy, 5)],
        'mean',
      ),
    ).toMatchObject({ status: 'na', score: null });
    const failed = verdict('a', accuracy, null, { error: { stage: 'judge', kind: 'judge', message: 'bad' } });
    expect(combineVerdicts(accuracy, [failed, verdict('b', accuracy, 3)], 'mean')).toMatchObject({
      status: 'scored',
      score: 0.5,
    });
    expect(combineVerdicts(accuracy, [failed], 'mean')).toMatchObject({ status: 'error' });
    expect(combineVerdicts(accuracy, [failed], 'mean').score).toBeUndefined();
    expect(combineVerdicts(accuracy, [], 'mean')).toMatchObject({ status: 'budget' });
  });
});

describe('panel agreement against reference values', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1–5.
  const observers: (number | null)[][] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const models = ['j1', 'j2', 'j3', 'j4'];
  const items = (metric: JudgeMetricDefinition, map: (value: number) => number | string) =>
    observers[0]!.map((_, unit) => ({
      id: `u${unit + 1}`,
      judged: {
        status: 'scored',
        verdicts: models.map((model, judge) => {
          const value = observers[judge]![unit];
          return value === null || value === undefined
            ? verdict(model, metric, null)
            : verdict(model, metric, map(value));
        }),
      } satisfies JudgedMetric,
    }));

  it("gives Krippendorff's published alpha: ordinal .815 on a 1–5 scale, nominal .743 on labels", () => {
    const ordinal = panelAgreement(
      accuracy,
      models,
      items(accuracy, (value) => value),
    );
    expect(ordinal.agreement.alphaLevel).toBe('ordinal');
    expect(ordinal.agreement.alpha!).toBeCloseTo(0.815, 3);
    expect(ordinal.agreement.units).toBe(11);
    const labels = levels(['1', '2', '3', '4', '5']);
    const nominal = panelAgreement(
      labels,
      models,
      items(labels, (value) => String(value)),
    );
    expect(nominal.agreement.alpha!).toBeCloseTo(0.743, 3);
    expect(nominal.agreement.kappa).toBeUndefined(); // kappa only for exactly two judges
    // Unit 6 (1, 2, 3, 4) spreads over the whole scale: a disagreement.
    expect(ordinal.disagreements.map((entry) => entry.id)).toEqual(['u6']);
    expect(ordinal.disagreements[0]!.ratings).toEqual([
      { model: 'j1', raw: 1 },
      { model: 'j2', raw: 2 },
      { model: 'j3', raw: 3 },
      { model: 'j4', raw: 4 },
    ]);
  });

  it("gives the reference quadratic-weighted kappa for two judges, and Cohen's kappa on yes/no-like labels", () => {
    const vector = vectors.cohen_kappa[0]!;
    const three = levels([0, 1, 2]);
    const units: { id: string; judged: JudgedMetric }[] = [];
    vector.confusion_rows_rater1.forEach((row, i) =>
      row.forEach((count, j) => {
        for (let n = 0; n < count; n++) {
          units.push({
            id: `u${units.length}`,
            judged: { status: 'scored', verdicts: [verdict('a', three, i), verdict('b', three, j)] },
          });
        }
      }),
    );
    const ordinal = panelAgreement(three, ['a', 'b'], units);
    expect(ordinal.agreement.kappaWeighting).toBe('quadratic');
    expect(ordinal.agreement.kappa!).toBeCloseTo(vector.quadratic_weighted_kappa, 9);
    const labels = levels(['low', 'mid', 'high']);
    const relabel = units.map(({ id, judged }) => ({
      id,
      judged: {
        ...judged,
        verdicts: judged.verdicts.map((v) =>
          verdict(v.model, labels, ['low', 'mid', 'high'][v.raw as number]!),
        ),
      },
    }));
    const nominal = panelAgreement(labels, ['a', 'b'], relabel);
    expect(nominal.agreement.kappaWeighting).toBe('unweighted');
    expect(nominal.agreement.kappa!).toBeCloseTo(vector.kappa, 9);
  });
});

describe('a panel through the judge stage', () => {
  let server: OpenAIServer;
  beforeAll(async () => {
    server = await startOpenAIServer({
      handler: (body) => {
        const request = readJudgeRequest(body);
        const n = Number(request.itemId.slice(-3));
        if (request.model === 'judge-c' && n === 2) return { content: 'broken' };
        if (request.model === 'judge-a') return score(n % 5 === 0 ? 1 : 4);
        if (request.model === 'judge-b') return score(n % 5 === 0 ? 5 : 4);
        return score(3);
      },
    });
  });
  afterAll(() => server.close());

  it('asks every judge, takes the median, reports alpha and lists the items they disagree on', async () => {
    const records = makeRecords(10);
    const config = judgeConfig({
      'base-url': server.url,
      models: ['judge-a', 'judge-b', 'judge-c'],
      aggregate: 'median',
      metrics: ['accuracy'],
    });
    const result = await judgeAndMerge(config, records, stageDeps());
    expect(
      server.requests.filter((request) => readJudgeRequest(request.body!).model === 'judge-c'),
    ).toHaveLength(11); // one re-ask
    const byId = Object.fromEntries(records.map((record) => [record.id, record]));
    expect(byId['item-001']!.scores.judge_accuracy).toBe(0.75); // median of 4, 4, 3
    expect(byId['item-005']!.scores.judge_accuracy).toBe(0.5); // median of 1, 5, 3
    expect(byId['item-002']!.scores.judge_accuracy).toBe(0.75); // judge-c failed: median of 4, 4
    expect(byId['item-002']!.judge!.metrics.accuracy!.verdicts.map((v) => v.model)).toEqual([
      'judge-a',
      'judge-b',
      'judge-c',
    ]);
    const panel = result.report.panel!;
    expect(panel.models).toEqual(['judge-a', 'judge-b', 'judge-c']);
    expect(panel.agreement[0]!.alphaLevel).toBe('ordinal');
    expect(typeof panel.agreement[0]!.alpha).toBe('number');
    expect(panel.disagreements.map((entry) => entry.id).sort()).toEqual(['item-005', 'item-010']);
    expect(result.report.warnings!.join(' ')).toMatch(/the judges agree poorly on accuracy/);
  });

  it('counts and shows a failed panel member, and flags agreement on fewer than 10 items (issue 10 #6)', async () => {
    const records = makeRecords(6);
    const config = judgeConfig({
      'base-url': server.url,
      models: ['judge-a', 'judge-b', 'judge-c'],
      aggregate: 'median',
      metrics: ['accuracy'],
    });
    const deps = stageDeps();
    const result = await judgeAndMerge(config, records, deps);
    // judge-c's unusable answers on item-002 (twice) leave the item scored by the others: not a judge error,
    // but a panel member error, counted and shown, never "0 judge errors" alone.
    expect(result.report.metrics![0]!.errors).toBe(0);
    const agreement = result.report.panel!.agreement[0]!;
    expect(agreement.memberErrors).toEqual([
      { model: 'judge-a', errors: 0 },
      { model: 'judge-b', errors: 0 },
      { model: 'judge-c', errors: 1 },
    ]);
    const warnings = result.report.warnings!.join('\n');
    expect(warnings).toMatch(/panel judges gave no usable answer on accuracy: judge-c 1 time /);
    expect(agreement.units).toBe(6);
    expect(warnings).toMatch(
      /the judges' agreement on accuracy rests on 6 items rated by two judges or more \(fewer than 10\): alpha is not reliable/,
    );
    expect(deps.lines.join('\n')).toMatch(/0 judge errors, 1 panel member errors,/);
    const markdown = renderJudgeSection({
      judge: result.report,
      metrics: {},
      dataset: { categories: ['general'] },
    } as unknown as Parameters<typeof renderJudgeSection>[0]);
    expect(markdown).toContain("| Metric | Krippendorff's α | Items | Member errors |");
    expect(markdown).toMatch(/\| accuracy \| [^|]+ \| 6 ⚠️ fewer than 10: not reliable \| judge-c: 1 \|/);
  });
});
