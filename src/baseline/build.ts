import { baselineHistory } from '../history/history.js';
import type { Report } from '../core/report.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION, type BaselineRecord } from './types.js';

/** The baseline an accepted run leaves behind: its per-item results and, for display, its aggregates. */
export function buildBaselineRecord(report: Report): BaselineRecord {
  return {
    kind: BASELINE_KIND,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    evalgateVersion: report.evalgateVersion,
    name: report.name,
    createdAt: report.finishedAt,
    gitSha: report.git?.sha,
    gitRef: report.git?.ref,
    runId: report.git?.runId,
    datasetHash: report.dataset.hash,
    ...(report.heldOut ? { heldOut: { set: report.heldOut.set, sets: report.heldOut.sets } } : {}),
    configHash: report.config.hash,
    metricHashes: report.config.metricHashes,
    judge: report.judge.status === 'skipped' ? null : (report.judge.identity ?? null),
    metricSpecs: report.metricSpecs,
    items: report.items.map((item) => ({
      id: item.id,
      category: item.category,
      scores: item.scores,
      output: item.output,
      error: item.error !== undefined,
    })),
    aggregates: Object.fromEntries(
      Object.entries(report.metrics).map(([name, metric]) => [
        name,
        {
          value: metric.value,
          n: metric.n,
          kind: metric.kind,
          interval: metric.interval,
          higherIsBetter: metric.higherIsBetter,
          ...(metric.standardError === undefined ? {} : { standardError: metric.standardError }),
        },
      ]),
    ),
    history: baselineHistory(report),
  };
}
