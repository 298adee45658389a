// The action's logic in process with a fake @actions/core, outside GitHub (no GITHUB_REPOSITORY: local
// baselines, no comment or check run): inputs -> pipeline -> outputs, summary and the step's failure.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import type { Report } from '../../src/core/report.js';
import { fakeCore, linesOf } from './fake-core.js';

const EXAMPLE = path.resolve('examples/task-api');
let workspace: string;
/** A runner's environment outside GitHub Actions: nothing that names a repository or a run. */
const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH });

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'evalgate-action-'));
  await cp(EXAMPLE, path.join(workspace, 'evals'), { recursive: true });
  // The local baseline store and the report folder are under the working directory.
  vi.spyOn(process, 'cwd').mockReturnValue(workspace);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const inputsFor = (responses: string, more: Record<string, string> = {}) => ({
  config: path.join(workspace, 'evals/evalgate.yml'),
  responses: path.join(workspace, 'evals/responses', responses),
  'out-dir': path.join(workspace, 'report'),
  ...more,
});

describe('runAction outside GitHub', () => {
  it('DEPLOY: the step passes, the outputs and the job summary say so, the run becomes the local baseline', async () => {
    const core = fakeCore(inputsFor('model-v1.jsonl'));
    expect(await runAction(core, env())).toEqual({ decision: 'deploy', failed: false });
    expect(core.failures).toEqual([]);
    expect(core.outputs.decision).toBe('deploy');
    expect(core.outputs['report-path']).toBe(path.join(workspace, 'report', 'report.json'));
    expect(JSON.parse(core.outputs.metrics!)).toMatchObject({ accuracy: 0.94 });
    expect(core.outputs['check-run-id']).toBe('');
    const report = JSON.parse(await readFile(core.outputs['report-path']!, 'utf8')) as Report;
    expect(report.decision).toBe('deploy');
    expect(linesOf(core, 'info')).toContain('baseline update: allowed, a run outside GitHub Actions.');
    // A warning gate failed (no baseline to compare with yet): the verdict is the step's first warning.
    expect(linesOf(core, 'warning')[0]).toBe(report.headline);
    expect(core.written).toContain('- This run is the new baseline:');
  });

  it("BLOCK: the verdict is the step's first error and the step fails without repeating it", async () => {
    const core = fakeCore(inputsFor('model-v2.jsonl'));
    expect(await runAction(core, env())).toEqual({ decision: 'block', failed: true });
    expect(core.failures).toEqual([]);
    const report = JSON.parse(await readFile(core.outputs['report-path']!, 'utf8')) as Report;
    expect(linesOf(core, 'error')).toEqual([report.headline]);
    expect(core.outputs.decision).toBe('block');
    expect(core.written).toContain('- Baseline not replaced: the run was not accepted (BLOCK)');
  });

  it("writes the junit input's file without changing the decision", async () => {
    const junit = path.join(workspace, 'results', 'junit.xml');
    const core = fakeCore(inputsFor('model-v2.jsonl', { junit }));
    expect(await runAction(core, env())).toEqual({ decision: 'block', failed: true });
    const xml = await readFile(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<failure message="json_valid_rate is 90%');
    expect(linesOf(core, 'info')).toContain(`junit: ${junit}`);
  });

  it('a bad input fails the step with the input named, an ERROR summary and the outputs set', async () => {
    const core = fakeCore({ ...inputsFor('model-v1.jsonl'), mode: 'sometimes' });
    expect(await runAction(core, env())).toEqual({ decision: 'error', failed: true });
    expect(core.failures).toEqual([
      'evalgate: mode: the input `mode` is "sometimes". Use one of: auto, evaluate, publish.',
    ]);
    expect(core.outputs.decision).toBe('error');
    expect(core.written).toContain('<h2>evalgate: ⚠️ ERROR</h2>');
  });

  it('a config error is an annotation at its file and line', async () => {
    const config = path.join(workspace, 'evals/evalgate.yml');
    await writeFile(config, `${await readFile(config, 'utf8')}\nunknown-key: 1\n`);
    const core = fakeCore(inputsFor('model-v1.jsonl'));
    expect(await runAction(core, env())).toEqual({ decision: 'error', failed: true });
    const annotated = core.lines.find((line) => line.properties?.file);
    expect(annotated?.properties).toMatchObject({
      title: 'evalgate: configuration error',
      file: 'evals/evalgate.yml',
    });
    expect(annotated?.properties?.startLine).toBeGreaterThan(1);
  });

  it.each([
    [{ shard: '1/2', merge: 'shards' }, 'the inputs `shard` and `merge` are both set.'],
    [{ mode: 'publish' }, 'publish mode needs a workflow_run event'],
  ])('refuses %j', async (more, message) => {
    const core = fakeCore(inputsFor('model-v1.jsonl', more));
    expect(await runAction(core, env())).toEqual({ decision: 'error', failed: true });
    expect(core.failures[0]).toContain(message);
  });

  it('a shard job answers its items, sets shard-file and decides nothing', async () => {
    const core = fakeCore(
      inputsFor('model-v1.jsonl', { shard: '1/2', 'out-dir': path.join(workspace, 'shard') }),
    );
    expect(await runAction(core, env())).toEqual({ decision: 'deploy', failed: false });
    expect(core.outputs.decision).toBe('');
    expect(core.outputs['shard-file']).toBe(path.join(workspace, 'shard', 'shard-1-of-2.json'));
    expect(core.written).toContain('### evalgate shard 1/2');
  });
});
