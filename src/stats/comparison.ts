// One record per compared metric: the right test for the metric's kind and design, the gate interval, the
// three-zone verdict and everything the report prints. Δ = new − base in the metric's own units.
import { clusteredMean, describeClustering, hasSharedClusters, type ClusteredMean } from './cluster.js';
import { mean, tInterval } from './descriptive.js';
import type {
  AggregateSummary,
  ComparisonInput,
  ComparisonOptions,
  ComparisonStat,
  PairedContinuousExtra,
} from './comparison-types.js';
import { normalCdf, tQuantile } from './distributions.js';
import { checkAlpha, pValueByInversion, zForLevel, type Interval } from './interval.js';
import { threeZoneDecision } from './noninferiority.js';
import {
  mcnemarTest,
  newcombePairedBounds,
  pairedBinaryTable,
  pairedProportionDifference,
  type PairedBinaryTable,
  type PairedProportionDifference,
} from './paired-binary.js';
import { pairValues, type DroppedPairs, type MaybeNumber } from './pairs.js';
import { mdePairedBinary, mdePairedContinuous, mdeUnpairedMeans, mdeUnpairedProportions } from './power.js';
import { newcombeBounds, twoProportionZTest } from './proportion.js';
import { pairedTTest, tTestFromEstimate, welchTTest } from './t-test.js';
import {
  BOOTSTRAP_MAX_CLUSTERS,
  studentizedBootstrapLogRatio,
  studentizedBootstrapMean,
} from './studentized-bootstrap.js';
import {
  lognormalRatioSkewness,
  skewCorrectedInterval,
  skewCorrectedPBelowZero,
} from './skew-corrected-log-ratio.js';
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
  clusters?: readonly (string | undefined)[],
): ComparisonStat {
  const s = settings(options);
  const { dropped, n, ...table } = pairedBinaryTable(base, next);
  // Oriented table: "b" counts regressions, "c" improvements.
  const oriented: PairedBinaryTable =
    s.sign === 1 ? table : { a: table.d, b: table.c, c: table.b, d: table.a };
  let gate = pairedProportionDifference(oriented, { level: s.gateLevel, margin: s.margin });
  let wide = pairedProportionDifference(oriented, {
    level: 0.95,
    method: gate.ci.method === 'wald' ? 'wald' : 'newcombe-paired',
  });
  const mcnemar = mcnemarTest(oriented.b, oriented.c);
  let methodName =
    gate.ci.method === 'wald' ? 'paired McNemar (Wald CI)' : 'paired McNemar (Newcombe score CI)';
  const notes = droppedNote(dropped);
  if (n === 0) notes.push('no complete pairs: nothing to compare');
  else if (gate.exact)
    notes.push(`few discordant pairs (b + c = ${table.b + table.c} < 25): score interval instead of Wald`);
  const keys = keptClusters(base, next, clusters);
  const pairs = keys ? pairValues(base, next) : undefined;
  const clustered =
    keys && pairs
      ? clusteredMean(
          pairs.next.map((value, i) => s.sign * (value - pairs.base[i]!)),
          keys,
        )
      : undefined;
  let pDifference = mcnemar.exactTwoSidedP;
  let pDifferenceMethod = 'exact McNemar';
  if (clustered) {
    const adjusted = clusteredBinary(oriented, clustered, gate.exact, s);
    gate = adjusted.gate;
    wide = adjusted.wide;
    methodName = adjusted.method;
    if (options.bootstrap !== false && clustered.clusters <= BOOTSTRAP_MAX_CLUSTERS) {
      // The cluster bootstrap-t as well: the gate takes the union (few clusters, skewed cluster totals).
      const boot = studentizedBootstrapMean(
        pairs!.next.map((value, i) => s.sign * (value - pairs!.base[i]!)),
        { ...options.bootstrap, clusters: keys, levels: [s.gateLevel, 0.95], threshold: -s.margin },
      );
      if (boot.degenerate === null) {
        gate = unite(gate, boot.intervals[0]!, boot.pNonInferiority!);
        wide = unite(wide, boot.intervals[1]!, null);
        methodName = `${methodName} ∪ cluster bootstrap-t`;
      }
    }
    pDifference = adjusted.pDifference;
    pDifferenceMethod = 'cluster-robust t';
    notes.push(describeClustering(clustered.clusters, clustered.designEffect));
  }
  const inflation = clustered && Number.isFinite(clustered.designEffect) ? clustered.designEffect : 1;
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
    pDifference,
    pDifferenceMethod,
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
          }) * Math.sqrt(inflation)
        : Infinity,
    power: s.power,
    notes,
    ...(clustered ? { clusters: clustered.clusters, designEffect: clustered.designEffect } : {}),
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

