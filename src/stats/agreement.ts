// Agreement between raters (judge vs judge, judge vs human): statistics.md 3.4.

export type KappaWeighting = 'unweighted' | 'linear' | 'quadratic';

export interface KappaResult {
  kappa: number;
  /** Rated items (cells of the confusion matrix). */
  n: number;
  weighting: KappaWeighting;
  /** Observed agreement: p_o = Σ n_kk / n unweighted, 1 − Σ w·o for weighted kappa. */
  observedAgreement: number;
  /** Chance agreement: p_e = Σ p_k· p_·k unweighted, 1 − Σ w·e for weighted kappa. */
  chanceAgreement: number;
}

function disagreementWeight(i: number, j: number, categories: number, weighting: KappaWeighting): number {
  if (weighting === 'unweighted') return i === j ? 0 : 1;
  if (categories < 2) return 0;
  const distance = Math.abs(i - j) / (categories - 1);
  return weighting === 'linear' ? distance : distance * distance;
}

/**
 * Cohen's (1960) kappa, or Cohen's (1968) weighted kappa, from a k×k confusion matrix (rows: rater 1,
 * columns: rater 2, categories in their natural order): κ_w = 1 − Σ w_ij o_ij / Σ w_ij e_ij with disagreement
 * weights w_ij = [i ≠ j], |i − j|/(k − 1) (linear) or (i − j)²/(k − 1)² (quadratic); o observed and
 * e = p_i· p_·j expected proportions. NaN when chance disagreement is 0 (e.g. one category used by both).
 */
export function cohensKappa(
  matrix: readonly (readonly number[])[],
  weighting: KappaWeighting = 'unweighted',
): KappaResult {
  const k = matrix.length;
  let n = 0;
  for (const row of matrix) {
    if (row.length !== k) throw new RangeError('the confusion matrix must be square');
    for (const count of row) {
      if (!(count >= 0 && Number.isFinite(count)))
        throw new RangeError(`counts must be non-negative, got ${count}`);
      n += count;
    }
  }
  if (n === 0) return { kappa: NaN, n: 0, weighting, observedAgreement: NaN, chanceAgreement: NaN };
  const rowShares = matrix.map((row) => row.reduce((sum, count) => sum + count, 0) / n);
  const columnShares = matrix[0]!.map((_, j) => matrix.reduce((sum, row) => sum + row[j]!, 0) / n);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = disagreementWeight(i, j, k, weighting);
      observed += (w * matrix[i]![j]!) / n;
      expected += w * rowShares[i]! * columnShares[j]!;
    }
  }
  return {
    kappa: expected > 0 ? 1 - observed / expected : NaN,
    n,
    weighting,
    observedAgreement: 1 - observed,
    chanceAgreement: 1 - expected,
  };
}

export type Rating = string | number;

/**
 * Confusion matrix of two raters over the same items, rows rater 1 and columns rater 2 in the order of
 * `categories`. Items where either rating is null/undefined are skipped and counted; an unknown category throws.
 */
export function confusionMatrix(
  rater1: readonly (Rating | null | undefined)[],
  rater2: readonly (Rating | null | undefined)[],
  categories: readonly Rating[],
): { matrix: number[][]; skipped: number } {
  if (rater1.length !== rater2.length) throw new RangeError('both raters must rate the same items');
  const index = new Map(categories.map((category, i) => [category, i]));
  if (index.size !== categories.length) throw new RangeError('categories must be distinct');
  const matrix = categories.map(() => categories.map(() => 0));
  let skipped = 0;
  for (let item = 0; item < rater1.length; item++) {
    const first = rater1[item];
    const second = rater2[item];
    if (first === null || first === undefined || second === null || second === undefined) {
      skipped++;
      continue;
    }
    const i = index.get(first);
    const j = index.get(second);
    if (i === undefined || j === undefined)
      throw new RangeError(`rating not among the categories: ${i === undefined ? first : second}`);
    matrix[i]![j]!++;
  }
  return { matrix, skipped };
}

/** Cohen's kappa (optionally weighted) from two rating arrays; ordinal weights follow the order of `categories`. */
export function cohensKappaFromRatings(
  rater1: readonly (Rating | null | undefined)[],
  rater2: readonly (Rating | null | undefined)[],
  categories: readonly Rating[],
  weighting: KappaWeighting = 'unweighted',
): KappaResult & { skipped: number } {
  const { matrix, skipped } = confusionMatrix(rater1, rater2, categories);
  return { ...cohensKappa(matrix, weighting), skipped };
}

