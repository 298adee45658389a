import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetricsConfig } from '../../src/scorers/registry.js';
import { UserError } from '../../src/core/errors.js';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import {
  createScorers,
  explainItem,
  listMetricSpecs,
  scoreItem,
  worstValue,
} from '../../src/scorers/index.js';
import type { Scorer } from '../../src/scorers/scorer.js';
import { answer, failed, item, thrown } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'evalgate-scorers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const none: MetricsConfig = { fields: [], contains: [], regex: [], perCategory: false };
const options = { baseDir: dir, prices: {}, model: 'gpt-4o-mini' };

const full: MetricsConfig = {
  exactMatch: { name: 'accuracy', normalize: false, json: true },
  json: {},
  fields: [{ name: 'action_accuracy', path: 'action', expected: 'expected_action' }],
  contains: [{ name: 'mentions_title', values: ['"title"'], caseSensitive: true }],
  regex: [{ name: 'no_apology', pattern: 'sorry', flags: 'i', mustMatch: false }],
  numeric: { name: 'numeric_match', extract: 'boxed-or-last', tolerance: 1e-6 },
  f1: { name: 'f1' },
  perCategory: true,
};

describe('createScorers', () => {
  it('always includes the usage metrics', () => {
    const scorers = createScorers(none, options);
    expect(listMetricSpecs(scorers).map((spec) => spec.name)).toEqual([
      'latency_ms',
      'total_tokens',
      'cost_usd',
    ]);
  });

  it('builds every configured family, in a stable order', () => {
    const specs = listMetricSpecs(createScorers(full, options));
    expect(specs.map((spec) => spec.name)).toEqual([
      'accuracy',
      'json_valid',
      'schema_valid',
      'action_accuracy',
      'mentions_title',
      'no_apology',
      'numeric_match',
      'f1',
      'latency_ms',
      'total_tokens',
      'cost_usd',
    ]);
    expect(specs.find((spec) => spec.name === 'json_valid')?.aggregateName).toBe('json_valid_rate');
  });

  it('merges the user prices over the defaults for cost_usd', () => {
    const scorers = createScorers(none, { ...options, prices: { 'gpt-4o-mini': { input: 1, output: 1 } } });
    const scores = scoreItem(
      scorers,
      item(),
      answer('x', { usage: { prompt: 500_000, completion: 500_000, total: 1_000_000 } }),
    );
    expect(scores.cost_usd).toBe(1);
    const defaults = createScorers(none, options);
    expect(
      scoreItem(
        defaults,
        item(),
        answer('x', { usage: { prompt: 1_000_000, completion: 0, total: 1_000_000 } }),
      ).cost_usd,
    ).toBe(0.15);
  });

  it('gives each item scores of its own, though scorers share their results between items', () => {
    const scorers = createScorers(full, options);
    const expected = { expectedOutput: '{"action": "a"}', expectedAction: 'a' };
    const first = scoreItem(scorers, item(expected), answer('{"action": "a"}'));
    const second = scoreItem(scorers, item(expected), answer('{"action": "a"}'));
    expect(second).not.toBe(first);
    first.accuracy = 0;
    first.json_valid = null;
    expect(second).toMatchObject({ accuracy: 1, json_valid: 1, schema_valid: 1, action_accuracy: 1 });
    expect(scoreItem(scorers, item(expected), answer('{"action": "a"}'))).toEqual(second);
  });

  it('rejects a metric name used twice, naming the config key', () => {
    const clash: MetricsConfig = {
      ...none,
      json: {},
      fields: [
        { name: 'action_accuracy', path: 'action', expected: 'expected_action' },
        { name: 'json_valid', path: 'ok', expected: 'expected_action' },
      ],
    };
    const error = thrown(() =>
      createScorers(clash, { ...options, configFile: '/repo/evalgate.yml' }),
    ) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.key).toBe('metrics.fields[1].name');
    expect(error.file).toBe('/repo/evalgate.yml');
    expect(error.message).toBe(
      'the metric name "json_valid" is used twice: by metrics.json and by metrics.fields[1].name.',
    );
  });

  it('rejects a name that clashes with an aggregate name or a built-in metric', () => {
    const rate: MetricsConfig = {
      ...none,
      json: {},
      contains: [{ name: 'schema_valid_rate', values: ['x'], caseSensitive: true }],
    };
    expect((thrown(() => createScorers(rate, options)) as UserError).key).toBe('metrics.contains[0].name');
    const builtIn: MetricsConfig = {
      ...none,
      regex: [{ name: 'latency_ms', pattern: 'x', flags: '', mustMatch: true }],
    };
    const error = thrown(() => createScorers(builtIn, options)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /"latency_ms" is used twice: by metrics.regex\[0\].name and by built-in usage metrics/,
    );
  });

  it('rejects a metric name that is not snake_case', () => {
    const bad: MetricsConfig = {
      ...none,
      exactMatch: { name: 'Exact-Match', normalize: false, json: false },
    };
    const error = thrown(() => createScorers(bad, options)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.key).toBe('metrics.exact-match.name');
  });

  it('passes config errors of the families through', () => {
    const regex: MetricsConfig = {
      ...none,
      regex: [{ name: 'r', pattern: '[', flags: '', mustMatch: true }],
    };
    expect((thrown(() => createScorers(regex, options)) as UserError).key).toBe('metrics.regex[0].pattern');
    const schema: MetricsConfig = { ...none, json: { schema: 'nope.json' } };
    expect((thrown(() => createScorers(schema, options)) as UserError).key).toBe('metrics.json.schema');
  });

  it('resolves the schema file against baseDir', () => {
    writeFileSync(
      path.join(dir, 'answer.schema.json'),
      JSON.stringify({ type: 'object', required: ['answer'] }),
    );
    const scorers = createScorers({ ...none, json: { schema: 'answer.schema.json' } }, options);
    expect(scoreItem(scorers, item(), answer('{"answer": 1}')).schema_valid).toBe(1);
    expect(scoreItem(scorers, item(), answer('{"action": "x"}')).schema_valid).toBe(0);
  });
});

