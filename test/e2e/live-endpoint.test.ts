// The whole pipeline against a real OpenAI-compatible server on 127.0.0.1, through the real `openai` SDK:
// a single-turn benchmark and multi-turn scenarios whose conversation carries the model's own answers.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';

const benchmark = JSON.parse(readFileSync('examples/task-api/benchmark.json', 'utf8')) as {
  id: string;
  input: string;
  expected_output: string;
}[];
const expectedByInput = new Map(benchmark.map((item) => [item.input, item.expected_output]));

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function configFor(dir: string, dataset: string, extra: string[] = []): Promise<string> {
  const file = path.join(dir, 'evalgate.yml');
  await writeFile(
    file,
    [
      'version: 1',
      'name: live',
      `dataset: { path: ${dataset} }`,
      'model:',
      `  base-url: ${server!.url}`,
      '  model: gpt-4o-mini',
      '  system-prompt: You turn task requests into JSON commands.',
      '  concurrency: 4',
      '  timeout-ms: 5000',
      '  max-retries: 2',
      `cache: { mode: off, dir: ${path.join(dir, 'cache')} }`,
      'metrics:',
      '  exact-match: { name: accuracy, json: true }',
      '  json: true',
      ...extra,
    ].join('\n'),
  );
  return file;
}

describe('a live OpenAI-compatible endpoint', () => {
  it('answers the benchmark through the endpoint, with latency, tokens, cost and a retried 503', async () => {
    server = await startOpenAIServer({
      latencyMs: 5,
      handler: (_body, info) => {
        if (info.key === benchmark[0]!.input && info.attempt === 1) return { status: 503 };
        const expected = expectedByInput.get(info.key);
        return {
          content: expected ?? 'not a task',
          usage: { prompt_tokens: 40, completion_tokens: 20, total_tokens: 60 },
        };
      },
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-live-'));
    const config = await loadConfig(
      await configFor(dir, path.resolve('examples/task-api/benchmark.json'), [
        'gates:',
        "  - { metric: accuracy, op: '>=', threshold: 0.99 }",
        "  - { metric: latency_p95_ms, op: '<=', threshold: 5000 }",
      ]),
    );
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(path.join(dir, 'baselines')),
      writeBaseline: true,
      log: () => {},
      env: {},
    });
    expect(report.source.kind).toBe('live');
    expect(report.decision).toBe('deploy');
    expect(report.metrics.accuracy!.value).toBe(1);
    expect(report.source.stats.retries).toBe(1);
    expect(report.source.stats.requests).toBe(benchmark.length + 1);
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(report.metrics.latency_p95_ms!.value).toBeGreaterThan(0);
    expect(report.metrics.tokens_total!.value).toBe(60 * benchmark.length);
    expect(report.metrics.cost_usd_total!.value).toBeGreaterThan(0);
    const first = server.requests.find((request) => request.key === benchmark[1]!.input)!;
    expect(first.body?.model).toBe('gpt-4o-mini');
    expect(first.body?.messages?.[0]).toEqual({
      role: 'system',
      content: 'You turn task requests into JSON commands.',
    });
    expect(renderMarkdown(report)).toMatch(/\| latency_p95_ms \| \d+ ms \|/);
  });

  it('carries each scenario turn by turn with the model’s own earlier answers', async () => {
    server = await startOpenAIServer({
      handler: (body, info) => ({ content: `reply ${(body.messages ?? []).length} to ${info.key}` }),
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-live-'));
    const config = await loadConfig(await configFor(dir, path.resolve('examples/task-api/scenarios.json')));
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(path.join(dir, 'baselines')),
      writeBaseline: false,
      log: () => {},
      env: {},
    });
    expect(report.dataset.format).toBe('scenarios');
    const scenario = report.items.filter((item) => item.scenarioId === 'greet-then-create');
    expect(scenario.map((item) => item.turn)).toEqual([1, 2]);
    const second = server.requests.find(
      (request) => request.key === 'Add a task to buy milk tomorrow, high priority',
    )!;
    const messages = second.body!.messages!;
    // system prompt, scenario context, user turn 1, the model's answer to it, user turn 2
    expect(messages.map((message) => message.role)).toEqual([
      'system',
      'system',
      'user',
      'assistant',
      'user',
    ]);
    expect(messages[3]!.content).toBe(scenario[0]!.output);
    expect(String(messages[1]!.content)).toContain('"today":"2026-03-02"');
    expect(report.items.every((item) => item.output !== null)).toBe(true);
  });
});
