// One judge verdict from the client: the answer, asked again once with a note if it does not parse or is out of
// scale; a second unusable answer is a judge error, never a score. No verdict means the budget stopped the call.
import type { ChatMessage } from '../../core/types.js';
import type { JudgeClient } from '../client.js';
import { parsePairwise, parsePointwise } from '../parse.js';
import { PAIRWISE_SCHEMA, pointwiseSchema, schemaName, withCorrection } from '../prompt.js';
import type { JudgeMetricDefinition, JudgeVerdict, PairwiseOrderVerdict, PairwiseWinner } from '../types.js';

export interface Outcome<V> {
  verdict?: V;
  costUsd: number;
}

/** One pointwise verdict: the answer, asked again once if unusable; a second unusable answer is a judge error. */
export async function judgePoint(
  client: JudgeClient,
  metric: JudgeMetricDefinition,
  model: string,
  messages: ChatMessage[],
): Promise<Outcome<JudgeVerdict>> {
  const request = {
    model,
    messages,
    schema: { name: schemaName(metric.name), schema: pointwiseSchema(metric) },
  };
  let attempts = 0;
  let costUsd = 0;
  let firstProblem: string | undefined;
  let reply = await client.send(request);
  for (let round = 1; ; round++) {
    attempts += reply.attempts;
    costUsd += reply.costUsd;
    if (reply.kind === 'budget') {
      // Budget ran out before the re-ask: the first answer was unusable, so this is an error, not a gap.
      if (firstProblem === undefined) return { costUsd };
      return {
        verdict: errorVerdict(
          model,
          `unusable answer (${firstProblem}); no budget left to ask again`,
          attempts,
        ),
        costUsd,
      };
    }
    if (reply.kind === 'error') {
      return {
        verdict: {
          model,
          raw: null,
          normalized: null,
          na: false,
          reasoning: '',
          error: reply.error,
          attempts,
          cached: false,
        },
        costUsd,
      };
    }
    const parsed = parsePointwise(metric, reply.content, reply.refusal);
    if (parsed.ok) {
      await reply.commit();
      return {
        verdict: {
          model,
          raw: parsed.raw,
          normalized: parsed.normalized,
          na: parsed.na,
          reasoning: parsed.reasoning,
          attempts,
          cached: reply.cached,
          structured: reply.structured,
        },
        costUsd,
      };
    }
    if (round >= 2) {
      return {
        verdict: errorVerdict(
          model,
          `unusable answer twice: ${firstProblem}; then ${parsed.problem}`,
          attempts,
        ),
        costUsd,
      };
    }
    firstProblem = parsed.problem;
    reply = await client.send({ ...request, messages: withCorrection(messages, parsed.problem) });
  }
}

function errorVerdict(model: string, message: string, attempts: number): JudgeVerdict {
  return {
    model,
    raw: null,
    normalized: null,
    na: false,
    reasoning: '',
    error: { stage: 'judge', kind: 'judge', message, attempts },
    attempts,
    cached: false,
  };
}

export async function judgePair(
  client: JudgeClient,
  model: string,
  order: PairwiseOrderVerdict['order'],
  messages: ChatMessage[],
): Promise<Outcome<PairwiseOrderVerdict>> {
  const request = { model, messages, schema: { name: schemaName('pairwise'), schema: PAIRWISE_SCHEMA } };
  let attempts = 0;
  let costUsd = 0;
  let firstProblem: string | undefined;
  let reply = await client.send(request);
  const failed = (message: string): PairwiseOrderVerdict => ({
    model,
    order,
    winner: null,
    reasoning: '',
    error: { stage: 'judge', kind: 'judge', message, attempts },
    attempts,
    cached: false,
  });
  for (let round = 1; ; round++) {
    attempts += reply.attempts;
    costUsd += reply.costUsd;
    if (reply.kind === 'budget') {
      if (firstProblem === undefined) return { costUsd };
      return { verdict: failed(`unusable answer (${firstProblem}); no budget left to ask again`), costUsd };
    }
    if (reply.kind === 'error')
      return { verdict: { ...failed(reply.error.message), error: reply.error }, costUsd };
    const parsed = parsePairwise(reply.content, reply.refusal);
    if (parsed.ok) {
      await reply.commit();
      const first: PairwiseWinner = order === 'candidate-first' ? 'candidate' : 'other';
      const second: PairwiseWinner = order === 'candidate-first' ? 'other' : 'candidate';
      const winner: PairwiseWinner = parsed.winner === 'A' ? first : parsed.winner === 'B' ? second : 'tie';
      return {
        verdict: { model, order, winner, reasoning: parsed.reasoning, attempts, cached: reply.cached },
        costUsd,
      };
    }
    if (round >= 2)
      return { verdict: failed(`unusable answer twice: ${firstProblem}; then ${parsed.problem}`), costUsd };
    firstProblem = parsed.problem;
    reply = await client.send({ ...request, messages: withCorrection(messages, parsed.problem) });
  }
}
