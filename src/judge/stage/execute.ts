// Runs the planned calls through the judge client, a pool of them at a time, with progress in the log.
import { runPool } from '../../model/concurrency.js';
import { ProgressReporter } from '../../model/progress.js';
import type { JudgeClient } from '../client.js';
import type { JudgeVerdict } from '../../core/types.js';
import { judgePair, judgePoint, type Outcome } from './ask.js';
import type { JudgeTask, JudgeVerdicts } from './types.js';

export async function executeTasks(
  tasks: readonly JudgeTask[],
  client: JudgeClient,
  options: { concurrency: number; log: (line: string) => void; progressIntervalMs?: number },
): Promise<JudgeVerdicts> {
  const verdicts: JudgeVerdicts = {
    point: new Map(),
    pair: new Map(),
    pairBudget: new Set(),
    cost: new Map(),
  };
  const progress = new ProgressReporter({
    total: tasks.length,
    label: 'judge',
    log: options.log,
    intervalMs: options.progressIntervalMs,
  }).start();
  try {
    const settled = (index: number, outcome: Outcome<{ error?: unknown; cached: boolean }>) => {
      verdicts.cost.set(index, (verdicts.cost.get(index) ?? 0) + outcome.costUsd);
      progress.item(outcome.verdict?.error !== undefined, outcome.verdict?.cached === true);
    };
    await runPool(tasks.values(), Math.max(2, options.concurrency * 2), async (task) => {
      if (task.kind === 'point') {
        const outcome = await judgePoint(client, task.metric, task.model, task.messages);
        settled(task.index, outcome);
        if (outcome.verdict) addPointVerdict(verdicts, task.index, task.metric.name, outcome.verdict);
      } else {
        const outcome = await judgePair(client, task.model, task.order, task.messages);
        settled(task.index, outcome);
        if (!outcome.verdict) verdicts.pairBudget.add(task.index);
        else verdicts.pair.set(task.index, [...(verdicts.pair.get(task.index) ?? []), outcome.verdict]);
      }
    });
  } finally {
    progress.finish();
  }
  return verdicts;
}

function addPointVerdict(
  verdicts: JudgeVerdicts,
  index: number,
  metric: string,
  verdict: JudgeVerdict,
): void {
  const byMetric = verdicts.point.get(index) ?? new Map<string, JudgeVerdict[]>();
  verdicts.point.set(index, byMetric);
  byMetric.set(metric, [...(byMetric.get(metric) ?? []), verdict]);
}
