import type { EvalgateConfig, RegressionGate } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { ItemRecord, MetricValue, MetricsMap } from '../core/types.js';
import type { BaselineItem, LoadedBaseline } from '../baseline/types.js';
import {
  benjaminiHochbergAdjust,
  compareMetric,
  holmAdjust,
  type ComparisonStat,
  type MaybeNumber,
} from '../stats/index.js';
import { formatDifference } from '../core/format.js';
import type { ComparisonReport, ComparisonRow } from '../core/comparison.js';
import {
  compareReportedAggregates,
  isReportedComparison,
  whyNotComparable,
  type AggregateSide,
} from './unpaired-aggregates.js';

/** Margin used to compute the statistics of metrics no gate decides on; their zone is not shown. */
const UNGATED_MARGIN = 1e-9;
const BH_Q = 0.1;

/**
 * Stage 3: compares this run with the last accepted baseline. Items are paired by id over the intersection
 * (items on one side only are listed, not dropped silently); each gated metric gets the test for its kind
 * (McNemar for binary, a seeded bootstrap-t for continuous, cluster-robust when turns share a scenario;
 * unpaired when the baseline keeps no per-item scores) and a three-zone non-inferiority verdict.
 */
export function compareWithBaseline(
  loaded: LoadedBaseline | null,
  records: readonly ItemRecord[],
  metrics: MetricsMap,
  datasetHash: string,
  config: Pick<EvalgateConfig, 'gates' | 'regression' | 'configFile'>,
): ComparisonReport {
  const alpha = config.regression.alpha;
  if (!loaded) {
    return {
      status: 'skipped',
      reason: 'no baseline yet: this run is not compared. An accepted (DEPLOY) run becomes the baseline.',
      statistical: false,
      alpha,
      paired: 0,
      missingInBaseline: [],
      missingInRun: [],
      rows: [],
      categoryWarnings: [],
      warnings: [],
    };
  }
  const { record } = loaded;
  const pairing = pairById(records, record.items);
  const { missingInBaseline, missingInRun } = pairing;
  const sameDataset = record.datasetHash === datasetHash;
  const warnings: string[] = [];
  if (!sameDataset) {
    if (config.regression.requireSameDataset) {
      throw new UserError(
        `the baseline was made on another version of the dataset (sha256 ${record.datasetHash.slice(0, 12)}, this run ${datasetHash.slice(0, 12)}).`,
        {
          file: config.configFile,
          key: 'regression.require-same-dataset',
          fix: 'Refresh the baseline on the default branch, or set require-same-dataset: false to compare the shared items.',
        },
      );
    }
    warnings.push(
      `the baseline was made on another version of the dataset (${record.datasetHash.slice(0, 12)} vs ${datasetHash.slice(0, 12)}): only the ${records.length - missingInBaseline.length} items present in both are compared.`,
    );
  }
  if (missingInBaseline.length + missingInRun.length > 0) {
    warnings.push(
      `${missingInBaseline.length} items are new since the baseline and ${missingInRun.length} baseline items are missing from this run: they are not paired.`,
    );
  }
  const gates = new Map(
    config.gates
      .filter((gate): gate is RegressionGate => gate.type === 'regression')
      .map((gate) => [gate.metric, gate]),
  );

  const columns = pairedColumns(
    pairing,
    Object.values(metrics)
      .filter((metric) => metric.kind === 'rate' || metric.kind === 'mean')
      .map((metric) => metric.base),
  );

  const rows: ComparisonRow[] = [];
  const notComparable: Record<string, string> = {};
  for (const [name, metric] of Object.entries(metrics)) {
    if (metric.category !== undefined && !gates.has(name)) continue;
    const base = record.aggregates[name];
    const gate = gates.get(name);
    const row: ComparisonRow = {
      metric: name,
      kind: metric.kind,
      higherIsBetter: metric.higherIsBetter,
      base: base?.value ?? null,
      new: metric.value,
      diff: base?.value == null || metric.value === null ? null : metric.value - base.value,
      gate: gate ? { name: gate.name, margin: gate.margin, onInconclusive: gate.onInconclusive } : undefined,
      regressedItems: [],
      improvedItems: [],
    };
    if (metric.kind === 'rate' || metric.kind === 'mean') {
      const stat = statisticsFor(metric, columns, base, gate?.margin ?? UNGATED_MARGIN, alpha);
      if (stat) {
        row.stat = stat.stat;
        row.base = stat.stat.base;
        row.new = stat.stat.new;
        row.diff = stat.stat.diff;
        row.regressedItems = stat.regressed;
        row.improvedItems = stat.improved;
      }
    }
    if (gate && row.stat && row.stat.mde > gate.margin) {
      warnings.push(
        `this benchmark is too small to detect a drop of ${formatDifference(metric, gate.margin).replace(/^[+−±]/, '')} in ${name}: the smallest drop it detects with 80% power is ${formatDifference(metric, row.stat.mde).replace(/^[+−±]/, '')}.`,
      );
    }
    const notCompared = isReportedComparison(metric, base) ? whyNotComparable(metric, base) : undefined;
    if (notCompared) notComparable[name] = notCompared;
    rows.push(row);
  }
  // A gated metric that compared nothing (n = 0) is not a test: it does not enlarge the family.
  applyHolm(rows.filter((row) => row.gate && row.stat && row.stat.n > 0));
  return {
    status: 'compared',
    baseline: {
      origin: loaded.origin,
      createdAt: record.createdAt,
      gitSha: record.gitSha,
      datasetHash: record.datasetHash,
      sameDataset,
      evalgateVersion: record.evalgateVersion,
    },
    statistical: true,
    alpha,
    paired: pairing.run.length,
    missingInBaseline,
    missingInRun,
    rows,
    categoryWarnings: categoryWarnings(metrics, gates, columns, record.aggregates, alpha),
    ...(Object.keys(notComparable).length > 0 ? { notComparable } : {}),
    warnings,
  };
}

