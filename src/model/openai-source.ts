// The live model source: an OpenAI-compatible chat completions endpoint, called through the `openai` SDK.
//
// How a run goes:
// - Items are taken one by one from the dataset (nothing is collected): a plain item is one request; the items
//   of a multi-turn scenario (same `conversation.scenarioId`) form one unit whose turns run in order, while
//   different scenarios and items run concurrently.
// - Each request goes through chat-call.ts (the same path as the judge's): the response cache, the circuit
//   breaker, a concurrency slot (an adaptive bound, see concurrency.ts) and the user's rate caps
//   (rate-limit.ts), then it is sent, retried and timed out (retry.ts), every attempt counted.
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
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import type { ModelConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { ChatMessage, DatasetItem, ItemError, ModelResponse } from '../core/types.js';
import {
  createChatEndpoint,
  tokenUsage,
  type CallGate,
  type ChatEndpoint,
  type ChatSession,
} from './chat-call.js';
import { CircuitBreaker, DEFAULT_MODEL_CIRCUIT_BREAKER } from './circuit-breaker.js';
import { AdaptiveConcurrency, runPool, type AdaptiveConcurrencyOptions } from './concurrency.js';
import type { FetchFunction } from './http-fetch.js';
import { ProgressReporter, type ProgressSnapshot } from './progress.js';
import { estimateTokens, RateLimiter } from './rate-limit.js';
import type { ResponseCache } from './response-cache.js';
import type { AttemptContext, RetryPolicy } from './retry.js';
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
  const usage = tokenUsage(parts.usage);
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

/** The key the SDK is given: the user's, or a placeholder for a local endpoint (which needs none). */
function checkApiKey(config: ModelConfig, apiKey: string | undefined): void {
  if (apiKey !== undefined && apiKey.trim() !== '') return;
  if (isLocalEndpoint(config.baseUrl)) return; // the chat endpoint sends a placeholder: the SDK wants a key
  throw new UserError(`no API key: the environment variable ${config.apiKeyEnv} is not set or empty`, {
    key: 'model.api-key-env',
    fix: `Set ${config.apiKeyEnv} (in GitHub Actions, from a secret), or name another variable in model.api-key-env.`,
  });
}

function requestBody(config: ModelConfig, messages: ChatMessage[]): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: config.model,
    messages: messages as ChatCompletionMessageParam[],
  };
  if (config.temperature !== undefined) body.temperature = config.temperature;
  if (config.maxTokens !== undefined) body.max_tokens = config.maxTokens;
  if (config.seed !== undefined) body.seed = config.seed;
  return body;
}