/** A paired difference whose interval also covers `other`; the larger non-inferiority p of the two. */
function unite(
  result: PairedProportionDifference,
  other: Interval,
  pOther: number | null,
): PairedProportionDifference {
  return {
    ...result,
    ci: {
      ...result.ci,
      lower: Math.max(-1, Math.min(result.ci.lower, other.lower)),
      upper: Math.min(1, Math.max(result.ci.upper, other.upper)),
      method: `${result.ci.method} ∪ cluster bootstrap-t`,
    },
    pNonInferiority:
      result.pNonInferiority === null || pOther === null
        ? result.pNonInferiority
        : Math.max(result.pNonInferiority, pOther),
  };
}

/**
 * Paired binary metric whose items share clusters (Miller 2024, section 2): with enough discordant pairs the
 * cluster-robust standard error of the mean difference with a t on C − 1 df (Wald on clusters); with few, the
 * Newcombe score interval widened by √(design effect) (Rao & Scott 1992: counts divided by the design effect)
 * and by t_{C−1}/z for the few clusters. Both the interval and the non-inferiority p come from one family.
 */
function clusteredBinary(
  table: PairedBinaryTable,
  clustered: ClusteredMean,
  few: boolean,
  s: Settings,
): {
  gate: PairedProportionDifference;
  wide: PairedProportionDifference;
  method: string;
  pDifference: number;
} {
  const n = table.a + table.b + table.c + table.d;
  const estimate = (table.c - table.b) / n;
  const { se, df } = clustered;
  const pDifference = tTestFromEstimate(estimate, se, df).pTwoSided;
  const common = { n, estimate, se, discordance: (table.b + table.c) / n, exact: few };
  if (!few) {
    const at = (level: number, margin?: number): PairedProportionDifference => {
      const test = tTestFromEstimate(estimate, se, df, { level, margin, method: 'cluster-robust t' });
      const ci = { ...test.ci, lower: Math.max(-1, test.ci.lower), upper: Math.min(1, test.ci.upper) };
      return { ...common, ci, pNonInferiority: test.pNonInferiority };
    };
    return {
      gate: at(s.gateLevel, s.margin),
      wide: at(0.95),
      method: 'paired cluster-robust (t on clusters)',
      pDifference,
    };
  }
  const widen = Math.sqrt(Math.max(1, Number.isFinite(clustered.designEffect) ? clustered.designEffect : 1));
  // Bound of the widened interval for the normal critical value z (z < 0 mirrors, as pValueByInversion needs).
  const boundAt = (z: number, side: 'lower' | 'upper'): number => {
    const zNormal = Math.abs(z);
    if (zNormal === 0) return estimate;
    const stretch = widen * (df > 0 ? tQuantile(normalCdf(zNormal), df) / zNormal : Infinity);
    const offset = newcombePairedBounds(table, z)[side] - estimate;
    return offset === 0 ? estimate : Math.max(-1, Math.min(1, estimate + offset * stretch));
  };
  const at = (level: number, margin?: number): PairedProportionDifference => {
    const z = zForLevel(level);
    const ci = {
      estimate,
      lower: boundAt(z, 'lower'),
      upper: boundAt(z, 'upper'),
      level,
      method: 'newcombe-paired, clustered',
    };
    const pNonInferiority =
      margin === undefined ? null : pValueByInversion((zz) => boundAt(zz, 'lower'), -margin);
    return { ...common, ci, pNonInferiority };
  };
  return {
    gate: at(s.gateLevel, s.margin),
    wide: at(0.95),
    method: 'paired Newcombe score CI, clustered (widened by design effect)',
    pDifference,
  };
}

