// Retries, backoff and timeouts for model calls.
//
// evalgate does its own retries (the OpenAI client is built with `maxRetries: 0`), so that every attempt is
// counted, every wait is bounded and every failure ends as an error item that says what happened:
// - retried: 408, 409, 429, 5xx, connection errors, timeouts of one attempt and malformed response bodies;
//   an `x-should-retry: true|false` header from the endpoint wins;
// - never retried: other 4xx (400, 401, 403, 404, 422, ...), and anything once the overall deadline passed;
// - the wait before a retry is what the endpoint asked for (`retry-after-ms`, else `retry-after` in seconds
//   or as an HTTP date), or else exponential backoff with jitter. An endpoint that asks for a wait longer than
//   `maxRetryAfterMs` fails the item at once instead of stalling the run.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai/core/error';
import type { ItemError, ItemErrorKind } from '../core/types.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Timeout of one attempt, from sending the request to the last byte of the answer. */
  timeoutMs: number;
  /** First backoff step when the endpoint does not say how long to wait. */
  baseDelayMs: number;
  /** Largest backoff step. */
  maxDelayMs: number;
  /** Largest wait accepted from `retry-after`; a longer one fails the item instead. */
  maxRetryAfterMs: number;
  /** `full`: random(0, min(max, base * 2^n)). `decorrelated`: min(max, random(base, 3 * previous)). */
  jitter: 'full' | 'decorrelated';
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxRetries: 3,
  timeoutMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  jitter: 'full',
};

/** Why one attempt failed. */
export interface AttemptFailure {
  kind: ItemErrorKind;
  retryable: boolean;
  message: string;
  status?: number;
  /** The wait the endpoint asked for, in ms (already bounded to be finite and >= 0). */
  retryAfterMs?: number;
}

/** HTTP statuses worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The wait an endpoint asks for, in ms: `retry-after-ms` (milliseconds, may be fractional) first, else
 * `retry-after` as seconds (may be fractional) or as an HTTP date. Undefined when absent, unparsable or negative.
 */
export function parseRetryAfter(headers: HeaderSource, nowMs: number = Date.now()): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== undefined && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = header(headers, 'retry-after');
  if (after === undefined || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Backoff before retry number `retry` (0 for the first retry), when the endpoint did not say how long to wait.
 * `previousMs` is the previous wait (decorrelated jitter grows from it).
 */
export function backoffDelay(
  retry: number,
  previousMs: number | undefined,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'jitter'>,
  random: () => number = Math.random,
): number {
  const base = Math.max(0, policy.baseDelayMs);
  const cap = Math.max(base, policy.maxDelayMs);
  if (policy.jitter === 'decorrelated') {
    const previous = Math.max(base, previousMs ?? base);
    return Math.min(cap, base + random() * (previous * 3 - base));
  }
  return random() * Math.min(cap, base * 2 ** Math.min(retry, 30));
}

/** Replaces every secret in a message (API key, secret header values) so that it can be logged and reported. */
export function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join('[redacted]');
  }
  // Whatever follows "Bearer" is a credential even when we did not know it.
  return out.replace(/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]');
}

const MAX_MESSAGE = 500;

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

export interface ClassifyContext {
  /** This attempt's own timeout fired. */
  timedOut: boolean;
  /** The overall deadline (or a stop of the whole run) aborted the attempt. */
  aborted: boolean;
  timeoutMs: number;
  secrets: readonly string[];
  /** Why the run was stopped (with `aborted`), e.g. the deadline. */
  abortReason?: unknown;
  nowMs?: number;
}

