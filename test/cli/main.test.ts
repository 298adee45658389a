import { describe, expect, it } from 'vitest';
import { EVALGATE_VERSION } from '../../src/version.js';
import { STACK_LINE, cli } from './output.js';

describe('evalgate --help and --version', () => {
  it.each([['--help'], ['-h'], ['run', '--help']])('%s prints the usage and exits 0', async (...argv) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(
      stdout.startsWith(`evalgate ${EVALGATE_VERSION}: decide whether a model version may ship.\n`),
    ).toBe(true);
    expect(stdout).toContain('evalgate run --config FILE [options]');
    expect(stdout).toContain('Exit codes: 0 DEPLOY, 1 BLOCK, 2 error');
  });

  it.each([['--version'], ['-v']])('%s prints the version alone and exits 0', async (flag) => {
    const { code, stdout, stderr } = await cli(flag);
    expect(code).toBe(0);
    expect(stdout).toBe(`${EVALGATE_VERSION}\n`);
    expect(EVALGATE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(stderr).toBe('');
  });

  it('answers --help before anything else is checked', async () => {
    const { code, stdout } = await cli('frobnicate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
  });
});

describe('evalgate: arguments that are wrong (exit 2, nothing on stdout)', () => {
  async function misuse(argv: string[], message: string | RegExp): Promise<void> {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toContain(message);
    else expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(STACK_LINE);
  }

  it('an unknown flag, pointing at --help', async () => {
    await misuse(['run', '--config', 'x.yml', '--frobnicate'], /^evalgate: Unknown option '--frobnicate'/);
    const { stderr } = await cli('run', '--frobnicate');
    expect(stderr).toContain('Run `evalgate --help` for the options.');
  });

  it('a flag that needs a value given none', async () => {
    await misuse(['run', '--config'], /^evalgate: .*--config/);
  });

  it('a boolean flag given a value', async () => {
    await misuse(['run', '--config', 'x.yml', '--quiet=yes'], /^evalgate: .*--quiet/);
  });

  it('no command', async () => {
    await misuse(
      ['--config', 'x.yml'],
      'evalgate: no command given. Use `evalgate run --config FILE`; see --help.\n',
    );
  });

  it('an unknown command', async () => {
    await misuse(['deploy', '--config', 'x.yml'], 'evalgate: unknown command "deploy".');
  });

  it.each([['run'], ['validate'], ['merge'], ['contamination']])('%s without --config', async (command) => {
    await misuse([command], 'evalgate: --config FILE is required (the evalgate YAML or JSON config).\n');
  });

  it('--corpus outside `evalgate contamination`', async () => {
    await misuse(
      ['run', '--config', 'x.yml', '--corpus', 'c.txt'],
      'evalgate: --corpus is an option of `evalgate contamination`.\n',
    );
  });

  it('split-run options given to the wrong command', async () => {
    await misuse(
      ['validate', '--config', 'x.yml', '--shard', '1/2'],
      '--shard and --shard-out are options of `evalgate run`, not of `evalgate validate`.',
    );
    await misuse(
      ['run', '--config', 'x.yml', '--shards', 'dir'],
      '--shards is an option of `evalgate merge`',
    );
    await misuse(['merge', '--config', 'x.yml'], '`evalgate merge` needs --shards DIR');
    await misuse(['run', '--config', 'x.yml', '--shard-out', 'dir'], '--shard-out DIR needs --shard I/N');
  });

  it('report options given to a shard run, each named', async () => {
    await misuse(
      ['run', '--config', 'x.yml', '--shard', '1/2', '--out', 'o', '--no-update-baseline'],
      '--out, --no-update-baseline have no effect on a shard run',
    );
    await misuse(
      ['run', '--config', 'x.yml', '--shard', '1/2', '--baseline', 'b.json'],
      '--baseline has no effect',
    );
  });
});
