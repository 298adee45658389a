// Sends one judge request through the same machinery as model calls: the response cache (response-cache.ts),
// the adaptive concurrency bound (concurrency.ts), and retries with backoff and timeouts (retry.ts), with the
// `openai` SDK built with `maxRetries: 0` so that every attempt is counted here. On top of that, each attempt
// first reserves its worst-case cost in the budget (budget.ts): an attempt that does not fit is not sent.
//
// Structured output: with `structured-output: auto`, a request asks for a strict JSON schema
// (`response_format: {type: "json_schema", ...}`); when the endpoint rejects that with 400 or 422, the request is
// sent again without it, and that model is asked without it from then on (its answers are still validated).
//
// Circuit breaker (../model/circuit-breaker.ts): after `circuit-breaker` calls in a row could not reach the endpoint
// (connection errors, timeouts, after their retries), nothing more is sent: what is in flight is stopped and every
// later call is at once an error that says the judge endpoint looks down.
//
// Cache: a cached answer is used only if it validates (the caller checks), and an answer is written to the cache
// only once it validated (`commit`), so a bad answer is never replayed.
import OpenAI from 'openai';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { Price } from '../core/types.js';
import type { ChatMessage, ItemError, TokenUsage } from '../core/types.js';
import { CircuitBreaker, DEFAULT_JUDGE_CIRCUIT_BREAKER } from '../model/circuit-breaker.js';
import { AdaptiveConcurrency } from '../model/concurrency.js';
import { createNodeFetch, proxyConfigured, type FetchFunction } from '../model/http-fetch.js';
import { responseCacheKey, type ResponseCache } from '../model/response-cache.js';
import {
  DEFAULT_RETRY_POLICY,
  executeWithRetries,
  type AttemptFailure,
  type RetryPolicy,
} from '../model/retry.js';
import type { JudgeBudget } from './budget.js';
import { PromptTokenBound, usd, type Reservation } from './budget.js';
import type { JudgeEndpointConfig } from '../core/judge.js';

export interface JudgeRequest {
  model: string;
  messages: ChatMessage[];
  /** The answer's JSON Schema, asked for as strict structured output when the endpoint supports it. */
  schema?: { name: string; schema: Record<string, unknown> };
}

export type JudgeReply =
  | {
      kind: 'answer';
      content: string | null;
      refusal: string | null;
      finishReason?: string;
      usage?: TokenUsage;
      cached: boolean;
      attempts: number;
      structured: boolean;
      costUsd: number;
      /** Stores the answer in the cache: call it only once the answer validated. */
      commit(): Promise<void>;
    }
  | { kind: 'error'; error: ItemError; attempts: number; costUsd: number }
  | { kind: 'budget'; attempts: number; costUsd: number };

export interface JudgeClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  calls: number;
  cachedCalls: number;
  promptTokens: number;
  completionTokens: number;
  structuredFallbacks: number;
}

export interface JudgeClientOptions {
  apiKey: string | undefined;
  cache: ResponseCache;
  budget: JudgeBudget;
  /** The price of a judge model (the config guarantees one for every judge model). */
  priceOf: (model: string) => Price;
  retry?: Partial<Omit<RetryPolicy, 'maxRetries' | 'timeoutMs'>>;
  random?: () => number;
  fetch?: FetchFunction;
}

export interface JudgeClient {
  send(request: JudgeRequest): Promise<JudgeReply>;
  /** Worst-case USD of a request, as the budget reserves it. */
  worstCaseUsd(request: JudgeRequest): number;
  readonly stats: JudgeClientStats;
  /** Why the circuit breaker stopped sending, once it did. */
  readonly circuitOpen: string | undefined;
}

class BudgetExhausted extends Error {
  constructor() {
    super('the judge budget cannot take another request');
    this.name = 'BudgetExhausted';
  }
}

const SECRET_HEADER = /auth|key|token|secret|cookie|signature|password|credential/i;

