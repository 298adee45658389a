// The judge's section of report.md: who judged, the sample, the estimate and the spend, every judge metric
// with n, interval, N/A and errors (values come from report.metrics, so they match the metrics table), panel
// agreement, pairwise results, and the low-score alerts with the judge's reasoning. The judge's warnings are
// in the report's warnings, listed with the others.
import type { MetricValue } from '../core/types.js';
import { escapeInline } from './escape.js';
import { formatMetricValue } from '../core/format.js';
import type { Report } from '../core/report.js';
import type { JudgeReport } from '../core/judge.js';

const MAX_ALERT_ROWS = 20;
const MAX_DISAGREEMENT_ROWS = 10;
const MIN_AGREEMENT_UNITS = 10;

function memberErrorText(members: readonly { model: string; errors: number }[]): string {
  const failing = members.filter((member) => member.errors > 0);
  if (failing.length === 0) return '0';
  return failing.map((member) => `${escapeInline(member.model, 40)}: ${member.errors}`).join(', ');
}

const dollars = (value: number) => `$${value > 0 && value < 0.01 ? value.toFixed(4) : value.toFixed(2)}`;
const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

function interval(metric: MetricValue | undefined): string {
  if (!metric?.interval) return '—';
  return `${formatMetricValue(metric, metric.interval.lower)} – ${formatMetricValue(metric, metric.interval.upper)}`;
}

export function renderJudgeSection(report: Pick<Report, 'judge' | 'metrics' | 'dataset'>): string {
  const judge: JudgeReport = report.judge;
  if (judge.status === 'skipped') return `## LLM judge\n\nSkipped: ${escapeInline(judge.reason ?? '', 300)}.`;
  return [
    `## LLM judge: ${judge.status === 'inconclusive' ? '❔ INCONCLUSIVE' : '✅ completed'}`,
    '',
    ...overviewLines(judge),
    ...inconclusiveLines(judge),
    ...metricLines(report),
    ...panelLines(judge),
    ...pairwiseLines(report),
    ...alertLines(judge),
  ].join('\n');
}

/** Who judged, the sample, the estimate and the spend: one bullet each. */
function overviewLines(judge: JudgeReport): string[] {
  const lines: string[] = [];
  const identity = judge.identity;
  if (identity) {
    lines.push(
      `- Judge${identity.models.length > 1 ? ` panel (${identity.aggregate})` : ''}: ${identity.models
        .map((model) => `\`${escapeInline(model, 80)}\``)
        .join(
          ', ',
        )} at ${escapeInline(identity.baseUrl, 120)}, temperature ${identity.temperature ?? 'default'}${
        identity.seed !== undefined ? `, seed ${identity.seed}` : ''
      }; prompts ${identity.promptVersion}, rubric ${identity.rubricHash.slice(0, 12)}`,
    );
  }
  const sample = judge.sample;
  if (sample) {
    const strata = sample.allocation
      .map((stratum) => `${escapeInline(stratum.stratum, 30)} ${stratum.sampled}/${stratum.population}`)
      .join(', ');
    lines.push(
      `- Sample: **${sample.size} of ${sample.population} items** (${
        sample.judgeAll ? 'all items' : `rate ${pct(sample.rate)}, at least ${sample.minSample}`
      }, seed \`${escapeInline(sample.seed, 60)}\`), stratified by category: ${strata}${
        sample.budgetLimited
          ? `; **cut by the budget** (wanted ${sample.wanted}, the budget allows ${sample.budgetCap})`
          : ''
      }${sample.modelErrors > 0 ? `; ${sample.modelErrors} sampled items have no model answer` : ''}${
        sample.extraFailed > 0
          ? `; plus ${sample.extraFailed} failed items judged outside the sample (listed, not counted in the estimates)`
          : ''
      }`,
    );
  }
  const estimate = judge.estimate;
  if (estimate) {
    lines.push(
      `- Estimate before judging: ${estimate.calls} calls, ~${estimate.promptTokens.toLocaleString('en-US')} prompt tokens: **${dollars(
        estimate.expectedUsd,
      )}** expected, range ${dollars(estimate.lowUsd ?? estimate.expectedUsd)} – ${dollars(
        estimate.worstCaseUsd,
      )} (worst case: every call asked twice, answers at max-tokens, never above the budget; prices per million tokens: ${estimate.prices
        .map((price) => `${escapeInline(price.model, 60)} $${price.input} in / $${price.output} out`)
        .join('; ')})`,
    );
  }
  const spend = judge.spend;
  if (spend) {
    lines.push(
      `- Spent: **${dollars(spend.usd)} of the ${dollars(spend.budgetUsd)} budget**; ${spend.requests} requests, ${spend.cachedCalls} cached answers, ${spend.retries} retries, ${spend.rateLimited} rate-limited, ${spend.timeouts} timeouts; **${spend.unjudgedForBudget} items unjudged for budget**${
        spend.budgetExhausted ? ' (the budget ran out)' : ''
      }`,
    );
  }
  return lines;
}