/** The cluster keys of the complete pairs, or undefined when no two kept items share a cluster. */
function keptClusters(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
  clusters: readonly (string | undefined)[] | undefined,
): (string | undefined)[] | undefined {
  if (!clusters) return undefined;
  if (clusters.length !== base.length) {
    throw new RangeError(`cluster keys (${clusters.length}) must match the pairs (${base.length})`);
  }
  // Items outside any scenario (the usual case) share nothing: no need to filter them.
  if (!clusters.some((key) => key !== undefined)) return undefined;
  const present = (value: MaybeNumber) => value !== null && value !== undefined;
  const kept = clusters.filter((_, i) => present(base[i]) && present(next[i]));
  return hasSharedClusters(kept) ? kept : undefined;
}

/** The smallest interval containing both (the first one's estimate; methods joined by " ∪ "). */
function hullOf(first: Interval, second: Interval, secondName = second.method): Interval {
  return {
    ...first,
    lower: Math.min(first.lower, second.lower),
    upper: Math.max(first.upper, second.upper),
    method: `${first.method} ∪ ${secondName}`,
  };
}

/** The union with the t interval ("∪ t" appended to the method). */
function hull(first: Interval, second: Interval): Interval {
  return hullOf(first, second, 't');
}

/** Strictly positive values of a lower-is-better metric (latency, cost, tokens): the log-ratio bootstrap. */
function usesLogRatio(pairs: { base: number[]; next: number[] }, s: Settings): boolean {
  return (
    !s.higherIsBetter && pairs.base.every((value) => value > 0) && pairs.next.every((value) => value > 0)
  );
}

/** The Wilcoxon exact DP costs O(m·Σrank): exact up to this many pairs, the normal approximation above. */
const WILCOXON_EXACT_PAIRS = 50;

/**
 * Paired continuous metric (per-item scores on the same items). The gate interval is the seeded studentized
 * (bootstrap-t) interval of the mean difference, resampling whole scenarios when items share one: it holds its
 * level on skewed (latency, cost) and heavily tied (1-5 judge) scores, where the paired t interval passes a
 * regression too often at small n. Strictly positive lower-is-better values (latency, cost) use the log-ratio
 * bootstrap-t joined with a Cornish–Fisher t whose skewness comes from a lognormal fit, since the sample
 * skewness of a small heavy-tailed sample is too small. The gate interval is the union with the paired t. The
 * paired t (cluster-robust when clustered), Wilcoxon signed-rank (Pratt) and the percentile bootstrap are
 * companions. With `bootstrap: false` the t interval decides.
 */
