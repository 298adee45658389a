// A model source that answers from answers collected beforehand: a responses file (see
// responses-file.ts) or, when there is none, the answers a Bedrock dataset carries (`item.precomputed`).
// A responses file, when configured, wins over the dataset's own answers.
//
// Nothing is dropped silently: an item without an answer, or whose answer is recorded as null, becomes
// an error item (kind 'missing_response'); an empty answer is an output "" (scorers fail it); and the
// answers that match no dataset item are listed (`unmatched`, findUnmatchedResponses) for the report.
import type { DatasetItem, ModelResponse } from '../core/types.js';
import { emptyRunStats, type ModelSource } from './source.js';
import { type ModelRunStats } from '../core/report.js';
import { promptKey, type ResponseTable } from './responses-file.js';

/** An answer of the responses file that no dataset item asked for. */
export interface UnmatchedResponse {
  /** Its id (for a Bedrock file: its prompt). */
  id: string;
  line: number;
}

export interface PrecomputedSource extends ModelSource {
  readonly kind: 'precomputed';
  readonly responses?: ResponseTable;
  /** Answers of the responses file that matched no item of the last run, in file order. */
  readonly unmatched: readonly UnmatchedResponse[];
}

/** A source answering from `responses` if given, else from the answers the dataset items carry. */
export function createPrecomputedSource(responses?: ResponseTable): PrecomputedSource {
  let unmatched: readonly UnmatchedResponse[] = [];
  return {
    kind: 'precomputed',
    description: responses ? responses.file : 'answers recorded in the dataset',
    ...(responses ? { responses } : {}),
    get unmatched() {
      return unmatched;
    },
    async run(items, onResponse): Promise<ModelRunStats> {
      const started = performance.now();
      const stats = emptyRunStats();
      for (const item of items) {
        const response = precomputedResponse(item, responses);
        stats.items++;
        if (response.error) stats.errors++;
        onResponse(item, response);
      }
      unmatched = responses ? findUnmatchedResponses(responses, items) : [];
      stats.wallMs = performance.now() - started;
      return stats;
    },
  };
}

/** The response for one item: its recorded answer, or a 'missing_response' error saying why there is none. */
export function precomputedResponse(item: DatasetItem, responses?: ResponseTable): ModelResponse {
  if (responses) {
    const key = keyOf(item, responses);
    const entry = responses.responses.get(key);
    if (entry === undefined) {
      return missing(
        responses.keyedBy === 'prompt'
          ? `no response for the prompt of id ${item.id} in ${responses.file} (a Bedrock file has no ids: answers are matched on the prompt text, which must equal the item's input)`
          : `no response for id ${item.id} in ${responses.file}`,
      );
    }
    if (entry.response === null) {
      return missing(
        `${responses.file}:${entry.line} records null for id ${item.id} (no answer was recorded)`,
      );
    }
    return { output: entry.response };
  }
  if (item.precomputed === null) {
    return missing(
      `${item.source.file}:${item.source.line} records no answer for id ${item.id} (modelResponses[0].response is missing or null)`,
    );
  }
  if (item.precomputed === undefined) {
    return missing(
      `no response for id ${item.id}: the dataset ${item.source.file} carries no answers and no responses file is configured`,
    );
  }
  return { output: item.precomputed };
}

function missing(message: string): ModelResponse {
  return { output: null, error: { stage: 'model', kind: 'missing_response', message } };
}

/** The answers of `responses` that no item matches (by id, or for a Bedrock file by prompt), in file order. */
export function findUnmatchedResponses(
  responses: ResponseTable,
  items: readonly DatasetItem[],
): UnmatchedResponse[] {
  if (answersInItemOrder(responses, items)) return [];
  const wanted = new Set(items.map((item) => keyOf(item, responses)));
  const result: UnmatchedResponse[] = [];
  for (const [id, entry] of responses.responses) {
    if (!wanted.has(id)) result.push({ id, line: entry.line });
  }
  return result;
}

/**
 * Whether the file's answers come in the order of the items they answer (the usual case, some items may have
 * none): then each answer matched an item, which a walk through both tells without a set of every item's key.
 */
function answersInItemOrder(responses: ResponseTable, items: readonly DatasetItem[]): boolean {
  let position = 0;
  for (const key of responses.responses.keys()) {
    while (position < items.length && keyOf(items[position]!, responses) !== key) position++;
    if (position === items.length) return false;
    position++;
  }
  return true;
}

/** What an item's answer is filed under: its id, or for a Bedrock file its prompt. */
function keyOf(item: DatasetItem, responses: ResponseTable): string {
  return responses.keyedBy === 'prompt' ? promptKey(item.input) : item.id;
}
