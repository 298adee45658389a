// The shared chat call against a real local OpenAI-compatible server with real faults. Assertions count
// requests and attempts, never durations, so that they hold on a loaded machine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createChatEndpoint,
  type CallGate,
  type ChatCallResult,
  type ChatCallStats,
  type ChatEndpointOptions,
  type ChatSession,
  type ChatSessionOptions,
} from '../../src/model/chat-call.js';
import { CircuitBreaker } from '../../src/model/circuit-breaker.js';
import { AdaptiveConcurrency } from '../../src/model/concurrency.js';
import { createDisabledCache, createMemoryCache } from '../../src/model/response-cache.js';
import type { AttemptContext } from '../../src/model/retry.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { FAST_RETRY } from './helpers.js';

let server: OpenAIServer;
beforeEach(async () => {
  server = await startOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

interface Setup {
  session: ChatSession;
  stats: ChatCallStats;
  limiter: AdaptiveConcurrency;
  breaker: CircuitBreaker;
  /** One call with the last user message `key`; the answer's content. */
  ask(key: string, gate?: CallGate): Promise<ChatCallResult<string | null>>;
}

function setup(
  endpoint: Partial<ChatEndpointOptions> = {},
  session: Partial<ChatSessionOptions> = {},
  breakerThreshold = 10,
): Setup {
  const chat = createChatEndpoint({
    baseUrl: server.url,
    apiKey: undefined,
    timeoutMs: 5000,
    maxRetries: 3,
    retry: FAST_RETRY,
    ...endpoint,
  });
  const stats: ChatCallStats = { requests: 0, retries: 0, rateLimited: 0, timeouts: 0 };
  const limiter = new AdaptiveConcurrency({ max: 4 });
  const breaker = new CircuitBreaker(breakerThreshold, 'the test endpoint');
  const chatSession = chat.session({
    stage: 'model',
    cache: createDisabledCache(),
    breaker,
    limiter,
    adaptive: true,
    stats,
    ...session,
  });
  const ask = (key: string, gate?: CallGate) => {
    const body = { model: 'm', messages: [{ role: 'user' as const, content: key }] };
    return chatSession.call(
      body,
      async ({ signal }: AttemptContext) => {
        const completion = await chat.complete(body, signal);
        return completion.choices[0]?.message?.content ?? null;
      },
      { gate },
    );
  };
  return { session: chatSession, stats, limiter, breaker, ask };
}

describe('stopping', () => {
  it('sends and counts nothing for a call whose slot is granted in the same turn as the stop', async () => {
    const stop = new AbortController();
    const { ask, stats, limiter } = setup({}, { signal: stop.signal });
    const held = await Promise.all([1, 2, 3, 4].map(() => limiter.acquire()));
    const pending = ask('late');
    await new Promise((resolve) => setImmediate(resolve));
    expect(limiter.waiting).toBe(1);
    held[0]!.release('ok'); // grants the waiting call its slot...
    stop.abort(new Error('the endpoint looks down')); // ...and the run stops before that call resumes
    const result = await pending;
    expect(result.kind).toBe('error');
    expect(stats.requests).toBe(0);
    expect(server.stats.total).toBe(0);
    expect(limiter.inFlight).toBe(3);
  });
});

describe('retries', () => {
  it('retries a 429 after the wait the endpoint asked for, and lowers the concurrency bound once', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1 ? { status: 429, headers: { 'retry-after': '0' } } : undefined,
    );
    const { ask, stats, limiter } = setup();
    const result = await ask('limited');
    expect(result).toMatchObject({ kind: 'answer', value: 'echo: limited', attempts: 2 });
    expect(server.requestsFor('limited')).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, retries: 1, rateLimited: 1, timeouts: 0 });
    expect(limiter.decreases).toBe(1);
  });

  it('a 429 of a session that is not adaptive leaves the bound alone', async () => {
    server.setHandler((_body, info) =>
      info.attempt === 1 ? { status: 429, headers: { 'retry-after-ms': '1' } } : undefined,
    );
    const { ask, limiter } = setup({}, { adaptive: false });
    expect((await ask('fixed')).kind).toBe('answer');
    expect(limiter.decreases).toBe(0);
  });

  it('retries 5xx until an answer comes', async () => {
    server.setHandler((_body, info) => (info.attempt <= 2 ? { status: 500 } : undefined));
    const { ask, stats } = setup();
    expect(await ask('flaky')).toMatchObject({ kind: 'answer', value: 'echo: flaky', attempts: 3 });
    expect(server.requestsFor('flaky')).toHaveLength(3);
    expect(stats.retries).toBe(2);
  });

  it('gives up after maxRetries and says how often it tried', async () => {
    server.setHandler(() => ({ status: 503 }));
    const { ask, stats } = setup({ maxRetries: 2 });
    const result = await ask('down');
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error).toMatchObject({ stage: 'model', kind: 'http', status: 503, attempts: 3 });
    expect(result.error.message).toContain('gave up after 3 attempts');
    expect(server.requestsFor('down')).toHaveLength(3);
    expect(stats.requests).toBe(3);
  });

  it('times out an attempt that never answers and retries it', async () => {
    server.setHandler((_body, info) => (info.attempt === 1 ? { hang: true } : undefined));
    const { ask, stats } = setup({ timeoutMs: 500 });
    expect(await ask('stuck')).toMatchObject({ kind: 'answer', value: 'echo: stuck', attempts: 2 });
    expect(server.requestsFor('stuck')).toHaveLength(2);
    expect(stats.timeouts).toBe(1);
  });

  it('retries a garbage body, and ends as a malformed-body error when it stays garbage', async () => {
    server.setHandler((_body, info) =>
      info.key === 'once' && info.attempt > 1 ? undefined : { status: 200, body: '{not json' },
    );
    const { ask } = setup({ maxRetries: 1 });
    expect(await ask('once')).toMatchObject({ kind: 'answer', value: 'echo: once', attempts: 2 });
    const result = await ask('always');
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.error.message).toContain('malformed response body');
    expect(server.requestsFor('always')).toHaveLength(2);
  });

  it('never retries a 400, and attributes the error to the session stage', async () => {
    server.setHandler(() => ({ status: 400 }));
    const { ask } = setup({}, { stage: 'judge' });
    const result = await ask('bad');
    expect(result).toMatchObject({ kind: 'error', attempts: 1, error: { stage: 'judge', status: 400 } });
    expect(server.requestsFor('bad')).toHaveLength(1);
  });
});