export function compareContinuousPaired(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
  options: ComparisonOptions,
  clusters?: readonly (string | undefined)[],
): ComparisonStat {
  const s = settings(options);
  const pairs = pairValues(base, next);
  const keys = keptClusters(base, next, clusters);
  const n = pairs.base.length;
  const oriented = pairs.next.map((value, i) => s.sign * (value - pairs.base[i]!));
  const plain = pairedTTest(oriented, { level: s.gateLevel, margin: s.margin });
  const clustered = keys ? clusteredMean(oriented, keys) : undefined;
  const test = clustered
    ? tTestFromEstimate(plain.estimate, clustered.se, clustered.df, {
        level: s.gateLevel,
        margin: s.margin,
        method: 'cluster-robust t',
      })
    : plain;
  const tCi95 = tInterval(test.estimate, test.se, test.df, 0.95, test.ci.method);
  const wilcoxon = wilcoxonSignedRank(oriented, {
    zeroMethod: 'pratt',
    exact: n <= WILCOXON_EXACT_PAIRS ? 'auto' : false,
  });
  const tZone = verdict(test.ci, s.margin).zone;
  const notes = droppedNote(pairs.dropped);
  if (test.degenerate === 'no-data') notes.push('no complete pairs: nothing to compare');
  else if (test.degenerate === 'insufficient-data')
    notes.push(clustered ? 'fewer than 2 clusters: no interval' : 'fewer than 2 pairs: no interval');
  else if (test.degenerate === 'zero-variance')
    notes.push('all differences are equal: the difference is deterministic');
  if (n >= 2 && n < 30) notes.push(`low n (${n} < 30): check the Wilcoxon result`);
  if (clustered) notes.push(describeClustering(clustered.clusters, clustered.designEffect));

  let gate: Interval = test.ci;
  let ci95: Interval = tCi95;
  let pNonInferiority = test.pNonInferiority ?? 1;
  let method = clustered ? 'paired cluster-robust t' : 'paired t';
  let bootstrap: PairedContinuousExtra['bootstrap'] = null;
  const clusterCount = clustered ? clustered.clusters : n;
  const bootstrapOn =
    options.bootstrap !== false &&
    n >= 2 &&
    test.degenerate !== 'zero-variance' &&
    clusterCount <= BOOTSTRAP_MAX_CLUSTERS;
  if (options.bootstrap !== false && clusterCount > BOOTSTRAP_MAX_CLUSTERS)
    notes.push(
      `${clusterCount} independent units: the t interval decides (no bootstrap needed at this size)`,
    );
  const resampling = options.bootstrap === false ? {} : { ...options.bootstrap };
  const boot = !bootstrapOn
    ? undefined
    : usesLogRatio(pairs, s)
      ? logRatioBootstrap(pairs, s, resampling, keys, test.estimate, notes)
      : meanBootstrap(oriented, s, resampling, keys);
  if (boot) {
    ({ gate, ci95, pNonInferiority, bootstrap } = boot);
    method = clustered ? boot.method.clustered : boot.method.plain;
  }
  if (bootstrap) {
    // Each interval under-covers small skewed samples in its own way; the gate takes their union.
    gate = hull(gate, test.ci);
    ci95 = hull(ci95, tCi95);
    pNonInferiority = Math.max(pNonInferiority, test.pNonInferiority ?? 1);
  }
  const decision = verdict(gate, s.margin);
  if (bootstrap && tZone !== decision.zone)
    notes.push(`the t interval would say ${tZone}; the bootstrap-t interval decides (${decision.zone})`);
  const seMean = clustered ? clustered.se : plain.se;
  return {
    method,
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
    ciGate: natural(gate, s.sign),
    ci95: natural(ci95, s.sign),
    pNonInferiority,
    pDifference: test.pTwoSided,
    pDifferenceMethod: clustered ? 'cluster-robust t' : 'paired t',
    ...decision,
    margin: s.margin,
    alpha: s.alpha,
    mde:
      n >= 2 && !Number.isNaN(seMean)
        ? mdePairedContinuous({ n, sdDiff: seMean * Math.sqrt(n), alpha: s.alpha, power: s.power })
        : n === 0
          ? Infinity
          : NaN,
    power: s.power,
    notes,
    ...(clustered ? { clusters: clustered.clusters, designEffect: clustered.designEffect } : {}),
    extra: {
      type: 'paired-continuous',
      sdDiff: plain.sdDiff,
      se: test.se,
      df: test.df,
      t: s.sign * test.t,
      wilcoxon,
      tInterval: { ciGate: natural(test.ci, s.sign), ci95: natural(tCi95, s.sign), zone: tZone },
      bootstrap,
    },
  };
}

/** The bootstrap's gate and 95% intervals (oriented: worse is negative), its p and its description. */
interface BootstrapDecision {
  gate: Interval;
  ci95: Interval;
  pNonInferiority: number;
  bootstrap: NonNullable<PairedContinuousExtra['bootstrap']>;
  method: { plain: string; clustered: string };
}

type Resampling = Exclude<ComparisonOptions['bootstrap'], false>;

/**
 * Strictly positive lower-is-better values: the log-ratio bootstrap-t joined with a Cornish–Fisher t whose
 * skewness comes from a lognormal fit, mapped back to new − base.
 */
