import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import {
  createOpenAISource,
  isLocalEndpoint,
  stripThinking,
  toModelResponse,
} from '../../src/model/openai-source.js';
import { createDisabledCache, createMemoryCache } from '../../src/model/response-cache.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { FAST_RETRY, get, item, makeItems, modelConfig, runSource, scenario } from './helpers.js';

let server: OpenAIServer;
beforeEach(async () => {
  server = await startOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

describe('concurrency', () => {
  it('keeps exactly the configured number of requests in flight, never more', async () => {
    let seenMax = 0;
    server.setHandler((_body, info) => {
      seenMax = Math.max(seenMax, info.inFlight);
      return { delayMs: 40 };
    });
    const source = createOpenAISource(modelConfig(server.url, { concurrency: 8 }), createDisabledCache(), {
      apiKey: undefined,
    });
    const result = await runSource(source, makeItems(60));
    expect(server.stats.maxInFlight).toBe(8);
    expect(seenMax).toBe(8);
    expect(source.lastRun?.peakInFlight).toBe(8);
    expect(result.stats.requests).toBe(60);
    expect(result.byId.size).toBe(60);
    for (let index = 0; index < 60; index++) expect(get(result, `q${index}`).output).toBe(`echo: q${index}`);
  });

  it('reports how many requests it kept in flight on average, in lastRun and in the log', async () => {
    server.setHandler(() => ({ delayMs: 30 }));
    const lines: string[] = [];
    const source = createOpenAISource(modelConfig(server.url, { concurrency: 4 }), createDisabledCache(), {
      apiKey: undefined,
      log: (line) => lines.push(line),
    });
    await runSource(source, makeItems(40));
    const mean = source.lastRun?.meanInFlight ?? 0;
    expect(mean).toBeGreaterThan(1);
    expect(mean).toBeLessThanOrEqual(4);
    expect(lines).toContain(`model: 40 requests, ${mean.toFixed(1)} in flight on average (concurrency 4)`);
  });

  it('answers every item exactly once, whatever happens to it', async () => {
    server.setHandler((_body, info) => {
      const kind = Number(info.key.slice(1)) % 6;
      if (kind === 1 && info.attempt === 1) return { status: 500 };
      if (kind === 2) return { status: 400 };
      if (kind === 3) return { hang: true };
      if (kind === 4 && info.attempt === 1) return { status: 200, body: '{not json' };
      if (kind === 5 && info.attempt === 1) return { status: 429, headers: { 'retry-after-ms': '20' } };
      return { delayMs: 5 };
    });
    // A timeout far above an answer's 5 ms, so that only the hanging items time out on a loaded machine.
    const config = modelConfig(server.url, { concurrency: 6, timeoutMs: 1500, maxRetries: 1 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const items = makeItems(24);
    const result = await runSource(source, items);
    expect(result.order).toHaveLength(24);
    expect(new Set(result.order).size).toBe(24);
    expect(result.stats.items).toBe(24);
    const errors = [...result.byId.values()].filter((response) => response.error);
    expect(errors.map((response) => response.error?.kind).sort()).toEqual([
      ...Array<string>(4).fill('http'),
      ...Array<string>(4).fill('timeout'),
    ]);
    expect(result.stats.errors).toBe(8);
    for (const response of result.byId.values()) {
      expect(response.output === null).toBe(response.error !== undefined);
    }
  });
});

describe('retries', () => {
  it('honours retry-after in seconds: the retry arrives no earlier than asked', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { content: 'ok' },
    );
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    const [first, second] = server.requestsFor('a');
    expect(second!.arrivedAt - first!.arrivedAt).toBeGreaterThanOrEqual(1000);
    expect(get(result, 'a')).toMatchObject({ output: 'ok', attempts: 2 });
    expect(result.stats).toMatchObject({ requests: 2, retries: 1, rateLimited: 1, errors: 0 });
  });

  it('honours retry-after-ms over retry-after', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1
        ? { status: 429, headers: { 'retry-after-ms': '300', 'retry-after': '30' } }
        : { content: 'ok' },
    );
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const started = Date.now();
    const result = await runSource(source, [item('a')]);
    const [first, second] = server.requestsFor('a');
    expect(second!.arrivedAt - first!.arrivedAt).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(10_000); // not the 30 s of retry-after
    expect(get(result, 'a').output).toBe('ok');
  });

  it('honours retry-after on any retryable status, with or without the adaptive pool', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1 ? { status: 503, headers: { 'retry-after': '0.4' } } : { content: 'ok' },
    );
    for (const adaptive of [undefined, false] as const) {
      server.reset();
      const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
        apiKey: undefined,
        retry: FAST_RETRY,
        ...(adaptive === false ? { adaptive } : {}),
      });
      const result = await runSource(source, [item('a')]);
      const [first, second] = server.requestsFor('a');
      expect(second!.arrivedAt - first!.arrivedAt).toBeGreaterThanOrEqual(400);
      expect(get(result, 'a').output).toBe('ok');
    }
  });

  it('fails at once when the endpoint asks for a wait longer than the accepted maximum', async () => {
    server.setHandler(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 1 });
    expect(get(result, 'a').error?.message).toMatch(/3600 s/);
    expect(server.requestsFor('a')).toHaveLength(1);
  });

  it('times out a hung endpoint and records the attempts', async () => {
    server.setHandler((_body, info) => (info.key === 'stuck' ? { hang: true } : { content: 'fine' }));
    const config = modelConfig(server.url, { timeoutMs: 200, maxRetries: 2 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('stuck'), item('other')]);
    expect(get(result, 'stuck')).toMatchObject({
      output: null,
      attempts: 3,
      error: { stage: 'model', kind: 'timeout', attempts: 3 },
    });
    expect(server.requestsFor('stuck')).toHaveLength(3);
    expect(get(result, 'other').output).toBe('fine');
    expect(result.stats.timeouts).toBe(3);
  });

  it('retries 5xx until it succeeds', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1 ? { status: 500 } : info.attempt === 2 ? { status: 503 } : { content: 'third time' },
    );
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a')).toMatchObject({ output: 'third time', attempts: 3 });
    expect(result.stats).toMatchObject({ requests: 3, retries: 2, errors: 0 });
  });

  it('gives up after maxRetries and says so', async () => {
    server.setHandler(() => ({ status: 502 }));
    const config = modelConfig(server.url, { maxRetries: 2 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error).toMatchObject({ kind: 'http', status: 502, attempts: 3 });
    expect(get(result, 'a').error?.message).toMatch(/gave up after 3 attempts/);
    expect(server.requestsFor('a')).toHaveLength(3);
  });

  it('does not retry a 400', async () => {
    server.setHandler(() => ({ status: 400 }));
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error).toMatchObject({ kind: 'http', status: 400, attempts: 1 });
    expect(server.requestsFor('a')).toHaveLength(1);
    expect(result.stats.retries).toBe(0);
  });

  it('retries a malformed body, then reports it', async () => {
    server.setHandler(() => ({
      status: 200,
      body: 'this is not json',
      headers: { 'content-type': 'application/json' },
    }));
    const config = modelConfig(server.url, { maxRetries: 1 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error).toMatchObject({ kind: 'http', attempts: 2 });
    expect(get(result, 'a').error?.message).toMatch(/malformed response body/);
  });

  it('reports a connection failure as kind connection', async () => {
    const closed = await startOpenAIServer();
    const url = closed.url;
    await closed.close();
    const config = modelConfig(url, { maxRetries: 1 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error).toMatchObject({ kind: 'connection', attempts: 2 });
    expect(get(result, 'a').error?.message).toMatch(/ECONNREFUSED/);
  });

  it('stops at the overall deadline: items in flight and items not sent become timeout errors', async () => {
    server.setHandler(() => ({ hang: true }));
    const config = modelConfig(server.url, { concurrency: 2, timeoutMs: 30_000, deadlineMs: 300 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const started = Date.now();
    const result = await runSource(source, makeItems(6));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.byId.size).toBe(6);
    const attempts = [...result.byId.values()].map((response) => response.error?.attempts).sort();
    expect(attempts).toEqual([0, 0, 0, 0, 1, 1]);
    for (const response of result.byId.values()) expect(response.error?.kind).toBe('timeout');
    expect(server.stats.total).toBe(2);
  });

  it("sends the config's settings and headers, the retry count and the timeout in whole seconds", async () => {
    const config = modelConfig(server.url, { timeoutMs: 7000.4, temperature: 0.2, maxTokens: 33, seed: 7 });
    const source = createOpenAISource({ ...config, headers: { 'x-team': 'evals' } }, createDisabledCache(), {
      apiKey: undefined,
    });
    await runSource(source, [item('a')]);
    const [request] = server.requests;
    expect(request?.headers['x-stainless-retry-count']).toBe('0');
    expect(request?.headers['x-stainless-timeout']).toBe('7');
    expect(request?.headers['x-team']).toBe('evals');
    expect(request?.body).toMatchObject({ model: 'test-model', temperature: 0.2, max_tokens: 33, seed: 7 });
  });
});

describe('rate limits', () => {
  it('adapts to a rate-limited endpoint without losing an item', async () => {
    server.setRateLimit({ requestsPerSecond: 40, burst: 4, retryAfter: 'ms' });
    server.setHandler(() => ({ delayMs: 20 }));
    const config = modelConfig(server.url, { concurrency: 16, maxRetries: 10 });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, makeItems(40));
    expect(result.byId.size).toBe(40);
    expect(result.stats.errors).toBe(0);
    expect(result.stats.rateLimited).toBe(server.stats.rateLimited);
    expect(result.stats.rateLimited).toBeGreaterThan(0);
    expect(source.lastRun?.concurrencyDecreases).toBeGreaterThan(0);
    expect(source.lastRun?.lowestConcurrency).toBeLessThan(16);
  });

  it('applies the requests-per-minute cap', async () => {
    // 1,200 a minute = 20 a second with one second's burst: the k-th request (from 1) cannot leave before
    // (k − 20) / 20 s after the limiter exists. Measured from before the source is made, as a lower bound: a
    // loaded machine only delays requests, so it cannot break this; a missing cap sends all 60 within a few
    // hundred ms, far before the 2 s the last one must wait.
    const start = Date.now();
    const config = modelConfig(server.url, { concurrency: 60, requestsPerMinute: 1200 });
    const source = createOpenAISource(config, createDisabledCache(), { apiKey: undefined });
    await runSource(source, makeItems(60));
    const times = server.requests.map((request) => request.arrivedAt).sort((a, b) => a - b);
    expect(times).toHaveLength(60);
    const early = times.flatMap((arrived, index) => {
      const earliest = ((index + 1 - 20) / 20) * 1000 - 10;
      return arrived - start < earliest ? [`request ${index + 1} at ${arrived - start} ms`] : [];
    });
    expect(early).toEqual([]);
  });
});

