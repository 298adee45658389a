import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load.js';
import { runEvaluation } from '../../src/pipeline/run.js';

const example = path.resolve('examples/contamination/evalgate.yml');
let dir: string;
let stdout: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-contamination-cli-'));
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
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('evalgate contamination', () => {
  it('exits 1 when the blocking gate on contamination_rate fails, listing the item and its span', async () => {
    // Pin the held-out set holding q6 (the example rotates monthly), whatever the month.
    const config = path.join(dir, 'evalgate.yml');
    await writeFile(
      config,
      [
        'version: 1',
        `dataset: { path: ${JSON.stringify(path.resolve('examples/contamination/dataset.jsonl'))}, rotation: { sets: 2, set: 2 } }`,
        `contamination: { corpus: ${JSON.stringify(path.resolve('examples/contamination/corpus'))} }`,
        'gates:',
        '  - { name: no contamination, metric: contamination_rate, op: "<=", threshold: 0, severity: blocking }',
      ].join('\n'),
    );
    expect(await main(['contamination', '--config', config])).toBe(1);
    expect(stdout).toContain('contamination_rate: 25.0% (1 of 4 items');
    expect(stdout).toMatch(
      /q6: 7 of 7 n-grams \(100%\) found; first in .*forum\.jsonl\.gz:2, input: \[who wrote the play/,
    );
    expect(stdout).toContain('gate "no contamination": FAIL (blocking)');
  });

  it('exits 0 with --corpus naming a clean corpus, and 2 on a missing corpus or a malformed line', async () => {
    const clean = path.join(dir, 'clean.txt');
    await writeFile(clean, 'nothing from the benchmark here\n');
    expect(await main(['contamination', '--config', example, '--corpus', clean])).toBe(0);
    expect(stdout).toContain('contamination_rate: 0.0%');
    expect(await main(['contamination', '--config', example, '--corpus', path.join(dir, 'nope')])).toBe(2);
    expect(stderr).toContain('--corpus: the corpus path');
    const bad = path.join(dir, 'bad.jsonl');
    await writeFile(bad, '{"text": "fine"}\n{"text": \n');
    expect(await main(['contamination', '--config', example, '--corpus', bad])).toBe(2);
    expect(stderr).toContain(`${bad}:2: this corpus line is not a JSON record`);
  });

  it('puts contamination_rate in report.json and gates the run on it', async () => {
    const config = await loadConfig(example);
    config.dataset.rotation = { sets: 2, period: 'monthly', set: 2 };
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(path.join(dir, 'baselines')),
      writeBaseline: false,
      log: () => {},
      env: {},
    });
    expect(report.decision).toBe('block');
    expect(report.metrics.contamination_rate).toMatchObject({
      value: 0.25,
      n: 4,
      kind: 'rate',
      higherIsBetter: false,
    });
    expect(report.contamination?.contaminated.map((item) => item.id)).toEqual(['q6']);
    expect(report.gates.find((gate) => gate.gate.metric === 'contamination_rate')?.status).toBe('fail');
    expect(report.heldOut).toMatchObject({ set: 2, chosenBy: 'explicit' });
  });

  it('rejects a gate on contamination_rate without a contamination section', async () => {
    const config = path.join(dir, 'evalgate.yml');
    await writeFile(
      config,
      [
        'version: 1',
        `dataset: { path: ${JSON.stringify(path.resolve('examples/contamination/dataset.jsonl'))} }`,
        `responses: { path: ${JSON.stringify(path.resolve('examples/contamination/responses.jsonl'))} }`,
        'gates:',
        '  - { name: no contamination, metric: contamination_rate, op: "<=", threshold: 0 }',
      ].join('\n'),
    );
    expect(await main(['run', '--config', config, '--out', dir, '-q'])).toBe(2);
    expect(stderr).toContain('uses the unknown metric "contamination_rate"');
  });
});
