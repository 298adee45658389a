// Keeps a bounded number of requests in flight, and adapts that bound to an endpoint's rate limits.
//
// The bound starts at the configured concurrency, so a healthy endpoint has exactly that many requests in flight
// from the first moment. A 429 lowers it (multiplicative decrease) and pauses new requests for the wait the
// endpoint asked for; successes raise it again (additive increase), back up to the configured concurrency.
// This is the AIMD rule of TCP congestion control applied to an endpoint's rate limit, with three refinements
// from the same field:
// - one burst of 429s counts as one signal: only a request sent after the last decrease can cause another, so
//   the bound does not collapse to 1 because many requests were already under way;
// - the decrease starts from the requests actually in flight when the 429 came (RFC 5681's FlightSize), not
//   from a bound that was never reached;
// - the level that failed is remembered: below it the bound grows by one per window of answers, near it by one
//   per `probeWindows` windows (as CUBIC slows down near its last maximum). An endpoint with a fixed rate limit
//   is then probed gently instead of being hit with a 429 every few windows; once the bound passes that level
//   without a 429, the limit has moved and fast growth resumes;
// - after a 429, new requests are paced (spaced by the observed latency / bound, the rate the bound implies)
//   until the bound passes the level that failed: slots freed together, or during a pause, are not refilled in
//   one burst that an empty token bucket would answer with a burst of 429s. Without 429s there is no pacing.

export interface AdaptiveConcurrencyOptions {
  /** The configured concurrency: the bound never goes above it. */
  max: number;
  /** The bound never goes below it. Default 1. */
  min?: number;
  /** Factor applied to the bound on a 429. Default 0.7. */
  decrease?: number;
  /** Added to the bound per full window of successes, below the level that last failed. Default 1. */
  increase?: number;
  /** Near the level that last failed, the bound grows by one per this many windows. Default 16. */
  probeWindows?: number;
  /** Longest pause a 429's wait may impose on the whole pool, in ms. Default 60,000. */
  maxPauseMs?: number;
  /** The clock (ms) of the in-flight average. Default performance.now. */
  now?: () => number;
}

/** The right to have one request in flight. */
export interface Permit {
  /**
   * Gives the slot back. `outcome` feeds the adaptive bound: `ok` may raise it, `rate_limited` lowers it and
   * pauses new requests for `retryAfterMs`; `failed` (any other failure) leaves it alone.
   */
  release(outcome?: 'ok' | 'rate_limited' | 'failed', retryAfterMs?: number): void;
}

interface Waiter {
  resolve: (permit: Permit) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  done: boolean;
}

