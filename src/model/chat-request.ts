// One non-streamed `POST {base-url}/chat/completions`, sent straight through a fetch rather than through the
// `openai` SDK's client, and answered the way the SDK answers: the parsed completion, or the SDK's own error
// classes (`APIError.generate` for an HTTP status, `APIConnectionError` for a network failure), so retry.ts
// classifies both paths alike.
//
// Why not the SDK's client: per request it rebuilds and validates every header into an undici `Headers` (about
// 20 KB of garbage and a third of a millisecond of CPU), wraps the call in its own timeout and abort plumbing
// (evalgate times each attempt itself, retry.ts), and loading it costs start-up time and memory. Measured with
// 1,000 requests at 64 in flight: the SDK was 27% of the process's CPU and most of its allocation. Streamed
// answers still go through the SDK (its server-sent-events parser), loaded only then.
//
// What is sent, as the SDK sends it: the base URL's own query kept after the path, `Authorization: Bearer`,
// JSON in and out, `OpenAI-Organization` / `OpenAI-Project` from OPENAI_ORG_ID / OPENAI_PROJECT_ID when set,
// then the config's `headers`, which win over all of these (names compared without case).
import { APIConnectionError, APIError } from 'openai/core/error';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import { EVALGATE_VERSION } from '../version.js';
import type { FetchFunction } from './http-fetch.js';

export interface ChatRequestOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer`. */
  apiKey: string;
  /** The config's extra headers. */
  headers?: Record<string, string>;
  /** Sent as `X-Stainless-Timeout` (whole seconds), as the SDK does, for servers that read it. */
  timeoutMs: number;
  fetch: FetchFunction;
  env?: NodeJS.ProcessEnv;
}

/** Sends one request; `attempt` is 1-based. */
export type ChatRequest = (
  body: ChatCompletionCreateParamsNonStreaming,
  signal: AbortSignal,
  attempt?: number,
) => Promise<ChatCompletion>;

/** `{base}/chat/completions`, with the base URL's query string kept at the end (an Azure `api-version`). */
export function chatCompletionsUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
  return url.href;
}

/** The headers every request carries, as a `[name, value]` list; the per-attempt retry count comes first. */
function fixedHeaders(options: ChatRequestOptions): [string, string][] {
  const env = options.env ?? process.env;
  const headers = new Map<string, [string, string]>();
  const put = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') headers.set(name.toLowerCase(), [name, value]);
  };
  put('Accept', 'application/json');
  put('Content-Type', 'application/json');
  put('User-Agent', `evalgate/${EVALGATE_VERSION}`);
  put('X-Stainless-Timeout', String(Math.trunc(options.timeoutMs / 1000)));
  put('Authorization', `Bearer ${options.apiKey}`);
  put('OpenAI-Organization', env.OPENAI_ORG_ID?.trim());
  put('OpenAI-Project', env.OPENAI_PROJECT_ID?.trim());
  for (const [name, value] of Object.entries(options.headers ?? {})) put(name, value);
  return [...headers.values()];
}

function isJsonMediaType(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType !== undefined && (mediaType.includes('application/json') || mediaType.endsWith('+json'));
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The SDK's error for a status that is not 2xx, built from the answer's body as the SDK builds it. */
async function statusError(response: Response): Promise<APIError> {
  const text = await response.text().catch((error: unknown) => (error instanceof Error ? error.message : ''));
  const json = parseJsonOrUndefined(text);
  return APIError.generate(
    response.status,
    json as Record<string, unknown> | undefined,
    json === undefined ? text : undefined,
    response.headers,
  );
}

/** What a failed send or body read throws: the abort itself when the caller stopped it, else the SDK's class. */
function failedConnection(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return error;
  return new APIConnectionError({ cause: error instanceof Error ? error : new Error(String(error)) });
}

const NOT_A_COMPLETION = 'the endpoint did not answer with a JSON chat completion';

export function createChatRequest(options: ChatRequestOptions): ChatRequest {
  const url = chatCompletionsUrl(options.baseUrl);
  const headers = fixedHeaders(options);
  const send = options.fetch;

  return async (body, signal, attempt = 1) => {
    let response: Response;
    try {
      response = await send(url, {
        method: 'POST',
        headers: [['X-Stainless-Retry-Count', String(attempt - 1)], ...headers],
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw failedConnection(error, signal);
    }
    if (!response.ok) throw await statusError(response);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failedConnection(error, signal);
    }
    if (response.status === 204 || !isJsonMediaType(response.headers.get('content-type'))) {
      throw new SyntaxError(NOT_A_COMPLETION);
    }
    const completion: unknown = text === '' ? undefined : JSON.parse(text);
    if (completion === null || typeof completion !== 'object') throw new SyntaxError(NOT_A_COMPLETION);
    return completion as ChatCompletion;
  };
}
