import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { AdaptiveConcurrency, runPool, type Permit } from '../../src/model/concurrency.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AdaptiveConcurrency', () => {
  it('grants up to the limit at once and queues the rest', async () => {
    const pool = new AdaptiveConcurrency({ max: 3 });
    const granted: Permit[] = [];
    const pending = Array.from({ length: 5 }, () => pool.acquire().then((permit) => granted.push(permit)));
    await tick();
    expect(granted).toHaveLength(3);
    expect(pool.inFlight).toBe(3);
    expect(pool.waiting).toBe(2);
    granted[0]!.release('ok');
    await tick();
    expect(granted).toHaveLength(4);
    expect(pool.inFlight).toBe(3);
    for (const permit of granted.slice(1)) permit.release('ok');
    await Promise.all(pending);
    expect(pool.peak).toBe(3);
  });

  it('serves urgent waiters before new work', async () => {
    const pool = new AdaptiveConcurrency({ max: 1 });
    const first = await pool.acquire();
    const order: string[] = [];
    const normal = pool.acquire().then((permit) => (order.push('normal'), permit));
    const urgent = pool.acquire({ urgent: true }).then((permit) => (order.push('urgent'), permit));
    first.release('ok');
    (await urgent).release('ok');
    (await normal).release('ok');
    expect(order).toEqual(['urgent', 'normal']);
  });

  it('lowers the bound once per burst of 429s, from what was in flight', async () => {
    const pool = new AdaptiveConcurrency({ max: 10, decrease: 0.5 });
    const permits = await Promise.all(Array.from({ length: 10 }, () => pool.acquire()));
    // All ten were sent before any 429 came back: one signal, not ten.
    for (const permit of permits) permit.release('rate_limited');
    expect(pool.limit).toBe(5);
    expect(pool.decreases).toBe(1);

    // A 429 on a request sent after the decrease lowers it again, from the 3 then in flight.
    const next = await Promise.all(Array.from({ length: 3 }, () => pool.acquire()));
    next[0]!.release('rate_limited');
    expect(pool.limit).toBe(1);
    expect(pool.decreases).toBe(2);
    expect(pool.lowest).toBe(1);
    next[1]!.release('ok');
    next[2]!.release('ok');
  });

  it('recovers to the configured concurrency after the 429s stop', async () => {
    const pool = new AdaptiveConcurrency({ max: 8, decrease: 0.5, probeWindows: 2 });
    const burst = await Promise.all(Array.from({ length: 8 }, () => pool.acquire()));
    burst[0]!.release('rate_limited');
    for (const permit of burst.slice(1)) permit.release('failed');
    expect(pool.limit).toBe(4);
    for (let round = 0; round < 200 && pool.limit < 8; round++) {
      const permits = await Promise.all(Array.from({ length: pool.limit }, () => pool.acquire()));
      for (const permit of permits) permit.release('ok');
    }
    expect(pool.limit).toBe(8);
  });

  it('grows slowly near the level that failed', async () => {
    const pool = new AdaptiveConcurrency({ max: 20, decrease: 0.5, probeWindows: 16 });
    const burst = await Promise.all(Array.from({ length: 10 }, () => pool.acquire()));
    burst[0]!.release('rate_limited'); // failed at 10 in flight: bound 5
    for (const permit of burst.slice(1)) permit.release('failed');
    let windows = 0;
    const grow = async () => {
      const permits = await Promise.all(Array.from({ length: pool.limit }, () => pool.acquire()));
      for (const permit of permits) permit.release('ok');
      windows++;
    };
    while (pool.limit < 9) await grow(); // fast: about a window per step
    const fastWindows = windows;
    while (pool.limit < 10) await grow(); // near 10: one step per 16 windows
    expect(fastWindows).toBeLessThanOrEqual(5);
    expect(windows - fastWindows).toBeGreaterThanOrEqual(12);
  });

  it('pauses new requests for the wait a 429 asked for', async () => {
    const pool = new AdaptiveConcurrency({ max: 4 });
    const permit = await pool.acquire();
    const started = Date.now();
    permit.release('rate_limited', 150);
    const next = await pool.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(149);
    next.release('ok');
  });

  it('rejects a waiter whose signal aborts, and forgets it', async () => {
    const pool = new AdaptiveConcurrency({ max: 1 });
    const held = await pool.acquire();
    const controller = new AbortController();
    const waiting = pool.acquire({ signal: controller.signal });
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    held.release('ok');
    const again = await pool.acquire();
    expect(pool.inFlight).toBe(1);
    again.release('ok');
    expect(pool.inFlight).toBe(0);
  });

  it('one abort of a shared signal rejects every waiter, through one listener', async () => {
    const pool = new AdaptiveConcurrency({ max: 1 });
    const held = await pool.acquire();
    const controller = new AbortController();
    const waiting = Array.from({ length: 10 }, () => pool.acquire({ signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('stopped'));
    for (const waiter of waiting) await expect(waiter).rejects.toThrow('stopped');
    held.release('ok');
    expect(pool.inFlight).toBe(0);
    expect(pool.waiting).toBe(0);
    const again = await pool.acquire();
    expect(pool.inFlight).toBe(1);
    again.release('ok');
  });

  it('ignores a second release of the same permit', async () => {
    const pool = new AdaptiveConcurrency({ max: 2 });
    const permit = await pool.acquire();
    permit.release('ok');
    permit.release('ok');
    expect(pool.inFlight).toBe(0);
  });
});

describe('runPool', () => {
  it('runs every unit with at most `workers` at once', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool([...Array(25).keys()][Symbol.iterator](), 4, async (unit) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      done.push(unit);
    });
    expect(done.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    expect(peak).toBe(4);
  });

  it('stops taking units after a failure and throws the first error', async () => {
    const started: number[] = [];
    const run = runPool([...Array(100).keys()][Symbol.iterator](), 2, async (unit) => {
      started.push(unit);
      await tick();
      if (unit === 3) throw new Error('fatal 3');
    });
    await expect(run).rejects.toThrow('fatal 3');
    expect(started.length).toBeLessThan(10);
  });

  it('takes units lazily from the iterator', async () => {
    let pulled = 0;
    function* units() {
      for (let index = 0; index < 1000; index++) {
        pulled++;
        yield index;
      }
    }
    const iterator = units();
    let maxAhead = 0;
    let finished = 0;
    await runPool(iterator, 3, async () => {
      maxAhead = Math.max(maxAhead, pulled - finished);
      await tick();
      finished++;
    });
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('starts its workers with pauses, and the rest at once when `rampDone` says so', async () => {
    const startedBeforeFirstPause = async (rampDone?: () => boolean) => {
      let started = 0;
      let seen: number | undefined;
      setImmediate(() => (seen = started));
      let release!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      const run = runPool(
        [...Array(64).keys()][Symbol.iterator](),
        64,
        async () => {
          started++;
          await hold;
        },
        rampDone,
      );
      await new Promise((resolve) => setImmediate(resolve));
      release();
      await run;
      return seen;
    };
    expect(await startedBeforeFirstPause()).toBe(4);
    expect(await startedBeforeFirstPause(() => true)).toBe(64);
  });
});

describe('AdaptiveConcurrency.answeredFreely', () => {
  it('holds after `count` answers with no push-back, and never after a 429', () => {
    const limiter = new AdaptiveConcurrency({ max: 8 });
    const take = async () => limiter.acquire();
    return (async () => {
      for (let index = 0; index < 3; index++) (await take()).release('ok');
      expect(limiter.answeredFreely(4)).toBe(false);
      (await take()).release('ok');
      expect(limiter.answeredFreely(4)).toBe(true);
      (await take()).release('rate_limited', 100);
      expect(limiter.answeredFreely(4)).toBe(false);
    })();
  });
});

describe('AdaptiveConcurrency: requests in flight on average', () => {
  it('weights the requests in flight by how long they stayed, from the first grant to the last release', async () => {
    let now = 1000;
    const pool = new AdaptiveConcurrency({ max: 4, now: () => now });
    expect(pool.meanInFlight).toBe(0);
    const a = await pool.acquire();
    const b = await pool.acquire();
    now += 10;
    a.release('ok');
    now += 10;
    const c = await pool.acquire();
    now += 20;
    b.release('ok');
    c.release('ok');
    // 2 for 10 ms, 1 for 10 ms, 2 for 20 ms: 70 request-ms over 40 ms.
    expect(pool.meanInFlight).toBeCloseTo(70 / 40, 10);
  });

  it('counts a waiting request only once it holds a slot', async () => {
    let now = 0;
    const pool = new AdaptiveConcurrency({ max: 1, now: () => now });
    const first = await pool.acquire();
    const queued = pool.acquire();
    now += 30;
    first.release('ok');
    const second = await queued;
    now += 30;
    second.release('ok');
    expect(pool.meanInFlight).toBeCloseTo(1, 10);
  });
});
