import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configNameOf } from '../../src/action/config-name.js';
import { errorTitle, publishError } from '../../src/github/post-error.js';
import type { PublishTarget } from '../../src/github/post-report.js';
import type { Octokit } from '../../src/github/client.js';
import { loadConfig } from '../../src/config/load.js';
import { UserError, UserErrors } from '../../src/core/errors.js';
import { errorAnnotations } from '../../src/report/annotations.js';
import { renderErrorBody } from '../../src/report/comment-body.js';

const workspace = '/ws';
const typo = new UserError('unknown key "treshold". Did you mean "threshold"?', {
  file: '/ws/evals/evalgate.yml',
  line: 39,
  key: 'gates[1].treshold',
});
const links = { source: (file: string, line: number) => `https://x/blob/sha/${file}#L${line}` };

describe('errorAnnotations', () => {
  it('annotates each problem with a file in the workspace and a line', () => {
    const errors = new UserErrors([
      typo,
      new UserError('no line here.', { file: '/ws/evals/evalgate.yml' }),
      new UserError('outside.', { file: '/elsewhere/x.yml', line: 3 }),
      new UserError('bad item.', { file: '/ws/evals/data.jsonl', line: 7, fix: 'Fix it.' }),
    ]);
    expect(errorAnnotations(errors, workspace)).toEqual([
      {
        path: 'evals/evalgate.yml',
        start_line: 39,
        end_line: 39,
        annotation_level: 'failure',
        title: 'evalgate: configuration error',
        message: 'gates[1].treshold: unknown key "treshold". Did you mean "threshold"?',
      },
      expect.objectContaining({ path: 'evals/data.jsonl', start_line: 7, message: 'bad item. Fix it.' }),
    ]);
    expect(errorAnnotations(new UserError('no file.'), workspace)).toEqual([]);
  });
});

describe('renderErrorBody', () => {
  it('shows the repository path linked to the line, the key, the message and the fix, escaped', () => {
    const hostile = new UserError('name <img src=x> for @octocat | in `code`', {
      file: '/ws/evals/evalgate.yml',
      line: 2,
      key: 'name',
      fix: 'Use [a-z].',
    });
    const body = renderErrorBody('task-api', hostile, {
      marker: '<!-- m -->',
      links: { ...links, jobSummary: 'https://x/run' },
      workspace,
      evalgateVersion: '1.0.0',
    });
    expect(body.startsWith('<!-- m -->\n\n### evalgate · task-api: ⚠️ ERROR')).toBe(true);
    expect(body).toContain(
      '**Configuration error** in [evals/evalgate.yml:2](https://x/blob/sha/evals/evalgate.yml#L2): name: ',
    );
    expect(body).toContain('&lt;img src=x&gt;');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@octocat');
    expect(body).toContain('\\|');
    expect(body).toContain('Use \\[a-z\\].');
    expect(body).toContain('[job summary](https://x/run)');
    expect(body).not.toContain('/ws/');
  });

  it('lists several problems, and an error without a file is not called a configuration error', () => {
    const body = renderErrorBody('x', new UserErrors([typo, typo]), {
      links,
      workspace,
      evalgateVersion: '1',
    });
    expect(body).toContain('**Configuration errors** (2):\n\n- [evals/evalgate.yml:39]');
    expect(body.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(2);
    const plain = renderErrorBody('x', new UserError('the input `mode` is "x".'), {
      links,
      workspace,
      evalgateVersion: '1',
      headingLevel: 2,
    });
    expect(plain).toContain('## evalgate · x: ⚠️ ERROR');
    expect(plain).toContain('**Error**: the input \\`mode\\` is "x".');
    expect(errorTitle(typo)).toBe('evalgate: configuration error');
    expect(errorTitle(new UserError('no file'))).toBe('evalgate: error');
  });

  it('fits the limit', () => {
    const many = new UserErrors(Array.from({ length: 100 }, () => new UserError('x'.repeat(5000))));
    const body = renderErrorBody('x', many, { links, workspace, evalgateVersion: '1', maxLength: 1000 });
    expect(body.length).toBeLessThanOrEqual(1000);
    expect(renderErrorBody('x', many, { links, workspace, evalgateVersion: '1' })).toContain(
      '- … 80 more: see the job summary.',
    );
  });
});

describe('configNameOf', () => {
  async function configIn(folder: string, text: string): Promise<string> {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'evalgate-name-')), folder);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'evalgate.yml');
    await writeFile(file, text);
    return file;
  }

  it('reads the name of a config that parses, even one that does not validate', async () => {
    expect(await configNameOf(await configIn('evals', 'version: 1\nname: task-api\nbogus: 1\n'))).toBe(
      'task-api',
    );
  });

  it('defaults like the config loader when the name is missing, invalid or unreadable', async () => {
    const valid = await configIn('my evals!', 'version: 1\ndataset:\n  path: data.jsonl\n');
    await writeFile(path.join(path.dirname(valid), 'data.jsonl'), '{"id":"a","input":"b"}\n');
    const loaded = await loadConfig(valid);
    expect(await configNameOf(valid)).toBe(loaded.name);
    expect(loaded.name).toBe('my-evals-');
    expect(await configNameOf(await configIn('evals', 'name: [task-api\nversion: 1\n'))).toBe('evals');
    expect(await configNameOf(await configIn('evals', 'name: task api\n'))).toBe('evals');
    expect(await configNameOf('/nonexistent/folder/evalgate.yml')).toBe('folder');
  });
});

describe('publishError', () => {
  const target: PublishTarget = {
    owner: 'acme',
    repo: 'evals',
    serverUrl: 'https://github.com',
    headSha: 'abc',
    pullRequest: 3,
    fromFork: false,
    workflow: 'evals.yml',
    workspace,
  };
  const settings = { comment: 'auto', checkRun: 'auto', checkName: 'evalgate: {name}' } as const;

  it('without a token warns and posts nothing', async () => {
    const outcome = await publishError(undefined, typo, 'task-api', target, settings);
    expect(outcome.warnings).toEqual(['No github-token: evalgate posts no check run for this error.']);
  });

  it('on a fork in auto mode does not try, and with everything off does nothing', async () => {
    const octokit = {} as Octokit; // any call would throw
    expect(await publishError(octokit, typo, 'n', { ...target, fromFork: true }, settings)).toEqual({
      warnings: [],
      notes: [],
    });
    const off = { ...settings, comment: 'never', checkRun: 'never' } as const;
    expect(await publishError(octokit, typo, 'n', target, off)).toEqual({ warnings: [], notes: [] });
  });

  it('turns a failing GitHub call into a warning', async () => {
    const failing = new Proxy(
      {},
      {
        get: () => {
          throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
        },
      },
    ) as Octokit;
    const outcome = await publishError(failing, typo, 'n', target, settings);
    expect(outcome.warnings).toHaveLength(2);
    expect(outcome.warnings[0]).toMatch(/could not create the check run \(HTTP 403.*checks: write/);
    expect(outcome.warnings[1]).toMatch(/could not update the pull request comment.*pull-requests: write/);
  });
});