/** The items of this run that the baseline also has: the i-th pair is `run[i]` and `base[i]`. */
interface Pairing {
  run: readonly ItemRecord[];
  base: readonly BaselineItem[];
  missingInBaseline: string[];
  missingInRun: string[];
  /** The baseline items a run item can pair with: one per id (the last, when an id repeats). */
  distinctBase: { values(): Iterable<BaselineItem> };
  baselineSize: number;
}

/**
 * Pairs the run's items with the baseline's by id. A baseline stored from the same dataset lists the same ids in
 * the same order: it is paired position by position, without a map and a set of every id. (A dataset's ids are
 * unique, so the baseline's are then unique too, and each item has exactly one partner.)
 */
function pairById(records: readonly ItemRecord[], baseItems: readonly BaselineItem[]): Pairing {
  if (sameIdsInOrder(records, baseItems)) {
    return {
      run: records,
      base: baseItems,
      missingInBaseline: [],
      missingInRun: [],
      distinctBase: baseItems,
      baselineSize: baseItems.length,
    };
  }
  const baseById = new Map<string, BaselineItem>();
  for (const item of baseItems) baseById.set(item.id, item);
  const run: ItemRecord[] = [];
  const base: BaselineItem[] = [];
  const missingInBaseline: string[] = [];
  const runIds = new Set<string>();
  for (const item of records) {
    runIds.add(item.id);
    const baseItem = baseById.get(item.id);
    if (baseItem) {
      run.push(item);
      base.push(baseItem);
    } else missingInBaseline.push(item.id);
  }
  const missingInRun = baseItems.filter((item) => !runIds.has(item.id)).map((item) => item.id);
  return {
    run,
    base,
    missingInBaseline,
    missingInRun,
    distinctBase: baseById,
    baselineSize: baseItems.length,
  };
}