function logRatioBootstrap(
  pairs: { base: number[]; next: number[] },
  s: ReturnType<typeof settings>,
  resampling: Resampling,
  keys: ReturnType<typeof keptClusters>,
  estimate: number,
  notes: string[],
): BootstrapDecision {
  const result = studentizedBootstrapLogRatio(pairs.base, pairs.next, {
    ...resampling,
    clusters: keys,
    offset: s.margin,
    levels: [s.gateLevel, 0.95],
  });
  const skewness = lognormalRatioSkewness(pairs.base, pairs.next, s.margin);
  const corrected = (level: number) =>
    skewCorrectedInterval(result.estimate, result.se, result.clusters, skewness, level);
  // θ bounds back to new − base, (x̄_base + δ)·e^θ − x̄_base; then oriented (worse = negative) for the verdict.
  const baseMean = mean(pairs.base);
  const toDiff = (bounds: { lower: number; upper: number; level: number }, method: string): Interval =>
    natural(
      {
        estimate: -estimate,
        lower: (baseMean + s.margin) * Math.exp(bounds.lower) - baseMean,
        upper: (baseMean + s.margin) * Math.exp(bounds.upper) - baseMean,
        level: bounds.level,
        method,
      },
      -1,
    );
  const bootstrapMethod = keys
    ? ('cluster log-ratio bootstrap-t' as const)
    : ('log-ratio bootstrap-t' as const);
  const bootGate = toDiff(result.intervals[0]!, bootstrapMethod);
  const boot95 = toDiff(result.intervals[1]!, bootstrapMethod);
  let pNonInferiority = result.pBelowZero;
  let gate = bootGate;
  let ci95 = boot95;
  if (result.degenerate === null) {
    // The bootstrap-t takes its skewness from the sample, which misses the slow tail at small n; the union
    // with the lognormal-skewness Cornish–Fisher interval restores the level there (BENCHMARKS.md).
    const label = 'skew-corrected log-ratio t';
    gate = hullOf(bootGate, toDiff(corrected(s.gateLevel), label));
    ci95 = hullOf(boot95, toDiff(corrected(0.95), label));
    pNonInferiority = Math.max(
      pNonInferiority,
      skewCorrectedPBelowZero(result.estimate, result.se, result.clusters, skewness),
    );
    notes.push(`lognormal-fit skewness of the log-ratio influence values: ${skewness.toFixed(2)}`);
  }
  const bootstrap = {
    method: bootstrapMethod,
    resamples: result.resamples,
    seed: result.seed,
    ciGate: natural(bootGate, s.sign),
    ci95: natural(boot95, s.sign),
    percentileGate: null,
    percentileZone: null,
  };
  return {
    gate,
    ci95,
    pNonInferiority,
    bootstrap,
    method: {
      plain: 'paired log-ratio bootstrap-t ∪ skew-corrected t ∪ t',
      clustered: 'paired cluster log-ratio bootstrap-t ∪ skew-corrected t ∪ t',
    },
  };
}

/** The studentized bootstrap of the mean difference (oriented), with its percentile companion. */
function meanBootstrap(
  oriented: readonly number[],
  s: ReturnType<typeof settings>,
  resampling: Resampling,
  keys: ReturnType<typeof keptClusters>,
): BootstrapDecision {
  const result = studentizedBootstrapMean(oriented, {
    ...resampling,
    clusters: keys,
    levels: [s.gateLevel, 0.95],
    threshold: -s.margin,
  });
  const [gateInterval, wideInterval] = result.intervals as [Interval, Interval];
  const percentileGate = result.percentile[0]!;
  const bootstrap = {
    method: keys ? ('cluster bootstrap-t' as const) : ('bootstrap-t' as const),
    resamples: result.resamples,
    seed: result.seed,
    ciGate: natural(gateInterval, s.sign),
    ci95: natural(wideInterval, s.sign),
    percentileGate: natural(percentileGate, s.sign),
    percentileZone: threeZoneDecision(percentileGate, s.margin).zone,
  };
  return {
    gate: gateInterval,
    ci95: wideInterval,
    pNonInferiority: result.pNonInferiority ?? 1,
    bootstrap,
    method: { plain: 'paired bootstrap-t ∪ t', clustered: 'paired cluster bootstrap-t ∪ t' },
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
      ? compareBinaryPaired(input.base, input.new, options, input.clusters)
      : compareContinuousPaired(input.base, input.new, options, input.clusters);
  }
  return input.kind === 'binary'
    ? compareProportionsUnpaired(input.base, input.new, options)
    : compareMeansUnpaired(input.base, input.new, options);
}
