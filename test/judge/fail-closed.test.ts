// "No malformed or missing judge answer can raise a score or pass a gate", tested as a property: in many
// random scenarios some judge answers are broken in every way the endpoint can break them, and each threshold
// gate on the judge metric is evaluated. Whenever a gate passes, it must also pass with the true scores of the
// items whose answers were broken (whatever those were), and a broken answer must never leave a score behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateOperator, ThresholdGate } from '../../src/core/config.js';
import type { LoadedConfig } from '../../src/config/types.js';
import type { ItemRecord } from '../../src/core/types.js';
import { evaluateGates } from '../../src/gates/index.js';
import type { GateResult } from '../../src/core/gates.js';
import { applyJudgeAdvice, judgeMetricSpecs } from '../../src/judge/index.js';
import type { JudgeGateAdvice } from '../../src/core/judge.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { startOpenAIServer, type OpenAIServer, type ScriptedReply } from '../support/openai-server.js';
import {
  judgeConfig,
  makeRecords,
  readJudgeRequest,
  score,
  stageDeps,
  type SeenJudgeRequest,
  judgeAndMerge,
} from './helpers.js';

let server: OpenAIServer;
let script: (request: SeenJudgeRequest, attempt: number) => ScriptedReply;

beforeAll(async () => {
  server = await startOpenAIServer({ handler: (body, info) => script(readJudgeRequest(body), info.attempt) });
});
afterAll(() => server.close());

/** Every way a judge answer can be unusable or missing. */
const BROKEN: ((attempt: number) => ScriptedReply)[] = [
  () => ({ content: 'I would give this a 5.' }),
  () => ({ content: '{"reasoning": "fine", "score": 5,' }),
  () => score(6),
  () => score(-1),
  () => score('5'),
  () => ({ content: JSON.stringify({ reasoning: 'x', score: 5 }) }),
  () => ({ content: JSON.stringify({ reasoning: 'x', score: 5, na: false, pass: true }) }),
  () => ({ content: null, refusal: 'I will not grade this.' }),
  () => ({ content: '' }),
  () => ({ content: 'null' }),
  () => ({ status: 500 }),
  () => ({ status: 429, headers: { 'retry-after-ms': '1' } }),
  () => ({ hang: true }),
  () => ({ body: 'this is not json', status: 200 }),
  () => ({ body: { choices: [] } }),
];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const OPS: GateOperator[] = ['>=', '>', '<=', '<'];

function gatesFor(metric: string): ThresholdGate[] {
  const gates: ThresholdGate[] = [];
  for (const op of OPS) {
    for (let step = 1; step < 20; step++) {
      gates.push({
        type: 'threshold',
        name: `${metric} ${op} ${step / 20}`,
        metric,
        op,
        threshold: step / 20,
        severity: 'blocking',
      });
    }
  }
  return gates;
}

function evaluate(records: ItemRecord[], gates: ThresholdGate[], advice?: JudgeGateAdvice): GateResult[] {
  const specs = judgeMetricSpecs(
    judgeConfig({
      'base-url': 'http://127.0.0.1:1/v1',
      model: 'judge-a',
      metrics: ['accuracy', 'Harmfulness'],
    }),
  );
  const metrics = aggregate(records, specs, { perCategory: true });
  const config = { gates, report: { maxFailingItems: 5 } } as unknown as LoadedConfig;
  return evaluateGates(config, metrics, records, { status: 'skipped', reason: 'test' } as never, advice);
}

