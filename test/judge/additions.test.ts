// The judge stage returns what it adds to each item instead of editing the records, and reaches the judge
// through a connection it is handed: here a client written for the test, which answers every call with 4 of 5.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { JudgeBudget } from '../../src/judge/budget.js';
import type { JudgeClient, JudgeRequest } from '../../src/judge/client.js';
import { judgeConnector, runJudgeStage, type JudgeConnection } from '../../src/judge/index.js';
import { mergeJudgeAdditions } from '../../src/pipeline/judge.js';
import { judgeConfig, makeRecords } from './helpers.js';

function scriptedConnection(): JudgeConnection & { requests: JudgeRequest[]; closed: number } {
  const requests: JudgeRequest[] = [];
  const client: JudgeClient = {
    stats: {
      requests: 0,
      retries: 0,
      rateLimited: 0,
      timeouts: 0,
      calls: 0,
      cachedCalls: 0,
      promptTokens: 0,
      completionTokens: 0,
      structuredFallbacks: 0,
    },
    circuitOpen: undefined,
    worstCaseUsd: () => 0,
    send(request) {
      requests.push(request);
      client.stats.requests++;
      client.stats.calls++;
      return Promise.resolve({
        kind: 'answer',
        content: JSON.stringify({ reasoning: 'Mostly right.', score: 4, na: false }),
        refusal: null,
        cached: false,
        attempts: 1,
        structured: true,
        costUsd: 0.25,
        commit: () => Promise.resolve(),
      });
    },
  };
  const connection = {
    client,
    budget: new JudgeBudget(2),
    requests,
    closed: 0,
    close: () => {
      connection.closed++;
      return Promise.resolve();
    },
  };
  return connection;
}

const config = () =>
  judgeConfig({
    'base-url': 'http://127.0.0.1:9/v1',
    model: 'judge-a',
    metrics: ['accuracy'],
    'min-sample': 3,
  });

describe('the judge stage with a connection handed to it', () => {
  it('leaves the records as they were and returns the scores and judgements to add', async () => {
    const records = makeRecords(5);
    records[0]!.scores.accuracy = 1;
    const before = structuredClone(records);
    const connection = scriptedConnection();
    const result = await runJudgeStage(config(), records, {
      log: () => undefined,
      connect: () => connection,
    });

    expect(records).toEqual(before);
    expect(connection.requests).toHaveLength(3); // 3 sampled items x 1 metric x 1 judge
    expect(connection.requests.every((request) => request.model === 'judge-a')).toBe(true);
    expect(connection.closed).toBe(1);
    expect(result.additions).toHaveLength(3);
    for (const addition of result.additions) {
      expect(addition.scores).toEqual({ judge_accuracy: 0.75 });
      expect(addition.judge).toMatchObject({ selection: 'sample', costUsd: 0.25 });
      expect(addition.judge.metrics.accuracy).toMatchObject({ status: 'scored', score: 0.75, raw: 4 });
    }
    expect(result.report.metrics![0]).toMatchObject({ scored: 3, errors: 0, status: 'ok' });
    expect(result.report.spend).toMatchObject({ requests: 3, calls: 3 });
  });

  it('is merged by the pipeline: scores after the existing ones, the judgement on the record', async () => {
    const records = makeRecords(5);
    const result = await runJudgeStage(config(), records, {
      log: () => undefined,
      connect: () => scriptedConnection(),
    });
    const first = result.additions[0]!.index;
    records[first]!.scores.accuracy = 1;
    mergeJudgeAdditions(records, result.additions);
    const judged = new Set(result.additions.map((addition) => addition.index));
    expect(judged.size).toBe(3);
    records.forEach((record, index) => {
      if (judged.has(index)) {
        expect(record.scores.judge_accuracy).toBe(0.75);
        expect(record.judge!.metrics.accuracy!.verdicts[0]!.reasoning).toBe('Mostly right.');
      } else {
        expect(record.scores).not.toHaveProperty('judge_accuracy');
        expect(record.judge).toBeUndefined();
      }
    });
    expect(Object.keys(records[first]!.scores)).toEqual(['accuracy', 'judge_accuracy']);
  });
});

describe('judgeConnector', () => {
  it('asks for the API key at once, for a remote endpoint', () => {
    const remote = judgeConfig({
      'base-url': 'https://judge.example.com/v1',
      model: 'judge-a',
      metrics: ['accuracy'],
    });
    const options = {
      env: {},
      log: () => undefined,
      cacheConfig: { mode: 'off' as const, dir: '/nonexistent' },
    };
    expect(() => judgeConnector(remote, options)).toThrow(UserError);
    expect(() => judgeConnector(remote, { ...options, env: { OPENAI_API_KEY: 'sk-test' } })).not.toThrow();
  });

  it('opens the cache only when the connection is opened, and closes the cache it opened', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'evalgate-judge-connector-')), 'cache');
    const connect = judgeConnector(config(), {
      env: {},
      log: () => undefined,
      cacheConfig: { mode: 'read-write', dir },
    });
    expect(existsSync(path.join(dir, 'judge'))).toBe(false);
    const connection = connect();
    expect(existsSync(path.join(dir, 'judge'))).toBe(true);
    expect(connection.budget.limitUsd).toBe(2);
    await connection.close();
  });
});
