// What the judge sees of each item: the prompt (the item's input, or for a conversation turn the conversation
// so far), the model's answer and the reference.
import type { ItemRecord } from '../../core/types.js';
import type { JudgedContent } from '../prompt.js';

/** The prompt of each record: its input, or for a later conversation turn the turns before it and its input. */
export function promptsOf(records: readonly ItemRecord[]): string[] {
  const scenarios = new Map<string, ItemRecord[]>();
  for (const record of records) {
    if (record.scenarioId === undefined) continue;
    const turns = scenarios.get(record.scenarioId) ?? [];
    turns.push(record);
    scenarios.set(record.scenarioId, turns);
  }
  return records.map((record) => {
    if (record.scenarioId === undefined || (record.turn ?? 1) <= 1) return record.input;
    const earlier = (scenarios.get(record.scenarioId) ?? [])
      .filter((other) => (other.turn ?? 0) < (record.turn ?? 0))
      .sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
    return [
      ...earlier.flatMap((other) => [`User: ${other.input}`, `Assistant: ${other.output ?? '(no answer)'}`]),
      `User: ${record.input}`,
    ].join('\n');
  });
}

/** What the judge is shown of each record; null for a record without a model answer. */
export function judgedContents(
  records: readonly ItemRecord[],
  prompts: readonly string[],
): (JudgedContent | null)[] {
  return records.map((record, index) =>
    record.output === null || record.error
      ? null
      : { id: record.id, prompt: prompts[index]!, response: record.output, reference: record.expectedOutput },
  );
}
