/**
 * A real OpenAI-compatible HTTP server for tests and benchmarks (node:http on 127.0.0.1, port 0).
 *
 * It answers `POST /v1/chat/completions`, plain and streamed (server-sent events, with the usage chunk when the
 * request asks for `stream_options.include_usage`), and lets each test script every answer:
 *
 * ```ts
 * const server = await startOpenAIServer({
 *   handler: (body, info) => {
 *     if (info.key === 'flaky' && info.attempt === 1) return { status: 500 };
 *     if (info.key === 'slow') return { content: 'late', delayMs: 300 };
 *     return { content: `answer to ${info.key}` };
 *   },
 * });
 * // ... point the code under test at server.url (".../v1") ...
 * server.requests;          // every request: body, headers, arrival time, key, attempt, status answered
 * server.stats.maxInFlight; // most requests open at once
 * await server.close();     // destroys open sockets: hung requests never keep a test alive
 * ```
 *
 * A reply (`ScriptedReply`) may set: `status` (default 200) and `headers`; `content` / `refusal` /
 * `finishReason` / `usage` of the generated completion (content defaults to `echo: <key>`); `body` to send
 * instead (a string is sent as is, e.g. garbage; anything else as JSON); `delayMs` before answering (before the
 * first chunk when streaming); `hang: true` to never answer; `chunks` and `chunkDelayMs` for streaming. An error
 * status without a body gets an OpenAI-style `{"error": {...}}` body.
 *
 * `info.key` is the text of the last user message, `info.attempt` counts requests with that key (1 for the
 * first), so a handler can answer per item and per attempt. `rateLimit` puts a token bucket in front of the
 * handler: beyond `requestsPerSecond` (burst `burst`, default one second's worth) it answers 429 at once with
 * `retry-after` (whole seconds, rounded up) and/or `retry-after-ms`. `latencyMs` is the delay of replies that do
 * not set their own. `record: false` keeps counters only (for long benchmarks).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [field: string]: unknown;
}

export interface RecordedRequest {
  /** 0-based, in arrival order. */
  index: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined when it did not parse). */
  body: ChatRequestBody | undefined;
  /** Epoch ms when the request arrived. */
  arrivedAt: number;
  /** The last user message. */
  key: string;
  /** 1 for the first request with this key, 2 for the next, ... */
  attempt: number;
  /** Status answered (undefined while open, or for a hung request). */
  status?: number;
}

export interface ReplyInfo {
  key: string;
  attempt: number;
  index: number;
  /** Requests open at this moment, this one included. */
  inFlight: number;
  request: RecordedRequest;
}

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  content?: string | null;
  refusal?: string | null;
  finishReason?: string | null;
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
  delayMs?: number;
  hang?: boolean;
  chunks?: string[];
  chunkDelayMs?: number;
}

export type ReplyHandler = (
  body: ChatRequestBody,
  info: ReplyInfo,
) => ScriptedReply | undefined | Promise<ScriptedReply | undefined>;

export interface RateLimitOptions {
  requestsPerSecond: number;
  /** Bucket size. Default: one second's worth. */
  burst?: number;
  /** Which headers a 429 carries. Default 'both'. */
  retryAfter?: 'seconds' | 'ms' | 'both' | 'none';
}

export interface OpenAIServerOptions {
  handler?: ReplyHandler;
  latencyMs?: number;
  rateLimit?: RateLimitOptions;
  record?: boolean;
}

export interface ServerStats {
  /** Requests received (chat completions and anything else). */
  total: number;
  inFlight: number;
  maxInFlight: number;
  /** Answers by status. */
  byStatus: Record<number, number>;
  /** 429s sent by the `rateLimit` bucket. */
  rateLimited: number;
  /** Epoch ms of the first request since the last reset, and of the last answer sent. */
  firstArrivalAt?: number;
  lastAnswerAt?: number;
}

export interface OpenAIServer {
  /** Base URL for an OpenAI client, ending in `/v1`. */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  readonly stats: ServerStats;
  setHandler(handler: ReplyHandler): void;
  setRateLimit(rateLimit: RateLimitOptions | undefined): void;
  /** Requests with this key (last user message), in arrival order. */
  requestsFor(key: string): RecordedRequest[];
  /** Forgets recorded requests, attempt counts and counters. */
  reset(): void;
  close(): Promise<void>;
}

