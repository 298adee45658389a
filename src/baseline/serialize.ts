import type { BaselineRecord } from './types.js';

/**
 * The text of a baseline file in pieces: `JSON.stringify(record)` with every item on a line of its own (the
 * same JSON value), so that a reader can take the items one line at a time (read-lines.ts). The items are
 * serialized one at a time, in their place among the record's keys.
 */
export function* baselineJsonPieces(record: BaselineRecord): Generator<string> {
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
  yield `${before.slice(0, -1)}${before === '{}' ? '' : ','}"items":[`;
  const items = record.items;
  for (let index = 0; index < items.length; index++) {
    yield index === 0 ? '\n' : ',\n';
    yield JSON.stringify(items[index]) ?? 'null';
  }
  yield `${items.length === 0 ? '' : '\n'}]${after === '{}' ? '' : ','}${after.slice(1)}\n`;
}