/** Turns whatever one attempt threw into a classified failure. */
export function classifyError(error: unknown, context: ClassifyContext): AttemptFailure {
  const safe = (text: string) => clip(redact(text, context.secrets));
  if (context.timedOut) {
    return { kind: 'timeout', retryable: true, message: `no complete answer within ${context.timeoutMs} ms` };
  }
  if (context.aborted) {
    const reason = context.abortReason instanceof Error ? `: ${context.abortReason.message}` : '';
    return { kind: 'timeout', retryable: false, message: `stopped before an answer came${reason}` };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return { kind: 'timeout', retryable: true, message: `no answer within ${context.timeoutMs} ms` };
  }
  if (error instanceof APIConnectionError) {
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
    const code = cause instanceof Error ? causeCode(cause) : undefined;
    return {
      kind: 'connection',
      retryable: true,
      message: safe(
        `connection failed${code ? ` (${code})` : ''}${detail === ': fetch failed' ? '' : detail}`,
      ),
    };
  }
  if (error instanceof APIUserAbortError) {
    return { kind: 'timeout', retryable: false, message: 'request aborted' };
  }
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : undefined;
    if (status === undefined) {
      // An error event inside a stream, or a response the client could not make sense of.
      return { kind: 'http', retryable: true, message: safe(`endpoint error: ${error.message}`) };
    }
    const shouldRetry = header(error.headers, 'x-should-retry');
    const retryable =
      shouldRetry === 'true' ? true : shouldRetry === 'false' ? false : isRetryableStatus(status);
    const failure: AttemptFailure = {
      kind: status === 429 ? 'rate_limited' : 'http',
      retryable,
      status,
      message: safe(`HTTP ${error.message}`),
    };
    const retryAfterMs = parseRetryAfter(error.headers, context.nowMs);
    if (retryAfterMs !== undefined) failure.retryAfterMs = retryAfterMs;
    return failure;
  }
  if (error instanceof SyntaxError) {
    return { kind: 'http', retryable: true, message: safe(`malformed response body: ${error.message}`) };
  }
  if (isAbortLike(error)) {
    return { kind: 'timeout', retryable: false, message: 'request aborted' };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'internal', retryable: false, message: safe(message) };
}

function causeCode(error: Error): string | undefined {
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const inner = (error as { cause?: unknown }).cause;
  if (inner instanceof Error) return causeCode(inner);
  return undefined;
}

