import { getEventListeners } from 'node:events';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  classifyError,
  DEFAULT_RETRY_POLICY,
  executeWithRetries,
  isRetryableStatus,
  parseRetryAfter,
  redact,
  type AttemptFailure,
  type RetryPolicy,
} from '../../src/model/retry.js';

const context = { timedOut: false, aborted: false, timeoutMs: 1000, secrets: [] as string[] };

function apiError(status: number, headers: Record<string, string> = {}, message = 'boom'): APIError {
  return APIError.generate(status, { error: { message } }, undefined, new Headers(headers));
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it('reads retry-after-ms first, then retry-after seconds or date', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250.5', 'retry-after': '9' }), now)).toBe(250.5);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 10:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter({ 'retry-after': '1' }, now)).toBe(1000);
  });
  it('ignores absent, unparsable and negative values', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-3' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': 'x', 'retry-after': '1' }), now)).toBe(1000);
    // A date in the past means "now".
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
  });
});

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000, jitter: 'full' as const };
  it('full jitter stays within [0, min(max, base * 2^n)]', () => {
    expect(backoffDelay(0, undefined, policy, () => 0.999)).toBeCloseTo(99.9);
    expect(backoffDelay(2, undefined, policy, () => 0.999)).toBeCloseTo(399.6);
    expect(backoffDelay(10, undefined, policy, () => 0.999)).toBeCloseTo(999);
    expect(backoffDelay(3, undefined, policy, () => 0)).toBe(0);
  });
  it('decorrelated jitter grows from the previous wait and stays capped', () => {
    const decorrelated = { ...policy, jitter: 'decorrelated' as const };
    expect(backoffDelay(0, undefined, decorrelated, () => 0)).toBe(100);
    expect(backoffDelay(1, 200, decorrelated, () => 1)).toBe(600);
    expect(backoffDelay(5, 900, decorrelated, () => 1)).toBe(1000);
  });
});

describe('classifyError', () => {
  it('retries 408, 409, 429 and 5xx, not other 4xx', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504]) expect(isRetryableStatus(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 422]) expect(isRetryableStatus(status)).toBe(false);
    expect(classifyError(apiError(429, { 'retry-after': '2' }), context)).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      status: 429,
      retryAfterMs: 2000,
    });
    expect(classifyError(apiError(503), context)).toMatchObject({
      kind: 'http',
      retryable: true,
      status: 503,
    });
    expect(classifyError(apiError(422), context)).toMatchObject({
      kind: 'http',
      retryable: false,
      status: 422,
    });
  });
  it('obeys x-should-retry', () => {
    expect(classifyError(apiError(500, { 'x-should-retry': 'false' }), context).retryable).toBe(false);
    expect(classifyError(apiError(400, { 'x-should-retry': 'true' }), context).retryable).toBe(true);
  });
  it('tells timeouts, deadline stops and connection errors apart', () => {
    expect(classifyError(new APIUserAbortError(), { ...context, timedOut: true })).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
    expect(classifyError(new APIUserAbortError(), { ...context, aborted: true })).toMatchObject({
      kind: 'timeout',
      retryable: false,
    });
    expect(classifyError(new APIConnectionTimeoutError(), context)).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const failure = classifyError(
      new APIConnectionError({ cause: new TypeError('fetch failed', { cause: refused }) }),
      context,
    );
    expect(failure).toMatchObject({ kind: 'connection', retryable: true });
    expect(failure.message).toMatch(/ECONNREFUSED/);
    expect(classifyError(new SyntaxError('Unexpected token'), context)).toMatchObject({
      kind: 'http',
      retryable: true,
    });
    expect(classifyError(new RangeError('bug'), context)).toMatchObject({
      kind: 'internal',
      retryable: false,
    });
  });
  it('redacts secrets from messages', () => {
    const failure = classifyError(apiError(401, {}, 'Incorrect API key provided: sk-secret-123456'), {
      ...context,
      secrets: ['sk-secret-123456'],
    });
    expect(failure.message).toBe('HTTP 401 Incorrect API key provided: [redacted]');
    expect(redact('Authorization: Bearer abcdefgh12345678', [])).toBe('Authorization: Bearer [redacted]');
  });
});

