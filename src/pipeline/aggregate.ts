import type { CompositeConfig } from '../core/config.js';
import type { ItemRecord, MetricSpec, MetricValue, MetricsMap } from '../core/types.js';
import { corpusMetricValue } from '../scorers/corpus-stats.js';
import {
  clusteredMean,
  describeClustering,
  hasSharedClusters,
  meanInterval,
  quantileSorted,
  tInterval,
  wilsonInterval,
} from '../stats/index.js';

const LEVEL = 0.95;

/** A per-item value the aggregate is built from: the metric's score, or the error flag for `error_rate`. */
type ValueOf = (record: ItemRecord) => number | null | undefined;

/**
 * Stage 4: turns per-item records into one metrics map. Every rate comes with n and a 95% Wilson interval,
 * every mean with a t interval; each is also computed per category (`metric@category`).
 */
export function aggregate(
  records: readonly ItemRecord[],
  specs: readonly MetricSpec[],
  options: { perCategory: boolean; composite?: CompositeConfig },
): MetricsMap {
  const metrics: MetricsMap = {};
  const groups: [string | undefined, readonly ItemRecord[]][] = [[undefined, records]];
  if (options.perCategory) {
    for (const [category, members] of groupByCategory(records)) groups.push([category, members]);
  }
  for (const [category, members] of groups) {
    const add = (value: MetricValue): void => {
      const name = category === undefined ? value.name : `${value.name}@${category}`;
      metrics[name] = { ...value, name, category };
    };
    add(
      rate(members, {
        name: 'error_rate',
        base: 'error',
        valueOf: (record) => (record.error ? 1 : 0),
        higherIsBetter: false,
        description: 'Share of items with no usable answer (model errors and missing responses).',
      }),
    );
    for (const spec of specs) {
      const valueOf: ValueOf = (record) => record.scores[spec.name];
      if (spec.kind === 'binary') {
        add(
          rate(members, {
            name: spec.aggregateName ?? spec.name,
            base: spec.name,
            valueOf,
            higherIsBetter: spec.higherIsBetter,
            description: spec.description,
          }),
        );
      } else {
        for (const value of continuous(members, spec, valueOf)) add(value);
      }
      if (spec.corpus) add(corpusMetricValue(members, spec.corpus));
    }
  }
  if (options.composite) metrics[options.composite.name] = composite(metrics, options.composite);
  return metrics;
}

