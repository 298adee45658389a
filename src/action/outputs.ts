import type { Decision, MetricsMap } from '../core/types.js';
import type { ActionCore } from './action-core.js';

export interface ActionOutputs {
  /** Empty for a shard job, which decides nothing. */
  decision: Decision | '';
  reportPath?: string;
  metrics?: MetricsMap;
  commentUrl?: string;
  checkRunId?: number;
  baselineRunId?: number;
  shardFile?: string;
}

/** Every output is set on every run (empty when it does not apply), so later steps can test them. */
export function setActionOutputs(core: Pick<ActionCore, 'setOutput'>, outputs: ActionOutputs): void {
  core.setOutput('decision', outputs.decision);
  core.setOutput('report-path', outputs.reportPath ?? '');
  core.setOutput('metrics', JSON.stringify(compactMetrics(outputs.metrics ?? {})));
  core.setOutput('comment-url', outputs.commentUrl ?? '');
  core.setOutput('check-run-id', outputs.checkRunId === undefined ? '' : String(outputs.checkRunId));
  core.setOutput('baseline-run-id', outputs.baselineRunId === undefined ? '' : String(outputs.baselineRunId));
  core.setOutput('shard-file', outputs.shardFile ?? '');
}

/** The overall metrics as name -> value (per-category values stay in report.json). */
export function compactMetrics(metrics: MetricsMap): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(metrics)
      .filter(([, metric]) => metric.category === undefined)
      .map(([name, metric]) => [name, metric.value]),
  );
}
