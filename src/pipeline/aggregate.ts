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

/** A per-item value (a score; null is N/A, undefined is not scored), by item position. */
type Column = ArrayLike<number | null | undefined>;

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
  const columns = readColumns(records, specs);
  const needsMembers = specs.some((spec) => spec.corpus);
  const groups: [string | undefined, readonly ItemRecord[], readonly number[] | undefined][] = [
    [undefined, records, undefined],
  ];
  if (options.perCategory) {
    for (const [category, positions] of positionsByCategory(records)) {
      const members = needsMembers ? positions.map((position) => records[position]!) : [];
      groups.push([category, members, positions]);
    }
  }
  // Every collect writes its values here; each metric is computed from them before the next collect.
  const buffer = new Float64Array(records.length);
  for (const [category, members, positions] of groups) {
    const add = (value: MetricValue): void => {
      const name = category === undefined ? value.name : `${value.name}@${category}`;
      metrics[name] = { ...value, name, category };
    };
    const collected = (column: Column) => collect(column, columns, positions, buffer);
    add(
      rate(collected(columns.error), {
        name: 'error_rate',
        base: 'error',
        higherIsBetter: false,
        description: 'Share of items with no usable answer (model errors and missing responses).',
      }),
    );
    for (const [index, spec] of specs.entries()) {
      const column = columns.scores[index]!;
      if (spec.kind === 'binary') {
        add(
          rate(collected(column), {
            name: spec.aggregateName ?? spec.name,
            base: spec.name,
            higherIsBetter: spec.higherIsBetter,
            description: spec.description,
          }),
        );
      } else {
        for (const value of continuous(collected(column), spec)) add(value);
      }
      if (spec.corpus) add(corpusMetricValue(members, spec.corpus));
    }
  }
  if (options.composite) metrics[options.composite.name] = composite(metrics, options.composite);
  return metrics;
}

/** The positions of each category's items, categories in sorted order. */
function positionsByCategory(records: readonly ItemRecord[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((record, position) => {
    const group = groups.get(record.category);
    if (group) group.push(position);
    else groups.set(record.category, [position]);
  });
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface Columns {
  /** 1 for an error item, else 0: the values of `error_rate`. */
  error: Uint8Array;
  /** The scores of each spec, in the order of the specs. */
  scores: (number | null | undefined)[][];
  /** The scenario of each item; undefined when no item belongs to a scenario. */
  scenarios: (string | undefined)[] | undefined;
}

/** Every value the metrics are built from, read in one pass: each item's scores are visited once. */
function readColumns(records: readonly ItemRecord[], specs: readonly MetricSpec[]): Columns {
  const names = specs.map((spec) => spec.name);
  const error = new Uint8Array(records.length);
  const scores = names.map(() => new Array<number | null | undefined>(records.length));
  let scenarios: (string | undefined)[] | undefined;
  for (let position = 0; position < records.length; position++) {
    const record = records[position]!;
    if (record.error) error[position] = 1;
    if (record.scenarioId !== undefined) {
      scenarios ??= new Array<string | undefined>(records.length).fill(undefined);
      scenarios[position] = record.scenarioId;
    }
    const itemScores = record.scores;
    for (let index = 0; index < names.length; index++) scores[index]![position] = itemScores[names[index]!];
  }
  return { error, scores, scenarios };
}

interface Collected {
  /** The values that are numbers, in item order: a view of the aggregation's buffer, read before the next collect. */
  values: Float64Array;
  /** Scenario id of each value (turns of one multi-turn scenario are not independent); undefined without scenarios. */
  clusters: (string | undefined)[] | undefined;
  naCount: number;
  errorCount: number;
}

/** The values of one column over the items at `positions` (all items when undefined), N/A counted apart. */
function collect(
  column: Column,
  columns: Columns,
  positions: readonly number[] | undefined,
  buffer: Float64Array,
): Collected {
  const { error, scenarios } = columns;
  const clusters: (string | undefined)[] | undefined = scenarios ? [] : undefined;
  let n = 0;
  let naCount = 0;
  let errorCount = 0;
  const count = positions ? positions.length : column.length;
  for (let index = 0; index < count; index++) {
    const position = positions ? positions[index]! : index;
    const value = column[position];
    if (error[position] === 1) errorCount++;
    if (value === null) naCount++;
    else if (value !== undefined) {
      buffer[n++] = value;
      clusters?.push(scenarios![position]);
    }
  }
  return { values: buffer.subarray(0, n), clusters, naCount, errorCount };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index]!;
  return total;
}

function rate(
  { values, clusters, naCount, errorCount }: Collected,
  metric: { name: string; base: string; higherIsBetter: boolean; description: string },
): MetricValue {
  const successes = sum(values);
  const n = values.length;
  const clustered = hasSharedClusters(clusters) ? clusteredMean(Array.from(values), clusters) : undefined;
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
function continuous(collected: Collected, spec: MetricSpec): MetricValue[] {
  const { clusters, naCount, errorCount } = collected;
  const values = Array.from(collected.values);
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
    value: n > 0 ? sum(values) / n : null,
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
      value: n > 0 ? sum(values) : null,
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
