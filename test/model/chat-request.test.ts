// The direct chat request against a real local OpenAI-compatible server: what it sends, and that each kind of
// answer ends as the SDK would end it (the completion, the SDK's error class for a status, a SyntaxError for a
// body that is not a completion, a connection error), so that retry.ts classifies it the same way.
import {
  APIConnectionError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletionsUrl, createChatRequest } from '../../src/model/chat-request.js';
import { createNodeFetch, type NodeFetch } from '../../src/model/http-fetch.js';
import { classifyError } from '../../src/model/retry.js';
import { closedPort } from '../support/closed-port.js';
import { startOpenAIServer, type OpenAIServer, type ScriptedReply } from '../support/openai-server.js';

let server: OpenAIServer;
let fetch: NodeFetch;
beforeEach(async () => {
  server = await startOpenAIServer();
  fetch = createNodeFetch();
});
afterEach(async () => {
  fetch.destroy();
  await server.close();
});

const BODY = { model: 'm', messages: [{ role: 'user' as const, content: 'hello' }] };

function request(
  options: { headers?: Record<string, string>; env?: NodeJS.ProcessEnv; baseUrl?: string } = {},
) {
  return createChatRequest({
    baseUrl: options.baseUrl ?? server.url,
    apiKey: 'sk-test-key',
    timeoutMs: 7000,
    fetch,
    headers: options.headers,
    env: options.env ?? {},
  });
}

async function failure(reply: ScriptedReply): Promise<unknown> {
  server.setHandler(() => reply);
  return request()(BODY, new AbortController().signal).then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

const classify = (error: unknown) =>
  classifyError(error, { timedOut: false, aborted: false, timeoutMs: 7000, secrets: ['sk-test-key'] });

describe('chatCompletionsUrl', () => {
  it('appends the path once, with or without a trailing slash, and keeps the query last', () => {
    expect(chatCompletionsUrl('http://h/v1')).toBe('http://h/v1/chat/completions');
    expect(chatCompletionsUrl('http://h/v1/')).toBe('http://h/v1/chat/completions');
    expect(chatCompletionsUrl('https://x.openai.azure.com/openai/deployments/d?api-version=2024-10-21')).toBe(
      'https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21',
    );
  });
});

describe('createChatRequest', () => {
  it('sends the body as JSON with the bearer key, and returns the parsed completion', async () => {
    const completion = await request()(BODY, new AbortController().signal);
    expect(completion.choices[0]?.message.content).toBe('echo: hello');
    const sent = server.requests[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.body).toEqual(BODY);
    expect(sent?.headers.authorization).toBe('Bearer sk-test-key');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.accept).toBe('application/json');
    expect(sent?.headers['x-stainless-retry-count']).toBe('0');
    expect(sent?.headers['x-stainless-timeout']).toBe('7');
    expect(sent?.headers['openai-organization']).toBeUndefined();
  });

  it('counts retries in x-stainless-retry-count, names the organization and project, and lets config headers win', async () => {
    const send = request({
      headers: { authorization: 'Bearer from-config', 'X-Team': 'evals' },
      env: { OPENAI_ORG_ID: 'org-1', OPENAI_PROJECT_ID: 'proj-1' },
    });
    await send(BODY, new AbortController().signal, 3);
    const headers = server.requests[0]?.headers ?? {};
    expect(headers['x-stainless-retry-count']).toBe('2');
    expect(headers.authorization).toBe('Bearer from-config');
    expect(headers['x-team']).toBe('evals');
    expect(headers['openai-organization']).toBe('org-1');
    expect(headers['openai-project']).toBe('proj-1');
  });

  it('keeps the base URL query string (an Azure api-version) on the request', async () => {
    await request({ baseUrl: `${server.url}?api-version=2024-10-21` })(BODY, new AbortController().signal);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions?api-version=2024-10-21');
  });

  it("throws the SDK's error class for each status, with the endpoint's message and headers", async () => {
    const limited = await failure({ status: 429, headers: { 'retry-after-ms': '1500' } });
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(classify(limited)).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      status: 429,
      retryAfterMs: 1500,
    });
    expect(String((limited as Error).message)).toBe('429 scripted 429');

    const unauthorized = await failure({ status: 401 });
    expect(unauthorized).toBeInstanceOf(AuthenticationError);
    expect(classify(unauthorized)).toMatchObject({ kind: 'http', retryable: false, status: 401 });

    const bad = await failure({ status: 400, body: { error: { message: 'max_tokens is too large' } } });
    expect(bad).toBeInstanceOf(BadRequestError);
    expect((bad as Error).message).toBe('400 max_tokens is too large');

    const down = await failure({ status: 503, body: 'upstream unavailable' });
    expect(down).toBeInstanceOf(InternalServerError);
    expect((down as Error).message).toBe('503 upstream unavailable');
    expect(classify(down)).toMatchObject({ kind: 'http', retryable: true, status: 503 });

    const notRetried = await failure({ status: 500, headers: { 'x-should-retry': 'false' } });
    expect(classify(notRetried)).toMatchObject({ retryable: false, status: 500 });
  });

  it('turns a 200 whose body is not a JSON chat completion into a SyntaxError (retried as malformed)', async () => {
    for (const reply of [
      { body: '{"choices": [' },
      { body: '' },
      { body: 'null' },
      { body: 'plain words', headers: { 'content-type': 'text/plain' } },
    ] satisfies ScriptedReply[]) {
      const error = await failure(reply);
      expect(error).toBeInstanceOf(SyntaxError);
      expect(classify(error)).toMatchObject({ kind: 'http', retryable: true });
    }
  });

  it('reports a refused connection as an APIConnectionError with its code', async () => {
    const port = await closedPort();
    const error = await request({ baseUrl: `http://127.0.0.1:${port}/v1` })(
      BODY,
      new AbortController().signal,
    ).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(classify(error)).toMatchObject({ kind: 'connection', retryable: true });
    expect(classify(error).message).toContain('ECONNREFUSED');
  });

  it("answers alike through Node's built-in fetch (used when a proxy is configured)", async () => {
    const send = createChatRequest({
      baseUrl: server.url,
      apiKey: 'sk-test-key',
      timeoutMs: 7000,
      fetch: globalThis.fetch,
      env: {},
    });
    const signal = new AbortController().signal;
    const completion = await send(BODY, signal, 2);
    expect(completion.choices[0]?.message.content).toBe('echo: hello');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-test-key');
    expect(server.requests[0]?.headers['x-stainless-retry-count']).toBe('1');

    server.setHandler(() => ({ status: 429, headers: { 'retry-after-ms': '1500' } }));
    const limited = await send(BODY, signal).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(classify(limited)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 1500 });

    server.setHandler(() => ({ body: '{"choices": [' }));
    expect(await send(BODY, signal).catch((error: unknown) => error)).toBeInstanceOf(SyntaxError);
  });

  it('rethrows the abort itself when the caller stops the request', async () => {
    server.setHandler(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = request()(BODY, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error('stop'));
    const error = await pending.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).name).toBe('AbortError');
  });
});
