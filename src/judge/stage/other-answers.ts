// The other answers a pairwise comparison sets the model's answers against: the baseline's stored outputs, or
// a reference responses file.
import path from 'node:path';
import type { BaselineRecord } from '../../baseline/types.js';
import { loadResponses } from '../../model/responses-file.js';
import type { JudgeConfig } from '../../core/judge.js';

export interface OtherAnswers {
  /** Answers by item id (the first usable one of a repeated id). */
  answers: Map<string, string>;
  /** Why pairwise judging cannot happen at all, when it cannot. */
  unavailable?: string;
}

/** The other answers, or undefined without pairwise judging. */
export async function loadOtherAnswers(
  config: JudgeConfig,
  baseline: BaselineRecord | null | undefined,
): Promise<OtherAnswers | undefined> {
  if (!config.pairwise) return undefined;
  const answers = new Map<string, string>();
  let unavailable: string | undefined;
  if (config.pairwise.against === 'baseline') {
    if (!baseline) unavailable = 'there is no baseline to compare with yet';
    for (const item of baseline?.items ?? []) {
      if (!item.error && item.output !== null && !answers.has(item.id)) answers.set(item.id, item.output);
    }
  } else if (config.pairwise.referencePath) {
    const table = await loadResponses(
      {
        path: config.pairwise.referencePath,
        format: 'jsonl',
        fields: { id: 'id', response: 'response' },
        onDuplicate: 'error',
      },
      path.dirname(config.pairwise.referencePath),
    );
    for (const [id, entry] of table.responses) if (entry.response !== null) answers.set(id, entry.response);
  }
  return { answers, ...(unavailable !== undefined ? { unavailable } : {}) };
}
