// Cluster-robust standard errors for means of per-item values whose items come in groups (the turns of one
// multi-turn scenario), after Miller (2024), "Adding Error Bars to Evals", section 2 and Appendix A.

/** Items grouped into clusters: per cluster, the sum of its values and its number of items. */
export interface ClusterSums {
  sums: Float64Array;
  sizes: Float64Array;
  /** Items in all (Σ sizes). */
  n: number;
}

/**
 * Groups values by cluster key (`clusters[i]` is the key of `values[i]`; undefined keys make singleton
 * clusters). Without keys every item is its own cluster. Cluster order is first appearance, so the result
 * does not depend on how keys sort.
 */
export function clusterSums(
  values: readonly number[],
  clusters?: readonly (string | undefined)[],
): ClusterSums {
  if (clusters && clusters.length !== values.length) {
    throw new RangeError(`cluster keys (${clusters.length}) must match the values (${values.length})`);
  }
  const slotOf = new Map<string, number>();
  const sums: number[] = [];
  const sizes: number[] = [];
  values.forEach((value, i) => {
    const key = clusters?.[i];
    let slot = key === undefined ? undefined : slotOf.get(key);
    if (slot === undefined) {
      slot = sums.length;
      sums.push(0);
      sizes.push(0);
      if (key !== undefined) slotOf.set(key, slot);
    }
    sums[slot]! += value;
    sizes[slot]! += 1;
  });
  return { sums: Float64Array.from(sums), sizes: Float64Array.from(sizes), n: values.length };
}

export interface ClusteredMean {
  n: number;
  clusters: number;
  mean: number;
  /**
   * Cluster-robust standard error with the finite-cluster factor C/(C − 1) (as Inspect does):
   * √(C/(C−1)·Σ_c (Σ_{i∈c} (x_i − x̄))²)/n. With singleton clusters it is exactly s/√n.
   */
  se: number;
  /** The standard error that ignores clustering, s/√n. */
  seIndependent: number;
  /** Design effect se²/seIndependent² (1 without clustering; NaN when undefined). */
  designEffect: number;
  /** Degrees of freedom of the t reference: C − 1. */
  df: number;
}

/** Mean with its cluster-robust standard error and design effect (statistics.md 1.1, TV12). */
export function clusteredMean(
  values: readonly number[],
  clusters?: readonly (string | undefined)[],
): ClusteredMean {
  const grouped = clusterSums(values, clusters);
  const n = grouped.n;
  const count = grouped.sums.length;
  if (n === 0) {
    return { n, clusters: 0, mean: NaN, se: NaN, seIndependent: NaN, designEffect: NaN, df: NaN };
  }
  let total = 0;
  for (const value of values) total += value;
  const mean = total / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  let clusterSquares = 0;
  for (let c = 0; c < count; c++) clusterSquares += (grouped.sums[c]! - grouped.sizes[c]! * mean) ** 2;
  const seIndependent = n > 1 ? Math.sqrt(squares / (n - 1) / n) : NaN;
  const se = count > 1 ? Math.sqrt((count / (count - 1)) * clusterSquares) / n : NaN;
  const designEffect = seIndependent > 0 ? (se * se) / (seIndependent * seIndependent) : NaN;
  return { n, clusters: count, mean, se, seIndependent, designEffect, df: count - 1 };
}

/** True when at least two items share a cluster key. */
export function hasSharedClusters(clusters: readonly (string | undefined)[] | undefined): boolean {
  if (!clusters) return false;
  const seen = new Set<string>();
  for (const key of clusters) {
    if (key === undefined) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** "20 scenarios, design effect 1.84": how a clustered interval says what it did. */
export function describeClustering(clusters: number, designEffect: number): string {
  const effect = Number.isFinite(designEffect) ? designEffect.toFixed(2) : 'n/a';
  return `clustered by scenario: ${clusters} clusters, design effect ${effect}`;
}
