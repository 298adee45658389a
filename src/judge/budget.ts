// The judge's hard budget. Before each request is sent, its worst-case cost is reserved: the prompt's tokens
// (bounded from its UTF-8 bytes, see `PromptTokenBound`) at the input price plus `max_tokens` at the output price
// (the endpoint cannot answer longer than max_tokens). A request is sent only if what is spent plus what is
// reserved plus its worst case stays within the budget; when it does not fit, it waits for requests in flight to
// settle, and if it still does not fit with nothing in flight, judging stops for good: no later request is sent.
// A request settles at the cost its usage reports (the worst case when the endpoint reports none, or when an
// attempt failed without an HTTP status, since it may have been billed).
//
// "Nothing in flight" is a count of open reservations, never a test on the reserved sum: subtracting settled
// floats from it can leave a residue such as 1e-19 that would make a request wait forever.
import type { Price } from '../core/types.js';

export interface Reservation {
  readonly usd: number;
  settled: boolean;
}

export class JudgeBudget {
  readonly limitUsd: number;
  spentUsd = 0;
  reservedUsd = 0;
  /** Reservations not settled yet. */
  inFlight = 0;
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
        this.inFlight++;
        return { usd, settled: false };
      }
      if (this.inFlight === 0) {
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
    this.inFlight--;
    this.reservedUsd = this.inFlight === 0 ? 0 : Math.max(0, this.reservedUsd - reservation.usd);
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
 * An upper bound on a prompt's tokens from its UTF-8 bytes: one token per byte (a byte-level tokenizer never
 * makes a token of less than one byte, so no text can exceed it, CJK and emoji included), raised to 1.25 × the
 * highest tokens-per-byte rate a settled request ever showed, plus an allowance for the chat framing of each
 * message. Real usage only ever raises it: a rate learned on one kind of text says nothing safe about the next.
 */
export class PromptTokenBound {
  private rate = 1;
  static readonly FRAMING_TOKENS = 32;
  static readonly TOKENS_PER_MESSAGE = 8;

  bound(messages: readonly { content: string }[]): number {
    return (
      Math.ceil(messageBytes(messages) * this.rate) +
      PromptTokenBound.FRAMING_TOKENS +
      PromptTokenBound.TOKENS_PER_MESSAGE * messages.length
    );
  }

  /** Learns from what a request with these messages really used. */
  observe(messages: readonly { content: string }[], promptTokens: number): void {
    const bytes = messageBytes(messages);
    if (bytes <= 0 || !(promptTokens > 0)) return;
    const seen = (promptTokens * 1.25) / bytes;
    if (seen > this.rate) this.rate = seen;
  }
}

export function usd(tokens: { prompt: number; completion: number }, price: Price): number {
  return (tokens.prompt * price.input + tokens.completion * price.output) / 1_000_000;
}

export function messageCharacters(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, message) => sum + message.content.length, 0);
}

export function messageBytes(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, message) => sum + Buffer.byteLength(message.content, 'utf8'), 0);
}