describe('executeWithRetries', () => {
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    baseDelayMs: 1,
    maxDelayMs: 2,
    maxRetries: 2,
    timeoutMs: 100,
  };

  it('returns the value and the attempts it took', async () => {
    let calls = 0;
    const outcome = await executeWithRetries(
      async () => {
        calls++;
        if (calls < 3) throw apiError(500);
        return 'ok';
      },
      { policy },
    );
    expect(outcome).toEqual({ ok: true, value: 'ok', attempts: 3 });
  });

  it('stops after maxRetries retries', async () => {
    let calls = 0;
    const failures: AttemptFailure[] = [];
    const outcome = await executeWithRetries(
      async () => {
        calls++;
        throw apiError(500);
      },
      { policy, onFailure: (failure) => failures.push(failure) },
    );
    expect(calls).toBe(3);
    expect(failures).toHaveLength(3);
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 3,
      error: { kind: 'http', status: 500, attempts: 3 },
    });
  });

  it('does not retry what is not retryable', async () => {
    let calls = 0;
    const outcome = await executeWithRetries(
      async () => {
        calls++;
        throw apiError(404);
      },
      { policy },
    );
    expect(calls).toBe(1);
    expect(outcome).toMatchObject({ ok: false, error: { status: 404, attempts: 1 } });
  });

  it('times out an attempt through its signal', async () => {
    let calls = 0;
    const outcome = await executeWithRetries(
      ({ signal }) =>
        new Promise((_resolve, reject) => {
          calls++;
          signal.addEventListener('abort', () => reject(new APIUserAbortError()));
        }),
      { policy: { ...policy, maxRetries: 1, timeoutMs: 30 } },
    );
    expect(calls).toBe(2);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout', attempts: 2 } });
  });

  it('a stop of the run aborts every attempt in flight, through one listener on its signal', async () => {
    const stop = new AbortController();
    const started: AbortSignal[] = [];
    const calls = Array.from({ length: 5 }, () =>
      executeWithRetries(
        ({ signal }) =>
          new Promise((_resolve, reject) => {
            started.push(signal);
            signal.addEventListener('abort', () => reject(new APIUserAbortError()));
          }),
        { policy: { ...policy, timeoutMs: 60_000 }, signal: stop.signal },
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(5);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
    stop.abort(new Error('the deadline passed'));
    for (const outcome of await Promise.all(calls)) {
      expect(outcome).toMatchObject({ ok: false, attempts: 1, error: { kind: 'timeout' } });
      if (!outcome.ok) expect(outcome.error.message).toContain('the deadline passed');
    }
  });

  it('waits what the endpoint asked before retrying', async () => {
    const times: number[] = [];
    await executeWithRetries(
      async () => {
        times.push(Date.now());
        if (times.length === 1) throw apiError(429, { 'retry-after-ms': '120' });
        return 1;
      },
      { policy },
    );
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(119);
  });

  it('does not schedule a retry past the deadline, nor start after it', async () => {
    const outcome = await executeWithRetries(
      async () => {
        throw apiError(429, { 'retry-after': '5' });
      },
      { policy, deadlineAt: Date.now() + 1000 },
    );
    expect(outcome).toMatchObject({ ok: false, attempts: 1, error: { kind: 'rate_limited' } });
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/no time left before the overall deadline/);

    const stop = new AbortController();
    stop.abort();
    let calls = 0;
    const never = await executeWithRetries(async () => ++calls, { policy, signal: stop.signal });
    expect(calls).toBe(0);
    expect(never).toMatchObject({ ok: false, attempts: 0, error: { kind: 'timeout', attempts: 0 } });
  });

  it("lets an error thrown by `enter` through: the caller's way to stop", async () => {
    class OverBudget extends Error {}
    let calls = 0;
    const run = executeWithRetries(async () => ++calls, {
      policy,
      enter: async () => {
        throw new OverBudget('no money left');
      },
    });
    await expect(run).rejects.toBeInstanceOf(OverBudget);
    expect(calls).toBe(0);
  });

  it('holds a ticket for each attempt and reports how it ended', async () => {
    const events: string[] = [];
    let calls = 0;
    await executeWithRetries(
      async () => {
        calls++;
        events.push(`attempt ${calls}`);
        if (calls === 1) throw apiError(429, { 'retry-after-ms': '1' });
        return 'ok';
      },
      {
        policy,
        enter: async (attempt) => {
          events.push(`enter ${attempt}`);
          return { leave: (failure) => events.push(`leave ${failure ? failure.kind : 'ok'}`) };
        },
      },
    );
    expect(events).toEqual([
      'enter 1',
      'attempt 1',
      'leave rate_limited',
      'enter 2',
      'attempt 2',
      'leave ok',
    ]);
  });
});
