import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { UserError, UserErrors } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';

export const taskApi = {
  config: path.resolve('examples/task-api/evalgate.yml'),
  benchmark: path.resolve('examples/task-api/benchmark.json'),
  scenarios: path.resolve('examples/task-api/scenarios.json'),
  v1: path.resolve('examples/task-api/responses/model-v1.jsonl'),
  v2: path.resolve('examples/task-api/responses/model-v2.jsonl'),
};

export function tempDir(prefix = 'evalgate-shard-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * A report without what may differ between two runs on the same inputs: timestamps, durations and the model
 * stage's wall time; with `live`, also what measured latency shapes (per-item latency and the latency metrics).
 */
export function comparable(report: Report, options: { live?: boolean } = {}): unknown {
  const copy = JSON.parse(JSON.stringify(report)) as Record<string, unknown> & Report;
  delete (copy as Partial<Report>).startedAt;
  delete (copy as Partial<Report>).finishedAt;
  delete (copy as Partial<Report>).durationMs;
  delete (copy as Partial<Report>).timings;
  delete (copy.source.stats as Partial<Report['source']['stats']>).wallMs;
  // Each history entry is dated when its run finished.
  for (const entry of copy.history ?? []) entry.date = '';
  if (options.live) {
    for (const entry of copy.history ?? []) {
      for (const name of Object.keys(entry.metrics)) {
        if (name.startsWith('latency') || name.startsWith('ttft')) delete entry.metrics[name];
      }
    }
    for (const item of copy.items) {
      delete item.latencyMs;
      delete item.ttftMs;
      delete item.scores.latency_ms;
      delete item.scores.ttft_ms;
    }
    for (const [name, metric] of Object.entries(copy.metrics)) {
      if (metric.base.startsWith('latency') || metric.base.startsWith('ttft')) delete copy.metrics[name];
    }
  }
  return copy;
}

/** Runs `work`, expects a UserError, and returns its full text (every problem, for UserErrors). */
export async function userErrorOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error instanceof UserErrors ? error.describe() : (error as UserError).describe();
  }
  throw new Error('expected a UserError, but the work succeeded');
}
