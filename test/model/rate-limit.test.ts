import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { estimateTokens, RateLimiter, TokenBucket } from '../../src/model/rate-limit.js';

describe('TokenBucket', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows one second of burst, then the rate', async () => {
    const bucket = new TokenBucket(600); // 10 a second, bucket of 10
    const taken: number[] = [];
    const all = Array.from({ length: 15 }, (_, index) => bucket.take(1).then(() => taken.push(index)));
    await vi.advanceTimersByTimeAsync(0);
    expect(taken).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(250);
    expect(taken).toHaveLength(12);
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all(all);
    expect(taken).toEqual([...Array(15).keys()]); // in order
    expect(Date.now()).toBeLessThanOrEqual(550);
  });

  it('never lets a minute exceed the cap plus one second of burst', async () => {
    const bucket = new TokenBucket(120); // 2 a second
    let count = 0;
    const pump = (async () => {
      for (;;) {
        await bucket.take(1);
        count++;
        if (Date.now() >= 60_000) return;
      }
    })();
    await vi.advanceTimersByTimeAsync(60_000);
    await pump;
    expect(count).toBeLessThanOrEqual(120 + 2 + 1);
    expect(count).toBeGreaterThanOrEqual(120);
  });

  it('lets a cost larger than the bucket through once it is full, then charges the debt', async () => {
    const bucket = new TokenBucket(60); // 1 a second, bucket of 1
    await bucket.take(5);
    expect(bucket.available()).toBe(-4);
    let done = false;
    void bucket.take(1).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4500);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(true);
  });

  it('rejects a waiter when its signal aborts', async () => {
    const bucket = new TokenBucket(60);
    await bucket.take(1);
    const controller = new AbortController();
    const waiting = bucket.take(1, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('RateLimiter', () => {
  it('is a no-op without caps', async () => {
    const limiter = new RateLimiter({});
    expect(limiter.enabled).toBe(false);
    await limiter.acquire(1_000_000);
  });

  it('charges tokens and corrects the estimate with the real usage', async () => {
    const now = () => 0; // the clock stands still: only corrections refill the bucket
    const within50ms = (promise: Promise<void>) =>
      Promise.race([
        promise.then(() => 'sent'),
        new Promise<string>((resolve) => setTimeout(() => resolve('waiting'), 50)),
      ]);
    const corrected = new RateLimiter({ tokensPerMinute: 6000 }, { now }); // 100 a second, bucket of 100
    await corrected.acquire(100);
    corrected.settle(100, 40); // used 40: 60 come back
    expect(await within50ms(corrected.acquire(60))).toBe('sent');

    const uncorrected = new RateLimiter({ tokensPerMinute: 6000 }, { now });
    await uncorrected.acquire(100);
    expect(await within50ms(uncorrected.acquire(60, AbortSignal.timeout(100)).catch(() => undefined))).toBe(
      'waiting',
    );
  });

  it('estimates tokens from characters and the answer budget', () => {
    expect(estimateTokens([{ content: 'abcd'.repeat(10) }], 50)).toBe(60);
    expect(estimateTokens([{ content: 'abc' }], undefined, 100)).toBe(101);
  });
});
