// Corpus-level BLEU and chrF: not means of per-item scores, so they are computed from the items' outputs and
// references (n-gram statistics summed over items), with a percentile bootstrap interval over items (B = 1,000,
// seed 12345, as sacreBLEU's significance module; seeded, so a report reproduces exactly). Items without an
// expected output are left out; an error item counts as an empty output (no matches, full reference length).
import type { ItemRecord, MetricValue } from '../core/types.js';
import { pairedBootstrap } from '../stats/bootstrap.js';
import { bleuSignature, computeBleu, MAX_ORDER, segmentStats, type BleuStats } from './bleu.js';
import { chrfSignature, chrfStats, computeChrf, type ChrfStats } from './chrf.js';

export type CorpusMetric = 'bleu' | 'chrf';

export const CORPUS_RESAMPLES = 1000;
export const CORPUS_SEED = 12_345;
const LEVEL = 0.95;

export function corpusMetricName(metric: CorpusMetric): string {
  return `corpus_${metric}`;
}

export function corpusSignature(metric: CorpusMetric): string {
  return metric === 'bleu'
    ? `BLEU|${bleuSignature({ references: 1, effectiveOrder: false })}`
    : `chrF2|${chrfSignature()}`;
}

/** The corpus aggregate of `metric` over `records` (one category's, or all). */
export function corpusMetricValue(records: readonly ItemRecord[], metric: CorpusMetric): MetricValue {
  const scored = records.filter((record) => record.expectedOutput !== undefined);
  const naCount = records.length - scored.length;
  const errorCount = scored.filter((record) => record.error !== undefined).length;
  const pairs = scored.map((record) => [record.output ?? '', record.expectedOutput!] as const);
  let value: number | null = null;
  let interval: MetricValue['interval'];
  if (pairs.length > 0) {
    const score = metric === 'bleu' ? bleuScorer(pairs) : chrfScorer(pairs);
    value = score(identity(pairs.length));
    const boot = pairedBootstrap(pairs.length, score, {
      resamples: CORPUS_RESAMPLES,
      seed: CORPUS_SEED,
      levels: [LEVEL],
    });
    const [first] = boot.intervals;
    if (first && Number.isFinite(first.lower) && Number.isFinite(first.upper)) {
      interval = {
        lower: first.lower,
        upper: first.upper,
        level: LEVEL,
        method: `percentile bootstrap over items (B=${CORPUS_RESAMPLES}, seed ${CORPUS_SEED})`,
      };
    }
  }
  const signature = corpusSignature(metric);
  return {
    name: corpusMetricName(metric),
    base: metric,
    kind: 'corpus',
    value,
    n: scored.length,
    interval,
    naCount,
    errorCount,
    higherIsBetter: true,
    signature,
    description: `Corpus ${metric === 'bleu' ? 'BLEU' : 'chrF2'} (0 to 100) over the items with an expected output; ${signature} (evalgate's implementation of sacreBLEU's signature).`,
  };
}

function identity(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let index = 0; index < n; index++) indices[index] = index;
  return indices;
}

type Pair = readonly [string, string];

/** Each item's statistics flattened into one array (`width` numbers per item), summed over resampled indices. */
function summer(rows: readonly number[][]): (indices: Uint32Array) => number[] {
  const width = rows[0]?.length ?? 0;
  const flat = Float64Array.from(rows.flat());
  return (indices) => {
    const sum = new Array<number>(width).fill(0);
    for (let i = 0; i < indices.length; i++) {
      const offset = indices[i]! * width;
      for (let k = 0; k < width; k++) sum[k]! += flat[offset + k]!;
    }
    return sum;
  };
}

function bleuScorer(pairs: readonly Pair[]): (indices: Uint32Array) => number {
  const sum = summer(
    pairs.map(([output, reference]) => {
      const stats: BleuStats = segmentStats(output, [reference]);
      return [stats.hypLength, stats.refLength, ...stats.matches, ...stats.totals];
    }),
  );
  return (indices) => {
    const [hypLength, refLength, ...rest] = sum(indices);
    return computeBleu({
      hypLength: hypLength!,
      refLength: refLength!,
      matches: rest.slice(0, MAX_ORDER),
      totals: rest.slice(MAX_ORDER),
    }).score;
  };
}

function chrfScorer(pairs: readonly Pair[]): (indices: Uint32Array) => number {
  const sum = summer(pairs.map(([output, reference]) => chrfStats(output, reference).flat()));
  return (indices) => {
    const flat = sum(indices);
    const stats: ChrfStats = [];
    for (let k = 0; k < flat.length; k += 3) stats.push([flat[k]!, flat[k + 1]!, flat[k + 2]!]);
    return computeChrf(stats);
  };
}