/** The text of the last user message of a chat request ('' if none). */
export function lastUserMessage(body: ChatRequestBody | undefined): string {
  const messages = body?.messages;
  if (!Array.isArray(messages)) return '';
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message?.role !== 'user') continue;
    const content = message.content;
    if (typeof content === 'string') return content;
    if (Array.isArray(content)) {
      return content
        .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
        .join('');
    }
    return '';
  }
  return '';
}

const STATUS_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'invalid_request_error',
  404: 'invalid_request_error',
  429: 'rate_limit_error',
};

function tokensOf(text: string): number {
  return Math.ceil(text.length / 4);
}

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  let handler: ReplyHandler = options.handler ?? (() => undefined);
  let rateLimit = options.rateLimit;
  const record = options.record ?? true;
  const requests: RecordedRequest[] = [];
  const attempts = new Map<string, number>();
  const stats: ServerStats = { total: 0, inFlight: 0, maxInFlight: 0, byStatus: {}, rateLimited: 0 };
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let bucket = { level: 0, at: 0 };
  let completionId = 0;
  let closed = false;

  const resetBucket = () => {
    bucket = { level: rateLimit ? (rateLimit.burst ?? rateLimit.requestsPerSecond) : 0, at: Date.now() };
  };
  resetBucket();

  /** Runs `fn` `ms` after `from` (epoch ms; default now). */
  const later = (ms: number, fn: () => void, from?: number) => {
    if (from !== undefined) ms -= Date.now() - from;
    if (ms <= 0) return fn();
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  /** Takes a token, or returns the ms until one is available. */
  const takeToken = (limit: RateLimitOptions): number => {
    const now = Date.now();
    const capacity = limit.burst ?? limit.requestsPerSecond;
    bucket.level = Math.min(capacity, bucket.level + ((now - bucket.at) / 1000) * limit.requestsPerSecond);
    bucket.at = now;
    if (bucket.level >= 1) {
      bucket.level -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.level) / limit.requestsPerSecond) * 1000));
  };

  const server = http.createServer((req, res) => {
    const arrivedAt = Date.now();
    stats.firstArrivalAt ??= arrivedAt;
    stats.total++;
    stats.inFlight++;
    if (stats.inFlight > stats.maxInFlight) stats.maxInFlight = stats.inFlight;
    let open = true;
    const finish = () => {
      if (!open) return;
      open = false;
      stats.inFlight--;
    };
    res.on('close', finish);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: ChatRequestBody | undefined;
      try {
        body = JSON.parse(raw) as ChatRequestBody;
      } catch {
        body = undefined;
      }
      const key = lastUserMessage(body);
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const recorded: RecordedRequest = {
        index: stats.total - 1,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        arrivedAt,
        key,
        attempt,
      };
      if (record) requests.push(recorded);

      const send = (status: number, headers: Record<string, string>, payload: string) => {
        if (closed || res.destroyed || res.writableEnded) return;
        recorded.status = status;
        stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(payload);
        stats.lastAnswerAt = Date.now();
      };

      if (req.method !== 'POST' || !(req.url ?? '').replace(/\?.*$/, '').endsWith('/chat/completions')) {
        send(
          404,
          {},
          JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, type: 'not_found' } }),
        );
        return;
      }
      if (body === undefined) {
        send(
          400,
          {},
          JSON.stringify({ error: { message: 'body is not JSON', type: 'invalid_request_error' } }),
        );
        return;
      }
      if (rateLimit) {
        const waitMs = takeToken(rateLimit);
        if (waitMs > 0) {
          stats.rateLimited++;
          const headers: Record<string, string> = {};
          const mode = rateLimit.retryAfter ?? 'both';
          if (mode === 'ms' || mode === 'both') headers['retry-after-ms'] = String(waitMs);
          if (mode === 'seconds' || mode === 'both')
            headers['retry-after'] = String(Math.ceil(waitMs / 1000));
          send(
            429,
            headers,
            JSON.stringify({
              error: {
                message: 'Rate limit reached for requests',
                type: 'requests',
                code: 'rate_limit_exceeded',
              },
            }),
          );
          return;
        }
      }
      const respond = (reply: ScriptedReply) => {
        if (reply.hang) return; // never answer; close() destroys the socket
        const status = reply.status ?? 200;
        const delayMs = reply.delayMs ?? options.latencyMs ?? 0;
        const headers = reply.headers ?? {};
        if (reply.body !== undefined) {
          const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
          later(delayMs, () => send(status, headers, payload), arrivedAt);
          return;
        }
        if (status >= 400) {
          const payload = JSON.stringify({
            error: {
              message: `scripted ${status}`,
              type: STATUS_TYPES[status] ?? 'server_error',
              code: null,
            },
          });
          later(delayMs, () => send(status, headers, payload), arrivedAt);
          return;
        }
        const content = reply.content === undefined ? `echo: ${key}` : reply.content;
        const promptText = (body.messages ?? []).map((message) => String(message.content)).join('\n');
        const usage =
          reply.usage === undefined
            ? {
                prompt_tokens: tokensOf(promptText),
                completion_tokens: tokensOf(content ?? ''),
                total_tokens: tokensOf(promptText) + tokensOf(content ?? ''),
              }
            : reply.usage;
        const finishReason = reply.finishReason === undefined ? 'stop' : reply.finishReason;
        const id = `chatcmpl-${++completionId}`;
        const created = Math.floor(Date.now() / 1000);
        const model = typeof body.model === 'string' ? body.model : 'mock';
        if (body.stream) {
          streamAnswer(reply, { id, created, model, content, finishReason, usage, delayMs, headers, status });
          return;
        }
        const completion = {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content, refusal: reply.refusal ?? null },
              logprobs: null,
              finish_reason: finishReason,
            },
          ],
          ...(usage === null ? {} : { usage }),
        };
        later(delayMs, () => send(status, headers, JSON.stringify(completion)), arrivedAt);
      };

      const streamAnswer = (
        reply: ScriptedReply,
        answer: {
          id: string;
          created: number;
          model: string;
          content: string | null;
          finishReason: string | null;
          usage: ScriptedReply['usage'];
          delayMs: number;
          headers: Record<string, string>;
          status: number;
        },
      ) => {
        const base = {
          id: answer.id,
          object: 'chat.completion.chunk',
          created: answer.created,
          model: answer.model,
        };
        const events: string[] = [];
        const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
          `data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`;
        events.push(chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
        const parts =
          reply.chunks ?? (answer.content ? (answer.content.match(/\S+\s*|\s+/g) ?? [answer.content]) : []);
        for (const part of parts)
          events.push(chunk([{ index: 0, delta: { content: part }, finish_reason: null }]));
        if (reply.refusal) {
          events.push(chunk([{ index: 0, delta: { refusal: reply.refusal }, finish_reason: null }]));
        }
        events.push(chunk([{ index: 0, delta: {}, finish_reason: answer.finishReason }]));
        if (body.stream_options?.include_usage && answer.usage)
          events.push(chunk([], { usage: answer.usage }));
        events.push('data: [DONE]\n\n');
        const gap = reply.chunkDelayMs ?? 0;
        later(
          answer.delayMs,
          () => {
            if (closed || res.destroyed) return;
            recorded.status = answer.status;
            stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
            res.writeHead(answer.status, {
              'content-type': 'text/event-stream',
              'cache-control': 'no-cache',
              ...answer.headers,
            });
            // The role chunk goes with the headers; each later event after `gap` ms.
            let next = 0;
            const write = () => {
              if (closed || res.destroyed) return;
              const event = events[next++];
              if (event === undefined) {
                res.end();
                return;
              }
              res.write(event);
              if (next === 1 || gap <= 0) write();
              else later(gap, write);
            };
            write();
          },
          arrivedAt,
        );
      };
      const info: ReplyInfo = {
        key,
        attempt,
        index: recorded.index,
        inFlight: stats.inFlight,
        request: recorded,
      };
      Promise.resolve()
        .then(() => handler(body, info))
        .then(
          (reply) => respond(reply ?? {}),
          (error: unknown) =>
            send(
              500,
              {},
              JSON.stringify({ error: { message: `handler failed: ${String(error)}`, type: 'server' } }),
            ),
        );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    stats,
    setHandler(next) {
      handler = next;
    },
    setRateLimit(next) {
      rateLimit = next;
      resetBucket();
    },
    requestsFor(key) {
      return requests.filter((request) => request.key === key);
    },
    reset() {
      requests.length = 0;
      attempts.clear();
      stats.total = 0;
      stats.maxInFlight = stats.inFlight;
      stats.byStatus = {};
      stats.rateLimited = 0;
      delete stats.firstArrivalAt;
      delete stats.lastAnswerAt;
      resetBucket();
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await done;
    },
  };
}
