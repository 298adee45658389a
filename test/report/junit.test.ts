// JUnit XML output: well-formed XML 1.0 whatever the model wrote, one test case per gate and per failing item,
// and counts that agree with report.json (through the CLI's --junit on run and merge).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { renderJunit } from '../../src/report/junit.js';
import type { Report } from '../../src/core/report.js';
import { failingGate, makeReport } from '../github/fixtures.js';
import { taskApi, tempDir } from '../shard/helpers.js';
import { ALL_PAYLOADS } from './hostile-text.js';

interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: { message: string; type: string; '#text'?: string };
  error?: { message: string; '#text'?: string };
  'system-out'?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase?: Case[];
}
interface Parsed {
  testsuites: { tests: string; failures: string; errors: string; testsuite: Suite[] };
}

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Strict: no character XML 1.0 forbids, well-formed, then parsed with every reference decoded. */
function parseStrict(xml: string): Parsed {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(FORBIDDEN.exec(xml)).toBeNull();
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  }).parse(xml) as Parsed;
}

function cases(parsed: Parsed): Case[] {
  return parsed.testsuites.testsuite.flatMap((suite) => suite.testcase ?? []);
}

/** The counts report.json implies: a case per gate and per failing item listed; failures are what blocks. */
function expectedCounts(report: Report): { tests: number; failures: number; errors: number } {
  const notPassed = report.gates.filter((result) => result.status !== 'pass');
  const items = notPassed.reduce((sum, result) => sum + result.failingItems.length, 0);
  const blocking = notPassed.filter((result) => result.effect === 'block');
  return {
    tests: report.gates.length + items + (report.error ? 1 : 0),
    failures: blocking.length + blocking.reduce((sum, result) => sum + result.failingItems.length, 0),
    errors: report.error ? 1 : 0,
  };
}

function totals(parsed: Parsed): { tests: number; failures: number; errors: number } {
  const { tests, failures, errors } = parsed.testsuites;
  const all = cases(parsed);
  // The suites' own attributes add up to the root's, and both match the cases.
  const sum = (key: 'tests' | 'failures' | 'errors') =>
    parsed.testsuites.testsuite.reduce((total, suite) => total + Number(suite[key]), 0);
  expect([sum('tests'), sum('failures'), sum('errors')]).toEqual([
    Number(tests),
    Number(failures),
    Number(errors),
  ]);
  expect(all.length).toBe(Number(tests));
  expect(all.filter((testCase) => testCase.failure).length).toBe(Number(failures));
  expect(all.filter((testCase) => testCase.error).length).toBe(Number(errors));
  return { tests: Number(tests), failures: Number(failures), errors: Number(errors) };
}