describe('answers', () => {
  it('records latency, usage and finish reason', async () => {
    server.setHandler(() => ({
      content: 'four',
      delayMs: 30,
      usage: { prompt_tokens: 11, completion_tokens: 2, total_tokens: 13 },
      finishReason: 'length',
    }));
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), { apiKey: undefined });
    const result = await runSource(source, [item('a')]);
    const response = get(result, 'a');
    expect(response).toMatchObject({
      output: 'four',
      usage: { prompt: 11, completion: 2, total: 13 },
      finishReason: 'length',
      attempts: 1,
    });
    expect(response.latencyMs).toBeGreaterThanOrEqual(25);
    expect(response.cached).toBeUndefined();
  });

  it('maps empty, refused, filtered and choiceless answers', async () => {
    server.setHandler((_body, info) => {
      if (info.key === 'empty') return { content: '' };
      if (info.key === 'null') return { content: null };
      if (info.key === 'refused') return { content: null, refusal: 'I cannot help with that.' };
      if (info.key === 'filtered') return { content: null, finishReason: 'content_filter' };
      if (info.key === 'cut') return { content: 'partial', finishReason: 'content_filter' };
      return { body: { id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [] } };
    });
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), { apiKey: undefined });
    const ids = ['empty', 'null', 'refused', 'filtered', 'cut', 'nochoice'];
    const result = await runSource(
      source,
      ids.map((id) => item(id)),
    );
    expect(get(result, 'empty').output).toBe('');
    expect(get(result, 'null').output).toBe('');
    expect(get(result, 'refused').output).toBe('I cannot help with that.');
    expect(get(result, 'filtered')).toMatchObject({ output: null, error: { kind: 'content_filter' } });
    expect(get(result, 'cut')).toMatchObject({ output: 'partial', finishReason: 'content_filter' });
    expect(get(result, 'nochoice')).toMatchObject({ output: null, error: { kind: 'empty_response' } });
  });

  it('strips thinking blocks when asked, and only then', async () => {
    server.setHandler(() => ({ content: '<think>\n2 + 2 is 4\n</think>\n\nThe answer is 4.' }));
    const on = createOpenAISource(modelConfig(server.url, { stripThinking: true }), createDisabledCache(), {
      apiKey: undefined,
    });
    const off = createOpenAISource(modelConfig(server.url), createDisabledCache(), { apiKey: undefined });
    expect(get(await runSource(on, [item('a')]), 'a').output).toBe('The answer is 4.');
    expect(get(await runSource(off, [item('a')]), 'a').output).toMatch(/^<think>/);
  });

  it('streams: records time to first token, total latency and usage', async () => {
    server.setHandler(() => ({
      content: 'one two three four',
      delayMs: 60,
      chunkDelayMs: 40,
      usage: { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 },
    }));
    const config = modelConfig(server.url, { stream: true });
    const source = createOpenAISource(config, createDisabledCache(), { apiKey: undefined });
    const result = await runSource(source, [item('a')]);
    const response = get(result, 'a');
    expect(response.output).toBe('one two three four');
    expect(response.usage).toEqual({ prompt: 5, completion: 4, total: 9 });
    expect(response.finishReason).toBe('stop');
    expect(response.ttftMs).toBeGreaterThanOrEqual(55);
    // Three more content chunks, a finish chunk and a usage chunk come 40 ms apart after the first token.
    expect(response.latencyMs! - response.ttftMs!).toBeGreaterThanOrEqual(150);
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('retries a stream that fails before answering', async () => {
    server.setHandler((_body, info) => (info.attempt === 1 ? { status: 503 } : { content: 'streamed' }));
    const config = modelConfig(server.url, { stream: true });
    const source = createOpenAISource(config, createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a')).toMatchObject({ output: 'streamed', attempts: 2 });
  });
});

describe('multi-turn scenarios', () => {
  it("sends each turn with the model's own earlier answers, turns in order", async () => {
    server.setHandler((_body, info) => ({ content: `answer to ${info.key}`, delayMs: 10 }));
    const config = modelConfig(server.url, { systemPrompt: 'You are a task bot.', concurrency: 4 });
    const source = createOpenAISource(config, createDisabledCache(), { apiKey: undefined });
    const items = [
      ...scenario('s1', ['hi', 'add milk', 'done?'], { user: 'ana' }),
      ...scenario('s2', ['yo', 'bye']),
    ];
    const result = await runSource(source, items);
    expect(result.byId.size).toBe(5);
    expect(get(result, 's1#2').output).toBe('answer to done?');
    const last = server.requestsFor('done?')[0];
    expect(last?.body?.messages).toEqual([
      { role: 'system', content: 'You are a task bot.' },
      { role: 'system', content: 'Context (JSON): {"user":"ana"}' },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'answer to hi' },
      { role: 'user', content: 'add milk' },
      { role: 'assistant', content: 'answer to add milk' },
      { role: 'user', content: 'done?' },
    ]);
    expect(server.requestsFor('bye')[0]?.body?.messages).toEqual([
      { role: 'system', content: 'You are a task bot.' },
      { role: 'user', content: 'yo' },
      { role: 'assistant', content: 'answer to yo' },
      { role: 'user', content: 'bye' },
    ]);
    // A turn is sent only after the previous turn was answered.
    const s1 = ['hi', 'add milk', 'done?'].map((key) => server.requestsFor(key)[0]!.index);
    expect(s1).toEqual([...s1].sort((a, b) => a - b));
  });

  it('runs turns in turn order whatever the order of the items', async () => {
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), { apiKey: undefined });
    const items = scenario('s', ['first', 'second', 'third']).reverse();
    await runSource(source, items);
    expect(server.requests.map((request) => request.key)).toEqual(['first', 'second', 'third']);
  });

  it('uses the answers without thinking in the history when stripping', async () => {
    server.setHandler((_body, info) => ({ content: `<thinking>hmm</thinking>re: ${info.key}` }));
    const config = modelConfig(server.url, { stripThinking: true });
    const source = createOpenAISource(config, createDisabledCache(), { apiKey: undefined });
    await runSource(source, scenario('s', ['a', 'b']));
    expect(server.requestsFor('b')[0]?.body?.messages?.[1]).toEqual({ role: 'assistant', content: 're: a' });
  });

  it('does not send the turns after a failed turn, and says why', async () => {
    server.setHandler((_body, info) => (info.key === 'two' ? { status: 400 } : { content: 'ok' }));
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      retry: FAST_RETRY,
    });
    const result = await runSource(source, scenario('s', ['one', 'two', 'three', 'four']));
    expect(get(result, 's#0').output).toBe('ok');
    expect(get(result, 's#1').error).toMatchObject({ kind: 'http', status: 400 });
    for (const id of ['s#2', 's#3']) {
      expect(get(result, id)).toMatchObject({
        output: null,
        error: { kind: 'missing_response', attempts: 0 },
      });
      expect(get(result, id).error?.message).toMatch(/turn 1 of scenario "s" failed/);
    }
    expect(server.requestsFor('three')).toHaveLength(0);
    expect(result.stats).toMatchObject({ items: 4, errors: 3 });
  });
});

