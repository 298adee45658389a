// Reading a baseline file. The fast path is for a file as this version writes it (serialize.ts): the
// record's keys on the first line up to `"items":[`, then one item per line, each but the last followed by a
// comma, then the rest of the record on the last line. It is read through one reused buffer and each item
// parsed alone, so the whole text (tens of megabytes at 100,000 items) is never held. Any other file, or one
// that is not certainly a good baseline, is read whole by parseBaseline, whose messages name the place of
// what is wrong.
import { readFile } from 'node:fs/promises';
import { readUtf8Lines } from '../dataset/json-lines-file.js';
import { parseBaseline, surelyGoodBaseline } from './parse.js';
import type { BaselineRecord } from './types.js';

const ITEMS_OPEN = '"items":[';

/**
 * Reads and checks a baseline file: line by line when it is laid out so, else whole with parseBaseline, whose
 * messages name `origin` and the line. Throws what reading the file throws (ENOENT for a missing one).
 */
export async function readBaselineRecord(file: string, origin = file): Promise<BaselineRecord> {
  const laidOut = await readBaselineByLines(file);
  if (laidOut) return laidOut;
  // Decoded in one piece: readFile(file, 'utf8') decodes chunk by chunk into a string of many pieces, which
  // JSON.parse then copies into one.
  return parseBaseline((await readFile(file)).toString('utf8'), origin);
}

export async function readBaselineByLines(file: string): Promise<BaselineRecord | undefined> {
  const lines = new BaselineLines();
  if (!(await readUtf8Lines(file, (line) => lines.add(line)))) return undefined;
  return lines.record();
}

class BaselineLines {
  private head: string | undefined;
  private tail: string | undefined;
  private readonly items: unknown[] = [];
  /** Whether the last item line ended with the comma that says another item follows. */
  private moreItems = false;

  /** Takes one line; false when the file is not laid out as serialize.ts writes it. */
  add(line: string): boolean {
    if (this.head === undefined) {
      if (!line.endsWith(ITEMS_OPEN)) return false;
      this.head = line;
      return true;
    }
    if (this.tail !== undefined) return false;
    if (line.startsWith(']')) {
      if (this.moreItems || this.items.length === 0) return false;
      this.tail = line;
      return true;
    }
    if (this.items.length > 0 && !this.moreItems) return false;
    this.moreItems = line.endsWith(',');
    try {
      this.items.push(JSON.parse(this.moreItems ? line.slice(0, -1) : line));
    } catch {
      return false;
    }
    return true;
  }

  /** The record the lines make, when it is certainly a good baseline. */
  record(): BaselineRecord | undefined {
    if (this.head === undefined || this.tail === undefined) return undefined;
    let raw: unknown;
    try {
      // The head and the tail alone make the record with no items.
      raw = JSON.parse(`${this.head}${this.tail}`);
    } catch {
      return undefined;
    }
    const record = raw as { items?: unknown } | null;
    if (typeof record !== 'object' || record === null || !Array.isArray(record.items)) return undefined;
    if (record.items.length > 0) return undefined;
    record.items = this.items;
    return surelyGoodBaseline(record) ? record : undefined;
  }
}