function sameIdsInOrder(records: readonly ItemRecord[], baseItems: readonly BaselineItem[]): boolean {
  if (records.length !== baseItems.length) return false;
  for (let index = 0; index < records.length; index++) {
    if (records[index]!.id !== baseItems[index]!.id) return false;
  }
  return true;
}

/**
 * The paired items' values of every metric (by its base: a score name, or `error`), read in one pass over
 * the items: each item's scores are visited once, not once per metric and category.
 */
interface PairedColumns {
  /** The paired items of this run. */
  run: readonly ItemRecord[];
  /** The scenario of each pair; undefined when no item belongs to a scenario (nothing to cluster). */
  scenarios: readonly (string | undefined)[] | undefined;
  base: Map<string, MaybeNumber[]>;
  next: Map<string, MaybeNumber[]>;
  /** Positions of the items of one category. */
  positionsOf(category: string): number[];
  /** Whether any baseline item has a value (or N/A) for the metric: per-item scores kept, so the comparison is paired. */
  baselineKeepsScores(metricBase: string): boolean;
}

function pairedColumns(pairing: Pairing, bases: readonly string[]): PairedColumns {
  const { run, base } = pairing;
  const names = [...new Set(bases)];
  const baseColumns = names.map((): MaybeNumber[] => new Array<MaybeNumber>(run.length));
  const nextColumns = names.map((): MaybeNumber[] => new Array<MaybeNumber>(run.length));
  for (let index = 0; index < run.length; index++) {
    const item = run[index]!;
    const baseItem = base[index]!;
    for (let column = 0; column < names.length; column++) {
      const name = names[column]!;
      if (name === 'error') {
        baseColumns[column]![index] = baseItem.error ? 1 : 0;
        nextColumns[column]![index] = item.error !== undefined ? 1 : 0;
      } else {
        baseColumns[column]![index] = baseItem.scores[name];
        nextColumns[column]![index] = item.scores[name];
      }
    }
  }
  let byCategory: Map<string, number[]> | undefined;
  return {
    run,
    scenarios: run.some((item) => item.scenarioId !== undefined)
      ? run.map((item) => item.scenarioId)
      : undefined,
    base: new Map(names.map((name, column) => [name, baseColumns[column]!])),
    next: new Map(names.map((name, column) => [name, nextColumns[column]!])),
    positionsOf(category) {
      if (!byCategory) {
        byCategory = new Map();
        for (let index = 0; index < run.length; index++) {
          const each = run[index]!.category;
          const positions = byCategory.get(each);
          if (positions) positions.push(index);
          else byCategory.set(each, [index]);
        }
      }
      return byCategory.get(category) ?? [];
    },
    baselineKeepsScores(metricBase) {
      if (metricBase === 'error') return pairing.baselineSize > 0;
      for (const baseItem of pairing.distinctBase.values()) {
        if (baseItem.scores[metricBase] !== undefined) return true;
      }
      return false;
    },
  };
}

