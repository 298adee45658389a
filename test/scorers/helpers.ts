import type { DatasetItem, ItemError, ModelResponse } from '../../src/core/types.js';
import type { AnsweredResponse } from '../../src/scorers/scorer.js';

export function item(extra: Partial<DatasetItem> = {}): DatasetItem {
  return {
    id: '1',
    category: 'default',
    input: 'question',
    source: { file: 'bench.jsonl', line: 1 },
    ...extra,
  };
}

export function answer(output: string, extra: Partial<ModelResponse> = {}): AnsweredResponse {
  return { ...extra, output };
}

export function failed(
  kind: ItemError['kind'] = 'timeout',
  message = 'no answer within 60000 ms',
): ModelResponse {
  return { output: null, error: { stage: 'model', kind, message, attempts: 4 } };
}

/** Runs `fn`, expects it to throw, and returns what it threw. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
