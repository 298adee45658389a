import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/core/report.js';

// Real outputs of gpt-3.5-turbo-0613 on GSM8K, question read once (v1) or twice (v2), read from ../shared.
const data = path.resolve('../shared/data/gsm8k-re2');
const v1 = path.resolve('examples/gsm8k/evalgate.yml');
const v2 = path.resolve('examples/gsm8k/evalgate-read2.yml');

async function run(configFile: string, baselineDir: string, baselinePath?: string): Promise<Report> {
  const config = await loadConfig(configFile, { baseline: baselinePath });
  return runEvaluation(config, {
    baselineStore: createLocalBaselineStore(baselineDir),
    writeBaseline: true,
    log: () => {},
    env: {},
  });
}

describe.skipIf(!existsSync(data))('GSM8K: the two published model versions compared both ways', () => {
  it('v1 as the baseline, v2 as the candidate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-gsm8k-'));
    const baseline = await run(v1, dir);
    expect(baseline.decision).toBe('deploy');
    expect(baseline.metrics.numeric_match!.value).toBeGreaterThan(0.74);
    expect(baseline.baselineWritten).toBeDefined();

    const candidate = await run(v2, dir, baseline.baselineWritten);
    expect(candidate.comparison.status).toBe('compared');
    expect(candidate.comparison.statistical).toBe(true);
    expect(candidate.comparison.paired).toBe(1319);
    const row = candidate.comparison.rows.find((r) => r.metric === 'numeric_match')!;
    const stat = row.stat!;
    expect(stat.paired).toBe(true);
    expect(stat.method).toMatch(/McNemar/);
    expect(stat.n).toBe(1319);
    expect(stat.diff).toBeCloseTo(
      candidate.metrics.numeric_match!.value! - baseline.metrics.numeric_match!.value!,
      10,
    );
    expect(stat.ciGate.lower).toBeLessThan(stat.diff);
    expect(stat.ciGate.upper).toBeGreaterThan(stat.diff);
    expect(stat.ci95.lower).toBeLessThan(stat.ciGate.lower);
    expect(row.regressedItems.length).toBeGreaterThan(0);
    expect(row.improvedItems.length).toBeGreaterThan(0);
    expect(stat.extra.type === 'paired-binary' && stat.extra.regressions).toBe(row.regressedItems.length);
    const gate = candidate.gates.find((g) => g.gate.type === 'regression')!;
    expect(gate.status).toBe(stat.zone);
    expect(candidate.source.droppedDuplicates).toHaveLength(30);
    const markdown = renderMarkdown(candidate);
    expect(markdown).toContain('| numeric_match |');
    expect(markdown).toMatch(/90% CI \(gate\)/);
    expect(markdown).toContain('items right before and wrong now');
    console.log(
      `GSM8K v1 -> v2: base ${baseline.metrics.numeric_match!.value!.toFixed(4)}, new ${candidate.metrics.numeric_match!.value!.toFixed(
        4,
      )}, diff ${stat.diff.toFixed(4)}, 90% CI [${stat.ciGate.lower.toFixed(4)}, ${stat.ciGate.upper.toFixed(4)}], p(NI) ${stat.pNonInferiority.toPrecision(
        3,
      )}, p(diff) ${stat.pDifference.toPrecision(3)}, b/c ${row.regressedItems.length}/${row.improvedItems.length}, zone ${stat.zone}, MDE ${stat.mde.toFixed(4)}`,
    );
  });

  it('v2 as the baseline, v1 as the candidate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-gsm8k-'));
    const baseline = await run(v2, dir);
    expect(baseline.decision).toBe('deploy');
    const candidate = await run(v1, dir, baseline.baselineWritten);
    const row = candidate.comparison.rows.find((r) => r.metric === 'numeric_match')!;
    const stat = row.stat!;
    expect(stat.n).toBe(1319);
    // The same pairs seen from the other side: the difference and the discordant counts swap.
    expect(row.regressedItems.length).toBeGreaterThan(0);
    const gate = candidate.gates.find((g) => g.gate.type === 'regression')!;
    expect(gate.status).toBe(stat.zone);
    console.log(
      `GSM8K v2 -> v1: diff ${stat.diff.toFixed(4)}, 90% CI [${stat.ciGate.lower.toFixed(4)}, ${stat.ciGate.upper.toFixed(4)}], p(NI) ${stat.pNonInferiority.toPrecision(
        3,
      )}, b/c ${row.regressedItems.length}/${row.improvedItems.length}, zone ${stat.zone}`,
    );
  });
});
