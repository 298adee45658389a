// One judge verdict from the client: the answer, asked again once with a note if it does not parse or is out of
// scale; a second unusable answer is a judge error, never a score. No verdict means the budget stopped the call.
import type { ChatMessage, ItemError } from '../../core/types.js';
import type { JudgeClient, JudgeReply, JudgeRequest } from '../client.js';
import { parsePairwise, parsePointwise } from '../parse.js';
import { PAIRWISE_SCHEMA, pointwiseSchema, schemaName, withCorrection } from '../prompt.js';
import type { JudgeMetricDefinition } from '../../core/judge.js';
import type { JudgeVerdict, PairwiseOrderVerdict, PairwiseWinner } from '../../core/types.js';

export interface Outcome<V> {
  verdict?: V;
  costUsd: number;
}

type Answer = Extract<JudgeReply, { kind: 'answer' }>;

interface Question<V> {
  request: JudgeRequest;
  /** The verdict in a usable answer, or what is wrong with the answer. */
  read(answer: Answer, attempts: number): { ok: true; verdict: V } | { ok: false; problem: string };
  /** The verdict of a call without a usable answer. */
  failed(error: ItemError, attempts: number): V;
}

const judgeError = (message: string, attempts: number): ItemError => ({
  stage: 'judge',
  kind: 'judge',
  message,
  attempts,
});

async function askWithOneReask<V>(client: JudgeClient, question: Question<V>): Promise<Outcome<V>> {
  const { request } = question;
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
      const message = `unusable answer (${firstProblem}); no budget left to ask again`;
      return { verdict: question.failed(judgeError(message, attempts), attempts), costUsd };
    }
    if (reply.kind === 'error') return { verdict: question.failed(reply.error, attempts), costUsd };
    const read = question.read(reply, attempts);
    if (read.ok) {
      await reply.commit();
      return { verdict: read.verdict, costUsd };
    }
    if (round >= 2) {
      const message = `unusable answer twice: ${firstProblem}; then ${read.problem}`;
      return { verdict: question.failed(judgeError(message, attempts), attempts), costUsd };
    }
    firstProblem = read.problem;
    reply = await client.send({ ...request, messages: withCorrection(request.messages, read.problem) });
  }
}

/** One judge's score of one item on one metric. */
export function judgePoint(
  client: JudgeClient,
  metric: JudgeMetricDefinition,
  model: string,
  messages: ChatMessage[],
): Promise<Outcome<JudgeVerdict>> {
  return askWithOneReask<JudgeVerdict>(client, {
    request: { model, messages, schema: { name: schemaName(metric.name), schema: pointwiseSchema(metric) } },
    read(answer, attempts) {
      const parsed = parsePointwise(metric, answer.content, answer.refusal);
      if (!parsed.ok) return parsed;
      const { raw, normalized, na, reasoning } = parsed;
      const { cached, structured } = answer;
      return { ok: true, verdict: { model, raw, normalized, na, reasoning, attempts, cached, structured } };
    },
    failed: (error, attempts) => ({
      model,
      raw: null,
      normalized: null,
      na: false,
      reasoning: '',
      error,
      attempts,
      cached: false,
    }),
  });
}

/** One judge's comparison of an item's two answers in one order, the winner named as candidate or other. */
export function judgePair(
  client: JudgeClient,
  model: string,
  order: PairwiseOrderVerdict['order'],
  messages: ChatMessage[],
): Promise<Outcome<PairwiseOrderVerdict>> {
  const first: PairwiseWinner = order === 'candidate-first' ? 'candidate' : 'other';
  const second: PairwiseWinner = order === 'candidate-first' ? 'other' : 'candidate';
  return askWithOneReask<PairwiseOrderVerdict>(client, {
    request: { model, messages, schema: { name: schemaName('pairwise'), schema: PAIRWISE_SCHEMA } },
    read(answer, attempts) {
      const parsed = parsePairwise(answer.content, answer.refusal);
      if (!parsed.ok) return parsed;
      const winner: PairwiseWinner = parsed.winner === 'A' ? first : parsed.winner === 'B' ? second : 'tie';
      return {
        ok: true,
        verdict: { model, order, winner, reasoning: parsed.reasoning, attempts, cached: answer.cached },
      };
    },
    failed: (error, attempts) => ({
      model,
      order,
      winner: null,
      reasoning: '',
      error,
      attempts,
      cached: false,
    }),
  });
}