describe('fail closed: no broken or missing judge answer can raise a score or pass a gate', () => {
  it('holds over 24 random scenarios with every kind of broken answer', async () => {
    const random = rng(20240611);
    let passesChecked = 0;
    let blockedByMissing = 0;
    for (let scenario = 0; scenario < 24; scenario++) {
      const records = makeRecords(16, ['x', 'y']);
      const truth = new Map(records.map((record) => [record.id, 1 + Math.floor(random() * 5)]));
      const harmful = new Map(records.map((record) => [record.id, random() < 0.3 ? 1 : 0]));
      const broken = new Map<string, (attempt: number) => ScriptedReply>();
      const brokenCount = Math.floor(random() * 5);
      for (let index = 0; index < brokenCount; index++) {
        const record = records[Math.floor(random() * records.length)]!;
        broken.set(record.id, BROKEN[Math.floor(random() * BROKEN.length)]!);
      }
      script = (request, attempt) => {
        const fault = broken.get(request.itemId);
        if (fault) return fault(attempt);
        return request.metric === 'Harmfulness'
          ? score(harmful.get(request.itemId)!)
          : score(truth.get(request.itemId)!);
      };
      const maxErrorRate = [0, 0.1, 0.25, 1][scenario % 4]!;
      const config = judgeConfig({
        'base-url': server.url,
        model: 'judge-a',
        metrics: ['accuracy', 'Harmfulness'],
        'judge-all': true,
        'max-error-rate': maxErrorRate,
        'timeout-ms': 1500, // generous: an answer is never late on a loaded machine
        'max-retries': 1,
        'structured-output': 'never',
      });
      const result = await judgeAndMerge(config, records, stageDeps());

      // A broken answer never leaves a score.
      for (const id of broken.keys()) {
        const record = records.find((candidate) => candidate.id === id)!;
        expect(record.scores.judge_accuracy, `${id} in scenario ${scenario}`).toBeUndefined();
        expect(record.scores.judge_harmfulness).toBeUndefined();
      }
      // The others carry exactly what the judge said.
      for (const record of records) {
        if (broken.has(record.id)) continue;
        expect(record.scores.judge_accuracy).toBe((truth.get(record.id)! - 1) / 4);
      }

      // The same items with the true scores of the broken ones.
      const honest = makeRecords(16, ['x', 'y']);
      for (const record of honest) {
        record.scores.judge_accuracy = (truth.get(record.id)! - 1) / 4;
        record.scores.judge_harmfulness = harmful.get(record.id)!;
      }
      const gates = [
        ...gatesFor('judge_accuracy_mean'),
        ...gatesFor('judge_accuracy_mean@x'),
        ...gatesFor('harmful_rate'),
        ...gatesFor('harmful_rate@y'),
      ];
      const withBroken = evaluate(records, gates, result.advice);
      const withTruth = evaluate(honest, gates);
      const naive = evaluate(records, gates); // what a judge that ignores missing answers would decide
      withBroken.forEach((gate, index) => {
        if (gate.status === 'pass') {
          passesChecked++;
          expect(withTruth[index]!.status, `${gate.gate.name} in scenario ${scenario}`).toBe('pass');
        }
        if (naive[index]!.status === 'pass' && withTruth[index]!.status === 'fail') {
          // The naive reading would have passed a failing gate: ours did not.
          expect(gate.status).not.toBe('pass');
          expect(gate.effect).toBe('block');
          blockedByMissing++;
        }
      });
    }
    expect(passesChecked).toBeGreaterThan(200);
    expect(blockedByMissing).toBeGreaterThan(0); // the property was really exercised
  });

  it('turns a gate on an INCONCLUSIVE judge metric into inconclusive, with the effect of a failure', () => {
    const advice: JudgeGateAdvice = {
      inconclusiveMetrics: new Set(['judge_accuracy_mean']),
      worstCase: new Map(),
    };
    const passed = (severity: 'blocking' | 'warning'): GateResult => ({
      gate: {
        type: 'threshold',
        name: 'g',
        metric: 'judge_accuracy_mean',
        op: '>=',
        threshold: 0.5,
        severity,
      },
      status: 'pass',
      effect: 'none',
      explanation: 'ok',
      failingItems: [],
      failingCount: 0,
    });
    expect(applyJudgeAdvice(passed('blocking'), advice)).toMatchObject({
      status: 'inconclusive',
      effect: 'block',
    });
    expect(applyJudgeAdvice(passed('warning'), advice)).toMatchObject({
      status: 'inconclusive',
      effect: 'warn',
    });
    expect(applyJudgeAdvice(passed('blocking'), advice).explanation).toMatch(/INCONCLUSIVE.*cannot pass/);
    const other = {
      ...passed('blocking'),
      gate: { ...passed('blocking').gate, metric: 'accuracy' },
    } as GateResult;
    expect(applyJudgeAdvice(other, advice)).toBe(other);
  });

  it('keeps a passed regression gate on a judge metric with missing answers from passing silently', () => {
    const advice: JudgeGateAdvice = {
      inconclusiveMetrics: new Set(),
      worstCase: new Map([['judge_accuracy_mean', { low: 0.5, high: 0.7, missing: 1 }]]),
    };
    const result: GateResult = {
      gate: {
        type: 'regression',
        name: 'r',
        metric: 'judge_accuracy_mean',
        margin: 0.05,
        severity: 'blocking',
        onInconclusive: 'block',
      },
      status: 'pass',
      effect: 'none',
      explanation: 'no regression',
      failingItems: [],
      failingCount: 0,
    };
    expect(applyJudgeAdvice(result, advice)).toMatchObject({ status: 'inconclusive', effect: 'block' });
  });
});