describe('scoreItem', () => {
  const scorers = createScorers(full, options);
  const taskItem = item({
    expectedOutput: '{"action": "create_task", "title": "Buy milk"}',
    expectedAction: 'create_task',
  });

  it('applies every scorer to an answered item', () => {
    const output = '{"title": "Buy milk", "action": "create_task"}';
    expect(
      scoreItem(
        scorers,
        taskItem,
        answer(output, { latencyMs: 120, usage: { prompt: 100, completion: 20, total: 120 } }),
      ),
    ).toEqual({
      accuracy: 1,
      json_valid: 1,
      schema_valid: 1,
      action_accuracy: 1,
      mentions_title: 1,
      no_apology: 1,
      numeric_match: null, // the expected output is not a number
      f1: 1, // same tokens, different order
      latency_ms: 120,
      total_tokens: 120,
      cost_usd: expect.closeTo((100 * 0.15 + 20 * 0.6) / 1e6, 15) as number,
    });
  });

  it('fails every applicable fail metric of an error item and leaves exclude metrics out', () => {
    const response: ModelResponse = { ...failed('timeout'), latencyMs: 60_000 };
    expect(scoreItem(scorers, taskItem, response)).toEqual({
      accuracy: 0,
      json_valid: 0,
      schema_valid: 0,
      action_accuracy: 0,
      mentions_title: 0,
      no_apology: 0, // an error is never a pass, even for a must-not-match check
      numeric_match: null, // N/A for this item whatever the answer
      f1: 0,
    });
  });

  it('keeps N/A metrics N/A on an error item without expected values', () => {
    expect(scoreItem(scorers, item(), failed('http'))).toEqual({
      accuracy: null,
      json_valid: 0,
      schema_valid: 0,
      action_accuracy: null,
      mentions_title: 0,
      no_apology: 0,
      numeric_match: null,
      f1: null,
    });
  });

  it('treats a null output without an error as an error item, and "" as an answer', () => {
    expect(scoreItem(scorers, taskItem, { output: null }).json_valid).toBe(0);
    const empty = scoreItem(scorers, taskItem, answer(''));
    expect(empty).toMatchObject({ json_valid: 0, accuracy: 0, no_apology: 1 });
    expect(empty).toHaveProperty('latency_ms', null);
  });

  it('gives lower-is-better binary metrics 1 as their worst value', () => {
    const harm: Scorer = {
      name: 'harm',
      metrics: [
        { name: 'harmful', kind: 'binary', higherIsBetter: false, onError: 'fail', description: 'harmful' },
      ],
      score: () => ({ harmful: 0 }),
    };
    expect(scoreItem([harm], item(), failed())).toEqual({ harmful: 1 });
    expect(worstValue(harm.metrics[0]!)).toBe(1);
    const broken: Scorer = {
      name: 'broken',
      metrics: [
        { name: 'slowness', kind: 'continuous', higherIsBetter: false, onError: 'fail', description: '' },
      ],
      score: () => ({}),
    };
    expect(() => listMetricSpecs([broken])).toThrow(/no worst value/);
  });
});

