import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { CircuitBreaker, DEFAULT_MODEL_CIRCUIT_BREAKER } from '../../src/model/circuit-breaker.js';
import { createOpenAISource } from '../../src/model/openai-source.js';
import { createDisabledCache, createMemoryCache } from '../../src/model/response-cache.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { FAST_RETRY, makeItems, modelConfig, runSource } from './helpers.js';
import { closedPort } from '../support/closed-port.js';

/** A port on 127.0.0.1 that nothing listens on (connections are refused). */

const BREAKER_MESSAGE = /the model endpoint looks down after \d+ consecutive failed requests \(last error: /;

describe('CircuitBreaker', () => {
  const refused = {
    stage: 'model',
    kind: 'connection',
    message: 'connection failed (ECONNREFUSED)',
  } as const;
  const timedOut = { stage: 'model', kind: 'timeout', message: 'no complete answer within 100 ms' } as const;

  it('opens after K consecutive endpoint-level failures and names the last error', () => {
    const breaker = new CircuitBreaker(3, 'the model endpoint');
    breaker.record(refused);
    breaker.record(timedOut);
    expect(breaker.isOpen).toBe(false);
    breaker.record(timedOut);
    expect(breaker.isOpen).toBe(true);
    expect(breaker.signal.aborted).toBe(true);
    expect(breaker.message()).toBe(
      'the model endpoint looks down after 3 consecutive failed requests ' +
        '(last error: timeout: no complete answer within 100 ms); evalgate stopped sending to it',
    );
    expect(breaker.error('judge')).toMatchObject({ stage: 'judge', kind: 'timeout', attempts: 0 });
    expect(breaker.shortCircuited).toBe(1);
  });

  it('resets on a success and on any HTTP answer (400, 401, 422, 429, 500); internal errors do not count', () => {
    const breaker = new CircuitBreaker(2, 'the model endpoint');
    for (const answered of [
      undefined,
      { stage: 'model', kind: 'http', status: 400, message: 'HTTP 400' },
      { stage: 'model', kind: 'http', status: 401, message: 'HTTP 401' },
      { stage: 'model', kind: 'http', status: 422, message: 'HTTP 422' },
      { stage: 'model', kind: 'rate_limited', status: 429, message: 'HTTP 429' },
      { stage: 'model', kind: 'http', status: 500, message: 'HTTP 500' },
    ] as const) {
      breaker.record(refused);
      breaker.record({ stage: 'model', kind: 'internal', message: 'a bug' });
      breaker.record(answered);
    }
    expect(breaker.isOpen).toBe(false);
    breaker.record(refused);
    breaker.record(refused);
    expect(breaker.isOpen).toBe(true);
    expect(breaker.error('model').kind).toBe('connection');
  });

  it('never opens with threshold 0', () => {
    const breaker = new CircuitBreaker(0, 'the model endpoint');
    for (let index = 0; index < 1000; index++) breaker.record(refused);
    expect(breaker.isOpen).toBe(false);
  });
});

describe('config', () => {
  it('defaults model.circuit-breaker to 10, accepts 0 and rejects negatives', () => {
    const yaml = (extra: string) =>
      `version: 1\ndataset: { path: data.jsonl }\nmodel: { base-url: "http://127.0.0.1:1/v1", model: m${extra} }\n`;
    expect(parseConfig(yaml(''), '/tmp/evalgate.yml').model?.circuitBreaker).toBe(
      DEFAULT_MODEL_CIRCUIT_BREAKER,
    );
    expect(DEFAULT_MODEL_CIRCUIT_BREAKER).toBe(10);
    expect(parseConfig(yaml(', circuit-breaker: 0'), '/tmp/evalgate.yml').model?.circuitBreaker).toBe(0);
    expect(() => parseConfig(yaml(', circuit-breaker: -1'), '/tmp/evalgate.yml')).toThrow();
  });
});

describe('a live source against a dead endpoint', () => {
  let server: OpenAIServer;
  beforeEach(async () => {
    server = await startOpenAIServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('stops after about K timed-out requests: 200 items end at once as error items that say why', async () => {
    server.setHandler(() => ({ hang: true }));
    const K = 5;
    const concurrency = 4;
    const config = modelConfig(server.url, { concurrency, timeoutMs: 100, maxRetries: 0, circuitBreaker: K });
    const lines: string[] = [];
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
      log: (line) => lines.push(line),
    });
    const result = await runSource(source, makeItems(200));
    // Counted, not timed (a loaded machine stretches any clock): without the breaker all 200 would be sent.
    expect(result.stats.requests).toBeLessThanOrEqual(K + concurrency);
    // A request the breaker aborts may never reach the server: it counts what it received.
    expect(server.stats.total).toBeLessThanOrEqual(result.stats.requests);
    // Every item answered exactly once, every one an error, counted as such.
    expect(result.order).toHaveLength(200);
    expect(new Set(result.order).size).toBe(200);
    expect(result.stats.items).toBe(200);
    expect(result.stats.errors).toBe(200);
    const responses = [...result.byId.values()];
    for (const response of responses) {
      expect(response.output).toBeNull();
      expect(response.error?.kind).toBe('timeout');
    }
    const shortCircuited = responses.filter((response) => BREAKER_MESSAGE.test(response.error!.message));
    expect(shortCircuited.length).toBeGreaterThanOrEqual(200 - K);
    expect(shortCircuited[0]!.error!.message).toMatch(
      /last error: timeout: no complete answer within 100 ms/,
    );
    expect(lines.some((line) => BREAKER_MESSAGE.test(line))).toBe(true);
  });

  it('stops after about K refused connections (all retries spent on each), kind connection', async () => {
    const port = await closedPort();
    const K = 10;
    const concurrency = 8;
    const config = modelConfig(`http://127.0.0.1:${port}/v1`, {
      concurrency,
      maxRetries: 2,
      circuitBreaker: K,
    });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(200));
    // At most K calls failed before the breaker opened, plus one call under way in each of the pool's
    // 2 x concurrency workers (a call waiting out its backoff holds no slot), each of at most 3 attempts.
    expect(result.stats.requests).toBeLessThanOrEqual((K + 2 * concurrency) * 3);
    expect(result.stats.items).toBe(200);
    expect(result.stats.errors).toBe(200);
    expect(result.byId.size).toBe(200);
    let shortCircuited = 0;
    for (const response of result.byId.values()) {
      expect(response.error?.kind).toBe('connection');
      expect(response.error?.message).toMatch(/ECONNREFUSED/);
      if (BREAKER_MESSAGE.test(response.error!.message)) shortCircuited++;
    }
    expect(shortCircuited).toBeGreaterThanOrEqual(200 - K - concurrency);
  });

  it('still serves cached answers once it stopped sending', async () => {
    const config = modelConfig(server.url, { concurrency: 1, maxRetries: 0, circuitBreaker: 2 });
    const cache = createMemoryCache('read-write');
    const options = { apiKey: undefined, retry: FAST_RETRY };
    // Fill the cache for q9, then kill the endpoint: its port now refuses connections.
    await runSource(createOpenAISource(config, cache, options), makeItems(10).slice(9));
    await server.close();
    const result = await runSource(createOpenAISource(config, cache, options), makeItems(10));
    expect(result.stats.requests).toBeLessThanOrEqual(3); // K + concurrency
    expect(result.byId.get('q9')?.output).toBe('echo: q9');
    expect(result.stats.cacheHits).toBe(1);
    expect(result.stats.errors).toBe(9);
    expect(result.byId.get('q8')?.error?.message).toMatch(BREAKER_MESSAGE);
  });

  it('never trips on a flaky endpoint whose failures have successes in between', async () => {
    // Every odd item times out; every even one answers: never two endpoint failures in a row. The timeout is
    // generous so that an answer is never late on a loaded machine; few items keep the hung ones cheap.
    server.setHandler((_body, info) => (Number(info.key.slice(1)) % 2 === 1 ? { hang: true } : {}));
    const config = modelConfig(server.url, {
      concurrency: 1,
      timeoutMs: 1500,
      maxRetries: 0,
      circuitBreaker: 2,
    });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(8));
    expect(server.stats.total).toBe(8);
    expect(result.stats.errors).toBe(4);
    for (const response of result.byId.values()) {
      if (response.error) expect(response.error.message).not.toMatch(BREAKER_MESSAGE);
    }
  });

  it('does not count a request that failed but succeeded on a retry', async () => {
    server.setHandler((_body, info) => (info.attempt === 1 ? { hang: true } : {}));
    // A generous timeout, so that the answered retry is never late on a loaded machine.
    const config = modelConfig(server.url, {
      concurrency: 4,
      timeoutMs: 1500,
      maxRetries: 1,
      circuitBreaker: 2,
    });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(8));
    expect(result.stats.errors).toBe(0);
    expect(server.stats.total).toBe(16);
  });

  it('does not trip on 400s (nor on 401 or 422): every item is sent', async () => {
    const statuses = [400, 401, 422];
    server.setHandler((_body, info) => ({ status: statuses[Number(info.key.slice(1)) % 3] }));
    const config = modelConfig(server.url, { concurrency: 4, maxRetries: 2, circuitBreaker: 3 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(60));
    expect(server.stats.total).toBe(60);
    expect(result.stats.errors).toBe(60);
    for (const response of result.byId.values()) {
      expect(response.error?.kind).toBe('http');
      expect(response.error?.message).not.toMatch(BREAKER_MESSAGE);
    }
  });

  it('with circuit-breaker 0, sends every item as before', async () => {
    const port = await closedPort();
    const config = modelConfig(`http://127.0.0.1:${port}/v1`, {
      concurrency: 4,
      maxRetries: 0,
      circuitBreaker: 0,
    });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(40));
    expect(result.stats.requests).toBe(40);
    expect(result.stats.errors).toBe(40);
    for (const response of result.byId.values()) expect(response.error?.message).not.toMatch(BREAKER_MESSAGE);
  });
});
