// One chat completion call to an OpenAI-compatible endpoint, sent the same way for the model under test and for
// the judge:
//
//   cache lookup -> circuit breaker -> a concurrency slot, then the caller's gate (rate caps, a budget)
//   -> the request, timed out and retried with backoff (retry.ts) -> the breaker told how the call ended.
//
// - A non-streamed request is sent by chat-request.ts, straight through the fetch; a streamed one through the
//   `openai` SDK, loaded on first use and built with `maxRetries: 0` and an explicit timeout, so its own retries
//   and its 10-minute default never apply. Either way every attempt is counted here (`ChatCallStats`).
// - A 429 gives the slot back as `rate_limited` with the wait the endpoint asked for, which lowers the adaptive
//   concurrency bound and pauses new requests (concurrency.ts), unless the session is not `adaptive`.
// - Errors never carry a secret: the API key and the values of headers whose name looks secret are redacted.
// - The caller decides what an answer is and whether it is worth caching: `remember` writes it.
import type OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import type { ItemError, ModelResponse, TokenUsage } from '../core/types.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { AdaptiveConcurrency, Permit } from './concurrency.js';
import { createChatRequest } from './chat-request.js';
import { createNodeFetch, proxyConfigured, type FetchFunction } from './http-fetch.js';
import { responseCacheKey, type ResponseCache } from './response-cache.js';
import {
  DEFAULT_RETRY_POLICY,
  executeWithRetries,
  type AttemptContext,
  type AttemptFailure,
  type AttemptTicket,
  type RetryPolicy,
} from './retry.js';

/** Header names whose values are credentials, redacted from every error message. */
const SECRET_HEADER = /auth|key|token|secret|cookie|signature|password|credential/i;

export interface ChatEndpointOptions {
  baseUrl: string;
  /** The bearer token; absent or blank sends a placeholder (local servers ignore it, the SDK wants one). */
  apiKey: string | undefined;
  headers?: Record<string, string>;
  /** Timeout of one attempt, from sending the request to the last byte of the answer. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff tuning. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries' | 'timeoutMs'>>;
  /** For tests: the randomness of backoff jitter. */
  random?: () => number;
  /** Default: a keep-alive node:http(s) fetch, or the built-in fetch when a proxy is configured. */
  fetch?: FetchFunction;
}

/** Counters of the requests a session sent. */
export interface ChatCallStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
}

export interface ChatSessionOptions {
  /** The stage errors are attributed to. */
  stage: ItemError['stage'];
  cache: ResponseCache;
  breaker: CircuitBreaker;
  limiter: AdaptiveConcurrency;
  /** Whether a 429 lowers the concurrency bound; `false` keeps it fixed. */
  adaptive: boolean;
  /** Stops everything in flight and everything not sent. Default: the breaker's signal. */
  signal?: AbortSignal;
  /** Epoch ms of an overall deadline: no retry is scheduled past it. */
  deadlineAt?: number;
  /** Counted into as requests are sent. */
  stats: ChatCallStats;
}

/** What a call does before it is sent, between getting a concurrency slot and sending, and after each attempt. */
export interface CallGate {
  /** Once the call is going to be sent (the cache missed, the breaker let it through), before any attempt. */
  prepare?(): void;
  /** Waits for the right to send (rate caps, a budget); `false` refuses: the call ends as `refused`. */
  enter(signal: AbortSignal | undefined): Promise<boolean>;
  /** After each attempt that was sent; `failure` is undefined for a success. */
  leave?(failure: AttemptFailure | undefined): void;
}

export interface CallOptions {
  /** Served before new work when slots are scarce (a later turn of a conversation already under way). */
  urgent?: boolean;
  gate?: CallGate;
}

export type ChatCallResult<T> =
  | { kind: 'cached'; response: ModelResponse }
  | { kind: 'answer'; value: T; attempts: number; cacheKey: string | undefined }
  | { kind: 'error'; error: ItemError & { attempts: number }; attempts: number }
  /** The gate refused an attempt; `attempts` were sent before it. */
  | { kind: 'refused'; attempts: number };

export interface ChatSession {
  /** One call: `attempt` sends one request (the session retries it). Never throws for a failed request. */
  call<T>(
    body: ChatCompletionCreateParamsNonStreaming,
    attempt: (context: AttemptContext) => Promise<T>,
    options?: CallOptions,
  ): Promise<ChatCallResult<T>>;
  /** Whether calls look in the cache (its mode is not `off`). */
  readonly caching: boolean;
  /** Stores an answer under the key of its call (nothing when the cache is off). */
  remember(cacheKey: string | undefined, response: ModelResponse): Promise<void>;
}

export interface ChatEndpoint {
  /** The `openai` SDK's client on the same fetch, for streamed requests (loaded on the first call). */
  streamingClient(): Promise<OpenAI>;
  readonly policy: Readonly<RetryPolicy>;
  /**
   * Sends one non-streamed request (`attempt` is 1-based); an answer that is not a JSON object throws a
   * SyntaxError (retried).
   */
  complete(
    body: ChatCompletionCreateParamsNonStreaming,
    signal: AbortSignal,
    attempt?: number,
  ): Promise<ChatCompletion>;
  session(options: ChatSessionOptions): ChatSession;
}

/** The token counts of an answer's `usage`, when it has one. */
export function tokenUsage(usage: CompletionUsage | null | undefined): TokenUsage | undefined {
  if (!usage || typeof usage !== 'object') return undefined;
  const prompt = Number(usage.prompt_tokens) || 0;
  const completion = Number(usage.completion_tokens) || 0;
  const total = Number(usage.total_tokens) || prompt + completion;
  return { prompt, completion, total };
}