function isAbortLike(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The attempts in flight under each stop signal, which one 'abort' listener per signal stops. */
const attemptsBySignal = new WeakMap<AbortSignal, Set<AbortController>>();

/** Makes `signal` abort `attempt` too; returns the set to leave once the attempt ended. */
function followStop(signal: AbortSignal, attempt: AbortController): Set<AbortController> {
  let attempts = attemptsBySignal.get(signal);
  if (!attempts) {
    const followers = new Set<AbortController>();
    attempts = followers;
    attemptsBySignal.set(signal, followers);
    signal.addEventListener(
      'abort',
      () => {
        for (const follower of followers) follower.abort(signal.reason);
        followers.clear();
      },
      { once: true },
    );
  }
  attempts.add(attempt);
  return attempts;
}

/** A slot held for the duration of one attempt (a concurrency permit, a rate-limit token). */
export interface AttemptTicket {
  /** Called once when the attempt ends; `failure` is undefined on success. */
  leave(failure: AttemptFailure | undefined): void;
}

export interface AttemptContext {
  /** 1-based. */
  attempt: number;
  /** Aborts when this attempt times out or the whole run stops. */
  signal: AbortSignal;
}

export interface ExecuteOptions {
  policy: RetryPolicy;
  /** Stops everything: the overall deadline or a fault of the whole run. */
  signal?: AbortSignal;
  /** Epoch ms of the overall deadline; no retry is scheduled past it. */
  deadlineAt?: number;
  /**
   * Waits for the right to send (before the attempt's timeout starts). An error it throws, other than through
   * `signal`, ends `executeWithRetries` with that error: the caller's way to stop (e.g. a spending budget).
   */
  enter?: (attempt: number, signal: AbortSignal | undefined) => Promise<AttemptTicket | undefined>;
  /** Observes every attempt that failed (for counters). */
  onFailure?: (failure: AttemptFailure, attempt: number) => void;
  secrets?: readonly string[];
  random?: () => number;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: ItemError & { attempts: number }; attempts: number };

function failedOutcome<T>(failure: AttemptFailure, made: number, note?: string): RetryOutcome<T> {
  let message = failure.message;
  if (made > 1) message += ` (gave up after ${made} attempts)`;
  if (note) message += `; ${note}`;
  const error: ItemError & { attempts: number } = {
    stage: 'model',
    kind: failure.kind,
    message,
    attempts: made,
  };
  if (failure.status !== undefined) error.status = failure.status;
  return { ok: false, error, attempts: made };
}

/** The outcome of a call stopped by its signal (the deadline, the breaker, a fatal error of the run). */
function stoppedOutcome<T>(
  signal: AbortSignal | undefined,
  last: AttemptFailure | undefined,
  made: number,
): RetryOutcome<T> {
  const reason: unknown = signal?.reason;
  const why = reason instanceof Error ? reason.message : 'the run was stopped';
  return last
    ? failedOutcome({ ...last, retryable: false }, made, `${why} before a retry`)
    : failedOutcome({ kind: 'timeout', retryable: false, message: `not sent: ${why} first` }, made);
}

/**
 * Runs `attempt` until it succeeds, fails for good, runs out of retries or hits the deadline. A failed attempt
 * never throws: it ends as `{ ok: false, error }`. Only an error thrown by `enter` propagates.
 */
export async function executeWithRetries<T>(
  attempt: (context: AttemptContext) => Promise<T>,
  options: ExecuteOptions,
): Promise<RetryOutcome<T>> {
  const { policy, signal } = options;
  const secrets = options.secrets ?? [];
  const random = options.random ?? Math.random;
  let previousDelay: number | undefined;
  let last: AttemptFailure | undefined;
  let made = 0;

  for (let number = 1; ; number++) {
    if (signal?.aborted) return stoppedOutcome(signal, last, made);
    let ticket: AttemptTicket | undefined;
    try {
      ticket = options.enter ? await options.enter(number, signal) : undefined;
    } catch (error) {
      if (signal?.aborted) return stoppedOutcome(signal, last, made);
      throw error; // the caller's own reason to stop (e.g. a spending budget): it handles it
    }
    made = number;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('attempt timed out'));
    }, policy.timeoutMs);
    const followers = signal ? followStop(signal, controller) : undefined;
    let failure: AttemptFailure;
    try {
      const value = await attempt({ attempt: number, signal: controller.signal });
      ticket?.leave(undefined);
      return { ok: true, value, attempts: number };
    } catch (error) {
      failure = classifyError(error, {
        timedOut,
        aborted: !timedOut && signal?.aborted === true,
        abortReason: signal?.reason,
        timeoutMs: policy.timeoutMs,
        secrets,
      });
      ticket?.leave(failure);
      options.onFailure?.(failure, number);
    } finally {
      clearTimeout(timer);
      followers?.delete(controller);
    }
    last = failure;
    if (!failure.retryable) return failedOutcome(failure, made);
    if (number > policy.maxRetries) return failedOutcome(failure, made);

    let delay: number;
    if (failure.retryAfterMs !== undefined) {
      if (failure.retryAfterMs > policy.maxRetryAfterMs) {
        return failedOutcome(
          failure,
          made,
          `the endpoint asked to wait ${Math.round(failure.retryAfterMs / 1000)} s, more than the ${Math.round(
            policy.maxRetryAfterMs / 1000,
          )} s evalgate accepts`,
        );
      }
      delay = failure.retryAfterMs;
    } else {
      delay = backoffDelay(number - 1, previousDelay, policy, random);
    }
    previousDelay = delay;
    if (options.deadlineAt !== undefined && Date.now() + delay >= options.deadlineAt) {
      return failedOutcome(failure, made, 'no time left before the overall deadline to retry');
    }
    try {
      await sleep(delay, signal);
    } catch {
      return stoppedOutcome(signal, last, made);
    }
  }
}
