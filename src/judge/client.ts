// Sends one judge request through the same call as the model's (../model/chat-call.ts): the response cache, the
// circuit breaker, the adaptive concurrency bound, and retries with backoff and timeouts, every attempt counted.
// On top of that, each attempt first reserves its worst-case cost in the budget (budget.ts): an attempt that
// does not fit is not sent.
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
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { Price } from '../core/types.js';
import type { ChatMessage, ItemError, TokenUsage } from '../core/types.js';
import { createChatEndpoint, tokenUsage, type CallGate, type ChatSession } from '../model/chat-call.js';
import { CircuitBreaker, DEFAULT_JUDGE_CIRCUIT_BREAKER } from '../model/circuit-breaker.js';
import { AdaptiveConcurrency } from '../model/concurrency.js';
import type { FetchFunction } from '../model/http-fetch.js';
import type { ResponseCache } from '../model/response-cache.js';
import type { RetryPolicy } from '../model/retry.js';
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

function requestBody(
  endpoint: JudgeEndpointConfig,
  request: JudgeRequest,
  structured: boolean,
): ChatCompletionCreateParamsNonStreaming {
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

function emptyStats(): JudgeClientStats {
  return {
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
}

interface JudgeAnswer {
  content: string | null;
  refusal: string | null;
  finishReason: string | undefined;
  usage: TokenUsage | undefined;
}

/** One request to the judge (structured or not): chat call, budget reservation per attempt, cost settled. */
function createSender(endpoint: JudgeEndpointConfig, options: JudgeClientOptions, stats: JudgeClientStats) {
  const chat = createChatEndpoint({
    baseUrl: endpoint.baseUrl,
    apiKey: options.apiKey,
    headers: endpoint.headers,
    timeoutMs: endpoint.timeoutMs,
    maxRetries: endpoint.maxRetries,
    retry: options.retry,
    random: options.random,
    fetch: options.fetch,
  });
  // A dead judge endpoint ends quickly as judge errors instead of every call running its retries.
  const breaker = new CircuitBreaker(
    endpoint.circuitBreaker ?? DEFAULT_JUDGE_CIRCUIT_BREAKER,
    'the judge endpoint',
  );
  const session: ChatSession = chat.session({
    stage: 'judge',
    cache: options.cache,
    breaker,
    limiter: new AdaptiveConcurrency({ max: endpoint.concurrency }),
    adaptive: true,
    stats,
  });
  const tokenBound = new PromptTokenBound();

  const worstCaseUsd = (request: JudgeRequest): number =>
    usd(
      { prompt: tokenBound.bound(request.messages), completion: endpoint.maxTokens },
      options.priceOf(request.model),
    );

  async function sendOnce(request: JudgeRequest, structured: boolean): Promise<JudgeReply> {
    const payload = requestBody(endpoint, request, structured);
    const price = options.priceOf(request.model);
    let worst = 0;
    let costUsd = 0;
    let current: Reservation | undefined;
    const settle = (actual: number) => {
      if (!current || current.settled) return;
      options.budget.settle(current, actual);
      costUsd += actual;
    };
    const gate: CallGate = {
      prepare() {
        worst = worstCaseUsd(request);
      },
      async enter() {
        const reservation = await options.budget.reserve(worst);
        if (!reservation) return false;
        current = reservation;
        return true;
      },
      // A failure with an HTTP status was refused by the endpoint (not billed); any other may have been.
      leave: (failure) => {
        if (failure) settle(failure.status !== undefined ? 0 : worst);
      },
    };
    const result = await session.call(
      payload,
      async ({ signal, attempt }): Promise<JudgeAnswer> => {
        const completion = await chat.complete(payload, signal, attempt);
        const tokens = tokenUsage(completion.usage);
        if (tokens) {
          tokenBound.observe(request.messages, tokens.prompt);
          stats.promptTokens += tokens.prompt;
          stats.completionTokens += tokens.completion;
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
      { gate },
    );
    switch (result.kind) {
      case 'cached': {
        const hit = result.response;
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
      case 'refused':
        return { kind: 'budget', attempts: result.attempts, costUsd };
      case 'error':
        return { kind: 'error', error: result.error, attempts: result.attempts, costUsd };
      case 'answer': {
        stats.calls++;
        const answer = result.value;
        return {
          kind: 'answer',
          ...answer,
          cached: false,
          attempts: result.attempts,
          structured,
          costUsd,
          commit: async () => {
            if (answer.content === null) return;
            await session.remember(result.cacheKey, {
              output: answer.content,
              usage: answer.usage,
              finishReason: answer.finishReason,
            });
          },
        };
      }
    }
  }

  return { sendOnce, worstCaseUsd, breaker };
}

export function createJudgeClient(endpoint: JudgeEndpointConfig, options: JudgeClientOptions): JudgeClient {
  const stats = emptyStats();
  const { sendOnce, worstCaseUsd, breaker } = createSender(endpoint, options, stats);
  const structuredSupport = new Map<string, boolean>();
  const probes = new Map<string, Promise<void>>();

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
