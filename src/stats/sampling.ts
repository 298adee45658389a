// Deterministic, stable sampling for the judge (statistics.md section 5): items are ordered by the SHA-256 of
// `${seed}:${id}` and the lowest keys are taken, so reruns judge the same items and adding items does not
// reshuffle the others.
import { createHash } from 'node:crypto';

/** Hex SHA-256 of `${seed}:${id}`: the item's sampling key. */
export function samplingKey(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex');
}

export interface KeyedId {
  id: string;
  key: string;
}

function compareKeyed(x: KeyedId, y: KeyedId): number {
  if (x.key !== y.key) return x.key < y.key ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Ids ordered by ascending key, ties (the same id twice) by id; a stable sort keeps duplicates in input order. */
export function hashOrder(ids: readonly string[], seed: string): KeyedId[] {
  return ids.map((id) => ({ id, key: samplingKey(seed, id) })).sort(compareKeyed);
}

/**
 * Sample size k = min(max(min, ⌈rate·N⌉), N, cap). ⌈rate·N⌉ is taken on rate·N rounded to 12 significant digits,
 * so 0.1·130 gives 13, not 14.
 */
export function sampleSize(population: number, rate = 0.1, min = 10, cap?: number): number {
  if (!(Number.isInteger(population) && population >= 0)) {
    throw new RangeError(`population must be a non-negative integer, got ${population}`);
  }
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be in [0, 1], got ${rate}`);
  if (!(Number.isInteger(min) && min >= 0))
    throw new RangeError(`min must be a non-negative integer, got ${min}`);
  if (cap !== undefined && !(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`cap must be a non-negative integer, got ${cap}`);
  }
  const proportional = Math.ceil(Number((rate * population).toPrecision(12)));
  return Math.min(Math.max(min, proportional), population, cap ?? Infinity);
}

export interface SampleOptions {
  seed: string;
  /** Share of items to sample (default 0.1). */
  rate?: number;
  /** At least this many (default 10), never more than N. */
  min?: number;
  /** At most this many (e.g. ⌊budget / cost per item⌋). */
  cap?: number;
  /** Exact size; overrides rate, min and cap (still at most N). */
  size?: number;
}

export interface HashSample {
  /** Sampled ids in ascending key order. */
  ids: string[];
  /** The first sampled key (handy to check a sample against a reference). */
  firstKey: string | null;
  size: number;
  population: number;
  seed: string;
}

function resolveSize(population: number, options: SampleOptions): number {
  if (options.size !== undefined) {
    if (!(Number.isInteger(options.size) && options.size >= 0)) {
      throw new RangeError(`size must be a non-negative integer, got ${options.size}`);
    }
    return Math.min(options.size, population);
  }
  return sampleSize(population, options.rate ?? 0.1, options.min ?? 10, options.cap);
}

/** The k items with the lowest keys (k from `sampleSize` unless `size` is given). */
export function hashSample(ids: readonly string[], options: SampleOptions): HashSample {
  const size = resolveSize(ids.length, options);
  const chosen = hashOrder(ids, options.seed).slice(0, size);
  return {
    ids: chosen.map((entry) => entry.id),
    firstKey: chosen[0]?.key ?? null,
    size,
    population: ids.length,
    seed: options.seed,
  };
}

export interface StratumAllocation {
  stratum: string;
  population: number;
  sampled: number;
}

/**
 * Proportional allocation of k over strata by largest remainder: n_h = ⌊k·N_h/N⌋, then the leftover units go to
 * the largest fractional parts (exact integer comparison), ties by stratum name. With `minPerStratum`, every
 * stratum first gets min(minPerStratum, N_h) and the rest of k is shared proportionally among the strata that
 * are not yet full; if the minimums alone exceed k, the total is the sum of the minimums.
 */
export function allocateProportional(
  populations: ReadonlyMap<string, number>,
  k: number,
  minPerStratum = 0,
): StratumAllocation[] {
  const strata = [...populations.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const total = strata.reduce((sum, [, size]) => sum + size, 0);
  if (!(Number.isInteger(k) && k >= 0 && k <= total))
    throw new RangeError(`k must be an integer in [0, ${total}], got ${k}`);
  if (!(Number.isInteger(minPerStratum) && minPerStratum >= 0))
    throw new RangeError('minPerStratum must be a non-negative integer');
  const sampled = new Map<string, number>(
    strata.map(([name, size]) => [name, Math.min(minPerStratum, size)]),
  );
  let remaining = k - [...sampled.values()].reduce((sum, value) => sum + value, 0);
  // Hand out the rest proportionally to the strata's sizes among those with room left, repeating when a
  // stratum fills up (at most one round per stratum).
  for (let round = 0; round <= strata.length && remaining > 0; round++) {
    const open = strata.filter(([name, size]) => sampled.get(name)! < size);
    const openTotal = open.reduce((sum, [, size]) => sum + size, 0);
    if (openTotal === 0) break;
    const shares = open.map(([name, size]) => {
      const numerator = remaining * size;
      return {
        name,
        room: size - sampled.get(name)!,
        whole: Math.floor(numerator / openTotal),
        remainder: numerator % openTotal,
      };
    });
    let left = remaining - shares.reduce((sum, share) => sum + share.whole, 0);
    shares.sort((x, y) => y.remainder - x.remainder || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const share of shares) {
      const extra = left > 0 && share.remainder > 0 ? 1 : 0;
      left -= extra;
      const give = Math.min(share.room, share.whole + extra);
      sampled.set(share.name, sampled.get(share.name)! + give);
      remaining -= give;
    }
  }
  return strata.map(([stratum, population]) => ({ stratum, population, sampled: sampled.get(stratum)! }));
}

export interface StratifiedSampleOptions extends SampleOptions {
  /** Guarantee this many items per stratum (or all of a smaller stratum). Default 0. */
  minPerStratum?: number;
}

export interface StratifiedSample extends HashSample {
  allocation: StratumAllocation[];
}

/**
 * Stratified hash sample: k from `sampleSize` over the whole population, allocated to strata by
 * `allocateProportional`, and within each stratum the items with the lowest keys. Ids are returned in
 * ascending key order over the whole sample.
 */
export function stratifiedHashSample(
  items: readonly { id: string; stratum: string }[],
  options: StratifiedSampleOptions,
): StratifiedSample {
  const size = resolveSize(items.length, options);
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const group = groups.get(item.stratum);
    if (group) group.push(item.id);
    else groups.set(item.stratum, [item.id]);
  }
  const populations = new Map([...groups.entries()].map(([name, ids]) => [name, ids.length]));
  const allocation = allocateProportional(populations, size, options.minPerStratum ?? 0);
  const chosen: KeyedId[] = [];
  for (const { stratum, sampled } of allocation) {
    chosen.push(...hashOrder(groups.get(stratum)!, options.seed).slice(0, sampled));
  }
  chosen.sort(compareKeyed);
  return {
    ids: chosen.map((entry) => entry.id),
    firstKey: chosen[0]?.key ?? null,
    size: chosen.length,
    population: items.length,
    seed: options.seed,
    allocation,
  };
}