function inconclusiveLines(judge: JudgeReport): string[] {
  const lines: string[] = [];
  if ((judge.inconclusiveReasons ?? []).length > 0) {
    lines.push('', '**Why INCONCLUSIVE** (gates on these metrics cannot pass):', '');
    for (const reason of judge.inconclusiveReasons ?? []) lines.push(`- ${escapeInline(reason, 400)}`);
  }
  return lines;
}

/** The judge metrics table, and per category when there are several. */
function metricLines(report: Pick<Report, 'judge' | 'metrics' | 'dataset'>): string[] {
  const lines: string[] = [];
  const judge = report.judge;
  const metrics = judge.metrics ?? [];
  if (metrics.length > 0) {
    lines.push(
      '',
      '| Judge metric | Aggregate | Scale | Value | n | 95% CI | N/A | Judge errors | Unjudged (budget) | Status |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const metric of metrics) {
      const value = report.metrics[metric.aggregateName];
      lines.push(
        `| ${escapeInline(metric.displayName, 60)} | ${metric.aggregateName} | ${escapeInline(metric.scale, 60)} | ${
          value ? formatMetricValue(value, value.value) : 'n/a'
        } | ${value?.n ?? 0} | ${interval(value)} | ${metric.na}${metric.naRate !== null ? ` (${pct(metric.naRate)})` : ''} | ${
          metric.errors
        } | ${metric.budget} | ${metric.status === 'ok' ? 'ok' : '❔ INCONCLUSIVE'} |`,
      );
    }
    const categories = report.dataset.categories;
    if (categories.length > 1) {
      lines.push(
        '',
        '<details><summary>Judge metrics per category</summary>',
        '',
        `| Judge metric | ${categories.map((category) => escapeInline(category, 30)).join(' | ')} |`,
        `|---|${categories.map(() => '---').join('|')}|`,
        ...metrics.map(
          (metric) =>
            `| ${metric.aggregateName} | ${categories
              .map((category) => {
                const value = report.metrics[`${metric.aggregateName}@${category}`];
                const row = metric.perCategory.find((entry) => entry.category === category);
                const text = value ? `${formatMetricValue(value, value.value)} (n=${value.n})` : '—';
                return row?.inconclusive ? `${text} ❔` : text;
              })
              .join(' | ')} |`,
        ),
        '',
        '</details>',
      );
    }
  }
  return lines;
}

