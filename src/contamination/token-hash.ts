// Tokens are handled as 64-bit hashes (two 32-bit lanes over the UTF-16 code units of the normalized token),
// never as strings: the corpus scanner (./scan-text.ts) hashes ASCII text while it reads it, without building a
// string per token. Two different tokens share a hash with probability about 2^-64 per pair; the benchmark
// vocabulary is small, so over a corpus of 10^9 tokens a chance collision is below 10^-5 and, to count, would
// also need the 12 tokens around it to match.

export const LANE_1_SEED = 0x811c9dc5;
export const LANE_2_SEED = 0x2f1a3b47;

/** Lane 1: FNV-1a step. */
export function step1(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Lane 2: a multiply-xorshift step with another constant. */
export function step2(hash: number, code: number): number {
  const mixed = Math.imul(hash + code, 0x5bd1e995);
  return mixed ^ (mixed >>> 15);
}

/** Hash of a token string, written to `out` ([lane 1, lane 2]). */
export function hashToken(token: string, out: Int32Array): void {
  let first = LANE_1_SEED;
  let second = LANE_2_SEED;
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    first = step1(first, code);
    second = step2(second, code);
  }
  out[0] = first;
  out[1] = second;
}

/** An open-addressing table from a token hash to a dense id (0, 1, 2, ...); the benchmark's vocabulary. */
export class TokenTable {
  private first: Int32Array;
  private second: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.first = new Int32Array(slots);
    this.second = new Int32Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /** The id of a hash, or -1 when the benchmark does not have the token. */
  get(first: number, second: number): number {
    let slot = (first ^ (second >>> 7)) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === -1) return -1;
      if (this.first[slot] === first && this.second[slot] === second) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of a hash, added when new. */
  add(first: number, second: number): number {
    const known = this.get(first, second);
    if (known !== -1) return known;
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    this.place(first, second, this.size);
    this.size += 1;
    return this.size - 1;
  }

  private place(first: number, second: number, id: number): void {
    let slot = (first ^ (second >>> 7)) & this.mask;
    while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask;
    this.first[slot] = first;
    this.second[slot] = second;
    this.ids[slot] = id;
  }

  private grow(): void {
    const { first, second, ids } = this;
    const slots = ids.length * 2;
    this.first = new Int32Array(slots);
    this.second = new Int32Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    for (let slot = 0; slot < ids.length; slot += 1) {
      if (ids[slot] !== -1) this.place(first[slot]!, second[slot]!, ids[slot]!);
    }
  }
}
