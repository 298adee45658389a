// One record per compared metric: the right test for the metric's kind and design, the gate interval, the
// three-zone verdict and everything the report prints. Δ = new − base in the metric's own units.
import { bootstrapMeanDifference, type BootstrapResult } from './bootstrap.js';
import { mean, tInterval } from './descriptive.js';
import type {
  AggregateSummary,
  ComparisonInput,
  ComparisonOptions,
  ComparisonStat,
  PairedContinuousExtra,
} from './comparison-types.js';
import { checkAlpha, pValueByInversion, zForLevel, type Interval } from './interval.js';
import { threeZoneDecision } from './noninferiority.js';
import {
  mcnemarTest,
  pairedBinaryTable,
  pairedProportionDifference,
  type PairedBinaryTable,
} from './paired-binary.js';
import { pairValues, type DroppedPairs, type MaybeNumber } from './pairs.js';
import { mdePairedBinary, mdePairedContinuous, mdeUnpairedMeans, mdeUnpairedProportions } from './power.js';
import { newcombeBounds, twoProportionZTest } from './proportion.js';
import { pairedTTest, tTestFromEstimate, welchTTest } from './t-test.js';
import { wilcoxonSignedRank } from './wilcoxon.js';

interface Settings {
  margin: number;
  alpha: number;
  higherIsBetter: boolean;
  power: number;
  gateLevel: number;
  sign: 1 | -1;
}

function settings(options: ComparisonOptions): Settings {
  const alpha = options.alpha ?? 0.05;
  checkAlpha(alpha);
  if (!(options.margin > 0 && Number.isFinite(options.margin))) {
    throw new RangeError(`margin must be a positive number, got ${options.margin}`);
  }
  const higherIsBetter = options.higherIsBetter ?? true;
  return {
    margin: options.margin,
    alpha,
    higherIsBetter,
    power: options.power ?? 0.8,
    gateLevel: 1 - 2 * alpha,
    sign: higherIsBetter ? 1 : -1,
  };
}

/** Maps an interval of the oriented difference (negative = worse) back to natural units. */
function natural(interval: Interval, sign: 1 | -1): Interval {
  if (sign === 1) return interval;
  return { ...interval, estimate: -interval.estimate, lower: -interval.upper, upper: -interval.lower };
}

/** The verdict fields from the oriented gate interval. */
function verdict(orientedGate: { lower: number; upper: number }, margin: number) {
  const decision = threeZoneDecision(orientedGate, margin);
  return {
    zone: decision.zone,
    significantRegression: decision.significantDecrease,
    significantImprovement: decision.significantImprovement,
  };
}

function droppedNote(dropped: DroppedPairs): string[] {
  return dropped.total > 0 ? [`${dropped.total} pair(s) dropped: N/A on either side`] : [];
}

const NO_DROPS: DroppedPairs = { total: 0, baseOnly: 0, newOnly: 0, both: 0 };

/**
 * Paired binary metric (per-item 0/1 on the same items): paired difference (c − b)/n with the Wald interval,
 * or Newcombe's paired score interval when b + c < 25; non-inferiority p consistent with that interval;
 * exact McNemar for the two-sided p; MDE from the observed discordance (statistics.md 7.2a).
 */
