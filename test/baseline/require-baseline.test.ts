// A regression gate with no usable baseline never passes silently (issue 10, items 4 and 5):
// regression.require-baseline decides between a loud warning (a first run) and an ERROR (exit 2).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/report/comment-body.js';
import { renameAllIds, taskApiWorkspace, type Workspace } from './helpers.js';

const v2 = (workspace: Workspace) => ['--responses', path.join(workspace.dir, 'responses/model-v2.jsonl')];

describe('regression.require-baseline: auto (the default)', () => {
  it('a first run warns loudly: the regression gate is not a pass, and the run still deploys', async () => {
    const workspace = await taskApiWorkspace();
    const { code, report, stdout } = await workspace.run(['--no-update-baseline']);
    expect(code).toBe(0);
    expect(report!.decision).toBe('deploy');
    const gate = report!.gates.find((result) => result.gate.name === 'no regression')!;
    expect(gate.status).not.toBe('pass');
    expect(gate.effect).toBe('warn');
    expect(gate.explanation).toMatch(/^NOT COMPARED: no baseline yet/);
    expect(report!.warnings[0]).toMatch(/no baseline yet: the 1 regression gate compared nothing/);
    expect(report!.headline).toContain('warning');
    expect(stdout).toContain('no baseline yet');
  });

  it('a baseline store with earlier baselines but no latest.json is an ERROR (exit 2), with the report written', async () => {
    const workspace = await taskApiWorkspace();
    expect((await workspace.run()).code).toBe(0);
    const folder = path.join(workspace.dir, 'baselines', 'task-api');
    expect(await readdir(folder)).toContain('latest.json');
    await rm(path.join(folder, 'latest.json'));

    const { code, report, stdout } = await workspace.run();
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(
      /^ERROR: no usable baseline: .* holds 1 earlier baseline but no latest\.json/,
    );
    expect(report!.error?.key).toBe('regression.require-baseline');
    expect(stdout).toContain('ERROR');
    expect(report!.baselineWritten).toBeUndefined();
  });

  it('a baseline that pairs no item with this run (the ids changed) is an ERROR (exit 2), not a pass or a BLOCK', async () => {
    const workspace = await taskApiWorkspace();
    expect((await workspace.run()).code).toBe(0);
    await renameAllIds(workspace);

    const { code, report } = await workspace.run(v2(workspace));
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.comparison.paired).toBe(0);
    expect(report!.headline).toMatch(/^ERROR: the baseline \(.*\) shares no item id with this run/);
    expect(report!.error!.message).toContain('require-baseline: never');
  });
});

describe('regression.require-baseline: always and never', () => {
  it('always: a first run is an ERROR (exit 2)', async () => {
    const workspace = await taskApiWorkspace('  require-baseline: always\n');
    const { code, report } = await workspace.run();
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(/^ERROR: no baseline yet.*\(require-baseline: always\)/);
    expect(report!.baselineWritten).toBeUndefined();
  });

  it('never: a baseline that pairs nothing only warns', async () => {
    const workspace = await taskApiWorkspace('  require-baseline: never\n');
    expect((await workspace.run()).code).toBe(0);
    await renameAllIds(workspace);
    const { code, report } = await workspace.run(['--no-update-baseline']);
    expect(code).toBe(0);
    expect(report!.decision).toBe('deploy');
    expect(report!.warnings[0]).toMatch(/shares no item id with this run.*\(require-baseline: never\)/);
    const gate = report!.gates.find((result) => result.gate.name === 'no regression')!;
    expect(gate.status).toBe('inconclusive');
    expect(gate.effect).toBe('warn');
  });

  it('a config with an unknown value names the key and the line', async () => {
    const workspace = await taskApiWorkspace('  require-baseline: sometimes\n');
    const { code, stderr } = await workspace.run();
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /evalgate\.yml:\d+: regression\.require-baseline: must be one of "auto", "always", "never"/,
    );
  });
});

describe('a scorer that changed since the baseline', () => {
  it('is reported, and its metric is not compared across scorers; unchanged metrics still are', async () => {
    const workspace = await taskApiWorkspace();
    expect((await workspace.run()).code).toBe(0);
    // accuracy compared as parsed JSON before; as plain text now: another scorer.
    await workspace.edit('evalgate.yml', (text) =>
      text.replace('    json: true\n  # json_valid', '    json: false\n  # json_valid'),
    );

    const { report } = await workspace.run(['--no-update-baseline']);
    expect(report!.comparison.status).toBe('compared');
    expect(report!.comparison.notComparable?.accuracy).toMatch(/scorer of accuracy changed/);
    expect(report!.warnings.join('\n')).toMatch(
      /the scorer of accuracy changed since the baseline was stored/,
    );
    const accuracy = report!.comparison.rows.find((row) => row.metric === 'accuracy')!;
    expect(accuracy.stat).toBeUndefined();
    expect(accuracy.base).toBeNull();
    const gate = report!.gates.find((result) => result.gate.name === 'no regression')!;
    expect(gate.status).toBe('inconclusive');
    expect(gate.explanation).toMatch(/^NOT COMPARED: the scorer of accuracy changed/);
    const unchanged = report!.comparison.rows.find((row) => row.metric === 'action_accuracy')!;
    expect(unchanged.stat?.n).toBeGreaterThan(0);
    expect(report!.config.metricHashes?.accuracy).toMatch(/^[0-9a-f]{64}$/);
    // The pull request comment says so too, on the gate.
    expect(renderBody(report!, { links: {} })).toMatch(/NOT COMPARED: the scorer of accuracy changed/);
  });
});
