import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_CIRCUIT_BREAKER } from '../../src/model/circuit-breaker.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { judgeConfig, makeRecords, score, stageDeps, judgeAndMerge } from './helpers.js';
import { closedPort } from '../support/closed-port.js';

const BREAKER_MESSAGE = /the judge endpoint looks down after \d+ consecutive failed requests \(last error: /;

let server: OpenAIServer;
beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(() => server.close());

describe('the judge circuit breaker', () => {
  it('defaults judge.circuit-breaker to 5', () => {
    const config = judgeConfig({ 'base-url': 'http://127.0.0.1:1/v1', model: 'judge-a' });
    expect(DEFAULT_JUDGE_CIRCUIT_BREAKER).toBe(5);
    expect(config.endpoint.circuitBreaker).toBe(5);
    expect(
      judgeConfig({ 'base-url': 'http://127.0.0.1:1/v1', model: 'judge-a', 'circuit-breaker': 0 }).endpoint
        .circuitBreaker,
    ).toBe(0);
  });

  it('a judge whose port refuses connections ends at once as judge errors, INCONCLUSIVE', async () => {
    const port = await closedPort();
    const config = judgeConfig({
      'base-url': `http://127.0.0.1:${port}/v1`,
      model: 'judge-a',
      metrics: ['accuracy', 'helpfulness'],
      'judge-all': true,
    });
    const records = makeRecords(100);
    const deps = stageDeps();
    const result = await judgeAndMerge(config, records, deps);
    const K = DEFAULT_JUDGE_CIRCUIT_BREAKER;
    const attempts = 3; // max-retries 2 (the test helper's)
    expect(result.report.status).toBe('inconclusive');
    // K failed calls, plus one call under way in each of the pool's 2 x concurrency workers.
    expect(result.report.spend!.requests).toBeLessThanOrEqual(
      (K + 2 * config.endpoint.concurrency) * attempts,
    );
    let shortCircuited = 0;
    for (const record of records) {
      for (const metric of ['accuracy', 'helpfulness']) {
        const judged = record.judge!.metrics[metric]!;
        expect(judged.status).toBe('error');
        expect(record.scores).not.toHaveProperty(`judge_${metric}`);
        const error = judged.verdicts[0]!.error!;
        expect(error).toMatchObject({ stage: 'judge', kind: 'connection' });
        if (BREAKER_MESSAGE.test(error.message)) shortCircuited++;
      }
    }
    expect(shortCircuited).toBeGreaterThanOrEqual(200 - K - config.endpoint.concurrency);
    expect(result.report.metrics!.map((metric) => metric.errors)).toEqual([100, 100]);
    expect(result.report.warnings!.some((warning) => BREAKER_MESSAGE.test(warning))).toBe(true);
    expect(result.report.warnings!.join('\n')).toMatch(/ECONNREFUSED/);
  });

  it('a judge that never answers stops after about K timed-out requests', async () => {
    server.reset();
    server.setHandler(() => ({ hang: true }));
    const K = 3;
    const concurrency = 2;
    const config = judgeConfig({
      'base-url': server.url,
      model: 'judge-a',
      metrics: ['accuracy'],
      'judge-all': true,
      'timeout-ms': 100,
      'max-retries': 0,
      concurrency,
      'circuit-breaker': K,
    });
    const records = makeRecords(60);
    const result = await judgeAndMerge(config, records, stageDeps());
    // Counted, not timed (a loaded machine stretches any clock): without the breaker all 60 would be sent.
    expect(server.stats.total).toBeLessThanOrEqual(K + concurrency);
    expect(result.report.status).toBe('inconclusive');
    expect(result.report.metrics![0]).toMatchObject({ planned: 60, scored: 0, errors: 60 });
    for (const record of records) {
      const error = record.judge!.metrics.accuracy!.verdicts[0]!.error!;
      expect(error.kind).toBe('timeout');
    }
  });

  it('does not trip when timeouts have answers in between', async () => {
    // One request at a time: every other one times out for good (max-retries 0), the others are scored. Its own
    // server, so that no late request of another test is counted; a generous timeout, so that an answer is never
    // late on a loaded machine; few items keep it cheap.
    const flaky = await startOpenAIServer({
      handler: (_body, info) => (info.index % 2 === 1 ? { hang: true } : score(4)),
    });
    try {
      const config = judgeConfig({
        'base-url': flaky.url,
        model: 'judge-a',
        metrics: ['accuracy'],
        'judge-all': true,
        'timeout-ms': 1500,
        'max-retries': 0,
        concurrency: 1,
        'circuit-breaker': 2,
        'max-error-rate': 1,
      });
      const records = makeRecords(8);
      const result = await judgeAndMerge(config, records, stageDeps());
      expect(flaky.stats.total).toBe(8);
      expect(result.report.metrics![0]).toMatchObject({ scored: 4, errors: 4 });
      expect(result.report.warnings!.some((warning) => BREAKER_MESSAGE.test(warning))).toBe(false);
    } finally {
      await flaky.close();
    }
  });
});