export function compareBinaryPaired(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
  options: ComparisonOptions,
): ComparisonStat {
  const s = settings(options);
  const { dropped, n, ...table } = pairedBinaryTable(base, next);
  // Oriented table: "b" counts regressions, "c" improvements.
  const oriented: PairedBinaryTable =
    s.sign === 1 ? table : { a: table.d, b: table.c, c: table.b, d: table.a };
  const gate = pairedProportionDifference(oriented, { level: s.gateLevel, margin: s.margin });
  const wide = pairedProportionDifference(oriented, {
    level: 0.95,
    method: gate.ci.method === 'wald' ? 'wald' : 'newcombe-paired',
  });
  const mcnemar = mcnemarTest(oriented.b, oriented.c);
  const methodName =
    gate.ci.method === 'wald' ? 'paired McNemar (Wald CI)' : 'paired McNemar (Newcombe score CI)';
  const notes = droppedNote(dropped);
  if (n === 0) notes.push('no complete pairs: nothing to compare');
  else if (gate.exact)
    notes.push(`few discordant pairs (b + c = ${table.b + table.c} < 25): score interval instead of Wald`);
  return {
    method: methodName,
    kind: 'binary',
    paired: true,
    higherIsBetter: s.higherIsBetter,
    n,
    nBase: n,
    nNew: n,
    dropped,
    base: n > 0 ? (table.a + table.b) / n : NaN,
    new: n > 0 ? (table.a + table.c) / n : NaN,
    diff: n > 0 ? (table.c - table.b) / n : NaN,
    ciGate: natural(gate.ci, s.sign),
    ci95: natural(wide.ci, s.sign),
    pNonInferiority: gate.pNonInferiority ?? 1,
    pDifference: mcnemar.exactTwoSidedP,
    pDifferenceMethod: 'exact McNemar',
    ...verdict(gate.ci, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    // At least one discordant pair is assumed so that the MDE never reads 0.
    mde:
      n > 0
        ? mdePairedBinary({
            n,
            discordance: Math.max(table.b + table.c, 1) / n,
            alpha: s.alpha,
            power: s.power,
          })
        : Infinity,
    power: s.power,
    notes,
    extra: {
      type: 'paired-binary',
      table,
      regressions: oriented.b,
      improvements: oriented.c,
      discordance: gate.discordance,
      exact: gate.exact,
      mcnemar,
    },
  };
}

/**
 * Paired continuous metric (per-item scores on the same items): paired t on d = new − base for the gate
 * interval, non-inferiority p 1 − F_t((d̄ + δ)/SE) and the two-sided p; Wilcoxon signed-rank (Pratt) and a
 * seeded paired bootstrap as robust companions (statistics.md 7.2c). The gate stays on the t interval: the
 * percentile bootstrap under-covers at small n; a disagreement between the two is reported in `notes`.
 */
export function compareContinuousPaired(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
  options: ComparisonOptions,
): ComparisonStat {
  const s = settings(options);
  const pairs = pairValues(base, next);
  const n = pairs.base.length;
  const oriented = pairs.next.map((value, i) => s.sign * (value - pairs.base[i]!));
  const test = pairedTTest(oriented, { level: s.gateLevel, margin: s.margin });
  const ci95 = tInterval(test.estimate, test.se, test.df, 0.95, 'paired t');
  const wilcoxon = wilcoxonSignedRank(oriented, { zeroMethod: 'pratt' });
  const decision = verdict(test.ci, s.margin);
  const notes = droppedNote(pairs.dropped);
  if (test.degenerate === 'no-data') notes.push('no complete pairs: nothing to compare');
  else if (test.degenerate === 'insufficient-data') notes.push('fewer than 2 pairs: no interval');
  else if (test.degenerate === 'zero-variance')
    notes.push('all differences are equal: the difference is deterministic');
  if (n >= 2 && n < 30) notes.push(`low n (${n} < 30): check the Wilcoxon and bootstrap results`);

  let bootstrap: PairedContinuousExtra['bootstrap'] = null;
  if (options.bootstrap !== false && n >= 2) {
    const result: BootstrapResult = bootstrapMeanDifference(oriented, {
      ...(options.bootstrap || {}),
      levels: [s.gateLevel, 0.95],
    });
    const [gateInterval, wideInterval] = result.intervals as [Interval, Interval];
    const bootZone = threeZoneDecision(gateInterval, s.margin).zone;
    if (bootZone !== decision.zone)
      notes.push(`t interval says ${decision.zone}, bootstrap interval says ${bootZone}`);
    bootstrap = {
      resamples: result.resamples,
      seed: result.seed,
      ciGate: natural(gateInterval, s.sign),
      ci95: natural(wideInterval, s.sign),
      zone: bootZone,
    };
  }
  return {
    method: 'paired t',
    kind: 'continuous',
    paired: true,
    higherIsBetter: s.higherIsBetter,
    n,
    nBase: n,
    nNew: n,
    dropped: pairs.dropped,
    base: mean(pairs.base),
    new: mean(pairs.next),
    diff: s.sign * test.estimate,
    ciGate: natural(test.ci, s.sign),
    ci95: natural(ci95, s.sign),
    pNonInferiority: test.pNonInferiority ?? 1,
    pDifference: test.pTwoSided,
    pDifferenceMethod: 'paired t',
    ...decision,
    margin: s.margin,
    alpha: s.alpha,
    mde:
      n >= 2
        ? mdePairedContinuous({ n, sdDiff: test.sdDiff, alpha: s.alpha, power: s.power })
        : n === 0
          ? Infinity
          : NaN,
    power: s.power,
    notes,
    extra: {
      type: 'paired-continuous',
      sdDiff: test.sdDiff,
      se: test.se,
      df: test.df,
      t: s.sign * test.t,
      wilcoxon,
      bootstrap,
    },
  };
}

function checkAggregate(name: string, aggregate: AggregateSummary): void {
  if (!(Number.isInteger(aggregate.n) && aggregate.n >= 0)) {
    throw new RangeError(`${name} n must be a non-negative integer, got ${aggregate.n}`);
  }
  if (aggregate.n > 0 && !Number.isFinite(aggregate.value))
    throw new RangeError(`${name} value must be a finite number`);
}

/** The success count behind a rate; throws unless value·n is (within rounding) a whole number in [0, n]. */
function successCount(name: string, aggregate: AggregateSummary): number {
  if (aggregate.n === 0) return 0;
  const raw = aggregate.value * aggregate.n;
  const count = Math.round(raw);
  if (Math.abs(raw - count) > 1e-6 * Math.max(1, aggregate.n) || count < 0 || count > aggregate.n) {
    throw new RangeError(`${name} value ${aggregate.value} is not a proportion of ${aggregate.n} items`);
  }
  return count;
}

/**
 * Unpaired binary metric (the baseline kept only a rate and n): Newcombe (1998) method 10 interval for
 * p_new − p_base, non-inferiority p by inverting it, pooled two-proportion z for the two-sided p
 * (statistics.md 7.2b). Conservative when the items were in fact the same.
 */
export function compareProportionsUnpaired(
  base: AggregateSummary,
  next: AggregateSummary,
  options: ComparisonOptions,
): ComparisonStat {
  const s = settings(options);
  checkAggregate('base', base);
  checkAggregate('new', next);
  const xBase = successCount('base', base);
  const xNew = successCount('new', next);
  // Oriented counts: "successes" are the good outcomes.
  const goodBase = s.sign === 1 ? xBase : base.n - xBase;
  const goodNew = s.sign === 1 ? xNew : next.n - xNew;
  const bounds = (z: number) => newcombeBounds(goodNew, next.n, goodBase, base.n, z);
  const empty = base.n === 0 || next.n === 0;
  const orientedEstimate = empty ? NaN : goodNew / next.n - goodBase / base.n;
  const interval = (level: number): Interval => ({
    estimate: orientedEstimate,
    ...bounds(zForLevel(level)),
    level,
    method: 'newcombe-10',
  });
  const gate = interval(s.gateLevel);
  const zTest = twoProportionZTest(xNew, next.n, xBase, base.n);
  const notes = ['unpaired (conservative): store per-item results in the baseline for a paired comparison'];
  if (empty) notes.push('an empty side: nothing to compare');
  return {
    method: 'unpaired Newcombe',
    kind: 'binary',
    paired: false,
    higherIsBetter: s.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { ...NO_DROPS },
    base: base.n > 0 ? xBase / base.n : NaN,
    new: next.n > 0 ? xNew / next.n : NaN,
    diff: empty ? NaN : xNew / next.n - xBase / base.n,
    ciGate: natural(gate, s.sign),
    ci95: natural(interval(0.95), s.sign),
    pNonInferiority: empty ? 1 : pValueByInversion((z) => bounds(z).lower, -s.margin),
    pDifference: zTest.pTwoSided,
    pDifferenceMethod: 'pooled z',
    ...verdict(gate, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    mde: empty
      ? Infinity
      : mdeUnpairedProportions({
          pBase: goodBase / base.n,
          nBase: base.n,
          nNew: next.n,
          alpha: s.alpha,
          power: s.power,
        }),
    power: s.power,
    notes,
    extra: { type: 'unpaired-proportion', successesBase: xBase, successesNew: xNew, z: zTest.z },
  };
}

/**
 * Unpaired continuous metric (the baseline kept only mean, sd and n): Welch t interval, non-inferiority p
 * and two-sided p. Without an sd on either side there is no inference: unbounded interval, INCONCLUSIVE.
 */
export function compareMeansUnpaired(
  base: AggregateSummary,
  next: AggregateSummary,
  options: ComparisonOptions,
): ComparisonStat {
  const s = settings(options);
  checkAggregate('base', base);
  checkAggregate('new', next);
  const notes = ['unpaired (conservative): store per-item results in the baseline for a paired comparison'];
  const known = base.sd !== undefined && next.sd !== undefined;
  if (!known) notes.push('no standard deviation for one side: no inference possible');
  const empty = base.n === 0 || next.n === 0;
  const gateOptions = { level: s.gateLevel, margin: s.margin };
  // Oriented means (negative difference = worse); the sd is unchanged by the flip.
  const test = known
    ? welchTTest(
        { mean: s.sign * base.value, sd: base.sd!, n: base.n },
        { mean: s.sign * next.value, sd: next.sd!, n: next.n },
        gateOptions,
      )
    : tTestFromEstimate(empty ? NaN : s.sign * (next.value - base.value), NaN, NaN, {
        ...gateOptions,
        method: 'welch t',
      });
  const ci95 = tInterval(test.estimate, test.se, test.df, 0.95, 'welch t');
  if (known && test.degenerate === 'insufficient-data')
    notes.push('fewer than 2 items on one side: no interval');
  return {
    method: 'unpaired Welch',
    kind: 'continuous',
    paired: false,
    higherIsBetter: s.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { ...NO_DROPS },
    base: base.n > 0 ? base.value : NaN,
    new: next.n > 0 ? next.value : NaN,
    diff: empty ? NaN : next.value - base.value,
    ciGate: natural(test.ci, s.sign),
    ci95: natural(ci95, s.sign),
    pNonInferiority: test.pNonInferiority ?? 1,
    pDifference: test.pTwoSided,
    pDifferenceMethod: 'Welch t',
    ...verdict(test.ci, s.margin),
    margin: s.margin,
    alpha: s.alpha,
    mde:
      known && !empty
        ? mdeUnpairedMeans({
            sdBase: base.sd!,
            nBase: base.n,
            sdNew: next.sd!,
            nNew: next.n,
            alpha: s.alpha,
            power: s.power,
          })
        : NaN,
    power: s.power,
    notes,
    extra: {
      type: 'unpaired-mean',
      sdBase: base.sd ?? NaN,
      sdNew: next.sd ?? NaN,
      se: test.se,
      df: test.df,
      t: s.sign * test.t,
    },
  };
}

/** Runs the right comparison for the metric's kind and the data's design. */
export function compareMetric(input: ComparisonInput, options: ComparisonOptions): ComparisonStat {
  if (input.design === 'paired') {
    return input.kind === 'binary'
      ? compareBinaryPaired(input.base, input.new, options)
      : compareContinuousPaired(input.base, input.new, options);
  }
  return input.kind === 'binary'
    ? compareProportionsUnpaired(input.base, input.new, options)
    : compareMeansUnpaired(input.base, input.new, options);
}