/**
 * Fleiss' (1971) kappa for r raters per item: `counts[i][j]` = raters who put item i in category j (same r
 * for every item). κ = (P̄ − P̄_e)/(1 − P̄_e).
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number {
  if (counts.length === 0) return NaN;
  const raters = counts[0]!.reduce((sum, count) => sum + count, 0);
  const categories = counts[0]!.length;
  if (raters < 2) throw new RangeError('Fleiss kappa needs at least 2 raters per item');
  const totals = new Array<number>(categories).fill(0);
  let agreement = 0;
  for (const row of counts) {
    if (row.length !== categories || row.reduce((sum, count) => sum + count, 0) !== raters) {
      throw new RangeError('every item needs the same categories and the same number of raters');
    }
    let pairs = 0;
    row.forEach((count, j) => {
      pairs += count * (count - 1);
      totals[j] = totals[j]! + count;
    });
    agreement += pairs / (raters * (raters - 1));
  }
  const meanAgreement = agreement / counts.length;
  const chance = totals.reduce((sum, total) => sum + (total / (counts.length * raters)) ** 2, 0);
  return chance < 1 ? (meanAgreement - chance) / (1 - chance) : NaN;
}

export type KrippendorffLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface KrippendorffResult {
  alpha: number;
  level: KrippendorffLevel;
  /** Units with at least two values (the others carry no information about agreement). */
  pairableUnits: number;
  /** Values in pairable units (n of the coincidence matrix). */
  pairableValues: number;
  /** D_o and D_e of α = 1 − D_o/D_e. */
  observedDisagreement: number;
  expectedDisagreement: number;
}

/**
 * Krippendorff's (2011) alpha for any number of raters with missing values. `units[u]` holds the values the
 * raters gave unit u (null/undefined = missing). Coincidences o_ck = Σ_u Σ_{i≠j} [v_ui=c][v_uj=k]/(m_u − 1);
 * α = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck with δ² nominal [c ≠ k], interval (c − k)², ratio
 * ((c − k)/(c + k))², or ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)². Ordinal values are ordered by `categories`
 * when given, otherwise numerically. NaN when there is no variation at all.
 */
export function krippendorffAlpha(
  units: readonly (readonly (Rating | null | undefined)[])[],
  options: { level?: KrippendorffLevel; categories?: readonly Rating[] } = {},
): KrippendorffResult {
  const level = options.level ?? 'nominal';
  const pairable = units
    .map((unit) => unit.filter((value): value is Rating => value !== null && value !== undefined))
    .filter((values) => values.length >= 2);
  let values: Rating[];
  if (options.categories) {
    values = [...options.categories];
    const known = new Set(values);
    for (const unit of pairable) {
      for (const value of unit)
        if (!known.has(value)) throw new RangeError(`value not among the categories: ${value}`);
    }
  } else {
    values = [...new Set(pairable.flat())];
    if (values.some((value) => typeof value !== 'number')) {
      if (level !== 'nominal')
        throw new RangeError(`${level} alpha needs numbers or an ordered category list`);
    } else {
      values.sort((x, y) => (x as number) - (y as number));
    }
  }
  if (level === 'interval' || level === 'ratio') {
    if (values.some((value) => typeof value !== 'number'))
      throw new RangeError(`${level} alpha needs numeric values`);
  }
  const index = new Map(values.map((value, i) => [value, i]));
  const size = values.length;
  const coincidences = values.map(() => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const counts = new Map<number, number>();
    for (const value of unit) {
      const i = index.get(value)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        coincidences[c]![k]! += (c === k ? nc * (nc - 1) : nc * nk) * weight;
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((sum, value) => sum + value, 0));
  const n = marginals.reduce((sum, value) => sum + value, 0);
  const distance = (c: number, k: number): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'interval':
        return ((values[c] as number) - (values[k] as number)) ** 2;
      case 'ratio': {
        const x = values[c] as number;
        const y = values[k] as number;
        return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      }
      case 'ordinal': {
        const [from, to] = c < k ? [c, k] : [k, c];
        let sum = 0;
        for (let g = from; g <= to; g++) sum += marginals[g]!;
        return (sum - (marginals[c]! + marginals[k]!) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = distance(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  const observedDisagreement = n > 0 ? observed / n : NaN;
  const expectedDisagreement = n > 1 ? expected / (n * (n - 1)) : NaN;
  return {
    alpha: expected > 0 ? 1 - ((n - 1) * observed) / expected : NaN,
    level,
    pairableUnits: pairable.length,
    pairableValues: n,
    observedDisagreement,
    expectedDisagreement,
  };
}