describe('secrets', () => {
  const KEY = 'sk-test-0123456789abcdef0123456789';

  it('sends the key, and never puts it in an error message or a log line', async () => {
    server.setHandler((_body, info) => ({
      status: 401,
      body: {
        error: { message: `Incorrect API key provided: ${String(info.request.headers.authorization)}` },
      },
    }));
    const lines: string[] = [];
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: KEY,
      log: (line) => lines.push(line),
    });
    const result = await runSource(source, [item('a')]);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    const error = get(result, 'a').error;
    expect(error).toMatchObject({ kind: 'http', status: 401, attempts: 1 });
    expect(error?.message).toMatch(/Incorrect API key provided/);
    expect(JSON.stringify(result.byId.get('a'))).not.toContain(KEY);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('keeps secret header values out of messages too', async () => {
    const secret = 'azure-secret-value-42';
    server.setHandler((_body, info) => ({
      status: 403,
      body: { error: { message: `bad api-key ${String(info.request.headers['api-key'])}` } },
    }));
    const config = { ...modelConfig(server.url), headers: { 'api-key': secret } };
    const source = createOpenAISource(config, createDisabledCache(), { apiKey: undefined });
    const result = await runSource(source, [item('a')]);
    expect(get(result, 'a').error?.message).not.toContain(secret);
  });

  it('needs a key for a remote endpoint, and uses a placeholder for a local one', async () => {
    expect(() =>
      createOpenAISource(modelConfig('https://api.example.com/v1'), createDisabledCache(), {
        apiKey: undefined,
      }),
    ).toThrow(UserError);
    expect(() =>
      createOpenAISource(modelConfig('https://api.example.com/v1'), createDisabledCache(), { apiKey: '' }),
    ).toThrow(/EVALGATE_TEST_KEY/);
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), { apiKey: undefined });
    await runSource(source, [item('a')]);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer not-needed');
    expect(isLocalEndpoint('http://localhost:8000/v1')).toBe(true);
    expect(isLocalEndpoint('http://127.0.0.1:1234')).toBe(true);
    expect(isLocalEndpoint('https://api.openai.com/v1')).toBe(false);
  });
});

