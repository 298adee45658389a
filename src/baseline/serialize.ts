import type { BaselineRecord } from './types.js';

/** Characters gathered before one write: few system calls, and never the whole baseline in one string. */
const CHUNK_CHARS = 1 << 20;

/**
 * The text of a baseline file, `${JSON.stringify(record)}\n`, in pieces of about `chunkChars` characters:
 * the items are serialized one at a time, in their place among the record's keys.
 */
export function* baselineJsonChunks(record: BaselineRecord, chunkChars = CHUNK_CHARS): Generator<string> {
  const keys = Object.keys(record) as (keyof BaselineRecord)[];
  const at = keys.indexOf('items');
  if (at === -1) {
    yield `${JSON.stringify(record)}\n`;
    return;
  }
  const part = (from: number, to?: number) =>
    JSON.stringify(Object.fromEntries(keys.slice(from, to).map((key) => [key, record[key]])));
  const before = part(0, at);
  const after = part(at + 1);
  let chunk = `${before.slice(0, -1)}${before === '{}' ? '' : ','}"items":[`;
  const items = record.items;
  for (let index = 0; index < items.length; index++) {
    chunk += `${index === 0 ? '' : ','}${JSON.stringify(items[index]) ?? 'null'}`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]${after === '{}' ? '' : ','}${after.slice(1)}\n`;
}