describe('redaction', () => {
  it('no error message carries the API key or the value of a secret header', async () => {
    const key = 'sk-test-0123456789abcdef';
    const token = 'tok-9876543210';
    server.setHandler((_body, info) => ({
      status: 401,
      body: {
        error: {
          message: `bad ${String(info.request.headers.authorization)} and ${String(info.request.headers['x-api-token'])}`,
        },
      },
    }));
    const { ask } = setup({ apiKey: key, headers: { 'x-api-token': token, 'x-trace': 'visible-trace' } });
    const result = await ask('secret');
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.message).not.toContain(key);
    expect(result.error.message).not.toContain(token);
    expect(result.error.message).toContain('[redacted]');
    expect(server.requestsFor('secret')[0]?.headers['x-trace']).toBe('visible-trace');
  });
});

describe('cache, breaker and gate', () => {
  it('answers from the cache without a request once an answer was remembered', async () => {
    const cache = createMemoryCache();
    const { ask, session } = setup({}, { cache });
    const first = await ask('again');
    expect(first.kind).toBe('answer');
    if (first.kind !== 'answer') return;
    await session.remember(first.cacheKey, { output: first.value });
    expect(await ask('again')).toMatchObject({ kind: 'cached', response: { output: 'echo: again' } });
    expect(server.requestsFor('again')).toHaveLength(1);
  });

  it('after `threshold` calls that could not reach the endpoint, sends nothing more', async () => {
    server.setHandler(() => ({ hang: true }));
    const { ask, breaker } = setup({ timeoutMs: 300, maxRetries: 0 }, {}, 2);
    expect((await ask('a')).kind).toBe('error');
    expect((await ask('b')).kind).toBe('error');
    const third = await ask('c');
    expect(third).toMatchObject({ kind: 'error', attempts: 0 });
    if (third.kind === 'error') expect(third.error.message).toContain('looks down');
    expect(server.stats.total).toBe(2);
    expect(breaker.isOpen).toBe(true);
  });

  it('prepares a gate once for a call that is sent, never for a cached answer', async () => {
    server.setHandler((_body, info) => (info.attempt === 1 ? { status: 500 } : undefined));
    const cache = createMemoryCache();
    const { ask, session } = setup({}, { cache });
    let prepared = 0;
    const gate: CallGate = { prepare: () => prepared++, enter: () => Promise.resolve(true) };
    const first = await ask('once', gate);
    expect(first).toMatchObject({ kind: 'answer', attempts: 2 });
    expect(prepared).toBe(1);
    if (first.kind === 'answer') await session.remember(first.cacheKey, { output: first.value });
    expect((await ask('once', gate)).kind).toBe('cached');
    expect(prepared).toBe(1);
  });

  it('a gate that refuses ends the call after the attempts already sent', async () => {
    server.setHandler(() => ({ status: 500 }));
    const { ask, stats } = setup();
    let entered = 0;
    const left: (number | undefined)[] = [];
    const result = await ask('gated', {
      enter: () => Promise.resolve(++entered < 3),
      leave: (failure) => left.push(failure?.status),
    });
    expect(result).toEqual({ kind: 'refused', attempts: 2 });
    expect(left).toEqual([500, 500]);
    expect(server.requestsFor('gated')).toHaveLength(2);
    expect(stats.requests).toBe(2);
  });
});
