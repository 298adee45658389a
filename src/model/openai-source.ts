// The live model source: an OpenAI-compatible chat completions endpoint, called through the `openai` SDK.
//
// How a run goes:
// - Items are taken one by one from the dataset (nothing is collected): a plain item is one request; the items
//   of a multi-turn scenario (same `conversation.scenarioId`) form one unit whose turns run in order, while
//   different scenarios and items run concurrently.
// - Each request first looks in the response cache; a miss waits for a concurrency slot (an adaptive bound, see
//   concurrency.ts) and for the user's rate caps (rate-limit.ts), then is sent, retried and timed out by
//   retry.ts. The SDK is built with `maxRetries: 0` and an explicit timeout, so its own retries and its
//   10-minute default never apply and every attempt is counted here.
// - Each answer is handed to `onResponse` as soon as it is known; an item that fails is an error item that says
//   why (kind, HTTP status, message, attempts). The API key never appears in a message or a log line.
// - A dead endpoint ends the run quickly: after `circuitBreaker` calls in a row could not reach it (connection
//   errors, timeouts), nothing more is sent and every item not yet answered is an error item that says so
//   (circuit-breaker.ts).
//
// What an answer becomes:
// - `content` as is (`''` when the endpoint answered with empty or null content and no refusal: an empty
//   answer is an answer, and it is scored as one);
// - a refusal (`message.refusal`, when `content` is empty): the refusal text is the output, so that scorers see
//   what the model said;
// - `finish_reason: content_filter` with nothing to show: an error item of kind `content_filter` (with partial
//   content, that content is the output and `finishReason` says it was cut);
// - no choice at all: an error item of kind `empty_response`.
// With `stripThinking`, `<think>...</think>` and `<thinking>...</thinking>` blocks are removed before scoring
// (the cache keeps the raw answer, so the option can change without new calls).
//
// Multi-turn scenarios: the request for turn k holds the system prompt, the scenario's context as a system
// message (`Context (JSON): {...}`), then user turns 0..k-1 each followed by the model's own answer to it (after
// thinking is stripped, when that is on), then user turn k. If a turn fails, the later turns of that scenario
// are not sent: they become error items of kind `missing_response` that name the turn that failed and why.
import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import type { ModelConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { ChatMessage, DatasetItem, ItemError, ModelResponse, TokenUsage } from '../core/types.js';
import { CircuitBreaker, DEFAULT_MODEL_CIRCUIT_BREAKER } from './circuit-breaker.js';
import { AdaptiveConcurrency, runPool, type AdaptiveConcurrencyOptions } from './concurrency.js';
import { createNodeFetch, proxyConfigured, type FetchFunction } from './http-fetch.js';
import { ProgressReporter, type ProgressSnapshot } from './progress.js';
import { estimateTokens, RateLimiter } from './rate-limit.js';
import { responseCacheKey, type ResponseCache } from './response-cache.js';
import { DEFAULT_RETRY_POLICY, executeWithRetries, type AttemptFailure, type RetryPolicy } from './retry.js';
import { emptyRunStats, type ModelSource } from './source.js';
import { type ModelRunStats } from '../core/report.js';
import { collectChatStream } from './streaming.js';

export interface OpenAISourceOptions {
  /** The API key (read by the caller from `config.apiKeyEnv`); may be absent for a local endpoint. */
  apiKey: string | undefined;
  /** Receives a progress snapshot every `progressIntervalMs` and at the end. */
  onProgress?: (snapshot: ProgressSnapshot) => void;
  /** Receives human-readable lines: progress, and warnings such as a cache that cannot be written. */
  log?: (message: string) => void;
  /** Default 5,000 ms. */
  progressIntervalMs?: number;
  /** Backoff tuning; `maxRetries` and `timeoutMs` come from the config. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries' | 'timeoutMs'>>;
  /** Tuning of the adaptive concurrency bound; `false` keeps it fixed at `config.concurrency`. */
  adaptive?: Omit<AdaptiveConcurrencyOptions, 'max'> | false;
  /** For tests: the randomness used for backoff jitter. */
  random?: () => number;
  /**
   * The fetch the SDK uses. Default: a keep-alive node:http(s) fetch (http-fetch.ts), or Node's built-in fetch
   * when a proxy is configured in the environment.
   */
  fetch?: FetchFunction;
}

/** What the last run saw beyond `ModelRunStats` (for logs and the benchmark). */
export interface LiveRunDiagnostics {
  stats: ModelRunStats;
  /** Most requests in flight at once. */
  peakInFlight: number;
  configuredConcurrency: number;
  /** Lowest concurrency bound the 429s pushed it to. */
  lowestConcurrency: number;
  concurrencyDecreases: number;
  /** Requests in flight on average over the run (time-weighted). */
  meanInFlight: number;
}

export interface OpenAISource extends ModelSource {
  readonly kind: 'live';
  /** Diagnostics of the last finished run, if any. */
  readonly lastRun: LiveRunDiagnostics | undefined;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', 'host.docker.internal']);

/** Whether the endpoint runs on this machine (where servers usually need no key). */
export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.startsWith('127.') || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

const THINKING_BLOCK = /<(think|thinking)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const THINKING_CLOSE = /<\/(?:think|thinking)\s*>/i;
const THINKING_OPEN = /<(?:think|thinking)\b[^>]*>/i;

/**
 * Removes reasoning blocks from an answer: every `<think>...</think>` / `<thinking>...</thinking>` block; text
 * before a closing tag with no opening one (models whose template opens the block in the prompt); and
 * everything from an opening tag never closed (an answer cut off while thinking). When something was removed,
 * the rest is trimmed; otherwise the answer is returned as is.
 */
export function stripThinking(text: string): string {
  if (!text.includes('<') || !/<\/?think/i.test(text)) return text;
  let out = text.replace(THINKING_BLOCK, '');
  const close = THINKING_CLOSE.exec(out);
  if (close) out = out.slice(close.index + close[0].length);
  const open = THINKING_OPEN.exec(out);
  if (open) out = out.slice(0, open.index);
  return out === text ? text : out.trim();
}

const SECRET_HEADER = /auth|key|token|secret|cookie|signature|password|credential/i;

function toUsage(usage: CompletionUsage | null | undefined): TokenUsage | undefined {
  if (!usage || typeof usage !== 'object') return undefined;
  const prompt = Number(usage.prompt_tokens) || 0;
  const completion = Number(usage.completion_tokens) || 0;
  const total = Number(usage.total_tokens) || prompt + completion;
  return { prompt, completion, total };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

interface AnswerParts {
  content: string | null | undefined;
  refusal: string | null | undefined;
  finishReason: string | null | undefined;
  usage: CompletionUsage | null | undefined;
  hasChoice: boolean;
}

/** Turns what the endpoint sent into a response (see the top of this file for the rules). */
export function toModelResponse(parts: AnswerParts, latencyMs: number, ttftMs?: number): ModelResponse {
  const response: ModelResponse = { output: null, latencyMs: round(latencyMs) };
  if (ttftMs !== undefined) response.ttftMs = round(ttftMs);
  const usage = toUsage(parts.usage);
  if (usage) response.usage = usage;
  if (parts.finishReason) response.finishReason = parts.finishReason;
  if (!parts.hasChoice) {
    response.error = {
      stage: 'model',
      kind: 'empty_response',
      message: 'the endpoint answered without any choice',
    };
  } else if (typeof parts.content === 'string' && parts.content !== '') {
    response.output = parts.content;
  } else if (typeof parts.refusal === 'string' && parts.refusal !== '') {
    response.output = parts.refusal;
  } else if (parts.finishReason === 'content_filter') {
    response.error = {
      stage: 'model',
      kind: 'content_filter',
      message: "the endpoint's content filter withheld the answer (finish_reason: content_filter)",
    };
  } else {
    response.output = '';
  }
  return response;
}

type Unit = { item: DatasetItem; turns?: undefined } | { item: DatasetItem; turns: DatasetItem[] };

/** Plain items one by one; a scenario as one unit (its turns in order) where its first item appears. */
function* plan(items: readonly DatasetItem[]): Generator<Unit> {
  let scenarios: Map<string, DatasetItem[]> | undefined;
  for (const item of items) {
    if (!item.conversation) continue;
    scenarios ??= new Map();
    const turns = scenarios.get(item.conversation.scenarioId);
    if (turns) turns.push(item);
    else scenarios.set(item.conversation.scenarioId, [item]);
  }
  if (scenarios) {
    for (const turns of scenarios.values()) {
      turns.sort((a, b) => (a.conversation?.turn ?? 0) - (b.conversation?.turn ?? 0));
    }
  }
  const started = new Set<string>();
  for (const item of items) {
    if (!item.conversation) {
      yield { item };
      continue;
    }
    const id = item.conversation.scenarioId;
    if (started.has(id)) continue;
    started.add(id);
    const turns = scenarios?.get(id) ?? [item];
    yield { item: turns[0] ?? item, turns };
  }
}

class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`the overall deadline of ${ms} ms passed`);
    this.name = 'DeadlineExceeded';
  }
}

