import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFetch, proxyConfigured } from '../../src/model/http-fetch.js';
import { collectChatStream } from '../../src/model/streaming.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';

let server: OpenAIServer;
const nodeFetch = createNodeFetch();
beforeEach(async () => {
  server = await startOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

const post = (body: unknown, init: RequestInit = {}) =>
  nodeFetch(`${server.url}/chat/completions`, {
    method: 'POST',
    headers: new Headers({ 'content-type': 'application/json', 'x-test': 'yes' }),
    body: JSON.stringify(body),
    ...init,
  });

describe('createNodeFetch', () => {
  it('sends method, headers and body, and returns what the SDK reads of a Response', async () => {
    const response = await post({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${server.url}/chat/completions`);
    expect([...response.headers.entries()].map(([name]) => name)).toContain('content-type');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(
      ((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message
        .content,
    ).toBe('echo: hi');
    expect(server.requests[0]).toMatchObject({ method: 'POST', headers: { 'x-test': 'yes' } });
    const sent = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    expect(server.requests[0]?.headers).toMatchObject({
      host: new URL(server.url).host,
      'content-length': String(Buffer.byteLength(sent)),
      connection: 'keep-alive',
    });
    expect(server.requests[0]?.headers['transfer-encoding']).toBeUndefined();
  });

  it('reads a body once, as UTF-8 without a byte-order mark, and joins repeated headers', async () => {
    server.setHandler(() => ({
      status: 500,
      headers: { 'x-repeated': 'a' },
      body: '\uFEFF{"error":{"message":"déjà vu"}}',
    }));
    const response = await post({ messages: [{ role: 'user', content: 'x' }] });
    expect(response.ok).toBe(false);
    expect(response.headers.get('X-Repeated')).toBe('a');
    expect(await response.json()).toEqual({ error: { message: 'déjà vu' } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('returns error statuses as responses, with their headers', async () => {
    server.setHandler(() => ({ status: 429, headers: { 'retry-after': '3' } }));
    const response = await post({ messages: [{ role: 'user', content: 'x' }] });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
  });

  it('streams server-sent events as they come', async () => {
    server.setHandler(() => ({ content: 'a b c', chunkDelayMs: 20 }));
    const response = await post({ messages: [{ role: 'user', content: 'x' }], stream: true });
    const text = await response.text();
    expect(text.match(/^data: /gm)?.length).toBe(6); // role, 3 words, finish, [DONE]
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('aborts with an AbortError', async () => {
    server.setHandler(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = post({ messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fails like fetch when it cannot connect', async () => {
    const url = server.url;
    await server.close();
    await expect(nodeFetch(`${url}/chat/completions`, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { code: 'ECONNREFUSED' },
    });
    server = await startOpenAIServer();
  });

  it('knows when a proxy is configured', () => {
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ HTTPS_PROXY: 'http://proxy:3128' })).toBe(true);
    expect(proxyConfigured({ http_proxy: ' ' })).toBe(false);
  });
});

describe('collectChatStream', () => {
  it('joins the content, times the first token, and keeps the usage', async () => {
    let clock = 100;
    const chunk = (delta: Record<string, unknown>, finish: string | null = null): ChatCompletionChunk =>
      ({
        id: 'c',
        object: 'chat.completion.chunk',
        created: 0,
        model: 'm',
        choices: [{ index: 0, delta, finish_reason: finish }],
      }) as ChatCompletionChunk;
    async function* chunks(): AsyncGenerator<ChatCompletionChunk> {
      clock = 110;
      yield chunk({ role: 'assistant', content: '' });
      clock = 150;
      yield chunk({ content: 'Hel' });
      clock = 170;
      yield chunk({ content: 'lo' });
      yield chunk({}, 'stop');
      yield {
        id: 'c',
        object: 'chat.completion.chunk',
        created: 0,
        model: 'm',
        choices: [],
        usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
      } as ChatCompletionChunk;
    }
    const answer = await collectChatStream(chunks(), 100, () => clock);
    expect(answer).toEqual({
      content: 'Hello',
      refusal: null,
      finishReason: 'stop',
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
      ttftMs: 50,
      sawChoice: true,
    });
  });
});
