import type { ItemRecord, MetricsMap } from '../core/types.js';
import type { LoadedBaseline } from '../baseline/types.js';
import type { ComparisonReport, ComparisonRow } from './types.js';

/**
 * Stage 3: compares this run with the last accepted baseline. Items are paired by id over the intersection;
 * items on one side only are listed, not dropped silently.
 */
export function compareWithBaseline(
  loaded: LoadedBaseline | null,
  records: readonly ItemRecord[],
  metrics: MetricsMap,
  datasetHash: string,
): ComparisonReport {
  if (!loaded) {
    return {
      status: 'skipped',
      reason: 'no baseline yet: this run is not compared. An accepted (DEPLOY) run becomes the baseline.',
      statistical: false,
      paired: 0,
      missingInBaseline: [],
      missingInRun: [],
      rows: [],
      warnings: [],
    };
  }
  const { record } = loaded;
  const baseIds = new Set(record.items.map((item) => item.id));
  const runIds = new Set(records.map((item) => item.id));
  const missingInBaseline = records.filter((item) => !baseIds.has(item.id)).map((item) => item.id);
  const missingInRun = record.items.filter((item) => !runIds.has(item.id)).map((item) => item.id);
  const sameDataset = record.datasetHash === datasetHash;
  const warnings: string[] = [];
  if (!sameDataset) {
    warnings.push(
      `the baseline was made on another version of the dataset (${record.datasetHash.slice(0, 12)} vs ${datasetHash.slice(0, 12)}): only items present in both are comparable.`,
    );
  }
  const rows: ComparisonRow[] = [];
  for (const [name, metric] of Object.entries(metrics)) {
    const base = record.aggregates[name];
    if (!base) continue;
    rows.push({
      metric: name,
      kind: metric.kind,
      higherIsBetter: metric.higherIsBetter,
      base: base.value,
      new: metric.value,
      diff: base.value === null || metric.value === null ? null : metric.value - base.value,
    });
  }
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
    statistical: false,
    paired: records.length - missingInBaseline.length,
    missingInBaseline,
    missingInRun,
    rows,
    warnings,
  };
}