/** A FIFO queue with O(1) push and shift. */
class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  forEach(visit: (item: T) => void): void {
    for (let index = this.head; index < this.items.length; index++) visit(this.items[index] as T);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export class AdaptiveConcurrency {
  readonly max: number;
  readonly min: number;
  private readonly decreaseFactor: number;
  private readonly increaseStep: number;
  private readonly probeStep: number;
  private readonly maxPauseMs: number;
  private bound: number;
  /** The bound at which the last 429 came (undefined: none, or passed since). */
  private failedAt: number | undefined;
  private active = 0;
  private epoch = 0;
  private pausedUntil = 0;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Earliest time of the next grant while pacing (performance.now() ms). */
  private nextGrantAt = 0;
  /** Smoothed time a successful request holds its slot, ms. */
  private holdMs: number | undefined;
  private readonly urgent = new Queue<Waiter>();
  private readonly normal = new Queue<Waiter>();
  /** Signals with an 'abort' listener: one per signal, not one per waiter (most waiters share the run's). */
  private readonly watched = new WeakSet<AbortSignal>();
  /** Most requests in flight at once. */
  peak = 0;
  /** Times the bound was lowered. */
  decreases = 0;
  /** Requests released as `ok`. */
  private successes = 0;
  /** Lowest bound reached. */
  lowest: number;
  private readonly now: () => number;
  /** Request-milliseconds in flight, from the first grant to the last change. */
  private inFlightArea = 0;
  private firstGrantAt: number | undefined;
  private lastChangeAt = 0;

  constructor(options: AdaptiveConcurrencyOptions) {
    this.max = Math.max(1, Math.floor(options.max));
    this.min = Math.min(this.max, Math.max(1, Math.floor(options.min ?? 1)));
    this.decreaseFactor = Math.min(0.95, Math.max(0.05, options.decrease ?? 0.7));
    this.increaseStep = Math.max(0, options.increase ?? 1);
    this.probeStep = this.increaseStep / Math.max(1, options.probeWindows ?? 16);
    this.maxPauseMs = Math.max(0, options.maxPauseMs ?? 60_000);
    this.bound = this.max;
    this.lowest = this.max;
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * Requests in flight on average, weighted by time, from the first grant to the last release: how well the
   * client kept the endpoint busy (at most the configured concurrency).
   */
  get meanInFlight(): number {
    if (this.firstGrantAt === undefined) return 0;
    const span = this.lastChangeAt - this.firstGrantAt;
    return span > 0 ? this.inFlightArea / span : this.active;
  }

  /** Adds the time since the last change at the current count, before the count changes. */
  private recordInFlight(): void {
    const at = this.now();
    if (this.firstGrantAt === undefined) this.firstGrantAt = at;
    else this.inFlightArea += this.active * (at - this.lastChangeAt);
    this.lastChangeAt = at;
  }

  /** The current bound on requests in flight. */
  get limit(): number {
    return Math.max(this.min, Math.floor(this.bound));
  }

  get inFlight(): number {
    return this.active;
  }

  /** Whether `count` requests were answered and the endpoint never pushed back (no 429, no pause asked for). */
  answeredFreely(count: number): boolean {
    return this.successes >= count && this.decreases === 0 && this.pausedUntil === 0;
  }

  get waiting(): number {
    return this.urgent.length + this.normal.length;
  }

  /**
   * Waits for a free slot. `urgent` waiters (retries, later turns of a conversation already under way) are
   * served before new work. Rejects with the signal's reason if it aborts first.
   */
  acquire(options: { urgent?: boolean; signal?: AbortSignal } = {}): Promise<Permit> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limit && this.waiting === 0 && this.readyIn() <= 0) {
      return Promise.resolve(this.grant());
    }
    if (signal && !this.watched.has(signal)) {
      this.watched.add(signal);
      signal.addEventListener('abort', () => this.rejectWaiters(signal), { once: true });
    }
    return new Promise<Permit>((resolve, reject) => {
      (options.urgent ? this.urgent : this.normal).push({ resolve, reject, signal, done: false });
      this.dispatch();
    });
  }

  /** Rejects, with the signal's reason, every waiter that gave this signal. */
  private rejectWaiters(signal: AbortSignal): void {
    const reject = (waiter: Waiter) => {
      if (waiter.done || waiter.signal !== signal) return;
      waiter.done = true;
      waiter.reject(signal.reason);
    };
    this.urgent.forEach(reject);
    this.normal.forEach(reject);
  }

  /** Whether requests are being paced (a 429 came and the bound has not passed the level that failed). */
  get pacing(): boolean {
    return this.failedAt !== undefined && this.holdMs !== undefined;
  }

  /** Ms until a grant may happen (pause, pacing); <= 0 when it may happen now. */
  private readyIn(): number {
    let wait = this.pausedUntil > 0 ? this.pausedUntil - Date.now() : 0;
    if (this.pacing) wait = Math.max(wait, this.nextGrantAt - performance.now());
    return wait;
  }

  private grant(): Permit {
    this.recordInFlight();
    this.active++;
    if (this.active > this.peak) this.peak = this.active;
    const epoch = this.epoch;
    const grantedAt = performance.now();
    if (this.pacing) this.nextGrantAt = grantedAt + (this.holdMs as number) / Math.max(1, this.bound);
    let released = false;
    return {
      release: (outcome = 'failed', retryAfterMs) => {
        if (released) return;
        released = true;
        this.recordInFlight();
        this.active--;
        if (outcome === 'rate_limited') this.onRateLimited(epoch, retryAfterMs);
        else if (outcome === 'ok') {
          this.successes++;
          const held = performance.now() - grantedAt;
          this.holdMs = this.holdMs === undefined ? held : this.holdMs * 0.8 + held * 0.2;
          if (epoch === this.epoch && this.bound < this.max) this.grow();
        }
        this.dispatch();
      },
    };
  }

