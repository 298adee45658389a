// The benchmark side of the contamination check: every n-gram of every checked field of every item, kept as a
// sequence of token ids (dense ids of the benchmark's own vocabulary). The corpus is then read once and each of
// its n-grams looked up here, so memory is bounded by the benchmark, never by the corpus: a corpus token that
// is not in the benchmark's vocabulary cannot be part of a match and only resets the run of known tokens.
import type { DatasetItem } from '../core/types.js';
import type { OverlapField } from '../core/report.js';
import { overlapTokens } from './normalize.js';
import { TokenTable, hashToken } from './token-hash.js';

/** One distinct n-gram of the benchmark, and the items (with the token position) where it occurs. */
export interface BenchmarkGram {
  ids: Int32Array;
  owners: { item: number; field: OverlapField; position: number }[];
}

export interface ItemTokens {
  id: string;
  fields: { field: OverlapField; tokens: string[] }[];
  /** Distinct n-grams of the item, over its checked fields. */
  gramCount: number;
}

export interface BenchmarkIndex {
  n: number;
  vocabulary: TokenTable;
  /** Hash of an id sequence -> index in `grams`. */
  gramTable: TokenTable;
  grams: BenchmarkGram[];
  items: ItemTokens[];
}

/** Hash lanes of the `n` ids ending at `ring[end]` of a ring buffer, written to `out`. */
export function gramHash(ring: Int32Array, end: number, n: number, out: Int32Array): void {
  let first = 0x6a09e667;
  let second = 0x3c6ef372;
  let index = end + 1;
  for (let step = 0; step < n; step += 1) {
    if (index === n) index = 0;
    const id = ring[index]!;
    first = Math.imul(first ^ id, 0x01000193);
    second = Math.imul(second + id, 0x9e3779b1);
    second ^= second >>> 13;
    index += 1;
  }
  out[0] = first;
  out[1] = second;
}

/** Whether the n ids ending at `ring[end]` are the same as `ids`. */
export function sameGram(ring: Int32Array, end: number, ids: Int32Array): boolean {
  const n = ids.length;
  let index = end + 1;
  for (let step = 0; step < n; step += 1) {
    if (index === n) index = 0;
    if (ring[index] !== ids[step]) return false;
    index += 1;
  }
  return true;
}

/** The text of each checked field of an item (fields the item does not have are skipped). */
export function itemFields(
  item: DatasetItem,
  fields: readonly OverlapField[],
): { field: OverlapField; text: string }[] {
  const texts: { field: OverlapField; text: string }[] = [];
  for (const field of fields) {
    const text = field === 'input' ? item.input : item.expectedOutput;
    if (typeof text === 'string' && text.length > 0) texts.push({ field, text });
  }
  return texts;
}

export function buildBenchmarkIndex(
  items: readonly DatasetItem[],
  fields: readonly OverlapField[],
  n: number,
): BenchmarkIndex {
  const vocabulary = new TokenTable();
  const gramTable = new TokenTable();
  const grams: BenchmarkGram[] = [];
  const ring = new Int32Array(n);
  const lanes = new Int32Array(2);
  const indexed: ItemTokens[] = [];
  items.forEach((item, itemIndex) => {
    const tokenFields = itemFields(item, fields).map(({ field, text }) => ({
      field,
      tokens: overlapTokens(text),
    }));
    const seen = new Set<BenchmarkGram>();
    for (const { field, tokens } of tokenFields) {
      tokens.forEach((token, position) => {
        hashToken(token, lanes);
        const end = position % n;
        ring[end] = vocabulary.add(lanes[0]!, lanes[1]!);
        if (position + 1 < n) return;
        gramHash(ring, end, n, lanes);
        const known = gramTable.get(lanes[0]!, lanes[1]!);
        let gram = known === -1 ? undefined : grams[known];
        if (!gram) {
          const ids = new Int32Array(n);
          for (let step = 0; step < n; step += 1) ids[step] = ring[(end + 1 + step) % n]!;
          gram = { ids, owners: [] };
          grams[gramTable.add(lanes[0]!, lanes[1]!)] = gram;
        }
        if (!seen.has(gram)) {
          seen.add(gram);
          gram.owners.push({ item: itemIndex, field, position: position + 1 - n });
        }
      });
    }
    indexed.push({ id: item.id, fields: tokenFields, gramCount: seen.size });
  });
  return { n, vocabulary, gramTable, grams, items: indexed };
}
