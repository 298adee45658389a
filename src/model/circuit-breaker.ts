// A circuit breaker for one endpoint (the model under test, or the judge).
//
// Without it, a dead endpoint (connection refused, DNS failure, every request timing out) makes every remaining
// item go through its full retry schedule before failing: timeout × attempts × items / concurrency. The breaker
// counts calls that failed, after their retries, for an endpoint-level cause (kind `connection` or `timeout`).
// After `threshold` of them in a row it opens: from then on no request is sent (what is in flight is stopped
// through `signal`) and every call not yet answered becomes an error item of the last failure's kind, whose
// message says that the endpoint looks down and names the last error.
//
// - A call that got any answer from the endpoint (a success, but also an HTTP error such as 400, 401, 422 or a
//   429, which the adaptive concurrency handles) resets the count: the endpoint is reachable.
// - Calls stopped by the run itself (the overall deadline, a fatal error) are not recorded by the callers.
// - An `internal` error (a fault of evalgate, not of the endpoint) neither counts nor resets.
// - `threshold` 0 never opens.
import type { ItemError } from '../core/types.js';

/** Consecutive endpoint-level failures that open the breaker of the model endpoint. */
export const DEFAULT_MODEL_CIRCUIT_BREAKER = 10;
/** The same for the judge endpoint (fewer calls, each one often several requests). */
export const DEFAULT_JUDGE_CIRCUIT_BREAKER = 5;

/** Whether a call's final error says the endpoint could not be reached or did not answer. */
export function isEndpointFailure(error: ItemError): boolean {
  return error.kind === 'connection' || error.kind === 'timeout';
}

export class CircuitBreaker {
  readonly threshold: number;
  private readonly endpoint: string;
  private readonly controller = new AbortController();
  private consecutive = 0;
  private last: ItemError | undefined;
  /** Calls answered with the breaker's error (not sent, or stopped in flight). */
  shortCircuited = 0;

  /**
   * @param threshold consecutive endpoint-level failures that open it; 0 (or less) disables it.
   * @param endpoint how messages name the endpoint, e.g. `the model endpoint`.
   */
  constructor(threshold: number, endpoint: string) {
    this.threshold = Number.isFinite(threshold) ? Math.max(0, Math.floor(threshold)) : 0;
    this.endpoint = endpoint;
  }

  get isOpen(): boolean {
    return this.controller.signal.aborted;
  }

  /** Aborts when the breaker opens, with an Error carrying the breaker's message. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Records the outcome of one call after its retries: `undefined` for a success. */
  record(error: ItemError | undefined): void {
    if (this.isOpen) return;
    if (error === undefined) {
      this.consecutive = 0;
      return;
    }
    if (error.kind === 'internal') return;
    if (!isEndpointFailure(error)) {
      this.consecutive = 0;
      return;
    }
    this.consecutive++;
    this.last = error;
    if (this.threshold > 0 && this.consecutive >= this.threshold) {
      this.controller.abort(new Error(this.message()));
    }
  }

  /** The message of the calls the open breaker answers. */
  message(): string {
    const last = this.last;
    const lastText = last ? `${last.kind}: ${last.message}` : 'unknown';
    return (
      `${this.endpoint} looks down after ${this.threshold} consecutive failed requests ` +
      `(last error: ${lastText}); evalgate stopped sending to it`
    );
  }

  /**
   * The error of a call not sent, or stopped in flight, because the breaker is open. `attempts` is what the call
   * made before it was stopped (0 when it was not sent).
   */
  error(stage: ItemError['stage'], attempts = 0): ItemError & { attempts: number } {
    this.shortCircuited++;
    return {
      stage,
      kind: this.last?.kind === 'timeout' ? 'timeout' : 'connection',
      message: this.message(),
      attempts,
    };
  }
}
