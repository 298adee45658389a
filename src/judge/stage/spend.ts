// What the judge calls cost and how they went, from the client's counters and the budget, and the warnings
// they call for.
import type { JudgeClientStats } from '../client.js';
import type { JudgeConfig, JudgeSpend } from '../../core/judge.js';
import { dollars } from './format.js';
import type { JudgeConnection } from './connection.js';
import type { JudgeSummaryInput } from './types.js';

/** What the connection reports once the calls are done. */
export interface JudgeCallFacts {
  stats: JudgeClientStats;
  spentUsd: number;
  budgetExhausted: boolean;
  /** What settled costs went beyond their reservation. */
  overrunUsd: number;
  /** Why the circuit breaker stopped sending, if it did. */
  circuitOpen?: string;
}

export function callFacts(connection: JudgeConnection): JudgeCallFacts {
  const { client, budget } = connection;
  return {
    stats: client.stats,
    spentUsd: budget.spentUsd,
    budgetExhausted: budget.exhausted,
    overrunUsd: budget.overrunUsd,
    ...(client.circuitOpen !== undefined ? { circuitOpen: client.circuitOpen } : {}),
  };
}

/** Sampled items with an answer that a budget stop left (partly) unjudged. */
export function unjudgedForBudget(input: Pick<JudgeSummaryInput, 'plan' | 'judgedOf'>): number {
  return input.plan.selection.sample.filter((index) => {
    const judgement = input.judgedOf.get(index);
    if (!judgement || !input.plan.contents[index]) return false;
    return (
      Object.values(judgement.metrics).some((judged) => judged.status === 'budget') ||
      judgement.pairwise?.status === 'budget'
    );
  }).length;
}

export function judgeSpend(config: JudgeConfig, facts: JudgeCallFacts, unjudged: number): JudgeSpend {
  const { stats } = facts;
  return {
    usd: facts.spentUsd,
    budgetUsd: config.budgetUsd,
    requests: stats.requests,
    calls: stats.calls,
    cachedCalls: stats.cachedCalls,
    promptTokens: stats.promptTokens,
    completionTokens: stats.completionTokens,
    retries: stats.retries,
    rateLimited: stats.rateLimited,
    timeouts: stats.timeouts,
    unjudgedForBudget: unjudged,
    budgetExhausted: facts.budgetExhausted,
    structuredFallbacks: stats.structuredFallbacks,
  };
}

/** Warnings on the calls: budget, overrun, judge errors, a tripped breaker, schema fallbacks, unsent items. */
export function callWarnings(
  config: JudgeConfig,
  facts: JudgeCallFacts,
  counts: { unjudged: number; judgeErrors: number; sampledModelErrors: number },
): string[] {
  const warnings: string[] = [];
  const { unjudged, judgeErrors, sampledModelErrors } = counts;
  if (facts.budgetExhausted) {
    warnings.push(
      `the judge budget of ${dollars(config.budgetUsd)} ran out: ${unjudged} sampled item${unjudged === 1 ? '' : 's'} went (partly) unjudged.`,
    );
  }
  if (facts.overrunUsd > 0) {
    warnings.push(
      `judge calls cost ${dollars(facts.overrunUsd)} more than their reserved worst case (the token bound was too low).`,
    );
  }
  if (judgeErrors > 0) {
    warnings.push(
      `the judge gave no usable answer ${judgeErrors} time${judgeErrors === 1 ? '' : 's'} (after retries): those items count as judge errors, never as scores.`,
    );
  }
  if (facts.circuitOpen !== undefined) warnings.push(`${facts.circuitOpen}.`);
  if (facts.stats.structuredFallbacks > 0) {
    warnings.push(
      'the judge endpoint rejected strict JSON-schema output: answers were parsed and validated instead.',
    );
  }
  if (sampledModelErrors > 0) {
    warnings.push(
      `${sampledModelErrors} sampled item${sampledModelErrors === 1 ? ' has' : 's have'} no model answer and were not sent to the judge.`,
    );
  }
  return warnings;
}