/** The API key and the values of secret-looking headers: what must never appear in a message. */
export function secretsOf(apiKey: string | undefined, headers: Record<string, string> | undefined): string[] {
  const secrets = [apiKey ?? ''];
  for (const [name, value] of Object.entries(headers ?? {}))
    if (SECRET_HEADER.test(name)) secrets.push(value);
  return secrets.filter((secret) => secret.length >= 4);
}

/** Thrown from a gate that refused, to end `executeWithRetries` without another attempt. */
class Refused extends Error {}

function notSent(stage: ItemError['stage'], signal: AbortSignal): ItemError & { attempts: number } {
  const reason: unknown = signal.reason;
  const why = reason instanceof Error ? reason.message : 'the run was stopped';
  return { stage, kind: 'timeout', message: `not sent: ${why} first`, attempts: 0 };
}

function releaseAfter(
  permit: Permit,
  failure: AttemptFailure | undefined,
  adaptive: boolean,
  policy: RetryPolicy,
) {
  if (!failure) permit.release('ok');
  else if (failure.kind === 'rate_limited' && adaptive) {
    const wait = failure.retryAfterMs;
    permit.release('rate_limited', wait !== undefined && wait <= policy.maxRetryAfterMs ? wait : 0);
  } else permit.release('failed');
}

export function createChatEndpoint(options: ChatEndpointOptions): ChatEndpoint {
  const apiKey = options.apiKey && options.apiKey.trim() !== '' ? options.apiKey : 'not-needed';
  const fetch = options.fetch ?? (proxyConfigured() ? globalThis.fetch : createNodeFetch());
  const complete = createChatRequest({
    baseUrl: options.baseUrl,
    apiKey,
    headers: options.headers,
    timeoutMs: options.timeoutMs,
    fetch,
  });
  let client: Promise<OpenAI> | undefined;
  const streamingClient = () =>
    (client ??= import('openai').then(
      ({ default: OpenAI }) =>
        new OpenAI({
          baseURL: options.baseUrl,
          apiKey,
          maxRetries: 0,
          timeout: options.timeoutMs,
          defaultHeaders: options.headers,
          fetch,
        }),
    ));
  const secrets = secretsOf(options.apiKey, options.headers);
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...options.retry,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
  };

  function session(settings: ChatSessionOptions): ChatSession {
    const { stage, cache, breaker, limiter, adaptive, stats, deadlineAt } = settings;
    const signal = settings.signal ?? breaker.signal;
    const onFailure = (failure: AttemptFailure) => {
      if (failure.kind === 'rate_limited') stats.rateLimited++;
      else if (failure.kind === 'timeout') stats.timeouts++;
    };

    async function call<T>(
      body: ChatCompletionCreateParamsNonStreaming,
      attempt: (context: AttemptContext) => Promise<T>,
      callOptions: CallOptions = {},
    ): Promise<ChatCallResult<T>> {
      let cacheKey: string | undefined;
      if (cache.mode !== 'off') {
        cacheKey = responseCacheKey(options.baseUrl, body as unknown as Record<string, unknown>);
        const hit = await cache.get(cacheKey);
        if (hit) return { kind: 'cached', response: hit };
      }
      if (breaker.isOpen) return { kind: 'error', error: breaker.error(stage), attempts: 0 };
      if (signal.aborted) return { kind: 'error', error: notSent(stage, signal), attempts: 0 };

      const { urgent = false, gate } = callOptions;
      gate?.prepare?.();
      let sent = 0;
      const enter = async (
        number: number,
        attemptSignal: AbortSignal | undefined,
      ): Promise<AttemptTicket> => {
        const permit = await limiter.acquire({ urgent: urgent || number > 1, signal: attemptSignal });
        // The slot may come in the same turn as the stop (a breaker that just opened): send and count nothing.
        if (attemptSignal?.aborted) {
          permit.release('failed');
          throw attemptSignal.reason;
        }
        if (gate) {
          let admitted: boolean;
          try {
            admitted = await gate.enter(attemptSignal);
          } catch (error) {
            permit.release('failed');
            throw error;
          }
          if (!admitted) {
            permit.release('ok');
            throw new Refused();
          }
        }
        sent++;
        stats.requests++;
        return {
          leave: (failure) => {
            gate?.leave?.(failure);
            releaseAfter(permit, failure, adaptive, policy);
          },
        };
      };

      let outcome;
      try {
        outcome = await executeWithRetries(attempt, {
          policy,
          signal,
          deadlineAt,
          secrets,
          random: options.random,
          onFailure,
          enter,
        });
      } catch (error) {
        if (error instanceof Refused) return { kind: 'refused', attempts: sent };
        throw error;
      }
      const attempts = outcome.attempts;
      stats.retries += Math.max(0, attempts - 1);
      if (outcome.ok) {
        breaker.record(undefined);
        return { kind: 'answer', value: outcome.value, attempts, cacheKey };
      }
      // Stopped in flight because the breaker opened meanwhile: say so, not "stopped before an answer".
      if (breaker.isOpen) return { kind: 'error', error: breaker.error(stage, attempts), attempts };
      if (!signal.aborted) breaker.record(outcome.error);
      const error = outcome.error.stage === stage ? outcome.error : { ...outcome.error, stage };
      return { kind: 'error', error, attempts };
    }

    return {
      call,
      caching: cache.mode !== 'off',
      async remember(cacheKey, response) {
        if (cacheKey !== undefined) await cache.set(cacheKey, response);
      },
    };
  }

  return { streamingClient, policy, complete, session };
}
