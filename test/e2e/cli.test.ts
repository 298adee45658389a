import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';

const example = path.resolve('examples/task-api/evalgate.yml');
const regressed = path.resolve('examples/task-api/responses/model-v2.jsonl');
const benchmark = path.resolve('examples/task-api/benchmark.json');
const goodAnswers = path.resolve('examples/task-api/responses/model-v1.jsonl');

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-cli-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process, 'cwd').mockReturnValue(dir);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function readReport(): Promise<Report> {
  return JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8')) as Report;
}

describe('evalgate run on the Task API example', () => {
  it('deploys model v1, explains the warning, and stores it as the baseline', async () => {
    const code = await main(['run', '--config', example, '--out', path.join(dir, 'out')]);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    const report = await readReport();
    expect(report.decision).toBe('deploy');
    expect(report.dataset.items).toBeGreaterThanOrEqual(200);
    expect(report.dataset.categories).toHaveLength(5);
    expect(report.items).toHaveLength(report.dataset.items);
    expect(report.metrics.accuracy!.value).toBeGreaterThanOrEqual(0.85);
    expect(report.metrics['accuracy@create_task']).toBeDefined();
    expect(report.comparison.status).toBe('skipped');
    expect(report.judge.status).toBe('skipped');
    expect(report.baselineWritten).toBeDefined();
    expect(stdout).toContain('DEPLOY');
    const markdown = await readFile(path.join(dir, 'out', 'report.md'), 'utf8');
    expect(markdown).toContain('✅ DEPLOY');
    expect(markdown).toContain('| accuracy |');
  });

  it('blocks model v2 with explained gates, and compares it with the v1 baseline', async () => {
    expect(await main(['run', '--config', example, '--out', path.join(dir, 'first'), '--quiet'])).toBe(0);
    const code = await main([
      'run',
      '--config',
      example,
      '--responses',
      regressed,
      '--out',
      path.join(dir, 'out'),
    ]);
    expect(code).toBe(1);
    const report = await readReport();
    expect(report.decision).toBe('block');
    const failed = report.gates.filter((gate) => gate.effect === 'block');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    for (const gate of failed) {
      expect(gate.explanation).toMatch(/n=\d+/);
      expect(gate.failingItems.length).toBeGreaterThan(0);
      expect(gate.failingItems[0]!.source.line).toBeGreaterThan(0);
    }
    expect(report.items.some((item) => item.error?.kind === 'missing_response')).toBe(true);
    expect(report.comparison.status).toBe('compared');
    expect(report.comparison.paired).toBe(report.dataset.items);
    expect(report.baselineWritten).toBeUndefined();
    expect(stdout).toContain('BLOCK');
    expect(stdout).toMatch(/\[FAIL\] format/);
  });

  it('exits 2 with file:line for a malformed config', async () => {
    const config = path.join(dir, 'bad.yml');
    await writeFile(
      config,
      'version: 1\ndataset:\n  path: x.json\ngates:\n  - metric: accuracy\n    op: ">="\n    threshold: high\n',
    );
    const code = await main(['run', '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}:7: gates[0].threshold: must be of type number`);
  });

  it('exits 2 naming the known metrics when a gate names an unknown one', async () => {
    const config = path.join(dir, 'unknown.yml');
    await writeFile(
      config,
      [
        'version: 1',
        `dataset: { path: ${benchmark} }`,
        `responses: { path: ${goodAnswers} }`,
        'metrics: { json: true }',
        'gates:',
        '  - { metric: acuracy, op: ">=", threshold: 0.9 }',
      ].join('\n'),
    );
    expect(await main(['run', '--config', config])).toBe(2);
    expect(stderr).toContain(':6: gates[0].metric: gate "acuracy >= 0.9" uses the unknown metric "acuracy"');
    expect(stderr).toContain('json_valid_rate');
  });

  it('exits 2 with the line of a malformed dataset', async () => {
    const dataset = path.join(dir, 'bench.jsonl');
    await writeFile(dataset, '{"id": "a", "input": "x", "expected_output": "y"}\n{"id": "b", "input": \n');
    const config = path.join(dir, 'c.yml');
    await writeFile(config, `version: 1\ndataset: { path: bench.jsonl }\nresponses: { path: r.jsonl }\n`);
    await writeFile(path.join(dir, 'r.jsonl'), '{"id": "a", "response": "y"}\n');
    expect(await main(['run', '--config', config])).toBe(2);
    expect(stderr).toMatch(/bench\.jsonl:2/);
  });

  it('documents itself', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toContain('--responses FILE');
    expect(stdout).toContain('Exit codes: 0 DEPLOY, 1 BLOCK, 2 error');
    expect(await main(['frobnicate'])).toBe(2);
  });
});