  /** One success: +increase per window (each success adds increase / bound), slower near the last failure. */
  private grow(): void {
    const near = this.failedAt !== undefined && this.bound + 1 >= this.failedAt;
    this.bound = Math.min(this.max, this.bound + (near ? this.probeStep : this.increaseStep) / this.bound);
    if (this.failedAt !== undefined && this.bound >= this.failedAt + 1) this.failedAt = undefined;
  }

  private onRateLimited(epoch: number, retryAfterMs: number | undefined): void {
    if (epoch === this.epoch) {
      this.epoch++;
      this.decreases++;
      // In flight when the 429 came: the others still out, plus this one.
      const flight = Math.min(this.bound, this.active + 1);
      this.failedAt = flight;
      this.bound = Math.max(this.min, flight * this.decreaseFactor);
      if (this.limit < this.lowest) this.lowest = this.limit;
    }
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      const until = Date.now() + Math.min(retryAfterMs, this.maxPauseMs);
      if (until > this.pausedUntil) this.pausedUntil = until;
    }
  }

  private dispatch(): void {
    while (this.active < this.limit && this.waiting > 0) {
      const wait = this.readyIn();
      if (wait > 0) {
        if (this.pauseTimer === undefined) {
          this.pauseTimer = setTimeout(() => {
            this.pauseTimer = undefined;
            this.dispatch();
          }, Math.ceil(wait));
        }
        return;
      }
      const waiter = this.urgent.shift() ?? this.normal.shift();
      if (!waiter) return;
      if (waiter.done) continue;
      waiter.done = true;
      waiter.resolve(this.grant());
    }
  }
}

/**
 * Whether the pool lets the event loop run after starting worker `index`: it sends what the workers started so
 * far (a burst of cold first requests built in one go would otherwise all leave together, once the last is
 * built) and lets early answers in. Every 4 for the first 32 workers: a rate-limited endpoint's first 429s come
 * back while the pool is still starting, and lower its bound before the rest send. Then every 16: against a fast
 * endpoint, pausing every 4 all the way kept the pool under its bound (c = 64 at 1 ms: 59.6 requests in flight
 * on average). Measured with npm run bench, parts 1c and 2 (every 16 throughout: 10.1% of the requests to the
 * rate-limited endpoint answered 429; every 4: 2.9-4.1%). Once the endpoint has shown it is fast and not
 * pushing back (runPool's `rampDone`), the pauses stop: at 1 ms, with the pauses, the pool took 95-165 ms to
 * first have 64 requests out, which was all of its shortfall (64.0 in flight on average after that).
 */
function pauseAfter(index: number): boolean {
  return index < 32 ? index % 4 === 3 : index % 16 === 15;
}

/**
 * Runs `work` over every element of `units` with at most `workers` running at once, taking the next element as
 * soon as a worker is free (nothing is collected in memory). If one call throws, no new element is started, the
 * running ones finish, and the first error is thrown. The workers start with pauses (see pauseAfter) until
 * `rampDone` says the rest may start at once.
 */
export async function runPool<U>(
  units: Iterator<U>,
  workers: number,
  work: (unit: U) => Promise<void>,
  rampDone: () => boolean = () => false,
): Promise<void> {
  let failed = false;
  let firstError: unknown;
  const worker = async () => {
    while (!failed) {
      const next = units.next();
      if (next.done) return;
      try {
        await work(next.value);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
  };
  const count = Math.max(1, Math.floor(workers));
  const running: Promise<void>[] = [];
  for (let index = 0; index < count && !failed; index++) {
    running.push(worker());
    if (pauseAfter(index) && !rampDone()) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  if (failed) throw firstError;
}