describe('cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-source-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('read-write: a second run makes no request and keeps the original latency', async () => {
    const { createLocalResponseCache } = await import('../../src/model/response-cache.js');
    server.setHandler((_body, info) => ({ content: `answer ${info.key}`, delayMs: 15 }));
    const items = makeItems(20);
    const config = modelConfig(server.url);
    const firstCache = createLocalResponseCache({ mode: 'read-write', dir });
    const first = await runSource(createOpenAISource(config, firstCache, { apiKey: undefined }), items);
    await firstCache.close();
    expect(server.stats.total).toBe(20);
    expect(first.stats).toMatchObject({ cacheHits: 0, cacheMisses: 20 });

    const secondCache = createLocalResponseCache({ mode: 'read-write', dir });
    const second = await runSource(createOpenAISource(config, secondCache, { apiKey: undefined }), items);
    expect(server.stats.total).toBe(20);
    expect(second.stats).toMatchObject({ requests: 0, cacheHits: 20, cacheMisses: 0 });
    for (const { id } of items) {
      expect(get(second, id)).toMatchObject({ output: `answer ${id}`, cached: true, attempts: 0 });
      expect(get(second, id).latencyMs).toBe(get(first, id).latencyMs);
    }
    await secondCache.close();
  });

  it('read-write: a change of any generation parameter or of the endpoint misses', async () => {
    const cache = createMemoryCache();
    const items = [item('a')];
    await runSource(createOpenAISource(modelConfig(server.url), cache, { apiKey: undefined }), items);
    for (const change of [
      { temperature: 0.5 },
      { maxTokens: 9 },
      { seed: 1 },
      { model: 'other' },
      { systemPrompt: 'x' },
    ]) {
      await runSource(
        createOpenAISource(modelConfig(server.url, change), cache, { apiKey: undefined }),
        items,
      );
    }
    const otherServer = await startOpenAIServer();
    try {
      await runSource(createOpenAISource(modelConfig(otherServer.url), cache, { apiKey: undefined }), items);
      expect(otherServer.stats.total).toBe(1);
    } finally {
      await otherServer.close();
    }
    expect(server.stats.total).toBe(6);
  });

  it('never caches errors', async () => {
    server.setHandler((_body, info) =>
      info.key === 'bad'
        ? { status: 400 }
        : info.key === 'filtered'
          ? { content: null, finishReason: 'content_filter' }
          : { content: 'ok' },
    );
    const cache = createMemoryCache();
    const items = [item('bad'), item('filtered'), item('good')];
    await runSource(createOpenAISource(modelConfig(server.url), cache, { apiKey: undefined }), items);
    const second = await runSource(
      createOpenAISource(modelConfig(server.url), cache, { apiKey: undefined }),
      items,
    );
    expect(server.requestsFor('bad')).toHaveLength(2);
    expect(server.requestsFor('filtered')).toHaveLength(2);
    expect(server.requestsFor('good')).toHaveLength(1);
    expect(get(second, 'filtered').error?.kind).toBe('content_filter');
  });

  it('read-only reads but never writes', async () => {
    const { createLocalResponseCache, CACHE_FILE } = await import('../../src/model/response-cache.js');
    const { existsSync, statSync } = await import('node:fs');
    const config = modelConfig(server.url);
    const seed = createLocalResponseCache({ mode: 'read-write', dir });
    await runSource(createOpenAISource(config, seed, { apiKey: undefined }), [item('known')]);
    await seed.close();
    const sizeBefore = statSync(path.join(dir, CACHE_FILE)).size;

    const readOnly = createLocalResponseCache({ mode: 'read-only', dir });
    const result = await runSource(createOpenAISource(config, readOnly, { apiKey: undefined }), [
      item('known'),
      item('new'),
    ]);
    expect(get(result, 'known').cached).toBe(true);
    expect(get(result, 'new').cached).toBeUndefined();
    expect(statSync(path.join(dir, CACHE_FILE)).size).toBe(sizeBefore);
    await readOnly.close();

    const again = createLocalResponseCache({ mode: 'read-only', dir });
    await runSource(createOpenAISource(config, again, { apiKey: undefined }), [item('new')]);
    expect(server.requestsFor('new')).toHaveLength(2);
    await again.close();

    const emptyDir = path.join(dir, 'never-created');
    const none = createLocalResponseCache({ mode: 'read-only', dir: emptyDir });
    await runSource(createOpenAISource(config, none, { apiKey: undefined }), [item('x')]);
    expect(existsSync(emptyDir)).toBe(false);
  });

  it('off makes every call, and neither reads nor writes the folder', async () => {
    const { createLocalResponseCache, CACHE_FILE } = await import('../../src/model/response-cache.js');
    const { existsSync, statSync } = await import('node:fs');
    const config = modelConfig(server.url);
    const seed = createLocalResponseCache({ mode: 'read-write', dir });
    await runSource(createOpenAISource(config, seed, { apiKey: undefined }), makeItems(5));
    await seed.close();
    const file = path.join(dir, CACHE_FILE);
    const before = statSync(file);

    for (let run = 0; run < 2; run++) {
      const off = createLocalResponseCache({ mode: 'off', dir });
      const result = await runSource(createOpenAISource(config, off, { apiKey: undefined }), makeItems(5));
      expect(result.stats).toMatchObject({ requests: 5, cacheHits: 0, cacheMisses: 0 });
      for (const response of result.byId.values()) expect(response.cached).toBeUndefined();
    }
    expect(server.stats.total).toBe(15);
    const after = statSync(file);
    expect(after.size).toBe(before.size);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    const missing = path.join(dir, 'not-there');
    createLocalResponseCache({ mode: 'off', dir: missing });
    expect(existsSync(missing)).toBe(false);
  });
});

