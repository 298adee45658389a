import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommandError } from '../../src/cli/command-error.js';
import { UserError } from '../../src/core/errors.js';
import { taskApiWorkspace as copyOfTaskApi, type Workspace } from '../baseline/helpers.js';
import { STACK_LINE, captured, cli } from './output.js';

const workspaces: Workspace[] = [];

/** A copy of examples/task-api in a temporary folder (removed after the tests), baselines kept beside it. */
async function taskApiWorkspace(): Promise<Workspace> {
  const workspace = await copyOfTaskApi();
  workspaces.push(workspace);
  return workspace;
}

afterAll(async () => {
  await Promise.all(workspaces.map((workspace) => rm(workspace.dir, { recursive: true, force: true })));
});

describe('evalgate run: the decision is the exit code', () => {
  it('DEPLOY exits 0, says so, and stores the run as the baseline', async () => {
    const workspace = await taskApiWorkspace();
    const { code, stdout, stderr, report } = await workspace.run();
    expect(code).toBe(0);
    expect(report?.decision).toBe('deploy');
    expect(stdout).toContain('DEPLOY');
    expect(stderr).not.toMatch(/error/i);
    expect(report?.baselineWritten).toBeDefined();
    expect(await readdir(path.join(workspace.dir, 'baselines'))).not.toEqual([]);
  });

  it('BLOCK exits 1 once a regressed model is compared with the stored baseline', async () => {
    const workspace = await taskApiWorkspace();
    expect((await workspace.run(['--quiet'])).code).toBe(0);
    const blocked = await workspace.run([
      '--responses',
      path.join(workspace.dir, 'responses/model-v2.jsonl'),
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.report?.decision).toBe('block');
    expect(blocked.report?.comparison.status).toBe('compared');
    expect(blocked.stdout).toContain('BLOCK');
    expect(blocked.stderr).not.toMatch(STACK_LINE);
    // A blocked run never becomes the baseline.
    expect(blocked.report?.baselineWritten).toBeUndefined();
  });

  it('--no-update-baseline keeps an accepted run from becoming the baseline', async () => {
    const workspace = await taskApiWorkspace();
    const first = await workspace.run(['--no-update-baseline', '--quiet']);
    expect(first.code).toBe(0);
    expect(first.report?.baselineWritten).toBeUndefined();
    const second = await workspace.run(['--quiet']);
    expect(second.report?.comparison.status).toBe('skipped');
  });

  it('--quiet prints only the summary', async () => {
    const workspace = await taskApiWorkspace();
    const { code, stdout, stderr } = await workspace.run(['-q']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('DEPLOY');
  });

  it('--history-out writes the trend as JSON Lines, this run last', async () => {
    const workspace = await taskApiWorkspace();
    const history = path.join(workspace.dir, 'trend', 'history.jsonl');
    expect((await workspace.run(['--quiet'])).code).toBe(0);
    expect((await workspace.run(['--quiet', '--history-out', history])).code).toBe(0);
    const lines = (await readFile(history, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const last = JSON.parse(lines[1]!) as { decision: string; metrics: Record<string, { n: number }> };
    expect(last.decision).toBe('deploy');
    expect(last.metrics.accuracy!.n).toBe(300);
  });

  it('a failed --influx-write export is a warning: the decision and exit code stay', async () => {
    const workspace = await taskApiWorkspace();
    const { code, stderr, report } = await workspace.run([
      '--quiet',
      '--influx-write',
      'ftp://127.0.0.1/write',
    ]);
    expect(code).toBe(0);
    expect(report?.decision).toBe('deploy');
    expect(stderr).toBe(
      'evalgate: warning: the metrics export URL (--influx-write) must be http:// or https://, not ftp:\n',
    );
  });

  it('a run whose answers say nothing about the model is an ERROR: exit 2, not BLOCK', async () => {
    const workspace = await taskApiWorkspace();
    const answers = path.join(workspace.dir, 'elsewhere.jsonl');
    await writeFile(answers, '{"id":"zz-1","response":"{}"}\n');
    const { code, report } = await workspace.run(['--responses', answers, '--quiet']);
    expect(code).toBe(2);
    expect(report?.decision).toBe('error');
    expect(report?.headline).toMatch(/^ERROR: no item of the dataset has an answer/);
  });
});

describe('evalgate run: user errors exit 2 with file:line and no stack', () => {
  it('a config value of the wrong type', async () => {
    const workspace = await taskApiWorkspace();
    let line = 0;
    await workspace.edit('evalgate.yml', (text) => {
      const lines = text.split('\n');
      line = lines.findIndex((entry) => entry.includes('threshold: 0.95')) + 1;
      lines[line - 1] = '    threshold: high';
      return lines.join('\n');
    });
    expect(line).toBeGreaterThan(1);
    const { code, stdout, stderr, report } = await workspace.run();
    expect(code).toBe(2);
    expect(report).toBeUndefined();
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `evalgate: error: ${workspace.config}:${line}: gates[0].threshold: must be of type number`,
    );
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toContain('internal error');
  });

  it('a config file that is not there', async () => {
    const workspace = await taskApiWorkspace();
    const missing = path.join(workspace.dir, 'missing.yml');
    const { code, stderr } = await cli('run', '--config', missing);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `evalgate: error: ${missing}: cannot read the config file (ENOENT). Check the path given to --config (or the \`config\` input).\n`,
    );
  });

  it('a config file that is not UTF-8 names the line of the bad byte', async () => {
    const workspace = await taskApiWorkspace();
    const config = path.join(workspace.dir, 'latin1.yml');
    await writeFile(
      config,
      Buffer.concat([Buffer.from('version: 1\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const { code, stderr } = await cli('validate', '--config', config);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `evalgate: error: ${config}:2: the config file is not valid UTF-8 text: byte 0xe9`,
    );
    expect(stderr).toContain('Latin-1');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('a dataset given with --dataset that is malformed', async () => {
    const workspace = await taskApiWorkspace();
    const dataset = path.join(workspace.dir, 'broken.json');
    await writeFile(dataset, '[\n  {"id": "ta-001", "input": "x"},\n  {"id": \n]\n');
    const { code, stderr } = await workspace.run(['--dataset', dataset]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `evalgate: error: ${dataset}:4: invalid JSON at column 1: unexpected ']', expected a value. Fix the JSON syntax there.\n`,
    );
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

describe('evalgate validate', () => {
  it('checks the example config and dataset, exits 0, and writes no report or baseline', async () => {
    const workspace = await taskApiWorkspace();
    const out = path.join(workspace.dir, 'never');
    const { code, stdout, stderr } = await cli('validate', '--config', workspace.config, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`config ok: ${workspace.config}\n`);
    expect(stdout).toMatch(/^dataset ok: 300 items \(json\), sha256 [0-9a-f]{12}$/m);
    expect(stdout).toContain('gates: format; accuracy; accuracy target; errors; no regression\n');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
    await expect(readdir(path.join(workspace.dir, 'baselines'))).rejects.toThrow(/ENOENT/);
  });
});

describe('reportCommandError', () => {
  it('prints a user error as file:line: key: message fix, without a stack', async () => {
    const error = new UserError('must be a number.', {
      file: 'evalgate.yml',
      line: 7,
      key: 'gates[0].threshold',
      fix: 'Write 0.9.',
    });
    const { code, stderr } = await captured(async () => reportCommandError(error));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'evalgate: error: evalgate.yml:7: gates[0].threshold: must be a number. Write 0.9.\n',
    );
  });

  it('prints anything else as an internal error with its stack', async () => {
    const { code, stderr } = await captured(async () => reportCommandError(new TypeError('x is undefined')));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^evalgate: internal error: TypeError: x is undefined\n/);
    expect(stderr).toMatch(STACK_LINE);
  });
});

describe('the examples are read, never written', () => {
  it('leaves examples/task-api as it was', async () => {
    const before = await readFile(path.resolve('examples/task-api/evalgate.yml'), 'utf8');
    const workspace = await taskApiWorkspace();
    await workspace.run(['--quiet']);
    expect(await readFile(path.resolve('examples/task-api/evalgate.yml'), 'utf8')).toBe(before);
    expect(await readdir(path.resolve('examples/task-api'))).not.toContain('baselines');
  });
});
