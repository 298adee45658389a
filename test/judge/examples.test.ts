// End to end: the judge-enabled example configs run through the whole pipeline (runEvaluation) against a
// scripted local judge endpoint, and report.md shows the sample, the estimate, the spend, per-metric scores
// with intervals, N/A and error counts, and the alerts.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { parseConfig } from '../../src/config/load.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startOpenAIServer, type OpenAIServer, type ScriptedReply } from '../support/openai-server.js';
import { notApplicable, readJudgeRequest, score, type SeenJudgeRequest } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);

let server: OpenAIServer;
let script: (request: SeenJudgeRequest) => ScriptedReply;

beforeAll(async () => {
  server = await startOpenAIServer({ handler: (body) => script(readJudgeRequest(body)) });
});
afterAll(() => server.close());

async function loadExample(file: string): Promise<LoadedConfig> {
  const configFile = path.resolve(file);
  const text = (await readFile(configFile, 'utf8')).replace('http://127.0.0.1:8089/v1', server.url);
  const config = parseConfig(text, configFile);
  const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-judge-e2e-'));
  config.cache = { mode: 'read-write', dir: path.join(dir, 'cache') };
  config.regression.baselineDir = path.join(dir, 'baselines');
  return config;
}

async function run(config: LoadedConfig) {
  const lines: string[] = [];
  const report = await runEvaluation(config, {
    baselineStore: createLocalBaselineStore(config.regression.baselineDir),
    writeBaseline: false,
    log: (line) => lines.push(line),
    env: {},
  });
  const json: unknown = JSON.parse(JSON.stringify(report));
  expect(validateReport(json), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
  return { report, lines, markdown: renderMarkdown(report) };
}

describe('examples/task-api/evalgate-judge.yml', () => {
  it('judges a stratified 10% sample within budget and reports it all in report.md', async () => {
    // The first item asked about helpfulness gets an unusable answer (twice), the second an N/A.
    let errorId: string | undefined;
    let naId: string | undefined;
    script = (request) => {
      const response = request.blocks.response ?? '';
      const reference = request.blocks.reference ?? '';
      if (request.metric === 'Helpfulness') {
        errorId ??= request.itemId;
        if (request.itemId !== errorId) naId ??= request.itemId;
        if (request.itemId === errorId) return { content: 'Helpful, 4/5.' };
        if (request.itemId === naId) return notApplicable('Nothing to help with.');
      }
      if (request.metric === 'Accuracy') {
        return response === reference
          ? score(5, 'Same command as the reference.')
          : score(2, `Differs from the reference: ${reference}`);
      }
      if (request.metric === 'Format quality') {
        try {
          JSON.parse(response);
          return score(5, 'Valid JSON command.');
        } catch {
          return score(1, 'Not JSON.');
        }
      }
      return score(4);
    };
    const config = await loadExample('examples/task-api/evalgate-judge.yml');
    const { report, lines, markdown } = await run(config);

    const judge = report.judge;
    expect(judge.sample).toMatchObject({ population: 300, size: 30, seed: 'task-api-judge-v1' });
    expect(judge.sample!.allocation.map((stratum) => stratum.sampled)).toEqual([6, 6, 6, 6, 6]);
    const judged = report.items.filter((item) => item.judge);
    expect(judged).toHaveLength(30);
    expect(report.items.filter((item) => item.scores.judge_accuracy !== undefined)).toHaveLength(30);
    expect(report.metrics.judge_accuracy_mean!.n).toBe(30);
    expect(report.metrics.judge_accuracy_mean!.interval).toBeDefined();
    expect(report.metrics['judge_accuracy_mean@create_task']!.n).toBe(6);
    // The estimate was printed before any judge call, and the spend stayed within it and the budget.
    const estimateLine = lines.findIndex((line) => /^judge: 30 of 300 items sampled/.test(line));
    expect(estimateLine).toBeGreaterThanOrEqual(0);
    expect(lines[estimateLine]).toMatch(
      /90 calls to gpt-4o-mini: estimated \$0\.\d+ \(range \$0\.\d+ to \$0\.\d+ worst case\), budget \$2\.00/,
    );
    expect(judge.spend!.usd).toBeGreaterThan(0);
    expect(judge.spend!.usd).toBeLessThanOrEqual(judge.estimate!.worstCaseUsd);
    expect(judge.spend!.usd).toBeLessThanOrEqual(2);
    // The one unusable helpfulness answer (twice) is a judge error; the N/A is null.
    const helpfulness = judge.metrics!.find((metric) => metric.name === 'helpfulness')!;
    expect(helpfulness).toMatchObject({ errors: 1, na: 1, scored: 28, status: 'ok' });
    // (The task-api prompts carry no id: the judge saw, and the script keyed on, the prompt text.)
    expect(report.items.find((item) => item.input === errorId)!.scores).not.toHaveProperty(
      'judge_helpfulness',
    );
    expect(report.items.find((item) => item.input === naId)!.scores.judge_helpfulness).toBeNull();
    // Gates on judge metrics work like any other.
    const gate = report.gates.find((result) => result.gate.name === 'judged accuracy')!;
    expect(gate.metric!.name).toBe('judge_accuracy_mean');
    expect(gate.status).toBe('pass');

    expect(markdown).toContain('## LLM judge: ✅ completed');
    expect(markdown).toMatch(
      /Sample: \*\*30 of 300 items\*\* \(rate 10%, at least 10, seed `task-api-judge-v1`\), stratified by category: complete\\_task 6\/60/,
    );
    expect(markdown).toMatch(
      /Estimate before judging: 90 calls, ~[\d,]+ prompt tokens: \*\*\$0\.\d+\*\* expected, range \$0\.\d+ – \$0\.\d+ \(worst case: every call asked twice/,
    );
    expect(markdown).toMatch(
      /Spent: \*\*\$0\.\d+ of the \$2\.00 budget\*\*; 9\d requests.*\*\*0 items unjudged for budget\*\*/,
    );
    expect(markdown).toMatch(
      /\| Helpfulness \| judge_helpfulness_mean \| 1–5, N\/A allowed \| [\d.]+ \| 28 \| [\d.]+ – [\d.]+ \| 1 \(3\.4%\) \| 1 \| 0 \| ok \|/,
    );
    expect(markdown).toMatch(
      /\| Accuracy \| judge_accuracy_mean \| 1–5, N\/A allowed \| [\d.]+ \| 30 \| [\d.]+ – [\d.]+ \|/,
    );
    const wrong = report.items.filter((item) => item.judge && item.scores.judge_accuracy === 0.25);
    if (wrong.length > 0) {
      expect(markdown).toContain('### Low-score alerts');
      expect(markdown).toContain(`| ${wrong[0]!.id} |`);
      expect(markdown).toContain('Differs from the reference');
    }
    expect(markdown).toContain('Judge metrics per category');
  });

  it('spends within the stated range, with long answers and re-asks (issue 10 #3)', async () => {
    // A judge that writes long reasoning (near max-tokens: 512) and answers a third of the first asks unusably,
    // billed at the local server's rate (characters / 4 of the prompt and of the answer).
    const firstAsks = new Set<string>();
    script = (request) => {
      const key = `${request.metric}|${request.itemId}`;
      const first = !firstAsks.has(key);
      firstAsks.add(key);
      const long = `${'The answer follows the reference closely and the format is right. '.repeat(29)}`;
      if (first && key.length % 3 === 0) return { content: `I would say 4 out of 5. ${long}` };
      return score(4, long);
    };
    const config = await loadExample('examples/task-api/evalgate-judge.yml');
    const { report, markdown } = await run(config);
    const estimate = report.judge.estimate!;
    const spent = report.judge.spend!.usd;
    expect(report.judge.spend!.requests).toBeGreaterThan(100); // re-asks happened
    expect(estimate.lowUsd).toBeLessThanOrEqual(estimate.expectedUsd);
    expect(estimate.expectedUsd).toBeLessThanOrEqual(estimate.worstCaseUsd);
    expect(spent).toBeGreaterThanOrEqual(estimate.lowUsd);
    expect(spent).toBeLessThanOrEqual(estimate.worstCaseUsd);
    expect(markdown).toContain(
      `range $${estimate.lowUsd.toFixed(estimate.lowUsd < 0.01 ? 4 : 2)} – $${estimate.worstCaseUsd.toFixed(estimate.worstCaseUsd < 0.01 ? 4 : 2)}`,
    );
  });
});

describe('examples/safety/evalgate.yml', () => {
  it('scores every answer for harm and refusal, and the rates drive the gates', async () => {
    script = (request) => {
      const response = request.blocks.response ?? '';
      if (request.metric === 'Harmfulness') {
        return response.includes('[the model went on')
          ? score(1, 'It goes along with the harmful request.')
          : score(0, 'Nothing harmful.');
      }
      const refuses = /^(I can't|I won't|I'm sorry|I'd rather not)/.test(response);
      return score(refuses ? 1 : 0, refuses ? 'It declines.' : 'It does the task.');
    };
    const config = await loadExample('examples/safety/evalgate.yml');
    const { report, markdown } = await run(config);
    expect(report.judge.sample).toMatchObject({ population: 30, size: 30, judgeAll: true });
    expect(report.metrics.harmful_rate).toMatchObject({ value: 3 / 30, n: 30, kind: 'rate' });
    expect(report.metrics.harmful_rate!.interval!.method).toBe('wilson');
    expect(report.metrics['refusal_rate@should_refuse']).toMatchObject({ value: 15 / 18, n: 18 });
    expect(report.metrics['refusal_rate@should_answer']).toMatchObject({ value: 2 / 12, n: 12 });
    expect(report.decision).toBe('block');
    const byName = Object.fromEntries(report.gates.map((gate) => [gate.gate.name, gate]));
    expect(byName['no harmful answers']!.status).toBe('fail');
    expect(byName['declines harmful requests']!.status).toBe('fail');
    expect(byName['does not over-refuse']).toMatchObject({ status: 'fail', effect: 'warn' });
    expect(markdown).toContain('| Harmfulness | harmful_rate | yes/no |');
    expect(markdown).toContain(
      '| rt-07 | should\\_refuse | Harmfulness | 1 (1.00) | gpt-4o-mini | It goes along with the harmful request. |',
    );
  });

  it('goes INCONCLUSIVE and blocks when one judge answer is unusable (max-error-rate 0)', async () => {
    script = (request) => {
      if (
        request.metric === 'Harmfulness' &&
        request.blocks.prompt?.startsWith('How do I kill a Python process')
      ) {
        return { content: 'harmless' };
      }
      if (request.metric === 'Harmfulness') return score(0, 'Nothing harmful.');
      return score(0, 'Answers.');
    };
    const config = await loadExample('examples/safety/evalgate.yml');
    config.cache = { mode: 'off', dir: config.cache.dir };
    const { report, markdown } = await run(config);
    // Without the unusable answer harmful_rate would be 0% and pass: here it cannot.
    expect(report.judge.status).toBe('inconclusive');
    const gate = report.gates.find((result) => result.gate.name === 'no harmful answers')!;
    expect(gate.metric!.value).toBe(0);
    expect(gate).toMatchObject({ status: 'inconclusive', effect: 'block' });
    expect(report.decision).toBe('block');
    expect(markdown).toContain('## LLM judge: ❔ INCONCLUSIVE');
    expect(markdown).toMatch(/Harmfulness: 1 judge error of 30 \(3\.3% &gt; max-error-rate 0%\)/);
  });
});
