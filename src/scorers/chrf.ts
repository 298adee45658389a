// chrF (Popović 2015) as sacreBLEU 2.x computes it by default: character n-grams of orders 1..6 on the text with
// all white space removed, no word n-grams, β = 2 (chrF2), no epsilon smoothing. Per order: precision = matched /
// hypothesis n-grams, recall = matched / reference n-grams (matches clipped by the reference counts). Precision
// and recall are averaged over the orders where both sides have n-grams (the "effective order"), then
// F_β = (1 + β²)·P·R / (β²·P + R), times 100. Corpus chrF sums the per-order counts over segments first.
import { EVALGATE_VERSION } from '../version.js';
import { splitPython } from './bleu.js';

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/** Per order n = 1..6: [hypothesis n-grams, reference n-grams, matched n-grams]. */
export type ChrfStats = [number, number, number][];

function charNgrams(text: string, n: number): Map<string, number> {
  const chars = Array.from(text); // code points, as Python indexes strings
  const counts = new Map<string, number>();
  for (let start = 0; start + n <= chars.length; start++) {
    const gram = chars.slice(start, start + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function chrfStats(hypothesis: string, reference: string, order = CHRF_ORDER): ChrfStats {
  const hyp = splitPython(hypothesis).join('');
  const ref = splitPython(reference).join('');
  const stats: ChrfStats = [];
  for (let n = 1; n <= order; n++) {
    const hypCounts = charNgrams(hyp, n);
    const refCounts = charNgrams(ref, n);
    let hypTotal = 0;
    let matched = 0;
    for (const [gram, count] of hypCounts) {
      hypTotal += count;
      matched += Math.min(count, refCounts.get(gram) ?? 0);
    }
    let refTotal = 0;
    for (const count of refCounts.values()) refTotal += count;
    stats.push([hypTotal, refTotal, matched]);
  }
  return stats;
}

export function sumChrfStats(all: Iterable<ChrfStats>, order = CHRF_ORDER): ChrfStats {
  const sum: ChrfStats = Array.from({ length: order }, () => [0, 0, 0]);
  for (const stats of all) {
    stats.forEach(([hyp, ref, matched], index) => {
      const row = sum[index]!;
      row[0] += hyp;
      row[1] += ref;
      row[2] += matched;
    });
  }
  return sum;
}

/** chrF from statistics, 0..100. */
export function computeChrf(stats: ChrfStats, beta = CHRF_BETA): number {
  let precision = 0;
  let recall = 0;
  let effective = 0;
  for (const [hyp, ref, matched] of stats) {
    if (hyp > 0 && ref > 0) {
      precision += matched / hyp;
      recall += matched / ref;
      effective++;
    }
  }
  if (effective === 0) return 0;
  precision /= effective;
  recall /= effective;
  if (precision + recall === 0) return 0;
  const factor = beta * beta;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}

export function sentenceChrf(hypothesis: string, reference: string, beta = CHRF_BETA): number {
  return computeChrf(chrfStats(hypothesis, reference), beta);
}

export function corpusChrf(
  hypotheses: readonly string[],
  references: readonly string[],
  beta = CHRF_BETA,
): number {
  return computeChrf(
    sumChrfStats(hypotheses.map((hypothesis, index) => chrfStats(hypothesis, references[index] ?? ''))),
    beta,
  );
}

/** sacreBLEU's chrF signature fields; `version` names evalgate, whose implementation this is. */
export function chrfSignature(): string {
  return `nrefs:1|case:mixed|eff:yes|nc:${CHRF_ORDER}|nw:0|space:no|version:evalgate-${EVALGATE_VERSION}`;
}
