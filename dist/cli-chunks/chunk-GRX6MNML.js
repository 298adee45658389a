import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  emptyRunStats,
  responseCacheKey
} from "./chunk-JDP6YO3L.js";
import {
  CircuitBreaker,
  DEFAULT_MODEL_CIRCUIT_BREAKER
} from "./chunk-P2PIV36V.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  EVALGATE_VERSION
} from "./chunk-BKMCED4D.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError
} from "./chunk-VKATPZEV.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/model/chat-request.ts
function chatCompletionsUrl(baseUrl) {
  const url = new URL(baseUrl);
  url.hash = "";
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/chat/completions`;
  return url.href;
}
__name(chatCompletionsUrl, "chatCompletionsUrl");
function fixedHeaders(options) {
  const env = options.env ?? process.env;
  const headers = /* @__PURE__ */ new Map();
  const put = /* @__PURE__ */ __name((name, value) => {
    if (value !== void 0 && value !== "") headers.set(name.toLowerCase(), [name, value]);
  }, "put");
  put("Accept", "application/json");
  put("Content-Type", "application/json");
  put("User-Agent", `evalgate/${EVALGATE_VERSION}`);
  put("X-Stainless-Timeout", String(Math.trunc(options.timeoutMs / 1e3)));
  put("Authorization", `Bearer ${options.apiKey}`);
  put("OpenAI-Organization", env.OPENAI_ORG_ID?.trim());
  put("OpenAI-Project", env.OPENAI_PROJECT_ID?.trim());
  for (const [name, value] of Object.entries(options.headers ?? {})) put(name, value);
  return [...headers.values()];
}
__name(fixedHeaders, "fixedHeaders");
function isJsonMediaType(contentType) {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType !== void 0 && (mediaType.includes("application/json") || mediaType.endsWith("+json"));
}
__name(isJsonMediaType, "isJsonMediaType");
function parseJsonOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
__name(parseJsonOrUndefined, "parseJsonOrUndefined");
async function statusError(response) {
  const text = await response.text().catch((error) => error instanceof Error ? error.message : "");
  const json = parseJsonOrUndefined(text);
  return APIError.generate(
    response.status,
    json,
    json === void 0 ? text : void 0,
    response.headers
  );
}
__name(statusError, "statusError");
function failedConnection(error, signal) {
  if (signal.aborted) return error;
  return new APIConnectionError({ cause: error instanceof Error ? error : new Error(String(error)) });
}
__name(failedConnection, "failedConnection");
var NOT_A_COMPLETION = "the endpoint did not answer with a JSON chat completion";
function createChatRequest(options) {
  const url = chatCompletionsUrl(options.baseUrl);
  const headers = fixedHeaders(options);
  const send = options.fetch;
  return async (body, signal, attempt = 1) => {
    let response;
    try {
      response = await send(url, {
        method: "POST",
        headers: [["X-Stainless-Retry-Count", String(attempt - 1)], ...headers],
        body: JSON.stringify(body),
        signal
      });
    } catch (error) {
      throw failedConnection(error, signal);
    }
    if (!response.ok) throw await statusError(response);
    let text;
    try {
      text = await response.text();
    } catch (error) {
      throw failedConnection(error, signal);
    }
    if (response.status === 204 || !isJsonMediaType(response.headers.get("content-type"))) {
      throw new SyntaxError(NOT_A_COMPLETION);
    }
    const completion = text === "" ? void 0 : JSON.parse(text);
    if (completion === null || typeof completion !== "object") throw new SyntaxError(NOT_A_COMPLETION);
    return completion;
  };
}
__name(createChatRequest, "createChatRequest");

// src/model/http-fetch.ts
import { createRequire } from "node:module";
import { Readable } from "node:stream";
function builtin(name) {
  const get = process.getBuiltinModule;
  return get ? get(name) : createRequire(import.meta.url)(name);
}
__name(builtin, "builtin");
var http = builtin("node:http");
var https = builtin("node:https");
var PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];
function proxyConfigured(env = process.env) {
  return PROXY_VARIABLES.some((name) => (env[name] ?? "").trim() !== "");
}
__name(proxyConfigured, "proxyConfigured");
function forEachHeader(headers, visit) {
  if (!headers) return;
  if (Array.isArray(headers)) {
    for (const [name, value] of headers) if (name !== void 0 && value !== void 0) visit(name, value);
    return;
  }
  const prototype = Object.getPrototypeOf(headers);
  if (prototype === Object.prototype || prototype === null) {
    for (const [name, value] of Object.entries(headers))
      if (value !== void 0) visit(name, String(value));
    return;
  }
  headers.forEach((value, name) => visit(name, value));
}
__name(forEachHeader, "forEachHeader");
function rawRequestHeaders(headers, url, body) {
  const out = [];
  forEachHeader(headers, (name, value) => out.push(name, value));
  let host = false;
  let length = false;
  for (let index = 0; index < out.length; index += 2) {
    const name = out[index].toLowerCase();
    if (name === "host") host = true;
    else if (name === "content-length") length = true;
  }
  if (!host) out.push("Host", url.host);
  if (!length) {
    out.push("Content-Length", String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength));
  }
  return out;
}
__name(rawRequestHeaders, "rawRequestHeaders");
function plainHeaders(headers) {
  const out = {};
  forEachHeader(headers, (name, value) => {
    out[name] = value;
  });
  return out;
}
__name(plainHeaders, "plainHeaders");
function abortError(signal) {
  const reason = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("This operation was aborted", "AbortError");
}
__name(abortError, "abortError");
function responseHeaders(raw) {
  const headers = new Headers();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    headers.append(raw[index], raw[index + 1]);
  }
  return headers;
}
__name(responseHeaders, "responseHeaders");
var AnswerHeaders = class {
  static {
    __name(this, "AnswerHeaders");
  }
  byName = /* @__PURE__ */ new Map();
  constructor(raw) {
    for (let index = 0; index + 1 < raw.length; index += 2) {
      const name = raw[index].toLowerCase();
      const value = raw[index + 1];
      const before = this.byName.get(name);
      this.byName.set(name, before === void 0 ? value : `${before}, ${value}`);
    }
  }
  get(name) {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name) {
    return this.byName.has(name.toLowerCase());
  }
  forEach(callback) {
    for (const [name, value] of this.entries()) callback(value, name);
  }
  entries() {
    return this.byName.entries();
  }
  keys() {
    return this.byName.keys();
  }
  values() {
    return this.byName.values();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
var UTF8_BOM = 65279;
var BufferedAnswer = class {
  constructor(status, statusText, headers, bytes, url) {
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.bytes = bytes;
    this.url = url;
  }
  status;
  statusText;
  headers;
  bytes;
  url;
  static {
    __name(this, "BufferedAnswer");
  }
  body = null;
  bodyUsed = false;
  redirected = false;
  type = "basic";
  get ok() {
    return this.status >= 200 && this.status <= 299;
  }
  consume() {
    if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
    this.bodyUsed = true;
    return this.bytes;
  }
  /** The body decoded as UTF-8, a leading byte-order mark dropped (as `Response.text` does). */
  text() {
    try {
      const text = this.consume().toString("utf8");
      return Promise.resolve(text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  json() {
    return this.text().then((text) => JSON.parse(text));
  }
  arrayBuffer() {
    try {
      const bytes = this.consume();
      return Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
      );
    } catch (error) {
      return Promise.reject(error);
    }
  }
};
function createNodeFetch(options = {}) {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Infinity,
    scheduling: "lifo"
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  let lastHref;
  let lastUrl;
  const nodeFetch = /* @__PURE__ */ __name((input, init = {}) => {
    const body = init.body;
    const simpleBody = body === void 0 || body === null || typeof body === "string" || body instanceof Uint8Array;
    if (!simpleBody || typeof input !== "string" && !(input instanceof URL)) {
      return globalThis.fetch(input, init);
    }
    if (typeof input === "string" && input !== lastHref) {
      lastHref = input;
      lastUrl = new URL(input);
    }
    const url = typeof input === "string" ? lastUrl : input;
    const isHttps = url.protocol === "https:";
    if (!isHttps && url.protocol !== "http:") return globalThis.fetch(input, init);
    const signal = init.signal ?? void 0;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = /* @__PURE__ */ __name((error) => {
        if (settled) return;
        settled = true;
        reject(error);
      }, "fail");
      const request = (isHttps ? https : http).request(
        url,
        {
          method: (init.method ?? "GET").toUpperCase(),
          headers: body === void 0 || body === null ? plainHeaders(init.headers) : rawRequestHeaders(init.headers, url, body),
          agent: isHttps ? httpsAgent : httpAgent,
          signal
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const statusText = res.statusMessage ?? "";
          const contentType = res.headers["content-type"] ?? "";
          if (status === 204 || status === 304) {
            res.resume();
            settled = true;
            resolve(new Response(null, { status, statusText, headers: responseHeaders(res.rawHeaders) }));
            return;
          }
          if (contentType.includes("text/event-stream")) {
            settled = true;
            const init2 = { status, statusText, headers: responseHeaders(res.rawHeaders) };
            resolve(new Response(Readable.toWeb(res), init2));
            return;
          }
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () => {
            if (settled) return;
            settled = true;
            const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            const headers = new AnswerHeaders(res.rawHeaders);
            resolve(new BufferedAnswer(status, statusText, headers, bytes, url.href));
          });
          res.on("error", (error) => fail(signal?.aborted ? abortError(signal) : toFetchError(error)));
          res.on("close", () => {
            if (!res.complete) {
              fail(
                signal?.aborted ? abortError(signal) : toFetchError(new Error("the connection closed before the answer was complete"))
              );
            }
          });
        }
      );
      request.on("error", (error) => fail(signal?.aborted ? abortError(signal) : toFetchError(error)));
      request.end(body ?? void 0);
    });
  }, "nodeFetch");
  return Object.assign(nodeFetch, {
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    }
  });
}
__name(createNodeFetch, "createNodeFetch");
function toFetchError(error) {
  return new TypeError("fetch failed", { cause: error });
}
__name(toFetchError, "toFetchError");

// src/model/retry.ts
var DEFAULT_RETRY_POLICY = {
  maxRetries: 3,
  timeoutMs: 6e4,
  baseDelayMs: 500,
  maxDelayMs: 2e4,
  maxRetryAfterMs: 6e4,
  jitter: "full"
};
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
__name(isRetryableStatus, "isRetryableStatus");
function header(headers, name) {
  if (!headers) return void 0;
  if (typeof headers.get === "function") return headers.get(name) ?? void 0;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
__name(header, "header");
function parseRetryAfter(headers, nowMs = Date.now()) {
  const ms = header(headers, "retry-after-ms");
  if (ms !== void 0 && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = header(headers, "retry-after");
  if (after === void 0 || after.trim() === "") return void 0;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1e3 : void 0;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - nowMs);
}
__name(parseRetryAfter, "parseRetryAfter");
function backoffDelay(retry, previousMs, policy, random = Math.random) {
  const base = Math.max(0, policy.baseDelayMs);
  const cap = Math.max(base, policy.maxDelayMs);
  if (policy.jitter === "decorrelated") {
    const previous = Math.max(base, previousMs ?? base);
    return Math.min(cap, base + random() * (previous * 3 - base));
  }
  return random() * Math.min(cap, base * 2 ** Math.min(retry, 30));
}
__name(backoffDelay, "backoffDelay");
function redact(message, secrets) {
  let out = message;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join("[redacted]");
  }
  return out.replace(/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 [redacted]");
}
__name(redact, "redact");
var MAX_MESSAGE = 500;
function clip(message) {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}\u2026` : message;
}
__name(clip, "clip");
function classifyError(error, context) {
  const safe = /* @__PURE__ */ __name((text) => clip(redact(text, context.secrets)), "safe");
  if (context.timedOut) {
    return { kind: "timeout", retryable: true, message: `no complete answer within ${context.timeoutMs} ms` };
  }
  if (context.aborted) {
    const reason = context.abortReason instanceof Error ? `: ${context.abortReason.message}` : "";
    return { kind: "timeout", retryable: false, message: `stopped before an answer came${reason}` };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return { kind: "timeout", retryable: true, message: `no answer within ${context.timeoutMs} ms` };
  }
  if (error instanceof APIConnectionError) {
    const cause = error.cause;
    const detail = cause instanceof Error && cause.message ? `: ${cause.message}` : "";
    const code = cause instanceof Error ? causeCode(cause) : void 0;
    return {
      kind: "connection",
      retryable: true,
      message: safe(
        `connection failed${code ? ` (${code})` : ""}${detail === ": fetch failed" ? "" : detail}`
      )
    };
  }
  if (error instanceof APIUserAbortError) {
    return { kind: "timeout", retryable: false, message: "request aborted" };
  }
  if (error instanceof APIError) {
    const status = typeof error.status === "number" ? error.status : void 0;
    if (status === void 0) {
      return { kind: "http", retryable: true, message: safe(`endpoint error: ${error.message}`) };
    }
    const shouldRetry = header(error.headers, "x-should-retry");
    const retryable = shouldRetry === "true" ? true : shouldRetry === "false" ? false : isRetryableStatus(status);
    const failure = {
      kind: status === 429 ? "rate_limited" : "http",
      retryable,
      status,
      message: safe(`HTTP ${error.message}`)
    };
    const retryAfterMs = parseRetryAfter(error.headers, context.nowMs);
    if (retryAfterMs !== void 0) failure.retryAfterMs = retryAfterMs;
    return failure;
  }
  if (error instanceof SyntaxError) {
    return { kind: "http", retryable: true, message: safe(`malformed response body: ${error.message}`) };
  }
  if (isAbortLike(error)) {
    return { kind: "timeout", retryable: false, message: "request aborted" };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: "internal", retryable: false, message: safe(message) };
}
__name(classifyError, "classifyError");
function causeCode(error) {
  const direct = error.code;
  if (typeof direct === "string") return direct;
  const inner = error.cause;
  if (inner instanceof Error) return causeCode(inner);
  return void 0;
}
__name(causeCode, "causeCode");
function isAbortLike(error) {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}
__name(isAbortLike, "isAbortLike");
function sleep(ms, signal) {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(timer);
      reject(signal?.reason);
    }, "onAbort");
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
__name(sleep, "sleep");
var attemptsBySignal = /* @__PURE__ */ new WeakMap();
function followStop(signal, attempt) {
  let attempts = attemptsBySignal.get(signal);
  if (!attempts) {
    const followers = /* @__PURE__ */ new Set();
    attempts = followers;
    attemptsBySignal.set(signal, followers);
    signal.addEventListener(
      "abort",
      () => {
        for (const follower of followers) follower.abort(signal.reason);
        followers.clear();
      },
      { once: true }
    );
  }
  attempts.add(attempt);
  return attempts;
}
__name(followStop, "followStop");
function failedOutcome(failure, made, note) {
  let message = failure.message;
  if (made > 1) message += ` (gave up after ${made} attempts)`;
  if (note) message += `; ${note}`;
  const error = {
    stage: "model",
    kind: failure.kind,
    message,
    attempts: made
  };
  if (failure.status !== void 0) error.status = failure.status;
  return { ok: false, error, attempts: made };
}
__name(failedOutcome, "failedOutcome");
function stoppedOutcome(signal, last, made) {
  const reason = signal?.reason;
  const why = reason instanceof Error ? reason.message : "the run was stopped";
  return last ? failedOutcome({ ...last, retryable: false }, made, `${why} before a retry`) : failedOutcome({ kind: "timeout", retryable: false, message: `not sent: ${why} first` }, made);
}
__name(stoppedOutcome, "stoppedOutcome");
async function executeWithRetries(attempt, options) {
  const { policy, signal } = options;
  const secrets = options.secrets ?? [];
  const random = options.random ?? Math.random;
  let previousDelay;
  let last;
  let made = 0;
  for (let number = 1; ; number++) {
    if (signal?.aborted) return stoppedOutcome(signal, last, made);
    let ticket;
    try {
      ticket = options.enter ? await options.enter(number, signal) : void 0;
    } catch (error) {
      if (signal?.aborted) return stoppedOutcome(signal, last, made);
      throw error;
    }
    made = number;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("attempt timed out"));
    }, policy.timeoutMs);
    const followers = signal ? followStop(signal, controller) : void 0;
    let failure;
    try {
      const value = await attempt({ attempt: number, signal: controller.signal });
      ticket?.leave(void 0);
      return { ok: true, value, attempts: number };
    } catch (error) {
      failure = classifyError(error, {
        timedOut,
        aborted: !timedOut && signal?.aborted === true,
        abortReason: signal?.reason,
        timeoutMs: policy.timeoutMs,
        secrets
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
    let delay;
    if (failure.retryAfterMs !== void 0) {
      if (failure.retryAfterMs > policy.maxRetryAfterMs) {
        return failedOutcome(
          failure,
          made,
          `the endpoint asked to wait ${Math.round(failure.retryAfterMs / 1e3)} s, more than the ${Math.round(
            policy.maxRetryAfterMs / 1e3
          )} s evalgate accepts`
        );
      }
      delay = failure.retryAfterMs;
    } else {
      delay = backoffDelay(number - 1, previousDelay, policy, random);
    }
    previousDelay = delay;
    if (options.deadlineAt !== void 0 && Date.now() + delay >= options.deadlineAt) {
      return failedOutcome(failure, made, "no time left before the overall deadline to retry");
    }
    try {
      await sleep(delay, signal);
    } catch {
      return stoppedOutcome(signal, last, made);
    }
  }
}
__name(executeWithRetries, "executeWithRetries");

// src/model/chat-call.ts
var SECRET_HEADER = /auth|key|token|secret|cookie|signature|password|credential/i;
function tokenUsage(usage) {
  if (!usage || typeof usage !== "object") return void 0;
  const prompt = Number(usage.prompt_tokens) || 0;
  const completion = Number(usage.completion_tokens) || 0;
  const total = Number(usage.total_tokens) || prompt + completion;
  return { prompt, completion, total };
}
__name(tokenUsage, "tokenUsage");
function secretsOf(apiKey, headers) {
  const secrets = [apiKey ?? ""];
  for (const [name, value] of Object.entries(headers ?? {}))
    if (SECRET_HEADER.test(name)) secrets.push(value);
  return secrets.filter((secret) => secret.length >= 4);
}
__name(secretsOf, "secretsOf");
var Refused = class extends Error {
  static {
    __name(this, "Refused");
  }
};
function notSent(stage, signal) {
  const reason = signal.reason;
  const why = reason instanceof Error ? reason.message : "the run was stopped";
  return { stage, kind: "timeout", message: `not sent: ${why} first`, attempts: 0 };
}
__name(notSent, "notSent");
function releaseAfter(permit, failure, adaptive, policy) {
  if (!failure) permit.release("ok");
  else if (failure.kind === "rate_limited" && adaptive) {
    const wait = failure.retryAfterMs;
    permit.release("rate_limited", wait !== void 0 && wait <= policy.maxRetryAfterMs ? wait : 0);
  } else permit.release("failed");
}
__name(releaseAfter, "releaseAfter");
function createChatEndpoint(options) {
  const apiKey = options.apiKey && options.apiKey.trim() !== "" ? options.apiKey : "not-needed";
  const fetch = options.fetch ?? (proxyConfigured() ? globalThis.fetch : createNodeFetch());
  const complete = createChatRequest({
    baseUrl: options.baseUrl,
    apiKey,
    headers: options.headers,
    timeoutMs: options.timeoutMs,
    fetch
  });
  let client;
  const streamingClient = /* @__PURE__ */ __name(() => client ??= import("./openai-4Q4S737Y.js").then(
    ({ default: OpenAI }) => new OpenAI({
      baseURL: options.baseUrl,
      apiKey,
      maxRetries: 0,
      timeout: options.timeoutMs,
      defaultHeaders: options.headers,
      fetch
    })
  ), "streamingClient");
  const secrets = secretsOf(options.apiKey, options.headers);
  const policy = {
    ...DEFAULT_RETRY_POLICY,
    ...options.retry,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs
  };
  function session(settings) {
    const { stage, cache, breaker, limiter, adaptive, stats, deadlineAt } = settings;
    const signal = settings.signal ?? breaker.signal;
    const onFailure = /* @__PURE__ */ __name((failure) => {
      if (failure.kind === "rate_limited") stats.rateLimited++;
      else if (failure.kind === "timeout") stats.timeouts++;
    }, "onFailure");
    async function call(body, attempt, callOptions = {}) {
      let cacheKey;
      if (cache.mode !== "off") {
        cacheKey = responseCacheKey(options.baseUrl, body);
        const hit = await cache.get(cacheKey);
        if (hit) return { kind: "cached", response: hit };
      }
      if (breaker.isOpen) return { kind: "error", error: breaker.error(stage), attempts: 0 };
      if (signal.aborted) return { kind: "error", error: notSent(stage, signal), attempts: 0 };
      const { urgent = false, gate } = callOptions;
      gate?.prepare?.();
      let sent = 0;
      const enter = /* @__PURE__ */ __name(async (number, attemptSignal) => {
        const permit = await limiter.acquire({ urgent: urgent || number > 1, signal: attemptSignal });
        if (attemptSignal?.aborted) {
          permit.release("failed");
          throw attemptSignal.reason;
        }
        if (gate) {
          let admitted;
          try {
            admitted = await gate.enter(attemptSignal);
          } catch (error2) {
            permit.release("failed");
            throw error2;
          }
          if (!admitted) {
            permit.release("ok");
            throw new Refused();
          }
        }
        sent++;
        stats.requests++;
        return {
          leave: /* @__PURE__ */ __name((failure) => {
            gate?.leave?.(failure);
            releaseAfter(permit, failure, adaptive, policy);
          }, "leave")
        };
      }, "enter");
      let outcome;
      try {
        outcome = await executeWithRetries(attempt, {
          policy,
          signal,
          deadlineAt,
          secrets,
          random: options.random,
          onFailure,
          enter
        });
      } catch (error2) {
        if (error2 instanceof Refused) return { kind: "refused", attempts: sent };
        throw error2;
      }
      const attempts = outcome.attempts;
      stats.retries += Math.max(0, attempts - 1);
      if (outcome.ok) {
        breaker.record(void 0);
        return { kind: "answer", value: outcome.value, attempts, cacheKey };
      }
      if (breaker.isOpen) return { kind: "error", error: breaker.error(stage, attempts), attempts };
      if (!signal.aborted) breaker.record(outcome.error);
      const error = outcome.error.stage === stage ? outcome.error : { ...outcome.error, stage };
      return { kind: "error", error, attempts };
    }
    __name(call, "call");
    return {
      call,
      caching: cache.mode !== "off",
      async remember(cacheKey, response) {
        if (cacheKey !== void 0) await cache.set(cacheKey, response);
      }
    };
  }
  __name(session, "session");
  return { streamingClient, policy, complete, session };
}
__name(createChatEndpoint, "createChatEndpoint");

// src/model/concurrency.ts
var Queue = class {
  static {
    __name(this, "Queue");
  }
  items = [];
  head = 0;
  get length() {
    return this.items.length - this.head;
  }
  push(item) {
    this.items.push(item);
  }
  forEach(visit) {
    for (let index = this.head; index < this.items.length; index++) visit(this.items[index]);
  }
  shift() {
    if (this.head >= this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head] = void 0;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
};
var AdaptiveConcurrency = class {
  static {
    __name(this, "AdaptiveConcurrency");
  }
  max;
  min;
  decreaseFactor;
  increaseStep;
  probeStep;
  maxPauseMs;
  bound;
  /** The bound at which the last 429 came (undefined: none, or passed since). */
  failedAt;
  active = 0;
  epoch = 0;
  pausedUntil = 0;
  pauseTimer;
  /** Earliest time of the next grant while pacing (performance.now() ms). */
  nextGrantAt = 0;
  /** Smoothed time a successful request holds its slot, ms. */
  holdMs;
  urgent = new Queue();
  normal = new Queue();
  /** Signals with an 'abort' listener: one per signal, not one per waiter (most waiters share the run's). */
  watched = /* @__PURE__ */ new WeakSet();
  /** Most requests in flight at once. */
  peak = 0;
  /** Times the bound was lowered. */
  decreases = 0;
  /** Requests released as `ok`. */
  successes = 0;
  /** Lowest bound reached. */
  lowest;
  now;
  /** Request-milliseconds in flight, from the first grant to the last change. */
  inFlightArea = 0;
  firstGrantAt;
  lastChangeAt = 0;
  constructor(options) {
    this.max = Math.max(1, Math.floor(options.max));
    this.min = Math.min(this.max, Math.max(1, Math.floor(options.min ?? 1)));
    this.decreaseFactor = Math.min(0.95, Math.max(0.05, options.decrease ?? 0.7));
    this.increaseStep = Math.max(0, options.increase ?? 1);
    this.probeStep = this.increaseStep / Math.max(1, options.probeWindows ?? 16);
    this.maxPauseMs = Math.max(0, options.maxPauseMs ?? 6e4);
    this.bound = this.max;
    this.lowest = this.max;
    this.now = options.now ?? (() => performance.now());
  }
  /**
   * Requests in flight on average, weighted by time, from the first grant to the last release: how well the
   * client kept the endpoint busy (at most the configured concurrency).
   */
  get meanInFlight() {
    if (this.firstGrantAt === void 0) return 0;
    const span = this.lastChangeAt - this.firstGrantAt;
    return span > 0 ? this.inFlightArea / span : this.active;
  }
  /** Adds the time since the last change at the current count, before the count changes. */
  recordInFlight() {
    const at = this.now();
    if (this.firstGrantAt === void 0) this.firstGrantAt = at;
    else this.inFlightArea += this.active * (at - this.lastChangeAt);
    this.lastChangeAt = at;
  }
  /** The current bound on requests in flight. */
  get limit() {
    return Math.max(this.min, Math.floor(this.bound));
  }
  get inFlight() {
    return this.active;
  }
  /** Whether `count` requests were answered and the endpoint never pushed back (no 429, no pause asked for). */
  answeredFreely(count) {
    return this.successes >= count && this.decreases === 0 && this.pausedUntil === 0;
  }
  get waiting() {
    return this.urgent.length + this.normal.length;
  }
  /**
   * Waits for a free slot. `urgent` waiters (retries, later turns of a conversation already under way) are
   * served before new work. Rejects with the signal's reason if it aborts first.
   */
  acquire(options = {}) {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limit && this.waiting === 0 && this.readyIn() <= 0) {
      return Promise.resolve(this.grant());
    }
    if (signal && !this.watched.has(signal)) {
      this.watched.add(signal);
      signal.addEventListener("abort", () => this.rejectWaiters(signal), { once: true });
    }
    return new Promise((resolve, reject) => {
      (options.urgent ? this.urgent : this.normal).push({ resolve, reject, signal, done: false });
      this.dispatch();
    });
  }
  /** Rejects, with the signal's reason, every waiter that gave this signal. */
  rejectWaiters(signal) {
    const reject = /* @__PURE__ */ __name((waiter) => {
      if (waiter.done || waiter.signal !== signal) return;
      waiter.done = true;
      waiter.reject(signal.reason);
    }, "reject");
    this.urgent.forEach(reject);
    this.normal.forEach(reject);
  }
  /** Whether requests are being paced (a 429 came and the bound has not passed the level that failed). */
  get pacing() {
    return this.failedAt !== void 0 && this.holdMs !== void 0;
  }
  /** Ms until a grant may happen (pause, pacing); <= 0 when it may happen now. */
  readyIn() {
    let wait = this.pausedUntil > 0 ? this.pausedUntil - Date.now() : 0;
    if (this.pacing) wait = Math.max(wait, this.nextGrantAt - performance.now());
    return wait;
  }
  grant() {
    this.recordInFlight();
    this.active++;
    if (this.active > this.peak) this.peak = this.active;
    const epoch = this.epoch;
    const grantedAt = performance.now();
    if (this.pacing) this.nextGrantAt = grantedAt + this.holdMs / Math.max(1, this.bound);
    let released = false;
    return {
      release: /* @__PURE__ */ __name((outcome = "failed", retryAfterMs) => {
        if (released) return;
        released = true;
        this.recordInFlight();
        this.active--;
        if (outcome === "rate_limited") this.onRateLimited(epoch, retryAfterMs);
        else if (outcome === "ok") {
          this.successes++;
          const held = performance.now() - grantedAt;
          this.holdMs = this.holdMs === void 0 ? held : this.holdMs * 0.8 + held * 0.2;
          if (epoch === this.epoch && this.bound < this.max) this.grow();
        }
        this.dispatch();
      }, "release")
    };
  }
  /** One success: +increase per window (each success adds increase / bound), slower near the last failure. */
  grow() {
    const near = this.failedAt !== void 0 && this.bound + 1 >= this.failedAt;
    this.bound = Math.min(this.max, this.bound + (near ? this.probeStep : this.increaseStep) / this.bound);
    if (this.failedAt !== void 0 && this.bound >= this.failedAt + 1) this.failedAt = void 0;
  }
  onRateLimited(epoch, retryAfterMs) {
    if (epoch === this.epoch) {
      this.epoch++;
      this.decreases++;
      const flight = Math.min(this.bound, this.active + 1);
      this.failedAt = flight;
      this.bound = Math.max(this.min, flight * this.decreaseFactor);
      if (this.limit < this.lowest) this.lowest = this.limit;
    }
    if (retryAfterMs !== void 0 && retryAfterMs > 0) {
      const until = Date.now() + Math.min(retryAfterMs, this.maxPauseMs);
      if (until > this.pausedUntil) this.pausedUntil = until;
    }
  }
  dispatch() {
    while (this.active < this.limit && this.waiting > 0) {
      const wait = this.readyIn();
      if (wait > 0) {
        if (this.pauseTimer === void 0) {
          this.pauseTimer = setTimeout(() => {
            this.pauseTimer = void 0;
            this.dispatch();
          }, Math.ceil(wait));
        }
        return;
      }
      const waiter = this.urgent.shift() ?? this.normal.shift();
      if (!waiter) return;
      if (waiter.done) continue;
      waiter.done = true;
      waiter.resolve(this.grant());
    }
  }
};
function pauseAfter(index) {
  return index < 32 ? index % 4 === 3 : index % 16 === 15;
}
__name(pauseAfter, "pauseAfter");
async function runPool(units, workers, work, rampDone = () => false) {
  let failed = false;
  let firstError;
  const worker = /* @__PURE__ */ __name(async () => {
    while (!failed) {
      const next = units.next();
      if (next.done) return;
      try {
        await work(next.value);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
  }, "worker");
  const count = Math.max(1, Math.floor(workers));
  const running = [];
  for (let index = 0; index < count && !failed; index++) {
    running.push(worker());
    if (pauseAfter(index) && !rampDone()) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  if (failed) throw firstError;
}
__name(runPool, "runPool");

// src/model/progress.ts
function formatDuration(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return ms < 1e4 ? `${(ms / 1e3).toFixed(1)}s` : `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
__name(formatDuration, "formatDuration");
function formatProgress(snapshot) {
  const { label, done, total, errors, cached } = snapshot;
  const percent = total > 0 ? Math.floor(done / total * 100) : 100;
  const parts = [`${label}: ${done}/${total} items (${percent}%)`];
  if (snapshot.final) parts.push(`in ${formatDuration(snapshot.elapsedMs)}`);
  if (snapshot.ratePerSecond !== void 0) parts.push(`${snapshot.ratePerSecond.toFixed(1)} items/s`);
  if (!snapshot.final)
    parts.push(snapshot.etaMs !== void 0 ? `ETA ${formatDuration(snapshot.etaMs)}` : "ETA ?");
  parts.push(`${errors} error${errors === 1 ? "" : "s"}`);
  if (cached > 0) parts.push(`${cached} cached`);
  return parts.join(", ");
}
__name(formatProgress, "formatProgress");
var ProgressReporter = class {
  constructor(options) {
    this.options = options;
    this.total = options.total;
    this.label = options.label ?? "model";
    this.intervalMs = Math.max(1, options.intervalMs ?? 5e3);
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.lastReportAt = this.startedAt;
  }
  options;
  static {
    __name(this, "ProgressReporter");
  }
  done = 0;
  errors = 0;
  cached = 0;
  startedAt;
  lastReportAt;
  timer;
  total;
  label;
  intervalMs;
  now;
  finished = false;
  /** Starts the timer that reports every `intervalMs` (it does not keep the process alive). */
  start() {
    if (this.timer === void 0 && (this.options.log || this.options.onProgress)) {
      this.timer = setInterval(() => this.tick(), this.intervalMs);
      this.timer.unref?.();
    }
    return this;
  }
  /** Counts one finished item. */
  item(error, cached = false) {
    this.done++;
    if (error) this.errors++;
    if (cached) this.cached++;
  }
  /** Reports if at least `intervalMs` passed since the last report. Returns whether it reported. */
  tick() {
    if (this.finished) return false;
    const now = this.now();
    if (now - this.lastReportAt < this.intervalMs) return false;
    this.lastReportAt = now;
    this.emit(this.snapshot(now, false));
    return true;
  }
  snapshot(now = this.now(), final = false) {
    const elapsedMs = Math.max(0, now - this.startedAt);
    const ratePerSecond = this.done > 0 && elapsedMs > 0 ? this.done / elapsedMs * 1e3 : void 0;
    const remaining = Math.max(0, this.total - this.done);
    const etaMs = remaining === 0 ? 0 : ratePerSecond !== void 0 ? remaining / ratePerSecond * 1e3 : void 0;
    return {
      label: this.label,
      done: this.done,
      total: this.total,
      errors: this.errors,
      cached: this.cached,
      elapsedMs,
      ratePerSecond,
      etaMs,
      final
    };
  }
  /** Stops the timer and reports the closing line. */
  finish() {
    if (this.timer !== void 0) clearInterval(this.timer);
    this.timer = void 0;
    const snapshot = this.snapshot(this.now(), true);
    if (!this.finished) {
      this.finished = true;
      this.emit(snapshot);
    }
    return snapshot;
  }
  emit(snapshot) {
    this.options.onProgress?.(snapshot);
    this.options.log?.(formatProgress(snapshot));
  }
};

// src/model/rate-limit.ts
var TokenBucket = class {
  static {
    __name(this, "TokenBucket");
  }
  ratePerMs;
  capacity;
  level;
  updatedAt;
  tail = Promise.resolve();
  now;
  constructor(perMinute, options = {}) {
    if (!(perMinute > 0)) throw new RangeError("a rate limit must be positive");
    this.ratePerMs = perMinute / 6e4;
    this.capacity = options.capacity ?? Math.max(1, perMinute / 60);
    this.now = options.now ?? Date.now;
    this.level = this.capacity;
    this.updatedAt = this.now();
  }
  /** What the bucket holds now (negative while in debt). */
  available() {
    const now = this.now();
    if (now > this.updatedAt) {
      this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.ratePerMs);
      this.updatedAt = now;
    }
    return this.level;
  }
  /**
   * Waits until the bucket holds `cost` (or is full, for a cost larger than the bucket), then takes it.
   * Calls are served in order. Rejects with the signal's reason if it aborts while waiting.
   */
  take(cost, signal) {
    const turn = this.tail.then(() => this.waitAndTake(cost, signal));
    this.tail = turn.catch(() => void 0);
    return turn;
  }
  /** Adds (positive) or removes (negative) tokens, e.g. to correct an estimate. */
  adjust(delta) {
    this.level = Math.min(this.capacity, this.available() + delta);
  }
  async waitAndTake(cost, signal) {
    const need = Math.min(cost, this.capacity);
    for (; ; ) {
      if (signal?.aborted) throw signal.reason;
      const level = this.available();
      if (level >= need) {
        this.level = level - cost;
        return;
      }
      await sleep(Math.max(1, Math.ceil((need - level) / this.ratePerMs)), signal);
    }
  }
};
var RateLimiter = class {
  static {
    __name(this, "RateLimiter");
  }
  requests;
  tokens;
  constructor(caps, options = {}) {
    this.requests = caps.requestsPerMinute !== void 0 ? new TokenBucket(caps.requestsPerMinute, options) : void 0;
    this.tokens = caps.tokensPerMinute !== void 0 ? new TokenBucket(caps.tokensPerMinute, options) : void 0;
  }
  get enabled() {
    return this.requests !== void 0 || this.tokens !== void 0;
  }
  get limitsTokens() {
    return this.tokens !== void 0;
  }
  /** Waits until one request of about `estimatedTokens` tokens may be sent. */
  async acquire(estimatedTokens, signal) {
    if (this.requests) await this.requests.take(1, signal);
    if (this.tokens) await this.tokens.take(estimatedTokens, signal);
  }
  /** Corrects the token charge once the endpoint reported what the request really used. */
  settle(estimatedTokens, actualTokens) {
    if (this.tokens && actualTokens !== void 0) this.tokens.adjust(estimatedTokens - actualTokens);
  }
};
function estimateTokens(messages, maxTokens, defaultAnswerTokens = 256) {
  let chars = 0;
  for (const message of messages) chars += message.content.length;
  return Math.ceil(chars / 4) + (maxTokens ?? defaultAnswerTokens);
}
__name(estimateTokens, "estimateTokens");

// src/model/streaming.ts
async function collectChatStream(stream, startedAt, now = () => performance.now()) {
  const content = [];
  const refusal = [];
  let finishReason = null;
  let usage;
  let ttftMs;
  let sawChoice = false;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    sawChoice = true;
    const delta = choice.delta;
    if (delta?.content) {
      if (ttftMs === void 0) ttftMs = now() - startedAt;
      content.push(delta.content);
    }
    if (delta?.refusal) {
      if (ttftMs === void 0) ttftMs = now() - startedAt;
      refusal.push(delta.refusal);
    }
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }
  return {
    content: content.length > 0 ? content.join("") : null,
    refusal: refusal.length > 0 ? refusal.join("") : null,
    finishReason,
    usage,
    ttftMs,
    sawChoice
  };
}
__name(collectChatStream, "collectChatStream");

// src/model/openai-source.ts
var LOCAL_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "host.docker.internal"]);
function isLocalEndpoint(baseUrl) {
  try {
    const host = new URL(baseUrl).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.startsWith("127.") || host.endsWith(".localhost");
  } catch {
    return false;
  }
}
__name(isLocalEndpoint, "isLocalEndpoint");
var THINKING_BLOCK = /<(think|thinking)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
var THINKING_CLOSE = /<\/(?:think|thinking)\s*>/i;
var THINKING_OPEN = /<(?:think|thinking)\b[^>]*>/i;
function stripThinking(text) {
  if (!text.includes("<") || !/<\/?think/i.test(text)) return text;
  let out = text.replace(THINKING_BLOCK, "");
  const close = THINKING_CLOSE.exec(out);
  if (close) out = out.slice(close.index + close[0].length);
  const open = THINKING_OPEN.exec(out);
  if (open) out = out.slice(0, open.index);
  return out === text ? text : out.trim();
}
__name(stripThinking, "stripThinking");
var round = /* @__PURE__ */ __name((ms) => Math.round(ms * 10) / 10, "round");
function toModelResponse(parts, latencyMs, ttftMs) {
  const response = { output: null, latencyMs: round(latencyMs) };
  if (ttftMs !== void 0) response.ttftMs = round(ttftMs);
  const usage = tokenUsage(parts.usage);
  if (usage) response.usage = usage;
  if (parts.finishReason) response.finishReason = parts.finishReason;
  if (!parts.hasChoice) {
    response.error = {
      stage: "model",
      kind: "empty_response",
      message: "the endpoint answered without any choice"
    };
  } else if (typeof parts.content === "string" && parts.content !== "") {
    response.output = parts.content;
  } else if (typeof parts.refusal === "string" && parts.refusal !== "") {
    response.output = parts.refusal;
  } else if (parts.finishReason === "content_filter") {
    response.error = {
      stage: "model",
      kind: "content_filter",
      message: "the endpoint's content filter withheld the answer (finish_reason: content_filter)"
    };
  } else {
    response.output = "";
  }
  return response;
}
__name(toModelResponse, "toModelResponse");
function* plan(items) {
  let scenarios;
  for (const item of items) {
    if (!item.conversation) continue;
    scenarios ??= /* @__PURE__ */ new Map();
    const turns = scenarios.get(item.conversation.scenarioId);
    if (turns) turns.push(item);
    else scenarios.set(item.conversation.scenarioId, [item]);
  }
  if (scenarios) {
    for (const turns of scenarios.values()) {
      turns.sort((a, b) => (a.conversation?.turn ?? 0) - (b.conversation?.turn ?? 0));
    }
  }
  const started = /* @__PURE__ */ new Set();
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
__name(plan, "plan");
var DeadlineExceeded = class extends Error {
  static {
    __name(this, "DeadlineExceeded");
  }
  constructor(ms) {
    super(`the overall deadline of ${ms} ms passed`);
    this.name = "DeadlineExceeded";
  }
};
function checkApiKey(config, apiKey) {
  if (apiKey !== void 0 && apiKey.trim() !== "") return;
  if (isLocalEndpoint(config.baseUrl)) return;
  throw new UserError(`no API key: the environment variable ${config.apiKeyEnv} is not set or empty`, {
    key: "model.api-key-env",
    fix: `Set ${config.apiKeyEnv} (in GitHub Actions, from a secret), or name another variable in model.api-key-env.`
  });
}
__name(checkApiKey, "checkApiKey");
function requestBody(config, messages) {
  const body = {
    model: config.model,
    messages
  };
  if (config.temperature !== void 0) body.temperature = config.temperature;
  if (config.maxTokens !== void 0) body.max_tokens = config.maxTokens;
  if (config.seed !== void 0) body.seed = config.seed;
  return body;
}
__name(requestBody, "requestBody");
async function attemptOnce(endpoint, stream, body, context) {
  const { signal } = context;
  const startedAt = performance.now();
  if (stream) {
    const client = await endpoint.streamingClient();
    const chunks = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      { signal, timeout: endpoint.policy.timeoutMs }
    );
    const answer = await collectChatStream(chunks, startedAt);
    return toModelResponse(
      {
        content: answer.content,
        refusal: answer.refusal,
        finishReason: answer.finishReason,
        usage: answer.usage,
        hasChoice: answer.sawChoice
      },
      performance.now() - startedAt,
      answer.ttftMs
    );
  }
  const completion = await endpoint.complete(body, signal, context.attempt);
  const latencyMs = performance.now() - startedAt;
  const choice = Array.isArray(completion.choices) ? completion.choices[0] : void 0;
  return toModelResponse(
    {
      content: choice?.message?.content,
      refusal: choice?.message?.refusal,
      finishReason: choice?.finish_reason,
      usage: completion.usage,
      hasChoice: choice !== void 0 && choice !== null
    },
    latencyMs
  );
}
__name(attemptOnce, "attemptOnce");
var RAMP_EVIDENCE = 4;
function skipped(message) {
  return {
    output: null,
    attempts: 0,
    error: { stage: "model", kind: "missing_response", message, attempts: 0 }
  };
}
__name(skipped, "skipped");
var LiveRun = class {
  constructor(config, endpoint, cache, options, total, onResponse) {
    this.config = config;
    this.endpoint = endpoint;
    this.options = options;
    this.onResponse = onResponse;
    const deadlineMs = config.deadlineMs;
    this.deadlineTimer = deadlineMs !== void 0 ? setTimeout(() => this.stop.abort(new DeadlineExceeded(deadlineMs)), deadlineMs) : void 0;
    this.limiter = new AdaptiveConcurrency({ ...options.adaptive || {}, max: config.concurrency });
    this.rate = new RateLimiter({
      requestsPerMinute: config.requestsPerMinute,
      tokensPerMinute: config.tokensPerMinute
    });
    this.progress = new ProgressReporter({
      total,
      label: "model",
      intervalMs: options.progressIntervalMs,
      log: options.log,
      onProgress: options.onProgress
    }).start();
    this.breaker = new CircuitBreaker(
      config.circuitBreaker ?? DEFAULT_MODEL_CIRCUIT_BREAKER,
      "the model endpoint"
    );
    this.breaker.signal.addEventListener("abort", () => this.stop.abort(this.breaker.signal.reason), {
      once: true
    });
    this.session = endpoint.session({
      stage: "model",
      cache,
      breaker: this.breaker,
      limiter: this.limiter,
      // With `adaptive: false` the bound never moves: 429s are not reported to the pool.
      adaptive: options.adaptive !== false,
      signal: this.stop.signal,
      deadlineAt: deadlineMs !== void 0 ? Date.now() + deadlineMs : void 0,
      stats: this.stats
    });
    this.baseMessages = config.systemPrompt ? [{ role: "system", content: config.systemPrompt }] : [];
  }
  config;
  endpoint;
  options;
  onResponse;
  static {
    __name(this, "LiveRun");
  }
  stats = emptyRunStats();
  startedAt = performance.now();
  stop = new AbortController();
  deadlineTimer;
  limiter;
  rate;
  progress;
  /** After `circuitBreaker` calls in a row fail to reach the endpoint, the rest are not sent. */
  breaker;
  session;
  baseMessages;
  fatal = false;
  async run(items) {
    await runPool(
      plan(items),
      Math.max(2, this.config.concurrency * 2),
      (unit) => unit.turns ? this.runScenario(unit.turns) : this.runItem(unit.item),
      () => this.limiter.answeredFreely(RAMP_EVIDENCE)
    );
  }
  emit(item, response) {
    if (this.fatal) return;
    this.stats.items++;
    if (response.error) this.stats.errors++;
    this.progress.item(response.error !== void 0, response.cached === true);
    try {
      this.onResponse(item, response);
    } catch (error) {
      this.fatal = true;
      this.stop.abort(error);
      throw error;
    }
  }
  present(raw) {
    return this.config.stripThinking && typeof raw.output === "string" ? { ...raw, output: stripThinking(raw.output) } : raw;
  }
  /** One request (with cache, slots, caps, retries); the raw answer, thinking not stripped. */
  async call(messages, urgent) {
    const { config, rate, stats } = this;
    const body = requestBody(config, messages);
    let estimate = 0;
    const gate = rate.enabled ? {
      prepare: /* @__PURE__ */ __name(() => {
        if (rate.limitsTokens) estimate = estimateTokens(messages, config.maxTokens);
      }, "prepare"),
      enter: /* @__PURE__ */ __name((signal) => rate.acquire(estimate, signal).then(() => true), "enter")
    } : void 0;
    const result = await this.session.call(
      body,
      (attempt) => attemptOnce(this.endpoint, config.stream === true, body, attempt),
      { urgent, gate }
    );
    if (result.kind === "cached") stats.cacheHits++;
    else if (this.session.caching) stats.cacheMisses++;
    if (result.kind === "cached") return result.response;
    if (result.kind === "error") return { output: null, error: result.error, attempts: result.attempts };
    if (result.kind === "refused") throw new Error("internal: the rate gate waits, it never refuses");
    const response = result.value;
    response.attempts = result.attempts;
    if (rate.limitsTokens) rate.settle(estimate, response.usage?.total);
    if (!response.error) await this.session.remember(result.cacheKey, response);
    return response;
  }
  async runItem(item) {
    const raw = await this.call([...this.baseMessages, { role: "user", content: item.input }], false);
    this.emit(item, this.present(raw));
  }
  /** The turns of one scenario in order, each sent with the answers to the turns before it. */
  async runScenario(turns) {
    const answers = /* @__PURE__ */ new Map();
    let failure;
    for (let index = 0; index < turns.length; index++) {
      const item = turns[index];
      const conversation = item.conversation;
      const turn = conversation?.turn ?? 0;
      if (failure) {
        this.emit(
          item,
          skipped(
            `not sent: turn ${failure.turn} of scenario "${conversation?.scenarioId}" failed earlier (${failure.error.kind}: ${failure.error.message})`
          )
        );
        continue;
      }
      const messages = [...this.baseMessages];
      if (conversation?.context !== void 0) {
        messages.push({ role: "system", content: `Context (JSON): ${JSON.stringify(conversation.context)}` });
      }
      let gap;
      for (let earlier = 0; earlier < turn; earlier++) {
        const answer = answers.get(earlier);
        if (answer === void 0) {
          gap = earlier;
          break;
        }
        messages.push({ role: "user", content: conversation?.userTurns[earlier] ?? "" });
        messages.push({ role: "assistant", content: answer });
      }
      if (gap !== void 0) {
        const response2 = skipped(
          `not sent: turn ${gap} of scenario "${conversation?.scenarioId}" is not in the dataset, so the model's answer to it is unknown`
        );
        failure = { turn: gap, error: response2.error };
        this.emit(item, response2);
        continue;
      }
      messages.push({ role: "user", content: item.input });
      const response = this.present(await this.call(messages, index > 0));
      if (response.error || response.output === null) {
        failure = {
          turn,
          error: response.error ?? { stage: "model", kind: "empty_response", message: "no answer" }
        };
      } else {
        answers.set(turn, response.output);
      }
      this.emit(item, response);
    }
  }
  /** Stops the timers, logs the closing lines; the diagnostics of the run. */
  finish() {
    const { stats, limiter, breaker, options } = this;
    if (this.deadlineTimer !== void 0) clearTimeout(this.deadlineTimer);
    stats.wallMs = Math.round(performance.now() - this.startedAt);
    if (stats.requests > 0 && options.log) {
      options.log(
        `model: ${stats.requests} requests, ${limiter.meanInFlight.toFixed(1)} in flight on average (concurrency ${limiter.max})`
      );
    }
    this.progress.finish();
    const diagnostics = {
      stats: { ...stats },
      peakInFlight: limiter.peak,
      configuredConcurrency: limiter.max,
      lowestConcurrency: limiter.lowest,
      concurrencyDecreases: limiter.decreases,
      meanInFlight: limiter.meanInFlight
    };
    if (breaker.isOpen && options.log) {
      options.log(
        `model: ${breaker.message()}; ${breaker.shortCircuited} items ended as errors without an answer`
      );
    }
    if (stats.rateLimited > 0 && options.log) {
      options.log(
        `model: the endpoint answered 429 to ${stats.rateLimited} of ${stats.requests} requests; concurrency went as low as ${limiter.lowest} (configured ${limiter.max})`
      );
    }
    return diagnostics;
  }
};
function createOpenAISource(config, cache, options) {
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
    fetch: options.fetch
  });
  let lastRun;
  return {
    kind: "live",
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
    }
  };
}
__name(createOpenAISource, "createOpenAISource");

export {
  AdaptiveConcurrency,
  runPool,
  ProgressReporter,
  tokenUsage,
  createChatEndpoint,
  isLocalEndpoint,
  stripThinking,
  toModelResponse,
  createOpenAISource
};