export function createJudgeClient(endpoint: JudgeEndpointConfig, options: JudgeClientOptions): JudgeClient {
  const client = new OpenAI({
    baseURL: endpoint.baseUrl,
    apiKey: options.apiKey && options.apiKey.trim() !== '' ? options.apiKey : 'not-needed',
    maxRetries: 0,
    timeout: endpoint.timeoutMs,
    defaultHeaders: endpoint.headers,
    fetch: options.fetch ?? (proxyConfigured() ? undefined : createNodeFetch()),
  });
  const secrets = [
    options.apiKey ?? '',
    ...Object.entries(endpoint.headers ?? {}).flatMap(([name, value]) =>
      SECRET_HEADER.test(name) ? [value] : [],
    ),
  ].filter((secret) => secret.length >= 4);
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...options.retry,
    maxRetries: endpoint.maxRetries,
    timeoutMs: endpoint.timeoutMs,
  };
  const limiter = new AdaptiveConcurrency({ max: endpoint.concurrency });
  // A dead judge endpoint ends quickly as judge errors instead of every call running its retries.
  const breaker = new CircuitBreaker(
    endpoint.circuitBreaker ?? DEFAULT_JUDGE_CIRCUIT_BREAKER,
    'the judge endpoint',
  );
  const structuredSupport = new Map<string, boolean>();
  const probes = new Map<string, Promise<void>>();
  const tokenBound = new PromptTokenBound();
  const stats: JudgeClientStats = {
    requests: 0,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    calls: 0,
    cachedCalls: 0,
    promptTokens: 0,
    completionTokens: 0,
    structuredFallbacks: 0,
  };

  const worstCaseUsd = (request: JudgeRequest): number =>
    usd(
      { prompt: tokenBound.bound(request.messages), completion: endpoint.maxTokens },
      options.priceOf(request.model),
    );

  function body(request: JudgeRequest, structured: boolean): ChatCompletionCreateParamsNonStreaming {
    const result: ChatCompletionCreateParamsNonStreaming = {
      model: request.model,
      messages: request.messages as ChatCompletionMessageParam[],
      max_tokens: endpoint.maxTokens,
    };
    if (endpoint.temperature !== undefined) result.temperature = endpoint.temperature;
    if (endpoint.seed !== undefined) result.seed = endpoint.seed;
    if (structured && request.schema) {
      result.response_format = {
        type: 'json_schema',
        json_schema: { name: request.schema.name, strict: true, schema: request.schema.schema },
      };
    }
    return result;
  }

  async function sendOnce(request: JudgeRequest, structured: boolean): Promise<JudgeReply> {
    const payload = body(request, structured);
    const price = options.priceOf(request.model);
    let key: string | undefined;
    if (options.cache.mode !== 'off') {
      key = responseCacheKey(endpoint.baseUrl, payload as unknown as Record<string, unknown>);
      const hit = await options.cache.get(key);
      if (hit) {
        stats.calls++;
        stats.cachedCalls++;
        return {
          kind: 'answer',
          content: hit.output,
          refusal: null,
          finishReason: hit.finishReason,
          usage: hit.usage,
          cached: true,
          attempts: 0,
          structured,
          costUsd: 0,
          commit: () => Promise.resolve(),
        };
      }
    }
    if (breaker.isOpen) return { kind: 'error', error: breaker.error('judge'), attempts: 0, costUsd: 0 };
    let costUsd = 0;
    let made = 0;
    let current: Reservation | undefined;
    const worst = usd({ prompt: tokenBound.bound(request.messages), completion: endpoint.maxTokens }, price);
    const settle = (actual: number) => {
      if (!current || current.settled) return;
      options.budget.settle(current, actual);
      costUsd += actual;
    };
    let outcome;
    try {
      outcome = await executeWithRetries(
        async ({ signal }) => {
          const completion = await client.chat.completions.create(payload, { signal });
          if (completion === null || typeof completion !== 'object') {
            throw new SyntaxError('the endpoint did not answer with a JSON chat completion');
          }
          const usage = completion.usage;
          let tokens: TokenUsage | undefined;
          if (usage && typeof usage === 'object') {
            const prompt = Number(usage.prompt_tokens) || 0;
            const completionTokens = Number(usage.completion_tokens) || 0;
            tokens = {
              prompt,
              completion: completionTokens,
              total: Number(usage.total_tokens) || prompt + completionTokens,
            };
            tokenBound.observe(request.messages, prompt);
            stats.promptTokens += prompt;
            stats.completionTokens += completionTokens;
          }
          // No usage reported: charge the worst case, since the budget cannot know better.
          settle(tokens ? usd(tokens, price) : (current?.usd ?? worst));
          const choice = Array.isArray(completion.choices) ? completion.choices[0] : undefined;
          return {
            content: typeof choice?.message?.content === 'string' ? choice.message.content : null,
            refusal: typeof choice?.message?.refusal === 'string' ? choice.message.refusal : null,
            finishReason: choice?.finish_reason ?? undefined,
            usage: tokens,
          };
        },
        {
          policy,
          signal: breaker.signal,
          secrets,
          random: options.random,
          onFailure: (failure: AttemptFailure) => {
            if (failure.kind === 'rate_limited') stats.rateLimited++;
            else if (failure.kind === 'timeout') stats.timeouts++;
          },
          enter: async (attempt, signal) => {
            const permit = await limiter.acquire({ urgent: attempt > 1, signal });
            const reservation = await options.budget.reserve(worst);
            if (!reservation) {
              permit.release('ok');
              throw new BudgetExhausted();
            }
            current = reservation;
            made++;
            stats.requests++;
            return {
              leave: (failure) => {
                // A failure with an HTTP status was refused by the endpoint (not billed); any other may have been.
                if (failure) settle(failure.status !== undefined ? 0 : worst);
                if (!failure) permit.release('ok');
                else if (failure.kind === 'rate_limited') {
                  const wait = failure.retryAfterMs;
                  permit.release(
                    'rate_limited',
                    wait !== undefined && wait <= policy.maxRetryAfterMs ? wait : 0,
                  );
                } else permit.release('failed');
              },
            };
          },
        },
      );
    } catch (error) {
      if (error instanceof BudgetExhausted) return { kind: 'budget', attempts: made, costUsd };
      throw error;
    }
    stats.retries += Math.max(0, outcome.attempts - 1);
    if (!outcome.ok) {
      // Stopped in flight because the breaker opened meanwhile: say so, not "stopped before an answer".
      if (breaker.isOpen) {
        return {
          kind: 'error',
          error: breaker.error('judge', outcome.attempts),
          attempts: outcome.attempts,
          costUsd,
        };
      }
      breaker.record(outcome.error);
      return {
        kind: 'error',
        error: { ...outcome.error, stage: 'judge' },
        attempts: outcome.attempts,
        costUsd,
      };
    }
    breaker.record(undefined);
    stats.calls++;
    const answer = outcome.value;
    return {
      kind: 'answer',
      content: answer.content,
      refusal: answer.refusal,
      finishReason: answer.finishReason,
      usage: answer.usage,
      cached: false,
      attempts: outcome.attempts,
      structured,
      costUsd,
      commit: async () => {
        if (key === undefined || answer.content === null) return;
        await options.cache.set(key, {
          output: answer.content,
          usage: answer.usage,
          finishReason: answer.finishReason,
        });
      },
    };
  }

  return {
    stats,
    worstCaseUsd,
    get circuitOpen() {
      return breaker.isOpen ? breaker.message() : undefined;
    },
    async send(request) {
      // While a model's support for strict schemas is unknown, one request finds out and the others wait for it,
      // so that an endpoint without it sees one rejected request, not a burst of them.
      const probing = probes.get(request.model);
      if (probing) await probing;
      const wantStructured =
        request.schema !== undefined &&
        (endpoint.structuredOutput === 'always' ||
          (endpoint.structuredOutput === 'auto' && structuredSupport.get(request.model) !== false));
      let finishProbe: (() => void) | undefined;
      if (wantStructured && endpoint.structuredOutput === 'auto' && !structuredSupport.has(request.model)) {
        probes.set(request.model, new Promise<void>((resolve) => (finishProbe = resolve)));
      }
      try {
        const reply = await sendOnce(request, wantStructured);
        if (
          wantStructured &&
          endpoint.structuredOutput === 'auto' &&
          reply.kind === 'error' &&
          (reply.error.status === 400 || reply.error.status === 422)
        ) {
          structuredSupport.set(request.model, false);
          stats.structuredFallbacks++;
          finishProbe?.();
          const again = await sendOnce(request, false);
          return {
            ...again,
            attempts: again.attempts + reply.attempts,
            costUsd: again.costUsd + reply.costUsd,
          };
        }
        if (wantStructured && reply.kind === 'answer' && !reply.cached)
          structuredSupport.set(request.model, true);
        return reply;
      } finally {
        if (finishProbe) {
          probes.delete(request.model);
          finishProbe();
        }
      }
    },
  };
}