describe('progress', () => {
  it('reports done, total, errors and a closing line', async () => {
    server.setHandler((_body, info) => (info.key === 'q3' ? { status: 400 } : { delayMs: 10 }));
    const lines: string[] = [];
    const snapshots: { done: number; final: boolean }[] = [];
    const source = createOpenAISource(modelConfig(server.url), createDisabledCache(), {
      apiKey: undefined,
      log: (line) => lines.push(line),
      onProgress: (snapshot) => snapshots.push(snapshot),
      progressIntervalMs: 20,
    });
    await runSource(source, makeItems(30));
    expect(snapshots.at(-1)).toMatchObject({ done: 30, total: 30, errors: 1, final: true });
    expect(lines.at(-1)).toMatch(/^model: 30\/30 items \(100%\), in .*, 1 error$/);
    // Time-based: far fewer lines than items.
    expect(lines.length).toBeLessThan(30);
  });
});

describe('helpers', () => {
  it('strips thinking blocks in their usual shapes', () => {
    expect(stripThinking('<think>a</think>B')).toBe('B');
    expect(stripThinking('<thinking>\nx\n</thinking>\n\nAnswer: 4')).toBe('Answer: 4');
    expect(stripThinking('<THINK>x</THINK> y <think>z</think> w')).toBe('y  w');
    expect(stripThinking('reasoning without an opening tag</think>final')).toBe('final');
    expect(stripThinking('final <think>cut off while thinking')).toBe('final');
    expect(stripThinking('  no tags at all  ')).toBe('  no tags at all  ');
    expect(stripThinking('I <3 thinking')).toBe('I <3 thinking');
  });

  it('builds a response from the parts of an answer', () => {
    const parts = { content: 'x', refusal: null, finishReason: 'stop', usage: undefined, hasChoice: true };
    expect(toModelResponse(parts, 12.345)).toEqual({ output: 'x', latencyMs: 12.3, finishReason: 'stop' });
    expect(toModelResponse({ ...parts, content: null }, 1).output).toBe('');
  });
});
