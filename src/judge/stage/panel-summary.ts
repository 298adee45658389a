// With more than one judge: how well the judges agree on each metric, the items they disagree on most, and
// warnings when a member failed, the agreement rests on too few items, or it is poor.
import { panelAgreement } from '../panel.js';
import type { JudgeReport, PanelAgreement, PanelDisagreement } from '../../core/judge.js';
import type { JudgedMetric } from '../../core/types.js';
import type { JudgeSummaryInput } from './types.js';

const MAX_DISAGREEMENTS = 50;
/** Below this many items rated by two judges or more, agreement figures are flagged as unreliable. */
const MIN_AGREEMENT_UNITS = 10;
/** Krippendorff's alpha below this: the judges agree poorly. */
const MIN_ALPHA = 0.667;

export function summarizePanel(input: JudgeSummaryInput): {
  panel: JudgeReport['panel'];
  warnings: string[];
} {
  const { config, records, plan, judgedOf } = input;
  const models = config.models;
  if (models.length <= 1) return { panel: undefined, warnings: [] };
  const agreement: PanelAgreement[] = [];
  const disagreements: PanelDisagreement[] = [];
  for (const metric of config.metrics) {
    const judgedItems = plan.selected
      .map((index) => ({ id: records[index]!.id, judged: judgedOf.get(index)?.metrics[metric.name] }))
      .filter(
        (entry): entry is { id: string; judged: JudgedMetric } =>
          entry.judged !== undefined && entry.judged.status !== 'model_error',
      );
    const result = panelAgreement(metric, models, judgedItems);
    agreement.push(result.agreement);
    disagreements.push(...result.disagreements);
  }
  disagreements.sort((a, b) => b.spread - a.spread);
  const panel = {
    models: [...models],
    aggregate: config.aggregate,
    agreement,
    disagreements: disagreements.slice(0, MAX_DISAGREEMENTS),
  };
  return { panel, warnings: agreement.flatMap((entry) => agreementWarnings(entry, models.length)) };
}

function agreementWarnings(entry: PanelAgreement, judges: number): string[] {
  const warnings: string[] = [];
  const failing = entry.memberErrors.filter((member) => member.errors > 0);
  if (failing.length > 0) {
    warnings.push(
      `panel judges gave no usable answer on ${entry.metric}: ${failing
        .map((member) => `${member.model} ${member.errors} time${member.errors === 1 ? '' : 's'}`)
        .join(', ')} (those items were scored by the other judges, or are judge errors when none answered).`,
    );
  }
  if (entry.units < MIN_AGREEMENT_UNITS) {
    warnings.push(
      `the judges' agreement on ${entry.metric} rests on ${entry.units} item${entry.units === 1 ? '' : 's'} rated by two judges or more (fewer than ${MIN_AGREEMENT_UNITS}): alpha${judges === 2 ? ' and kappa are' : ' is'} not reliable.`,
    );
  }
  if (entry.alpha !== null && entry.alpha < MIN_ALPHA) {
    warnings.push(
      `the judges agree poorly on ${entry.metric} (Krippendorff's alpha ${entry.alpha.toFixed(2)} < ${MIN_ALPHA}): its scores are not reliable.`,
    );
  }
  return warnings;
}
