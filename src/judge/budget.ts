// The judge's hard budget. Before each request is sent, its worst-case cost is reserved: the prompt's tokens
// (bounded from its characters, see `PromptTokenBound`) at the input price plus `max_tokens` at the output price
// (the endpoint cannot answer longer than max_tokens). A request is sent only if what is spent plus what is
// reserved plus its worst case stays within the budget; when it does not fit, it waits for requests in flight to
// settle, and if it still does not fit with nothing in flight, judging stops for good: no later request is sent.
// A request settles at the cost its usage reports (the worst case when the endpoint reports none, or when an
// attempt failed without an HTTP status, since it may have been billed).
import type { Price } from '../config/types.js';

export interface Reservation {
  readonly usd: number;
  settled: boolean;
}

export class JudgeBudget {
  readonly limitUsd: number;
  spentUsd = 0;
  reservedUsd = 0;
  /** Set once a request did not fit: judging stops. */
  exhausted = false;
  /** What settled costs went beyond their reservation (should stay 0: it would mean the bound was wrong). */
  overrunUsd = 0;
  private waiters: (() => void)[] = [];

  constructor(limitUsd: number) {
    this.limitUsd = limitUsd;
  }

  /** Reserves `usd`, waiting for requests in flight if needed; null once the budget cannot take it. */
  async reserve(usd: number): Promise<Reservation | null> {
    for (;;) {
      if (this.exhausted) return null;
      if (this.spentUsd + this.reservedUsd + usd <= this.limitUsd * (1 + 1e-12)) {
        this.reservedUsd += usd;
        return { usd, settled: false };
      }
      if (this.reservedUsd <= 0) {
        this.exhausted = true;
        this.wake();
        return null;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Replaces a reservation by what the request really cost. */
  settle(reservation: Reservation, actualUsd: number): void {
    if (reservation.settled) return;
    reservation.settled = true;
    this.reservedUsd = Math.max(0, this.reservedUsd - reservation.usd);
    this.spentUsd += actualUsd;
    if (actualUsd > reservation.usd) this.overrunUsd += actualUsd - reservation.usd;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/**
 * An upper bound on a prompt's tokens from its characters: characters / 4 as a start (the usual English rate),
 * raised to 1.25 × the highest tokens-per-character rate any settled request showed (framing left out), plus a
 * fixed allowance for the message framing.
 */
export class PromptTokenBound {
  private rate = 0.25;
  static readonly FRAMING_TOKENS = 32;

  bound(characters: number): number {
    return Math.ceil(characters * this.rate) + PromptTokenBound.FRAMING_TOKENS;
  }

  /** Learns from what a request of `characters` characters really used. */
  observe(characters: number, promptTokens: number): void {
    if (characters <= 0 || !(promptTokens > 0)) return;
    const seen = (Math.max(0, promptTokens - PromptTokenBound.FRAMING_TOKENS) * 1.25) / characters;
    if (seen > this.rate) this.rate = seen;
  }
}

export function usd(tokens: { prompt: number; completion: number }, price: Price): number {
  return (tokens.prompt * price.input + tokens.completion * price.output) / 1_000_000;
}

export function messageCharacters(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, message) => sum + message.content.length, 0);
}
