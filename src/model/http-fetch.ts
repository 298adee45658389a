// A `fetch` for the chat requests (chat-request.ts, and the `openai` SDK for streamed ones) built on node:http /
// node:https with keep-alive agents.
//
// Why: Node's built-in fetch (undici) costs about 500 µs of CPU per request on the machines this was measured on
// (node:http: about 160 µs) and grows the process by some 50 MB over a thousand requests. For an evaluation
// that sends thousands of requests with many in flight, that CPU sits on the critical path of every wave of
// answers. The SDK takes a custom `fetch`; this one gives it a real `Response` streamed for server-sent events,
// and for every other answer a `BufferedAnswer`: the body already read, with the part of the `Response`
// interface the SDK reads (status, ok, url, headers, text, json, arrayBuffer). Building undici's `Response` and
// `Headers` for it cost some 10-20 µs of CPU and a dozen objects (streams, readers) per request.
//
// It hands the request to the built-in fetch instead when it cannot do as well: a proxy is configured in the
// environment (HTTP(S)_PROXY, which the built-in fetch can honour), or a body that is not text or bytes.
import type HttpModule from 'node:http';
import type HttpsModule from 'node:https';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';

/**
 * node:http and node:https as CommonJS modules. Imported as ES modules they are wrapped in a facade that reads
 * every export, and one of them (`WebSocket`) makes Node load undici: measured 54 ms against 7 ms.
 */
function builtin<T>(name: string): T {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  return (get ? get(name) : createRequire(import.meta.url)(name)) as T;
}
const http = builtin<typeof HttpModule>('node:http');
const https = builtin<typeof HttpsModule>('node:https');

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface NodeFetch extends FetchFunction {
  /** Closes the idle keep-alive sockets. */
  destroy(): void;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/** Whether the environment routes requests through a proxy (then the built-in fetch is used). */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}

/**
 * Calls `visit` for each of a request's headers: a `[name, value]` list, a plain object, or a `Headers`.
 * (`instanceof Headers` is not asked: reading the global `Headers` makes Node load undici, some 10 ms and MBs.)
 */
function forEachHeader(headers: RequestInit['headers'], visit: (name: string, value: string) => void): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    for (const [name, value] of headers) if (name !== undefined && value !== undefined) visit(name, value);
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(headers);
  if (prototype === Object.prototype || prototype === null) {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>))
      if (value !== undefined) visit(name, String(value));
    return;
  }
  (headers as Headers).forEach((value, name) => visit(name, value));
}

/**
 * The request's headers as a flat `[name, value, ...]` list, which node:http writes as they are (an object goes
 * through `setHeader` one by one, some 5 KB of garbage a request). node:http adds `Host` and `Content-Length`
 * only to an object, so they are added here when absent, as node would send them.
 */
function rawRequestHeaders(headers: RequestInit['headers'], url: URL, body: string | Uint8Array): string[] {
  const out: string[] = [];
  forEachHeader(headers, (name, value) => out.push(name, value));
  let host = false;
  let length = false;
  for (let index = 0; index < out.length; index += 2) {
    const name = (out[index] as string).toLowerCase();
    if (name === 'host') host = true;
    else if (name === 'content-length') length = true;
  }
  if (!host) out.push('Host', url.host);
  if (!length) {
    out.push('Content-Length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength));
  }
  return out;
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  forEachHeader(headers, (name, value) => {
    out[name] = value;
  });
  return out;
}

function abortError(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('This operation was aborted', 'AbortError');
}

function responseHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    headers.append(raw[index] as string, raw[index + 1] as string);
  }
  return headers;
}

/**
 * The read-only part of `Headers` over an answer's raw headers: names lower-cased, repeated headers joined with
 * `, ` (as `Headers.get` does), iterated in the order they came (the SDK reads every answer's headers this way,
 * so they are not sorted as `Headers` would).
 */
export class AnswerHeaders {
  private readonly byName = new Map<string, string>();

  constructor(raw: readonly string[]) {
    for (let index = 0; index + 1 < raw.length; index += 2) {
      const name = (raw[index] as string).toLowerCase();
      const value = raw[index + 1] as string;
      const before = this.byName.get(name);
      this.byName.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) callback(value, name);
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

const UTF8_BOM = 0xfeff;

/** An answer whose body was read in full: what the SDK reads of a `Response` (see the top of this file). */
export class BufferedAnswer {
  readonly body = null;
  bodyUsed = false;
  readonly redirected = false;
  readonly type = 'basic';

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: AnswerHeaders,
    private readonly bytes: Buffer,
    readonly url: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  private consume(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.bytes;
  }

  /** The body decoded as UTF-8, a leading byte-order mark dropped (as `Response.text` does). */
  text(): Promise<string> {
    try {
      const text = this.consume().toString('utf8');
      return Promise.resolve(text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  json(): Promise<unknown> {
    return this.text().then((text) => JSON.parse(text) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    try {
      const bytes = this.consume();
      return Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
}

export function createNodeFetch(options: { maxSockets?: number } = {}): NodeFetch {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Infinity,
    scheduling: 'lifo' as const,
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  let lastHref: string | undefined;
  let lastUrl: URL | undefined;

  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const body = init.body;
    const simpleBody =
      body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    if (!simpleBody || (typeof input !== 'string' && !(input instanceof URL))) {
      return globalThis.fetch(input, init);
    }
    // Every request of a run goes to the same URL: parse it once.
    if (typeof input === 'string' && input !== lastHref) {
      lastHref = input;
      lastUrl = new URL(input);
    }
    const url = typeof input === 'string' ? (lastUrl as URL) : input;
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') return globalThis.fetch(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortError(signal));

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const request = (isHttps ? https : http).request(
        url,
        {
          method: (init.method ?? 'GET').toUpperCase(),
          headers:
            body === undefined || body === null
              ? plainHeaders(init.headers)
              : rawRequestHeaders(init.headers, url, body),
          agent: isHttps ? httpsAgent : httpAgent,
          signal,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const statusText = res.statusMessage ?? '';
          const contentType = res.headers['content-type'] ?? '';
          if (status === 204 || status === 304) {
            res.resume();
            settled = true;
            resolve(new Response(null, { status, statusText, headers: responseHeaders(res.rawHeaders) }));
            return;
          }
          if (contentType.includes('text/event-stream')) {
            settled = true;
            const init = { status, statusText, headers: responseHeaders(res.rawHeaders) };
            resolve(new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, init));
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (settled) return;
            settled = true;
            const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
            const headers = new AnswerHeaders(res.rawHeaders);
            resolve(new BufferedAnswer(status, statusText, headers, bytes, url.href) as unknown as Response);
          });
          res.on('error', (error) => fail(signal?.aborted ? abortError(signal) : toFetchError(error)));
          res.on('close', () => {
            if (!res.complete) {
              fail(
                signal?.aborted
                  ? abortError(signal)
                  : toFetchError(new Error('the connection closed before the answer was complete')),
              );
            }
          });
        },
      );
      request.on('error', (error) => fail(signal?.aborted ? abortError(signal) : toFetchError(error)));
      request.end(body ?? undefined);
    });
  };
  return Object.assign(nodeFetch, {
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}

/** The error shape of the built-in fetch: a TypeError whose cause is the network error. */
function toFetchError(error: Error): TypeError {
  return new TypeError('fetch failed', { cause: error });
}
