// Every output is set on every run, empty when it does not apply, so later steps can test them.
import { describe, expect, it } from 'vitest';
import { setActionOutputs } from '../../src/action/outputs.js';
import { rate } from '../github/fixtures.js';
import { fakeCore } from './fake-core.js';

describe('setActionOutputs', () => {
  it('sets all seven outputs, empty for what a run did not produce', () => {
    const core = fakeCore();
    setActionOutputs(core, { decision: 'error' });
    expect(core.outputs).toEqual({
      decision: 'error',
      'report-path': '',
      metrics: '{}',
      'comment-url': '',
      'check-run-id': '',
      'baseline-run-id': '',
      'shard-file': '',
    });
  });

  it('writes the overall metrics as name -> value, leaving per-category values to report.json', () => {
    const core = fakeCore();
    setActionOutputs(core, {
      decision: 'block',
      reportPath: 'out/report.json',
      metrics: {
        accuracy: rate('accuracy', 0.8),
        'accuracy[list_tasks]': { ...rate('accuracy', 0.5), category: 'list_tasks' },
        latency_p95_ms: rate('latency_p95_ms', null),
      },
      checkRunId: 7,
      baselineRunId: 12,
    });
    expect(JSON.parse(core.outputs.metrics!)).toEqual({ accuracy: 0.8, latency_p95_ms: null });
    expect(core.outputs).toMatchObject({ 'check-run-id': '7', 'baseline-run-id': '12', decision: 'block' });
  });
});