/** The right test for one metric: paired over per-item scores when the baseline has them, else unpaired. */
function statisticsFor(
  metric: MetricValue,
  columns: PairedColumns,
  baseAggregate: AggregateSide | undefined,
  margin: number,
  alpha: number,
): { stat: ComparisonStat; regressed: string[]; improved: string[] } | undefined {
  const kind = metric.kind === 'rate' ? 'binary' : 'continuous';
  const positions = metric.category === undefined ? undefined : columns.positionsOf(metric.category);
  const pick = <T>(column: readonly T[]): readonly T[] =>
    positions ? positions.map((index) => column[index]!) : column;
  const baseValues = pick(columns.base.get(metric.base)!);
  const newValues = pick(columns.next.get(metric.base)!);
  const scenarios = columns.scenarios && pick(columns.scenarios);
  const baseHasScores = baseValues.some((value) => value !== undefined);
  const options = {
    margin,
    alpha,
    higherIsBetter: metric.higherIsBetter,
    bootstrap: { resamples: 999, seed: 12345 },
  };
  // A run of items that shares no id with a baseline that keeps per-item scores gets a paired row with n = 0 (not
  // compared), never an unpaired comparison with other items. A run of reported aggregates (with a standard error) has
  // no per-item scores: it is compared from the aggregates below.
  if (baseHasScores || (metric.standardError === undefined && columns.baselineKeepsScores(metric.base))) {
    // Turns of one scenario are not independent: the statistics cluster on the scenario id.
    const stat = compareMetric(
      { design: 'paired', kind, base: baseValues, new: newValues, clusters: scenarios },
      options,
    );
    const regressed: string[] = [];
    const improved: string[] = [];
    if (kind === 'binary') {
      const good = metric.higherIsBetter ? 1 : 0;
      const idAt = (index: number) => columns.run[positions ? positions[index]! : index]!.id;
      for (let index = 0; index < baseValues.length; index++) {
        if (baseValues[index] === good && newValues[index] === 1 - good) regressed.push(idAt(index));
        if (baseValues[index] === 1 - good && newValues[index] === good) improved.push(idAt(index));
      }
    }
    return { stat, regressed, improved };
  }
  if (baseAggregate && isReportedComparison(metric, baseAggregate)) {
    const stat = compareReportedAggregates(metric, baseAggregate, options);
    return stat && { stat, regressed: [], improved: [] };
  }
  if (baseAggregate?.value == null || metric.value === null || kind === 'continuous') return undefined;
  const stat = compareMetric(
    {
      design: 'unpaired',
      kind,
      base: { value: baseAggregate.value, n: baseAggregate.n },
      new: { value: metric.value, n: metric.n },
    },
    options,
  );
  return { stat, regressed: [], improved: [] };
}

/** One-sided p for "new is worse", from the two-sided p of a difference and the sign of the effect. */
function pWorse(stat: ComparisonStat): number {
  const worse = stat.higherIsBetter ? stat.diff < 0 : stat.diff > 0;
  return worse ? stat.pDifference / 2 : 1 - stat.pDifference / 2;
}

/** Holm across the "significant regression" flags of the gated metrics (statistics.md 1.7). */
function applyHolm(rows: ComparisonRow[]): void {
  const adjusted = holmAdjust(rows.map((row) => pWorse(row.stat!)));
  rows.forEach((row, index) => {
    row.pRegressionHolm = adjusted[index];
  });
}

/** Benjamini–Hochberg (q = 0.10) across the categories of each gated metric: warnings, never blocks. */
function categoryWarnings(
  metrics: MetricsMap,
  gates: ReadonlyMap<string, RegressionGate>,
  columns: PairedColumns,
  aggregates: Record<string, AggregateSide>,
  alpha: number,
): string[] {
  const candidates: { name: string; metric: MetricValue; stat: ComparisonStat }[] = [];
  for (const gateMetric of gates.keys()) {
    for (const [name, metric] of Object.entries(metrics)) {
      if (!name.startsWith(`${gateMetric}@`) || (metric.kind !== 'rate' && metric.kind !== 'mean')) continue;
      const result = statisticsFor(metric, columns, aggregates[name], gates.get(gateMetric)!.margin, alpha);
      if (result && result.stat.n > 0) candidates.push({ name, metric, stat: result.stat });
    }
  }
  const adjusted = benjaminiHochbergAdjust(candidates.map((candidate) => pWorse(candidate.stat)));
  return candidates.flatMap(({ name, metric, stat }, index) => {
    const p = adjusted[index]!;
    const worse = metric.higherIsBetter ? stat.diff < 0 : stat.diff > 0;
    return p < BH_Q && worse
      ? [
          `${name} moved ${formatDifference(metric, stat.diff)} (${stat.n} pairs, BH-adjusted p ${p.toPrecision(2)} < ${BH_Q}).`,
        ]
      : [];
  });
}
