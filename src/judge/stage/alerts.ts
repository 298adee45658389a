// Low-score alerts: every selected item a judge metric scored low, with the reasoning of the judge that scored
// it lowest, lowest scores first.
import type { JudgeAlert } from '../../core/judge.js';
import type { JudgeSummaryInput } from './types.js';

const MAX_ALERTS = 50;

export function lowScoreAlerts(
  input: Pick<JudgeSummaryInput, 'config' | 'records' | 'plan' | 'judgedOf'>,
): JudgeAlert[] {
  const { config, records, plan, judgedOf } = input;
  const alerts: JudgeAlert[] = [];
  for (const index of plan.selected) {
    const judgement = judgedOf.get(index);
    if (!judgement) continue;
    for (const metric of config.metrics) {
      const judged = judgement.metrics[metric.name];
      if (!judged || judged.status !== 'scored' || typeof judged.score !== 'number' || metric.neutral)
        continue;
      const low = metric.higherIsBetter ? judged.score < config.alertBelow : judged.score >= 0.5;
      if (!low) continue;
      const usable = judged.verdicts.filter(
        (verdict) => !verdict.error && !verdict.na && verdict.normalized !== null,
      );
      const pick = usable.sort((a, b) =>
        metric.higherIsBetter ? a.normalized! - b.normalized! : b.normalized! - a.normalized!,
      )[0];
      alerts.push({
        id: records[index]!.id,
        category: records[index]!.category,
        metric: metric.displayName,
        raw: judged.raw ?? null,
        normalized: judged.score,
        reasoning: pick?.reasoning ?? '',
        model: pick?.model ?? '',
      });
    }
  }
  alerts.sort((a, b) => a.normalized - b.normalized || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return alerts.slice(0, MAX_ALERTS);
}
