// The results service's CacheService (cache v2), in Twirp's JSON flavour, as @actions/cache speaks it:
// a lookup by key then by restore-key prefix (newest first), a reservation that refuses an existing
// entry, and a finalization that checks the uploaded size. Entries are scoped to the repository.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signedUrl } from './blob.js';
import type { FakeState } from './state.js';
import { backendIdsOf } from './twirp.js';

export const CACHE_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blobPath: string;
  size: number;
  finalized: boolean;
  createdAt: number;
}

const entries = new WeakMap<FakeState, CacheEntry[]>();
export function cacheEntries(state: FakeState): CacheEntry[] {
  let list = entries.get(state);
  if (!list) entries.set(state, (list = []));
  return list;
}

function reply(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export function handleCacheTwirp(
  state: FakeState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: Buffer,
  origin: string,
): void {
  if (!backendIdsOf(request.headers.authorization)) {
    return reply(response, 401, { code: 'unauthenticated', msg: 'missing or malformed runtime token' });
  }
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return reply(response, 400, { code: 'malformed', msg: 'the body is not JSON' });
  }
  const key = typeof message.key === 'string' ? message.key : '';
  const version = typeof message.version === 'string' ? message.version : '';
  if (!key || !version)
    return reply(response, 400, { code: 'invalid_argument', msg: 'key and version are required' });
  const list = cacheEntries(state);
  const live = list
    .filter((entry) => entry.finalized && entry.version === version)
    .sort((a, b) => b.createdAt - a.createdAt);

  switch (url.pathname.slice(CACHE_PREFIX.length)) {
    case 'GetCacheEntryDownloadURL': {
      const restoreKeys = Array.isArray(message.restore_keys) ? (message.restore_keys as string[]) : [];
      const found =
        live.find((entry) => entry.key === key) ??
        restoreKeys
          .map((prefix) => live.find((entry) => entry.key.startsWith(prefix)))
          .find((entry) => entry !== undefined);
      if (!found) return reply(response, 200, { ok: false });
      return reply(response, 200, {
        ok: true,
        signed_download_url: signedUrl(origin, found.blobPath, 'r'),
        matched_key: found.key,
      });
    }
    case 'CreateCacheEntry': {
      if (list.some((entry) => entry.key === key && entry.version === version)) {
        return reply(response, 200, { ok: false, message: `cache entry ${key} already exists` });
      }
      const entry = {
        id: state.id(),
        key,
        version,
        blobPath: `caches/${encodeURIComponent(key)}-${version.slice(0, 12)}.tar`,
        size: 0,
        finalized: false,
        createdAt: Date.now() + list.length,
      };
      list.push(entry);
      return reply(response, 200, { ok: true, signed_upload_url: signedUrl(origin, entry.blobPath, 'cw') });
    }
    case 'FinalizeCacheEntryUpload': {
      const entry = list.find(
        (candidate) => candidate.key === key && candidate.version === version && !candidate.finalized,
      );
      if (!entry) return reply(response, 200, { ok: false, message: `no upload of ${key} in progress` });
      const content = state.blobs.get(entry.blobPath)?.content;
      if (!content || content.length !== Number(message.size_bytes)) {
        return reply(response, 200, {
          ok: false,
          message: `size ${String(message.size_bytes)} does not match the upload`,
        });
      }
      entry.size = content.length;
      entry.finalized = true;
      return reply(response, 200, { ok: true, entry_id: String(entry.id) });
    }
    default:
      return reply(response, 404, { code: 'bad_route', msg: 'no such method' });
  }
}
