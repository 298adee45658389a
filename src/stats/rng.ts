/** A seeded pseudo-random generator. */
export interface Rng {
  /** The seed it was created with. */
  readonly seed: number;
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, bound), unbiased (rejection sampling); bound ≤ 2³². */
  nextInt(bound: number): number;
}

/** SplitMix32 step, used to expand a 32-bit seed into the xoshiro state. */
function splitMix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * xoshiro128** (Blackman & Vigna 2018) seeded through SplitMix32. Deterministic across platforms: the same
 * seed gives the same stream. Not for cryptography.
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const normalizedSeed = seed >>> 0;
  let mix = normalizedSeed;
  const state: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [nextMix, output] = splitMix32(mix);
    mix = nextMix;
    state.push(output);
  }
  return rngFromState(state, normalizedSeed);
}

/** xoshiro128** from an explicit 128-bit state (four uint32, not all zero); for tests against reference streams. */
export function rngFromState(state: readonly number[], seed = 0): Rng {
  if (state.length !== 4) throw new RangeError('xoshiro128** state is four 32-bit words');
  const s = Uint32Array.from(state);
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;

  const nextUint32 = (): number => {
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  };

  return {
    seed,
    nextUint32,
    next: () => {
      const high = nextUint32() >>> 5; // 27 bits
      const low = nextUint32() >>> 6; // 26 bits
      return (high * 67108864 + low) / 9007199254740992;
    },
    nextInt: (bound: number) => {
      if (!(Number.isInteger(bound) && bound > 0 && bound <= 0x100000000)) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
      }
      const limit = 0x100000000 - (0x100000000 % bound);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % bound;
      }
    },
  };
}