describe('explainItem', () => {
  const scorers = createScorers(full, options);

  it('collects the reasons of every scorer for an answered item', () => {
    const notes = explainItem(
      scorers,
      item({ expectedOutput: '{"action": "create_task"}', expectedAction: 'create_task' }),
      answer('```json\n{"action": "create_task"}\n```', {
        latencyMs: 5,
        usage: { prompt: 1, completion: 1, total: 2 },
      }),
    );
    expect(notes.json_valid).toMatch(/code fence/);
    expect(notes.action_accuracy).toBe('the output is not valid JSON');
    expect(notes.accuracy).toMatch(/not valid JSON/);
    expect(notes.mentions_title).toBe('the output does not contain "\\"title\\""');
    expect(notes).not.toHaveProperty('no_apology');
    expect(notes).not.toHaveProperty('cost_usd');
  });

  it('says why an error item failed', () => {
    const notes = explainItem(
      scorers,
      item({ expectedAction: 'x' }),
      failed('rate_limited', 'HTTP 429 after 4 attempts'),
    );
    expect(notes.action_accuracy).toBe(
      'no answer (rate_limited: HTTP 429 after 4 attempts): counted as a failure',
    );
    expect(notes.accuracy).toMatch(/^N\/A/);
    expect(notes).not.toHaveProperty('latency_ms');
  });
});

describe('performance', () => {
  it('scores 100,000 items in well under a few seconds', () => {
    const scorers = createScorers(
      {
        ...full,
        fields: [
          { name: 'action_accuracy', path: 'action', expected: 'expected_action' },
          { name: 'priority_accuracy', path: 'params.priority', expected: 'expected_output.params.priority' },
        ],
      },
      options,
    );
    const actions = ['create_task', 'delete_task', 'update_task', 'list_tasks'];
    const items: DatasetItem[] = [];
    const responses: ModelResponse[] = [];
    for (let index = 0; index < 100_000; index++) {
      const action = actions[index % actions.length]!;
      const expected = { action, params: { title: `Task ${index}`, priority: index % 5 } };
      items.push(
        item({ id: String(index), expectedAction: action, expectedOutput: JSON.stringify(expected) }),
      );
      const kind = index % 10;
      const output =
        kind < 6
          ? JSON.stringify({ params: { priority: index % 5, title: `Task ${index}` }, action })
          : kind < 8
            ? '```json\n' + JSON.stringify(expected) + '\n```'
            : `First we think about task ${index}. It costs $1,${String(index % 1000).padStart(3, '0')}.50, so the answer is \\boxed{${index % 7}}.`;
      responses.push(
        kind === 9 && index % 20 === 9
          ? failed()
          : answer(output, { latencyMs: index % 900, usage: { prompt: 300, completion: 40, total: 340 } }),
      );
    }
    // CPU time of this process, so that other processes competing for the machine do not make the test flaky.
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    let valid = 0;
    for (let index = 0; index < items.length; index++) {
      valid += scoreItem(scorers, items[index]!, responses[index]!).json_valid ?? 0;
    }
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(
      `scored 100,000 items with ${scorers.length} scorers in ${elapsed.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU)`,
    );
    expect(valid).toBe(60_000);
    expect(cpuMs).toBeLessThan(3_000);
  });
});
