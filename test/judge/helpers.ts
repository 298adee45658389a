// Shared helpers of the judge tests: a scripted local judge endpoint, records, and configs.
import { UserError, UserErrors } from '../../src/core/errors.js';
import type { ItemRecord } from '../../src/core/types.js';
import { normalizeJudgeConfig } from '../../src/judge/config.js';
import type { JudgeConfig } from '../../src/core/judge.js';
import { judgeRecords, type JudgeDependencies } from '../../src/pipeline/judge.js';
import { createMemoryCache } from '../../src/model/response-cache.js';
import type { ChatRequestBody, ScriptedReply } from '../support/openai-server.js';

export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5 } as const;

/** Free local prices for the test judge models (the budget tests set their own). */
export const FREE = { input: 0, output: 0 };

/** A judge config from a raw kebab-case `judge:` section; any config problem throws. */
export function judgeConfig(raw: Record<string, unknown>, baseDir = process.cwd()): JudgeConfig {
  const problems: UserError[] = [];
  const config = normalizeJudgeConfig(
    {
      'max-retries': 2,
      'timeout-ms': 2000,
      prices: { 'judge-a': FREE, 'judge-b': FREE, 'judge-c': FREE },
      ...raw,
    },
    baseDir,
    (keyPath, message, fix) => problems.push(new UserError(message, { key: keyPath.join('.'), fix })),
  );
  if (problems.length > 0) throw new UserErrors(problems);
  return config!;
}

export function makeRecords(
  count: number,
  categories: readonly string[] = ['general'],
  prefix = 'item',
): ItemRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `${prefix}-${String(index + 1).padStart(3, '0')}`;
    return {
      id,
      category: categories[index % categories.length]!,
      input: `question ${id}`,
      expectedOutput: `reference ${id}`,
      output: `answer ${id}`,
      scores: {},
      source: { file: 'bench.json', line: index + 1 },
    };
  });
}

export function stageDeps(extra: Partial<JudgeDependencies> = {}): JudgeDependencies & { lines: string[] } {
  const lines: string[] = [];
  return {
    env: {},
    log: (line) => lines.push(line),
    cacheConfig: { mode: 'off', dir: '/nonexistent' },
    cache: createMemoryCache('off'),
    retry: FAST_RETRY,
    random: () => 0.5,
    lines,
    ...extra,
  };
}

/** The judge stage as the pipeline runs it: connected from `deps`, its additions merged into `records`. */
export function judgeAndMerge(
  config: JudgeConfig | undefined,
  records: ItemRecord[],
  deps: JudgeDependencies,
): ReturnType<typeof judgeRecords> {
  return judgeRecords(config, records, deps);
}

export interface SeenJudgeRequest {
  model: string;
  system: string;
  user: string;
  /** Data blocks by name: prompt, response, reference, response A, response B. */
  blocks: Record<string, string>;
  /** The criterion line (`Accuracy`, `Harmfulness`, ...) or, for custom metrics, the rating scale's name. */
  metric: string;
  pairwise: boolean;
  /** The item id, found in the prompt block (`question <id>`). */
  itemId: string;
  /** Whether this is the re-ask after an unusable answer. */
  reask: boolean;
  structured: boolean;
}

const BLOCK = /<evalgate-data-([0-9a-f]{16}) name="([^"]+)">\n([\s\S]*?)\n<\/evalgate-data-\1>/g;

export function readJudgeRequest(body: ChatRequestBody): SeenJudgeRequest {
  const messages = body.messages ?? [];
  const system = String(messages.find((message) => message.role === 'system')?.content ?? '');
  const user = String([...messages].reverse().find((message) => message.role === 'user')?.content ?? '');
  const blocks: Record<string, string> = {};
  for (const match of user.matchAll(BLOCK)) blocks[match[2]!] = match[3]!;
  const metric = /Rating scale for ([^:\n]+):/.exec(user)?.[1] ?? /^Criterion: (.*)$/m.exec(user)?.[1] ?? '';
  const prompt = blocks.prompt ?? '';
  return {
    model: String(body.model),
    system,
    user,
    blocks,
    metric: blocks['response A'] !== undefined ? 'pairwise' : metric,
    pairwise: blocks['response A'] !== undefined,
    itemId: /question (\S+)/.exec(prompt)?.[1] ?? prompt,
    reask: user.includes('A previous answer to this request could not be used'),
    structured: body.response_format !== undefined,
  };
}

export function score(value: number | string, reasoning = 'Looks fine.'): ScriptedReply {
  return { content: JSON.stringify({ reasoning, score: value, na: false }) };
}

export function notApplicable(reasoning = 'Does not apply.'): ScriptedReply {
  return { content: JSON.stringify({ reasoning, score: 1, na: true }) };
}

export function winner(value: 'A' | 'B' | 'tie', reasoning = 'Compared.'): ScriptedReply {
  return { content: JSON.stringify({ reasoning, winner: value }) };
}
