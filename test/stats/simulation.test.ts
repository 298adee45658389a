// Seeded simulation of the paired-binary gate: 1,000 items per comparison, δ = 0.02, α = 0.05 one-sided,
// 1,000 comparisons per scenario. Base accuracy 0.8, discordance 10%.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareBinaryPaired,
  createRng,
  passProbabilityPairedBinary,
  type Rng,
  type Zone,
} from '../../src/stats/index.js';

const ITEMS = 1000;
const COMPARISONS = 1000;
const MARGIN = 0.02;
const ALPHA = 0.05;
const BASE_RATE = 0.8;
const DISCORDANCE = 0.1;

/** Share of each zone over the simulated comparisons for a true difference Δ = P(c) − P(b). */
function simulate(rng: Rng, trueDifference: number): Record<Zone, number> {
  const pB = (DISCORDANCE - trueDifference) / 2;
  const pC = (DISCORDANCE + trueDifference) / 2;
  const pA = BASE_RATE - pB;
  const counts: Record<Zone, number> = { pass: 0, fail: 0, inconclusive: 0 };
  const base = new Array<number>(ITEMS);
  const next = new Array<number>(ITEMS);
  for (let comparison = 0; comparison < COMPARISONS; comparison++) {
    for (let i = 0; i < ITEMS; i++) {
      const u = rng.next();
      if (u < pA) {
        base[i] = 1;
        next[i] = 1;
      } else if (u < pA + pB) {
        base[i] = 1;
        next[i] = 0;
      } else if (u < pA + pB + pC) {
        base[i] = 0;
        next[i] = 1;
      } else {
        base[i] = 0;
        next[i] = 0;
      }
    }
    counts[compareBinaryPaired(base, next, { margin: MARGIN, alpha: ALPHA }).zone]++;
  }
  return {
    pass: counts.pass / COMPARISONS,
    fail: counts.fail / COMPARISONS,
    inconclusive: counts.inconclusive / COMPARISONS,
  };
}

describe('three-zone gate on simulated paired binary evals', () => {
  let unchanged: Record<Zone, number>;
  let dropOfMargin: Record<Zone, number>;
  let dropOfTwiceMargin: Record<Zone, number>;

  beforeAll(() => {
    const rng = createRng(20_241_119);
    unchanged = simulate(rng, 0);
    dropOfMargin = simulate(rng, -MARGIN);
    dropOfTwiceMargin = simulate(rng, -2 * MARGIN);
  });

  it('rarely FAILs an unchanged model (≤ α + 1.5 points)', () => {
    expect(unchanged.fail).toBeLessThanOrEqual(ALPHA + 0.015);
  });

  it('rarely PASSes a model that is worse by 2δ (≤ α + 1.5 points)', () => {
    expect(dropOfTwiceMargin.pass).toBeLessThanOrEqual(ALPHA + 0.015);
  });

  it('PASSes a model worse by exactly δ about α of the time (the size of the non-inferiority test)', () => {
    // At the boundary the exact PASS probability is 5.2%; 1,000 comparisons have a Monte Carlo SE of 0.7 points.
    const size = passProbabilityPairedBinary({
      n: ITEMS,
      discordance: DISCORDANCE,
      margin: MARGIN,
      alpha: ALPHA,
      trueDifference: -MARGIN,
      baseRate: BASE_RATE,
    });
    expect(size).toBeLessThanOrEqual(ALPHA + 0.01);
    expect(Math.abs(dropOfMargin.pass - size)).toBeLessThanOrEqual(0.025);
  });

  it('PASSes an unchanged model as often as power.ts predicts (within 5 points)', () => {
    const predicted = passProbabilityPairedBinary({
      n: ITEMS,
      discordance: DISCORDANCE,
      margin: MARGIN,
      alpha: ALPHA,
      baseRate: BASE_RATE,
    });
    expect(Math.abs(unchanged.pass - predicted)).toBeLessThanOrEqual(0.05);
    const normal = passProbabilityPairedBinary({
      n: ITEMS,
      discordance: DISCORDANCE,
      margin: MARGIN,
      alpha: ALPHA,
      method: 'normal',
    });
    expect(Math.abs(unchanged.pass - normal)).toBeLessThanOrEqual(0.05);
  });
});
