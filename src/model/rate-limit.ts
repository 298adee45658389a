// Optional caps the user sets on requests and tokens per minute, as token buckets.
//
// A bucket refills continuously at cap / 60 per second and holds at most one second's worth, so that no minute
// ever sees more than the cap plus one second's worth. Waiters are served in arrival order. The token cap is
// charged an estimate before a request is sent (prompt characters / 4 plus `max_tokens`), then corrected with
// the usage the endpoint reports; a bucket may go into debt, and later requests wait until it is paid back.
import { sleep } from './retry.js';

export class TokenBucket {
  readonly ratePerMs: number;
  readonly capacity: number;
  private level: number;
  private updatedAt: number;
  private tail: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(perMinute: number, options: { capacity?: number; now?: () => number } = {}) {
    if (!(perMinute > 0)) throw new RangeError('a rate limit must be positive');
    this.ratePerMs = perMinute / 60_000;
    this.capacity = options.capacity ?? Math.max(1, perMinute / 60);
    this.now = options.now ?? Date.now;
    this.level = this.capacity;
    this.updatedAt = this.now();
  }

  /** What the bucket holds now (negative while in debt). */
  available(): number {
    const now = this.now();
    if (now > this.updatedAt) {
      this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.ratePerMs);
      this.updatedAt = now;
    }
    return this.level;
  }

  /**
   * Waits until the bucket holds `cost` (or is full, for a cost larger than the bucket), then takes it.
   * Calls are served in order. Rejects with the signal's reason if it aborts while waiting.
   */
  take(cost: number, signal?: AbortSignal): Promise<void> {
    const turn = this.tail.then(() => this.waitAndTake(cost, signal));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** Adds (positive) or removes (negative) tokens, e.g. to correct an estimate. */
  adjust(delta: number): void {
    this.level = Math.min(this.capacity, this.available() + delta);
  }

  private async waitAndTake(cost: number, signal: AbortSignal | undefined): Promise<void> {
    const need = Math.min(cost, this.capacity);
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const level = this.available();
      if (level >= need) {
        this.level = level - cost;
        return;
      }
      await sleep(Math.max(1, Math.ceil((need - level) / this.ratePerMs)), signal);
    }
  }
}

export interface RateCaps {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

/** The user's caps on requests and tokens per minute; a no-op when neither is set. */
export class RateLimiter {
  private readonly requests: TokenBucket | undefined;
  private readonly tokens: TokenBucket | undefined;

  constructor(caps: RateCaps, options: { now?: () => number } = {}) {
    this.requests =
      caps.requestsPerMinute !== undefined ? new TokenBucket(caps.requestsPerMinute, options) : undefined;
    this.tokens =
      caps.tokensPerMinute !== undefined ? new TokenBucket(caps.tokensPerMinute, options) : undefined;
  }

  get enabled(): boolean {
    return this.requests !== undefined || this.tokens !== undefined;
  }

  get limitsTokens(): boolean {
    return this.tokens !== undefined;
  }

  /** Waits until one request of about `estimatedTokens` tokens may be sent. */
  async acquire(estimatedTokens: number, signal?: AbortSignal): Promise<void> {
    if (this.requests) await this.requests.take(1, signal);
    if (this.tokens) await this.tokens.take(estimatedTokens, signal);
  }

  /** Corrects the token charge once the endpoint reported what the request really used. */
  settle(estimatedTokens: number, actualTokens: number | undefined): void {
    if (this.tokens && actualTokens !== undefined) this.tokens.adjust(estimatedTokens - actualTokens);
  }
}

/** A rough token count for a request: characters / 4 for the prompt, plus the answer's budget. */
export function estimateTokens(
  messages: readonly { content: string }[],
  maxTokens: number | undefined,
  defaultAnswerTokens = 256,
): number {
  let chars = 0;
  for (const message of messages) chars += message.content.length;
  return Math.ceil(chars / 4) + (maxTokens ?? defaultAnswerTokens);
}
