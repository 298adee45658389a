// A `fetch` for the `openai` SDK built on node:http / node:https with keep-alive agents.
//
// Why: Node's built-in fetch (undici) costs about 500 µs of CPU per request on the machines this was measured on
// (node:http: about 160 µs) and grows the process by some 50 MB over a thousand requests. For an evaluation
// that sends thousands of requests with many in flight, that CPU sits on the critical path of every wave of
// answers. The SDK takes a custom `fetch`; this one gives it a real `Response`: buffered for JSON answers,
// streamed for server-sent events.
//
// It hands the request to the built-in fetch instead when it cannot do as well: a proxy is configured in the
// environment (HTTP(S)_PROXY, which the built-in fetch can honour), or a body that is not text or bytes.
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

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

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name] = value;
    });
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers) if (name !== undefined && value !== undefined) out[name] = value;
  } else {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = String(value);
  }
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

export function createNodeFetch(options: { maxSockets?: number } = {}): NodeFetch {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Infinity,
    scheduling: 'lifo' as const,
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const body = init.body;
    const simpleBody =
      body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    if (!simpleBody || (typeof input !== 'string' && !(input instanceof URL))) {
      return globalThis.fetch(input, init);
    }
    const url = typeof input === 'string' ? new URL(input) : input;
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
          headers: plainHeaders(init.headers),
          agent: isHttps ? httpsAgent : httpAgent,
          signal,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const headers = responseHeaders(res.rawHeaders);
          const responseInit = { status, statusText: res.statusMessage ?? '', headers };
          const contentType = res.headers['content-type'] ?? '';
          if (status === 204 || status === 304) {
            res.resume();
            settled = true;
            resolve(new Response(null, responseInit));
            return;
          }
          if (contentType.includes('text/event-stream')) {
            settled = true;
            resolve(new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, responseInit));
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (settled) return;
            settled = true;
            const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
            resolve(new Response(bytes, responseInit));
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
