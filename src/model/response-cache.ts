// The response cache: a model call already paid for is not paid for twice.
//
// Key: sha256 of a stable JSON of the endpoint (base URL), and the request body without `stream` and its
// options: the model, every generation parameter (temperature, max_tokens, seed, ...) and the messages. Headers
// are not part of the key (they may hold credentials). Streaming is not either: the answer does not depend on
// it, so a streamed run reuses answers of a non-streamed one (those carry no time to first token).
//
// Modes: `read-write` reads and writes; `read-only` reads and never writes (nor creates the folder); `off`
// never touches the disk at all. Only answers are cached, never errors. A cached answer keeps the latency it
// was measured with and comes back with `cached: true` and `attempts: 0`.
//
// On disk: one append-only JSON Lines log, `responses.v1.jsonl` in the cache folder, one entry a line:
// `{"k":"<64 hex>","t":<epoch ms>,"r":{...}}`. Opening scans the file once for the keys (the key sits at a
// fixed place, so no line is parsed) and keeps key -> (offset, length) in memory; a hit reads that one line.
// 100,000 entries open in well under a second and take about 15 MB of index. A torn last line (a killed run)
// is skipped and fenced off with a newline before the next write; a line that does not parse is a miss.
// Appends are single synchronous writes at the real end of the file, so two caches sharing a folder do not
// interleave lines; a read checks the key in the line it got, so a stale offset never returns another request's
// answer (at worst a miss).
import fs from 'node:fs';
import path from 'node:path';
import type { CacheConfig, CacheMode } from '../core/config.js';
import { sha256Hex, stableHash } from '../core/hash.js';
import type { ModelResponse } from '../core/types.js';

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Writes not made: read-only mode, or a write that failed. */
  skippedWrites: number;
  /** Entries the cache holds. */
  entries: number;
  /** Lines that could not be used. */
  corrupt: number;
}

export interface ResponseCache {
  readonly mode: CacheMode;
  /** A cached answer (`cached: true`, original latency), or undefined. Never rejects for a bad entry. */
  get(key: string): Promise<ModelResponse | undefined>;
  /** Stores an answer (read-write mode only; responses with `error` are never stored). */
  set(key: string, response: ModelResponse): Promise<void>;
  readonly stats: CacheStats;
  /** Releases files. The cache must not be used afterwards. */
  close(): Promise<void>;
}

export const CACHE_FILE = 'responses.v1.jsonl';
const FORMAT = 1;

/** The cache key of a chat request to an endpoint. `request` is the body; `stream*` fields are ignored. */
export function responseCacheKey(baseUrl: string, request: Record<string, unknown>): string {
  const { stream: _stream, stream_options: _streamOptions, ...generation } = request;
  return stableHash({ v: FORMAT, endpoint: baseUrl.replace(/\/+$/, ''), request: generation });
}

function emptyStats(): CacheStats {
  return { hits: 0, misses: 0, writes: 0, skippedWrites: 0, entries: 0, corrupt: 0 };
}

const HEX_KEY = /^[0-9a-f]{64}$/;
function normalizeKey(key: string): string {
  return HEX_KEY.test(key) ? key : sha256Hex(key);
}

/** What a cache entry keeps of an answer. */
function storable(response: ModelResponse): Record<string, unknown> {
  const stored: Record<string, unknown> = { output: response.output };
  if (response.latencyMs !== undefined) stored.latencyMs = response.latencyMs;
  if (response.ttftMs !== undefined) stored.ttftMs = response.ttftMs;
  if (response.usage !== undefined) stored.usage = response.usage;
  if (response.finishReason !== undefined) stored.finishReason = response.finishReason;
  return stored;
}

function revive(stored: unknown): ModelResponse | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const entry = stored as Record<string, unknown>;
  if (typeof entry.output !== 'string') return undefined;
  const response: ModelResponse = { output: entry.output, cached: true, attempts: 0 };
  if (typeof entry.latencyMs === 'number') response.latencyMs = entry.latencyMs;
  if (typeof entry.ttftMs === 'number') response.ttftMs = entry.ttftMs;
  if (entry.usage && typeof entry.usage === 'object') response.usage = entry.usage as ModelResponse['usage'];
  if (typeof entry.finishReason === 'string') response.finishReason = entry.finishReason;
  return response;
}

