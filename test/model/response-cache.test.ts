import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelResponse } from '../../src/core/types.js';
import {
  CACHE_FILE,
  createDisabledCache,
  createLocalResponseCache,
  createMemoryCache,
  FolderResponseCache,
  responseCacheKey,
} from '../../src/model/response-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const answer = (output: string, latencyMs = 123.4): ModelResponse => ({
  output,
  latencyMs,
  usage: { prompt: 3, completion: 2, total: 5 },
  finishReason: 'stop',
  attempts: 2,
});

const request = { model: 'm', messages: [{ role: 'user', content: 'hi' }], temperature: 0 };

describe('responseCacheKey', () => {
  it('is stable under key order and trailing slashes, and ignores streaming', () => {
    const key = responseCacheKey('http://x/v1', request);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(responseCacheKey('http://x/v1/', { temperature: 0, messages: request.messages, model: 'm' })).toBe(
      key,
    );
    expect(
      responseCacheKey('http://x/v1', { ...request, stream: true, stream_options: { include_usage: true } }),
    ).toBe(key);
  });

  it('changes with the endpoint, the model, any parameter and the messages', () => {
    const key = responseCacheKey('http://x/v1', request);
    const variants = [
      responseCacheKey('http://y/v1', request),
      responseCacheKey('http://x/v1', { ...request, model: 'n' }),
      responseCacheKey('http://x/v1', { ...request, temperature: 0.1 }),
      responseCacheKey('http://x/v1', { ...request, seed: 1 }),
      responseCacheKey('http://x/v1', { ...request, max_tokens: 10 }),
      responseCacheKey('http://x/v1', { ...request, messages: [{ role: 'user', content: 'hi!' }] }),
    ];
    expect(new Set([key, ...variants]).size).toBe(variants.length + 1);
  });
});

describe('FolderResponseCache', () => {
  it('keeps answers across instances, with their original latency, marked cached', async () => {
    const key = responseCacheKey('http://x/v1', request);
    const writer = createLocalResponseCache({ mode: 'read-write', dir });
    await writer.set(key, answer('hello', 321.5));
    await writer.close();
    const reader = createLocalResponseCache({ mode: 'read-write', dir });
    expect(await reader.get(key)).toEqual({
      output: 'hello',
      latencyMs: 321.5,
      usage: { prompt: 3, completion: 2, total: 5 },
      finishReason: 'stop',
      cached: true,
      attempts: 0,
    });
    expect(await reader.get(responseCacheKey('http://x/v1', { ...request, seed: 2 }))).toBeUndefined();
    expect(reader.stats).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    await reader.close();
  });

  it('finds an answer written in the same run, and the newest of two for one key', async () => {
    const cache = createLocalResponseCache({ mode: 'read-write', dir });
    await cache.set('k', answer('first'));
    expect((await cache.get('k'))?.output).toBe('first');
    await cache.set('k', answer('second'));
    expect((await cache.get('k'))?.output).toBe('second');
    await cache.close();
    const reopened = createLocalResponseCache({ mode: 'read-only', dir });
    expect((await reopened.get('k'))?.output).toBe('second');
    await reopened.close();
  });

  it('never stores errors', async () => {
    const cache = createLocalResponseCache({ mode: 'read-write', dir });
    await cache.set('e', { output: null, error: { stage: 'model', kind: 'timeout', message: 'slow' } });
    expect(await cache.get('e')).toBeUndefined();
    expect(cache.stats.writes).toBe(0);
    await cache.close();
  });

  it('read-only never writes and never creates the folder', async () => {
    const missing = path.join(dir, 'missing');
    const cache = createLocalResponseCache({ mode: 'read-only', dir: missing });
    await cache.set('k', answer('x'));
    expect(await cache.get('k')).toBeUndefined();
    expect(existsSync(missing)).toBe(false);
    expect(cache.stats.skippedWrites).toBe(1);

    const writer = createLocalResponseCache({ mode: 'read-write', dir });
    await writer.set('k', answer('x'));
    await writer.close();
    const size = statSync(path.join(dir, CACHE_FILE)).size;
    const readOnly = createLocalResponseCache({ mode: 'read-only', dir });
    await readOnly.set('other', answer('y'));
    expect((await readOnly.get('k'))?.output).toBe('x');
    expect(statSync(path.join(dir, CACHE_FILE)).size).toBe(size);
    await readOnly.close();
  });

  it('off touches nothing', async () => {
    const cache = createLocalResponseCache({ mode: 'off', dir: path.join(dir, 'nope') });
    await cache.set('k', answer('x'));
    expect(await cache.get('k')).toBeUndefined();
    expect(cache.mode).toBe('off');
    expect(existsSync(path.join(dir, 'nope'))).toBe(false);
    expect(createDisabledCache().stats).toMatchObject({ hits: 0, misses: 0, writes: 0 });
  });

  it('survives a torn last line and a corrupt line', async () => {
    const cache = createLocalResponseCache({ mode: 'read-write', dir });
    await cache.set('good', answer('kept'));
    await cache.set('bad', answer('overwritten below'));
    await cache.close();
    const file = path.join(dir, CACHE_FILE);
    const lines = readFileSync(file, 'utf8').split('\n');
    // Corrupt the second entry's JSON but keep its key where it is; then tear a third entry in half.
    lines[1] = lines[1]!.replace('"r":{', '"r":{{');
    writeFileSync(file, lines.join('\n'));
    appendFileSync(file, '{"k":"' + 'a'.repeat(64) + '","t":1,"r":{"out');

    const reopened = createLocalResponseCache({ mode: 'read-write', dir });
    expect((await reopened.get('good'))?.output).toBe('kept');
    expect(await reopened.get('bad')).toBeUndefined();
    expect(await reopened.get('a'.repeat(64))).toBeUndefined();
    // Writing after a torn line starts on a new line: the new entry is readable after reopening.
    await reopened.set('after', answer('fine'));
    await reopened.close();
    const again = createLocalResponseCache({ mode: 'read-only', dir });
    expect((await again.get('after'))?.output).toBe('fine');
    expect((await again.get('good'))?.output).toBe('kept');
    await again.close();
  });

  it('holds many entries and opens them again', async () => {
    const count = 20_000;
    const cache = FolderResponseCache.open('read-write', dir);
    for (let index = 0; index < count; index++)
      await cache.set(`key-${index}`, answer(`answer ${index}`, index));
    await cache.close();
    const reopened = FolderResponseCache.open('read-only', dir);
    expect(reopened.stats.entries).toBe(count);
    for (const index of [0, 1, 9_999, count - 1]) {
      expect(await reopened.get(`key-${index}`)).toMatchObject({
        output: `answer ${index}`,
        latencyMs: index,
      });
    }
    await reopened.close();
  });
});

describe('createMemoryCache', () => {
  it('follows the same modes', async () => {
    const readWrite = createMemoryCache();
    await readWrite.set('k', answer('x'));
    expect((await readWrite.get('k'))?.cached).toBe(true);
    const readOnly = createMemoryCache('read-only');
    await readOnly.set('k', answer('x'));
    expect(await readOnly.get('k')).toBeUndefined();
  });
});
