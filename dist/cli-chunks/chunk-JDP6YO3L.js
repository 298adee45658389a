import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  sha256Hex,
  stableHash
} from "./chunk-P2PIV36V.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/model/source.ts
function emptyRunStats() {
  return {
    items: 0,
    requests: 0,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    cacheHits: 0,
    cacheMisses: 0,
    errors: 0,
    wallMs: 0
  };
}
__name(emptyRunStats, "emptyRunStats");

// src/model/response-cache.ts
import fs from "node:fs";
import path from "node:path";
var CACHE_FILE = "responses.v1.jsonl";
var FORMAT = 1;
function responseCacheKey(baseUrl, request) {
  const { stream: _stream, stream_options: _streamOptions, ...generation } = request;
  return stableHash({ v: FORMAT, endpoint: baseUrl.replace(/\/+$/, ""), request: generation });
}
__name(responseCacheKey, "responseCacheKey");
function emptyStats() {
  return { hits: 0, misses: 0, writes: 0, skippedWrites: 0, entries: 0, corrupt: 0 };
}
__name(emptyStats, "emptyStats");
var HEX_KEY = /^[0-9a-f]{64}$/;
function normalizeKey(key) {
  return HEX_KEY.test(key) ? key : sha256Hex(key);
}
__name(normalizeKey, "normalizeKey");
function storable(response) {
  const stored = { output: response.output };
  if (response.latencyMs !== void 0) stored.latencyMs = response.latencyMs;
  if (response.ttftMs !== void 0) stored.ttftMs = response.ttftMs;
  if (response.usage !== void 0) stored.usage = response.usage;
  if (response.finishReason !== void 0) stored.finishReason = response.finishReason;
  return stored;
}
__name(storable, "storable");
function revive(stored) {
  if (stored === null || typeof stored !== "object") return void 0;
  const entry = stored;
  if (typeof entry.output !== "string") return void 0;
  const response = { output: entry.output, cached: true, attempts: 0 };
  if (typeof entry.latencyMs === "number") response.latencyMs = entry.latencyMs;
  if (typeof entry.ttftMs === "number") response.ttftMs = entry.ttftMs;
  if (entry.usage && typeof entry.usage === "object") response.usage = entry.usage;
  if (typeof entry.finishReason === "string") response.finishReason = entry.finishReason;
  return response;
}
__name(revive, "revive");
function createDisabledCache() {
  const stats = emptyStats();
  return {
    mode: "off",
    stats,
    get: /* @__PURE__ */ __name(() => Promise.resolve(void 0), "get"),
    set: /* @__PURE__ */ __name(() => Promise.resolve(), "set"),
    close: /* @__PURE__ */ __name(() => Promise.resolve(), "close")
  };
}
__name(createDisabledCache, "createDisabledCache");
var LINE_PREFIX = '{"k":"';
var KEY_START = LINE_PREFIX.length;
var KEY_END = KEY_START + 64;
var NEWLINE = 10;
var QUOTE = 34;
var FolderResponseCache = class _FolderResponseCache {
  constructor(mode, dir, log) {
    this.mode = mode;
    this.file = path.join(dir, CACHE_FILE);
    this.writable = mode === "read-write";
    this.log = log;
  }
  mode;
  static {
    __name(this, "FolderResponseCache");
  }
  stats = emptyStats();
  file;
  index = /* @__PURE__ */ new Map();
  fd;
  size = 0;
  writable;
  log;
  static open(mode, dir, options = {}) {
    const cache = new _FolderResponseCache(mode, dir, options.log);
    if (mode === "read-write") {
      fs.mkdirSync(dir, { recursive: true });
      cache.fd = fs.openSync(cache.file, "a+");
    } else {
      try {
        cache.fd = fs.openSync(cache.file, "r");
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        return cache;
      }
    }
    cache.load();
    return cache;
  }
  load() {
    const fd = this.fd;
    if (fd === void 0) return;
    const size = fs.fstatSync(fd).size;
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1 << 20));
    let filled = 0;
    let bufferOffset = 0;
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
    if (filled > 0) this.stats.corrupt++;
    if (this.writable && this.size > 0 && filled > 0) this.append("\n");
    this.stats.entries = this.index.size;
  }
  indexLine(buffer, start, end, bufferOffset) {
    if (end - start < KEY_END + 1 || buffer[start + KEY_END] !== QUOTE || buffer[start + 1] !== QUOTE) {
      if (end > start) this.stats.corrupt++;
      return;
    }
    const key = buffer.toString("latin1", start + KEY_START, start + KEY_END);
    this.index.set(key, { offset: bufferOffset + start, length: end - start });
  }
  /** Appends and returns the offset the text landed at (the real end of the file, whoever else appended). */
  append(text) {
    const fd = this.fd;
    const bytes = Buffer.from(text, "utf8");
    const offset = fs.fstatSync(fd).size;
    fs.writeSync(fd, bytes, 0, bytes.length);
    this.size = offset + bytes.length;
    return offset;
  }
  get(rawKey) {
    const key = normalizeKey(rawKey);
    const slot = this.index.get(key);
    if (slot === void 0 || this.fd === void 0) {
      this.stats.misses++;
      return Promise.resolve(void 0);
    }
    let response;
    try {
      const buffer = Buffer.allocUnsafe(slot.length);
      const read = fs.readSync(this.fd, buffer, 0, slot.length, slot.offset);
      const entry = JSON.parse(buffer.toString("utf8", 0, read));
      if (entry.k === key) response = revive(entry.r);
    } catch {
      response = void 0;
    }
    if (response) {
      this.stats.hits++;
    } else {
      this.stats.corrupt++;
      this.stats.misses++;
    }
    return Promise.resolve(response);
  }
  set(rawKey, response) {
    if (response.error || response.output === null) return Promise.resolve();
    if (!this.writable || this.fd === void 0) {
      this.stats.skippedWrites++;
      return Promise.resolve();
    }
    const key = normalizeKey(rawKey);
    const line = `${LINE_PREFIX}${key}","t":${Date.now()},"r":${JSON.stringify(storable(response))}}`;
    try {
      const offset = this.append(`${line}
`);
      this.index.set(key, { offset, length: Buffer.byteLength(line) });
      this.stats.writes++;
      this.stats.entries = this.index.size;
    } catch (error) {
      this.writable = false;
      this.stats.skippedWrites++;
      this.log?.(
        `response cache: cannot write ${this.file} (${error.message}); continuing without writing`
      );
    }
    return Promise.resolve();
  }
  close() {
    if (this.fd !== void 0) fs.closeSync(this.fd);
    this.fd = void 0;
    return Promise.resolve();
  }
};
function createLocalResponseCache(config, options = {}) {
  if (config.mode === "off") return createDisabledCache();
  return FolderResponseCache.open(config.mode, config.dir, options);
}
__name(createLocalResponseCache, "createLocalResponseCache");

export {
  responseCacheKey,
  createLocalResponseCache,
  emptyRunStats
};
