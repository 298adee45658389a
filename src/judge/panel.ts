// A panel of judges (statistics.md 3.5): per item, the judges' answers become one score, and the judges'
// agreement is measured over the sample.
//
// - Scores: `mean` or `median` of the normalized scores, or `majority` of the levels. Yes/no metrics always use
//   the majority (a mean of 0 and 1 is not a yes or a no). A tied majority takes the worse level: fail closed.
// - N/A: the item is N/A when more judges said N/A than gave a score.
// - A judge that gave no usable answer is left out of that item; the item is a judge error only when no judge
//   gave a usable answer (or one missing for budget, when the budget stopped all of them). Such member errors are
//   still counted, per judge, in the agreement (`memberErrors`), and shown.
// - Agreement: Krippendorff's alpha over all judges (ordinal for 1–5 scales, nominal for yes/no and labels) and,
//   for exactly two judges, Cohen's weighted kappa (quadratic; unweighted for yes/no). Items where two judges are
//   half the scale or more apart (or differ on a yes/no metric) are listed.
import { cohensKappaFromRatings, krippendorffAlpha, median } from '../stats/index.js';
import type { JudgeConfig, JudgeMetricDefinition, PanelAgreement, PanelDisagreement } from '../core/judge.js';
import type { JudgeVerdict, JudgedMetric } from '../core/types.js';

/** The worse of two normalized values for this metric. */
function worse(metric: JudgeMetricDefinition, a: number, b: number): number {
  return metric.higherIsBetter ? Math.min(a, b) : Math.max(a, b);
}

export function combineVerdicts(
  metric: JudgeMetricDefinition,
  verdicts: JudgeVerdict[],
  method: JudgeConfig['aggregate'],
): JudgedMetric {
  const usable = verdicts.filter((verdict) => !verdict.error);
  // `verdicts` holds the calls made; none usable is a judge error, none made at all means the budget stopped them.
  if (usable.length === 0) return { status: verdicts.length > 0 ? 'error' : 'budget', verdicts };
  const scored = usable.filter((verdict) => !verdict.na && verdict.normalized !== null);
  const naVotes = usable.length - scored.length;
  if (naVotes > scored.length) return { status: 'na', score: null, raw: null, verdicts };
  if (scored.length === 1 || (metric.kind !== 'binary' && method !== 'majority')) {
    const values = scored.map((verdict) => verdict.normalized as number);
    const score =
      method === 'median' ? median(values) : values.reduce((sum, value) => sum + value, 0) / values.length;
    const raws = scored.map((verdict) => verdict.raw);
    let raw: number | string | null = null;
    if (raws.length === 1) raw = raws[0] ?? null;
    else if (raws.every((value) => typeof value === 'number')) {
      raw =
        method === 'median'
          ? median(raws as number[])
          : (raws as number[]).reduce((sum, value) => sum + value, 0) / raws.length;
    }
    return { status: 'scored', score, raw, verdicts };
  }
  // Majority of levels; a tie goes to the worse level.
  const counts = new Map<number, { count: number; raw: number | string | null }>();
  for (const verdict of scored) {
    const key = verdict.normalized as number;
    const entry = counts.get(key) ?? { count: 0, raw: verdict.raw };
    entry.count++;
    counts.set(key, entry);
  }
  let best: { score: number; count: number; raw: number | string | null } | undefined;
  for (const [score, entry] of counts) {
    if (
      !best ||
      entry.count > best.count ||
      (entry.count === best.count && worse(metric, score, best.score) === score)
    ) {
      best = { score, count: entry.count, raw: entry.raw };
    }
  }
  return { status: 'scored', score: best!.score, raw: best!.raw, verdicts };
}

/** Agreement of the judges on one metric, over the items of the sample. */
export function panelAgreement(
  metric: JudgeMetricDefinition,
  models: readonly string[],
  items: readonly { id: string; judged: JudgedMetric }[],
): { agreement: PanelAgreement; disagreements: PanelDisagreement[] } {
  const categories = metric.levels.filter((level) => !level.na).map((level) => level.value);
  const ratingOf = (judged: JudgedMetric, model: string): number | string | null => {
    const verdict = judged.verdicts.find((candidate) => candidate.model === model);
    return verdict && !verdict.error && !verdict.na ? verdict.raw : null;
  };
  const units = items.map(({ judged }) => models.map((model) => ratingOf(judged, model)));
  const binary = metric.kind === 'binary';
  const level = binary ? 'nominal' : metric.agreementLevel;
  let alpha: number | null = null;
  let unitsRated = 0;
  try {
    const result = krippendorffAlpha(units, { level, categories });
    alpha = Number.isFinite(result.alpha) ? result.alpha : null;
    unitsRated = result.pairableUnits;
  } catch {
    alpha = null;
  }
  const memberErrors = models.map((model) => ({
    model,
    errors: items.filter(({ judged }) =>
      judged.verdicts.some((verdict) => verdict.model === model && verdict.error !== undefined),
    ).length,
  }));
  const agreement: PanelAgreement = {
    metric: metric.name,
    alpha,
    alphaLevel: level,
    units: unitsRated,
    memberErrors,
  };
  if (models.length === 2) {
    const weighting = binary || level === 'nominal' ? 'unweighted' : 'quadratic';
    try {
      const kappa = cohensKappaFromRatings(
        units.map((unit) => unit[0] ?? null),
        units.map((unit) => unit[1] ?? null),
        categories,
        weighting,
      );
      agreement.kappa = Number.isFinite(kappa.kappa) ? kappa.kappa : null;
    } catch {
      agreement.kappa = null;
    }
    agreement.kappaWeighting = weighting;
  }
  const disagreements: PanelDisagreement[] = [];
  for (const { id, judged } of items) {
    const normalized = judged.verdicts
      .filter((verdict) => !verdict.error && !verdict.na && verdict.normalized !== null)
      .map((verdict) => verdict.normalized as number);
    if (normalized.length < 2) continue;
    const spread = Math.max(...normalized) - Math.min(...normalized);
    if (spread >= 0.5 - 1e-9) {
      disagreements.push({
        id,
        metric: metric.name,
        ratings: models.map((model) => ({ model, raw: ratingOf(judged, model) })),
        spread,
      });
    }
  }
  return { agreement, disagreements };
}