/** One request, streamed or not; the answer as a response (thinking not stripped). */
async function attemptOnce(
  endpoint: ChatEndpoint,
  stream: boolean,
  body: ChatCompletionCreateParamsNonStreaming,
  context: AttemptContext,
): Promise<ModelResponse> {
  const { signal } = context;
  const startedAt = performance.now();
  if (stream) {
    const client = await endpoint.streamingClient();
    const chunks = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      { signal, timeout: endpoint.policy.timeoutMs },
    );
    const answer = await collectChatStream(chunks, startedAt);
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
  const completion = await endpoint.complete(body, signal, context.attempt);
  const latencyMs = performance.now() - startedAt;
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

/** Answers without push-back after which the pool starts its remaining workers at once (concurrency.ts). */
const RAMP_EVIDENCE = 4;

function skipped(message: string): ModelResponse {
  return {
    output: null,
    attempts: 0,
    error: { stage: 'model', kind: 'missing_response', message, attempts: 0 },
  };
}

/** The state of one `run`: its counters, stop signal, concurrency bound, caps, progress and breaker. */
class LiveRun {
  readonly stats = emptyRunStats();
  private readonly startedAt = performance.now();
  private readonly stop = new AbortController();
  private readonly deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  readonly limiter: AdaptiveConcurrency;
  private readonly rate: RateLimiter;
  private readonly progress: ProgressReporter;
  /** After `circuitBreaker` calls in a row fail to reach the endpoint, the rest are not sent. */
  private readonly breaker: CircuitBreaker;
  private readonly session: ChatSession;
  private readonly baseMessages: ChatMessage[];
  private fatal = false;

  constructor(
    private readonly config: ModelConfig,
    private readonly endpoint: ChatEndpoint,
    cache: ResponseCache,
    private readonly options: OpenAISourceOptions,
    total: number,
    private readonly onResponse: (item: DatasetItem, response: ModelResponse) => void,
  ) {
    const deadlineMs = config.deadlineMs;
    this.deadlineTimer =
      deadlineMs !== undefined
        ? setTimeout(() => this.stop.abort(new DeadlineExceeded(deadlineMs)), deadlineMs)
        : undefined;
    this.limiter = new AdaptiveConcurrency({ ...(options.adaptive || {}), max: config.concurrency });
    this.rate = new RateLimiter({
      requestsPerMinute: config.requestsPerMinute,
      tokensPerMinute: config.tokensPerMinute,
    });
    this.progress = new ProgressReporter({
      total,
      label: 'model',
      intervalMs: options.progressIntervalMs,
      log: options.log,
      onProgress: options.onProgress,
    }).start();
    this.breaker = new CircuitBreaker(
      config.circuitBreaker ?? DEFAULT_MODEL_CIRCUIT_BREAKER,
      'the model endpoint',
    );
    this.breaker.signal.addEventListener('abort', () => this.stop.abort(this.breaker.signal.reason), {
      once: true,
    });
    this.session = endpoint.session({
      stage: 'model',
      cache,
      breaker: this.breaker,
      limiter: this.limiter,
      // With `adaptive: false` the bound never moves: 429s are not reported to the pool.
      adaptive: options.adaptive !== false,
      signal: this.stop.signal,
      deadlineAt: deadlineMs !== undefined ? Date.now() + deadlineMs : undefined,
      stats: this.stats,
    });
    this.baseMessages = config.systemPrompt ? [{ role: 'system', content: config.systemPrompt }] : [];
  }

  async run(items: readonly DatasetItem[]): Promise<void> {
    await runPool(
      plan(items),
      Math.max(2, this.config.concurrency * 2),
      (unit) => (unit.turns ? this.runScenario(unit.turns) : this.runItem(unit.item)),
      () => this.limiter.answeredFreely(RAMP_EVIDENCE),
    );
  }

  private emit(item: DatasetItem, response: ModelResponse): void {
    if (this.fatal) return;
    this.stats.items++;
    if (response.error) this.stats.errors++;
    this.progress.item(response.error !== undefined, response.cached === true);
    try {
      this.onResponse(item, response);
    } catch (error) {
      this.fatal = true;
      this.stop.abort(error);
      throw error;
    }
  }

  private present(raw: ModelResponse): ModelResponse {
    return this.config.stripThinking && typeof raw.output === 'string'
      ? { ...raw, output: stripThinking(raw.output) }
      : raw;
  }

  /** One request (with cache, slots, caps, retries); the raw answer, thinking not stripped. */
  private async call(messages: ChatMessage[], urgent: boolean): Promise<ModelResponse> {
    const { config, rate, stats } = this;
    const body = requestBody(config, messages);
    let estimate = 0;
    const gate: CallGate | undefined = rate.enabled
      ? {
          prepare: () => {
            if (rate.limitsTokens) estimate = estimateTokens(messages, config.maxTokens);
          },
          enter: (signal) => rate.acquire(estimate, signal).then(() => true),
        }
      : undefined;
    const result = await this.session.call(
      body,
      (attempt) => attemptOnce(this.endpoint, config.stream === true, body, attempt),
      { urgent, gate },
    );
    if (result.kind === 'cached') stats.cacheHits++;
    else if (this.session.caching) stats.cacheMisses++;
    if (result.kind === 'cached') return result.response;
    if (result.kind === 'error') return { output: null, error: result.error, attempts: result.attempts };
    if (result.kind === 'refused') throw new Error('internal: the rate gate waits, it never refuses');
    const response = result.value;
    response.attempts = result.attempts;
    if (rate.limitsTokens) rate.settle(estimate, response.usage?.total);
    if (!response.error) await this.session.remember(result.cacheKey, response);
    return response;
  }

  private async runItem(item: DatasetItem): Promise<void> {
    const raw = await this.call([...this.baseMessages, { role: 'user', content: item.input }], false);
    this.emit(item, this.present(raw));
  }

  /** The turns of one scenario in order, each sent with the answers to the turns before it. */
  private async runScenario(turns: DatasetItem[]): Promise<void> {
    const answers = new Map<number, string>();
    let failure: { turn: number; error: ItemError } | undefined;
    for (let index = 0; index < turns.length; index++) {
      const item = turns[index] as DatasetItem;
      const conversation = item.conversation;
      const turn = conversation?.turn ?? 0;
      if (failure) {
        this.emit(
          item,
          skipped(
            `not sent: turn ${failure.turn} of scenario "${conversation?.scenarioId}" failed earlier ` +
              `(${failure.error.kind}: ${failure.error.message})`,
          ),
        );
        continue;
      }
      const messages: ChatMessage[] = [...this.baseMessages];
      if (conversation?.context !== undefined) {
        messages.push({ role: 'system', content: `Context (JSON): ${JSON.stringify(conversation.context)}` });
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
        this.emit(item, response);
        continue;
      }
      messages.push({ role: 'user', content: item.input });
      const response = this.present(await this.call(messages, index > 0));
      if (response.error || response.output === null) {
        failure = {
          turn,
          error: response.error ?? { stage: 'model', kind: 'empty_response', message: 'no answer' },
        };
      } else {
        answers.set(turn, response.output);
      }
      this.emit(item, response);
    }
  }

  /** Stops the timers, logs the closing lines; the diagnostics of the run. */
  finish(): LiveRunDiagnostics {
    const { stats, limiter, breaker, options } = this;
    if (this.deadlineTimer !== undefined) clearTimeout(this.deadlineTimer);
    stats.wallMs = Math.round(performance.now() - this.startedAt);
    if (stats.requests > 0 && options.log) {
      options.log(
        `model: ${stats.requests} requests, ${limiter.meanInFlight.toFixed(1)} in flight on average ` +
          `(concurrency ${limiter.max})`,
      );
    }
    this.progress.finish();
    const diagnostics: LiveRunDiagnostics = {
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
    return diagnostics;
  }
}

export function createOpenAISource(
  config: ModelConfig,
  cache: ResponseCache,
  options: OpenAISourceOptions,
): OpenAISource {
  checkApiKey(config, options.apiKey);
  const endpoint = createChatEndpoint({
    baseUrl: config.baseUrl,
    apiKey: options.apiKey,
    headers: config.headers,
    // The SDK wants a positive integer timeout (it rejects 1500.5).
    timeoutMs: Math.max(1, Math.round(config.timeoutMs)),
    maxRetries: Math.max(0, Math.floor(config.maxRetries)),
    retry: options.retry,
    random: options.random,
    fetch: options.fetch,
  });
  let lastRun: LiveRunDiagnostics | undefined;

  return {
    kind: 'live',
    description: `${config.model} at ${config.baseUrl}`,
    get lastRun() {
      return lastRun;
    },

    async run(items, onResponse) {
      const live = new LiveRun(config, endpoint, cache, options, items.length, onResponse);
      try {
        await live.run(items);
      } finally {
        lastRun = live.finish();
      }
      return live.stats;
    },
  };
}