/** Mode `off`: never reads, never writes, never touches the disk. */
export function createDisabledCache(): ResponseCache {
  const stats = emptyStats();
  return {
    mode: 'off',
    stats,
    get: () => Promise.resolve(undefined),
    set: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

/** An in-memory cache (tests, and callers that want a cache for one process only). */
export function createMemoryCache(mode: CacheMode = 'read-write'): ResponseCache & { clear(): void } {
  if (mode === 'off') return { ...createDisabledCache(), clear: () => undefined };
  const entries = new Map<string, string>();
  const stats = emptyStats();
  return {
    mode,
    stats,
    get(key) {
      const line = entries.get(normalizeKey(key));
      const response = line === undefined ? undefined : revive(JSON.parse(line));
      if (response) stats.hits++;
      else stats.misses++;
      return Promise.resolve(response);
    },
    set(key, response) {
      if (mode !== 'read-write' || response.error || response.output === null) {
        if (mode !== 'read-write') stats.skippedWrites++;
        return Promise.resolve();
      }
      entries.set(normalizeKey(key), JSON.stringify(storable(response)));
      stats.writes++;
      stats.entries = entries.size;
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
    clear() {
      entries.clear();
      stats.entries = 0;
    },
  };
}

interface Slot {
  offset: number;
  length: number;
}

const LINE_PREFIX = '{"k":"';
const KEY_START = LINE_PREFIX.length;
const KEY_END = KEY_START + 64;
const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** The local folder cache (see the top of this file). */
export class FolderResponseCache implements ResponseCache {
  readonly stats: CacheStats = emptyStats();
  readonly file: string;
  private readonly index = new Map<string, Slot>();
  private fd: number | undefined;
  private size = 0;
  private writable: boolean;
  private readonly log: ((message: string) => void) | undefined;

  private constructor(
    readonly mode: 'read-write' | 'read-only',
    dir: string,
    log: ((message: string) => void) | undefined,
  ) {
    this.file = path.join(dir, CACHE_FILE);
    this.writable = mode === 'read-write';
    this.log = log;
  }

  static open(
    mode: 'read-write' | 'read-only',
    dir: string,
    options: { log?: (message: string) => void } = {},
  ): FolderResponseCache {
    const cache = new FolderResponseCache(mode, dir, options.log);
    if (mode === 'read-write') {
      fs.mkdirSync(dir, { recursive: true });
      cache.fd = fs.openSync(cache.file, 'a+');
    } else {
      try {
        cache.fd = fs.openSync(cache.file, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        return cache; // nothing cached yet
      }
    }
    cache.load();
    return cache;
  }

  private load(): void {
    const fd = this.fd;
    if (fd === undefined) return;
    const size = fs.fstatSync(fd).size;
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1 << 20));
    let filled = 0; // bytes of buffer in use
    let bufferOffset = 0; // file offset of buffer[0]
    let position = 0;
    while (position < size) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const read = fs.readSync(fd, buffer, filled, buffer.length - filled, position);
      if (read === 0) break;
      position += read;
      const scanFrom = filled;
      filled += read;
      let lineStart = 0;
      let newline = buffer.indexOf(NEWLINE, scanFrom);
      while (newline !== -1 && newline < filled) {
        this.indexLine(buffer, lineStart, newline, bufferOffset);
        lineStart = newline + 1;
        newline = buffer.indexOf(NEWLINE, lineStart);
      }
      if (lineStart > 0) {
        buffer.copy(buffer, 0, lineStart, filled);
        filled -= lineStart;
        bufferOffset += lineStart;
      }
    }
    this.size = position;
    if (filled > 0) this.stats.corrupt++; // a torn last line
    if (this.writable && this.size > 0 && filled > 0) this.append('\n');
    this.stats.entries = this.index.size;
  }

  private indexLine(buffer: Buffer, start: number, end: number, bufferOffset: number): void {
    if (end - start < KEY_END + 1 || buffer[start + KEY_END] !== QUOTE || buffer[start + 1] !== QUOTE) {
      if (end > start) this.stats.corrupt++;
      return;
    }
    const key = buffer.toString('latin1', start + KEY_START, start + KEY_END);
    this.index.set(key, { offset: bufferOffset + start, length: end - start });
  }

  /** Appends and returns the offset the text landed at (the real end of the file, whoever else appended). */
  private append(text: string): number {
    const fd = this.fd as number;
    const bytes = Buffer.from(text, 'utf8');
    const offset = fs.fstatSync(fd).size;
    fs.writeSync(fd, bytes, 0, bytes.length);
    this.size = offset + bytes.length;
    return offset;
  }

  get(rawKey: string): Promise<ModelResponse | undefined> {
    const key = normalizeKey(rawKey);
    const slot = this.index.get(key);
    if (slot === undefined || this.fd === undefined) {
      this.stats.misses++;
      return Promise.resolve(undefined);
    }
    let response: ModelResponse | undefined;
    try {
      const buffer = Buffer.allocUnsafe(slot.length);
      const read = fs.readSync(this.fd, buffer, 0, slot.length, slot.offset);
      const entry = JSON.parse(buffer.toString('utf8', 0, read)) as { k?: unknown; r?: unknown };
      if (entry.k === key) response = revive(entry.r);
    } catch {
      response = undefined;
    }
    if (response) {
      this.stats.hits++;
    } else {
      this.stats.corrupt++;
      this.stats.misses++;
    }
    return Promise.resolve(response);
  }

  set(rawKey: string, response: ModelResponse): Promise<void> {
    if (response.error || response.output === null) return Promise.resolve();
    if (!this.writable || this.fd === undefined) {
      this.stats.skippedWrites++;
      return Promise.resolve();
    }
    const key = normalizeKey(rawKey);
    const line = `${LINE_PREFIX}${key}","t":${Date.now()},"r":${JSON.stringify(storable(response))}}`;
    try {
      const offset = this.append(`${line}\n`);
      this.index.set(key, { offset, length: Buffer.byteLength(line) });
      this.stats.writes++;
      this.stats.entries = this.index.size;
    } catch (error) {
      // A full disk or a read-only folder must not fail the run: stop writing and say so once.
      this.writable = false;
      this.stats.skippedWrites++;
      this.log?.(
        `response cache: cannot write ${this.file} (${(error as Error).message}); continuing without writing`,
      );
    }
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    return Promise.resolve();
  }
}

/**
 * The cache a config asks for: the local folder (opened and indexed now, synchronously), or the disabled cache
 * for mode `off`. Writes are synchronous appends, so nothing is lost if the caller never calls `close`.
 */
export function createLocalResponseCache(
  config: CacheConfig,
  options: { log?: (message: string) => void } = {},
): ResponseCache {
  if (config.mode === 'off') return createDisabledCache();
  return FolderResponseCache.open(config.mode, config.dir, options);
}