export function createOpenAISource(
  config: ModelConfig,
  cache: ResponseCache,
  options: OpenAISourceOptions,
): OpenAISource {
  let apiKey = options.apiKey && options.apiKey.trim() !== '' ? options.apiKey : undefined;
  if (apiKey === undefined) {
    if (!isLocalEndpoint(config.baseUrl)) {
      throw new UserError(`no API key: the environment variable ${config.apiKeyEnv} is not set or empty`, {
        key: 'model.api-key-env',
        fix: `Set ${config.apiKeyEnv} (in GitHub Actions, from a secret), or name another variable in model.api-key-env.`,
      });
    }
    apiKey = 'not-needed'; // the SDK refuses to start without a key; local servers ignore it
  }
  const secrets = [options.apiKey ?? '', ...Object.entries(config.headers ?? {})]
    .flatMap((entry) =>
      typeof entry === 'string' ? [entry] : SECRET_HEADER.test(entry[0]) ? [entry[1]] : [],
    )
    .filter((secret) => secret.length >= 4);

  // The SDK wants a positive integer timeout (it rejects 1500.5).
  const timeoutMs = Math.max(1, Math.round(config.timeoutMs));
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey,
    maxRetries: 0,
    timeout: timeoutMs,
    defaultHeaders: config.headers,
    fetch: options.fetch ?? (proxyConfigured() ? undefined : createNodeFetch()),
  });
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...options.retry,
    maxRetries: Math.max(0, Math.floor(config.maxRetries)),
    timeoutMs,
  };
  const baseMessages: ChatMessage[] = config.systemPrompt
    ? [{ role: 'system', content: config.systemPrompt }]
    : [];
  let lastRun: LiveRunDiagnostics | undefined;

  function requestBody(messages: ChatMessage[]): ChatCompletionCreateParamsNonStreaming {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: config.model,
      messages: messages as ChatCompletionMessageParam[],
    };
    if (config.temperature !== undefined) body.temperature = config.temperature;
    if (config.maxTokens !== undefined) body.max_tokens = config.maxTokens;
    if (config.seed !== undefined) body.seed = config.seed;
    return body;
  }

  async function attemptOnce(
    body: ChatCompletionCreateParamsNonStreaming,
    signal: AbortSignal,
  ): Promise<ModelResponse> {
    const startedAt = performance.now();
    if (config.stream) {
      const stream = await client.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        { signal, timeout: timeoutMs },
      );
      const answer = await collectChatStream(stream, startedAt);
      return toModelResponse(
        {
          content: answer.content,
          refusal: answer.refusal,
          finishReason: answer.finishReason,
          usage: answer.usage,
          hasChoice: answer.sawChoice,
        },
        performance.now() - startedAt,
        answer.ttftMs,
      );
    }
    const completion: ChatCompletion | string = await client.chat.completions.create(body, {
      signal,
      timeout: timeoutMs,
    });
    const latencyMs = performance.now() - startedAt;
    if (completion === null || typeof completion !== 'object') {
      throw new SyntaxError('the endpoint did not answer with a JSON chat completion');
    }
    const choice = Array.isArray(completion.choices) ? completion.choices[0] : undefined;
    return toModelResponse(
      {
        content: choice?.message?.content,
        refusal: choice?.message?.refusal,
        finishReason: choice?.finish_reason,
        usage: completion.usage,
        hasChoice: choice !== undefined && choice !== null,
      },
      latencyMs,
    );
  }

  let warmed = false;
  /**
   * Compiles the SDK's request path and the response parsing once, without any network call, so that the first
   * burst of `concurrency` requests does not pay for cold code all at once (measured: ~1.5 ms a request cold,
   * a few hundred µs warm, which a burst of 64 turns into 100 ms before the first request leaves).
   */
  const warmUp = async () => {
    if (warmed) return;
    warmed = true;
    try {
      for (let round = 0; round < 3; round++) {
        await client.buildRequest({
          method: 'post',
          path: '/chat/completions',
          body: requestBody([{ role: 'user', content: 'warm-up' }]),
        });
      }
      await new Response('{"choices":[]}', { headers: { 'content-type': 'application/json' } }).json();
    } catch {
      // Only an optimization.
    }
  };

  return {
    kind: 'live',
    description: `${config.model} at ${config.baseUrl}`,
    get lastRun() {
      return lastRun;
    },

    async run(items, onResponse) {
      const stats = emptyRunStats();
      const startedAt = performance.now();
      const stop = new AbortController();
      const deadlineAt = config.deadlineMs !== undefined ? Date.now() + config.deadlineMs : undefined;
      const deadlineTimer =
        config.deadlineMs !== undefined
          ? setTimeout(() => stop.abort(new DeadlineExceeded(config.deadlineMs ?? 0)), config.deadlineMs)
          : undefined;
      // With `adaptive: false` the bound never moves: 429s are not reported to the pool.
      const adaptive = options.adaptive !== false;
      const limiter = new AdaptiveConcurrency({ ...(options.adaptive || {}), max: config.concurrency });
      const rate = new RateLimiter({
        requestsPerMinute: config.requestsPerMinute,
        tokensPerMinute: config.tokensPerMinute,
      });
      const progress = new ProgressReporter({
        total: items.length,
        label: 'model',
        intervalMs: options.progressIntervalMs,
        log: options.log,
        onProgress: options.onProgress,
      }).start();
      let fatal = false;
      // After `circuitBreaker` calls in a row fail to reach the endpoint, the rest are not sent (circuit-breaker.ts).
      const breaker = new CircuitBreaker(
        config.circuitBreaker ?? DEFAULT_MODEL_CIRCUIT_BREAKER,
        'the model endpoint',
      );
      breaker.signal.addEventListener('abort', () => stop.abort(breaker.signal.reason), { once: true });

      const emit = (item: DatasetItem, response: ModelResponse) => {
        if (fatal) return;
        stats.items++;
        if (response.error) stats.errors++;
        progress.item(response.error !== undefined, response.cached === true);
        try {
          onResponse(item, response);
        } catch (error) {
          fatal = true;
          stop.abort(error);
          throw error;
        }
      };

      const present = (raw: ModelResponse): ModelResponse =>
        config.stripThinking && typeof raw.output === 'string'
          ? { ...raw, output: stripThinking(raw.output) }
          : raw;

      const onFailure = (failure: AttemptFailure) => {
        if (failure.kind === 'rate_limited') stats.rateLimited++;
        else if (failure.kind === 'timeout') stats.timeouts++;
      };

      /** One request (with cache, slots, caps, retries); the raw answer, thinking not stripped. */
      const call = async (messages: ChatMessage[], urgent: boolean): Promise<ModelResponse> => {
        const body = requestBody(messages);
        let key: string | undefined;
        if (cache.mode !== 'off') {
          key = responseCacheKey(config.baseUrl, body as unknown as Record<string, unknown>);
          const hit = await cache.get(key);
          if (hit) {
            stats.cacheHits++;
            return hit;
          }
          stats.cacheMisses++;
        }
        if (breaker.isOpen) return { output: null, attempts: 0, error: breaker.error('model') };
        if (stop.signal.aborted) {
          return {
            output: null,
            attempts: 0,
            error: {
              stage: 'model',
              kind: 'timeout',
              message: `not sent: ${stop.signal.reason instanceof Error ? stop.signal.reason.message : 'the run was stopped'} first`,
              attempts: 0,
            },
          };
        }
        const estimate = rate.limitsTokens ? estimateTokens(messages, config.maxTokens) : 0;
        const outcome = await executeWithRetries((attempt) => attemptOnce(body, attempt.signal), {
          policy,
          signal: stop.signal,
          deadlineAt,
          secrets,
          random: options.random,
          onFailure,
          enter: async (attempt, signal) => {
            const permit = await limiter.acquire({ urgent: urgent || attempt > 1, signal });
            if (rate.enabled) {
              try {
                await rate.acquire(estimate, signal);
              } catch (error) {
                permit.release('failed');
                throw error;
              }
            }
            stats.requests++;
            return {
              leave: (failure) => {
                if (!failure) permit.release('ok');
                else if (failure.kind === 'rate_limited' && adaptive) {
                  const wait = failure.retryAfterMs;
                  permit.release(
                    'rate_limited',
                    wait !== undefined && wait <= policy.maxRetryAfterMs ? wait : 0,
                  );
                } else permit.release('failed');
              },
            };
          },
        });
        stats.retries += Math.max(0, outcome.attempts - 1);
        if (!outcome.ok) {
          // Stopped in flight because the breaker opened meanwhile: say so, not "stopped before an answer".
          if (breaker.isOpen) {
            const error = breaker.error('model', outcome.attempts);
            return { output: null, error, attempts: outcome.attempts };
          }
          if (!stop.signal.aborted) breaker.record(outcome.error);
          return { output: null, error: outcome.error, attempts: outcome.attempts };
        }
        breaker.record(undefined);
        const response = outcome.value;
        response.attempts = outcome.attempts;
        if (rate.limitsTokens) rate.settle(estimate, response.usage?.total);
        if (key !== undefined && !response.error) await cache.set(key, response);
        return response;
      };

      const runItem = async (item: DatasetItem) => {
        const raw = await call([...baseMessages, { role: 'user', content: item.input }], false);
        emit(item, present(raw));
      };

      const runScenario = async (turns: DatasetItem[]) => {
        const answers = new Map<number, string>();
        let failure: { turn: number; error: ItemError } | undefined;
        for (let index = 0; index < turns.length; index++) {
          const item = turns[index] as DatasetItem;
          const conversation = item.conversation;
          const turn = conversation?.turn ?? 0;
          const skipped = (message: string): ModelResponse => ({
            output: null,
            attempts: 0,
            error: { stage: 'model', kind: 'missing_response', message, attempts: 0 },
          });
          if (failure) {
            emit(
              item,
              skipped(
                `not sent: turn ${failure.turn} of scenario "${conversation?.scenarioId}" failed earlier ` +
                  `(${failure.error.kind}: ${failure.error.message})`,
              ),
            );
            continue;
          }
          const messages: ChatMessage[] = [...baseMessages];
          if (conversation?.context !== undefined) {
            messages.push({
              role: 'system',
              content: `Context (JSON): ${JSON.stringify(conversation.context)}`,
            });
          }
          let gap: number | undefined;
          for (let earlier = 0; earlier < turn; earlier++) {
            const answer = answers.get(earlier);
            if (answer === undefined) {
              gap = earlier;
              break;
            }
            messages.push({ role: 'user', content: conversation?.userTurns[earlier] ?? '' });
            messages.push({ role: 'assistant', content: answer });
          }
          if (gap !== undefined) {
            const response = skipped(
              `not sent: turn ${gap} of scenario "${conversation?.scenarioId}" is not in the dataset, ` +
                `so the model's answer to it is unknown`,
            );
            failure = { turn: gap, error: response.error as ItemError };
            emit(item, response);
            continue;
          }
          messages.push({ role: 'user', content: item.input });
          const response = present(await call(messages, index > 0));
          if (response.error || response.output === null) {
            failure = {
              turn,
              error: response.error ?? { stage: 'model', kind: 'empty_response', message: 'no answer' },
            };
          } else {
            answers.set(turn, response.output);
          }
          emit(item, response);
        }
      };

      try {
        if (items.length > 0) await warmUp();
        await runPool(plan(items), Math.max(2, config.concurrency * 2), (unit) =>
          unit.turns ? runScenario(unit.turns) : runItem(unit.item),
        );
      } finally {
        if (deadlineTimer !== undefined) clearTimeout(deadlineTimer);
        stats.wallMs = Math.round(performance.now() - startedAt);
        if (stats.requests > 0 && options.log) {
          options.log(
            `model: ${stats.requests} requests, ${limiter.meanInFlight.toFixed(1)} in flight on average ` +
              `(concurrency ${limiter.max})`,
          );
        }
        progress.finish();
        lastRun = {
          stats: { ...stats },
          peakInFlight: limiter.peak,
          configuredConcurrency: limiter.max,
          lowestConcurrency: limiter.lowest,
          concurrencyDecreases: limiter.decreases,
          meanInFlight: limiter.meanInFlight,
        };
        if (breaker.isOpen && options.log) {
          options.log(
            `model: ${breaker.message()}; ${breaker.shortCircuited} items ended as errors without an answer`,
          );
        }
        if (stats.rateLimited > 0 && options.log) {
          options.log(
            `model: the endpoint answered 429 to ${stats.rateLimited} of ${stats.requests} requests; ` +
              `concurrency went as low as ${limiter.lowest} (configured ${limiter.max})`,
          );
        }
      }
      return stats;
    },
  };
}