describe('renderJunit', () => {
  it('writes model text of any kind as valid XML 1.0 and reads back as written', () => {
    const hostile = [
      ...ALL_PAYLOADS,
      'nul \u0000 bell \u0007 escape \u001b[31m vt \u000b ff \u000c del \u007f',
      'cdata end ]]> and "quotes" \'single\' & <tag attr="x">',
      'lone surrogates \ud800 and \udfff, a pair 😀, non-characters \ufffe \uffff',
      'tab\tline\nfeed\r\ncarriage\rreturn',
    ];
    const gate = failingGate('format <"&">', 'block', hostile.length);
    gate.failingItems.forEach((item, index) => {
      item.output = hostile[index]!;
      item.id = `id-${index} ${hostile[index]!.slice(0, 12)}`;
    });
    const report = makeReport({ decision: 'block', name: 'task-api', gates: [gate] });
    const parsed = parseStrict(renderJunit(report));
    const items = parsed.testsuites.testsuite[1]!.testcase!;
    expect(items).toHaveLength(hostile.length);
    const readable = (text: string) =>
      text.replace(
        new RegExp(FORBIDDEN.source, 'g'),
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    items.forEach((testCase, index) => {
      expect(testCase.name).toBe(`${readable(`id-${index} ${hostile[index]!.slice(0, 12)}`)} (list_tasks)`);
      expect(testCase.failure!['#text']).toContain(`output: ${readable(hostile[index]!)}\n`);
    });
    expect(parsed.testsuites.testsuite[0]!.testcase![0]!.name).toBe('format <"&"> (blocking)');
  });

  it('fails what blocks, passes what only warns with the warning as output, and counts them', () => {
    const passed = { ...failingGate('errors', 'block', 0), status: 'pass' as const, effect: 'none' as const };
    const report = makeReport({
      decision: 'block',
      gates: [failingGate('accuracy', 'block', 3), failingGate('target', 'warn', 2), passed],
    });
    const parsed = parseStrict(renderJunit(report));
    expect(totals(parsed)).toEqual(expectedCounts(report));
    expect(totals(parsed)).toEqual({ tests: 8, failures: 4, errors: 0 });
    const [gates, blockingItems, warnedItems] = parsed.testsuites.testsuite;
    expect(gates!.testcase!.map((testCase) => testCase.name)).toEqual([
      'accuracy (blocking)',
      'target (warning)',
      'errors (blocking)',
    ]);
    expect(gates!.testcase![0]!.failure!.message).toBe('accuracy is 80%, needs >= 85%; 3 items failed.');
    expect(gates!.testcase![1]!['system-out']).toMatch(/^warning: accuracy is 80%/);
    expect(blockingItems!.testcase![0]).toMatchObject({
      name: 'ta-1 (list_tasks)',
      file: 'evals/benchmark.json',
      line: '10',
      failure: { message: 'accuracy = 0' },
    });
    expect(warnedItems!.testcase!.every((testCase) => !testCase.failure)).toBe(true);
  });

  it('reports a run that could not decide as an <error> case', () => {
    const report = makeReport({
      decision: 'error',
      error: { message: 'the endpoint \u0000 is down', file: 'evals/evalgate.yml', line: 3 },
    });
    const parsed = parseStrict(renderJunit(report));
    expect(totals(parsed)).toEqual({ tests: 1, failures: 0, errors: 1 });
    expect(cases(parsed)[0]!.error!.message).toBe('the endpoint \\u0000 is down');
  });
});

describe('--junit FILE', () => {
  let stderr: string;
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('evalgate run writes a test case per gate and per failing item of report.json', async () => {
    const dir = await tempDir('evalgate-junit-');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const junit = path.join(dir, 'results', 'junit.xml');
    const code = await main([
      'run',
      '-c',
      taskApi.config,
      '--responses',
      taskApi.v2,
      '--out',
      path.join(dir, 'out'),
      '--no-update-baseline',
      '--junit',
      junit,
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8')) as Report;
    const parsed = parseStrict(await readFile(junit, 'utf8'));
    expect(totals(parsed)).toEqual(expectedCounts(report));
    expect(expectedCounts(report).failures).toBeGreaterThan(2);
    expect(stderr).toContain(`junit: ${junit}`);
  });

  it('evalgate merge writes it too, and a shard run or validate refuses it', async () => {
    const dir = await tempDir('evalgate-junit-');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const shards = path.join(dir, 'shards');
    for (const index of [1, 2]) {
      const argv = ['run', '-c', taskApi.config, '--responses', taskApi.v1, '--shard', `${index}/2`];
      expect(await main([...argv, '--shard-out', shards, '-q'])).toBe(0);
    }
    expect(await main(['run', '-c', taskApi.config, '--shard', '1/2', '--junit', 'x.xml'])).toBe(2);
    expect(stderr).toContain('--junit has no effect on a shard run');
    expect(await main(['validate', '-c', taskApi.config, '--junit', 'x.xml'])).toBe(2);
    expect(stderr).toContain('--junit is an option of `evalgate run` and `evalgate merge`');
    const junit = path.join(dir, 'merged.xml');
    const out = path.join(dir, 'out');
    const argv = ['merge', '-c', taskApi.config, '--responses', taskApi.v1, '--shards', shards];
    expect(await main([...argv, '--out', out, '--no-update-baseline', '--junit', junit, '-q'])).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    expect(totals(parseStrict(await readFile(junit, 'utf8')))).toEqual(expectedCounts(report));
    expect(await readdir(dir)).not.toContain('x.xml');
  });

  it('a file that cannot be written is an error (exit 2) that names the option', async () => {
    const dir = await tempDir('evalgate-junit-');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    const argv = ['run', '-c', taskApi.config, '--responses', taskApi.v1, '--out', path.join(dir, 'out')];
    expect(await main([...argv, '--junit', path.join(blocker, 'junit.xml'), '-q'])).toBe(2);
    expect(stderr).toMatch(
      /evalgate: error: junit: cannot write the junit output .*not-a-folder\/junit\.xml/,
    );
    expect(stderr).not.toContain('internal error');
  });
});
