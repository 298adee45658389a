// A block-blob endpoint for signed (SAS-style) URLs: what @azure/storage-blob does for an artifact upload
// (PUT ?comp=block for each block, then PUT ?comp=blocklist) and what the artifact client does to download
// (a plain GET). Signatures, permissions and expiry are checked, like the real service checks its SAS.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeState } from './state.js';

export const BLOB_PREFIX = '/devstoreaccount1/';
const KEY = Buffer.from('evalgate-fake-blob-signing-key');

function signature(blobPath: string, permissions: string, expiry: string): string {
  return createHmac('sha256', KEY).update(`${permissions}\n${expiry}\n${blobPath}`).digest('base64');
}

/** A signed URL for one blob: `r` to read, `cw` to create and write. */
export function signedUrl(origin: string, blobPath: string, permissions: 'r' | 'cw', minutes = 60): string {
  const expiry = new Date(Date.now() + minutes * 60_000).toISOString();
  const query = new URLSearchParams({ sv: '2024-11-04', sr: 'b', sp: permissions, se: expiry });
  query.set('sig', signature(blobPath, permissions, expiry));
  return `${origin}${BLOB_PREFIX}${blobPath}?${query.toString()}`;
}

function fail(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  response.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

function authorized(url: URL, blobPath: string, need: 'r' | 'w'): string | undefined {
  const sig = url.searchParams.get('sig');
  const permissions = url.searchParams.get('sp') ?? '';
  const expiry = url.searchParams.get('se') ?? '';
  if (!sig) return 'no signature';
  const expected = Buffer.from(signature(blobPath, permissions, expiry));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature mismatch';
  if (Date.parse(expiry) < Date.now()) return 'signature expired';
  if (!permissions.includes(need)) return `signature lacks permission ${need}`;
  return undefined;
}

export function handleBlob(
  state: FakeState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: Buffer,
): void {
  const blobPath = decodeURIComponent(url.pathname.slice(BLOB_PREFIX.length));
  const method = request.method ?? 'GET';
  const refused = authorized(url, blobPath, method === 'GET' || method === 'HEAD' ? 'r' : 'w');
  if (refused) return fail(response, 403, 'AuthenticationFailed', refused);
  const comp = url.searchParams.get('comp');
  let blob = state.blobs.get(blobPath);
  const created = {
    'x-ms-request-id': String(state.id()),
    'x-ms-version': '2024-11-04',
    'x-ms-request-server-encrypted': 'true',
  };

  if (method === 'PUT' && comp === 'block') {
    const blockId = url.searchParams.get('blockid') ?? '';
    if (!/^[A-Za-z0-9+/]+=*$/.test(blockId))
      return fail(response, 400, 'InvalidQueryParameterValue', 'blockid is not base64');
    if (!blob) state.blobs.set(blobPath, (blob = { blocks: new Map() }));
    const lengths = new Set([...blob.blocks.keys()].map((id) => id.length));
    if (lengths.size > 0 && !lengths.has(blockId.length)) {
      return fail(response, 400, 'InvalidBlobOrBlock', 'block ids of one blob must have the same length');
    }
    if (Number(request.headers['content-length'] ?? body.length) !== body.length) {
      return fail(response, 400, 'Md5Mismatch', 'content length does not match the body');
    }
    blob.blocks.set(blockId, body);
    response.writeHead(201, created);
    return void response.end();
  }
  if (method === 'PUT' && comp === 'blocklist') {
    if (!blob) return fail(response, 400, 'InvalidBlockList', 'no blocks were staged');
    const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
      (match) => match[2]!,
    );
    const parts: Buffer[] = [];
    for (const id of ids) {
      const block = blob.blocks.get(id);
      if (!block) return fail(response, 400, 'InvalidBlockList', `block ${id} was not staged`);
      parts.push(block);
    }
    blob.content = Buffer.concat(parts);
    blob.blocks.clear();
    blob.contentType = String(request.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
    response.writeHead(201, {
      ...created,
      etag: `"0x${state.id()}"`,
      'last-modified': new Date().toUTCString(),
    });
    return void response.end();
  }
  if (method === 'PUT' && !comp) {
    if (request.headers['x-ms-blob-type'] !== 'BlockBlob')
      return fail(response, 400, 'MissingRequiredHeader', 'x-ms-blob-type');
    state.blobs.set(blobPath, {
      blocks: new Map(),
      content: body,
      contentType: String(request.headers['x-ms-blob-content-type'] ?? 'application/octet-stream'),
    });
    response.writeHead(201, {
      ...created,
      etag: `"0x${state.id()}"`,
      'last-modified': new Date().toUTCString(),
    });
    return void response.end();
  }
  if ((method === 'GET' || method === 'HEAD') && !comp) {
    if (!blob?.content) return fail(response, 404, 'BlobNotFound', 'The specified blob does not exist.');
    response.writeHead(200, {
      'content-type': blob.contentType ?? 'application/octet-stream',
      'content-length': String(blob.content.length),
      'x-ms-blob-type': 'BlockBlob',
    });
    return void response.end(method === 'HEAD' ? undefined : blob.content);
  }
  fail(response, 400, 'UnsupportedHttpVerb', `${method} ${comp ?? ''} is not supported by this fake`);
}