function panelLines(judge: JudgeReport): string[] {
  const lines: string[] = [];
  if (judge.panel) {
    lines.push(
      '',
      `### Panel agreement (${judge.panel.models.length} judges, ${judge.panel.aggregate})`,
      '',
      `| Metric | Krippendorff's α | ${judge.panel.models.length === 2 ? 'Cohen κ | ' : ''}Items | Member errors |`,
      `|---|---|${judge.panel.models.length === 2 ? '---|' : ''}---|---|`,
      ...judge.panel.agreement.map(
        (entry) =>
          `| ${entry.metric} | ${fixed(entry.alpha)} (${entry.alphaLevel}) | ${
            judge.panel!.models.length === 2 ? `${fixed(entry.kappa)} (${entry.kappaWeighting ?? ''}) | ` : ''
          }${entry.units}${entry.units < MIN_AGREEMENT_UNITS ? ' ⚠️ fewer than 10: not reliable' : ''} | ${memberErrorText(entry.memberErrors ?? [])} |`,
      ),
      '',
      'α ≥ 0.80: reliable; 0.667–0.80: tentative; below: the judges disagree too much to trust the scores.',
    );
    if (judge.panel.disagreements.length > 0) {
      lines.push(
        '',
        `<details><summary>${judge.panel.disagreements.length} items where the judges disagree</summary>`,
        '',
        '| Item | Metric | Ratings |',
        '|---|---|---|',
        ...judge.panel.disagreements
          .slice(0, MAX_DISAGREEMENT_ROWS)
          .map(
            (entry) =>
              `| ${escapeInline(entry.id, 60)} | ${escapeInline(entry.metric, 60)} | ${entry.ratings
                .map(
                  (rating) =>
                    `${escapeInline(rating.model, 40)}: ${rating.raw === null ? '—' : escapeInline(String(rating.raw), 40)}`,
                )
                .join(', ')} |`,
          ),
        '',
        '</details>',
      );
    }
  }
  return lines;
}

function pairwiseLines(report: Pick<Report, 'judge' | 'metrics'>): string[] {
  const lines: string[] = [];
  const judge = report.judge;
  const pairwise = judge.pairwise;
  if (pairwise) {
    const winRate = report.metrics.win_rate;
    lines.push(
      '',
      `### Pairwise against the ${pairwise.against === 'baseline' ? "baseline's answers" : 'reference answers'}${
        pairwise.status === 'inconclusive' ? ' ❔ INCONCLUSIVE' : ''
      }`,
      '',
      `Each item judged twice, with the answers in both orders; a win counts only when both orders agree. ${
        pairwise.n
      } items: **win rate ${pct(pairwise.winRate)}**${
        winRate?.interval
          ? ` (95% CI ${interval(winRate)}, Wilson)`
          : pairwise.winInterval
            ? ` (95% CI ${pct(pairwise.winInterval.lower)} – ${pct(pairwise.winInterval.upper)}, Wilson)`
            : ''
      }, ties ${pct(pairwise.tieRate)} (${pairwise.inconsistent} from the two orders disagreeing), losses ${pct(
        pairwise.lossRate,
      )}; ${pairwise.identical} items with identical answers left out (ties known without asking the judge; not in n); ${pairwise.errors} judge errors, ${pairwise.budget} unjudged for budget, ${pairwise.noOther} without another answer.`,
    );
    for (const reason of pairwise.reasons) lines.push(`- ${escapeInline(reason, 300)}`);
  }
  return lines;
}

function alertLines(judge: JudgeReport): string[] {
  const lines: string[] = [];
  const alerts = judge.alerts ?? [];
  if (alerts.length > 0) {
    lines.push(
      '',
      `### Low-score alerts (${alerts.length})`,
      '',
      '| Item | Category | Metric | Score | Judge | Reasoning |',
      '|---|---|---|---|---|---|',
      ...alerts
        .slice(0, MAX_ALERT_ROWS)
        .map(
          (alert) =>
            `| ${escapeInline(alert.id, 60)} | ${escapeInline(alert.category, 30)} | ${escapeInline(alert.metric, 40)} | ${
              alert.raw === null || alert.raw === undefined ? '—' : escapeInline(String(alert.raw), 40)
            } (${fixed(alert.normalized)}) | ${escapeInline(alert.model, 40)} | ${escapeInline(alert.reasoning, 300)} |`,
        ),
    );
    if (alerts.length > MAX_ALERT_ROWS)
      lines.push('', `…and ${alerts.length - MAX_ALERT_ROWS} more in report.json.`);
  }
  return lines;
}