export function groupByCategory(records: readonly ItemRecord[]): Map<string, ItemRecord[]> {
  const groups = new Map<string, ItemRecord[]>();
  for (const record of records) {
    const group = groups.get(record.category);
    if (group) group.push(record);
    else groups.set(record.category, [record]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface Collected {
  values: number[];
  /** Scenario id of each value (turns of one multi-turn scenario are not independent). */
  clusters: (string | undefined)[];
  naCount: number;
  errorCount: number;
}

function collect(records: readonly ItemRecord[], valueOf: ValueOf): Collected {
  const values: number[] = [];
  const clusters: (string | undefined)[] = [];
  let naCount = 0;
  let errorCount = 0;
  for (const record of records) {
    const value = valueOf(record);
    if (record.error) errorCount++;
    if (value === null) naCount++;
    else if (value !== undefined) {
      values.push(value);
      clusters.push(record.scenarioId);
    }
  }
  return { values, clusters, naCount, errorCount };
}

function rate(
  records: readonly ItemRecord[],
  metric: { name: string; base: string; valueOf: ValueOf; higherIsBetter: boolean; description: string },
): MetricValue {
  const { values, clusters, naCount, errorCount } = collect(records, metric.valueOf);
  const successes = values.reduce((sum, value) => sum + value, 0);
  const n = values.length;
  const clustered = hasSharedClusters(clusters) ? clusteredMean(values, clusters) : undefined;
  // Rao & Scott (1992): with clustered items, Wilson on the counts divided by the design effect.
  const inflation = clustered && clustered.designEffect > 1 ? clustered.designEffect : 1;
  return {
    name: metric.name,
    base: metric.base,
    kind: 'rate',
    value: n > 0 ? successes / n : null,
    n,
    interval:
      n > 0
        ? toInterval(
            wilsonInterval(successes / inflation, n / inflation, LEVEL),
            clustered
              ? `wilson (${describeClustering(clustered.clusters, clustered.designEffect)})`
              : 'wilson',
          )
        : undefined,
    naCount,
    errorCount: metric.base === 'error' ? 0 : errorCount,
    higherIsBetter: metric.higherIsBetter,
    description: metric.description,
  };
}

/** Means with a t interval; latency also gets p50, p95 and max; tokens and cost get totals. */
function continuous(records: readonly ItemRecord[], spec: MetricSpec, valueOf: ValueOf): MetricValue[] {
  const { values, clusters, naCount, errorCount } = collect(records, valueOf);
  const n = values.length;
  const clustered = hasSharedClusters(clusters) ? clusteredMean(values, clusters) : undefined;
  const common = {
    base: spec.name,
    n,
    naCount,
    errorCount,
    higherIsBetter: spec.higherIsBetter,
  };
  const mean: MetricValue = {
    ...common,
    name: `${spec.aggregateName ?? spec.name}_mean`.replace(/_mean_mean$/, '_mean'),
    kind: 'mean',
    value: n > 0 ? values.reduce((sum, value) => sum + value, 0) / n : null,
    interval: clustered
      ? clustered.clusters < 2 || !(clustered.se >= 0)
        ? undefined
        : toInterval(
            tInterval(clustered.mean, clustered.se, clustered.df, LEVEL),
            `cluster-robust t (${describeClustering(clustered.clusters, clustered.designEffect)})`,
          )
      : n > 1
        ? toInterval(meanInterval(values, LEVEL), 't')
        : undefined,
    description: `Mean of ${spec.name}: ${spec.description}`,
  };
  const results = [mean];
  if (spec.name === 'latency_ms') {
    const sorted = [...values].sort((a, b) => a - b);
    for (const [label, q] of [
      ['p50', 0.5],
      ['p95', 0.95],
    ] as const) {
      results.push({
        ...common,
        name: `latency_${label}_ms`,
        kind: 'quantile',
        value: n > 0 ? quantileSorted(sorted, q) : null,
        description: `${label} of the model's latency per item (live calls; cached answers keep their original latency).`,
      });
    }
    results.push({
      ...common,
      name: 'latency_max_ms',
      kind: 'quantile',
      value: n > 0 ? sorted[n - 1]! : null,
      description: 'Largest latency of one item.',
    });
  }
  if (spec.name === 'total_tokens' || spec.name === 'cost_usd') {
    results.push({
      ...common,
      name: spec.name === 'total_tokens' ? 'tokens_total' : 'cost_usd_total',
      kind: 'total',
      value: n > 0 ? values.reduce((sum, value) => sum + value, 0) : null,
      description:
        spec.name === 'total_tokens'
          ? 'Tokens used by the model, in all.'
          : 'Cost of the model calls in USD, in all.',
    });
  }
  return results;
}

function composite(metrics: MetricsMap, config: CompositeConfig): MetricValue {
  let weighted = 0;
  let totalWeight = 0;
  let n = Infinity;
  let missing = false;
  for (const [name, weight] of Object.entries(config.weights)) {
    const metric = metrics[name];
    if (!metric || metric.value === null) {
      missing = true;
      continue;
    }
    weighted += weight * metric.value;
    totalWeight += weight;
    n = Math.min(n, metric.n);
  }
  return {
    name: config.name,
    base: config.name,
    kind: 'composite',
    value: missing || totalWeight === 0 ? null : weighted / totalWeight,
    n: Number.isFinite(n) ? n : 0,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: true,
    description: `Weighted mean of ${Object.entries(config.weights)
      .map(([name, weight]) => `${name} (weight ${weight})`)
      .join(', ')}.`,
  };
}

function toInterval(interval: { lower: number; upper: number }, method: string): MetricValue['interval'] {
  return { lower: interval.lower, upper: interval.upper, level: LEVEL, method };
}
