import type { ModelConfig } from '../../src/core/config.js';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import type { ModelSource } from '../../src/model/source.js';
import type { ModelRunStats } from '../../src/core/report.js';

export function modelConfig(baseUrl: string, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    baseUrl,
    model: 'test-model',
    apiKeyEnv: 'EVALGATE_TEST_KEY',
    timeoutMs: 5000,
    maxRetries: 3,
    concurrency: 4,
    stripThinking: false,
    stream: false,
    ...overrides,
  };
}

export function makeItems(count: number, prefix = 'q'): DatasetItem[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${index}`,
    category: 'test',
    input: `${prefix}${index}`,
    source: { file: 'test.jsonl', line: index + 1 },
  }));
}

export function item(id: string, input = id): DatasetItem {
  return { id, category: 'test', input, source: { file: 'test.jsonl', line: 1 } };
}

/** A scenario's turns as dataset items. */
export function scenario(id: string, turns: string[], context?: unknown): DatasetItem[] {
  return turns.map((input, turn) => ({
    id: `${id}#${turn}`,
    category: 'scenario',
    input,
    source: { file: 'scenarios.json', line: turn + 1 },
    conversation: { scenarioId: id, turn, context, userTurns: turns.slice(0, turn + 1) },
  }));
}

export interface Collected {
  stats: ModelRunStats;
  /** Responses by item id. */
  byId: Map<string, ModelResponse>;
  /** Item ids in the order they were answered, duplicates included. */
  order: string[];
}

export async function runSource(source: ModelSource, items: readonly DatasetItem[]): Promise<Collected> {
  const byId = new Map<string, ModelResponse>();
  const order: string[] = [];
  const stats = await source.run(items, (answered, response) => {
    order.push(answered.id);
    byId.set(answered.id, response);
  });
  return { stats, byId, order };
}

export function get(collected: Collected, id: string): ModelResponse {
  const response = collected.byId.get(id);
  if (!response) throw new Error(`no response for ${id}`);
  return response;
}

/** Fast backoff for tests (retry-after waits are still honoured as sent). */
export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5 };
